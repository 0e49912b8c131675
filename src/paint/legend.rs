//! The parts of an exported image around the map: a title block above it and a legend below
//! (card kinds, channels with their online / offline mark, the emotion scale's faces).

use egui::{Align2, Painter, Pos2, Rect, pos2, vec2};

use super::{Scene, elided_label, emotions, label, wrapped_text};
use crate::model::{CardKind, Channel, Map};
use crate::theme::{Theme, channel_icon, kind_color};

/// Height of the title block in map units.
pub const TITLE_HEIGHT: f32 = 86.0;
/// Height of the legend in map units.
pub const LEGEND_HEIGHT: f32 = 150.0;
/// The narrowest the legend needs to be, in map units: room for eight columns of channels in
/// the longer of the two languages (Italian), with a heading.
pub const LEGEND_MIN_WIDTH: f32 = 1340.0;

/// The map's title and description, in `rect` (map units through `scene.to_screen`).
pub fn title_block(painter: &Painter, scene: &Scene, rect: Rect) {
    painter.rect_filled(scene.rect_on_screen(rect), 0.0, scene.theme.header);
    let map = scene.map;
    let untitled = crate::t!("untitled-journey");
    let title = if map.title.is_empty() {
        untitled.as_str()
    } else {
        map.title.as_str()
    };
    label(
        painter,
        scene,
        rect.min + vec2(20.0, 14.0),
        Align2::LEFT_TOP,
        title,
        26.0,
        scene.theme.text,
    );
    let text = Rect::from_min_max(rect.min + vec2(20.0, 50.0), rect.max - vec2(20.0, 6.0));
    wrapped_text(
        painter,
        scene,
        text,
        &map.description,
        13.0,
        scene.theme.muted,
    );
}

/// The legend in `rect`: kinds, channels and the emotion scale.
pub fn legend(painter: &Painter, scene: &Scene, rect: Rect) {
    painter.rect_filled(scene.rect_on_screen(rect), 0.0, scene.theme.header);
    let left = rect.min.x + 20.0;
    let top = rect.min.y + 14.0;
    card_kinds(painter, scene, pos2(left, top));
    channels(painter, scene, pos2(left, top + 34.0), rect.max.x - 20.0);
    let scale_end = emotion_scale(
        painter,
        scene,
        scene.theme,
        scene.map,
        pos2(left, top + 92.0),
    );
    severity_note(
        painter,
        scene,
        pos2((left + 620.0).max(scale_end + 40.0), top + 92.0),
    );
}

/// A heading of the legend, at the left of its row; returns where the row's items start, the
/// widest heading's room in both languages.
fn heading(painter: &Painter, scene: &Scene, at: Pos2, text: &str) -> f32 {
    let drawn = label(
        painter,
        scene,
        at,
        Align2::LEFT_TOP,
        text,
        13.0,
        scene.theme.text,
    );
    let right = drawn.map_or(at.x, |rect| at.x + rect.width() / scene.zoom());
    (at.x + 80.0).max(right + 16.0)
}

/// Where the next item of a row starts: after `drawn` (a label's screen rect) and a gap, or
/// `fallback` map units on if nothing was drawn.
fn after(scene: &Scene, x: f32, drawn: Option<Rect>, left_of_text: f32, fallback: f32) -> f32 {
    drawn.map_or(x + fallback, |rect| {
        x + left_of_text + rect.width() / scene.zoom() + 24.0
    })
}

/// Each card kind: a swatch with its stripe, and its name.
fn card_kinds(painter: &Painter, scene: &Scene, at: Pos2) {
    let theme = scene.theme;
    let mut x = heading(painter, scene, at, &crate::t!("legend-cards"));
    for kind in CardKind::ALL {
        let swatch = Rect::from_min_size(pos2(x, at.y + 2.0), vec2(14.0, 12.0));
        painter.rect_filled(
            scene.rect_on_screen(swatch),
            2.0 * scene.zoom(),
            theme.card_tint(kind_color(kind)),
        );
        let stripe = Rect::from_min_size(swatch.min, vec2(4.0, 12.0));
        painter.rect_filled(scene.rect_on_screen(stripe), 0.0, kind_color(kind));
        let drawn = label(
            painter,
            scene,
            pos2(x + 20.0, at.y),
            Align2::LEFT_TOP,
            &kind.display_name(),
            12.0,
            theme.text,
        );
        x = after(scene, x, drawn, 20.0, 120.0);
    }
}

/// Each named channel: its icon, its name and whether it is online, in two rows of columns as
/// wide as the widest name needs, up to `right`; a name too long for its column is cut with "…".
fn channels(painter: &Painter, scene: &Scene, at: Pos2, right: f32) {
    let x = heading(painter, scene, at, &crate::t!("legend-channels"));
    let texts: Vec<String> = Channel::NAMED
        .iter()
        .map(|channel| format!("{} {}", channel_icon(channel), channel.name_with_mark()))
        .collect();
    let font = egui::FontId::proportional(11.0);
    let widest = texts
        .iter()
        .map(|text| {
            let galley = painter.layout_no_wrap(text.clone(), font.clone(), scene.theme.muted);
            galley.size().x
        })
        .fold(0.0_f32, f32::max);
    let column = (widest + 18.0).max(120.0).min((right - x) / 8.0);
    for (i, text) in (0u8..).zip(&texts) {
        let (cx, cy) = (
            x + f32::from(i % 8) * column,
            at.y + f32::from(i / 8) * 22.0,
        );
        let muted = scene.theme.muted;
        elided_label(
            painter,
            scene,
            pos2(cx, cy),
            text,
            11.0,
            muted,
            column - 8.0,
        );
    }
}

fn emotion_scale(painter: &Painter, scene: &Scene, theme: &Theme, map: &Map, at: Pos2) -> f32 {
    let mut x = heading(painter, scene, at, &crate::t!("legend-emotions")) + 14.0;
    let scale = map.emotion_scale;
    for value in scale.min..=scale.max {
        emotions::face(painter, scene, pos2(x, at.y + 8.0), value, None);
        label(
            painter,
            scene,
            pos2(x + 16.0, at.y + 1.0),
            Align2::LEFT_TOP,
            &emotions::level_text(value),
            11.0,
            theme.muted,
        );
        x += 52.0;
    }
    x
}

fn severity_note(painter: &Painter, scene: &Scene, at: Pos2) {
    let mut x = heading(painter, scene, at, &crate::t!("legend-severity")) + 10.0;
    let names = [
        crate::t!("severity-minor"),
        crate::t!("severity-major"),
        crate::t!("severity-critical"),
    ];
    for (severity, name) in (1..).zip(&names) {
        super::cards::severity_marks(painter, scene, pos2(x, at.y + 8.0), severity);
        let drawn = label(
            painter,
            scene,
            pos2(x + 44.0, at.y + 1.0),
            Align2::LEFT_TOP,
            name,
            11.0,
            scene.theme.muted,
        );
        x = after(scene, x, drawn, 44.0, 110.0);
    }
}
