//! Files: reading maps (RON text, or a PNG, PDF or SVG with an embedded map), the canonical writer, the
//! atomic save, and the built-in templates. Knows nothing of egui.

mod error;
mod locate;
pub mod mermaid;
pub mod pdf;
pub mod photo;
pub mod png;
mod read;
pub mod svg;
pub mod templates;
mod write;

pub use error::{Diagnostic, Position, ReadError, SaveError, io_reason};
pub use read::{
    MAX_FILE_BYTES, OPENED_EXTENSIONS, PNG_SIGNATURE, Source, read_bounded, read_bytes, read_path,
    read_str,
};
pub use write::{
    Privacy, SaveStep, save, to_canonical_string, write_atomically, write_atomically_with,
    write_atomically_with_faults, write_privately,
};
