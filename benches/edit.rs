//! One editing gesture on a 10k-card map: building the edit, applying it through the document
//! (with its undo checkpoint), and laying the map out again, as the app does after a drop.
//!
//! The `app` group measures it as the window runs it: a frame of the real App at 100 % (which
//! measures only the texts it shows, so egui's text cache holds only those), the edit asked for
//! in that frame and applied at its end, then the next frame, which lays the map out again and
//! draws it. The `layout` group measures the edit and a relayout alone, with egui's text cache
//! warm for every card (which the app never has).
//!
//! Run with `cargo bench --bench edit`; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

#[path = "support/frame.rs"]
mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use percorso::app::{Action, Document};
use percorso::edit::Edit;
use percorso::edit::{LaneAt, ops};
use percorso::layout::{MapLayout, ViewOptions};
use percorso::paint::EguiMeasure;
use percorso::synthetic;
use support::{frame, settled_app, show_top_left_at_100};

fn edit_benches(c: &mut Criterion) {
    let ctx = egui::Context::default();
    ctx.set_fonts(percorso::theme::fonts());
    let mut warm = ctx.run_ui(egui::RawInput::default(), |_| {});
    warm.textures_delta.clear();
    let map = synthetic::map_with_cards(10_000);
    let mut doc = Document::new(map, None, 0);
    let view = ViewOptions::default();
    let mut layout = MapLayout::new(&doc.map, &view, &EguiMeasure(&ctx));
    let card = doc.map.personas[3].lanes[0].cards[5].id.clone();
    let stages = [doc.map.stages[2].id.clone(), doc.map.stages[6].id.clone()];
    let mut flip = 0;
    c.bench_function("move a card and relayout, 10k cards", |b| {
        b.iter(|| {
            flip = 1 - flip;
            let edit = ops::move_cards(
                &doc.map,
                std::slice::from_ref(&card),
                LaneAt {
                    persona: 3,
                    lane: 0,
                },
                &stages[flip],
                0,
            )
            .expect("the card moves between two stages");
            doc.apply(edit, Vec::new(), None).expect("the edit applies");
            layout = MapLayout::new(&doc.map, &view, &EguiMeasure(&ctx));
            black_box(layout.cards.len())
        });
    });
    c.bench_function("edit a card's text and relayout, 10k cards", |b| {
        let mut n = 0u64;
        b.iter(|| {
            n += 1;
            let place = doc.map.card_place(&card).expect("the card exists");
            let (at, index) = (place.lane, place.card);
            let mut edited = doc.map.personas[at.persona].lanes[at.lane].cards[index].clone();
            edited.text = format!("Edited text number {n}");
            doc.apply(
                percorso::edit::Edit::SetCard(at, index, edited),
                Vec::new(),
                None,
            )
            .expect("the edit applies");
            layout = MapLayout::new(&doc.map, &view, &EguiMeasure(&ctx));
            black_box(layout.cards.len())
        });
    });
}

fn app_benches(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut app = settled_app(&ctx, 10_000);
    show_top_left_at_100(&ctx, &mut app);
    let at = LaneAt {
        persona: 3,
        lane: 0,
    };
    let mut n = 0u64;
    c.bench_function(
        "app: edit a card's text, then the next frame, 10k cards",
        |b| {
            b.iter(|| {
                n += 1;
                let mut edited = app.map().personas[3].lanes[0].cards[5].clone();
                edited.text = format!("Edited text number {n}");
                app.request(Action::edit(Edit::SetCard(at, 5, edited), Vec::new()));
                // The frame in which the edit is made, then the one that shows it.
                frame(&ctx, &mut app);
                black_box(frame(&ctx, &mut app))
            });
        },
    );
    let card = app.map().personas[3].lanes[0].cards[7].id.clone();
    let stages = [
        app.map().stages[2].id.clone(),
        app.map().stages[6].id.clone(),
    ];
    let mut flip = 0;
    c.bench_function(
        "app: move a card to another stage, then the next frame, 10k cards",
        |b| {
            b.iter(|| {
                flip = 1 - flip;
                let edit =
                    ops::move_cards(app.map(), std::slice::from_ref(&card), at, &stages[flip], 0)
                        .expect("the card moves between two stages");
                app.request(Action::edit(edit, Vec::new()));
                frame(&ctx, &mut app);
                black_box(frame(&ctx, &mut app))
            });
        },
    );
    c.bench_function("app: two frames without an edit, 10k cards", |b| {
        b.iter(|| {
            frame(&ctx, &mut app);
            black_box(frame(&ctx, &mut app))
        });
    });
}

criterion_group!(benches, edit_benches, app_benches);
criterion_main!(benches);
