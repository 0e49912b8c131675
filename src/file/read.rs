//! Reading a map: bytes or text in, a valid [`Map`] or every problem with its place out.
//!
//! Theory of operation: size and encoding are checked first, before anything is allocated for
//! the map. `ron` then parses the text with `implicit_some` on (so `Some(x)` and plain `x` both
//! work) under the model's limits. A parse error is reported at ron's position, unless the file
//! declares a newer format version, which explains any unknown field better. A parsed map is
//! validated, and each broken rule is located in the text through [`Outline`]. Nothing here
//! panics, whatever the bytes.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use ron::extensions::Extensions;
use serde::Deserialize;

use super::error::{Diagnostic, Position, ReadError};
use super::locate::Outline;
use crate::model::{self, FORMAT_VERSION, Map};
use crate::t;

/// The largest file the reader accepts, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The first bytes of every PNG file.
pub const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Reads a map from a file.
pub fn read_path(path: &Path) -> Result<Map, ReadError> {
    let bytes = read_bounded(path)?;
    read_bytes(&bytes)
}

/// Reads at most [`MAX_FILE_BYTES`] (plus one, to tell a larger file) from `path`.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, ReadError> {
    let cannot = |err: std::io::Error| {
        ReadError::whole_file(t!("read-cannot", reason = super::error::io_reason(&err)))
    };
    let file = File::open(path).map_err(cannot)?;
    let size = file.metadata().map_err(cannot)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_big(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(size: u64) -> ReadError {
    ReadError::whole_file(t!(
        "read-too-big",
        size = size.div_ceil(1024 * 1024).to_string(),
        limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
    ))
}

/// What kind of file holds a map, told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A map file (RON text), or anything else: the RON reader says what is wrong with it.
    Ron,
    /// A PNG exported by Percorso.
    Png,
    /// A PDF exported by Percorso.
    Pdf,
    /// An SVG exported by Percorso.
    Svg,
    /// A Mermaid journey.
    Mermaid,
}

impl Source {
    /// The kind of the file whose bytes are `bytes`.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Source {
        if bytes.starts_with(&PNG_SIGNATURE) {
            return Source::Png;
        }
        if bytes.starts_with(super::pdf::PDF_SIGNATURE) {
            return Source::Pdf;
        }
        // Only the head decides, so that a long file is not checked as UTF-8 twice.
        let head = &bytes[..bytes.len().min(4096)];
        let text = match std::str::from_utf8(head) {
            Ok(text) => text,
            Err(err) => std::str::from_utf8(&head[..err.valid_up_to()]).unwrap_or_default(),
        };
        if super::svg::is_svg(text) {
            Source::Svg
        } else if super::mermaid::is_mermaid(text) {
            Source::Mermaid
        } else {
            Source::Ron
        }
    }

    /// Whether the file is the map itself, which saving rewrites; the others (exports, a
    /// Mermaid journey) open as a new, untitled map, so that no save overwrites them.
    #[must_use]
    pub fn is_map_file(self) -> bool {
        self == Source::Ron
    }
}

/// The extensions of the files Percorso opens as maps.
pub const OPENED_EXTENSIONS: [&str; 6] = ["ron", "png", "pdf", "svg", "mmd", "mermaid"];

/// Reads a map from the bytes of a file: RON text, a PNG, PDF or SVG that carries a map, or a
/// Mermaid journey.
pub fn read_bytes(bytes: &[u8]) -> Result<Map, ReadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    match Source::of(bytes) {
        Source::Png => super::png::read_png(bytes),
        Source::Pdf => super::pdf::read_pdf(bytes),
        source => {
            let text = std::str::from_utf8(bytes).map_err(|err| not_utf8(bytes, &err))?;
            match source {
                Source::Svg => super::svg::read_svg(text),
                Source::Mermaid => super::mermaid::read_mermaid(text),
                _ => read_str(text),
            }
        }
    }
}

fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> ReadError {
    let valid = &bytes[..err.valid_up_to()];
    // The prefix is valid UTF-8 by definition of `valid_up_to`.
    let before = std::str::from_utf8(valid).unwrap_or_default();
    let position = end_position(before);
    ReadError {
        problems: vec![Diagnostic {
            position: Some(position),
            message: t!("read-not-utf8"),
        }],
    }
}

/// The position just after `text`.
fn end_position(text: &str) -> Position {
    let line = text.matches('\n').count() + 1;
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    Position { line, column }
}

/// Reads a map from RON text.
pub fn read_str(text: &str) -> Result<Map, ReadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let parsed = model::bounded::with_card_budget(|| ron_options().from_str::<Map>(text));
    let mut map = match parsed {
        Ok(map) => map,
        Err(err) => return Err(parse_failure(text, &err)),
    };
    if !(1..=FORMAT_VERSION).contains(&map.version) {
        return Err(located(text, &[version_problem(map.version)]));
    }
    let problems = model::validate(&map);
    if !problems.is_empty() {
        return Err(located(text, &problems));
    }
    map.canonicalize();
    Ok(map)
}

fn version_problem(version: u32) -> model::Problem {
    model::Problem {
        place: model::Place(vec![model::Step::Field("version")]),
        message: model::version_message(version),
    }
}

/// Reports a ron error, unless the text declares a newer version: then that is the news.
fn parse_failure(text: &str, err: &ron::error::SpannedError) -> ReadError {
    /// Only the version, ignoring every other field, to explain a newer file's unknown fields.
    #[derive(Deserialize)]
    #[serde(rename = "Map")]
    struct VersionOnly {
        version: u32,
    }
    if let Ok(VersionOnly { version }) = ron_options().from_str::<VersionOnly>(text)
        && version > FORMAT_VERSION
    {
        return located(text, &[version_problem(version)]);
    }
    let start = err.span.start;
    let position = past_whitespace(
        text,
        Position {
            line: start.line.max(1),
            column: start.col.max(1),
        },
    );
    let message = if text.trim().is_empty() {
        t!("read-empty")
    } else if rest_is_blank(text, position) {
        t!("read-ends-early")
    } else {
        match &err.code {
            ron::Error::IntegerOutOfBounds | ron::Error::InvalidValueForType { .. } => {
                out_of_range(Outline::parse(text).field_before(position), &err.code)
            }
            code => ron_message(code),
        }
    };
    ReadError {
        problems: vec![Diagnostic {
            position: Some(position),
            message,
        }],
    }
}

/// The first position at or after `position` that is not whitespace (ron often reports the
/// space before the value at fault); `position` itself if only whitespace follows.
fn past_whitespace(text: &str, position: Position) -> Position {
    let Some(line) = text.split('\n').nth(position.line - 1) else {
        return position;
    };
    let skipped = line
        .chars()
        .skip(position.column - 1)
        .take_while(|c| c.is_whitespace())
        .count();
    let rest = line.chars().count().saturating_sub(position.column - 1);
    if skipped < rest {
        Position {
            line: position.line,
            column: position.column + skipped,
        }
    } else {
        position
    }
}

/// Whether nothing but whitespace follows `position` in `text`.
fn rest_is_blank(text: &str, position: Position) -> bool {
    let mut lines = text.split('\n').skip(position.line - 1);
    let tail_of_line = lines.next().map_or("", |line| {
        line.char_indices()
            .nth(position.column - 1)
            .map_or("", |(i, _)| &line[i..])
    });
    tail_of_line.trim().is_empty() && lines.all(|line| line.trim().is_empty())
}

/// Says which values a numeric field takes, when ron found one out of range.
fn out_of_range(field: Option<&str>, code: &ron::Error) -> String {
    let range = match field {
        Some("votes") => t!("range-votes"),
        Some("severity") => t!("range-severity"),
        Some("version") => t!("range-version"),
        Some("min" | "max") => t!("range-scale"),
        Some("value") => t!("range-value"),
        _ => return ron_message(code),
    };
    let field = field.unwrap_or_default();
    match code {
        ron::Error::InvalidValueForType { found, .. } => {
            t!(
                "read-cannot-be",
                field = field,
                found = found_value(found),
                range = range
            )
        }
        _ => t!("read-out-of-range", field = field, range = range),
    }
}

fn located(text: &str, problems: &[model::Problem]) -> ReadError {
    let outline = Outline::parse(text);
    ReadError {
        problems: problems
            .iter()
            .map(|problem| Diagnostic {
                position: outline.find(&problem.place),
                message: problem.message.clone(),
            })
            .collect(),
    }
}

/// Says a ron error in the words of this format.
fn ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    if let Some(message) = field_message(code) {
        return message;
    }
    match code {
        E::InvalidValueForType { expected, found } => t!(
            "read-expected-found",
            expected = friendly_type(expected),
            found = found_value(found)
        ),
        E::ExpectedDifferentStructName { expected, found } => t!(
            "read-wrong-struct-name",
            expected = expected.to_string(),
            found = found.as_str()
        ),
        E::ExceededRecursionLimit => t!("read-too-deep"),
        E::Eof => t!("read-ends-early"),
        E::ExpectedStringEnd => t!("read-string-not-closed"),
        E::ExpectedFloat => t!("read-expected-number"),
        E::ExpectedInteger => t!("read-expected-whole-number"),
        E::ExpectedString => t!("read-expected-string"),
        E::ExpectedComma => t!("read-expected-comma"),
        E::Message(message) => message.clone(),
        other => t!("read-not-ron", detail = lowercase_first(&other.to_string())),
    }
}

/// Says an error about a field or a value's name (unknown, missing, twice), if `code` is one.
fn field_message(code: &ron::Error) -> Option<String> {
    use ron::Error as E;
    let list = |names: &[&str]| names.join(", ");
    Some(match code {
        E::NoSuchStructField {
            expected,
            found,
            outer: Some(outer),
        } => t!(
            "read-unknown-field-in",
            found = found.as_str(),
            outer = outer.as_str(),
            fields = list(expected)
        ),
        E::NoSuchStructField {
            expected, found, ..
        } => t!(
            "read-unknown-field",
            found = found.as_str(),
            fields = list(expected)
        ),
        E::MissingStructField {
            field,
            outer: Some(outer),
        } => t!(
            "read-missing-field-in",
            field = field.to_string(),
            outer = outer.as_str()
        ),
        E::MissingStructField { field, .. } => t!("read-missing-field", field = field.to_string()),
        E::DuplicateStructField {
            field,
            outer: Some(outer),
        } => t!(
            "read-duplicate-field-in",
            field = field.to_string(),
            outer = outer.as_str()
        ),
        E::DuplicateStructField { field, .. } => {
            t!("read-duplicate-field", field = field.to_string())
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: Some(outer),
        } => t!(
            "read-unknown-value-for",
            found = found.as_str(),
            outer = outer.as_str(),
            values = list(expected)
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => t!(
            "read-unknown-value",
            found = found.as_str(),
            values = list(expected)
        ),
        _ => return None,
    })
}

fn friendly_type(expected: &str) -> String {
    match expected {
        "u8" => t!("type-whole-number-to", max = u8::MAX),
        "u32" => t!("type-whole-number-to", max = u32::MAX),
        "i32" => t!("type-whole-number"),
        "f64" => t!("type-number"),
        other => other.to_owned(),
    }
}

/// What ron found, as serde describes it ("integer `7`", "a sequence"), in the current
/// language: the kind of value is translated, the value itself is the file's.
fn found_value(found: &str) -> String {
    /// How serde starts its description of a kind of value, and that kind in words.
    type Kind = (&'static str, fn() -> String);
    let kinds: [Kind; 13] = [
        ("boolean", || t!("found-boolean")),
        ("integer", || t!("found-integer")),
        ("floating point", || t!("found-float")),
        ("character", || t!("found-character")),
        ("string", || t!("found-string")),
        ("byte array", || t!("found-bytes")),
        ("unit value", || t!("found-unit")),
        ("Option value", || t!("found-option")),
        ("newtype struct", || t!("found-newtype")),
        ("sequence", || t!("found-sequence")),
        ("map", || t!("found-map")),
        ("unit variant", || t!("found-unit-variant")),
        ("enum", || t!("found-enum")),
    ];
    let found = found
        .strip_prefix("a ")
        .or_else(|| found.strip_prefix("an "))
        .unwrap_or(found);
    for (prefix, kind) in kinds {
        if let Some(value) = found.strip_prefix(prefix) {
            let value = value.trim();
            return if value.is_empty() {
                kind()
            } else {
                format!("{} {value}", kind())
            };
        }
    }
    found.to_owned()
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}
