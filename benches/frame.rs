//! One full frame of the editor (the whole window: menu, inspector, canvas with layout from the
//! cache, painting and tessellation) on a headless egui context, for generated maps of 100, 1k
//! and 10k cards, at zoom to fit and at 100 %. Also the cost of laying out a map: once as it is
//! opened (every text measured) and again after an edit (the heights remembered).
//!
//! Run with `cargo bench --bench frame`; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

#[path = "support/frame.rs"]
mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::emath::TSTransform;
use egui::vec2;
use percorso::app::{PercorsoApp, Prefs};
use percorso::layout::{MapLayout, TextHeights, ViewOptions};
use percorso::paint::FontsMeasure;
use percorso::synthetic;
use support::{frame, input};

fn frame_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    for cards in [100, 1_000, 10_000] {
        for zoom in ["fit", "100%"] {
            let ctx = egui::Context::default();
            let mut app = PercorsoApp::with_map(
                &ctx,
                synthetic::map_with_cards(cards),
                None,
                Prefs::default(),
            );
            // Two frames settle the fitted camera, the font atlas and the layout cache.
            frame(&ctx, &mut app);
            frame(&ctx, &mut app);
            if zoom == "100%" {
                // The top-left of the map at 100 %, just below the menu bar.
                app.camera_mut().to_screen = TSTransform::new(vec2(0.0, 30.0), 1.0);
                frame(&ctx, &mut app);
            }
            group.bench_function(BenchmarkId::new(zoom, cards), |b| {
                b.iter(|| black_box(frame(&ctx, &mut app)));
            });
        }
    }
    // Every card of a 10k map selected (Ctrl+A), at 100 %.
    let ctx = egui::Context::default();
    let mut app = PercorsoApp::with_map(
        &ctx,
        synthetic::map_with_cards(10_000),
        None,
        Prefs::default(),
    );
    frame(&ctx, &mut app);
    app.request(percorso::app::Action::Command(
        percorso::app::Command::SelectAll,
    ));
    frame(&ctx, &mut app);
    app.camera_mut().to_screen = TSTransform::new(vec2(0.0, 30.0), 1.0);
    frame(&ctx, &mut app);
    assert_eq!(app.selections().len(), 10_000);
    group.bench_function("100% all selected/10000", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    group.finish();

    let mut layout = c.benchmark_group("layout");
    layout.sample_size(10);
    for cards in [1_000, 10_000] {
        let ctx = egui::Context::default();
        ctx.set_fonts(percorso::theme::fonts());
        let mut warm = ctx.run_ui(input(), |_| {});
        warm.textures_delta.clear();
        let map = synthetic::map_with_cards(cards);
        let fonts = FontsMeasure::for_context(&ctx);
        // As a map is opened: every text measured.
        layout.bench_function(BenchmarkId::new("opened", cards), |b| {
            b.iter(|| {
                let mut heights = TextHeights::default();
                let measure = heights.remembering(&fonts, fonts.key());
                let cards = MapLayout::new(&map, &ViewOptions::default(), &measure)
                    .cards
                    .len();
                measure.finish();
                cards
            });
        });
        // As after an edit: the heights remembered.
        let mut heights = TextHeights::default();
        let measure = heights.remembering(&fonts, fonts.key());
        let _ = MapLayout::new(&map, &ViewOptions::default(), &measure);
        measure.finish();
        layout.bench_function(BenchmarkId::new("again", cards), |b| {
            b.iter(|| {
                let measure = heights.remembering(&fonts, fonts.key());
                let cards = MapLayout::new(&map, &ViewOptions::default(), &measure)
                    .cards
                    .len();
                measure.finish();
                cards
            });
        });
    }
    layout.finish();
}

criterion_group!(benches, frame_benches);
criterion_main!(benches);
