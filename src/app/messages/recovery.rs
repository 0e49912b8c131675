//! Requests about drafts, backups and the open file on disk (see `app::recovery`).

use std::path::PathBuf;

/// A request about drafts, backups or the file on disk.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryAction {
    /// Restore the draft in this file (in this window, or a new one if this one has changes).
    Restore(PathBuf),
    /// Restore the draft and open its original file in another window, to compare.
    Compare(PathBuf),
    /// Delete the draft.
    Discard(PathBuf),
    /// Save to this file although it changed on disk.
    Overwrite(PathBuf),
    /// Do not save after all (and do not go on with what was to follow the save).
    CancelSave,
    /// Read the open file again from disk (asks first when there are unsaved changes).
    Reload,
    /// Read the open file again, discarding unsaved changes.
    ReloadNow,
    /// Keep the map as it is; the version on disk is replaced at the next save.
    Ours,
    /// Hide the notices shown now.
    Dismiss,
    /// Open this previous version of the open file, as unsaved changes.
    OpenBackup(PathBuf),
}
