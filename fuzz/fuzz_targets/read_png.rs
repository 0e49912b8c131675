//! Any bytes given as a PNG: the reader of embedded maps must answer with a map or a message,
//! never panic, and stay within its memory limit (libFuzzer's -rss_limit_mb catches a breach).

#![no_main]

use libfuzzer_sys::fuzz_target;
use percorso::file;

fuzz_target!(|bytes: &[u8]| {
    let mut png = file::PNG_SIGNATURE.to_vec();
    // Most inputs start past the signature, so the fuzzer spends its time on the chunks.
    if !bytes.starts_with(&file::PNG_SIGNATURE) {
        png.extend_from_slice(bytes);
        let _ = file::png::read_png(&png);
    }
    let _ = file::read_bytes(bytes);
});
