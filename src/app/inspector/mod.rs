//! The inspector panel: edits every field of the selected element (or of the map when nothing
//! is selected). Each change becomes an edit; typing in one field is one undo step.

mod fields;
mod structure;

use egui::{Grid, RichText, Ui};

use super::Selection;
use super::actions::Action;
use super::commands::Command;
use super::selection::find_lane;
use crate::edit::{LaneAt, ops};
use crate::model::{Color, Map};

/// Width of a text field in the inspector, so the panel keeps its width whatever it shows.
const FIELD_WIDTH: f32 = 210.0;

/// What the inspector needs from the app for one frame.
pub struct Inspector<'a> {
    /// The map.
    pub map: &'a Map,
    /// The selection.
    pub selection: &'a [Selection],
    /// Changes whenever keyboard focus moves, so typing merges only within one field visit.
    pub session: u64,
    /// Put the keyboard focus on the name field (F2).
    pub focus_name: bool,
    /// What the user asked for.
    pub actions: &'a mut Vec<Action>,
}

impl Inspector<'_> {
    /// The merge key of typing into `element`'s fields during this focus session.
    fn key(&self, element: &str) -> String {
        format!("{element}:{}", self.session)
    }
}

/// Shows the inspector.
pub fn inspector_ui(ui: &mut Ui, inspector: &mut Inspector) {
    egui::ScrollArea::vertical().show(ui, |ui| match inspector.selection {
        [] => structure::map_ui(ui, inspector),
        [one] => {
            if element_ui(ui, inspector, &one.clone()).is_none() {
                structure::map_ui(ui, inspector);
            }
        }
        many => {
            heading(
                ui,
                "Selection",
                &format!("{} elements selected", many.len()),
            );
            if ui.button("Delete selected").clicked() {
                inspector.actions.push(Action::Command(Command::Delete));
            }
        }
    });
}

fn element_ui(ui: &mut Ui, inspector: &mut Inspector, selection: &Selection) -> Option<()> {
    let map = inspector.map;
    match selection {
        Selection::Stage(id) => {
            let index = map.stages.iter().position(|s| &s.id == id)?;
            structure::stage_ui(ui, inspector, index);
        }
        Selection::Persona(id) => {
            let index = map.personas.iter().position(|p| &p.id == id)?;
            structure::persona_ui(ui, inspector, index);
        }
        Selection::Lane(id) => {
            let (persona, lane) = find_lane(map, id)?;
            structure::lane_ui(ui, inspector, LaneAt { persona, lane });
        }
        Selection::Card(id) => {
            let (at, index) = ops::find_card(map, id)?;
            fields::card_ui(ui, inspector, at, index);
        }
        Selection::Point(lane, stage) | Selection::Cell(lane, stage) => {
            let (persona, lane_index) = find_lane(map, lane)?;
            let at = LaneAt {
                persona,
                lane: lane_index,
            };
            let has_point = map.personas[persona].lanes[lane_index]
                .points
                .iter()
                .any(|p| &p.stage == stage);
            if matches!(selection, Selection::Point(..)) && has_point {
                fields::point_ui(ui, inspector, at, stage);
            } else {
                fields::cell_ui(ui, inspector, at, stage);
            }
        }
    }
    Some(())
}

/// The kind of element and its name, above its fields.
fn heading(ui: &mut Ui, kind: &str, name: &str) {
    ui.label(RichText::new(kind).small().weak());
    ui.heading(if name.is_empty() { "(no name)" } else { name });
    ui.add_space(4.0);
}

/// A two-column grid of labelled fields.
fn grid(ui: &mut Ui, id: &str, contents: impl FnOnce(&mut Ui)) {
    // Cells wrap at the field width, so the panel keeps its width whatever a cell holds.
    Grid::new(id)
        .num_columns(2)
        .spacing([10.0, 6.0])
        .max_col_width(FIELD_WIDTH)
        .show(ui, contents);
}

/// A labelled text field; `multiline` for long text. Returns whether it changed.
/// A [`text_row`] for the element's name (or a card's text), focused when the element was just
/// created or renamed (`focus`).
fn name_row(ui: &mut Ui, label: &str, text: &mut String, multiline: bool, focus: bool) {
    let response = text_row(ui, label, text, multiline);
    if focus {
        response.request_focus();
    }
}

fn text_row(ui: &mut Ui, label: &str, text: &mut String, multiline: bool) -> egui::Response {
    ui.label(RichText::new(label).weak());
    let response = if multiline {
        ui.add(
            egui::TextEdit::multiline(text)
                .desired_rows(2)
                .desired_width(FIELD_WIDTH),
        )
    } else {
        line_edit(ui, text, FIELD_WIDTH, "")
    }
    .accessible_name(label);
    ui.end_row();
    response
}

/// A field for one line of text (a name, a title) that wraps instead of hiding what does not
/// fit, so its whole value is always in view. Enter ends it, as in a one-line field; line
/// breaks typed or pasted become spaces.
fn line_edit(ui: &mut Ui, text: &mut String, width: f32, hint: &str) -> egui::Response {
    let response = ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(1)
            .return_key(None)
            .hint_text(hint)
            .desired_width(width),
    );
    if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        response.surrender_focus();
    }
    if text.contains(['\n', '\r']) {
        *text = text.replace("\r\n", " ").replace(['\n', '\r'], " ");
    }
    response
}

/// A labelled optional colour: a checkbox to use one, and a picker.
fn color_row(ui: &mut Ui, label: &str, color: &mut Option<Color>, default: egui::Color32) {
    ui.label(RichText::new(label).weak());
    ui.horizontal(|ui| {
        let mut custom = color.is_some();
        if ui.checkbox(&mut custom, "custom").changed() {
            *color = custom.then(|| Color::from_rgb(default.r(), default.g(), default.b()));
        }
        if let Some(current) = color.as_mut() {
            let mut rgba = crate::theme::to_color32(current).unwrap_or(default);
            if ui
                .color_edit_button_srgba(&mut rgba)
                .on_hover_text(format!("{label} colour"))
                .changed()
            {
                *current = Color::from_rgb(rgba.r(), rgba.g(), rgba.b());
            }
            ui.label(RichText::new(&current.0).weak());
        }
    });
    ui.end_row();
}
