//! The memory that 100 undo steps hold on a 10k-card map, measured on the heap with dhat.
//!
//! Run with `cargo bench --bench undo_memory`; it prints the figures recorded in BENCHMARKS.md.
#![allow(clippy::print_stdout)] // A measurement program prints its results.
#![allow(clippy::cast_precision_loss)] // Byte counts far below 2^52, printed as approximate sizes.

use percorso::app::Document;
use percorso::edit::{Edit, LaneAt, ops};
use percorso::synthetic;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn heap_bytes() -> usize {
    dhat::HeapStats::get().curr_bytes
}

fn main() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let map = synthetic::map_with_cards(10_000);
    let map_bytes = heap_bytes();
    let mut doc = Document::new(map, None, 0);
    let card = doc.map.personas[3].lanes[0].cards[5].id.clone();
    let stages: Vec<_> = doc.map.stages.iter().map(|s| s.id.clone()).collect();
    let before = heap_bytes();
    for step in 0..100 {
        let edit = if step % 2 == 0 {
            ops::move_cards(
                &doc.map,
                std::slice::from_ref(&card),
                LaneAt {
                    persona: 3,
                    lane: 0,
                },
                &stages[step % 8],
                0,
            )
            .unwrap_or_else(|| Edit::Batch(Vec::new()))
        } else {
            let place = doc.map.card_place(&card).expect("the card exists");
            let (at, index) = (place.lane, place.card);
            let mut edited = doc.map.personas[at.persona].lanes[at.lane].cards[index].clone();
            edited.text =
                format!("A typed change, step {step}, long enough to look like real card text");
            Edit::SetCard(at, index, edited)
        };
        doc.apply(edit, Vec::new(), None).expect("the edit applies");
    }
    let after = heap_bytes();
    println!("10k-card map on the heap: {:.1} MiB", mib(map_bytes));
    println!(
        "100 undo steps (moves and text edits): {} bytes ({:.1} KiB), {:.0} bytes per step",
        after - before,
        (after - before) as f64 / 1024.0,
        (after - before) as f64 / 100.0
    );
    let at = doc.map.card_place(&card).expect("the card exists").lane;
    let lane = doc.map.personas[at.persona].lanes[at.lane].clone();
    let before = heap_bytes();
    let mut big = Document::new(doc.map.clone(), None, 0);
    let cloned = heap_bytes() - before;
    let before = heap_bytes();
    for _ in 0..100 {
        // The worst case: deleting and restoring a whole lane of cards, held by its inverse.
        big.apply(Edit::RemoveLane(at), Vec::new(), None)
            .expect("the lane goes");
        big.apply(Edit::InsertLane(at, lane.clone()), Vec::new(), None)
            .expect("the lane comes back");
    }
    let held = heap_bytes() - before;
    println!(
        "200 undo steps removing and restoring a lane of {} cards: {:.1} MiB (the map itself: {:.1} MiB)",
        lane.cards.len(),
        mib(held),
        mib(cloned)
    );
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
