//! Hostile input: how long the reader takes to refuse each kind, and the most heap it uses while
//! doing so (dhat), beyond the input's own bytes.
//!
//! Run with `cargo bench --bench hostile`; it prints the table recorded in BENCHMARKS.md. Each
//! case runs in a process of its own (this program started again with the case's name), so
//! that one case's peak does not hide another's.
#![allow(clippy::print_stdout)] // A measurement program prints its results.
#![allow(clippy::cast_precision_loss)] // Byte counts far below 2^52, printed as MiB.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use percorso::file::{self, MAX_FILE_BYTES};

#[path = "../tests/common/map_png.rs"]
mod map_png;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

const CASES: [&str; 6] = [
    "file-65-mib",
    "string-10001",
    "cards-200001",
    "nesting-100000",
    "png-inflates-past-64-mib",
    "png-claims-10^12-pixels",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--case") {
        run_case(&args[at + 1], Path::new(&args[at + 2]));
        return;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    println!("| input | file size | refused in | peak heap beyond the input | message |");
    println!("|---|---:|---:|---:|---|");
    for case in CASES {
        let input = folder.path().join(case);
        write_input(case, &input);
        let out = Command::new(std::env::current_exe().expect("this program"))
            .args(["--case", case])
            .arg(&input)
            .output()
            .expect("the case runs");
        print!("{}", String::from_utf8_lossy(&out.stdout));
    }
}

fn write_input(case: &str, path: &Path) {
    let bytes: Vec<u8> = match case {
        "file-65-mib" => {
            let file = std::fs::File::create(path).expect("the input");
            file.set_len(MAX_FILE_BYTES + 1024 * 1024).expect("a sparse file");
            return;
        }
        "string-10001" => format!("(version: 1, title: \"{}\")", "è".repeat(10_001)).into(),
        "cards-200001" => cards(200_001).into(),
        "nesting-100000" => format!(
            "(version: 1, title: \"\", stages: [(id: \"s\", name: \"S\", metrics: [(name: \"m\", value: {}{})])])",
            "[".repeat(100_000),
            "]".repeat(100_000)
        )
        .into(),
        "png-inflates-past-64-mib" => {
            let limit = usize::try_from(MAX_FILE_BYTES).expect("64 MiB fits");
            map_png::png_with_map(1, 1, Some(&" ".repeat(limit + 1)))
        }
        _ => map_png::png_with_map(1_000_000, 1_000_000, Some("(version: 1, title: \"tiny\")")),
    };
    std::fs::write(path, bytes).expect("the input");
}

fn cards(count: usize) -> String {
    let mut text =
        String::from("(version: 1, title: \"\", stages: [(id: \"s\", name: \"S\")], personas: [\n");
    for lane in 0..count.div_ceil(10_000) {
        let _ = write!(
            text,
            "(id: \"p{lane}\", name: \"P\", lanes: [(id: \"l{lane}\", kind: Notes, cards: ["
        );
        for card in (lane * 10_000)..count.min((lane + 1) * 10_000) {
            let _ = write!(text, "(id: \"c{card}\", stage: \"s\", text: \"\"),");
        }
        text.push_str("])]),\n");
    }
    text + "])"
}

fn run_case(case: &str, input: &Path) {
    let size = std::fs::metadata(input).map_or(0, |m| m.len());
    let bytes = if case == "file-65-mib" {
        Vec::new()
    } else {
        std::fs::read(input).expect("the input")
    };
    let read = || {
        if case == "file-65-mib" {
            file::read_path(input)
        } else {
            file::read_bytes(&bytes)
        }
    };
    // Timed first, without the profiler, whose bookkeeping slows every allocation.
    let started = Instant::now();
    let _ = read();
    let elapsed = started.elapsed();
    let _profiler = dhat::Profiler::builder().testing().build();
    let before = dhat::HeapStats::get();
    let result = read();
    let peak = dhat::HeapStats::get()
        .max_bytes
        .saturating_sub(before.curr_bytes);
    let message = match result {
        Ok(map) => format!("read: \"{}\" (pixels never decoded)", map.title),
        Err(err) => err.render(case).join(" "),
    };
    let message: String = message.chars().take(140).collect();
    println!(
        "| {case} | {:.1} MiB | {:.1} ms | {:.1} MiB | {message} |",
        size as f64 / 1_048_576.0,
        elapsed.as_secs_f64() * 1000.0,
        peak as f64 / 1_048_576.0
    );
}
