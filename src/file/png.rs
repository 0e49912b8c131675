//! Maps carried inside PNG images: an `iTXt` chunk with the keyword `percorso-map`.
//!
//! Reading looks only at the chunks before the image data and never decodes pixels, so a PNG
//! that claims a huge image costs nothing; the chunk's size and its inflated text are bounded.

use std::io::Cursor;

use super::error::ReadError;
use super::read::{MAX_FILE_BYTES, read_str};
use crate::model::Map;
use crate::t;

/// The keyword of the `iTXt` chunk that holds the map's canonical text.
pub const MAP_KEYWORD: &str = "percorso-map";

/// Bytes the PNG decoder may allocate while reading the chunks before the image data.
const DECODER_BYTES: usize = 80 * 1024 * 1024;

/// The map text embedded in a PNG.
pub fn embedded_text(bytes: &[u8]) -> Result<String, ReadError> {
    let limits = png::Limits {
        bytes: DECODER_BYTES,
    };
    let decoder = png::Decoder::new_with_limits(Cursor::new(bytes), limits);
    let reader = decoder
        .read_info()
        .map_err(|err| ReadError::whole_file(t!("png-unreadable", detail = err.to_string())))?;
    let Some(chunk) = reader
        .info()
        .utf8_text
        .iter()
        .find(|chunk| chunk.keyword == MAP_KEYWORD)
    else {
        return Err(ReadError::whole_file(t!("png-no-map")));
    };
    let mut chunk = chunk.clone();
    // The limit is in bytes; MAX_FILE_BYTES is 64 MiB, which fits usize on every target.
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    chunk.decompress_text_with_limit(limit).map_err(|err| {
        let message = err.to_string();
        // The png crate says "Try with a larger limit", which is not the user's to change.
        ReadError::whole_file(if message.contains("decompression space") {
            t!(
                "png-map-too-big",
                limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
            )
        } else {
            t!("png-map-damaged", detail = message)
        })
    })?;
    chunk
        .get_text()
        .map_err(|err| ReadError::whole_file(t!("png-map-not-text", detail = err.to_string())))
}

/// Reads the map embedded in a PNG; positions refer to the embedded text.
pub fn read_png(bytes: &[u8]) -> Result<Map, ReadError> {
    read_str(&embedded_text(bytes)?)
}
