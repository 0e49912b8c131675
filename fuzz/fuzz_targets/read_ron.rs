//! Any bytes given to the map reader: it must answer with a map or a message, never panic,
//! and a map it accepts must survive the canonical writer (written, read back, equal).

#![no_main]

use libfuzzer_sys::fuzz_target;
use percorso::file;

fuzz_target!(|bytes: &[u8]| {
    let Ok(map) = file::read_bytes(bytes) else {
        return;
    };
    let text = file::to_canonical_string(&map);
    let again = file::read_str(&text).unwrap_or_else(|err| {
        panic!("the canonical text of an accepted map is refused: {err}\n{text}")
    });
    assert_eq!(again, map, "the canonical text reads back to another map");
    assert_eq!(file::to_canonical_string(&again), text, "canonical text not stable");
});
