//! The evidence line of each stage's header cell, above the funnel row: a bar split by how its
//! cards are known (observed, assumed, proposed, not marked) and the main figure in words; a
//! stage built mostly on assumptions says so on the pain points' colour (never colour alone).

use egui::{Align2, Painter, Rect, pos2, vec2};

use super::funnel::chip;
use super::{Scene, elided_label};
use crate::insights::EvidenceCount;
use crate::layout::{EVIDENCE_ROW, FUNNEL_ROW};
use crate::model::CardKind;
use crate::theme::{kind_color, mix};

/// The width of the split bar, in map units.
const BAR_WIDTH: f32 = 56.0;

/// Draws `count` on the evidence line of header `cell` (map units); `funnel` says whether the
/// funnel row lies below it.
pub(super) fn evidence_cell(
    painter: &Painter,
    scene: &Scene,
    count: &EvidenceCount,
    cell: Rect,
    funnel: bool,
) {
    let cards = count.cards();
    if cards == 0 {
        return;
    }
    let below = if funnel { FUNNEL_ROW } else { 0.0 };
    let top = cell.max.y - below - EVIDENCE_ROW;
    let left = cell.min.x + 12.0;
    let theme = scene.theme;
    let parts = [
        (count.observed, theme.text),
        (count.assumed, theme.muted),
        (count.proposed, kind_color(CardKind::Opportunity)),
        (count.unmarked, theme.grid),
    ];
    let mut x = left;
    for (part, colour) in parts {
        #[allow(clippy::cast_precision_loss)] // Card counts far below 2^23.
        let width = BAR_WIDTH * part as f32 / cards as f32;
        let piece = Rect::from_min_size(pos2(x, top + 8.0), vec2(width, 8.0));
        painter.rect_filled(scene.rect_on_screen(piece), 0.0, colour);
        x += width;
    }
    let words_at = pos2(left + BAR_WIDTH + 8.0, top + 4.0);
    let room = cell.max.x - 12.0 - words_at.x;
    let words = crate::words::insights::evidence_short(count);
    if count.mostly_assumed() {
        let pain = mix(theme.header, kind_color(CardKind::PainPoint), 0.45);
        chip(
            painter,
            scene,
            words_at + vec2(4.0, 0.0),
            Align2::LEFT_TOP,
            &words,
            12.0,
            pain,
        );
    } else {
        elided_label(painter, scene, words_at, &words, 12.0, theme.muted, room);
    }
}
