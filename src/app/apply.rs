//! Applying what the parts asked for during a frame, in order, once every part has drawn: each
//! edit through the document's history (one gesture, one undo step), selections, commands, file
//! requests, questions, recovery requests.

use super::PercorsoApp;
use super::messages::{Action, Fold, PathPurpose, Question, Selection, Then};
use crate::layout::ViewOptions;
use crate::model::CardId;

/// How many rounds of actions that ask for more actions one frame applies.
const MAX_ACTION_ROUNDS: usize = 8;

impl PercorsoApp {
    /// Applies the actions the frame collected, in order.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let revision = self.doc.revision;
        if !self.actions.is_empty() {
            // The frame just drawn shows the state before these actions: draw one more.
            ctx.request_repaint();
        }
        // An action may ask for more (a command that edits, a drop that opens typing): apply
        // those too, in order, before the next frame. The bound only guards against a loop.
        for _round in 0..MAX_ACTION_ROUNDS {
            if self.actions.is_empty() {
                break;
            }
            for action in std::mem::take(&mut self.actions) {
                self.apply_action(ctx, action);
            }
        }
        if self.doc.revision != revision {
            // Drop what the changes removed (a deleted card, an undone stage).
            let places = super::messages::places(&self.doc.map, &self.selection);
            let mut present = places.iter().map(Option::is_some);
            self.selection.retain(|_| present.next().unwrap_or(false));
        }
    }

    fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit {
                edit,
                select,
                merge,
            } => match self.doc.apply(edit, self.selection.clone(), merge) {
                Ok(()) => {
                    if let Some(select) = select {
                        self.selection = select;
                    }
                }
                Err(error) => {
                    self.show_error(crate::t!("edit-not-made"), vec![error.to_string()]);
                }
            },
            Action::Select(selection) => self.selection = selection,
            Action::Show(selection) => {
                self.selection = selection;
                self.canvas.reveal_selection();
            }
            Action::Command(command) => self.run_command(ctx, command),
            Action::TypeInto(card) => self.start_typing(card),
            Action::MoveSelection { across, down } => self.move_selection(ctx, across, down),
            Action::Fold(fold) => self.fold(&fold),
            Action::Ask(question) => self.dialogs.ask(question),
            Action::Open(path) => self.ask_unsaved(Then::Open(path)),
            Action::SaveTo(path) => {
                self.save_checked(&path, false);
            }
            Action::New(template, language) => self.ask_unsaved(Then::New(template, language)),
            Action::ChoosePhoto(persona) => self.pick(ctx, PathPurpose::Photo(persona)),
            Action::SetPhoto(persona, path) => self.set_photo(persona, &path),
            Action::Paste(text) => self.paste(&text),
            Action::CopyText(text) => ctx.copy_text(text),
            Action::Recovery(request) => self.recovery_action(request),
        }
    }

    /// Says that something went wrong and that nothing was changed.
    pub(super) fn show_error(&mut self, title: impl Into<String>, lines: Vec<String>) {
        self.dialogs.ask(Question::error(title, lines));
    }

    /// Selects `card` and opens its text for typing on the canvas.
    fn start_typing(&mut self, card: CardId) {
        if let Some(text) = self.doc.map.card(&card).map(|c| c.text.clone()) {
            self.selection = vec![Selection::Card(card.clone())];
            self.canvas.start_typing(card, text);
        }
    }

    /// Changes the view options and remembers them for this file.
    pub(super) fn set_view(&mut self, options: ViewOptions) {
        let key = super::Prefs::view_key(self.doc.path.as_deref());
        self.prefs.views.insert(key, options.clone());
        self.view.options = options;
    }

    /// Folds a persona or a lane, or unfolds it if it is folded.
    fn fold(&mut self, fold: &Fold) {
        let mut options = self.view.options.clone();
        let (folded, id) = match fold {
            Fold::Persona(id) => (&mut options.collapsed_personas, id.to_string()),
            Fold::Lane(id) => (&mut options.collapsed_lanes, id.to_string()),
        };
        if !folded.remove(&id) {
            folded.insert(id);
        }
        self.set_view(options);
    }
}
