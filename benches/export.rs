//! PNG exports of generated maps of 100, 1k and 5k cards at 1x, 2x and 4x, each once with each
//! renderer (the CPU's `vello_cpu` and the GPU's wgpu, side by side), with the time split into
//! paint, rasterization and PNG encoding. Also writes the 1k- and 5k-card maps to
//! `export-1k.ron` and `export-5k.ron` in the target folder (`CARGO_TARGET_DIR`, else
//! `target/`) for timing the command line.
//!
//! Run with `cargo bench --bench export`; the figures are recorded in BENCHMARKS.md.
#![allow(clippy::print_stdout)] // A measurement program prints its results.
#![allow(clippy::cast_precision_loss)] // File sizes printed approximately.

use std::time::Instant;

use percorso::export::{ExportOptions, Gpu, export_png, export_png_on};
use percorso::{file, synthetic};

fn main() {
    let started = Instant::now();
    let mut gpu = Gpu::headless().expect("a graphics adapter (install mesa-vulkan-drivers)");
    println!(
        "device: {} (opened in {:.0} ms)",
        gpu.adapter,
        started.elapsed().as_secs_f64() * 1000.0
    );
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        std::path::PathBuf::from,
    );
    std::fs::create_dir_all(&target).expect("the target folder");
    for (cards, name) in [(1_000, "export-1k.ron"), (5_000, "export-5k.ron")] {
        file::save(&target.join(name), &synthetic::map_with_cards(cards))
            .expect("the map is written");
    }
    println!(
        "| cards | scale | renderer | pixels | tiles | paint | raster | encode | total | file |"
    );
    println!("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    for cards in [100, 1_000, 5_000] {
        let map = synthetic::map_with_cards(cards);
        for scale in [1.0, 2.0, 4.0] {
            let name = format!("{cards}-{scale}x");
            if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
                continue;
            }
            let out = dir.path().join(format!("{name}.png"));
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            for renderer in ["cpu", "gpu"] {
                let started = Instant::now();
                let report = if renderer == "cpu" {
                    export_png(&map, &options, &out, &mut |_| {})
                } else {
                    export_png_on(&mut gpu, &map, &options, &out, &mut |_| {})
                }
                .expect("the export succeeds");
                let total = started.elapsed();
                let size = std::fs::metadata(&out).map_or(0, |m| m.len());
                let ms = |d: std::time::Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
                println!(
                    "| {cards} | {scale}x | {renderer} | {} x {} | {} | {} | {} | {} | {} | {:.1} MB |",
                    report.width,
                    report.height,
                    report.tiles,
                    ms(report.paint),
                    ms(report.raster),
                    ms(report.encode),
                    ms(total),
                    size as f64 / 1e6
                );
            }
            std::fs::remove_file(&out).ok();
        }
    }
}
