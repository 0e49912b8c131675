//! Writing lanes and cards in canonical form: the fields in the format's order, each left out
//! when it equals its default, including the two defaults that depend on the lane (its title
//! and a card's kind).

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::kinds::CardKind;
use super::map::{Card, Lane};

impl Serialize for Lane {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let title = self
            .title
            .as_deref()
            .filter(|title| *title != self.kind.format_name());
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
