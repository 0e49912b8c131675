//! The export dialog: scale, background and which personas, then export to a file or copy to
//! the clipboard.

use egui::{RichText, Ui};

use super::Answer;
use crate::app::messages::ExportChoices;
use crate::export::Background;
use crate::t;

pub(super) fn ui(ui: &mut Ui, choices: &mut ExportChoices) -> Option<Answer> {
    ui.heading(t!("export-title"));
    ui.label(t!("export-carries-map"));
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(t!("export-scale-label"));
        for scale in [1.0, 2.0, 3.0, 4.0] {
            ui.selectable_value(
                &mut choices.scale,
                scale,
                t!("export-scale-value", scale = scale),
            );
        }
    });
    ui.horizontal(|ui| {
        ui.label(t!("export-background"));
        for (background, name) in [
            (Background::White, t!("export-background-white")),
            (Background::Transparent, t!("export-background-transparent")),
            (Background::Dark, t!("export-background-dark")),
        ] {
            ui.radio_value(&mut choices.background, background, name);
        }
    });
    ui.label(t!("export-personas"));
    for (_, name, on) in &mut choices.personas {
        ui.checkbox(on, name.as_str());
    }
    ui.label(RichText::new(t!("export-folded-note")).weak());
    ui.add_space(8.0);
    let mut answer = None;
    let any = choices.personas.is_empty() || choices.personas.iter().any(|(_, _, on)| *on);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(any, egui::Button::new(t!("export-button")))
            .clicked()
        {
            answer = Some(Answer::Export(choices.clone(), true));
        }
        if ui
            .add_enabled(any, egui::Button::new(t!("export-copy-button")))
            .clicked()
        {
            answer = Some(Answer::Export(choices.clone(), false));
        }
        if ui.button(t!("button-cancel")).clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}
