//! Persona avatars: a PNG image in standard base64 (RFC 4648, with padding), at most 512 x 512.
//!
//! Validation reads the PNG header only; decoding the pixels is the app's business.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::t;

/// The largest avatar side the format allows, in pixels.
pub const MAX_AVATAR_SIDE: u32 = 512;

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

/// Checks an avatar's text; the error says what is wrong with it, for the message about the
/// persona whose avatar it is.
pub fn check(encoded: &str) -> Result<(), String> {
    let bytes = STANDARD.decode(encoded).map_err(|err| {
        let at = match err {
            base64::DecodeError::InvalidByte(at, _)
            | base64::DecodeError::InvalidLastSymbol(at, _) => {
                t!("avatar-wrong-character", at = at + 1)
            }
            base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidPadding => {
                t!("avatar-wrong-length")
            }
        };
        t!("avatar-not-base64", why = at)
    })?;
    let (width, height) = png_size(&bytes).ok_or_else(|| t!("avatar-not-png"))?;
    if width > MAX_AVATAR_SIDE || height > MAX_AVATAR_SIDE {
        return Err(t!(
            "avatar-too-big",
            width = width,
            height = height,
            limit = MAX_AVATAR_SIDE
        ));
    }
    Ok(())
}

/// Encodes PNG bytes as avatar text.
#[must_use]
pub fn encode(png_bytes: &[u8]) -> String {
    STANDARD.encode(png_bytes)
}

/// Decodes avatar text into PNG bytes, if it is valid base64.
#[must_use]
pub fn decode(encoded: &str) -> Option<Vec<u8>> {
    STANDARD.decode(encoded).ok()
}

/// The width and height from a PNG's header, if `bytes` start like a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || bytes[..8] != PNG_SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = PNG_SIGNATURE.to_vec();
        bytes.extend_from_slice(&13u32.to_be_bytes());
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
        bytes
    }

    #[test]
    fn accepts_small_png() {
        assert_eq!(check(&encode(&png_header(512, 64))), Ok(()));
    }

    #[test]
    fn refuses_big_png_bad_base64_and_other_images() {
        assert_eq!(
            check(&encode(&png_header(513, 10))),
            Err("is 513 x 10 pixels; the limit is 512 x 512".to_owned())
        );
        assert!(
            check("not base64!")
                .unwrap_err()
                .starts_with("is not valid standard base64")
        );
        assert!(
            check("aGVsbG8")
                .unwrap_err()
                .starts_with("is not valid standard base64")
        );
        assert_eq!(
            check(&encode(b"GIF89a....................")),
            Err("is not a PNG image".into())
        );
    }
}
