//! The typed-path prompt: where no file dialog exists (no display service, no desktop portal),
//! Save as, Open, Export and the photo picker ask for a path here. Enter answers it.

use std::path::PathBuf;

use egui::{Key, Ui};

use super::{Answer, take_focus_once};
use crate::app::messages::PathPurpose;
use crate::t;

pub(super) fn ui(ui: &mut Ui, purpose: PathPurpose, text: &mut String) -> Option<Answer> {
    let (title, hint) = match purpose {
        PathPurpose::Open => (t!("prompt-open"), t!("prompt-open-hint")),
        PathPurpose::SaveAs => (t!("prompt-save-as"), t!("prompt-save-as-hint")),
        PathPurpose::Photo(_) => (t!("prompt-photo"), t!("prompt-photo-hint")),
        PathPurpose::Export(_) => (t!("prompt-export"), t!("prompt-export-hint")),
    };
    ui.heading(title);
    ui.label(t!("prompt-no-dialog"));
    let response = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(500.0),
        )
        .accessible_name(t!("prompt-field"));
    // Enter ends a one-line field (it gives up the focus): that is the answer.
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    take_focus_once(ui, &response);
    let mut answer = None;
    ui.horizontal(|ui| {
        if (ui.button(t!("button-ok")).clicked() || entered) && !text.trim().is_empty() {
            answer = Some(Answer::Path(purpose, PathBuf::from(text.trim())));
        }
        if ui.button(t!("button-cancel")).clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}
