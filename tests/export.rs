//! PNG export: sizes, the embedded map, tiling, personas, backgrounds, and reference images.
//!
//! These tests render with wgpu on whatever adapter the machine has; CI installs Mesa's software
//! Vulkan driver (lavapipe). To refresh the reference images in `tests/snapshots` after a
//! deliberate change of the drawing, run `PERCORSO_BLESS=1 cargo test --test export` and look at
//! every image it rewrites.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use std::path::Path;

use image::RgbaImage;
use percorso::app::EguiMeasure;
use percorso::export::{Background, ExportOptions, Gpu, Plan, export_png_on};
use percorso::file::{self, templates};
use percorso::layout::{MapLayout, ViewOptions};
use percorso::model::{Map, PersonaId};

fn template(name: &str) -> Map {
    templates::find(name).unwrap().map().unwrap()
}

fn export(
    gpu: &mut Gpu,
    map: &Map,
    options: &ExportOptions,
    dir: &Path,
    name: &str,
) -> (std::path::PathBuf, RgbaImage) {
    let path = dir.join(name);
    export_png_on(gpu, map, options, &path, &mut |_| {}).unwrap();
    let image = image::open(&path).unwrap().to_rgba8();
    (path, image)
}

fn expected_size(map: &Map, scale: f32) -> (u32, u32) {
    let ctx = egui::Context::default();
    ctx.set_fonts(percorso::theme::fonts());
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let layout = MapLayout::new(map, &ViewOptions::default(), &EguiMeasure(&ctx));
    Plan::new(&layout).pixels(scale)
}

#[test]
fn every_sample_exports_at_its_size_and_carries_its_map() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut gpu) = common::gpu() else { return };
    for name in ["guitar", "ecommerce", "omnicanale"] {
        let map = template(name);
        for scale in [1.0, 2.0] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            let (path, image) = export(
                &mut gpu,
                &map,
                &options,
                dir.path(),
                &format!("{name}-{scale}.png"),
            );
            assert_eq!(
                image.dimensions(),
                expected_size(&map, scale),
                "{name} at {scale}x"
            );
            let text = file::png::embedded_text(&std::fs::read(&path).unwrap()).unwrap();
            assert_eq!(
                text,
                file::to_canonical_string(&map),
                "{name}: the embedded text is the canonical map"
            );
            assert_eq!(
                file::read_path(&path).unwrap(),
                map,
                "{name}: the PNG opens as the same map"
            );
        }
    }
}

#[test]
fn tiles_stitch_into_the_same_image() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut gpu) = common::gpu() else { return };
    let map = template("guitar");
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (_, whole) = export(&mut gpu, &map, &options, dir.path(), "whole.png");
    gpu.tile_side = 300;
    let (_, tiled) = export(&mut gpu, &map, &options, dir.path(), "tiled.png");
    assert_eq!(whole.dimensions(), tiled.dimensions());
    let differing = whole
        .pixels()
        .zip(tiled.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 24))
        .count();
    let total = whole.pixels().count();
    assert!(
        differing * 1000 < total,
        "{differing} of {total} pixels differ between one tile and many"
    );
}

#[test]
fn only_the_picked_personas_are_drawn_but_the_whole_map_travels() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut gpu) = common::gpu() else { return };
    let map = template("omnicanale");
    let all = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (_, full) = export(&mut gpu, &map, &all, dir.path(), "all.png");
    let one = ExportOptions {
        personas: vec![PersonaId::from("ropo")],
        ..all.clone()
    };
    let (path, part) = export(&mut gpu, &map, &one, dir.path(), "ropo.png");
    assert!(
        part.height() < full.height() * 2 / 3,
        "{} vs {}",
        part.height(),
        full.height()
    );
    assert_eq!(file::read_path(&path).unwrap(), map);
    let unknown = ExportOptions {
        personas: vec![PersonaId::from("nobody")],
        ..all
    };
    let error = export_png_on(
        &mut gpu,
        &map,
        &unknown,
        &dir.path().join("x.png"),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the map has no persona \"nobody\" (personas: ropo, showroomer)"
    );
    assert!(!dir.path().join("x.png").exists());
}

#[test]
fn backgrounds_white_transparent_and_dark() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut gpu) = common::gpu() else { return };
    let map = template("guitar");
    let with = |background| ExportOptions {
        scale: 1.0,
        background,
        ..ExportOptions::default()
    };
    let (_, white) = export(
        &mut gpu,
        &map,
        &with(Background::White),
        dir.path(),
        "white.png",
    );
    let (_, clear) = export(
        &mut gpu,
        &map,
        &with(Background::Transparent),
        dir.path(),
        "clear.png",
    );
    let (_, blank) = export(
        &mut gpu,
        &template("blank"),
        &with(Background::Transparent),
        dir.path(),
        "blank.png",
    );
    let (_, dark) = export(
        &mut gpu,
        &map,
        &with(Background::Dark),
        dir.path(),
        "dark.png",
    );
    assert!(white.pixels().all(|p| p.0[3] == 255), "white is opaque");
    assert!(
        blank.pixels().filter(|p| p.0[3] == 0).count() > 100_000,
        "empty cells are see-through"
    );
    assert!(
        clear.pixels().filter(|p| p.0[3] < 40).count() > 100_000,
        "stage tints are translucent"
    );
    let brightness = |image: &RgbaImage| {
        image
            .pixels()
            .map(|p| u64::from(p.0[0]) + u64::from(p.0[1]) + u64::from(p.0[2]))
            .sum::<u64>()
            / image.pixels().count() as u64
    };
    assert!(
        brightness(&dark) < brightness(&white) / 2,
        "the dark theme is dark"
    );
}

#[test]
fn a_png_without_a_map_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.png");
    RgbaImage::new(4, 4).save(&path).unwrap();
    let error = file::read_path(&path).unwrap_err();
    assert_eq!(
        error.render("photo.png"),
        [
            "photo.png: error: this PNG carries no Percorso map: only PNGs exported by Percorso can be opened; open the map's .ron file instead"
        ]
    );
}

#[test]
fn the_guitar_journey_looks_like_its_reference_image() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut gpu) = common::gpu() else { return };
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (path, image) = export(
        &mut gpu,
        &template("guitar"),
        &options,
        dir.path(),
        "guitar.png",
    );
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/guitar-1x.png");
    if std::env::var_os("PERCORSO_BLESS").is_some() {
        std::fs::copy(&path, &reference).unwrap();
        return;
    }
    let expected = image::open(&reference)
        .expect("tests/snapshots/guitar-1x.png (refresh with PERCORSO_BLESS=1)")
        .to_rgba8();
    assert_eq!(image.dimensions(), expected.dimensions());
    let differing = image
        .pixels()
        .zip(expected.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 32))
        .count();
    let total = image.pixels().count();
    assert!(
        differing * 200 < total,
        "{differing} of {total} pixels differ from the reference image by more than 32 levels"
    );
}
