//! Persona photos: decoding an avatar's PNG into pixels, with decoding limits.

use image::{ImageFormat, ImageReader, Limits, RgbaImage};

use crate::model::avatar;

/// Decodes an avatar (base64 PNG) into RGBA pixels; `None` if it is not a readable PNG within
/// the format's 512 x 512 limit.
#[must_use]
pub fn decode_avatar(encoded: &str) -> Option<RgbaImage> {
    let bytes = avatar::decode(encoded)?;
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), ImageFormat::Png);
    let mut limits = Limits::default();
    limits.max_image_width = Some(avatar::MAX_AVATAR_SIDE);
    limits.max_image_height = Some(avatar::MAX_AVATAR_SIDE);
    limits.max_alloc = Some(4 * 1024 * 1024);
    reader.limits(limits);
    reader.decode().ok().map(|image| image.to_rgba8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_png_avatar_and_refuses_other_text() {
        let mut png = Vec::new();
        let pixels = RgbaImage::from_pixel(3, 2, image::Rgba([10, 20, 30, 255]));
        pixels
            .write_to(&mut std::io::Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let decoded = decode_avatar(&avatar::encode(&png)).unwrap();
        assert_eq!(decoded.dimensions(), (3, 2));
        assert_eq!(decoded.get_pixel(1, 1).0, [10, 20, 30, 255]);
        assert!(decode_avatar("not base64").is_none());
        assert!(decode_avatar(&avatar::encode(b"\x89PNG\r\n\x1a\nbroken")).is_none());
    }
}
