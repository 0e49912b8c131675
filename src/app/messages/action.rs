//! What a part of the window asks for during a frame, applied once after it (one-way data flow),
//! and the small value types those requests carry.

use std::path::PathBuf;

use super::{Command, Question, RecoveryAction, Selection};
use crate::edit::Edit;
use crate::model::{CardId, LaneId, PersonaId};

/// A request from the canvas, the palette, the inspector, a menu, a shortcut or a dialog.
#[derive(Debug)]
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
    /// Select these elements and bring the first into view (a line of the insights panel).
    Show(Vec<Selection>),
    /// Run a command.
    Command(Command),
    /// Open a card's text for typing on the canvas.
    TypeInto(CardId),
    /// Move the selection to a neighbouring cell (the arrow keys): columns across, rows down.
    MoveSelection {
        /// Columns to the right (negative: to the left).
        across: isize,
        /// Rows down (negative: up).
        down: isize,
    },
    /// Fold or unfold a persona or a lane (a view preference, not an edit).
    Fold(Fold),
    /// Ask the user something, or tell them.
    Ask(Question),
    /// Open this map file (asking about unsaved changes first).
    Open(PathBuf),
    /// Save to this file.
    SaveTo(PathBuf),
    /// Start a new map from this template in this language (asking about unsaved changes first).
    New(&'static str, crate::lang::Language),
    /// Pick a photo for the persona at this index.
    ChoosePhoto(usize),
    /// Use the image at this path as the photo of the persona at this index.
    SetPhoto(usize, PathBuf),
    /// Paste this clipboard text (Percorso cards) into the selected cell.
    Paste(String),
    /// Put this text on the clipboard (a vote's results as Markdown).
    CopyText(String),
    /// Something about drafts, backups or the file on disk.
    Recovery(RecoveryAction),
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

/// What a fold chevron folds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fold {
    /// A persona's whole band, to its header.
    Persona(PersonaId),
    /// One lane, to a thin row.
    Lane(LaneId),
}

/// What to do once the unsaved-changes question (or a save it asked for) is done.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Close the window.
    Close,
    /// Open this file.
    Open(PathBuf),
    /// Show the open dialog.
    OpenDialog,
    /// Start a new map from this template, in this language.
    New(&'static str, crate::lang::Language),
}

/// What a file's path is asked for (in a file dialog, or typed where there is none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a map.
    Open,
    /// Save the map under a new name.
    SaveAs,
    /// A photo for the persona at this index.
    Photo(usize),
    /// Where to export the map, in this format.
    Export(crate::export::Format),
}
