//! Any bytes given as a PDF, an SVG or a Mermaid journey: the readers of maps carried in
//! shared files must answer with a map or a message, never panic, and stay within their memory
//! limit (libFuzzer's -rss_limit_mb catches a breach). Seed it with Percorso's own exports
//! (`percorso export maps/guitar.ron -o seeds/guitar.pdf`, `.svg`, `.mmd`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use percorso::file;

fuzz_target!(|bytes: &[u8]| {
    if !bytes.starts_with(file::pdf::PDF_SIGNATURE) {
        let mut pdf = file::pdf::PDF_SIGNATURE.to_vec();
        pdf.extend_from_slice(bytes);
        let _ = file::pdf::read_pdf(&pdf);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = file::svg::read_svg(text);
        let _ = file::mermaid::read_mermaid(text);
    }
    let _ = file::read_bytes(bytes);
});
