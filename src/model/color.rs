//! Colours as the format writes them: `"#RRGGBB"` or `"#RRGGBBAA"`.
//!
//! The text is kept as written (either case), so reading and writing a file never changes it;
//! [`Color::rgba`] parses it for drawing and validation.

use serde::{Deserialize, Deserializer, Serialize};

/// A colour in `#RRGGBB` or `#RRGGBBAA` form, hexadecimal, either case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Color(pub String);

impl Color {
    /// Makes the `#RRGGBB` text of an opaque colour.
    #[must_use]
    pub fn from_rgb(r: u8, g: u8, b: u8) -> Self {
        Self(format!("#{r:02X}{g:02X}{b:02X}"))
    }

    /// The colour's red, green, blue and alpha, or `None` if the text is not a valid colour.
    #[must_use]
    pub fn rgba(&self) -> Option<[u8; 4]> {
        let hex = self.0.strip_prefix('#')?;
        if !(hex.len() == 6 || hex.len() == 8) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        let alpha = if hex.len() == 8 { channel(6)? } else { 255 };
        Some([channel(0)?, channel(2)?, channel(4)?, alpha])
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::bounded::text(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms_and_cases() {
        assert_eq!(
            Color("#F28E2B".into()).rgba(),
            Some([0xF2, 0x8E, 0x2B, 255])
        );
        assert_eq!(
            Color("#f28e2b80".into()).rgba(),
            Some([0xF2, 0x8E, 0x2B, 0x80])
        );
        assert_eq!(Color::from_rgb(1, 2, 255).0, "#0102FF");
    }

    #[test]
    fn refuses_other_forms() {
        for bad in [
            "",
            "#",
            "F28E2B",
            "#F28E2",
            "#F28E2BA",
            "#GGGGGG",
            "red",
            "#F28E2B800",
        ] {
            assert_eq!(Color(bad.into()).rgba(), None, "{bad}");
        }
    }
}
