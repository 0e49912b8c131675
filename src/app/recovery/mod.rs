//! Keeping work safe, as the window does it: drafts of unsaved changes and the recovery of those
//! left behind, backups before saves and the previous versions they give, the watch on the open
//! file and the notices about it (changed elsewhere, gone, open in another window). The files
//! themselves are [`crate::safety`]'s.
//!
//! [`Recovery`] holds the [`Keeper`] (drafts, backups, the watch, this window's lock) and how
//! another window is started; its `notices_ui` is the strip under the menu bar. Restoring a
//! draft or reloading the file replaces the document, which is the app's to do (`offers`).

mod keeper;
mod notices;
mod offers;
mod versions;

pub use keeper::Keeper;
pub use offers::when;

use std::ffi::OsString;

/// Starts another Percorso window with these arguments (tests record them instead).
pub type Launcher = Box<dyn Fn(&[OsString]) -> std::io::Result<()>>;

/// The recovery part of the window.
pub struct Recovery {
    /// Drafts, backups, the watch on the open file and this window's lock.
    pub keeper: Keeper,
    /// How another window is started.
    pub launcher: Launcher,
}

/// Starts another Percorso process with `args`.
pub fn launch(args: &[OsString]) -> std::io::Result<()> {
    std::process::Command::new(std::env::current_exe()?)
        .args(args)
        // The new window speaks this one's language, whatever its settings say yet.
        .env(
            crate::lang::LANGUAGE_VARIABLE,
            crate::lang::current().code(),
        )
        .spawn()
        .map(|_| ())
}
