//! What the canvas draws over the map during a gesture: the drop target's marker (a
//! highlighted cell with an insertion line, a line between stages, personas or lanes, an
//! emotion value being set; where, `layout::drop` says), the rubber band, and a label that
//! follows the pointer.

use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::Scene;
use crate::layout::{CELL_PADDING, DropMarker};

/// The highlight of a drop target: a tinted cell with a line where the card would land, a
/// line between stages, personas or lanes, or the emotion value being set.
pub fn drop_marker(painter: &Painter, scene: &Scene, marker: DropMarker) {
    let line = |from: Pos2, to: Pos2| {
        painter.line_segment(
            [scene.pos_on_screen(from), scene.pos_on_screen(to)],
            Stroke::new(4.0, scene.theme.selection),
        );
    };
    match marker {
        DropMarker::Cell { cell, line_y } => drop_in_cell(painter, scene, cell, line_y),
        DropMarker::Vertical { x, y } => line(pos2(x, y.min), pos2(x, y.max)),
        DropMarker::Horizontal { y, x } => line(pos2(x.min, y), pos2(x.max, y)),
        DropMarker::Emotion { centre, value } => emotion_preview(painter, scene, centre, value),
    }
}

/// A cell that would take the drop, with a line where the card would land.
fn drop_in_cell(painter: &Painter, scene: &Scene, cell: Rect, line_y: f32) {
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

/// The value an emotion point would take, shown where it would sit.
fn emotion_preview(painter: &Painter, scene: &Scene, centre: Pos2, value: i32) {
    let on_screen = scene.pos_on_screen(centre);
    let radius = 15.0 * scene.zoom();
    painter.circle_stroke(on_screen, radius, Stroke::new(3.0, scene.theme.selection));
    let text = super::emotions::level_text(value);
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
