//! The dialogs of a [`Question`]: confirm a change, read a message, choose among answers; and
//! the unsaved-changes question.

use egui::{Color32, FontId, RichText, Ui};

use super::{Answer, choice};
use crate::app::messages::{Action, Question, Then};
use crate::t;

/// Shows `question`; its answer, once given.
pub(super) fn question_ui(ui: &mut Ui, question: &mut Question) -> Option<Answer> {
    match question {
        Question::Confirm {
            title,
            message,
            confirm,
            edit,
            select,
        } => {
            ui.heading(title.as_str());
            ui.label(message.as_str());
            ui.add_space(8.0);
            let mut answer = None;
            ui.horizontal(|ui| {
                if ui.button(confirm.as_str()).clicked() {
                    let edit = (**edit).clone();
                    answer = Some(Answer::Do(vec![Action::edit(edit, select.clone())]));
                }
                if ui.button(t!("button-cancel")).clicked() {
                    answer = Some(Answer::Dismiss);
                }
            });
            answer
        }
        Question::Tell {
            title,
            lines,
            error,
        } => tell_ui(ui, title, lines, *error),
        Question::Choice {
            title,
            lines,
            items,
            buttons,
        } => choice::choice_ui(ui, title, lines, items, buttons),
    }
}

fn tell_ui(ui: &mut Ui, title: &str, lines: &[String], error: bool) -> Option<Answer> {
    ui.heading(title);
    ui.add_space(6.0);
    for line in lines {
        if error {
            ui.label(
                RichText::new(line)
                    .font(FontId::monospace(13.0))
                    .color(Color32::from_rgb(0xC0, 0x39, 0x2B)),
            );
        } else {
            ui.label(line);
        }
    }
    ui.add_space(6.0);
    if error {
        ui.label(t!("error-nothing-changed"));
    }
    ui.button(t!("button-ok"))
        .clicked()
        .then_some(Answer::Dismiss)
}

/// "Save changes to … ?" before going on with `then`.
pub(super) fn unsaved_ui(ui: &mut Ui, name: &str, then: &Then) -> Option<Answer> {
    ui.heading(t!("unsaved-title", name = name));
    ui.label(t!("unsaved-message"));
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button(t!("unsaved-save")).clicked() {
            answer = Some(Answer::SaveThen(then.clone()));
        }
        if ui.button(t!("unsaved-discard")).clicked() {
            answer = Some(Answer::DiscardThen(then.clone()));
        }
        if ui.button(t!("button-cancel")).clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}
