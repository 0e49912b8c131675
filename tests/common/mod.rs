//! Shared by the tests: a graphics device or a reason to skip, closing the window, and PNGs
//! that carry a map.
//!
//! On a machine without any graphics adapter (not even Mesa's software one) rendering tests
//! cannot run; they say so and skip, so that `cargo test` passes with only the Rust toolchain.
//! Under CI (`CI` set), which installs Mesa's drivers, a missing adapter is a failure instead.

#![allow(dead_code)] // Each test binary uses its own part of this module.

use percorso::export::Gpu;

/// A headless device, or `None` (with a message) where none exists outside CI.
pub fn gpu() -> Option<Gpu> {
    match Gpu::headless() {
        Ok(gpu) => Some(gpu),
        Err(error) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped, no graphics adapter: {error}");
            None
        }
        Err(error) => panic!("CI must render: {error}"),
    }
}

/// Whether this machine can render (see [`gpu`]).
pub fn can_render() -> bool {
    gpu().is_some()
}

/// Asks the window to close, as its close button does, and lets the app answer.
pub fn request_close<S>(harness: &mut egui_kittest::Harness<'_, S>) {
    root_events(harness).push(egui::ViewportEvent::Close);
    harness.step();
    root_events(harness).clear();
    harness.run();
}

fn root_events<'h, S>(
    harness: &'h mut egui_kittest::Harness<'_, S>,
) -> &'h mut Vec<egui::ViewportEvent> {
    &mut harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
}

/// A PNG that claims `width` x `height` pixels, with `text` (if any) as its compressed map
/// chunk and a token of image data: the map reader never decodes pixels.
pub fn png_with_map(width: u32, height: u32, text: Option<&str>) -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().unwrap();
        if let Some(text) = text {
            let mut chunk =
                png::text_metadata::ITXtChunk::new(percorso::file::png::MAP_KEYWORD, text);
            chunk.compressed = true;
            chunk.compress_text().unwrap();
            writer.write_text_chunk(&chunk).unwrap();
        }
        writer
            .write_chunk(png::chunk::IDAT, &[0x78, 0x9c, 0x03, 0x00])
            .unwrap();
    }
    bytes
}
