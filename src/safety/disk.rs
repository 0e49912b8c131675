//! What a map file on disk looked like when it was opened or saved, to notice when another
//! program (a sync tool, a colleague, a second window) changes it.

use std::fs;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::stable_digest;

/// A file's size, modification time and a digest of its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    modified: Option<SystemTime>,
    digest: u64,
}

/// How a file compares with a stamp taken earlier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// Same bytes (perhaps touched: the fresh stamp is given to remember).
    Same(DiskStamp),
    /// Other bytes.
    Changed(DiskStamp),
    /// The file is no longer there.
    Gone,
}

impl DiskStamp {
    /// The stamp of `bytes` just read from or written to `path`.
    pub fn of(path: &Path, bytes: &[u8]) -> io::Result<Self> {
        let meta = fs::metadata(path)?;
        Ok(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            digest: stable_digest(bytes),
        })
    }

    /// The [`super::stable_digest`] of the file's bytes.
    #[must_use]
    pub fn digest(&self) -> u64 {
        self.digest
    }

    /// Reads the file at `path` and stamps it; `None` if there is no such file.
    pub fn read(path: &Path) -> io::Result<Option<Self>> {
        match fs::read(path) {
            Ok(bytes) => Self::of(path, &bytes).map(Some),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Compares the file at `path` with this stamp; reads it only when its size or time moved.
    pub fn compare(&self, path: &Path) -> io::Result<Comparison> {
        match fs::metadata(path) {
            Ok(meta) if meta.len() == self.len && meta.modified().ok() == self.modified => {
                return Ok(Comparison::Same(self.clone()));
            }
            Ok(_) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Comparison::Gone),
            Err(err) => return Err(err),
        }
        Ok(match Self::read(path)? {
            None => Comparison::Gone,
            Some(now) if now.digest == self.digest && now.len == self.len => Comparison::Same(now),
            Some(now) => Comparison::Changed(now),
        })
    }
}
