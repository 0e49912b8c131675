//! Writing a map: the canonical text of format v1 and the atomic save.
//!
//! The canonical form is `ron`'s pretty printer with four-space indentation, `\n` line ends, no
//! struct names and `implicit_some` (which also writes the `#![enable(implicit_some)]` header),
//! plus a final newline. Fields equal to their defaults are left out by the model's serde code.
//!
//! A save writes a temporary file in the target's folder, syncs it, gives it the old file's
//! permissions, renames it over the target and syncs the folder, so the target is at every moment
//! either the old file or the new one, never a mix. A file that did not exist before gets what
//! the user's umask allows, as every other program's new files do (usually `rw-r--r--`), so a
//! colleague in a shared folder can open it; Percorso's own files in its data folder (drafts,
//! backups, locks) are written [`Privacy::Private`], readable by the user only.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::error::SaveError;
use crate::model::Map;
use crate::t;

/// The canonical text of `map`: the same map always gives the same bytes.
#[must_use]
pub fn to_canonical_string(map: &Map) -> String {
    let config = PrettyConfig::new()
        .new_line("\n".to_owned())
        .indentor("    ".to_owned())
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME);
    // The lowest version that holds the map (format-v2.md), whatever the map says.
    let required = crate::model::required_version(map);
    let fixed;
    let map = if map.version == required {
        map
    } else {
        fixed = Map {
            version: required,
            ..map.clone()
        };
        &fixed
    };
    // Serializing plain owned data into a String cannot fail: every type here has a total
    // `Serialize` and the writer is infallible.
    let escaped = ron::ser::to_string_pretty(map, config)
        .unwrap_or_else(|err| unreachable!("serializing a map failed: {err}"));
    let mut text = unescape_apostrophes(escaped);
    text.push('\n');
    text
}

/// Turns ron's `\'` back into `'`: the escape is legal but makes every Italian or English
/// apostrophe ugly in a file people read. A backslash only ever appears inside strings in ron's
/// escaped output, so walking escapes pairwise is exact.
fn unescape_apostrophes(escaped: String) -> String {
    if !escaped.contains("\\'") {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len());
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\'') => out.push('\''),
                Some(next) => {
                    out.push(c);
                    out.push(next);
                }
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Saves `map` to `path` in canonical form, atomically.
pub fn save(path: &Path, map: &Map) -> Result<(), SaveError> {
    write_atomically(path, to_canonical_string(map).as_bytes())
}

/// Replaces the file at `path` with `bytes`, atomically, keeping its permissions (a new file
/// gets the umask's default).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Who may read a file that a save creates (a replaced file always keeps its own permissions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Privacy {
    /// What the user's umask allows, like any program's new file: the user's maps and images.
    Shared,
    /// The user only: drafts, backups and locks in Percorso's data folder.
    Private,
}

/// Replaces the file at `path` with `bytes`, atomically; a new file is readable by the user only.
pub fn write_privately(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_as(
        path,
        Privacy::Private,
        |file| file.write_all(bytes),
        &|_| Ok(()),
    )
}

/// The steps of an atomic save, in order; a failure injected before one (in tests) shows what
/// a save does when the disk refuses that step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the folder the file goes in.
    CreateFolder,
    /// Creating the temporary file next to the target.
    CreateTemporary,
    /// Writing the content into it.
    Write,
    /// Flushing the temporary file to disk.
    SyncFile,
    /// Giving it the old file's permissions.
    Permissions,
    /// Renaming it over the target.
    Rename,
    /// Flushing the folder, so the rename survives a power cut.
    SyncFolder,
}

impl SaveStep {
    /// What the step does, in the current language, for messages.
    #[must_use]
    pub fn describe(self) -> String {
        match self {
            SaveStep::CreateFolder => t!("save-step-create-folder"),
            SaveStep::CreateTemporary => t!("save-step-create-temporary"),
            SaveStep::Write => t!("save-step-write"),
            SaveStep::SyncFile => t!("save-step-sync-file"),
            SaveStep::Permissions => t!("save-step-permissions"),
            SaveStep::Rename => t!("save-step-rename"),
            SaveStep::SyncFolder => t!("save-step-sync-folder"),
        }
    }
}

/// Replaces the file at `path` with what `write` writes (streamed, not held in memory),
/// atomically, keeping its permissions. If `write` fails, the old file stays as it was.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<&File>) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    write_atomically_with_faults(path, write, &|_| Ok(()))
}

/// [`write_atomically_with`], calling `fault` before each step: an error it returns is taken
/// as that step's failure. The seam through which tests make each step fail.
pub fn write_atomically_with_faults(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<&File>) -> std::io::Result<()>,
    fault: &dyn Fn(SaveStep) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    write_atomically_as(path, Privacy::Shared, write, fault)
}

fn write_atomically_as(
    path: &Path,
    privacy: Privacy,
    write: impl FnOnce(&mut std::io::BufWriter<&File>) -> std::io::Result<()>,
    fault: &dyn Fn(SaveStep) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let failed = |step: SaveStep| move |err| SaveError::new(step, path, err);
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let old_permissions = fs::metadata(path).ok().map(|meta| meta.permissions());
    let temp = fault(SaveStep::CreateTemporary)
        .and_then(|()| {
            let mut builder = tempfile::Builder::new();
            builder.prefix(".percorso-save-").suffix(".tmp");
            // A new file is asked for read and write by everyone, as `File::create` asks, and
            // the umask takes its share; tempfile's own default is the user only. (Elsewhere a
            // new file takes its folder's access rules either way.)
            #[cfg(unix)]
            if old_permissions.is_none() && privacy == Privacy::Shared {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(fs::Permissions::from_mode(0o666));
            }
            #[cfg(not(unix))]
            let _ = privacy;
            builder.tempfile_in(folder)
        })
        .map_err(failed(SaveStep::CreateTemporary))?;
    {
        let mut writer = std::io::BufWriter::new(temp.as_file());
        fault(SaveStep::Write)
            .and_then(|()| write(&mut writer))
            .and_then(|()| writer.flush())
            .map_err(failed(SaveStep::Write))?;
    }
    fault(SaveStep::SyncFile)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(failed(SaveStep::SyncFile))?;
    if let Some(permissions) = old_permissions {
        fault(SaveStep::Permissions)
            .and_then(|()| fs::set_permissions(temp.path(), permissions))
            .map_err(failed(SaveStep::Permissions))?;
    }
    fault(SaveStep::Rename).map_err(failed(SaveStep::Rename))?;
    // On failure `persist` hands the temporary file back; dropping it removes it.
    temp.persist(path)
        .map_err(|err| failed(SaveStep::Rename)(err.error))?;
    fault(SaveStep::SyncFolder)
        .and_then(|()| sync_folder(folder))
        .map_err(|err| SaveError {
            replaced: true,
            ..failed(SaveStep::SyncFolder)(err)
        })
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; its rename is already durable on NTFS.
    Ok(())
}
