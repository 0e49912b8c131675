//! Drafts: the unsaved state of a window's map, written while the user edits so that a crash,
//! a kill or a power cut loses at most the last seconds of work.
//!
//! A draft is a map file whose first line is a comment carrying where the map came from and
//! when the draft was written, so `percorso check` and the editor can read it as a map:
//!
//! ```text
//! // percorso-draft: (original:Some("/home/ada/client.ron"),base:Some(123…),written:1795000000000)
//! (
//!     version: 1,
//!     ...
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{DataDir, from_unix_millis, session, unix_millis};
use crate::file::{self, SaveError};
use crate::model::Map;

/// What starts the first line of a draft.
const HEADER_PREFIX: &str = "// percorso-draft: ";

/// The first line's content.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    original: Option<String>,
    /// The digest of the original file as it was on disk when the changes began.
    #[serde(default)]
    base: Option<u64>,
    written: u64,
}

/// A draft read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The draft's own file.
    pub file: PathBuf,
    /// The file the map was opened from or last saved to; `None` for an untitled map.
    pub original: Option<PathBuf>,
    /// The [`super::stable_digest`] of the original file as it was on disk under the changes,
    /// to tell whether it changed since.
    pub base: Option<u64>,
    /// When the draft was written.
    pub written: SystemTime,
    /// The map with its unsaved changes.
    pub map: Map,
}

/// A draft that could not be read, moved aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Where the draft is kept now.
    pub kept_at: PathBuf,
    /// Why it could not be read.
    pub reasons: Vec<String>,
}

/// What the windows that are gone left behind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeftBehind {
    /// Drafts to offer, newest first.
    pub drafts: Vec<Draft>,
    /// Drafts set aside because they could not be read.
    pub unreadable: Vec<Unreadable>,
}

/// The text of a draft of `map`, changed from `original` (whose bytes on disk had the digest
/// `base`), written at `written`.
#[must_use]
pub fn draft_text(
    map: &Map,
    original: Option<&Path>,
    base: Option<u64>,
    written: SystemTime,
) -> String {
    let header = Header {
        original: original.map(|p| p.display().to_string()),
        base,
        written: unix_millis(written),
    };
    // A struct of a string and a number always serializes; the fallback keeps the map.
    let header = ron::to_string(&header).unwrap_or_default();
    format!(
        "{HEADER_PREFIX}{header}\n{}",
        file::to_canonical_string(map)
    )
}

/// Where the draft of session `id` goes.
#[must_use]
pub fn draft_path(dir: &DataDir, id: &str) -> PathBuf {
    dir.drafts().join(format!("{id}.ron"))
}

/// Writes `text` (from [`draft_text`]) as the draft at `path`, atomically.
pub fn write(path: &Path, text: &str) -> Result<(), SaveError> {
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder)
            .map_err(|err| SaveError::new(crate::file::SaveStep::CreateFolder, path, err))?;
    }
    file::write_privately(path, text.as_bytes())
}

/// Reads the draft at `path`; the messages say what is wrong, with line and column.
pub fn read(path: &Path) -> Result<Draft, Vec<String>> {
    let name = path.display().to_string();
    let bytes = fs::read(path).map_err(|err| {
        let reason = crate::t!("read-cannot", reason = file::io_reason(&err));
        vec![file::Diagnostic::whole_file(reason).render(&name)]
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let header = text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix(HEADER_PREFIX))
        .and_then(|line| ron::from_str::<Header>(line).ok())
        .ok_or_else(|| {
            let start = file::Position { line: 1, column: 1 };
            let problem = file::Diagnostic {
                position: Some(start),
                message: crate::t!("draft-no-header"),
            };
            vec![problem.render(&name)]
        })?;
    let map = file::read_bytes(&bytes).map_err(|err| err.render(&name))?;
    Ok(Draft {
        file: path.to_owned(),
        original: header.original.map(PathBuf::from),
        base: header.base,
        written: from_unix_millis(header.written),
        map,
    })
}

/// Finds the drafts of windows that are no longer running. Those that cannot be read are moved
/// to the unreadable folder and reported, never deleted. Stale locks are removed.
#[must_use]
pub fn left_behind(dir: &DataDir) -> LeftBehind {
    let mut found = LeftBehind::default();
    let Ok(entries) = fs::read_dir(dir.drafts()) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_draft = path.extension().is_some_and(|e| e == "ron") && path.is_file();
        let Some(id) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if !is_draft || session::is_running(dir, &id) {
            continue;
        }
        match read(&path) {
            Ok(draft) => found.drafts.push(draft),
            Err(reasons) => found.unreadable.push(set_aside(dir, &path, reasons)),
        }
    }
    session::sweep_stale(dir);
    found.drafts.sort_by_key(|d| std::cmp::Reverse(d.written));
    found
}

/// Moves an unreadable draft into the unreadable folder (or leaves it where it is, if it
/// cannot be moved) and says where it is.
fn set_aside(dir: &DataDir, path: &Path, reasons: Vec<String>) -> Unreadable {
    let folder = dir.unreadable_drafts();
    let target = path.file_name().map(|name| folder.join(name));
    let kept_at = match target {
        Some(target)
            if fs::create_dir_all(&folder)
                .and_then(|()| fs::rename(path, &target))
                .is_ok() =>
        {
            target
        }
        _ => path.to_owned(),
    };
    Unreadable { kept_at, reasons }
}
