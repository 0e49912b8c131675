//! Questions and messages for the user, as data: any part of the window can ask for one
//! ([`super::Action::Ask`]) and the dialogs show it. Each answer carries the actions it does.

use super::{Action, Selection};
use crate::edit::Edit;

/// Something to ask or tell the user.
#[derive(Debug)]
pub enum Question {
    /// "Delete …?": a change to make on yes, and what to select after it.
    Confirm {
        /// The question.
        title: String,
        /// What will happen.
        message: String,
        /// The yes button.
        confirm: String,
        /// The change.
        edit: Box<Edit>,
        /// The selection after it.
        select: Vec<Selection>,
    },
    /// Something to read, with an OK button.
    Tell {
        /// The heading.
        title: String,
        /// The details.
        lines: Vec<String>,
        /// Whether it went wrong (the details are then shown as errors, and the user is told
        /// that nothing was changed).
        error: bool,
    },
    /// A question with several answers, possibly about several items (drafts to recover,
    /// versions to open, a file changed on disk).
    Choice {
        /// The heading.
        title: String,
        /// What the question is about.
        lines: Vec<String>,
        /// The items, each with its own answers.
        items: Vec<ChoiceItem>,
        /// The answers at the bottom; the last one is taken on Escape.
        buttons: Vec<Choice>,
    },
}

impl Question {
    /// Something went wrong: the map and the files are as they were.
    #[must_use]
    pub fn error(title: impl Into<String>, lines: Vec<String>) -> Self {
        Question::Tell {
            title: title.into(),
            lines,
            error: true,
        }
    }

    /// Something done, said.
    #[must_use]
    pub fn info(title: impl Into<String>, lines: Vec<String>) -> Self {
        Question::Tell {
            title: title.into(),
            lines,
            error: false,
        }
    }
}

/// One item of a [`Question::Choice`]: lines about it and its answers.
#[derive(Debug)]
pub struct ChoiceItem {
    /// What the item is.
    pub lines: Vec<String>,
    /// Its answers.
    pub buttons: Vec<Choice>,
}

/// One answer of a [`Question::Choice`]: a button and what it does.
#[derive(Debug)]
pub struct Choice {
    /// The button's text.
    pub label: String,
    /// The button's accessible name, when the label alone is ambiguous ("Restore" per item).
    pub name: Option<String>,
    /// Why it cannot be chosen, if it cannot.
    pub disabled: Option<String>,
    /// What it does.
    pub actions: Vec<Action>,
}

impl Choice {
    /// A button that does `actions`.
    #[must_use]
    pub fn new(label: impl Into<String>, actions: Vec<Action>) -> Self {
        Self {
            label: label.into(),
            name: None,
            disabled: None,
            actions,
        }
    }

    /// The same, with an accessible name of its own.
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The same, disabled for `reason`.
    #[must_use]
    pub fn disabled_because(mut self, reason: Option<String>) -> Self {
        self.disabled = reason;
        self
    }
}
