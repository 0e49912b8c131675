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
use percorso::export::{Background, ExportOptions, Gpu, Plan, Renderer, export_png, export_png_on};
use percorso::file::{self, templates};
use percorso::lang::{self, Language};
use percorso::layout::{MapLayout, ViewOptions};
use percorso::model::{Map, PersonaId};
use percorso::paint::EguiMeasure;

/// A template's map in English; `omnicanale` is the Italian omnichannel journey.
fn template(name: &str) -> Map {
    let language = if name == "omnicanale" {
        Language::Italian
    } else {
        Language::English
    };
    templates::find_in(name, language).unwrap().map().unwrap()
}

/// What draws the images of a test: the CPU always, and the GPU where there is one (a
/// graphics driver or Mesa's software one), so that both renderers stay tested.
enum Drawer {
    Cpu,
    Gpu(Box<Gpu>),
}

impl Drawer {
    /// The reference image `name` of this renderer: the CPU's carry `-cpu` (their text is
    /// drawn from the font outlines, the GPU's from egui's atlas).
    fn reference(&self, name: &str) -> String {
        match self {
            Drawer::Cpu => format!("{name}-cpu"),
            Drawer::Gpu(_) => name.to_owned(),
        }
    }
}

/// Every renderer this machine has.
fn drawers() -> Vec<Drawer> {
    let mut drawers = vec![Drawer::Cpu];
    drawers.extend(common::gpu().map(|gpu| Drawer::Gpu(Box::new(gpu))));
    drawers
}

fn export(
    drawer: &mut Drawer,
    map: &Map,
    options: &ExportOptions,
    dir: &Path,
    name: &str,
) -> (std::path::PathBuf, RgbaImage) {
    let path = dir.join(name);
    match drawer {
        Drawer::Cpu => {
            let options = ExportOptions {
                renderer: Renderer::Cpu,
                ..options.clone()
            };
            export_png(map, &options, &path, &mut |_| {}).unwrap();
        }
        Drawer::Gpu(gpu) => {
            export_png_on(gpu, map, options, &path, &mut |_| {}).unwrap();
        }
    }
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
    for mut drawer in drawers() {
        every_sample_exports_at_its_size_and_carries_its_map_with(&mut drawer);
    }
}

fn every_sample_exports_at_its_size_and_carries_its_map_with(gpu: &mut Drawer) {
    let dir = tempfile::tempdir().unwrap();
    for name in ["guitar", "ecommerce", "omnicanale"] {
        let map = template(name);
        for scale in [1.0, 2.0] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            let (path, image) = export(
                gpu,
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
    let Some(gpu) = common::gpu() else { return };
    let map = template("guitar");
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (_, whole) = export(
        &mut Drawer::Gpu(Box::new(gpu)),
        &map,
        &options,
        dir.path(),
        "whole.png",
    );
    let Some(mut gpu) = common::gpu() else { return };
    gpu.tile_side = 300;
    let (_, tiled) = export(
        &mut Drawer::Gpu(Box::new(gpu)),
        &map,
        &options,
        dir.path(),
        "tiled.png",
    );
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
    // Drawn on the CPU, which every machine has.
    let mut cpu = Drawer::Cpu;
    let map = template("omnicanale");
    let all = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (_, full) = export(&mut cpu, &map, &all, dir.path(), "all.png");
    let one = ExportOptions {
        personas: vec![PersonaId::from("ropo")],
        ..all.clone()
    };
    let (path, part) = export(&mut cpu, &map, &one, dir.path(), "ropo.png");
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
    let error = export_png(&map, &unknown, &dir.path().join("x.png"), &mut |_| {}).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the map has no persona \"nobody\" (personas: ropo, showroomer)"
    );
    assert!(!dir.path().join("x.png").exists());
}

#[test]
fn backgrounds_white_transparent_and_dark() {
    for mut drawer in drawers() {
        backgrounds_white_transparent_and_dark_with(&mut drawer);
    }
}

fn backgrounds_white_transparent_and_dark_with(gpu: &mut Drawer) {
    let dir = tempfile::tempdir().unwrap();
    let map = template("guitar");
    let with = |background| ExportOptions {
        scale: 1.0,
        background,
        ..ExportOptions::default()
    };
    let (_, white) = export(gpu, &map, &with(Background::White), dir.path(), "white.png");
    let (_, clear) = export(
        gpu,
        &map,
        &with(Background::Transparent),
        dir.path(),
        "clear.png",
    );
    let (_, blank) = export(
        gpu,
        &template("blank"),
        &with(Background::Transparent),
        dir.path(),
        "blank.png",
    );
    let (_, dark) = export(gpu, &map, &with(Background::Dark), dir.path(), "dark.png");
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

/// Exports `map` at 1x with `background` and `view`, and checks it against its reference.
fn looks_like(gpu: &mut Drawer, map: &Map, background: Background, view: ViewOptions, name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let options = ExportOptions {
        scale: 1.0,
        background,
        view,
        ..ExportOptions::default()
    };
    let (_, image) = export(gpu, map, &options, dir.path(), "image.png");
    common::pictures::assert_looks_like(&image, &gpu.reference(name));
}

/// The omnicanale journey with a third persona, a copy of the first under new ids and a name
/// of its own, without a colour (so the palette gives it one).
fn three_personas() -> Map {
    let mut map = template("omnicanale");
    let mut third = map.personas[0].clone();
    third.id = PersonaId::from("marco");
    "Marco, cliente fedele".clone_into(&mut third.name);
    third.color = None;
    for lane in &mut third.lanes {
        lane.id = percorso::model::LaneId(format!("marco-{}", lane.id));
        for card in &mut lane.cards {
            card.id = percorso::model::CardId(format!("marco-{}", card.id));
        }
    }
    map.personas.push(third);
    assert!(percorso::model::validate(&map).is_empty());
    map
}

#[test]
fn an_italian_export_has_its_title_block_legend_and_numbers_in_italian() {
    for mut drawer in drawers() {
        an_italian_export_has_its_title_block_legend_and_numbers_in_italian_with(&mut drawer);
    }
}

fn an_italian_export_has_its_title_block_legend_and_numbers_in_italian_with(gpu: &mut Drawer) {
    lang::set(Language::Italian);
    let guitar = templates::find_in("guitar", Language::Italian)
        .unwrap()
        .map()
        .unwrap();
    looks_like(
        gpu,
        &guitar,
        Background::White,
        ViewOptions::default(),
        "guitar-it-1x",
    );
    let untitled = Map::new("");
    looks_like(
        gpu,
        &untitled,
        Background::White,
        ViewOptions::default(),
        "untitled-it-1x",
    );
}

#[test]
fn the_samples_look_like_their_reference_images() {
    for mut drawer in drawers() {
        the_samples_look_like_their_reference_images_with(&mut drawer);
    }
}

fn the_samples_look_like_their_reference_images_with(gpu: &mut Drawer) {
    let guitar = template("guitar");
    let plain = ViewOptions::default;
    looks_like(gpu, &guitar, Background::White, plain(), "guitar-1x");
    looks_like(gpu, &guitar, Background::Dark, plain(), "guitar-dark-1x");
    looks_like(
        gpu,
        &guitar,
        Background::Transparent,
        plain(),
        "guitar-transparent-1x",
    );
    let folded = ViewOptions {
        collapsed_lanes: ["giulia-actions", "giulia-backstage"]
            .map(str::to_owned)
            .into(),
        ..plain()
    };
    looks_like(gpu, &guitar, Background::White, folded, "guitar-folded-1x");
    let overlaid = ViewOptions {
        overlay_emotions: true,
        ..plain()
    };
    looks_like(
        gpu,
        &template("omnicanale"),
        Background::White,
        overlaid,
        "omnicanale-overlay-1x",
    );
    looks_like(
        gpu,
        &three_personas(),
        Background::White,
        plain(),
        "three-personas-1x",
    );
}

#[test]
fn a_failed_export_leaves_no_file_behind() {
    let Some(mut gpu) = common::gpu() else { return };
    let dir = tempfile::tempdir().unwrap();
    // The image is rendered and written, then cannot replace what is there: a folder.
    let taken = dir.path().join("taken.png");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("inside"), "a file in the way").unwrap();
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let error =
        export_png_on(&mut gpu, &template("guitar"), &options, &taken, &mut |_| {}).unwrap_err();
    assert!(
        error.to_string().contains("replacing the file failed"),
        "{error}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["taken.png"], "no temporary file stays");
    assert!(taken.is_dir());
    let nowhere = dir.path().join("missing folder").join("map.png");
    assert!(
        export_png_on(
            &mut gpu,
            &template("guitar"),
            &options,
            &nowhere,
            &mut |_| {}
        )
        .is_err()
    );
    assert!(!nowhere.exists());
}

#[test]
fn the_cpu_draws_what_the_gpu_draws() {
    let Some(gpu) = common::gpu() else { return };
    let mut gpu = Drawer::Gpu(Box::new(gpu));
    let dir = tempfile::tempdir().unwrap();
    for name in ["guitar", "ecommerce", "omnicanale"] {
        let map = template(name);
        for scale in [1.0, 2.0] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            let file = format!("{name}-{scale}");
            let (_, cpu) = export(
                &mut Drawer::Cpu,
                &map,
                &options,
                dir.path(),
                &format!("{file}-cpu.png"),
            );
            let (_, on_gpu) = export(
                &mut gpu,
                &map,
                &options,
                dir.path(),
                &format!("{file}-gpu.png"),
            );
            assert_eq!(cpu.dimensions(), on_gpu.dimensions(), "{file}");
            let (mut sum, mut far) = (0_u64, 0_usize);
            for (a, b) in cpu.pixels().zip(on_gpu.pixels()) {
                let most =
                    a.0.iter()
                        .zip(b.0)
                        .map(|(x, y)| x.abs_diff(y))
                        .max()
                        .unwrap_or(0);
                sum +=
                    a.0.iter()
                        .zip(b.0)
                        .map(|(x, y)| u64::from(x.abs_diff(y)))
                        .sum::<u64>();
                far += usize::from(most > 64);
            }
            let pixels = cpu.pixels().count();
            #[allow(clippy::cast_precision_loss)] // Figures for a message.
            let mean = sum as f64 / (pixels * 4) as f64;
            eprintln!(
                "{file}: mean difference {mean:.3} levels, {far} of {pixels} pixels by more than 64"
            );
            // Text is drawn from the font outlines on the CPU and from egui's atlas on the
            // GPU, which ramps glyph coverage up (its colour transfer): glyph edges differ a
            // little, nothing else. Measured: 1.5 to 1.9 levels on average at 1x, 0.9 to 1.1 at
            // 2x; 1.0 to 1.3 % of the pixels by more than 64 levels at 1x, 0.7 to 0.8 % at 2x.
            assert!(
                mean < 2.0,
                "{file}: the images differ by {mean:.2} levels on average"
            );
            assert!(
                far * 1000 < pixels * 15,
                "{file}: {far} of {pixels} pixels differ by more than 64 levels"
            );
        }
    }
}

#[test]
fn the_clipboard_s_pixels_are_the_png_s() {
    let dir = tempfile::tempdir().unwrap();
    let map = template("omnicanale");
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let (_, png) = export(&mut Drawer::Cpu, &map, &options, dir.path(), "map.png");
    let mut fractions = Vec::new();
    let (width, height, pixels) =
        percorso::export::render_rgba_cpu(&map, &options, &mut |f| fractions.push(f)).unwrap();
    assert_eq!((width, height), png.dimensions());
    assert!(pixels == png.into_raw(), "the same pixels, band after band");
    assert_eq!(
        fractions.last().copied(),
        Some(1.0),
        "progress reaches the end"
    );
}
