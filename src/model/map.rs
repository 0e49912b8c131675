//! The document: a map with its stages, personas, lanes, cards and emotion points.
//!
//! These types hold exactly the data of format v1, field for field and in the spec's order, so
//! serde's derived code reads and writes the file. Fields equal to their defaults are left out
//! when writing; the two defaults that depend on the lane (a lane's title, a card's kind) are
//! handled by `Lane`'s hand-written `Serialize` and by [`Map::canonicalize`].

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::bounded;
use super::color::Color;
use super::ids::{CardId, LaneId, PersonaId, StageId};
use super::kinds::{CardKind, Channel, Evidence, LaneKind};

/// The format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole journey map: the document saved to a `.ron` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Map", deny_unknown_fields)]
pub struct Map {
    /// The format version; 1 for every map this code writes.
    pub version: u32,
    /// The map's title; may be empty.
    #[serde(deserialize_with = "bounded::text")]
    pub title: String,
    /// Free text about the map.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub description: String,
    /// The integer range of every emotion value.
    #[serde(default, skip_serializing_if = "EmotionScale::is_default")]
    pub emotion_scale: EmotionScale,
    /// The columns, left to right.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "bounded::stages")]
    pub stages: Vec<Stage>,
    /// The bands of swimlanes, top to bottom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "bounded::personas")]
    pub personas: Vec<Persona>,
}

/// The integer range of emotion values, `min < max`, both within -10..=10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "EmotionScale", deny_unknown_fields)]
pub struct EmotionScale {
    /// The lowest (unhappiest) value.
    pub min: i32,
    /// The highest (happiest) value.
    pub max: i32,
}

impl Default for EmotionScale {
    fn default() -> Self {
        Self { min: -2, max: 2 }
    }
}

impl EmotionScale {
    /// Whether this is the format's default scale, -2..2.
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `value` lies on the scale.
    #[must_use]
    pub fn contains(&self, value: i32) -> bool {
        (self.min..=self.max).contains(&value)
    }
}

/// A column of the map: one step of the journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Stage", deny_unknown_fields)]
pub struct Stage {
    /// The stage's id, unique in the file.
    pub id: StageId,
    /// Shown in the column header.
    #[serde(deserialize_with = "bounded::text")]
    pub name: String,
    /// Free text about the stage.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub description: String,
    /// Free text for the timeline, e.g. "1-2 weeks".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub duration: String,
    /// The header tint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Quantitative data for the stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
}

/// A number measured at one stage: visitors, conversion, NPS...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Metric", deny_unknown_fields)]
pub struct Metric {
    /// What is measured.
    #[serde(deserialize_with = "bounded::text")]
    pub name: String,
    /// The measured value; finite.
    pub value: f64,
    /// The unit, e.g. "%" or "EUR"; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub unit: String,
}

/// A customer type: a band of swimlanes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Persona", deny_unknown_fields)]
pub struct Persona {
    /// The persona's id, unique in the file.
    pub id: PersonaId,
    /// The persona's name.
    #[serde(deserialize_with = "bounded::text")]
    pub name: String,
    /// Who they are.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub description: String,
    /// Something they said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub quote: String,
    /// What they want.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "bounded::texts")]
    pub goals: Vec<String>,
    /// The band's and the emotion curve's colour; the app picks one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// A PNG image in standard base64, at most 512 x 512 pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "bounded::optional_text")]
    pub avatar: Option<String>,
    /// The persona's swimlanes, top to bottom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "bounded::lanes")]
    pub lanes: Vec<Lane>,
}

/// A swimlane of one persona: cards, or emotion points for an `Emotions` lane.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename = "Lane", deny_unknown_fields)]
pub struct Lane {
    /// The lane's id, unique in the file.
    pub id: LaneId,
    /// What the lane holds.
    pub kind: LaneKind,
    /// The lane's title; `None` means the kind's display name.
    #[serde(default, deserialize_with = "bounded::optional_text")]
    pub title: Option<String>,
    /// The cards, for every kind but `Emotions`; within one stage, top to bottom.
    #[serde(default, deserialize_with = "bounded::cards")]
    pub cards: Vec<Card>,
    /// The emotion points, for `Emotions` lanes only.
    #[serde(default)]
    pub points: Vec<EmotionPoint>,
}

impl Lane {
    /// The title people read: the lane's own, or its kind's display name.
    #[must_use]
    pub fn display_title(&self) -> &str {
        self.title.as_deref().unwrap_or(self.kind.display_name())
    }

    /// The kind of `card` in this lane: its own, or the lane's default.
    #[must_use]
    pub fn card_kind(&self, card: &Card) -> Option<CardKind> {
        card.kind.or(self.kind.default_card_kind())
    }
}

/// A sticky note in one lane and one stage.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename = "Card", deny_unknown_fields)]
pub struct Card {
    /// The card's id, unique in the file.
    pub id: CardId,
    /// The stage (column) the card sits in.
    pub stage: StageId,
    /// The card's face.
    #[serde(deserialize_with = "bounded::text")]
    pub text: String,
    /// Longer notes.
    #[serde(default, deserialize_with = "bounded::text")]
    pub detail: String,
    /// Overrides the lane's card kind.
    #[serde(default)]
    pub kind: Option<CardKind>,
    /// The medium, for touchpoints.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// For pain points: 1 minor, 2 major, 3 critical.
    #[serde(default)]
    pub severity: Option<u8>,
    /// How well the card is backed by research.
    #[serde(default)]
    pub evidence: Option<Evidence>,
    /// Dot votes from a workshop.
    #[serde(default)]
    pub votes: u32,
    /// Overrides the kind's colour.
    #[serde(default)]
    pub color: Option<Color>,
}

/// How a persona feels at one stage, on the map's emotion scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "EmotionPoint", deny_unknown_fields)]
pub struct EmotionPoint {
    /// The stage; at most one point per stage in one lane.
    pub stage: StageId,
    /// The value on the map's scale; higher is happier.
    pub value: i32,
    /// Why the persona feels so.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "bounded::text")]
    pub note: String,
}

impl Serialize for Lane {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let title = self
            .title
            .as_deref()
            .filter(|title| *title != self.kind.display_name());
        let mut out = serializer.serialize_struct("Lane", 5)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("kind", &self.kind)?;
        match title {
            Some(title) => out.serialize_field("title", title)?,
            None => out.skip_field("title")?,
        }
        if self.cards.is_empty() {
            out.skip_field("cards")?;
        } else {
            let cards: Vec<CardInLane> = self
                .cards
                .iter()
                .map(|card| CardInLane {
                    card,
                    lane_kind: self.kind.default_card_kind(),
                })
                .collect();
            out.serialize_field("cards", &cards)?;
        }
        if self.points.is_empty() {
            out.skip_field("points")?;
        } else {
            out.serialize_field("points", &self.points)?;
        }
        out.end()
    }
}

/// A card written inside its lane, leaving out a kind equal to the lane's default.
struct CardInLane<'a> {
    card: &'a Card,
    lane_kind: Option<CardKind>,
}

impl Serialize for CardInLane<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kind = self.card.kind.filter(|kind| Some(*kind) != self.lane_kind);
        serialize_card(self.card, kind, serializer)
    }
}

impl Serialize for Card {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_card(self, self.kind, serializer)
    }
}

/// Writes a card's fields in the spec's order, leaving out those equal to their defaults.
fn serialize_card<S: Serializer>(
    card: &Card,
    kind: Option<CardKind>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    fn field<S: SerializeStruct, T: Serialize>(
        out: &mut S,
        name: &'static str,
        value: Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) => out.serialize_field(name, &value),
            None => out.skip_field(name),
        }
    }
    let mut out = serializer.serialize_struct("Card", 10)?;
    out.serialize_field("id", &card.id)?;
    out.serialize_field("stage", &card.stage)?;
    out.serialize_field("text", &card.text)?;
    field(
        &mut out,
        "detail",
        Some(&card.detail).filter(|d| !d.is_empty()),
    )?;
    field(&mut out, "kind", kind)?;
    field(&mut out, "channel", card.channel.as_ref())?;
    field(&mut out, "severity", card.severity)?;
    field(&mut out, "evidence", card.evidence)?;
    field(&mut out, "votes", Some(card.votes).filter(|v| *v != 0))?;
    field(&mut out, "color", card.color.as_ref())?;
    out.end()
}

impl Map {
    /// A map with a title and nothing else, at the current format version.
    #[must_use]
    pub fn new(title: &str) -> Self {
        Self {
            version: FORMAT_VERSION,
            title: title.to_owned(),
            description: String::new(),
            emotion_scale: EmotionScale::default(),
            stages: Vec::new(),
            personas: Vec::new(),
        }
    }

    /// The stage with this id, if any.
    #[must_use]
    pub fn stage(&self, id: &StageId) -> Option<&Stage> {
        self.stages.iter().find(|stage| &stage.id == id)
    }

    /// All lanes of all personas.
    pub fn lanes(&self) -> impl Iterator<Item = &Lane> {
        self.personas.iter().flat_map(|persona| &persona.lanes)
    }

    /// The number of lanes of all personas.
    #[must_use]
    pub fn lane_count(&self) -> usize {
        self.lanes().count()
    }

    /// The number of cards in all lanes.
    #[must_use]
    pub fn card_count(&self) -> usize {
        self.lanes().map(|lane| lane.cards.len()).sum()
    }

    /// The number of emotion points in all lanes.
    #[must_use]
    pub fn point_count(&self) -> usize {
        self.lanes().map(|lane| lane.points.len()).sum()
    }

    /// Drops explicit values equal to their lane-dependent defaults (a lane title equal to its
    /// kind's name, a card kind equal to its lane's), so that two maps that write the same file
    /// compare equal.
    pub fn canonicalize(&mut self) {
        for lane in self.personas.iter_mut().flat_map(|p| &mut p.lanes) {
            if lane.title.as_deref() == Some(lane.kind.display_name()) {
                lane.title = None;
            }
            let default_kind = lane.kind.default_card_kind();
            for card in &mut lane.cards {
                if card.kind.is_some() && card.kind == default_kind {
                    card.kind = None;
                }
            }
        }
    }
}
