//! Typed identifiers for the elements of a map.
//!
//! Stages, personas, lanes and cards share one namespace in a file (format v1), but each has its
//! own Rust type so a card's `stage` can only ever hold a stage id. All four are plain strings on
//! disk; their deserializers refuse over-long text before it is stored (see [`super::bounded`]).

use serde::{Deserialize, Deserializer, Serialize};

/// The longest id the format allows, in characters.
pub const MAX_ID_LEN: usize = 64;

/// Whether `text` is a well-formed id: 1 to 64 characters from `A-Z a-z 0-9 _ -`.
#[must_use]
pub fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                Self(text.to_owned())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::bounded::text(deserializer).map(Self)
            }
        }
    };
}

typed_id!(
    /// Identifies a stage (a column of the map).
    StageId
);
typed_id!(
    /// Identifies a persona (a band of swimlanes).
    PersonaId
);
typed_id!(
    /// Identifies a lane (a row inside a persona's band).
    LaneId
);
typed_id!(
    /// Identifies a card (a sticky note in one lane and one stage).
    CardId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_rules() {
        assert!(is_valid_id("a"));
        assert!(is_valid_id("Giulia_feel-2"));
        assert!(is_valid_id(&"x".repeat(64)));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"x".repeat(65)));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("caffè"));
        assert!(!is_valid_id("a.b"));
    }
}
