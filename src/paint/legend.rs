//! The parts of an exported image around the map: a title block above it and a legend below
//! (card kinds, channels with their online / offline mark, the emotion scale's faces).

use egui::{Align2, Painter, Pos2, Rect, pos2, vec2};

use super::{Scene, emotions, label, wrapped_text};
use crate::model::{CardKind, Channel, Map};
use crate::theme::{Theme, channel_icon, kind_color};

/// Height of the title block in map units.
pub const TITLE_HEIGHT: f32 = 86.0;
/// Height of the legend in map units.
pub const LEGEND_HEIGHT: f32 = 150.0;
/// The narrowest the legend needs to be, in map units.
pub const LEGEND_MIN_WIDTH: f32 = 1180.0;

/// The map's title and description, in `rect` (map units through `scene.to_screen`).
pub fn title_block(painter: &Painter, scene: &Scene, rect: Rect) {
    painter.rect_filled(scene.rect_on_screen(rect), 0.0, scene.theme.header);
    let map = scene.map;
    let title = if map.title.is_empty() {
        "Untitled journey"
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
    channels(painter, scene, pos2(left, top + 34.0));
    emotion_scale(
        painter,
        scene,
        scene.theme,
        scene.map,
        pos2(left, top + 92.0),
    );
    severity_note(painter, scene, pos2(left + 620.0, top + 92.0));
}

/// A heading of the legend, at the left of its row.
fn heading(painter: &Painter, scene: &Scene, at: Pos2, text: &str) {
    label(
        painter,
        scene,
        at,
        Align2::LEFT_TOP,
        text,
        13.0,
        scene.theme.text,
    );
}

/// Each card kind: a swatch with its stripe, and its name.
fn card_kinds(painter: &Painter, scene: &Scene, at: Pos2) {
    let theme = scene.theme;
    heading(painter, scene, at, "Cards");
    let mut x = at.x + 80.0;
    for kind in CardKind::ALL {
        let swatch = Rect::from_min_size(pos2(x, at.y + 2.0), vec2(14.0, 12.0));
        painter.rect_filled(
            scene.rect_on_screen(swatch),
            2.0 * scene.zoom(),
            theme.card_tint(kind_color(kind)),
        );
        let stripe = Rect::from_min_size(swatch.min, vec2(4.0, 12.0));
        painter.rect_filled(scene.rect_on_screen(stripe), 0.0, kind_color(kind));
        let name = kind.display_name();
        label(
            painter,
            scene,
            pos2(x + 20.0, at.y),
            Align2::LEFT_TOP,
            name,
            12.0,
            theme.text,
        );
        x += 120.0;
    }
}

/// Each named channel: its icon, its name and whether it is online, in two rows.
fn channels(painter: &Painter, scene: &Scene, at: Pos2) {
    heading(painter, scene, at, "Channels");
    let x = at.x + 80.0;
    for (i, channel) in (0u8..).zip(Channel::NAMED.iter()) {
        let (cx, cy) = (x + f32::from(i % 8) * 135.0, at.y + f32::from(i / 8) * 22.0);
        let mark = if channel.is_offline() {
            "offline"
        } else {
            "online"
        };
        let text = format!(
            "{} {} · {mark}",
            channel_icon(channel),
            channel.display_name()
        );
        let muted = scene.theme.muted;
        label(
            painter,
            scene,
            pos2(cx, cy),
            Align2::LEFT_TOP,
            &text,
            11.0,
            muted,
        );
    }
}

fn emotion_scale(painter: &Painter, scene: &Scene, theme: &Theme, map: &Map, at: Pos2) {
    label(
        painter,
        scene,
        at,
        Align2::LEFT_TOP,
        "Emotions",
        13.0,
        theme.text,
    );
    let scale = map.emotion_scale;
    let mut x = at.x + 94.0;
    for value in scale.min..=scale.max {
        emotions::face(painter, scene, pos2(x, at.y + 8.0), value, None);
        let text = if value > 0 {
            format!("+{value}")
        } else {
            value.to_string()
        };
        label(
            painter,
            scene,
            pos2(x + 16.0, at.y + 1.0),
            Align2::LEFT_TOP,
            &text,
            11.0,
            theme.muted,
        );
        x += 52.0;
    }
}

fn severity_note(painter: &Painter, scene: &Scene, at: Pos2) {
    label(
        painter,
        scene,
        at,
        Align2::LEFT_TOP,
        "Pain point severity",
        13.0,
        scene.theme.text,
    );
    let mut x = at.x + 150.0;
    for (severity, name) in [(1, "minor"), (2, "major"), (3, "critical")] {
        super::cards::severity_marks(painter, scene, pos2(x, at.y + 8.0), severity);
        label(
            painter,
            scene,
            pos2(x + 44.0, at.y + 1.0),
            Align2::LEFT_TOP,
            name,
            11.0,
            scene.theme.muted,
        );
        x += 110.0;
    }
}
