//! The canvas: pan and zoom, selection and hover, accessible elements, and painting.
//!
//! Theory of operation: the canvas is one click-and-drag area. Every element on screen (stage
//! headers, persona headers, lane titles, cards when readable, emotion points) also gets a small
//! clickable widget with its name, so screen readers and UI tests find it; all clicks, wherever
//! they land, are resolved through the layout's hit-test, so what is drawn is what is clicked.
//! Collapse chevrons are buttons of their own. Painting is `paint::paint_map`, shared with the
//! export.

use egui::{Key, PointerButton, Pos2, Rect, Response, Sense, Ui, Vec2, WidgetInfo, pos2, vec2};

use super::{PercorsoApp, Selection};
use crate::layout::{GUTTER_WIDTH, Hit, MapLayout, POINT_HIT_RADIUS};
use crate::paint::{Scene, paint_map};

/// How far the arrow keys move the map, in screen points.
const ARROW_STEP: f32 = 80.0;
/// How much one press of `+` or `-` zooms.
const KEY_ZOOM: f32 = 1.25;

/// Draws the canvas and handles its input.
pub fn canvas_ui(ui: &mut Ui, app: &mut PercorsoApp) {
    let layout = app.layout(ui.ctx());
    let (viewport, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, "Journey map"));
    if app.needs_fit && viewport.is_positive() {
        app.camera.fit_now(layout.rect(), viewport);
        app.needs_fit = false;
    }
    navigate(ui, app, &response, viewport, &layout);
    if app.camera.step(ui.input(|i| i.stable_dt)) {
        ui.ctx().request_repaint();
    }
    let visible = app.camera.visible_in_map(viewport);
    let mut clicks = vec![response.clone()];
    clicks.extend(element_widgets(ui, app, &layout, visible));
    collapse_buttons(ui, app, &layout, visible);
    let pointer_in_map = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|pos| viewport.contains(*pos))
        .map(|pos| app.camera.to_screen.inverse() * pos);
    let hovered = pointer_in_map.and_then(|pos| hit_at(&layout, pos, visible));
    if let Some(clicked) = clicks.iter().find(|r| r.clicked() || r.double_clicked()) {
        on_click(app, &layout, hovered, clicked.double_clicked(), viewport);
    }
    let avatars = app.avatars.ids(ui.ctx(), &app.doc.map, app.doc.revision);
    let scene = Scene {
        map: &app.doc.map,
        layout: &layout,
        options: &app.view,
        theme: &app.theme(),
        to_screen: app.camera.to_screen,
        visible_in_map: visible,
        selected: app.selection.as_ref().and_then(|s| s.to_hit(&app.doc.map)),
        hovered,
        avatars: &avatars,
    };
    let painter = ui.painter_at(viewport);
    painter.rect_filled(viewport, 0.0, scene.theme.desk);
    paint_map(&painter, &scene);
}

/// What is under `pos_in_map`, treating the pinned header row and gutter as where they are drawn.
fn hit_at(layout: &MapLayout, pos_in_map: Pos2, visible: Rect) -> Option<Hit> {
    let top = visible.min.y.max(0.0);
    let left = visible.min.x.max(0.0);
    if pos_in_map.y < top + layout.header_height {
        if pos_in_map.x < left + GUTTER_WIDTH {
            return None;
        }
        return layout.hit(pos2(pos_in_map.x, pos_in_map.y - top));
    }
    if pos_in_map.x < left + GUTTER_WIDTH {
        return layout.hit(pos2(pos_in_map.x - left, pos_in_map.y));
    }
    layout.hit(pos_in_map)
}

fn on_click(
    app: &mut PercorsoApp,
    layout: &MapLayout,
    hit: Option<Hit>,
    double: bool,
    viewport: Rect,
) {
    if double {
        match hit {
            Some(Hit::StageHeader { stage }) => {
                if let Some(column) = layout.columns.iter().position(|c| c.stage == stage) {
                    app.camera
                        .animate_focus(layout.column_rect(column), viewport);
                }
            }
            Some(Hit::PersonaHeader { persona }) => {
                if let Some(band) = layout.band_of(persona) {
                    app.camera.animate_fit(layout.band_rect(band), viewport);
                }
            }
            Some(_) => {}
            None => app.camera.animate_fit(layout.rect(), viewport),
        }
        return;
    }
    app.selection = hit.and_then(|hit| Selection::from_hit(&app.doc.map, hit));
}

/// Pan (drag, scroll, arrows), zoom (ctrl+scroll, pinch, `+` / `-`), fit (`0`).
fn navigate(
    ui: &Ui,
    app: &mut PercorsoApp,
    response: &Response,
    viewport: Rect,
    layout: &MapLayout,
) {
    if response.dragged_by(PointerButton::Primary) || response.dragged_by(PointerButton::Middle) {
        app.camera.pan(response.drag_delta());
    }
    let pointer = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|pos| viewport.contains(*pos));
    if let Some(pointer) = pointer {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        if (zoom - 1.0).abs() > f32::EPSILON {
            app.camera.zoom_at(pointer, zoom);
        } else if scroll != Vec2::ZERO {
            app.camera.pan(scroll);
        }
    }
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let keys = ui.input(|i| {
        let pressed = |key| i.key_pressed(key);
        let arrows = vec2(
            f32::from(u8::from(pressed(Key::ArrowLeft)))
                - f32::from(u8::from(pressed(Key::ArrowRight))),
            f32::from(u8::from(pressed(Key::ArrowUp)))
                - f32::from(u8::from(pressed(Key::ArrowDown))),
        );
        let zoom_in = pressed(Key::Plus) || pressed(Key::Equals);
        (arrows, zoom_in, pressed(Key::Minus), pressed(Key::Num0))
    });
    let (arrows, zoom_in, zoom_out, fit) = keys;
    if arrows != Vec2::ZERO {
        app.camera.pan(arrows * ARROW_STEP);
    }
    if zoom_in {
        app.camera.animate_zoom(viewport.center(), KEY_ZOOM);
    }
    if zoom_out {
        app.camera.animate_zoom(viewport.center(), 1.0 / KEY_ZOOM);
    }
    if fit {
        app.camera.animate_fit(layout.rect(), viewport);
    }
}

/// One named, clickable widget per visible element; returns their responses.
fn element_widgets(
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
        for card_box in &layout.cards {
            if card_box.rect.intersects(visible) {
                let card =
                    &map.personas[card_box.persona].lanes[card_box.lane].cards[card_box.card];
                let salt = ("card", card_box.persona, card_box.lane, card_box.card);
                add(
                    ui,
                    salt,
                    card_box.rect,
                    card.text.clone(),
                    card.detail.clone(),
                );
            }
        }
    }
    for point_box in layout.points.iter().filter(|p| visible.contains(p.pos)) {
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
fn collapse_buttons(ui: &mut Ui, app: &mut PercorsoApp, layout: &MapLayout, visible: Rect) {
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
