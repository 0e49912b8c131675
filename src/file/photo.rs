//! Persona photos: decoding an avatar's PNG into pixels, with decoding limits.

use image::{ImageFormat, ImageReader, Limits, RgbaImage};

use crate::model::avatar;
use crate::t;

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

/// The largest side of a photo as stored, in pixels.
pub const PHOTO_SIDE: u32 = 256;

/// Reads a PNG or JPEG photo, scales it down to at most [`PHOTO_SIDE`] pixels a side and further
/// until its base64 PNG fits the format's 10,000 characters, and returns that avatar text.
pub fn photo_avatar(path: &std::path::Path) -> Result<String, String> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    let mut reader = ImageReader::open(path)
        .and_then(ImageReader::with_guessed_format)
        .map_err(|err| {
            t!(
                "photo-cannot-read",
                path = path.display().to_string(),
                reason = super::error::io_reason(&err)
            )
        })?;
    reader.limits(limits);
    let image = reader.decode().map_err(|err| {
        t!(
            "photo-not-readable",
            path = path.display().to_string(),
            detail = err.to_string()
        )
    })?;
    let mut side = PHOTO_SIDE;
    while side >= 16 {
        let scaled = image.thumbnail(side, side).to_rgba8();
        let mut png = Vec::new();
        scaled
            .write_to(&mut std::io::Cursor::new(&mut png), ImageFormat::Png)
            .map_err(|err| t!("photo-cannot-encode", detail = err.to_string()))?;
        let text = avatar::encode(&png);
        if crate::model::bounded::text_too_long(&text).is_none() {
            return Ok(text);
        }
        side = side * 3 / 4;
    }
    Err(t!("photo-too-big", path = path.display().to_string()))
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

    #[test]
    fn a_big_noisy_photo_is_scaled_until_it_fits_and_stays_valid() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("photo.jpg");
        let noisy = RgbaImage::from_fn(900, 600, |x, y| {
            let v = u8::try_from((x * 7 + y * 13 + x * y) % 256).unwrap();
            image::Rgba([v, v.wrapping_mul(3), v.wrapping_add(90), 255])
        });
        image::DynamicImage::ImageRgba8(noisy)
            .to_rgb8()
            .save(&path)
            .unwrap();
        let text = photo_avatar(&path).unwrap();
        assert!(text.len() <= 10_000);
        assert_eq!(avatar::check(&text), Ok(()));
        let decoded = decode_avatar(&text).unwrap();
        assert!(
            decoded.width() <= PHOTO_SIDE && decoded.width() > decoded.height(),
            "{:?}",
            decoded.dimensions()
        );
        assert!(
            photo_avatar(&dir.path().join("missing.png"))
                .unwrap_err()
                .starts_with("cannot read")
        );
    }
}
