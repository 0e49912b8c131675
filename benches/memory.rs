//! What a big map costs in memory, measured two ways.
//!
//! 1. The real window: the release binary under Xvfb (started here, on a display of its own),
//!    once with an empty map and once with 1,000, 5,000 and 10,000 generated cards, each in a
//!    fresh process; its resident memory (`VmRSS`) once it has settled. This is what a user's
//!    machine pays, the graphics driver included. It needs Xvfb; without it, this part says so.
//! 2. The heap of the App alone, with dhat: the same maps opened from their files and drawn for
//!    five frames on a headless egui context; the heap held after them and the most it held.
//!
//! Run with `cargo bench --bench memory`; it prints the figures recorded in BENCHMARKS.md.
#![allow(clippy::print_stdout)] // A measurement program prints its results.
#![allow(clippy::cast_precision_loss)] // Byte counts far below 2^52, printed as approximate sizes.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use percorso::app::{PercorsoApp, Prefs};
use percorso::synthetic;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

const SIZES: [usize; 4] = [0, 1_000, 5_000, 10_000];

fn write_maps(dir: &Path) {
    for cards in SIZES {
        let map = if cards == 0 {
            percorso::model::Map::new("Empty")
        } else {
            synthetic::map_with_cards(cards)
        };
        percorso::file::save(&dir.join(format!("map-{cards}.ron")), &map)
            .unwrap_or_else(|err| panic!("{err}"));
    }
}

/// The resident memory of the release window on `map`, in KiB, after it settled.
fn window_rss(display: &str, home: &Path, map: &Path) -> Option<u64> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_percorso"))
        .arg(map)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("PERCORSO_DATA_DIR", home.join("data"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    std::thread::sleep(Duration::from_secs(8));
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok();
    let _ = child.kill();
    let _ = child.wait();
    status?
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse().ok())
}

fn real_window(dir: &Path) {
    let server = Command::new("Xvfb")
        .args([":87", "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut server) = server else {
        println!("real window: skipped (Xvfb is not installed)");
        return;
    };
    std::thread::sleep(Duration::from_secs(1));
    println!("real window, 1440 x 900, resident memory after 8 s:");
    let mut empty = None;
    for cards in SIZES {
        let home = tempfile::tempdir().unwrap_or_else(|err| panic!("{err}"));
        let map = dir.join(format!("map-{cards}.ron"));
        let Some(rss) = window_rss(":87", home.path(), &map) else {
            println!("  {cards} cards: the window did not start");
            continue;
        };
        let base = *empty.get_or_insert(rss);
        let extra = rss.saturating_sub(base);
        let per_card = if cards == 0 {
            0
        } else {
            extra * 1024 / cards as u64
        };
        println!(
            "  {cards:>6} cards: {:>6.1} MB, {:>5.1} MB more than empty, {per_card} bytes a card",
            rss as f64 / 1024.0,
            extra as f64 / 1024.0
        );
    }
    let _ = server.kill();
    let _ = server.wait();
}

fn heap(dir: &Path) {
    println!("heap of the App (dhat), five frames at 1440 x 900, zoom to fit:");
    let _profiler = dhat::Profiler::builder().testing().build();
    for cards in SIZES {
        let base = dhat::HeapStats::get();
        let ctx = egui::Context::default();
        let mut app =
            PercorsoApp::with_map(&ctx, percorso::model::Map::new(""), None, Prefs::default());
        app.open(&dir.join(format!("map-{cards}.ron")));
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1440.0, 900.0),
            )),
            ..Default::default()
        };
        for _ in 0..5 {
            let output = ctx.run_ui(input(), |ui| app.ui_contents(ui));
            std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
        }
        let after = dhat::HeapStats::get();
        println!(
            "  {cards:>6} cards: holds {:>5.1} MB, at most {:>5.1} MB",
            (after.curr_bytes - base.curr_bytes) as f64 / 1e6,
            (after.max_bytes.saturating_sub(base.curr_bytes)) as f64 / 1e6
        );
        drop(app);
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("{err}"));
    write_maps(dir.path());
    real_window(dir.path());
    heap(dir.path());
}
