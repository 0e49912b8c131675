//! The dialog on screen, one at a time: a question or message any part asked for
//! ([`Question`]), the unsaved-changes question, the typed-path prompt, the export's options,
//! the command palette, a vote's rules and the timer. The dialogs show and collect an [`Answer`]; what the answer does is the
//! app's to carry out.

mod choice;
mod command_palette;
mod export_options;
pub mod export_preview;
mod path_prompt;
mod questions;
mod timer;
mod vote_setup;

use std::path::PathBuf;

use egui::Ui;

use super::messages::{
    Action, CommandState, ExportChoices, PathPurpose, Question, Then, TimerAction, VoteSetup,
};

/// How much larger a dialog's type and spacing are while presenting.
const PROJECTOR_SCALE: f32 = 1.8;

/// Makes `ui`'s text and spacing `scale` times larger.
fn enlarge(ui: &mut Ui, scale: f32) {
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= scale;
    }
    style.spacing.item_spacing *= scale;
    style.spacing.button_padding *= scale;
    style.spacing.interact_size *= scale;
}

/// A dialog.
pub enum Dialog {
    /// A question or a message.
    Question(Question),
    /// Save changes before going on?
    Unsaved {
        /// The map's file name.
        name: String,
        /// What comes next.
        then: Then,
    },
    /// A path typed by hand.
    Path {
        /// What it is for.
        purpose: PathPurpose,
        /// The text so far.
        text: String,
    },
    /// The export's options.
    Export {
        /// The choices so far.
        choices: ExportChoices,
        /// What they will make.
        preview: Box<export_preview::ExportPreview>,
    },
    /// The timer: start one, or change the one running.
    Timer {
        /// The minutes typed so far.
        minutes: String,
        /// Whether a countdown runs (then it can be paused, extended, stopped).
        running: bool,
    },
    /// What a vote is on, and the room's votes.
    Vote {
        /// The choices so far.
        setup: VoteSetup,
    },
    /// Find and run a command.
    CommandPalette {
        /// The filter typed so far.
        query: String,
        /// Which commands can run now.
        commands: CommandState,
    },
}

/// How a dialog was answered.
pub enum Answer {
    /// Close the dialog, doing nothing.
    Dismiss,
    /// Close the dialog and do this.
    Do(Vec<Action>),
    /// Save, then go on with `Then`.
    SaveThen(Then),
    /// Go on with `Then` without saving.
    DiscardThen(Then),
    /// A path was typed.
    Path(PathPurpose, PathBuf),
    /// Export with these choices: to a file (`true`) or to the clipboard.
    Export(ExportChoices, bool),
    /// Start the vote these choices describe.
    StartVote(VoteSetup),
    /// Change the timer.
    Timer(TimerAction),
}

/// The dialog slot.
#[derive(Default)]
pub struct Dialogs {
    open: Option<Dialog>,
}

impl Dialogs {
    /// Shows `dialog` (in place of any other).
    pub fn show(&mut self, dialog: Dialog) {
        self.open = Some(dialog);
    }

    /// Asks `question`.
    pub fn ask(&mut self, question: Question) {
        self.show(Dialog::Question(question));
    }

    /// Whether a dialog is on screen.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Takes the dialog off the screen.
    pub fn take(&mut self) -> Option<Dialog> {
        self.open.take()
    }

    /// Shows the dialog on screen, if any; once the user answered, closes it and gives the
    /// answer.
    /// `large` (while presenting) draws it in type for the back of the room.
    pub fn ui(&mut self, ui: &mut Ui, large: bool) -> Option<Answer> {
        let dialog = self.open.as_mut()?;
        let mut answer = None;
        let modal = egui::Modal::new(ui.scope_id().with("dialog")).show(ui.ctx(), |ui| {
            if large {
                enlarge(ui, PROJECTOR_SCALE);
            }
            ui.set_max_width(if large {
                560.0 * PROJECTOR_SCALE
            } else {
                560.0
            });
            answer = match dialog {
                Dialog::Question(question) => questions::question_ui(ui, question),
                Dialog::Unsaved { name, then } => questions::unsaved_ui(ui, name, then),
                Dialog::Path { purpose, text } => path_prompt::ui(ui, *purpose, text),
                Dialog::Export { choices, preview } => export_options::ui(ui, choices, preview),
                Dialog::Vote { setup } => vote_setup::ui(ui, setup),
                Dialog::Timer { minutes, running } => timer::ui(ui, minutes, *running),
                Dialog::CommandPalette { query, commands } => {
                    command_palette::ui(ui, query, *commands)
                }
            };
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(Answer::Dismiss);
        }
        if answer.is_some() {
            self.open = None;
        }
        answer
    }
}

/// Puts the keyboard focus on a dialog's text field when nothing has it (the dialog just
/// opened). Asking for it on every frame would restart the input method each frame, and with it
/// the frames: a window that never rests.
fn take_focus_once(ui: &Ui, response: &egui::Response) {
    if ui.memory(|memory| memory.focused().is_none()) {
        response.request_focus();
    }
}
