//! Reading + validating and writing generated maps of 1k, 10k and 100k cards.
//!
//! Run with `cargo bench --bench file`; the figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use percorso::{file, synthetic};

fn file_benches(c: &mut Criterion) {
    let mut read = c.benchmark_group("read_and_validate");
    read.sample_size(20);
    for cards in [1_000, 10_000, 100_000] {
        let text = file::to_canonical_string(&synthetic::map_with_cards(cards));
        read.throughput(Throughput::Elements(cards as u64));
        read.bench_with_input(BenchmarkId::from_parameter(cards), &text, |b, text| {
            b.iter(|| file::read_str(black_box(text)).map(|map| map.card_count()));
        });
    }
    read.finish();

    let mut write = c.benchmark_group("write");
    write.sample_size(20);
    for cards in [1_000, 10_000, 100_000] {
        let map = synthetic::map_with_cards(cards);
        write.throughput(Throughput::Elements(cards as u64));
        write.bench_with_input(BenchmarkId::from_parameter(cards), &map, |b, map| {
            b.iter(|| file::to_canonical_string(black_box(map)).len());
        });
    }
    write.finish();
}

criterion_group!(benches, file_benches);
criterion_main!(benches);
