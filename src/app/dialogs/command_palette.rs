//! The command palette: every command that can run now, found by typing part of its name;
//! Enter runs the first match.

use egui::{Key, RichText, Ui};

use super::{Answer, take_focus_once};
use crate::app::messages::{Action, Command, CommandState};

pub(super) fn ui(ui: &mut Ui, query: &mut String, commands: CommandState) -> Option<Answer> {
    ui.heading("Command palette");
    let response = ui
        .add(
            egui::TextEdit::singleline(query)
                .hint_text("Type a command")
                .desired_width(420.0),
        )
        .accessible_name("Command");
    take_focus_once(ui, &response);
    let wanted = query.to_lowercase();
    let matches: Vec<Command> = Command::ALL
        .into_iter()
        .filter(|c| *c != Command::CommandPalette && c.is_enabled(commands))
        .filter(|c| c.label().to_lowercase().contains(&wanted))
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
                    .map(|s| ui.ctx().format_shortcut(&s))
                    .unwrap_or_default();
                ui.horizontal(|ui| {
                    if ui.button(info.label).on_hover_text(info.tooltip).clicked() {
                        answer = Some(Answer::Do(vec![Action::Command(command)]));
                    }
                    ui.label(RichText::new(shortcut).weak());
                });
            }
        });
    answer
}
