//! The messages of the editor: what its parts ask for ([`Action`]), the commands they run
//! ([`Command`]), what is selected ([`Selection`]) and the questions they ask ([`Question`]).
//!
//! Leaf types: this module imports nothing of the rest of the app, only the model, the edits
//! and the layout's hit type, so that every part of the window can use them and none depends on
//! another.

mod action;
mod command;
mod export_choices;
mod keys;
mod question;
mod recovery;
mod selection;
mod tile;
mod timer;
mod vote;

pub use action::{Action, Fold, PathPurpose, Then};
pub use command::{Command, CommandState, Menu};
pub use export_choices::ExportChoices;
pub use keys::shortcut_text;
pub use question::{Choice, ChoiceItem, Question};
pub use recovery::RecoveryAction;
pub use selection::{Selection, hits, places, selected_cards};
pub use tile::Tile;
pub use timer::TimerAction;
pub use vote::VoteSetup;
