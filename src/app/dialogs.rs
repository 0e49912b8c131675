//! Modal questions: confirm a deletion or a clamp, save unsaved changes, show an error, type a
//! path when no file dialog is available, and the command palette.

use std::path::PathBuf;

use egui::{Color32, FontId, Key, RichText, Ui};

use super::Selection;
use super::actions::Action;
pub use super::choice::{Choice, ChoiceItem};
use super::commands::Command;
use crate::edit::Edit;

/// What to do after the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Close the window.
    Close,
    /// Open this file.
    Open(PathBuf),
    /// Show the open dialog.
    OpenDialog,
    /// Start a new map from this template.
    New(&'static str),
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a map.
    Open,
    /// Save the map under a new name.
    SaveAs,
    /// A photo for the persona at this index.
    Photo(usize),
    /// Where to export the PNG.
    ExportPng,
}

/// A question on screen.
pub enum Dialog {
    /// "Delete …?" with the edit to apply on yes.
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
    /// Save changes before going on?
    Unsaved {
        /// The map's file name.
        name: String,
        /// What comes next.
        then: Then,
    },
    /// Something went wrong; the map is as it was.
    Error {
        /// The heading.
        title: String,
        /// The messages.
        lines: Vec<String>,
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
        choices: super::export_job::ExportChoices,
    },
    /// Something done, said.
    Info {
        /// The heading.
        title: String,
        /// The details.
        lines: Vec<String>,
    },
    /// Find and run a command.
    Palette {
        /// The filter typed so far.
        query: String,
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
    Export(super::export_job::ExportChoices, bool),
}

/// Shows `dialog`; returns the answer once the user gave one.
pub fn dialog_ui(ui: &mut Ui, dialog: &mut Dialog) -> Option<Answer> {
    let mut answer = None;
    let modal = egui::Modal::new(ui.scope_id().with("dialog")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        answer = match dialog {
            Dialog::Confirm {
                title,
                message,
                confirm,
                edit,
                select,
            } => confirm_ui(ui, title, message, confirm, edit, select),
            Dialog::Unsaved { name, then } => unsaved_ui(ui, name, then),
            Dialog::Error { title, lines } => error_ui(ui, title, lines),
            Dialog::Path { purpose, text } => path_ui(ui, *purpose, text),
            Dialog::Palette { query } => palette_ui(ui, query),
            Dialog::Export { choices } => export_ui(ui, choices),
            Dialog::Info { title, lines } => info_ui(ui, title, lines),
            Dialog::Choice {
                title,
                lines,
                items,
                buttons,
            } => super::choice::choice_ui(ui, title, lines, items, buttons),
        };
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismiss);
    }
    answer
}

fn confirm_ui(
    ui: &mut Ui,
    title: &str,
    message: &str,
    confirm: &str,
    edit: &Edit,
    select: &[Selection],
) -> Option<Answer> {
    ui.heading(title);
    ui.label(message);
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button(confirm).clicked() {
            answer = Some(Answer::Do(vec![Action::edit(
                edit.clone(),
                select.to_vec(),
            )]));
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}

fn unsaved_ui(ui: &mut Ui, name: &str, then: &Then) -> Option<Answer> {
    ui.heading(format!("Save changes to {name}?"));
    ui.label("Your changes will be lost if you don't save them.");
    ui.add_space(8.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            answer = Some(Answer::SaveThen(then.clone()));
        }
        if ui.button("Don't save").clicked() {
            answer = Some(Answer::DiscardThen(then.clone()));
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}

fn error_ui(ui: &mut Ui, title: &str, lines: &[String]) -> Option<Answer> {
    ui.heading(title);
    ui.add_space(6.0);
    for line in lines {
        ui.label(
            RichText::new(line)
                .font(FontId::monospace(13.0))
                .color(Color32::from_rgb(0xC0, 0x39, 0x2B)),
        );
    }
    ui.add_space(6.0);
    ui.label("Nothing was changed: the map on screen and the files on disk are as they were.");
    ui.button("OK").clicked().then_some(Answer::Dismiss)
}

fn path_ui(ui: &mut Ui, purpose: PathPurpose, text: &mut String) -> Option<Answer> {
    let (title, hint) = match purpose {
        PathPurpose::Open => ("Open a map", "/path/to/map.ron or a Percorso .png"),
        PathPurpose::SaveAs => ("Save the map as", "/path/to/map.ron"),
        PathPurpose::Photo(_) => ("Choose a photo", "/path/to/photo.png or .jpg"),
        PathPurpose::ExportPng => ("Export the map as", "/path/to/map.png"),
    };
    ui.heading(title);
    ui.label("No file dialog is available on this system; type the file's path.");
    let response = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(500.0),
        )
        .accessible_name("File path");
    // Enter ends a one-line field (it gives up the focus): that is the answer.
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    take_focus_once(ui, &response);
    let mut answer = None;
    ui.horizontal(|ui| {
        if (ui.button("OK").clicked() || entered) && !text.trim().is_empty() {
            answer = Some(Answer::Path(purpose, PathBuf::from(text.trim())));
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}

fn export_ui(ui: &mut Ui, choices: &mut super::export_job::ExportChoices) -> Option<Answer> {
    use crate::export::Background;
    ui.heading("Export PNG");
    ui.label("The image carries the map: Percorso opens it as the same map.");
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label("Scale");
        for scale in [1.0, 2.0, 3.0, 4.0] {
            ui.selectable_value(&mut choices.scale, scale, format!("{scale}x"));
        }
    });
    ui.horizontal(|ui| {
        ui.label("Background");
        for (background, name) in [
            (Background::White, "White"),
            (Background::Transparent, "Transparent"),
            (Background::Dark, "Dark"),
        ] {
            ui.radio_value(&mut choices.background, background, name);
        }
    });
    ui.label("Personas");
    for (_, name, on) in &mut choices.personas {
        ui.checkbox(on, name.as_str());
    }
    ui.label(RichText::new("Folded personas and lanes are exported folded, as on screen.").weak());
    ui.add_space(8.0);
    let mut answer = None;
    let any = choices.personas.is_empty() || choices.personas.iter().any(|(_, _, on)| *on);
    ui.horizontal(|ui| {
        if ui.add_enabled(any, egui::Button::new("Export…")).clicked() {
            answer = Some(Answer::Export(choices.clone(), true));
        }
        if ui
            .add_enabled(any, egui::Button::new("Copy image"))
            .clicked()
        {
            answer = Some(Answer::Export(choices.clone(), false));
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}

fn info_ui(ui: &mut Ui, title: &str, lines: &[String]) -> Option<Answer> {
    ui.heading(title);
    for line in lines {
        ui.label(line);
    }
    ui.add_space(6.0);
    ui.button("OK").clicked().then_some(Answer::Dismiss)
}

fn palette_ui(ui: &mut Ui, query: &mut String) -> Option<Answer> {
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
        .filter(|c| *c != Command::CommandPalette && c.label().to_lowercase().contains(&wanted))
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
                let shortcut = command
                    .shortcut()
                    .map(|s| ui.ctx().format_shortcut(&s))
                    .unwrap_or_default();
                ui.horizontal(|ui| {
                    if ui.button(command.label()).clicked() {
                        answer = Some(Answer::Do(vec![Action::Command(command)]));
                    }
                    ui.label(RichText::new(shortcut).weak());
                });
            }
        });
    answer
}

/// Puts the keyboard focus on a dialog's text field when nothing has it (the dialog just
/// opened). Asking for it on every frame would restart the input method each frame, and with it
/// the frames: a window that never rests.
fn take_focus_once(ui: &Ui, response: &egui::Response) {
    if ui.memory(|memory| memory.focused().is_none()) {
        response.request_focus();
    }
}
