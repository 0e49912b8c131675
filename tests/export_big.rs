//! Big exports: any map that opens can be exported, in as many tiles as the device needs.
//! Only the PNG's header and embedded map are read back: the images are tens of megapixels.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use percorso::export::{ExportOptions, export_png_on};
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
    let Some(mut gpu) = common::gpu() else { return };
    let options = ExportOptions {
        scale,
        ..ExportOptions::default()
    };
    let mut fractions = Vec::new();
    let report =
        export_png_on(&mut gpu, &map, &options, &path, &mut |f| fractions.push(f)).unwrap();
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
}

#[test]
fn a_5000_card_map_exports_at_1x() {
    export_and_check(5_000, 1.0);
}

#[test]
fn a_1000_card_map_exports_at_4x() {
    export_and_check(1_000, 4.0);
}
