//! The command palette: every command that can run now, found by typing part of its name in
//! the current language (accents optional); Enter runs the first match.

use egui::{Key, RichText, Ui};

use super::{Answer, take_focus_once};
use crate::app::messages::{Action, Command, CommandState, shortcut_text};
use crate::t;

pub(super) fn ui(ui: &mut Ui, query: &mut String, commands: CommandState) -> Option<Answer> {
    ui.heading(t!("palette-title"));
    let response = ui
        .add(
            egui::TextEdit::singleline(query)
                .hint_text(t!("palette-hint"))
                .desired_width(420.0),
        )
        .accessible_name(t!("palette-field"));
    take_focus_once(ui, &response);
    let wanted = folded(query);
    let matches: Vec<Command> = Command::ALL
        .into_iter()
        .filter(|c| *c != Command::CommandPalette && c.is_enabled(commands))
        .filter(|c| folded(&c.label()).contains(&wanted))
        .collect();
    let mut answer = None;
    if ui.input(|i| i.key_pressed(Key::Enter))
        && let Some(first) = matches.first()
    {
        answer = Some(Answer::Do(vec![Action::Command(*first)]));
    }
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for command in matches {
                let info = command.info();
                let shortcut = info
                    .shortcut
                    .map(|s| shortcut_text(s, ui.ctx().os() == egui::os::OperatingSystem::Mac))
                    .unwrap_or_default();
                ui.horizontal(|ui| {
                    let button = ui.button(command.label()).on_hover_text(command.tooltip());
                    if button.clicked() {
                        answer = Some(Answer::Do(vec![Action::Command(command)]));
                    }
                    ui.label(RichText::new(shortcut).weak());
                });
            }
        });
    answer
}

/// `text` in lower case without accents, so that "criticita" finds "Criticità" and "modifica"
/// finds "Modifica".
fn folded(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' => 'a',
            'è' | 'é' => 'e',
            'ì' | 'í' => 'i',
            'ò' | 'ó' => 'o',
            'ù' | 'ú' => 'u',
            other => other,
        })
        .collect()
}
