//! One full frame of the editor (the whole window: menu, inspector, canvas with layout from the
//! cache, painting and tessellation) on a headless egui context, for generated maps of 100, 1k
//! and 10k cards, at zoom to fit and at 100 %, and presenting one stage (1k and 10k). Also the cost of laying out a map: once as it is
//! opened (every text measured) and again after an edit (the heights remembered).
//!
//! Run with `cargo bench --bench frame`; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

#[path = "support/frame.rs"]
mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use percorso::layout::{MapLayout, TextHeights, ViewOptions};
use percorso::paint::FontsMeasure;
use percorso::synthetic;
use support::{frame, input, settled_app, show_top_left_at_100};

fn frame_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    for cards in [100, 1_000, 10_000] {
        for zoom in ["fit", "100%"] {
            let ctx = egui::Context::default();
            let mut app = settled_app(&ctx, cards);
            if zoom == "100%" {
                show_top_left_at_100(&ctx, &mut app);
            }
            group.bench_function(BenchmarkId::new(zoom, cards), |b| {
                b.iter(|| black_box(frame(&ctx, &mut app)));
            });
        }
    }
    // Every card of a 10k map selected (Ctrl+A), at 100 %.
    let ctx = egui::Context::default();
    let mut app = settled_app(&ctx, 10_000);
    app.request(percorso::app::Action::Command(
        percorso::app::Command::SelectAll,
    ));
    frame(&ctx, &mut app);
    show_top_left_at_100(&ctx, &mut app);
    assert_eq!(app.selections().len(), 10_000);
    group.bench_function("100% all selected/10000", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    // Presenting (F5): one stage full screen in the projector theme, with the journey strip.
    for cards in [1_000, 10_000] {
        let ctx = egui::Context::default();
        let mut app = settled_app(&ctx, cards);
        app.request(percorso::app::Action::Command(
            percorso::app::Command::Present,
        ));
        for _ in 0..200 {
            frame(&ctx, &mut app);
            if !app.camera().is_animating() {
                break;
            }
        }
        assert!(app.is_presenting() && !app.camera().is_animating());
        group.bench_function(BenchmarkId::new("present", cards), |b| {
            b.iter(|| black_box(frame(&ctx, &mut app)));
        });
    }
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
            b.iter(|| lay_out(&map, &mut TextHeights::default(), &fonts));
        });
        // As after an edit: the heights remembered.
        let mut heights = TextHeights::default();
        lay_out(&map, &mut heights, &fonts);
        layout.bench_function(BenchmarkId::new("again", cards), |b| {
            b.iter(|| lay_out(&map, &mut heights, &fonts));
        });
    }
    layout.finish();
}

/// Lays the map out as the editor does, measuring only the texts `heights` does not remember;
/// the number of cards laid out.
fn lay_out(map: &percorso::model::Map, heights: &mut TextHeights, fonts: &FontsMeasure) -> usize {
    let measure = heights.remembering(fonts, fonts.key());
    let cards = MapLayout::new(map, &ViewOptions::default(), &measure)
        .cards
        .len();
    measure.finish();
    cards
}

criterion_group!(benches, frame_benches);
criterion_main!(benches);
