//! The format's size limits, enforced while a map is being deserialized.
//!
//! A file from a stranger must not exhaust memory, so lists and strings are refused as soon as
//! they pass their limit, before more is stored: the readers here are used through
//! `#[serde(deserialize_with)]` on the model's fields. The total number of cards is counted
//! across all lanes while [`with_card_budget`] runs (the file reader wraps every parse in it).
//! [`super::validate`] checks the same limits again for maps built in memory.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Error as _, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::map::{Card, Lane, Persona, Stage};
use crate::t;

/// The longest string the format allows, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The most stages one map may have.
pub const MAX_STAGES: usize = 1_000;
/// The most personas one map may have.
pub const MAX_PERSONAS: usize = 200;
/// The most lanes one persona may have.
pub const MAX_LANES_PER_PERSONA: usize = 100;
/// The most cards one map may have, in all lanes together.
pub const MAX_CARDS: usize = 200_000;

thread_local! {
    /// Cards still allowed in the map being read, or `None` outside [`with_card_budget`].
    static CARDS_LEFT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Runs `parse` with a budget of [`MAX_CARDS`] cards shared by every lane it deserializes.
pub fn with_card_budget<R>(parse: impl FnOnce() -> R) -> R {
    let outer = CARDS_LEFT.with(|left| left.replace(Some(MAX_CARDS)));
    let result = parse();
    CARDS_LEFT.with(|left| left.set(outer));
    result
}

/// The message for a string over [`MAX_TEXT_CHARS`], or `None` if it is within the limit.
#[must_use]
pub fn text_too_long(text: &str) -> Option<String> {
    // Bytes bound characters from above, so most strings need no count.
    if text.len() <= MAX_TEXT_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_TEXT_CHARS)
        .then(|| t!("check-text-too-long", count = chars, limit = MAX_TEXT_CHARS))
}

struct TextVisitor;

impl Visitor<'_> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&t!("type-string"))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<String, E> {
        match text_too_long(text) {
            Some(message) => Err(E::custom(message)),
            None => Ok(text.to_owned()),
        }
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<String, E> {
        match text_too_long(&text) {
            Some(message) => Err(E::custom(message)),
            None => Ok(text),
        }
    }
}

/// Reads a string of at most [`MAX_TEXT_CHARS`] characters.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    deserializer.deserialize_string(TextVisitor)
}

/// Reads a list of strings, each of at most [`MAX_TEXT_CHARS`] characters.
pub fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(transparent)]
    struct Bounded(#[serde(deserialize_with = "text")] String);
    let items = Vec::<Bounded>::deserialize(deserializer)?;
    Ok(items.into_iter().map(|item| item.0).collect())
}

/// Reads an optional string of at most [`MAX_TEXT_CHARS`] characters.
pub fn optional_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(transparent)]
    struct Bounded(#[serde(deserialize_with = "text")] String);
    Ok(Option::<Bounded>::deserialize(deserializer)?.map(|item| item.0))
}

/// A list visitor that refuses the element past `limit` before storing it.
struct CappedList<T> {
    limit: usize,
    /// "stages", in the current language: what the list holds.
    noun: fn() -> String,
    /// "stages in the map": what the list holds, and where.
    what: fn() -> String,
    counts_cards: bool,
    item: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for CappedList<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&t!("expected-list-of", noun = (self.noun)()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            if items.len() == self.limit {
                return Err(A::Error::custom(t!(
                    "check-more-than",
                    limit = self.limit,
                    what = (self.what)()
                )));
            }
            if self.counts_cards {
                take_card_from_budget().map_err(A::Error::custom)?;
            }
            items.push(item);
        }
        Ok(items)
    }
}

fn take_card_from_budget() -> Result<(), String> {
    CARDS_LEFT.with(|left| match left.get() {
        None => Ok(()),
        Some(0) => Err(t!(
            "check-more-than",
            limit = MAX_CARDS,
            what = t!("what-cards-in-map")
        )),
        Some(n) => {
            left.set(Some(n - 1));
            Ok(())
        }
    })
}

fn capped<'de, D, T>(
    deserializer: D,
    limit: usize,
    noun: fn() -> String,
    what: fn() -> String,
    counts_cards: bool,
) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(CappedList {
        limit,
        noun,
        what,
        counts_cards,
        item: PhantomData,
    })
}

/// Reads the map's stages, at most [`MAX_STAGES`].
pub fn stages<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Stage>, D::Error> {
    capped(
        deserializer,
        MAX_STAGES,
        || t!("noun-stages"),
        || t!("what-stages-in-map"),
        false,
    )
}

/// Reads the map's personas, at most [`MAX_PERSONAS`].
pub fn personas<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Persona>, D::Error> {
    capped(
        deserializer,
        MAX_PERSONAS,
        || t!("noun-personas"),
        || t!("what-personas-in-map"),
        false,
    )
}

/// Reads one persona's lanes, at most [`MAX_LANES_PER_PERSONA`].
pub fn lanes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Lane>, D::Error> {
    capped(
        deserializer,
        MAX_LANES_PER_PERSONA,
        || t!("noun-lanes"),
        || t!("what-lanes-in-persona"),
        false,
    )
}

/// Reads one lane's cards, counting them against the map's budget of [`MAX_CARDS`].
pub fn cards<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Card>, D::Error> {
    capped(
        deserializer,
        MAX_CARDS,
        || t!("noun-cards"),
        || t!("what-cards-in-lane"),
        true,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_limit_counts_characters_not_bytes() {
        assert!(text_too_long(&"é".repeat(MAX_TEXT_CHARS)).is_none());
        assert!(text_too_long(&"a".repeat(MAX_TEXT_CHARS + 1)).is_some());
    }
}
