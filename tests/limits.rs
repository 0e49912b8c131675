//! The format's limits: each accepted at the limit and refused one past it, with a message.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::fmt::Write as _;

use percorso::file::{self, MAX_FILE_BYTES};

mod common;

fn messages(text: &str) -> Vec<String> {
    match file::read_str(text) {
        Ok(_) => Vec::new(),
        Err(err) => err.render("f.ron"),
    }
}

fn stages(count: usize) -> String {
    let mut text = String::from("(version: 1, title: \"\", stages: [\n");
    for i in 0..count {
        writeln!(text, "(id: \"s{i}\", name: \"S\"),").unwrap();
    }
    text + "])"
}

#[test]
fn stages_limit() {
    assert!(messages(&stages(1_000)).is_empty());
    assert_eq!(
        messages(&stages(1_001)),
        ["f.ron:1002:26: error: more than 1,000 stages in the map; the limit is 1,000"]
    );
}

fn personas(count: usize, lanes: usize) -> String {
    let mut text = String::from("(version: 1, title: \"\", personas: [\n");
    for p in 0..count {
        write!(text, "(id: \"p{p}\", name: \"P\", lanes: [").unwrap();
        for l in 0..lanes {
            write!(text, "(id: \"p{p}l{l}\", kind: Notes),").unwrap();
        }
        text.push_str("]),\n");
    }
    text + "])"
}

#[test]
fn personas_limit() {
    assert!(messages(&personas(200, 1)).is_empty());
    let refused = messages(&personas(201, 1));
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].ends_with("error: more than 200 personas in the map; the limit is 200"),
        "{refused:?}"
    );
}

#[test]
fn lanes_per_persona_limit() {
    assert!(messages(&personas(1, 100)).is_empty());
    let refused = messages(&personas(1, 101));
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].ends_with("error: more than 100 lanes in one persona; the limit is 100"),
        "{refused:?}"
    );
}

fn cards(count: usize) -> String {
    // Spread over lanes of several personas, so only the map-wide total can refuse them.
    let mut text =
        String::from("(version: 1, title: \"\", stages: [(id: \"s\", name: \"S\")], personas: [\n");
    let per_lane = 10_000;
    let lanes = count.div_ceil(per_lane);
    for l in 0..lanes {
        write!(
            text,
            "(id: \"p{l}\", name: \"P\", lanes: [(id: \"l{l}\", kind: Notes, cards: ["
        )
        .unwrap();
        for c in (l * per_lane)..count.min((l + 1) * per_lane) {
            write!(text, "(id: \"c{c}\", stage: \"s\", text: \"\"),").unwrap();
        }
        text.push_str("])]),\n");
    }
    text + "])"
}

#[test]
fn cards_limit_counts_all_lanes_together() {
    assert!(messages(&cards(200_000)).is_empty());
    let refused = messages(&cards(200_001));
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].ends_with("error: more than 200,000 cards in the map; the limit is 200,000"),
        "{refused:?}"
    );
}

#[test]
fn string_limit_counts_characters() {
    let at_limit = format!("(version: 1, title: \"{}\")", "è".repeat(10_000));
    assert!(messages(&at_limit).is_empty());
    let over = format!("(version: 1, title: \"{}\")", "è".repeat(10_001));
    assert_eq!(
        messages(&over),
        [
            "f.ron:1:22: error: text of 10,001 characters is longer than the limit of 10,000 characters"
        ]
    );
}

#[test]
fn file_size_limit_is_checked_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES + 1024 * 1024).unwrap();
    let err = file::read_path(&path).unwrap_err();
    assert_eq!(
        err.render("huge.ron"),
        ["huge.ron: error: the file is 65 MiB; the limit is 64 MiB (is it really a Percorso map?)"]
    );
    let bytes = vec![b' '; usize::try_from(MAX_FILE_BYTES).unwrap() + 1];
    assert!(
        file::read_bytes(&bytes)
            .unwrap_err()
            .to_string()
            .contains("the limit is 64 MiB")
    );
}

#[test]
fn avatar_size_limit() {
    use percorso::model::avatar;
    let header = |side: u32| {
        let mut bytes = vec![
            0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n', 0, 0, 0, 13,
        ];
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&side.to_be_bytes());
        bytes.extend_from_slice(&side.to_be_bytes());
        bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
        avatar::encode(&bytes)
    };
    let map = |side| {
        format!(
            "(version: 1, title: \"\", personas: [(id: \"p\", name: \"P\",\n avatar: \"{}\")])",
            header(side)
        )
    };
    assert!(messages(&map(512)).is_empty());
    assert_eq!(
        messages(&map(600)),
        ["f.ron:2:10: error: avatar of persona \"p\" is 600 x 600 pixels; the limit is 512 x 512"]
    );
}

#[test]
fn a_png_claiming_a_huge_image_is_read_without_touching_pixels() {
    let map = "(version: 1, title: \"tiny map, giant image\")";
    let giant = common::map_png::png_with_map(1_000_000, 1_000_000, Some(map));
    assert!(
        giant.len() < 1_000,
        "a few hundred bytes claim 4 TB of pixels"
    );
    assert_eq!(
        file::read_bytes(&giant).unwrap().title,
        "tiny map, giant image"
    );
    let no_map = common::map_png::png_with_map(1_000_000, 1_000_000, None);
    assert_eq!(
        file::read_bytes(&no_map).unwrap_err().render("giant.png"),
        [
            "giant.png: error: this PNG carries no Percorso map: only PNGs exported by Percorso can be opened; open the map's .ron file instead"
        ]
    );
}

#[test]
fn a_png_whose_map_inflates_past_the_limit_is_refused() {
    // 64 MiB and one byte of text compress to about 300 KB: a zip bomb in a text chunk.
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap();
    let mut text = String::from("(version: 1, title: \"bomb\")");
    text.push_str(&" ".repeat(limit + 1 - text.len()));
    let bomb = common::map_png::png_with_map(1, 1, Some(&text));
    assert!(bomb.len() < 400_000, "{} bytes", bomb.len());
    assert_eq!(
        file::read_bytes(&bomb).unwrap_err().render("bomb.png"),
        [
            "bomb.png: error: the map inside this PNG unpacks to more than 64 MiB of text, the limit (is it really an image exported by Percorso?)"
        ]
    );
    // At the limit it unpacks (and is then an ordinary map with trailing spaces).
    text.pop();
    assert_eq!(
        file::read_bytes(&common::map_png::png_with_map(1, 1, Some(&text)))
            .unwrap()
            .title,
        "bomb"
    );
}

#[test]
fn nesting_deeper_than_the_reader_allows_is_refused_with_a_position() {
    let depth = 100_000;
    let text = format!(
        "(version: 1, title: \"deep\", stages: {}{})",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    // Refused at the first bracket that is not a stage: the depth never builds up.
    assert_eq!(
        messages(&text),
        ["f.ron:1:38: error: expected opening `(` for struct `Stage`"]
    );
}
