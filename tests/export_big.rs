//! Big exports: any map that opens can be exported, in as many tiles as it needs, on the CPU
//! (the default renderer, which every machine has; the GPU's tiling is tested in `export.rs`).
//! The PNG is decoded whole once, to check that the bands compressed apart make one valid
//! image; otherwise only its header and embedded map are read back.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use percorso::export::{ExportOptions, export_png};
use percorso::{file, synthetic};

fn header_size(path: &std::path::Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}

fn export_and_check(cards: usize, scale: f32) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.png");
    let map = synthetic::map_with_cards(cards);
    let options = ExportOptions {
        scale,
        ..ExportOptions::default()
    };
    let mut fractions = Vec::new();
    let report = export_png(&map, &options, &path, &mut |f| fractions.push(f)).unwrap();
    assert!(
        report.tiles > 1,
        "{cards} cards at {scale}x fit in one tile?"
    );
    assert_eq!(header_size(&path), (report.width, report.height));
    assert!(report.height > 20_000, "{} pixels high", report.height);
    assert_eq!(
        fractions.last().copied(),
        Some(1.0),
        "progress reaches the end"
    );
    assert!(
        fractions.windows(2).all(|w| w[0] < w[1]),
        "progress only grows"
    );
    assert_eq!(file::read_path(&path).unwrap(), map);
    if cards == 5_000 {
        // Every band decodes, checksums and all, and the last row is the legend's background.
        let image = image::open(&path).unwrap().to_rgba8();
        assert_eq!(image.dimensions(), (report.width, report.height));
        let bottom = image.get_pixel(report.width / 2, report.height - 1).0;
        assert_eq!(bottom[3], 255, "opaque to the last row: {bottom:?}");
    }
}

#[test]
fn a_5000_card_map_exports_at_1x() {
    export_and_check(5_000, 1.0);
}

#[test]
fn a_1000_card_map_exports_at_2x() {
    // 92 million pixels; 4x (369 million) adds nothing but minutes in a debug build.
    export_and_check(1_000, 2.0);
}
