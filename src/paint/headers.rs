//! Column tints, the stage header row, persona headers, row lines and the lane-title gutter.
//!
//! The header row and the gutter are pinned: they are drawn at the top and left edges of the
//! visible area (never above or left of the map), so stage names and lane titles stay readable
//! while the user pans.

use egui::{Align2, Painter, Pos2, Rangef, Rect, Stroke, pos2, vec2};

use super::{Scene, clipped, elided_label, label, outline, wrapped_text};
use crate::layout::{GUTTER_WIDTH, HEADER_LINE, Hit, STAGE_NAME_SIZE};
use crate::model::{LaneAt, Metric};
use crate::theme::{CHEVRON_CLOSED, CHEVRON_OPEN, mix, persona_color, to_color32};

fn grid_stroke(scene: &Scene) -> Stroke {
    Stroke::new(scene.theme.line, scene.theme.grid)
}

/// Tints each visible column with its stage's colour and draws the lines between columns.
pub fn column_tints(painter: &Painter, scene: &Scene, visible: Rect) {
    let layout = scene.layout;
    for column in layout.columns_in(visible.x_range()) {
        let stage = &scene.map.stages[layout.columns[column].stage];
        let rect = layout.column_rect(column);
        if let Some(color) = stage.color.as_ref().and_then(to_color32) {
            painter.rect_filled(
                scene.rect_on_screen(rect),
                0.0,
                scene.theme.column_tint(color),
            );
        }
        let x = rect.max.x;
        painter.line_segment(
            [
                scene.pos_on_screen(pos2(x, rect.min.y)),
                scene.pos_on_screen(pos2(x, rect.max.y)),
            ],
            grid_stroke(scene),
        );
    }
}

/// The header row, pinned to the top of the visible area.
pub fn stage_header_row(painter: &Painter, scene: &Scene, visible: Rect) {
    let layout = scene.layout;
    let row = scene.pinned().header_row(layout);
    let full = Rect::from_x_y_ranges(visible.x_range(), row);
    painter.rect_filled(scene.rect_on_screen(full), 0.0, scene.theme.header);
    // Both worked out with the layout, once per change of the map.
    let (funnel, pain) = (&layout.funnel, &layout.pain);
    let most_pain = pain.iter().copied().max().unwrap_or(0);
    for column in layout.columns_in(visible.x_range()) {
        let stage = layout.columns[column].stage;
        let heat = (most_pain > 0).then(|| (pain.get(stage).copied().unwrap_or(0), most_pain));
        stage_header_cell(painter, scene, column, row, heat);
        let cell = Rect::from_x_y_ranges(layout.columns[column].x, row);
        let inside = clipped(painter, scene, cell);
        if let Some(count) = layout.evidence.as_ref().and_then(|e| e.get(stage)) {
            super::evidence::evidence_cell(&inside, scene, count, cell, funnel.is_some());
        }
        if let Some(funnel) = funnel {
            super::funnel::funnel_cell(&inside, scene, funnel, stage, cell);
        }
    }
    corner(painter, scene, row);
}

/// One stage's header cell: colour bar, name, duration and metrics, clipped to the cell, and
/// the heat of its pain points (`heat`: its weight and the largest any stage has).
fn stage_header_cell(
    painter: &Painter,
    scene: &Scene,
    column: usize,
    row: Rangef,
    heat: Option<(u32, u32)>,
) {
    let layout = scene.layout;
    let stage_index = layout.columns[column].stage;
    let stage = &scene.map.stages[stage_index];
    let cell = Rect::from_x_y_ranges(layout.columns[column].x, row);
    let accent = stage
        .color
        .as_ref()
        .and_then(to_color32)
        .unwrap_or(scene.theme.grid);
    painter.rect_filled(
        scene.rect_on_screen(cell),
        0.0,
        mix(scene.theme.header, accent, 0.18),
    );
    let bar = Rect::from_min_size(cell.min, vec2(cell.width(), 5.0));
    painter.rect_filled(scene.rect_on_screen(bar), 0.0, accent);
    let inside = clipped(painter, scene, cell);
    let (left, width) = (cell.min.x + 12.0, cell.width() - 24.0);
    let mut y = cell.min.y + 12.0;
    let (text, muted) = (scene.theme.text, scene.theme.muted);
    let heat_width = heat.map_or(0.0, |(weight, most)| {
        super::funnel::heat_mark(
            &inside,
            scene,
            pos2(cell.max.x - 12.0, y + 2.0),
            weight,
            most,
        )
    });
    elided_label(
        &inside,
        scene,
        pos2(left, y),
        &stage.name,
        STAGE_NAME_SIZE,
        text,
        width - heat_width,
    );
    y += STAGE_NAME_SIZE * 1.4;
    if !stage.duration.is_empty() {
        let duration = format!("{} {}", crate::theme::DURATION_ICON, stage.duration);
        elided_label(&inside, scene, pos2(left, y), &duration, 13.0, muted, width);
        y += HEADER_LINE;
    }
    for metric in &stage.metrics {
        metric_line(&inside, scene, metric, pos2(left, y), cell.max.x - 12.0);
        y += HEADER_LINE;
    }
    let bottom = [pos2(cell.min.x, cell.max.y), cell.max].map(|p| scene.pos_on_screen(p));
    painter.line_segment(bottom, grid_stroke(scene));
    let hit = Hit::StageHeader { stage: stage_index };
    outline(painter, scene, cell.shrink(1.0), 0.0, scene.outline(hit));
}

/// One metric in a header cell: its value right-aligned at `right`, its name from `left_top`
/// cut with "…" where the value begins.
fn metric_line(painter: &Painter, scene: &Scene, metric: &Metric, left_top: Pos2, right: f32) {
    let value_pos = pos2(right, left_top.y);
    let value = label(
        painter,
        scene,
        value_pos,
        Align2::RIGHT_TOP,
        &crate::words::metric_value(metric),
        13.0,
        scene.theme.text,
    );
    let value_left = value.map_or(value_pos.x, |rect| (scene.to_screen.inverse() * rect.min).x);
    let room = value_left - left_top.x - 8.0;
    let muted = scene.theme.muted;
    elided_label(painter, scene, left_top, &metric.name, 13.0, muted, room);
}

/// The top-left corner over the gutter and the header row: the map's title on the canvas.
fn corner(painter: &Painter, scene: &Scene, row: Rangef) {
    let rect = Rect::from_x_y_ranges(scene.pinned().gutter(), row);
    painter.rect_filled(scene.rect_on_screen(rect), 0.0, scene.theme.header);
    if scene.canvas {
        // An image has the title in its title block already.
        let text_rect = rect.shrink(12.0);
        wrapped_text(
            painter,
            scene,
            text_rect,
            &scene.map.title,
            15.0,
            scene.theme.text,
        );
    }
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(rect.max.x, rect.min.y)),
            scene.pos_on_screen(rect.max),
        ],
        grid_stroke(scene),
    );
}

/// A persona's header strip across the columns; its name stays left, next to the gutter.
pub fn persona_header(painter: &Painter, scene: &Scene, band: usize) {
    let layout = scene.layout;
    let persona_index = layout.bands[band].persona;
    let persona = &scene.map.personas[persona_index];
    let color = persona_color(persona.color.as_ref(), persona_index);
    let rect = layout.persona_header_rect(band);
    painter.rect_filled(
        scene.rect_on_screen(rect),
        0.0,
        mix(scene.theme.header, color, 0.22),
    );
    let inside = clipped(painter, scene, rect);
    let left = scene.pinned().gutter().max + 14.0;
    let room = rect.max.x - left - 12.0;
    let (text, muted) = (scene.theme.text, scene.theme.muted);
    let name_top = pos2(left, rect.center().y - 11.0);
    let name = elided_label(&inside, scene, name_top, &persona.name, 17.0, text, room);
    if let (Some(name), false) = (name, persona.description.is_empty()) {
        let after = (scene.to_screen.inverse() * name.right_top()).x + 14.0;
        let description = first_line(&persona.description);
        let top = pos2(after, rect.center().y - 8.0);
        elided_label(
            &inside,
            scene,
            top,
            description,
            13.0,
            muted,
            rect.max.x - after - 12.0,
        );
    }
    outline(
        painter,
        scene,
        rect.shrink(1.0),
        0.0,
        scene.outline(Hit::PersonaHeader {
            persona: persona_index,
        }),
    );
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

/// The line under a row.
pub fn row_background(painter: &Painter, scene: &Scene, band: usize, row: usize) {
    let y = scene.layout.bands[band].rows[row].y.max;
    let (left, right) = (GUTTER_WIDTH, scene.layout.size.x);
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(left, y)),
            scene.pos_on_screen(pos2(right, y)),
        ],
        grid_stroke(scene),
    );
}

/// The lane-title gutter, pinned to the left of the visible area.
pub fn gutter(painter: &Painter, scene: &Scene, visible: Rect) {
    let layout = scene.layout;
    let x = scene.pinned().gutter();
    let below_header = Rangef::new(scene.pinned().header_row(layout).max, layout.size.y);
    let area = Rect::from_x_y_ranges(x, below_header.intersection(visible.y_range()));
    if area.is_positive() {
        painter.rect_filled(scene.rect_on_screen(area), 0.0, scene.theme.gutter);
    }
    for band in layout.bands_in(visible.y_range()) {
        let persona_index = layout.bands[band].persona;
        let persona = &scene.map.personas[persona_index];
        let color = persona_color(persona.color.as_ref(), persona_index);
        let band_rect = Rect::from_x_y_ranges(x, layout.bands[band].y);
        let stripe = Rect::from_min_size(band_rect.min, vec2(6.0, band_rect.height()));
        painter.rect_filled(scene.rect_on_screen(stripe), 0.0, color);
        let header = Rect::from_x_y_ranges(x, layout.bands[band].header_y);
        painter.rect_filled(
            scene.rect_on_screen(header.with_min_x(header.min.x + 6.0)),
            0.0,
            mix(scene.theme.header, color, 0.22),
        );
        if scene.canvas {
            let at = scene.pinned().persona_chevron(layout, band);
            chevron(painter, scene, at, layout.bands[band].collapsed, 16.0);
        }
        let photo = scene.avatars.get(persona_index).copied().flatten();
        let centre = pos2(x.min + 52.0, header.center().y);
        avatar(painter, scene, centre, &persona.name, color, photo);
        for row in layout.rows_in(band, visible.y_range()) {
            lane_title(painter, scene, band, row, x);
        }
    }
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(x.max, area.min.y)),
            scene.pos_on_screen(pos2(x.max, area.max.y)),
        ],
        grid_stroke(scene),
    );
}

fn lane_title(painter: &Painter, scene: &Scene, band: usize, row: usize, x: Rangef) {
    let layout = scene.layout;
    let persona = layout.bands[band].persona;
    let row_layout = &layout.bands[band].rows[row];
    let Some(lane) = scene.map.lane_at(LaneAt {
        persona,
        lane: row_layout.lane,
    }) else {
        return;
    };
    let rect = Rect::from_x_y_ranges(x, row_layout.y);
    if scene.canvas {
        let at = scene.pinned().lane_chevron(layout, band, row);
        chevron(painter, scene, at, row_layout.collapsed, 14.0);
    }
    let top = rect.min.y + if row_layout.collapsed { 3.0 } else { 10.0 };
    let size = if row_layout.collapsed { 11.0 } else { 14.0 };
    let text_rect =
        Rect::from_min_max(pos2(x.min + 32.0, top), pos2(x.max - 8.0, rect.max.y - 4.0));
    wrapped_text(
        painter,
        scene,
        text_rect,
        &lane.display_title(),
        size,
        scene.theme.text,
    );
    let y = rect.max.y;
    painter.line_segment(
        [
            scene.pos_on_screen(pos2(x.min + 6.0, y)),
            scene.pos_on_screen(pos2(x.max, y)),
        ],
        grid_stroke(scene),
    );
    let hit = Hit::LaneTitle {
        persona,
        lane: row_layout.lane,
    };
    outline(painter, scene, rect.shrink(1.0), 0.0, scene.outline(hit));
}

/// The fold chevron in `rect` (where [`crate::layout::Pinned`] says it is clicked): open, or
/// closed when `folded`.
fn chevron(painter: &Painter, scene: &Scene, rect: Rect, folded: bool, size: f32) {
    let mark = if folded { CHEVRON_CLOSED } else { CHEVRON_OPEN };
    let color = scene.theme.muted;
    label(
        painter,
        scene,
        rect.center(),
        Align2::CENTER_CENTER,
        mark,
        size,
        color,
    );
}

/// A round avatar: the persona's photo, or their initials on their colour.
fn avatar(
    painter: &Painter,
    scene: &Scene,
    centre: Pos2,
    name: &str,
    color: egui::Color32,
    photo: Option<egui::TextureId>,
) {
    let radius = 15.0 * scene.zoom();
    let centre_on_screen = scene.pos_on_screen(centre);
    if let Some(texture) = photo {
        let rect = Rect::from_center_size(centre_on_screen, egui::Vec2::splat(2.0 * radius));
        let uv = Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0));
        let shape = egui::epaint::RectShape::filled(rect, radius, egui::Color32::WHITE)
            .with_texture(texture, uv);
        painter.add(shape);
        painter.circle_stroke(
            centre_on_screen,
            radius,
            Stroke::new(2.0 * scene.zoom(), color),
        );
        return;
    }
    // On a projector white initials on a mid-tone circle do not reach 7:1: a light circle and
    // black initials do.
    let (circle, ink) = if *scene.theme == crate::theme::Theme::PROJECTOR {
        (crate::theme::avatar_light(color), egui::Color32::BLACK)
    } else {
        (color, egui::Color32::WHITE)
    };
    painter.circle_filled(centre_on_screen, radius, circle);
    let initials: String = name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    label(
        painter,
        scene,
        centre,
        Align2::CENTER_CENTER,
        &initials,
        13.0,
        ink,
    );
}
