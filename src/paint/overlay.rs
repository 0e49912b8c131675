//! What the canvas draws over the map during a gesture: the drop target (a highlighted cell
//! with an insertion line, a line between stages, personas or lanes, an emotion value being
//! set), the rubber band, and a label that follows the pointer.

use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::Scene;
use crate::layout::{CARD_GAP, CELL_PADDING};

/// A cell that would take the drop, with a line where the card would land.
pub fn drop_in_cell(painter: &Painter, scene: &Scene, cell: Rect, line_y: f32) {
    let color = scene.theme.selection;
    painter.rect_filled(scene.rect_on_screen(cell), 0.0, color.gamma_multiply(0.12));
    painter.rect_stroke(
        scene.rect_on_screen(cell),
        0.0,
        Stroke::new(2.0, color),
        StrokeKind::Inside,
    );
    let from = pos2(cell.min.x + CELL_PADDING, line_y);
    let to = pos2(cell.max.x - CELL_PADDING, line_y);
    painter.line_segment(
        [scene.pos_on_screen(from), scene.pos_on_screen(to)],
        Stroke::new(3.0, color),
    );
}

/// Where in a cell's stack a card would land: between `above` and `below` card rects.
#[must_use]
pub fn insertion_y(cell: Rect, above: Option<Rect>, below: Option<Rect>) -> f32 {
    match (above, below) {
        (_, Some(below)) => below.min.y - CARD_GAP / 2.0,
        (Some(above), None) => above.max.y + CARD_GAP / 2.0,
        (None, None) => cell.min.y + CELL_PADDING / 2.0,
    }
}

/// A vertical insertion line at `x` across `rect`'s height (between two stage headers).
pub fn vertical_gap(painter: &Painter, scene: &Scene, x: f32, rect: Rect) {
    let stroke = Stroke::new(4.0, scene.theme.selection);
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(x, rect.min.y)),
            scene.pos_on_screen(pos2(x, rect.max.y)),
        ],
        stroke,
    );
}

/// A horizontal insertion line at `y` across the map (between bands or lanes).
pub fn horizontal_gap(painter: &Painter, scene: &Scene, y: f32) {
    let stroke = Stroke::new(4.0, scene.theme.selection);
    let (left, right) = (0.0, scene.layout.size.x);
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(left, y)),
            scene.pos_on_screen(pos2(right, y)),
        ],
        stroke,
    );
}

/// The value an emotion point would take, shown where it would sit.
pub fn emotion_preview(painter: &Painter, scene: &Scene, centre: Pos2, value: i32) {
    let on_screen = scene.pos_on_screen(centre);
    let radius = 15.0 * scene.zoom();
    painter.circle_stroke(on_screen, radius, Stroke::new(3.0, scene.theme.selection));
    let text = if value > 0 {
        format!("+{value}")
    } else {
        value.to_string()
    };
    let Some(size) = scene.text_size(16.0) else {
        return;
    };
    let galley = painter.layout_no_wrap(text, FontId::proportional(size), Color32::WHITE);
    let badge = scene.pos_on_screen(centre + vec2(22.0, -20.0)) - vec2(0.0, galley.size().y / 2.0);
    let rect = Rect::from_min_size(badge, galley.size());
    painter.rect_filled(rect.expand(4.0), 4.0, scene.theme.selection);
    painter.galley(badge, galley, Color32::WHITE);
}

/// The rubber band of a selection by area, in screen points.
pub fn rubber_band(painter: &Painter, scene: &Scene, rect_on_screen: Rect) {
    let color = scene.theme.selection;
    painter.rect_filled(rect_on_screen, 0.0, color.gamma_multiply(0.1));
    painter.rect_stroke(
        rect_on_screen,
        0.0,
        Stroke::new(1.5, color),
        StrokeKind::Inside,
    );
}

/// A label following the pointer during a drag, in screen points.
pub fn drag_label(
    painter: &Painter,
    scene: &Scene,
    pointer_on_screen: Pos2,
    text: &str,
    allowed: bool,
) {
    let pos = pointer_on_screen + vec2(14.0, 10.0);
    let font = FontId::proportional(13.0);
    let color = if allowed {
        scene.theme.text
    } else {
        scene.theme.muted
    };
    let galley = painter.layout_no_wrap(text.to_owned(), font, color);
    let rect = Rect::from_min_size(pos, galley.size()).expand(5.0);
    painter.rect(
        rect,
        4.0,
        scene.theme.card,
        Stroke::new(1.0, scene.theme.grid),
        StrokeKind::Outside,
    );
    painter.galley(pos, galley, color);
}
