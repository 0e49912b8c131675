//! The palette: tiles to drag onto the canvas (stages, personas, lanes of each kind, cards of
//! each kind, an emotion value). Clicking a tile adds the thing at a sensible place instead.

use egui::{RichText, Sense, Ui, WidgetInfo};

use super::Selection;
use super::actions::Action;
use super::commands::Command;
use super::dialogs::Dialog;
use super::drag::{Drag, DragItem, PaletteItem};
use super::selection::find_lane;
use crate::edit::{LaneAt, ops};
use crate::model::Map;
use crate::model::{CardKind, LaneKind};
use crate::theme::kind_color;

/// Draws the palette; returns the tile clicked (not dragged), if any.
pub fn palette_ui(ui: &mut Ui, drag: &mut Option<Drag>) -> Option<PaletteItem> {
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(RichText::new("Drag onto the map").weak());
        section(
            ui,
            "Structure",
            &[PaletteItem::Stage, PaletteItem::Persona],
            drag,
            &mut clicked,
        );
        let lanes: Vec<PaletteItem> = LaneKind::ALL
            .iter()
            .map(|k| PaletteItem::Lane(*k))
            .collect();
        section(ui, "Lanes", &lanes, drag, &mut clicked);
        let cards: Vec<PaletteItem> = CardKind::ALL
            .iter()
            .map(|k| PaletteItem::Card(*k))
            .collect();
        section(ui, "Cards", &cards, drag, &mut clicked);
        section(ui, "Emotions", &[PaletteItem::Emotion], drag, &mut clicked);
    });
    clicked
}

fn section(
    ui: &mut Ui,
    title: &str,
    items: &[PaletteItem],
    drag: &mut Option<Drag>,
    clicked: &mut Option<PaletteItem>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong());
    for item in items {
        let response = tile(ui, *item);
        if response.drag_started() {
            *drag = Some(Drag {
                item: DragItem::Palette(*item),
                target: None,
                pos_in_map: None,
            });
        } else if response.clicked() {
            *clicked = Some(*item);
        }
    }
}

fn tile(ui: &mut Ui, item: PaletteItem) -> egui::Response {
    let label = item.label();
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
    let accent = match item {
        PaletteItem::Card(kind) => kind_color(kind),
        PaletteItem::Lane(kind) => kind
            .default_card_kind()
            .map_or(egui::Color32::from_rgb(0xD5, 0x3E, 0x1F), kind_color),
        PaletteItem::Emotion => egui::Color32::from_rgb(0x1A, 0x9E, 0x5F),
        PaletteItem::Stage | PaletteItem::Persona => ui.visuals().selection.bg_fill,
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
        .on_hover_text("Drag onto the map, or click to add")
}

/// What clicking a palette tile adds: a stage or persona at the end, a lane in the selected
/// persona, a card in the selected cell.
#[must_use]
pub fn quick_add(map: &Map, selection: &[Selection], item: PaletteItem) -> Action {
    match item {
        PaletteItem::Stage => Action::Command(Command::AddStage),
        PaletteItem::Persona => Action::Command(Command::AddPersona),
        PaletteItem::Card(kind) => {
            let target = selection.first().and_then(|s| match s {
                Selection::Cell(lane, stage) => find_lane(map, lane).map(|(p, l)| {
                    (
                        LaneAt {
                            persona: p,
                            lane: l,
                        },
                        stage.clone(),
                    )
                }),
                Selection::Card(id) => ops::find_card(map, id).map(|(at, i)| {
                    (
                        at,
                        map.personas[at.persona].lanes[at.lane].cards[i]
                            .stage
                            .clone(),
                    )
                }),
                _ => None,
            });
            match target.and_then(|(at, stage)| ops::new_card(map, at, &stage, Some(kind))) {
                Some((edit, id)) => Action::Edit {
                    edit,
                    select: Some(vec![Selection::Card(id)]),
                    merge: None,
                },
                None => Action::Ask(Dialog::Error {
                    title: format!(
                        "Where should the {} go?",
                        kind.display_name().to_lowercase()
                    ),
                    lines: vec![
                        "Drag the tile onto a cell, or select a cell and click the tile."
                            .to_owned(),
                    ],
                }),
            }
        }
        PaletteItem::Lane(kind) => {
            let persona = selection.first().and_then(|s| match s {
                Selection::Persona(id) => map.personas.iter().position(|p| &p.id == id),
                Selection::Lane(id) | Selection::Cell(id, _) | Selection::Point(id, _) => {
                    find_lane(map, id).map(|(p, _)| p)
                }
                Selection::Card(id) => ops::find_card(map, id).map(|(at, _)| at.persona),
                Selection::Stage(_) => None,
            });
            match persona.and_then(|p| ops::add_lane(map, p, map.personas[p].lanes.len(), kind)) {
                Some((edit, id)) => Action::edit(edit, vec![Selection::Lane(id)]),
                None => Action::Ask(Dialog::Error {
                    title: "Which persona gets the lane?".to_owned(),
                    lines: vec!["Drag the tile onto a persona's band, or select a persona and click the tile.".to_owned()],
                }),
            }
        }
        PaletteItem::Emotion => Action::Ask(Dialog::Error {
            title: "Where does the emotion go?".to_owned(),
            lines: vec![
                "Drag the tile into an emotion lane, at the height of the feeling.".to_owned(),
            ],
        }),
    }
}
