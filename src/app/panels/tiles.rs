//! The tile palette: tiles to drag onto the canvas (stages, personas, lanes of each kind, cards
//! of each kind, an emotion value). Clicking a tile adds the thing at a sensible place instead.

use egui::{RichText, Sense, Ui, WidgetInfo};

use crate::app::messages::{Action, Command, Question, Selection, Tile};
use crate::edit::ops;
use crate::model::{CardKind, LaneAt, LaneKind, Map, StageId};
use crate::t;
use crate::theme::kind_color;

/// What the user did with a tile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TileUse {
    /// Started dragging it.
    Dragged(Tile),
    /// Clicked it.
    Clicked(Tile),
}

/// The tile palette. It keeps no state of its own (a drag, once started, is the canvas's), but
/// it is a part of the window like the others: what it would keep (a filter, folded sections)
/// goes here.
#[derive(Default)]
pub struct TilePalette;

impl TilePalette {
    /// Draws the palette; says which tile was dragged or clicked, if any.
    #[allow(clippy::unused_self)] // See the struct: no state yet.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<TileUse> {
        let mut used = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(RichText::new(t!("tiles-drag-hint")).weak());
            section(
                ui,
                &t!("tiles-structure"),
                &[Tile::Stage, Tile::Persona],
                &mut used,
            );
            let lanes: Vec<Tile> = LaneKind::ALL.iter().map(|k| Tile::Lane(*k)).collect();
            section(ui, &t!("tiles-lanes"), &lanes, &mut used);
            let cards: Vec<Tile> = CardKind::ALL.iter().map(|k| Tile::Card(*k)).collect();
            section(ui, &t!("tiles-cards"), &cards, &mut used);
            section(ui, &t!("tiles-emotions"), &[Tile::Emotion], &mut used);
        });
        used
    }
}

fn section(ui: &mut Ui, title: &str, tiles: &[Tile], used: &mut Option<TileUse>) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong());
    for tile in tiles {
        let response = tile_ui(ui, *tile);
        if response.drag_started() {
            *used = Some(TileUse::Dragged(*tile));
        } else if response.clicked() {
            *used = Some(TileUse::Clicked(*tile));
        }
    }
}

fn tile_ui(ui: &mut Ui, tile: Tile) -> egui::Response {
    let label = tile.label();
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 24.0), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    let visuals = ui.style().interact(&response);
    ui.painter().rect(
        rect,
        4.0,
        visuals.weak_bg_fill,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let accent = match tile {
        Tile::Card(kind) => kind_color(kind),
        Tile::Lane(kind) => kind
            .default_card_kind()
            .map_or(egui::Color32::from_rgb(0xD5, 0x3E, 0x1F), kind_color),
        Tile::Emotion => egui::Color32::from_rgb(0x1A, 0x9E, 0x5F),
        Tile::Stage | Tile::Persona => ui.visuals().selection.bg_fill,
    };
    let stripe = egui::Rect::from_min_size(rect.min, egui::vec2(5.0, rect.height()));
    ui.painter().rect_filled(stripe, 2.0, accent);
    let text_pos = rect.left_center() + egui::vec2(12.0, 0.0);
    ui.painter().text(
        text_pos,
        egui::Align2::LEFT_CENTER,
        &label,
        egui::FontId::proportional(13.0),
        visuals.text_color(),
    );
    response
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_hover_text(t!("tiles-tooltip"))
}

/// What clicking a tile adds: a stage or persona at the end, a lane in the selected persona, a
/// card in the selected cell; where there is no sensible place, it says how to choose one.
#[must_use]
pub fn quick_add(map: &Map, selection: &[Selection], tile: Tile) -> Action {
    match tile {
        Tile::Stage => Action::Command(Command::AddStage),
        Tile::Persona => Action::Command(Command::AddPersona),
        Tile::Card(kind) => {
            let added = selected_cell(map, selection)
                .and_then(|(at, stage)| ops::new_card(map, at, &stage, Some(kind)));
            match added {
                Some((edit, id)) => Action::edit(edit, vec![Selection::Card(id)]),
                None => Action::Ask(Question::error(
                    t!(
                        "tiles-card-where",
                        kind = kind.display_name().to_lowercase()
                    ),
                    vec![t!("tiles-card-how")],
                )),
            }
        }
        Tile::Lane(kind) => {
            let added = selected_persona(map, selection)
                .and_then(|p| ops::add_lane(map, p, map.personas[p].lanes.len(), kind));
            match added {
                Some((edit, id)) => Action::edit(edit, vec![Selection::Lane(id)]),
                None => Action::Ask(Question::error(
                    t!("tiles-lane-where"),
                    vec![t!("tiles-lane-how")],
                )),
            }
        }
        Tile::Emotion => Action::Ask(Question::error(
            t!("tiles-emotion-where"),
            vec![t!("tiles-emotion-how")],
        )),
    }
}

/// The cell of the first selected element: a cell, or a card's.
fn selected_cell(map: &Map, selection: &[Selection]) -> Option<(LaneAt, StageId)> {
    match selection.first()? {
        Selection::Cell(lane, stage) => Some((map.lane_place(lane)?, stage.clone())),
        Selection::Card(id) => {
            let at = map.card_place(id)?;
            Some((at.lane, map.card_at(at)?.stage.clone()))
        }
        _ => None,
    }
}

/// The persona of the first selected element, if it has one.
fn selected_persona(map: &Map, selection: &[Selection]) -> Option<usize> {
    match selection.first()? {
        Selection::Persona(id) => map.persona_index(id),
        Selection::Lane(id) | Selection::Cell(id, _) | Selection::Point(id, _) => {
            map.lane_place(id).map(|at| at.persona)
        }
        Selection::Card(id) => map.card_place(id).map(|at| at.lane.persona),
        Selection::Stage(_) => None,
    }
}
