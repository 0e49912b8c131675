//! The open document and what is kept about how it is seen: the map, its file, its undo history
//! and whether it has unsaved changes ([`Document`]); the view options with the layout they give
//! ([`MapView`]); the preferences kept between runs ([`Prefs`]).
//!
//! Only the document changes the map, and only through its history: every other part of the
//! window reads `&Map` and asks for edits.

mod prefs;
mod view;

pub use prefs::{Prefs, STORAGE_KEY};
pub use view::MapView;

use std::path::PathBuf;

use super::messages::Selection;
use crate::edit::{Edit, EditError};
use crate::history::History;
use crate::model::Map;

/// A map being edited.
pub struct Document {
    /// The map being edited.
    pub map: Map,
    /// The file it was read from or saved to, or `None` for a map never saved.
    pub path: Option<PathBuf>,
    /// The file the map was read from when that is not a map file (a PNG, PDF or SVG export, or
    /// a Mermaid journey): never saved over (Save asks for a `.ron` file and suggests one beside
    /// it).
    pub opened_from: Option<PathBuf>,
    /// Bumped on every change; the layout cache compares it.
    pub revision: u64,
    /// The revision last saved (or opened), to tell unsaved changes.
    saved_revision: u64,
    history: History<Vec<Selection>>,
}

impl Document {
    /// A document for `map`, read from `path` (so without unsaved changes).
    #[must_use]
    pub fn new(map: Map, path: Option<PathBuf>, revision: u64) -> Self {
        Self {
            map,
            path,
            opened_from: None,
            revision,
            saved_revision: revision,
            history: History::default(),
        }
    }

    /// Applies `edit` as one undo step that restores `selection`; see [`History::apply`].
    pub fn apply(
        &mut self,
        edit: Edit,
        selection: Vec<Selection>,
        merge_key: Option<String>,
    ) -> Result<(), EditError> {
        self.history
            .apply(&mut self.map, edit, selection, merge_key)?;
        self.revision += 1;
        Ok(())
    }

    /// Ends the merging of consecutive edits into one step.
    pub fn break_merge(&mut self) {
        self.history.break_merge();
    }

    /// Undoes the last step; returns the selection to restore.
    pub fn undo(&mut self, selection: Vec<Selection>) -> Option<Vec<Selection>> {
        let restored = self.history.undo(&mut self.map, selection)?;
        self.revision += 1;
        Some(restored)
    }

    /// Redoes the last undone step; returns the selection to restore.
    pub fn redo(&mut self, selection: Vec<Selection>) -> Option<Vec<Selection>> {
        let restored = self.history.redo(&mut self.map, selection)?;
        self.revision += 1;
        Some(restored)
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Whether the map changed since it was opened or saved.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Counts the map as changed since its file was saved (a restored draft, say).
    pub fn mark_unsaved(&mut self) {
        // The revision only grows, so it never comes back to this one.
        self.saved_revision = self.revision.wrapping_sub(1);
    }

    /// Where Save as should suggest saving: the map's file, or a `.ron` beside the export or
    /// journey it was opened from.
    #[must_use]
    pub fn suggested_path(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| self.opened_from.as_ref().map(|p| p.with_extension("ron")))
    }

    /// Records that the map was just saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.opened_from = None;
        self.saved_revision = self.revision;
    }
}
