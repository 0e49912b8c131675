//! The document: a map with its stages, personas, lanes, cards and emotion points.
//!
//! These types hold exactly the data of format v1, field for field and in the spec's order, so
//! serde's derived code reads and writes the file. Fields equal to their defaults are left out
//! when writing; the two defaults that depend on the lane (a lane's title, a card's kind) are
//! handled by `Lane`'s hand-written `Serialize` (in `serialize`) and by [`Map::canonicalize`].
//! Lookups by id are in `lookup`.

use serde::{Deserialize, Serialize};

use super::bounded;
use super::color::Color;
use super::ids::{CardId, LaneId, PersonaId, StageId};
use super::kinds::{CardKind, Channel, Evidence, LaneKind};

/// Where a lane is: its persona's index in the map and its index in the persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LaneAt {
    /// The persona's index.
    pub persona: usize,
    /// The lane's index in the persona.
    pub lane: usize,
}

/// Where a card is: its lane and its index in the lane's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CardAt {
    /// The card's lane.
    pub lane: LaneAt,
    /// The card's index in the lane's list of cards.
    pub card: usize,
}

/// The format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 2;

/// The version a map needs: the lowest whose fields hold it (see `format-v2.md`): 2 when it
/// names a funnel, else 1, which every older Percorso reads.
#[must_use]
pub fn required_version(map: &Map) -> u32 {
    if map.funnel.is_some() { 2 } else { 1 }
}

/// A whole journey map: the document saved to a `.ron` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Map", deny_unknown_fields)]
pub struct Map {
    /// The format version: the lowest that holds the map ([`required_version`]), which is
    /// what the writer writes and what the reader leaves here.
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
    /// The name of the stage metric that counts the customers reaching each stage (format
    /// version 2); the funnel drawn under the stage headers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "bounded::optional_text")]
    pub funnel: Option<String>,
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
    /// The title people read: the lane's own, or its kind's display name in the current
    /// language.
    #[must_use]
    pub fn display_title(&self) -> std::borrow::Cow<'_, str> {
        self.title.as_deref().map_or_else(
            || std::borrow::Cow::Owned(self.kind.display_name()),
            std::borrow::Cow::Borrowed,
        )
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
