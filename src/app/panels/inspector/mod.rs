//! The inspector panel: edits every field of the selected element (or of the map when nothing
//! is selected). Each change becomes an edit; typing in one field is one undo step. It reads the
//! map and the selection and asks for edits; it changes nothing itself.

mod card;
mod structure;

use egui::{Grid, RichText, Ui};

use crate::app::messages::{Action, Command, Selection};
use crate::model::{Color, Map};
use crate::t;

/// Width of a text field in the inspector, so the panel keeps its width whatever it shows.
const FIELD_WIDTH: f32 = 210.0;

/// The inspector's state between frames.
#[derive(Default)]
pub struct Inspector {
    /// Put the keyboard focus on the name field on the next frame (F2).
    focus_name: bool,
}

/// What the inspector reads for one frame.
pub struct InspectorFrame<'a> {
    /// The map whose fields it edits.
    pub map: &'a Map,
    /// The selection.
    pub selection: &'a [Selection],
    /// Changes whenever keyboard focus moves, so typing merges only within one field visit.
    pub session: u64,
}

impl Inspector {
    /// Puts the keyboard focus on the selected element's name (or a card's text) next frame.
    pub fn focus_name(&mut self) {
        self.focus_name = true;
    }

    /// Shows the inspector; what the user changes goes into `actions`.
    pub fn ui(&mut self, ui: &mut Ui, frame: &InspectorFrame, actions: &mut Vec<Action>) {
        let mut form = Form {
            map: frame.map,
            session: frame.session,
            focus_name: std::mem::take(&mut self.focus_name),
            actions,
        };
        egui::ScrollArea::vertical().show(ui, |ui| match frame.selection {
            [] => structure::map_ui(ui, &mut form),
            [one] => {
                if element_ui(ui, &mut form, one).is_none() {
                    structure::map_ui(ui, &mut form);
                }
            }
            many => {
                let count = t!("selection-count", count = many.len());
                heading(ui, &t!("inspector-selection"), &count);
                if ui.button(t!("inspector-delete-selected")).clicked() {
                    form.actions.push(Action::Command(Command::Delete));
                }
            }
        });
    }
}

/// What the editors of one element need: the map, where typing merges, and where to put edits.
struct Form<'a> {
    map: &'a Map,
    session: u64,
    focus_name: bool,
    actions: &'a mut Vec<Action>,
}

impl Form<'_> {
    /// The merge key of typing into `element`'s fields during this focus session.
    fn key(&self, element: &str) -> String {
        format!("{element}:{}", self.session)
    }
}

fn element_ui(ui: &mut Ui, form: &mut Form, selection: &Selection) -> Option<()> {
    let map = form.map;
    match selection {
        Selection::Stage(id) => structure::stage_ui(ui, form, map.stage_index(id)?),
        Selection::Persona(id) => structure::persona_ui(ui, form, map.persona_index(id)?),
        Selection::Lane(id) => structure::lane_ui(ui, form, map.lane_place(id)?),
        Selection::Card(id) => card::card_ui(ui, form, map.card_place(id)?),
        Selection::Point(lane, stage) | Selection::Cell(lane, stage) => {
            let at = map.lane_place(lane)?;
            let has_point = map.lane_at(at)?.points.iter().any(|p| &p.stage == stage);
            if matches!(selection, Selection::Point(..)) && has_point {
                card::point_ui(ui, form, at, stage);
            } else {
                card::cell_ui(ui, form, at, stage);
            }
        }
    }
    Some(())
}

/// The kind of element and its name, above its fields.
fn heading(ui: &mut Ui, kind: &str, name: &str) {
    ui.label(RichText::new(kind).small().weak());
    if name.is_empty() {
        ui.heading(t!("inspector-no-name"));
    } else {
        ui.heading(name);
    }
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
        if ui.checkbox(&mut custom, t!("colour-custom")).changed() {
            *color = custom.then(|| Color::from_rgb(default.r(), default.g(), default.b()));
        }
        if let Some(current) = color.as_mut() {
            let mut rgba = crate::theme::to_color32(current).unwrap_or(default);
            if ui
                .color_edit_button_srgba(&mut rgba)
                .on_hover_text(t!("colour-pick"))
                .accessible_name(t!("colour-pick"))
                .changed()
            {
                *current = Color::from_rgb(rgba.r(), rgba.g(), rgba.b());
            }
            ui.label(RichText::new(&current.0).weak());
        }
    });
    ui.end_row();
}
