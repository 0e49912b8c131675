//! One editing gesture on a 10k-card map: building the edit, applying it through the document
//! (with its undo checkpoint), and laying the map out again, as the app does after a drop.
//!
//! Run with `cargo bench --bench edit`; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use percorso::app::{Document, EguiMeasure};
use percorso::edit::{LaneAt, ops};
use percorso::layout::{MapLayout, ViewOptions};
use percorso::synthetic;

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
            let (at, index) = ops::find_card(&doc.map, &card).expect("the card exists");
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

criterion_group!(benches, edit_benches);
criterion_main!(benches);
