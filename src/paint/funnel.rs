//! The funnel row at the foot of each stage's header cell: a bar as long as the stage's share
//! of the most customers any stage counts, the count, and the share lost on the way in from the
//! stage before; the largest loss is marked in words and with a bolder colour (never colour
//! alone), and a stage without the metric says so instead of showing a zero. Beside each stage's
//! name, the heat of its pain points: their weight in words, on the pain points' colour as
//! strong as the weight is against the most painful stage's.

use egui::{Align2, Painter, Rect, pos2, vec2};

use super::{Scene, elided_label, label};
use crate::insights::Funnel;
use crate::layout::FUNNEL_ROW;
use crate::t;
use crate::words::insights::loss_words;

/// Height of the funnel's bar, in map units.
const BAR: f32 = 12.0;

/// Draws stage `stage`'s part of `funnel` at the foot of its header `cell` (map units).
pub(super) fn funnel_cell(
    painter: &Painter,
    scene: &Scene,
    funnel: &Funnel,
    stage: usize,
    cell: Rect,
) {
    let area = Rect::from_min_max(pos2(cell.min.x + 12.0, cell.max.y - FUNNEL_ROW), cell.max);
    let width = area.width() - 12.0;
    let theme = scene.theme;
    let Some(count) = funnel.counts.get(stage).copied().flatten() else {
        let gap = t!("funnel-gap", metric = funnel.metric.as_str());
        elided_label(
            painter,
            scene,
            area.min + vec2(0.0, 4.0),
            &gap,
            12.0,
            theme.muted,
            width,
        );
        return;
    };
    #[allow(clippy::cast_possible_truncation)] // A share from 0 to 1.
    let share = if funnel.largest_count > 0.0 {
        (count / funnel.largest_count) as f32
    } else {
        0.0
    };
    let track = Rect::from_min_size(area.min + vec2(0.0, 5.0), vec2(width, BAR));
    painter.rect_filled(scene.rect_on_screen(track), 2.0 * scene.zoom(), theme.grid);
    let bar = Rect::from_min_size(track.min, vec2((width * share).max(2.0), BAR));
    painter.rect_filled(scene.rect_on_screen(bar), 2.0 * scene.zoom(), theme.muted);
    let number = crate::lang::number(count);
    label(
        painter,
        scene,
        pos2(area.min.x, track.max.y + 4.0),
        Align2::LEFT_TOP,
        &number,
        13.0,
        theme.text,
    );
    loss_label(
        painter,
        scene,
        funnel,
        stage,
        pos2(area.max.x - 12.0, track.max.y + 4.0),
    );
}

/// The share lost on the way into `stage`, right-aligned at `right_top` (map units); the
/// largest loss on the pain points' colour, where the journey loses the most.
fn loss_label(
    painter: &Painter,
    scene: &Scene,
    funnel: &Funnel,
    stage: usize,
    right_top: egui::Pos2,
) {
    let Some(loss) = funnel.losses.get(stage).copied().flatten() else {
        return;
    };
    let largest = funnel.largest_loss == Some(stage);
    let words = loss_words(loss, largest);
    let theme = scene.theme;
    if largest {
        let pain = theme.card_tint(crate::theme::kind_color(crate::model::CardKind::PainPoint));
        chip(
            painter,
            scene,
            right_top,
            Align2::RIGHT_TOP,
            &words,
            13.0,
            pain,
        );
    } else {
        label(
            painter,
            scene,
            right_top,
            Align2::RIGHT_TOP,
            &words,
            13.0,
            theme.muted,
        );
    }
}

/// The heat mark right-aligned at `right_top` (map units): "pain 24" on the pain points'
/// colour, stronger the nearer `weight` is to `most`; nothing for a stage without pain. Returns
/// its width in map units, for the stage name to leave room.
pub(super) fn heat_mark(
    painter: &Painter,
    scene: &Scene,
    right_top: egui::Pos2,
    weight: u32,
    most: u32,
) -> f32 {
    if weight == 0 || most == 0 {
        return 0.0;
    }
    let pain = crate::theme::kind_color(crate::model::CardKind::PainPoint);
    #[allow(clippy::cast_precision_loss)] // Weights of a few hundred at most.
    let strength = 0.25 + 0.75 * (weight as f32 / most as f32);
    let tint = crate::theme::mix(scene.theme.header, pain, 0.5 * strength);
    let words = t!("heat-mark", weight = weight);
    chip(
        painter,
        scene,
        right_top,
        Align2::RIGHT_TOP,
        &words,
        12.0,
        tint,
    )
    .map_or(0.0, |back| back.width() / scene.zoom() + 6.0)
}

/// `words` in the text colour on a rounded `tint`, anchored at `pos_in_map` by `anchor` (left
/// or right, top); the chip's rectangle on screen, or `None` when the text is too small to
/// draw.
pub(super) fn chip(
    painter: &Painter,
    scene: &Scene,
    pos_in_map: egui::Pos2,
    anchor: Align2,
    words: &str,
    size: f32,
    tint: egui::Color32,
) -> Option<Rect> {
    let size_on_screen = scene.text_size(size)?;
    let font = egui::FontId::proportional(size_on_screen);
    let galley = painter.layout_no_wrap(words.to_owned(), font, scene.theme.text);
    let text_rect = anchor.anchor_size(scene.pos_on_screen(pos_in_map), galley.size());
    let back = text_rect.expand2(vec2(4.0, 1.0) * scene.zoom());
    painter.rect_filled(back, 3.0 * scene.zoom(), tint);
    painter.galley(text_rect.min, galley, scene.theme.text);
    Some(back)
}
