//! What the UI asks for during a frame, applied once after it (one-way data flow).

use std::path::PathBuf;

use super::Selection;
use super::commands::Command;
use super::dialogs::Dialog;
use crate::edit::Edit;
use crate::model::CardId;

/// A request from the canvas, the palette, the inspector, a menu, a shortcut or a dialog.
pub enum Action {
    /// Apply an edit as one undo step; select `select` afterwards if given. Edits with the same
    /// `merge` key in a row (typing in one field) make one step.
    Edit {
        /// The change.
        edit: Edit,
        /// The selection after it.
        select: Option<Vec<Selection>>,
        /// The merge key.
        merge: Option<String>,
    },
    /// Select these elements.
    Select(Vec<Selection>),
    /// Run a command.
    Command(Command),
    /// Open a card's text for typing on the canvas.
    TypeInto(CardId),
    /// Ask the user something.
    Ask(Dialog),
    /// Open this map file (asking about unsaved changes first).
    Open(PathBuf),
    /// Save to this file.
    SaveTo(PathBuf),
    /// Start a new map from this template (asking about unsaved changes first).
    New(&'static str),
    /// Pick a photo for the persona at this index.
    ChoosePhoto(usize),
    /// Use the image at this path as the photo of the persona at this index.
    SetPhoto(usize, PathBuf),
    /// Something about drafts, backups or the file on disk.
    Keep(super::keeping_ui::Keep),
}

impl Action {
    /// An edit that selects `select` afterwards.
    #[must_use]
    pub fn edit(edit: Edit, select: Vec<Selection>) -> Self {
        Action::Edit {
            edit,
            select: Some(select),
            merge: None,
        }
    }

    /// An edit that merges with the previous one of the same key.
    #[must_use]
    pub fn typing(edit: Edit, merge: String) -> Self {
        Action::Edit {
            edit,
            select: None,
            merge: Some(merge),
        }
    }
}
