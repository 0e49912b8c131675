//! The canvas: pan and zoom, selection and hover, clicks and double-clicks, the in-place text
//! editor, accessible elements, and painting (with the drop target of a drag in progress).
//!
//! Theory of operation: the canvas is one click-and-drag area. Every element on screen (stage
//! headers, persona headers, lane titles, cards when readable, emotion points) also gets a small
//! clickable widget with its name, so screen readers and UI tests find it; all clicks, wherever
//! they land, are resolved through the layout's hit-test, so what is drawn is what is clicked.
//! Collapse chevrons are buttons of their own. Painting is `paint::paint_map`, shared with the
//! export.

use egui::{Key, PointerButton, Pos2, Rect, Response, Sense, Ui, Vec2, WidgetInfo, pos2, vec2};

use super::in_place::{Finished, in_place_ui};
use super::{Action, PercorsoApp, Selection};
use crate::edit::Edit;
use crate::layout::{GUTTER_WIDTH, Hit, MapLayout};
use crate::paint::{Scene, overlay, paint_map};

/// How far the arrow keys move the map, in screen points.
const ARROW_STEP: f32 = 80.0;

/// Draws the canvas and handles its input.
pub fn canvas_ui(ui: &mut Ui, app: &mut PercorsoApp) {
    let layout = app.layout(ui.ctx());
    let (viewport, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, "Journey map"));
    keyboard_focus(ui, app, &response);
    place_camera(app, &layout, viewport);
    app.last_viewport = Some(viewport);
    let visible = app.camera.visible_in_map(viewport);
    let to_map = |pos: Pos2| app.camera.to_screen.inverse() * pos;
    let pointer_in_map = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|pos| viewport.contains(*pos))
        .map(to_map);
    let hovered = pointer_in_map.and_then(|pos| hit_at(&layout, pos, visible));
    let pressed = ui
        .input(|i| i.pointer.press_origin())
        .map(to_map)
        .and_then(|pos| hit_at(&layout, pos, visible));
    let gesture = app.start_gesture(ui, &response, pressed);
    navigate(ui, app, &response, viewport, !gesture);
    app.follow_drag(ui, &layout, pointer_in_map);
    if let Some(drag) = &app.drag {
        let said = super::gestures::describe_drop(&app.doc.map, &layout, drag);
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(egui::Role::Canvas, true, "Journey map");
            info.current_text_value = Some(said.clone());
            info
        });
    }
    let rubber_band = app.follow_rubber_band(ui, &layout);
    if app.camera.step(ui.input(|i| i.stable_dt)) {
        ui.ctx().request_repaint();
    }
    let visible = app.camera.visible_in_map(viewport);
    let mut clicks = vec![response.clone()];
    clicks.extend(super::elements::element_widgets(ui, app, &layout, visible));
    super::elements::collapse_buttons(ui, app, &layout, visible);
    if let Some(clicked) = clicks.iter().find(|r| r.clicked() || r.double_clicked()) {
        let modifiers = ui.input(|i| i.modifiers);
        on_click(
            app,
            &layout,
            hovered,
            pointer_in_map,
            clicked.double_clicked(),
            modifiers,
            viewport,
        );
    }
    paint(ui, app, &layout, viewport, visible, hovered, rubber_band);
    in_place_editor(ui, app, &layout, visible);
}

/// Keeps the keyboard on the canvas whenever no field has it: egui would otherwise move the
/// focus to the next widget on Tab and the arrow keys (and every plain-key shortcut would then
/// be taken for typing), while on the canvas they walk the cards and pan the map.
fn keyboard_focus(ui: &Ui, app: &mut PercorsoApp, response: &Response) {
    app.canvas_id = Some(response.id);
    if app.dialog.is_some() || app.editing.is_some() {
        // The dialog's or the card's text field takes the keys now.
        if response.has_focus() {
            response.surrender_focus();
        }
        return;
    }
    if ui.memory(|memory| memory.focused().is_none()) {
        response.request_focus();
    }
    if response.has_focus() {
        let keys = egui::EventFilter {
            tab: true,
            horizontal_arrows: true,
            vertical_arrows: true,
            escape: true,
        };
        ui.memory_mut(|memory| memory.set_focus_lock_filter(response.id, keys));
    }
}

/// Fits the map on the first frame of a map, and animates a fit when asked.
fn place_camera(app: &mut PercorsoApp, layout: &MapLayout, viewport: Rect) {
    if !viewport.is_positive() {
        return;
    }
    let resized = app.last_viewport.is_some_and(|last| last != viewport);
    if resized && !app.camera.moved_by_user() && app.fit.is_none() {
        app.fit = Some(super::Fit::Now);
    }
    match app.fit.take() {
        Some(super::Fit::Now) => app.camera.fit_now(layout.rect(), viewport),
        Some(super::Fit::Animated) => app.camera.animate_fit(layout.rect(), viewport),
        None => {}
    }
}

fn paint(
    ui: &Ui,
    app: &mut PercorsoApp,
    layout: &MapLayout,
    viewport: Rect,
    visible: Rect,
    hovered: Option<Hit>,
    rubber_band: Option<Rect>,
) {
    let avatars = app.avatars.ids(ui.ctx(), &app.doc.map, app.doc.revision);
    let selected = app.selected_hits();
    let scene = Scene {
        map: &app.doc.map,
        layout,
        options: &app.view,
        theme: &app.theme(),
        to_screen: app.camera.to_screen,
        visible_in_map: visible,
        selected: &selected,
        hovered,
        avatars: &avatars,
        canvas: true,
    };
    let painter = ui.painter_at(viewport);
    painter.rect_filled(viewport, 0.0, scene.theme.desk);
    paint_map(&painter, &scene);
    if let Some(drag) = &app.drag {
        super::gestures::paint_drop_target(&painter, &scene, drag);
        if let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) {
            overlay::drag_label(
                &painter,
                &scene,
                pointer,
                &super::gestures::drag_label(&drag.item),
                drag.target.is_some(),
            );
        }
    }
    if let Some(band) = rubber_band {
        overlay::rubber_band(&painter, &scene, band);
    }
}

/// The text editor over the card being typed into.
fn in_place_editor(ui: &mut Ui, app: &mut PercorsoApp, layout: &MapLayout, visible: Rect) {
    let Some(editing) = &mut app.editing else {
        return;
    };
    let Some((at, index)) = crate::edit::ops::find_card(&app.doc.map, &editing.card) else {
        app.editing = None;
        return;
    };
    let card_box = layout
        .cards
        .iter()
        .find(|b| b.persona == at.persona && b.lane == at.lane && b.card == index);
    let shown = card_box
        .filter(|b| b.rect.intersects(visible))
        .map(|b| app.camera.to_screen.mul_rect(b.rect));
    let finished = match shown {
        Some(rect) => in_place_ui(
            ui,
            editing,
            rect.expand(2.0),
            crate::layout::CARD_TEXT_SIZE * app.camera.zoom(),
        ),
        None => Some(Finished::Commit),
    };
    let Some(finished) = finished else {
        return;
    };
    let Some(editing) = app.editing.take() else {
        return;
    };
    let card = &app.doc.map.personas[at.persona].lanes[at.lane].cards[index];
    if finished == Finished::Commit && card.text != editing.text {
        let edited = crate::model::Card {
            text: editing.text,
            ..card.clone()
        };
        app.actions.push(Action::edit(
            Edit::SetCard(at, index, edited),
            vec![Selection::Card(card.id.clone())],
        ));
    }
}

/// The gutter and the header row that the canvas pins over the map.
fn pinned(layout: &MapLayout) -> super::camera::Pinned {
    super::camera::Pinned {
        gutter: GUTTER_WIDTH,
        header: layout.header_height,
    }
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
    pointer_in_map: Option<Pos2>,
    double: bool,
    modifiers: egui::Modifiers,
    viewport: Rect,
) {
    if double {
        match hit {
            Some(Hit::StageHeader { stage }) => {
                if let Some(column) = layout.columns.iter().position(|c| c.stage == stage) {
                    let column = layout.column_rect(column);
                    app.camera.animate_focus(column, pinned(layout), viewport);
                }
            }
            Some(Hit::PersonaHeader { persona }) => {
                if let Some(band) = layout.band_of(persona) {
                    let band = layout.band_rect(band);
                    app.camera.animate_fit_band(band, pinned(layout), viewport);
                }
            }
            Some(Hit::Card {
                persona,
                lane,
                card,
            }) => {
                let id = app.doc.map.personas[persona].lanes[lane].cards[card]
                    .id
                    .clone();
                app.actions.push(Action::TypeInto(id));
            }
            Some(_) => {}
            None => app.camera.animate_fit(layout.rect(), viewport),
        }
        return;
    }
    let map = &app.doc.map;
    let selected = hit.and_then(|hit| Selection::from_hit(map, hit));
    if let (Some(Selection::Card(card)), true) = (&selected, modifiers.shift || modifiers.command) {
        let mut selection = app.selection.clone();
        if let Some(i) = selection
            .iter()
            .position(|s| s == &Selection::Card(card.clone()))
        {
            selection.remove(i);
        } else {
            selection.retain(|s| matches!(s, Selection::Card(_)));
            selection.push(Selection::Card(card.clone()));
        }
        app.actions.push(Action::Select(selection));
        return;
    }
    if let (
        Some(Hit::Cell {
            persona,
            lane,
            stage,
        }),
        Some(pos),
    ) = (hit, pointer_in_map)
        && let Some(action) = click_in_emotion_lane(map, layout, persona, lane, stage, pos)
    {
        app.actions.push(action);
        return;
    }
    app.actions
        .push(Action::Select(selected.into_iter().collect()));
}

/// A click in an emotion lane's empty cell sets that stage's value at the click's height.
fn click_in_emotion_lane(
    map: &crate::model::Map,
    layout: &MapLayout,
    persona: usize,
    lane: usize,
    stage: usize,
    pos: Pos2,
) -> Option<Action> {
    let band = layout.band_of(persona)?;
    let row = layout.bands[band]
        .rows
        .iter()
        .find(|r| r.lane == lane && r.emotions)?;
    let value = super::drag::emotion_value_at(map, row.y, pos.y);
    let at = crate::edit::LaneAt { persona, lane };
    let stage_id = map.stages[stage].id.clone();
    let edit = crate::edit::ops::set_point_value(map, at, &stage_id, value)?;
    let lane_id = map.personas[persona].lanes[lane].id.clone();
    Some(Action::edit(
        edit,
        vec![Selection::Point(lane_id, stage_id)],
    ))
}

/// Pan (drag, scroll, arrows), zoom (ctrl+scroll, pinch, `+` / `-`), fit (`0`).
fn navigate(ui: &Ui, app: &mut PercorsoApp, response: &Response, viewport: Rect, may_pan: bool) {
    if may_pan
        && (response.dragged_by(PointerButton::Primary)
            || response.dragged_by(PointerButton::Middle))
    {
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
    if app.typing(ui.ctx()) || app.editing.is_some() || app.dialog.is_some() {
        return;
    }
    let arrows = ui.input(|i| {
        let pressed = |key| isize::from(i.key_pressed(key));
        (
            pressed(Key::ArrowRight) - pressed(Key::ArrowLeft),
            pressed(Key::ArrowDown) - pressed(Key::ArrowUp),
        )
    });
    if arrows == (0, 0) || app.move_selection(ui.ctx(), arrows.0, arrows.1) {
        return;
    }
    #[allow(clippy::cast_precision_loss)] // -1, 0 or 1.
    let delta = vec2(-arrows.0 as f32, -arrows.1 as f32);
    app.camera.pan(delta * ARROW_STEP);
}
