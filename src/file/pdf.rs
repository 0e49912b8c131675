//! Maps carried inside PDF documents: an embedded file named `percorso-map.ron` (in the
//! document's `EmbeddedFiles` name tree) holding the map's canonical text, as Percorso's PDF
//! export writes it.
//!
//! The PDF is parsed with `hayro-syntax` (a reader made for untrusted files); only the
//! attachment is looked at, never the pages. The attachment's stream is inflated here, under the
//! reader's size limit, so that a small file claiming a huge attachment costs nothing.

use std::io::Read;

use hayro_syntax::object::{Array, Dict, Stream};
use hayro_syntax::{Filter, Pdf};

use super::error::ReadError;
use super::read::{MAX_FILE_BYTES, read_str};
use crate::model::Map;
use crate::t;

/// The first bytes of every PDF file.
pub const PDF_SIGNATURE: &[u8] = b"%PDF-";

/// The name of the embedded file that holds the map.
pub const MAP_ATTACHMENT: &str = "percorso-map.ron";

/// How deep a name tree is followed (Percorso writes one level; real trees are shallow).
const MAX_TREE_DEPTH: usize = 8;

/// The map text embedded in a PDF.
pub fn embedded_text(bytes: &[u8]) -> Result<String, ReadError> {
    let pdf = Pdf::new(bytes.to_vec()).map_err(|err| {
        ReadError::whole_file(match err {
            hayro_syntax::LoadPdfError::Decryption(_) => t!("pdf-encrypted"),
            hayro_syntax::LoadPdfError::Invalid => t!("pdf-unreadable"),
        })
    })?;
    let xref = pdf.xref();
    let catalog: Dict = xref
        .get(xref.root_id())
        .ok_or_else(|| ReadError::whole_file(t!("pdf-unreadable")))?;
    let stream = catalog
        .get::<Dict>(b"Names")
        .and_then(|names| names.get::<Dict>(b"EmbeddedFiles"))
        .and_then(|tree| find_attachment(&tree, 0))
        .ok_or_else(|| ReadError::whole_file(t!("pdf-no-map")))?;
    let data = inflate(&stream)?;
    String::from_utf8(data).map_err(|_| ReadError::whole_file(t!("pdf-map-not-text")))
}

/// Reads the map embedded in a PDF; positions refer to the embedded text.
pub fn read_pdf(bytes: &[u8]) -> Result<Map, ReadError> {
    read_str(&embedded_text(bytes)?)
}

/// The stream of the file named [`MAP_ATTACHMENT`] in the name tree `node`.
fn find_attachment<'a>(node: &Dict<'a>, depth: usize) -> Option<Stream<'a>> {
    if depth > MAX_TREE_DEPTH {
        return None;
    }
    if let Some(names) = node.get::<Array>(b"Names") {
        let mut entries = names.flex_iter();
        while let Some(name) = entries.next::<hayro_syntax::object::String>() {
            let spec = entries.next::<Dict>()?;
            if name.as_bytes() == MAP_ATTACHMENT.as_bytes() {
                return spec.get::<Dict>(b"EF")?.get::<Stream>(b"F");
            }
        }
    }
    let kids = node.get::<Array>(b"Kids")?;
    kids.iter::<Dict>()
        .find_map(|kid| find_attachment(&kid, depth + 1))
}

/// The attachment's bytes: stored, or deflated (as Percorso writes it), at most
/// [`MAX_FILE_BYTES`] once inflated.
fn inflate(stream: &Stream) -> Result<Vec<u8>, ReadError> {
    let raw = stream.raw_data();
    let too_big = || {
        ReadError::whole_file(t!(
            "pdf-map-too-big",
            limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
        ))
    };
    let filters = stream.filters();
    let data = match filters.as_slice() {
        [] => raw.into_owned(),
        [Filter::FlateDecode] => {
            let mut data = Vec::new();
            flate2::read::ZlibDecoder::new(raw.as_ref())
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut data)
                .map_err(|_| ReadError::whole_file(t!("pdf-map-damaged")))?;
            data
        }
        _ => return Err(ReadError::whole_file(t!("pdf-map-encoding"))),
    };
    if data.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(data)
}
