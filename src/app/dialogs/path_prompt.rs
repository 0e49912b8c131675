//! The typed-path prompt: where no file dialog exists (no display service, no desktop portal),
//! Save as, Open, Export and the photo picker ask for a path here. Enter answers it.

use std::path::PathBuf;

use egui::{Key, Ui};

use super::{Answer, take_focus_once};
use crate::app::messages::PathPurpose;

pub(super) fn ui(ui: &mut Ui, purpose: PathPurpose, text: &mut String) -> Option<Answer> {
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
