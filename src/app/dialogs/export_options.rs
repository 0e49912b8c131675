//! The export dialog: scale, background and which personas, then export to a file or copy to
//! the clipboard.

use egui::{RichText, Ui};

use super::Answer;
use crate::app::messages::ExportChoices;
use crate::export::Background;

pub(super) fn ui(ui: &mut Ui, choices: &mut ExportChoices) -> Option<Answer> {
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
