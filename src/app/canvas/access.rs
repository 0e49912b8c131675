//! The canvas's accessible elements: one small named widget per stage header, persona header,
//! lane title, card (when its text is drawn) and emotion point in view, so screen readers and UI
//! tests find them by name, with their hover texts; and the chevron buttons that fold personas
//! and lanes. Their clicks are resolved by the canvas through the layout's hit-test. Where they
//! sit comes from the layout (`Pinned`), as where they are drawn does.

use egui::emath::TSTransform;
use egui::{Rect, Response, Sense, Ui, Vec2, WidgetInfo};

use super::CanvasFrame;
use crate::app::messages::{Action, Fold};
use crate::layout::{MapLayout, POINT_HIT_RADIUS, Pinned};
use crate::model::{LaneAt, Map, Persona};
use crate::t;

/// One named, clickable widget per element in view; returns their responses.
pub(super) fn element_widgets(
    ui: &mut Ui,
    to_screen: TSTransform,
    frame: &CanvasFrame,
    visible: Rect,
) -> Vec<Response> {
    let (map, layout) = (frame.map, &frame.layout);
    let pinned = Pinned::for_view(visible);
    let mut widgets = Widgets {
        ui,
        to_screen,
        responses: Vec::new(),
    };
    for column in layout.columns_in(visible.x_range()) {
        let stage = &map.stages[layout.columns[column].stage];
        let rect = pinned.stage_header_rect(layout, column);
        let tip = || stage_tip(map, layout, layout.columns[column].stage);
        widgets.add(("stage", column, 0, 0), rect, &stage.name, &tip);
    }
    // Below the pinned header row: what it covers can be neither seen nor clicked.
    let below_header = pinned.uncovered(layout, visible).y_range();
    for band in layout.bands_in(below_header) {
        let persona = &map.personas[layout.bands[band].persona];
        let rect = layout.persona_header_rect(band);
        widgets.add(("persona", band, 0, 0), rect, &persona.name, &|| {
            persona_tip(persona)
        });
        for row in layout.rows_in(band, below_header) {
            let lane = &persona.lanes[layout.bands[band].rows[row].lane];
            let rect = pinned.lane_title_rect(layout, band, row);
            let name = t!(
                "access-lane",
                lane = lane.display_title(),
                persona = &persona.name
            );
            widgets.add(("lane", band, row, 0), rect, &name, &String::new);
        }
    }
    cards_and_points(
        &mut widgets,
        frame,
        pinned.uncovered(layout, visible),
        to_screen.scaling,
    );
    widgets.responses
}

/// Adds named widgets over the canvas.
struct Widgets<'u> {
    ui: &'u mut Ui,
    to_screen: TSTransform,
    responses: Vec<Response>,
}

/// What makes an element widget's id unique: its kind and indices.
type Salt = (&'static str, usize, usize, usize);

impl Widgets<'_> {
    /// A widget named `name` over `rect_in_map`; its hover text, `tip`, is worked out only
    /// while the pointer is over it (a stage's says its marks in words), not every frame.
    fn add(&mut self, salt: Salt, rect_in_map: Rect, name: &str, tip: &dyn Fn() -> String) {
        let id = self.ui.scope_id().with(salt);
        let rect = self.to_screen.mul_rect(rect_in_map);
        let response = self.ui.interact(rect, id, Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, name));
        let tip = if response.hovered() {
            tip()
        } else {
            String::new()
        };
        self.responses.push(if tip.is_empty() {
            response
        } else {
            response.on_hover_text(tip)
        });
    }
}

/// A stage's hover text: its description, and what its header shows besides its name in
/// words (the funnel, the pain, the evidence), for those who cannot see the marks.
fn stage_tip(map: &Map, layout: &MapLayout, stage: usize) -> String {
    use crate::words::insights as say;
    let mut parts = Vec::new();
    let description = map.stages[stage].description.trim();
    if !description.is_empty() {
        parts.push(description.to_owned());
    }
    if let Some(funnel) = &layout.funnel {
        parts.push(say::funnel_stage(map, funnel, stage));
    }
    if let Some(&weight) = layout.pain.get(stage).filter(|&&w| w > 0) {
        parts.push(say::stage_pain(map, stage, weight));
    }
    if let Some(count) = layout.evidence.as_ref().and_then(|e| e.get(stage)) {
        parts.push(say::evidence_stage(map, count, stage));
    }
    parts.join("\n")
}

/// A persona's hover text: who they are, what they said, what they want.
fn persona_tip(persona: &Persona) -> String {
    let mut parts = Vec::new();
    if !persona.description.is_empty() {
        parts.push(persona.description.clone());
    }
    if !persona.quote.is_empty() {
        parts.push(format!("“{}”", persona.quote));
    }
    if !persona.goals.is_empty() {
        let goals: Vec<String> = persona
            .goals
            .iter()
            .map(|goal| format!("• {goal}"))
            .collect();
        parts.push(t!("access-goals", goals = goals.join("\n")));
    }
    parts.join("\n\n")
}

/// The cards (when their text is drawn) and emotion points in `free`, the part of the view the
/// pinned header row and gutter leave uncovered.
fn cards_and_points(widgets: &mut Widgets, frame: &CanvasFrame, free: Rect, zoom: f32) {
    let map = frame.map;
    if crate::layout::detailed(zoom) {
        for card_box in frame.layout.cards_in(free) {
            let Some(card) = map.card_at(card_box.place()) else {
                continue;
            };
            let salt = ("card", card_box.persona, card_box.lane, card_box.card);
            let empty = t!("access-empty-card");
            let name = if card.text.trim().is_empty() {
                empty.as_str()
            } else {
                card.text.as_str()
            };
            widgets.add(salt, card_box.rect, name, &|| card.detail.clone());
        }
    }
    for point_box in frame.layout.points_in(free) {
        let at = LaneAt {
            persona: point_box.persona,
            lane: point_box.lane,
        };
        let Some(lane) = map.lane_at(at) else {
            continue;
        };
        let point = &lane.points[point_box.point];
        let stage = map.stage(&point.stage).map_or("", |s| s.name.as_str());
        let said = format!("{} {}", point.value, point.note);
        let said = said.trim_end();
        let place = t!("cell-place", lane = lane.display_title(), stage = stage);
        let name = format!("{place}: {said}");
        let tip = || format!("{stage}: {said}");
        let rect = Rect::from_center_size(point_box.pos, Vec2::splat(2.0 * POINT_HIT_RADIUS));
        let salt = ("point", point_box.persona, point_box.lane, point_box.point);
        widgets.add(salt, rect, &name, &tip);
    }
}

/// The chevron buttons that fold personas and lanes; a click asks for the fold.
pub(super) fn fold_buttons(
    ui: &mut Ui,
    to_screen: TSTransform,
    frame: &CanvasFrame,
    visible: Rect,
    actions: &mut Vec<Action>,
) {
    let (map, layout) = (frame.map, &frame.layout);
    let pinned = Pinned::for_view(visible);
    for band in layout.bands_in(visible.y_range()) {
        let band_layout = &layout.bands[band];
        let persona = &map.personas[band_layout.persona];
        let rect = to_screen.mul_rect(pinned.persona_chevron(layout, band));
        let name = if band_layout.collapsed {
            t!("access-expand-persona", persona = &persona.name)
        } else {
            t!("access-collapse-persona", persona = &persona.name)
        };
        if chevron(ui, rect, ("fold-persona", band), &name) {
            actions.push(Action::Fold(Fold::Persona(persona.id.clone())));
        }
        for row in layout.rows_in(band, visible.y_range()) {
            let row_layout = &band_layout.rows[row];
            let lane = &persona.lanes[row_layout.lane];
            let rect = to_screen.mul_rect(pinned.lane_chevron(layout, band, row));
            let (title, persona) = (lane.display_title(), &persona.name);
            let name = if row_layout.collapsed {
                t!("access-expand-lane", lane = title, persona = persona)
            } else {
                t!("access-collapse-lane", lane = title, persona = persona)
            };
            if chevron(ui, rect, ("fold-lane", band * 1000 + row), &name) {
                actions.push(Action::Fold(Fold::Lane(lane.id.clone())));
            }
        }
    }
}

fn chevron(ui: &mut Ui, rect_on_screen: Rect, salt: (&str, usize), name: &str) -> bool {
    let response = ui.interact(rect_on_screen, ui.scope_id().with(salt), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, name));
    response.on_hover_text(name).clicked()
}
