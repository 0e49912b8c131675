//! The canvas's accessible elements: one small named widget per visible stage header, persona
//! header, lane title, card (when readable) and emotion point, so screen readers and UI tests
//! find them by name, with their hover texts; and the chevron buttons that fold personas and
//! lanes. Their clicks are resolved by the canvas through the layout's hit-test.

use egui::{Rect, Response, Sense, Ui, Vec2, WidgetInfo, pos2, vec2};

use super::PercorsoApp;
use crate::layout::{MapLayout, POINT_HIT_RADIUS};

/// One named, clickable widget per visible element; returns their responses.
pub(super) fn element_widgets(
    ui: &mut Ui,
    app: &PercorsoApp,
    layout: &MapLayout,
    visible: Rect,
) -> Vec<Response> {
    let map = &app.doc.map;
    let to_screen = app.camera.to_screen;
    let (top, left) = (visible.min.y.max(0.0), visible.min.x.max(0.0));
    let mut responses = Vec::new();
    let mut add = |ui: &mut Ui, salt: Salt, rect_in_map: Rect, name: String, tip: String| {
        let id = ui.scope_id().with(salt);
        let response = ui.interact(to_screen.mul_rect(rect_in_map), id, Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
        responses.push(if tip.is_empty() {
            response
        } else {
            response.on_hover_text(tip)
        });
    };
    for column in layout.columns_in(visible.x_range()) {
        let rect = layout.stage_header_rect(column).translate(vec2(0.0, top));
        let stage = &map.stages[layout.columns[column].stage];
        add(
            ui,
            ("stage", column, 0, 0),
            rect,
            stage.name.clone(),
            stage.description.clone(),
        );
    }
    for band in layout.bands_in(visible.y_range()) {
        let persona = &map.personas[layout.bands[band].persona];
        let rect = layout.persona_header_rect(band);
        add(
            ui,
            ("persona", band, 0, 0),
            rect,
            persona.name.clone(),
            persona_tip(persona),
        );
        for row in layout.rows_in(band, visible.y_range()) {
            let lane = &persona.lanes[layout.bands[band].rows[row].lane];
            let rect = layout.lane_title_rect(band, row).translate(vec2(left, 0.0));
            let name = format!("{} ({})", lane.display_title(), persona.name);
            add(ui, ("lane", band, row, 0), rect, name, String::new());
        }
    }
    element_cards_and_points(ui, app, layout, visible, &mut add);
    responses
}

/// What makes an element widget's id unique: its kind and indices.
type Salt = (&'static str, usize, usize, usize);
type AddWidget<'a> = dyn FnMut(&mut Ui, Salt, Rect, String, String) + 'a;

/// A persona's hover text: who they are, what they said, what they want.
fn persona_tip(persona: &crate::model::Persona) -> String {
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
        parts.push(format!("Goals:\n{}", goals.join("\n")));
    }
    parts.join("\n\n")
}

fn element_cards_and_points(
    ui: &mut Ui,
    app: &PercorsoApp,
    layout: &MapLayout,
    visible: Rect,
    add: &mut AddWidget,
) {
    let map = &app.doc.map;
    if crate::layout::CARD_TEXT_SIZE * app.camera.zoom() >= crate::paint::DETAIL_TEXT_SIZE {
        for card_box in layout.cards_in(visible) {
            let card = &map.personas[card_box.persona].lanes[card_box.lane].cards[card_box.card];
            let salt = ("card", card_box.persona, card_box.lane, card_box.card);
            add(
                ui,
                salt,
                card_box.rect,
                if card.text.trim().is_empty() {
                    "(empty card)".to_owned()
                } else {
                    card.text.clone()
                },
                card.detail.clone(),
            );
        }
    }
    for point_box in layout.points_in(visible) {
        let lane = &map.personas[point_box.persona].lanes[point_box.lane];
        let point = &lane.points[point_box.point];
        let stage = map.stage(&point.stage).map_or("", |s| s.name.as_str());
        let name = format!(
            "{} at {stage}: {} {}",
            lane.display_title(),
            point.value,
            point.note
        );
        let rect = Rect::from_center_size(point_box.pos, Vec2::splat(2.0 * POINT_HIT_RADIUS));
        let salt = ("point", point_box.persona, point_box.lane, point_box.point);
        let tip = format!("{stage}: {} {}", point.value, point.note);
        add(
            ui,
            salt,
            rect,
            name.trim_end().to_owned(),
            tip.trim_end().to_owned(),
        );
    }
}

/// The chevron buttons that fold personas and lanes.
pub(super) fn collapse_buttons(
    ui: &mut Ui,
    app: &mut PercorsoApp,
    layout: &MapLayout,
    visible: Rect,
) {
    let left = visible.min.x.max(0.0);
    let to_screen = app.camera.to_screen;
    let mut toggle: Option<(bool, String)> = None;
    for band in layout.bands_in(visible.y_range()) {
        let persona = &app.doc.map.personas[layout.bands[band].persona];
        let header = layout.bands[band].header_y;
        let rect = Rect::from_min_max(pos2(left + 6.0, header.min), pos2(left + 30.0, header.max));
        let verb = if layout.bands[band].collapsed {
            "Expand"
        } else {
            "Collapse"
        };
        if chevron(
            ui,
            to_screen.mul_rect(rect),
            ("fold-persona", band),
            &format!("{verb} {}", persona.name),
        ) {
            toggle = Some((true, persona.id.to_string()));
        }
        for row in layout.rows_in(band, visible.y_range()) {
            let row_layout = &layout.bands[band].rows[row];
            let lane = &persona.lanes[row_layout.lane];
            let rect = Rect::from_min_size(pos2(left + 8.0, row_layout.y.min), vec2(22.0, 20.0));
            let verb = if row_layout.collapsed {
                "Expand"
            } else {
                "Collapse"
            };
            let name = format!("{verb} lane {} of {}", lane.display_title(), persona.name);
            if chevron(
                ui,
                to_screen.mul_rect(rect),
                ("fold-lane", band * 1000 + row),
                &name,
            ) {
                toggle = Some((false, lane.id.to_string()));
            }
        }
    }
    if let Some((is_persona, id)) = toggle {
        let mut view = app.view.clone();
        let set = if is_persona {
            &mut view.collapsed_personas
        } else {
            &mut view.collapsed_lanes
        };
        if !set.remove(&id) {
            set.insert(id);
        }
        app.set_view(view);
    }
}

fn chevron(ui: &mut Ui, rect_on_screen: Rect, salt: (&str, usize), name: &str) -> bool {
    let response = ui.interact(rect_on_screen, ui.scope_id().with(salt), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, name));
    response.on_hover_text(name).clicked()
}
