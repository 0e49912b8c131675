//! Undo and redo of edits, bounded in steps and in memory; knows nothing of widgets.
//!
//! Each step holds the inverse edit (to undo) or the edit (to redo) and the selection to restore
//! with it. Consecutive edits with the same merge key (typing in one field) merge into one step,
//! keeping the oldest inverse. When the history grows past its bounds, the oldest steps go.

use crate::edit::{Edit, EditError};
use crate::model::Map;

/// Most undo steps kept.
pub const MAX_STEPS: usize = 500;
/// Most bytes (estimated) the undo steps may hold.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

struct Step<S> {
    edit: Edit,
    selection: S,
    merge_key: Option<String>,
}

/// The undo and redo stacks; `S` is the app's selection type.
pub struct History<S> {
    undo: Vec<Step<S>>,
    redo: Vec<Step<S>>,
    undo_bytes: usize,
}

impl<S> Default for History<S> {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            undo_bytes: 0,
        }
    }
}

impl<S: Clone> History<S> {
    /// Applies `edit` to `map` and records it; `selection` is what to restore on undo. An edit
    /// with the same `merge_key` as the last step joins that step.
    pub fn apply(
        &mut self,
        map: &mut Map,
        edit: Edit,
        selection: S,
        merge_key: Option<String>,
    ) -> Result<(), EditError> {
        let inverse = edit.apply(map)?;
        self.redo.clear();
        if let (Some(key), Some(last)) = (&merge_key, self.undo.last())
            && last.merge_key.as_ref() == Some(key)
        {
            return Ok(());
        }
        self.undo_bytes += inverse.weight();
        self.undo.push(Step {
            edit: inverse,
            selection,
            merge_key,
        });
        self.trim();
        Ok(())
    }

    /// Ends merging: the next edit starts a new step even with the same key.
    pub fn break_merge(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge_key = None;
        }
    }

    /// Undoes the last step; returns the selection to restore, or `None` if there is nothing
    /// to undo. `selection` is the current one, restored by a later redo.
    pub fn undo(&mut self, map: &mut Map, selection: S) -> Option<S> {
        let step = self.undo.pop()?;
        self.undo_bytes = self.undo_bytes.saturating_sub(step.edit.weight());
        // The inverse was made by applying its edit to this very state, so it applies.
        let redo = step.edit.apply(map).ok()?;
        self.redo.push(Step {
            edit: redo,
            selection,
            merge_key: None,
        });
        Some(step.selection)
    }

    /// Redoes the last undone step; returns the selection to restore.
    pub fn redo(&mut self, map: &mut Map, selection: S) -> Option<S> {
        let step = self.redo.pop()?;
        let inverse = step.edit.apply(map).ok()?;
        self.undo_bytes += inverse.weight();
        self.undo.push(Step {
            edit: inverse,
            selection,
            merge_key: None,
        });
        Some(step.selection)
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The number of undo steps kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.undo.len()
    }

    /// Whether there are no undo steps.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }

    /// The estimated bytes held by the undo steps.
    #[must_use]
    pub fn bytes(&self) -> usize {
        self.undo_bytes
    }

    fn trim(&mut self) {
        let excess = self.undo.len().saturating_sub(MAX_STEPS);
        let mut drop = excess;
        let mut bytes = self.undo_bytes;
        for step in &self.undo[..excess] {
            bytes -= step.edit.weight();
        }
        while bytes > MAX_BYTES && drop < self.undo.len() - 1 {
            bytes -= self.undo[drop].edit.weight();
            drop += 1;
        }
        self.undo.drain(..drop);
        self.undo_bytes = bytes;
    }
}
