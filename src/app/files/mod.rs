//! Files: opening, saving and closing (with the unsaved-changes question, saves that keep the
//! map on failure, files dropped on the window), the system's file dialogs with a typed-path
//! fallback, persona photos, and exporting.
//!
//! [`Files`] holds where the file flow is between frames; the flow itself (`flow`) is the app's,
//! as it replaces the document, saves it, and asks the recovery part for backups.

mod choose;
mod export;
mod export_job;
mod flow;
mod picker;

pub use export::Exports;
pub use export_job::Destination;

use crate::app::messages::{PathPurpose, Then};

/// Where the file flow is between frames.
#[derive(Default)]
pub struct Files {
    /// The file dialog on screen, if any.
    picker: Option<picker::Picker>,
    /// A file dialog to show on the next frame (asked for while a question was answered).
    pending_pick: Option<PathPurpose>,
    /// What follows the save under way: closing, opening another map…
    after_save: Option<Then>,
    /// Where the window is in being closed.
    closing: Closing,
}

/// Where the window is in being closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Closing {
    /// Closing asks about unsaved changes.
    #[default]
    Ask,
    /// The user answered; the window may close.
    Allowed,
    /// Close on the next frame.
    Now,
}

impl Files {
    /// Forgets what was to follow a save (the save failed, or was cancelled).
    pub fn cancel_after_save(&mut self) {
        self.after_save = None;
    }
}
