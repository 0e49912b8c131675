//! Keeping work safe, without egui: drafts of unsaved changes and their recovery, backups of
//! the versions a save replaces, the lock that tells two windows on one file apart, and the
//! stamp that notices a file changed by another program.
//!
//! Everything lives in one data folder ([`DataDir`]): `drafts/` (one draft per running
//! window, `drafts/unreadable/` for drafts set aside), `backups/` (one folder per map file)
//! and `sessions/` (one lock per running window).

pub mod backups;
pub mod disk;
pub mod drafts;
pub mod session;
pub mod watch;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The environment variable that moves the data folder (tests, portable installs).
pub const DATA_DIR_VARIABLE: &str = "PERCORSO_DATA_DIR";

/// The folder where drafts, backups and locks are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// The data folder at `root` (created when first written to).
    #[must_use]
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder itself.
    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where drafts of unsaved changes are written.
    #[must_use]
    pub fn drafts(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// Where drafts that could not be read are set aside.
    #[must_use]
    pub fn unreadable_drafts(&self) -> PathBuf {
        self.drafts().join("unreadable")
    }

    /// Where previous versions of saved maps are kept.
    #[must_use]
    pub fn backups(&self) -> PathBuf {
        self.root.join("backups")
    }

    /// Where running windows keep their locks.
    #[must_use]
    pub fn sessions(&self) -> PathBuf {
        self.root.join("sessions")
    }
}

/// Milliseconds since the Unix epoch (0 for a clock set before 1970).
#[must_use]
pub fn unix_millis(time: SystemTime) -> u64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// The time `millis` after the Unix epoch.
#[must_use]
pub fn from_unix_millis(millis: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_millis(millis)
}

/// A 64-bit FNV-1a digest: stable across runs and Rust versions, so it can name folders.
#[must_use]
pub fn stable_digest(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `path` made absolute and resolved where possible, so two spellings of one file compare equal.
#[must_use]
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}
