//! Cards: a tinted face with the kind's stripe, wrapped text, and a badge row (channel icon
//! with an online / offline mark, severity, evidence, votes). Plain blocks below readable zoom.

use egui::{Align2, Color32, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::{Scene, label, outline, wrapped_text};
use crate::layout::{CARD_FOOTER, CARD_PADDING, CARD_STRIPE, CARD_TEXT_SIZE, CardBox, Hit};
use crate::model::{Card, Lane};
use crate::theme::{channel_icon, evidence_badge, kind_color, to_color32};

const RADIUS: f32 = 4.0;

/// Draws the cards of one row that fall in the visible columns: in detail, or as plain blocks
/// (all of the row's in one mesh) below the zoom where their text would be unreadable.
pub fn cards_in_row(painter: &Painter, scene: &Scene, band: usize, row: usize, visible: Rect) {
    let layout = scene.layout;
    let row_layout = &layout.bands[band].rows[row];
    let persona = &scene.map.personas[layout.bands[band].persona];
    let lane = &persona.lanes[row_layout.lane];
    let in_view = layout
        .columns_in(visible.x_range())
        .flat_map(|column| &layout.cards[row_layout.cells[column].clone()])
        .filter(|card_box| card_box.rect.intersects(visible));
    if scene.detailed() {
        for card_box in in_view {
            card(painter, scene, lane, card_box);
        }
        return;
    }
    let mut blocks = egui::Mesh::default();
    for card_box in in_view {
        let accent = accent_of(lane, &lane.cards[card_box.card]);
        let rect = scene.rect_on_screen(card_box.rect);
        blocks.add_colored_rect(rect, scene.theme.card_tint(accent));
        // At least a pixel wide: without anti-aliasing a thinner stripe would cover no pixel.
        let width = (CARD_STRIPE * scene.zoom()).max(1.0);
        blocks.add_colored_rect(
            Rect::from_min_size(rect.min, vec2(width, rect.height())),
            accent,
        );
    }
    // Plain blocks, a few pixels each: no rounding and no anti-aliased edges, so that a big map
    // fitted on screen costs two triangles a block.
    painter.add(blocks);
}

/// A card's colour: its own, or its kind's.
fn accent_of(lane: &Lane, card: &Card) -> Color32 {
    let kind = lane.card_kind(card).map_or(Color32::GRAY, kind_color);
    card.color.as_ref().and_then(to_color32).unwrap_or(kind)
}

fn card(painter: &Painter, scene: &Scene, lane: &Lane, card_box: &CardBox) {
    let card = &lane.cards[card_box.card];
    let accent = accent_of(lane, card);
    let rect = scene.rect_on_screen(card_box.rect);
    let radius = RADIUS * scene.zoom();
    painter.rect_filled(rect, radius, scene.theme.card_tint(accent));
    let stripe = Rect::from_min_size(rect.min, vec2(CARD_STRIPE * scene.zoom(), rect.height()));
    painter.rect_filled(
        stripe,
        egui::CornerRadius {
            nw: radius_u8(radius),
            sw: radius_u8(radius),
            ne: 0,
            se: 0,
        },
        accent,
    );
    painter.rect_stroke(
        rect,
        radius,
        Stroke::new(scene.theme.line, scene.theme.grid),
        StrokeKind::Inside,
    );
    let inner = Rect::from_min_max(
        card_box.rect.min + vec2(CARD_STRIPE + CARD_PADDING, CARD_PADDING),
        card_box.rect.max - vec2(CARD_PADDING, CARD_PADDING),
    );
    let has_footer = crate::layout::has_badges(card);
    let text_rect = if has_footer {
        inner.with_max_y(inner.max.y - CARD_FOOTER)
    } else {
        inner
    };
    wrapped_text(
        painter,
        scene,
        text_rect,
        &card.text,
        CARD_TEXT_SIZE,
        scene.theme.text,
    );
    if has_footer {
        badges(
            painter,
            scene,
            card,
            pos2(inner.min.x, inner.max.y - CARD_FOOTER / 2.0 + 2.0),
            inner.max.x,
        );
    }
    marks(painter, scene, card_box, card, rect);
}

/// The outline of a selected or hovered card, and the marks of a vote in progress.
fn marks(painter: &Painter, scene: &Scene, card_box: &CardBox, card: &Card, rect: Rect) {
    let hit = Hit::Card {
        persona: card_box.persona,
        lane: card_box.lane,
        card: card_box.card,
    };
    outline(painter, scene, card_box.rect, RADIUS, scene.outline(hit));
    let radius = RADIUS * scene.zoom();
    let selected = scene.selected.contains(&hit);
    vote_mark(painter, scene, card, rect, radius, selected);
}

/// While a vote runs, a bold frame round a card that can be voted on (in the selection's colour
/// and bolder for the selected one, the card the votes go to), a veil over any other.
fn vote_mark(
    painter: &Painter,
    scene: &Scene,
    card: &Card,
    rect: Rect,
    radius: f32,
    selected: bool,
) {
    let Some(eligible) = scene.voting else {
        return;
    };
    if eligible.contains(&card.id) {
        let (width, color) = if selected {
            (6.0, scene.theme.selection)
        } else {
            (3.0, scene.theme.text)
        };
        let frame = Stroke::new(width * scene.zoom().max(1.0), color);
        painter.rect_stroke(rect, radius, frame, StrokeKind::Outside);
    } else {
        let [r, g, b, _] = scene.theme.background.to_srgba_unmultiplied();
        let veil = egui::Color32::from_rgba_unmultiplied(r, g, b, 200);
        painter.rect_filled(rect.expand(1.0), radius, veil);
    }
}

fn radius_u8(radius: f32) -> u8 {
    // Clamped into u8's range first, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let byte = radius.round().clamp(0.0, 255.0) as u8;
    byte
}

/// The badge row, left to right from `start` (map units, vertical centre): channel, online /
/// offline, severity; evidence and votes from the right edge at `right`.
fn badges(painter: &Painter, scene: &Scene, card: &Card, start: Pos2, right: f32) {
    let theme = scene.theme;
    let mut x = start.x;
    if let Some(channel) = &card.channel {
        if let Some(rect) = label(
            painter,
            scene,
            pos2(x, start.y),
            Align2::LEFT_CENTER,
            channel_icon(channel),
            13.0,
            theme.text,
        ) {
            x = (scene.to_screen.inverse() * rect.right_center()).x + 4.0;
        }
        let text = channel.name_with_mark();
        if let Some(rect) = label(
            painter,
            scene,
            pos2(x, start.y),
            Align2::LEFT_CENTER,
            &text,
            11.0,
            theme.muted,
        ) {
            x = (scene.to_screen.inverse() * rect.right_center()).x + 8.0;
        }
    }
    if let Some(severity) = card.severity {
        severity_marks(painter, scene, pos2(x, start.y), severity);
    }
    let mut right_x = right;
    if card.votes > 0 {
        right_x = vote_dots(painter, scene, pos2(right_x, start.y), card.votes);
    }
    if let Some(evidence) = card.evidence {
        let text = evidence_badge(evidence);
        if let Some(rect) = label(
            painter,
            scene,
            pos2(right_x - 4.0, start.y),
            Align2::RIGHT_CENTER,
            &text,
            10.0,
            theme.muted,
        ) {
            let stroke = Stroke::new(1.0, theme.muted);
            painter.rect_stroke(
                rect.expand2(vec2(4.0, 1.0) * scene.zoom()),
                3.0 * scene.zoom(),
                stroke,
                StrokeKind::Outside,
            );
        }
    }
}

/// Three triangles, `severity` of them filled: 1 minor, 2 major, 3 critical.
pub(crate) fn severity_marks(painter: &Painter, scene: &Scene, left_centre: Pos2, severity: u8) {
    let color = Color32::from_rgb(0xD5, 0x3E, 0x1F);
    for i in 0..3u8 {
        let centre = left_centre + vec2(6.0 + f32::from(i) * 13.0, 0.0);
        let points: Vec<Pos2> = [vec2(0.0, -5.5), vec2(5.5, 4.5), vec2(-5.5, 4.5)]
            .iter()
            .map(|offset| scene.pos_on_screen(centre + *offset))
            .collect();
        let filled = i < severity;
        let fill = if filled { color } else { Color32::TRANSPARENT };
        painter.add(egui::Shape::convex_polygon(
            points,
            fill,
            Stroke::new(1.0, color),
        ));
    }
}

/// Vote dots right-aligned at `right_centre`; returns the x left of them.
fn vote_dots(painter: &Painter, scene: &Scene, right_centre: Pos2, votes: u32) -> f32 {
    let shown = votes.min(5);
    let mut x = right_centre.x - 5.0;
    if votes > shown {
        let text = format!("+{}", votes - shown);
        if let Some(rect) = label(
            painter,
            scene,
            pos2(x, right_centre.y),
            Align2::RIGHT_CENTER,
            &text,
            10.0,
            scene.theme.muted,
        ) {
            x = (scene.to_screen.inverse() * rect.left_center()).x - 6.0;
        }
    }
    let color = Color32::from_rgb(0x00, 0x72, 0xB2);
    for _ in 0..shown {
        painter.circle_filled(
            scene.pos_on_screen(pos2(x, right_centre.y)),
            4.0 * scene.zoom(),
            color,
        );
        x -= 11.0;
    }
    x - 2.0
}
