//! Backups: before a save replaces a map file, the version on disk is copied into the data
//! folder (never next to the file), a few per file, the oldest removed first.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{canonical, from_unix_millis, stable_digest, unix_millis};

/// How many previous versions are kept per file.
pub const KEEP: usize = 5;

/// The name of the file in a backup folder that says which map the backups are of.
const ORIGIN_FILE: &str = "origin.txt";

/// One kept version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// The copy.
    pub file: PathBuf,
    /// When the copy was made (just before the save that replaced it).
    pub made: SystemTime,
    /// Its size in bytes.
    pub bytes: u64,
}

/// The folder in `backups` that holds the versions of `original`: the file's name and a digest
/// of its full path, so two `client.ron` in different folders stay apart.
#[must_use]
pub fn folder_for(backups: &Path, original: &Path) -> PathBuf {
    let full = canonical(original);
    let stem: String = full
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let digest = stable_digest(full.display().to_string().as_bytes());
    backups.join(format!("{stem}-{digest:016x}"))
}

/// Copies the file at `original` into its backup folder, unless it does not exist or the newest
/// backup already holds the same bytes; returns the new copy. Keeps the newest [`KEEP`].
pub fn back_up(backups: &Path, original: &Path) -> io::Result<Option<PathBuf>> {
    let bytes = match fs::read(original) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    let folder = folder_for(backups, original);
    fs::create_dir_all(&folder)?;
    let origin = folder.join(ORIGIN_FILE);
    if !origin.exists() {
        let text = canonical(original).display().to_string();
        crate::file::write_privately(&origin, text.as_bytes())
            .map_err(|err| io::Error::other(err.to_string()))?;
    }
    let existing = list_in(&folder);
    if let Some(newest) = existing.first()
        && fs::read(&newest.file).is_ok_and(|old| old == bytes)
    {
        return Ok(None);
    }
    let extension = original
        .extension()
        .map_or_else(|| "ron".to_owned(), |e| e.to_string_lossy().into_owned());
    let mut millis = unix_millis(SystemTime::now());
    // Two saves in one millisecond (or a clock set back) must not overwrite a backup.
    if let Some(newest) = existing.first() {
        millis = millis.max(unix_millis(newest.made) + 1);
    }
    let copy = folder.join(format!("{millis:015}.{extension}"));
    crate::file::write_privately(&copy, &bytes).map_err(|err| io::Error::other(err.to_string()))?;
    for old in list_in(&folder).into_iter().skip(KEEP) {
        fs::remove_file(old.file)?;
    }
    Ok(Some(copy))
}

/// The backups of `original`, newest first.
#[must_use]
pub fn list(backups: &Path, original: &Path) -> Vec<Backup> {
    list_in(&folder_for(backups, original))
}

fn list_in(folder: &Path) -> Vec<Backup> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<Backup> = entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let millis: u64 = path.file_stem()?.to_str()?.parse().ok()?;
            Some(Backup {
                bytes: entry.metadata().ok()?.len(),
                made: from_unix_millis(millis),
                file: path,
            })
        })
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.made));
    found
}
