//! PNGs that carry a map, built for tests and benchmarks (`benches/hostile.rs` includes this
//! file by path).

/// A PNG that claims `width` x `height` pixels, with `text` (if any) as its compressed map
/// chunk and a token of image data: the map reader never decodes pixels.
pub fn png_with_map(width: u32, height: u32, text: Option<&str>) -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().expect("a header");
        if let Some(text) = text {
            let mut chunk =
                png::text_metadata::ITXtChunk::new(percorso::file::png::MAP_KEYWORD, text);
            chunk.compressed = true;
            chunk.compress_text().expect("the text compresses");
            writer.write_text_chunk(&chunk).expect("the map chunk");
        }
        writer
            .write_chunk(png::chunk::IDAT, &[0x78, 0x9c, 0x03, 0x00])
            .expect("a token of image data");
    }
    bytes
}
