//! The format corpus: valid files that must read (and read alike), invalid files (maps, and
//! PDFs, SVGs and Mermaid journeys that carry broken maps or none) whose exact messages are
//! kept beside them in `NAME.expected` (English) and `NAME.it.expected` (Italian).
//!
//! To refresh the expected messages after a deliberate change of wording, run
//! `PERCORSO_BLESS=1 cargo test --test corpus` and review the diff of `tests/corpus/invalid`.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::fs;
use std::path::{Path, PathBuf};

use percorso::file;
use percorso::lang::{self, Language};

fn corpus(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ["ron", "pdf", "svg", "mmd"].iter().any(|e| ext == *e))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {folder}");
    files
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn valid_files_read() {
    for path in corpus("valid") {
        if let Err(err) = file::read_path(&path) {
            panic!(
                "{} should be valid:\n{}",
                name(&path),
                err.render(&name(&path)).join("\n")
            );
        }
    }
}

#[test]
fn every_spelling_of_the_forms_map_reads_to_the_same_map() {
    let forms: Vec<PathBuf> = corpus("valid")
        .into_iter()
        .filter(|path| name(path).starts_with("forms-"))
        .collect();
    assert!(forms.len() >= 3);
    let reference = file::read_path(&forms[0]).unwrap();
    assert_eq!(reference.stages[0].metrics[1].unit, "%");
    assert_eq!(reference.personas[0].lanes[0].cards[1].severity, Some(3));
    for path in &forms[1..] {
        let map = file::read_path(path).unwrap();
        assert_eq!(
            map,
            reference,
            "{} differs from {}",
            name(path),
            name(&forms[0])
        );
    }
}

#[test]
fn unicode_and_escapes_survive() {
    let path = corpus("valid")
        .into_iter()
        .find(|p| name(p) == "unicode.ron")
        .unwrap();
    let map = file::read_path(&path).unwrap();
    assert_eq!(map.title, "Percorso d'acquisto — 顧客の旅 🎸");
    assert_eq!(
        map.description,
        "Line one\nLine two, with a \"quote\", a tab\tand a backslash \\"
    );
    assert_eq!(map.personas[0].name, "Zoë 👩‍🎤");
    let again = file::read_str(&file::to_canonical_string(&map)).unwrap();
    assert_eq!(again, map);
}

/// Compares every invalid file's messages in `language` with `NAME.SUFFIX` (or, with
/// `PERCORSO_BLESS` set, writes them there).
fn invalid_files_say_in(language: Language, suffix: &str) {
    lang::set(language);
    let bless = std::env::var_os("PERCORSO_BLESS").is_some();
    let mut mismatches = Vec::new();
    for path in corpus("invalid") {
        let expected_path = path.with_extension(suffix);
        let actual = match file::read_path(&path) {
            Ok(_) => format!("{} was read as valid", name(&path)),
            Err(err) => err.render(&name(&path)).join("\n"),
        };
        if bless {
            fs::write(&expected_path, format!("{actual}\n")).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .{suffix} file", name(&path)));
        if expected.trim_end() != actual {
            mismatches.push(format!(
                "{}:\n  expected: {}\n  actual:   {actual}",
                name(&path),
                expected.trim_end()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn invalid_files_give_the_expected_messages() {
    invalid_files_say_in(Language::English, "expected");
}

#[test]
fn invalid_files_give_the_expected_messages_in_italian() {
    invalid_files_say_in(Language::Italian, "it.expected");
}

/// Inputs the fuzzers (`fuzz/`) found interesting, replayed with the fuzz targets' checks: the
/// reader answers each with a map or messages, and a map it accepts survives the canonical
/// writer. PNG inputs are kept whole (with their signature).
#[test]
fn fuzz_inputs_are_answered_and_what_reads_survives_the_writer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/fuzz");
    let (mut accepted, mut refused) = (0, 0);
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        match file::read_bytes(&bytes) {
            Ok(map) => {
                accepted += 1;
                let text = file::to_canonical_string(&map);
                let again = file::read_str(&text)
                    .unwrap_or_else(|err| panic!("{}: {:?}", name(&path), err.render("canonical")));
                assert_eq!(again, map, "{}", name(&path));
            }
            Err(err) => {
                refused += 1;
                assert!(!err.render("f").is_empty(), "{}", name(&path));
            }
        }
    }
    assert!(
        accepted >= 10 && refused >= 10,
        "{accepted} accepted, {refused} refused"
    );
}
