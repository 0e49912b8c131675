//! Reference images: a rendered picture compared with the one kept in `tests/snapshots`.
//!
//! Two renders of one map on one renderer are the same to the pixel; across driver versions
//! anti-aliased edges may move a little. A picture matches its reference when at most
//! [`MAX_DIFFERING`] pixels differ by more than [`LEVELS`] in a channel: few enough that losing
//! the emotion curve, the severity triangles or the evidence badges fails the comparison (each
//! of those is thousands of pixels; see the closing note of the issue that set these numbers).
//!
//! `PERCORSO_BLESS=1 cargo test --test export` rewrites the references from what is rendered
//! now; look at every image it rewrites before committing it.

use std::path::{Path, PathBuf};

/// How far a channel may be off before the pixel counts as different.
pub const LEVELS: u8 = 24;
/// How many pixels may differ.
pub const MAX_DIFFERING: usize = 60;

fn reference(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.png"))
}

/// The pixels of `a` and `b` that differ by more than [`LEVELS`], as an image that shows them
/// in red over a faded `a`.
pub fn difference(a: &image::RgbaImage, b: &image::RgbaImage) -> (usize, image::RgbaImage) {
    let mut shown = image::RgbaImage::new(a.width(), a.height());
    let mut differing = 0;
    for (x, y, pixel) in a.enumerate_pixels() {
        let other = b.get_pixel(x, y).0;
        let off = pixel
            .0
            .iter()
            .zip(other)
            .any(|(u, v)| u.abs_diff(v) > LEVELS);
        let [r, g, bl, _] = pixel.0;
        let faded = |c: u8| 255 - (255 - c) / 4;
        shown.put_pixel(
            x,
            y,
            if off {
                differing += 1;
                image::Rgba([255, 0, 0, 255])
            } else {
                image::Rgba([faded(r), faded(g), faded(bl), 255])
            },
        );
    }
    (differing, shown)
}

/// Checks `image` against the reference `name` (or, with `PERCORSO_BLESS` set, makes it the
/// reference). On a mismatch, the image and a picture of the differences are written next to
/// the test binary's temporary files, and their paths are in the message.
pub fn assert_looks_like(image: &image::RgbaImage, name: &str) {
    let path = reference(name);
    if std::env::var_os("PERCORSO_BLESS").is_some() {
        save_small(image, &path);
        return;
    }
    let expected = image::open(&path)
        .unwrap_or_else(|err| panic!("{} ({err}; make it with PERCORSO_BLESS=1)", path.display()))
        .to_rgba8();
    assert_eq!(
        image.dimensions(),
        expected.dimensions(),
        "{name}: the size changed"
    );
    let (differing, shown) = difference(image, &expected);
    if differing > MAX_DIFFERING {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let (actual, diff) = (
            out.join(format!("{name}.png")),
            out.join(format!("{name}-diff.png")),
        );
        let _ = image.save(&actual);
        let _ = shown.save(&diff);
        panic!(
            "{name}: {differing} pixels differ from the reference by more than {LEVELS} levels (at most {MAX_DIFFERING} may); see {} and {}",
            actual.display(),
            diff.display()
        );
    }
}

/// Saves `image` as a PNG compressed as well as the encoder can: references live in git.
fn save_small(image: &image::RgbaImage, path: &Path) {
    use image::ImageEncoder;
    let file =
        std::fs::File::create(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        std::io::BufWriter::new(file),
        image::codecs::png::CompressionType::Best,
        image::codecs::png::FilterType::Adaptive,
    );
    encoder
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
}
