//! The export dialog: the format, then its own choices (the image's scale and background, the
//! PDF's pages, the CSV's table), which personas, and export to a file or (an image) copy to
//! the clipboard.

use egui::{RichText, Ui};

use super::Answer;
use super::export_preview::ExportPreview;
use crate::app::messages::ExportChoices;
use crate::export::pages::PageSize;
use crate::export::table::Table;
use crate::export::{Background, Format};
use crate::model::LaneKind;
use crate::t;

pub(super) fn ui(
    ui: &mut Ui,
    choices: &mut ExportChoices,
    preview: &mut ExportPreview,
) -> Option<Answer> {
    ui.heading(t!("export-title"));
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("export-format"));
        for format in Format::ALL {
            ui.selectable_value(&mut choices.format, format, format_name(format));
        }
    });
    ui.label(if choices.format.carries_map() {
        t!("export-carries-map")
    } else {
        t!("export-text-only")
    });
    ui.add_space(6.0);
    format_choices(ui, choices);
    ui.label(t!("export-personas"));
    for (_, name, on) in &mut choices.personas {
        ui.checkbox(on, name.as_str());
    }
    if matches!(choices.format, Format::Png | Format::Pdf | Format::Svg) {
        ui.label(RichText::new(t!("export-folded-note")).weak());
    }
    ui.add_space(4.0);
    let said = preview.text(ui.ctx(), choices);
    ui.label(RichText::new(said).strong());
    ui.add_space(8.0);
    buttons(ui, choices)
}

/// The choices of the format chosen.
fn format_choices(ui: &mut Ui, choices: &mut ExportChoices) {
    if choices.format == Format::Png {
        ui.horizontal(|ui| {
            ui.label(t!("export-scale-label"));
            for scale in [1.0, 2.0, 3.0, 4.0] {
                let name = t!("export-scale-value", scale = scale);
                ui.selectable_value(&mut choices.scale, scale, name);
            }
        });
    }
    if choices.format == Format::Pdf {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("export-pages"));
            for page in PageSize::ALL {
                ui.selectable_value(&mut choices.share.page, page, page_name(page));
            }
        });
    }
    if matches!(choices.format, Format::Png | Format::Pdf | Format::Svg) {
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
    }
    if choices.format == Format::Csv {
        ui.horizontal(|ui| {
            ui.label(t!("export-table"));
            for (table, name) in [
                (Table::Cards, t!("export-table-cards")),
                (Table::Emotions, t!("export-table-emotions")),
                (Table::Metrics, t!("export-table-metrics")),
            ] {
                ui.radio_value(&mut choices.share.table, table, name);
            }
        });
    }
    if choices.format == Format::Mermaid {
        mermaid_lanes(ui, &mut choices.share.mermaid_lanes);
    }
}

/// The lanes whose cards become Mermaid tasks, one checkbox each (the emotion lane has none).
fn mermaid_lanes(ui: &mut Ui, lanes: &mut Vec<LaneKind>) {
    ui.label(t!("export-mermaid-lanes"));
    ui.horizontal_wrapped(|ui| {
        for kind in LaneKind::ALL
            .into_iter()
            .filter(|k| *k != LaneKind::Emotions)
        {
            let mut on = lanes.contains(&kind);
            if ui.checkbox(&mut on, kind.display_name()).changed() {
                lanes.retain(|k| *k != kind);
                if on {
                    lanes.push(kind);
                }
            }
        }
    });
}

fn buttons(ui: &mut Ui, choices: &ExportChoices) -> Option<Answer> {
    let mut answer = None;
    let any = choices.personas.is_empty() || choices.personas.iter().any(|(_, _, on)| *on);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(any, egui::Button::new(t!("export-button")))
            .clicked()
        {
            answer = Some(Answer::Export(choices.clone(), true));
        }
        if choices.format == Format::Png
            && ui
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

fn format_name(format: Format) -> String {
    match format {
        Format::Png => t!("export-format-png"),
        Format::Pdf => t!("export-format-pdf"),
        Format::Svg => t!("export-format-svg"),
        Format::Markdown => t!("export-format-md"),
        Format::Csv => t!("export-format-csv"),
        Format::Mermaid => t!("export-format-mmd"),
    }
}

fn page_name(page: PageSize) -> String {
    match page {
        PageSize::Fit => t!("export-page-fit"),
        PageSize::A4Landscape => t!("export-page-a4-landscape"),
        PageSize::A4Portrait => t!("export-page-a4-portrait"),
        PageSize::A3Landscape => t!("export-page-a3-landscape"),
        PageSize::A3Portrait => t!("export-page-a3-portrait"),
    }
}
