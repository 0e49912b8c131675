//! Errors of reading and saving maps, each naming the place and what to do.

use std::fmt;
use std::path::Path;

pub use super::locate::Position;
use super::write::SaveStep;
use crate::t;

/// One problem found in a file: a message and, where known, its line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the text the problem is, if it can be pinned to a place.
    pub position: Option<Position>,
    /// What is wrong, naming the element and the rule.
    pub message: String,
}

impl Diagnostic {
    /// A problem with no position in the text (the file as a whole, or an I/O failure).
    #[must_use]
    pub fn whole_file(message: impl Into<String>) -> Self {
        Self {
            position: None,
            message: message.into(),
        }
    }

    /// The line a compiler would print: `FILE:LINE:COL: error: MESSAGE` or `FILE: error: MESSAGE`
    /// (`errore` in Italian).
    #[must_use]
    pub fn render(&self, file: &str) -> String {
        let place = match self.position {
            Some(at) => format!("{file}:{at}"),
            None => file.to_owned(),
        };
        t!("diagnostic-line", place = place, message = &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(at) => write!(f, "{at}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Why a map could not be read: every problem found, in the order of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// The problems, at least one.
    pub problems: Vec<Diagnostic>,
}

impl ReadError {
    /// An error with a single problem that has no position.
    #[must_use]
    pub fn whole_file(message: impl Into<String>) -> Self {
        Self {
            problems: vec![Diagnostic::whole_file(message)],
        }
    }

    /// One line per problem, as [`Diagnostic::render`] gives them for `file`.
    #[must_use]
    pub fn render(&self, file: &str) -> Vec<String> {
        self.problems.iter().map(|p| p.render(file)).collect()
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ReadError {}

/// Why a save failed; the file on disk is as it was before the save.
#[derive(Debug)]
pub struct SaveError {
    /// What the save was doing when it failed, e.g. writing the temporary file.
    pub step: SaveStep,
    /// The file being saved.
    pub path: std::path::PathBuf,
    /// The operating system's reason.
    pub source: std::io::Error,
    /// Whether the new content already replaced the file (only the last step, flushing the
    /// folder, can fail after that).
    pub replaced: bool,
}

impl SaveError {
    pub(crate) fn new(step: SaveStep, path: &Path, source: std::io::Error) -> Self {
        Self {
            step,
            path: path.to_owned(),
            source,
            replaced: false,
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, step) = (self.path.display().to_string(), self.step.describe());
        let reason = io_reason(&self.source);
        f.write_str(&if self.replaced {
            t!(
                "save-failed-after-replace",
                path = path,
                step = step,
                reason = reason
            )
        } else {
            t!("save-failed", path = path, step = step, reason = reason)
        })
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The operating system's reason for a failed read or write, in the current language: the
/// common ones in words ("no such file or folder"), any other as the system says it.
#[must_use]
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => t!("io-not-found"),
        K::PermissionDenied => t!("io-permission-denied"),
        K::AlreadyExists => t!("io-already-exists"),
        K::IsADirectory => t!("io-is-a-folder"),
        K::NotADirectory => t!("io-not-a-folder"),
        K::StorageFull | K::QuotaExceeded => t!("io-disk-full"),
        K::ReadOnlyFilesystem => t!("io-read-only"),
        K::FileTooLarge => t!("io-too-large"),
        K::InvalidFilename => t!("io-invalid-name"),
        K::DirectoryNotEmpty => t!("io-folder-not-empty"),
        K::CrossesDevices => t!("io-crosses-devices"),
        K::Interrupted | K::TimedOut => t!("io-interrupted"),
        _ => t!("io-other", reason = err.to_string()),
    }
}
