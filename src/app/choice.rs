//! The question with several answers ([`super::dialogs::Dialog::Choice`]): lines about it,
//! items each with their own buttons (drafts to recover, versions to open), and buttons below.

use egui::{Key, Ui};

use super::actions::Action;
use super::dialogs::Answer;

/// One item of a [`Dialog::Choice`]: lines about it and its answers.
pub struct ChoiceItem {
    /// What the item is.
    pub lines: Vec<String>,
    /// Its answers.
    pub buttons: Vec<Choice>,
}

/// One answer of a [`Dialog::Choice`]: a button and what it does.
pub struct Choice {
    /// The button's text.
    pub label: String,
    /// The button's accessible name, when the label alone is ambiguous ("Restore" per item).
    pub name: Option<String>,
    /// Whether it can be chosen, and why not.
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
