//! The question with several answers ([`Question::Choice`](crate::app::messages::Question)):
//! lines about it, items each with their own buttons (drafts to recover, versions to open), and
//! buttons below; Escape takes the last.

use egui::{Key, Ui};

use super::Answer;
use crate::app::messages::{Choice, ChoiceItem};

pub(super) fn choice_ui(
    ui: &mut Ui,
    title: &str,
    lines: &[String],
    items: &mut [ChoiceItem],
    buttons: &mut [Choice],
) -> Option<Answer> {
    ui.heading(title);
    for line in lines {
        ui.label(line);
    }
    let mut answer = None;
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for item in items.iter_mut() {
                ui.separator();
                for line in &item.lines {
                    ui.label(line);
                }
                ui.horizontal(|ui| {
                    answer = answer.take().or(choice_buttons(ui, &mut item.buttons));
                });
            }
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| answer = answer.take().or(choice_buttons(ui, buttons)));
    if answer.is_none()
        && ui.input(|i| i.key_pressed(Key::Escape))
        && let Some(last) = buttons.last_mut()
    {
        answer = Some(Answer::Do(std::mem::take(&mut last.actions)));
    }
    answer
}

fn choice_buttons(ui: &mut Ui, buttons: &mut [Choice]) -> Option<Answer> {
    let mut answer = None;
    for choice in buttons {
        let mut response =
            ui.add_enabled(choice.disabled.is_none(), egui::Button::new(&choice.label));
        if let Some(name) = &choice.name {
            response = response.accessible_name(name);
        }
        if let Some(reason) = &choice.disabled {
            response = response.on_disabled_hover_text(reason);
        }
        if response.clicked() {
            answer = Some(Answer::Do(std::mem::take(&mut choice.actions)));
        }
    }
    answer
}
