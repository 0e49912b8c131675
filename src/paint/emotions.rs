//! Emotion rows: faint lines for the scale's levels, a smooth curve through the stage centres,
//! and a face per point coloured from warm red (unhappy) to green (happy), the moments of truth
//! (where the persona feels worst) ringed and named. With the overlay
//! option, the other personas' curves are drawn too, each in its persona's colour, with a legend.

use egui::{Align2, Color32, Painter, Pos2, Rangef, Rect, Shape, Stroke, pos2, vec2};

use super::{Scene, label};
use crate::layout::{EMOTION_MARGIN, Hit, curve::monotone_curve, emotion_y};
use crate::model::{Lane, LaneKind};
use crate::theme::{emotion_color, mix, persona_color};

const FACE_RADIUS: f32 = 12.0;

/// Draws one emotion row.
pub fn emotion_row(painter: &Painter, scene: &Scene, band: usize, row: usize) {
    let layout = scene.layout;
    let row_layout = &layout.bands[band].rows[row];
    if row_layout.collapsed {
        return;
    }
    scale_lines(painter, scene, row_layout.y);
    let persona_index = layout.bands[band].persona;
    if scene.options.overlay_emotions {
        overlay(painter, scene, persona_index, row_layout.y);
    }
    let persona = &scene.map.personas[persona_index];
    let color = persona_color(persona.color.as_ref(), persona_index);
    let points: Vec<Pos2> = layout.points[row_layout.points.clone()]
        .iter()
        .map(|p| p.pos)
        .collect();
    curve(
        painter,
        scene,
        &points,
        Stroke::new(3.0 * scene.zoom(), color),
    );
    let lane = &persona.lanes[row_layout.lane];
    for point_box in &layout.points[row_layout.points.clone()] {
        let value = lane.points[point_box.point].value;
        let hit = Hit::Point {
            persona: persona_index,
            lane: row_layout.lane,
            point: point_box.point,
        };
        if crate::insights::is_moment_of_truth(scene.map, lane, point_box.point) {
            moment_of_truth(painter, scene, point_box.pos);
        }
        face(painter, scene, point_box.pos, value, scene.outline(hit));
    }
}

/// The mark of a moment of truth behind a face: a bold ring in the pain points' colour and the
/// words beside it, so that it does not rest on colour alone.
fn moment_of_truth(painter: &Painter, scene: &Scene, centre_in_map: Pos2) {
    let pain = crate::theme::kind_color(crate::model::CardKind::PainPoint);
    let centre = scene.pos_on_screen(centre_in_map);
    painter.circle_stroke(
        centre,
        (FACE_RADIUS + 5.0) * scene.zoom(),
        Stroke::new(3.0 * scene.zoom(), pain),
    );
    label(
        painter,
        scene,
        // Beside the face: below it, a point at the scale's minimum would run into the lane under.
        centre_in_map + vec2(FACE_RADIUS + 10.0, 0.0),
        Align2::LEFT_CENTER,
        &crate::t!("moment-of-truth"),
        11.0,
        scene.theme.text,
    );
}

/// A faint line for every level of the scale, labelled at the left of the row.
fn scale_lines(painter: &Painter, scene: &Scene, y: Rangef) {
    let scale = scene.map.emotion_scale;
    let left = scene.pinned().gutter().max;
    let right = scene.layout.size.x;
    let faint = mix(scene.theme.background, scene.theme.grid, 0.7);
    for level in scale.min..=scale.max {
        #[allow(clippy::cast_precision_loss)] // Within -10..=10.
        let level_y = emotion_y(y, level as f32, scale);
        let stroke = Stroke::new(if level == 0 { 1.5 } else { 1.0 }, faint);
        painter.line_segment(
            [
                scene.pos_on_screen(pos2(left, level_y)),
                scene.pos_on_screen(pos2(right, level_y)),
            ],
            stroke,
        );
        let text = level_text(level);
        label(
            painter,
            scene,
            pos2(left + 6.0, level_y - 1.0),
            Align2::LEFT_BOTTOM,
            &text,
            10.0,
            scene.theme.muted,
        );
    }
}

/// The curves of every persona's first emotion lane, mapped into this row, with a legend.
fn overlay(painter: &Painter, scene: &Scene, own: usize, y: Rangef) {
    let legend_left = scene.pinned().gutter().max + 40.0;
    let mut legend_y = y.min + EMOTION_MARGIN / 2.0;
    for (index, persona) in scene.map.personas.iter().enumerate() {
        let Some(lane) = persona.lanes.iter().find(|l| l.kind == LaneKind::Emotions) else {
            continue;
        };
        let color = persona_color(persona.color.as_ref(), index);
        if index != own {
            let points = lane_points(scene, lane, y);
            curve(
                painter,
                scene,
                &points,
                Stroke::new(2.0 * scene.zoom(), color.gamma_multiply(0.8)),
            );
        }
        let swatch = Rect::from_center_size(pos2(legend_left, legend_y), vec2(16.0, 4.0));
        painter.rect_filled(scene.rect_on_screen(swatch), 0.0, color);
        label(
            painter,
            scene,
            pos2(legend_left + 12.0, legend_y),
            Align2::LEFT_CENTER,
            &persona.name,
            11.0,
            scene.theme.text,
        );
        legend_y += 14.0;
    }
}

/// A lane's points placed in the row `y`, sorted by column.
fn lane_points(scene: &Scene, lane: &Lane, y: Rangef) -> Vec<Pos2> {
    let mut points: Vec<Pos2> = lane
        .points
        .iter()
        .filter_map(|point| {
            let stage = scene.map.stage_index(&point.stage)?;
            let column = scene.layout.column_of(stage)?;
            #[allow(clippy::cast_precision_loss)] // Within -10..=10.
            let value = point.value as f32;
            Some(pos2(
                scene.layout.columns[column].x.center(),
                emotion_y(y, value, scene.map.emotion_scale),
            ))
        })
        .collect();
    points.sort_by(|a, b| a.x.total_cmp(&b.x));
    points
}

fn curve(painter: &Painter, scene: &Scene, points_in_map: &[Pos2], stroke: Stroke) {
    if points_in_map.len() < 2 {
        return;
    }
    let samples = if scene.detailed() { 24 } else { 6 };
    let on_screen: Vec<Pos2> = monotone_curve(points_in_map, samples)
        .into_iter()
        .map(|p| scene.pos_on_screen(p))
        .collect();
    painter.add(Shape::line(on_screen, stroke));
}

/// A face: its colour and mouth say how the persona feels.
pub(crate) fn face(
    painter: &Painter,
    scene: &Scene,
    centre_in_map: Pos2,
    value: i32,
    outline: Option<Stroke>,
) {
    let scale = scene.map.emotion_scale;
    let zoom = scene.zoom();
    let centre = scene.pos_on_screen(centre_in_map);
    let radius = FACE_RADIUS * zoom;
    painter.circle_filled(centre, radius, emotion_color(value, scale.min, scale.max));
    painter.circle_stroke(
        centre,
        radius,
        Stroke::new(1.5 * zoom, scene.theme.background),
    );
    if let Some(stroke) = outline {
        painter.circle_stroke(centre, radius + 3.0 * zoom, stroke);
    }
    if !scene.detailed() {
        return;
    }
    let ink = Color32::from_rgb(0x20, 0x20, 0x20);
    for side in [-1.0, 1.0] {
        painter.circle_filled(centre + vec2(side * 4.0, -3.5) * zoom, 1.6 * zoom, ink);
    }
    let span = (scale.max - scale.min).max(1);
    #[allow(clippy::cast_precision_loss)] // Within -10..=10.
    let mood = (value - scale.min) as f32 / span as f32 * 2.0 - 1.0;
    let mouth: Vec<Pos2> = (0..=8u8)
        .map(|i| {
            let t = f32::from(i) / 8.0 * 2.0 - 1.0;
            centre + vec2(t * 5.5, 4.0 + mood * 3.0 * (1.0 - t * t) - mood * 1.5) * zoom
        })
        .collect();
    painter.add(Shape::line(mouth, Stroke::new(1.6 * zoom, ink)));
}

/// An emotion level as the scales write it: `+2`, `0`, `-3` (the same in every language).
#[must_use]
pub fn level_text(level: i32) -> String {
    if level > 0 {
        format!("+{level}")
    } else {
        level.to_string()
    }
}
