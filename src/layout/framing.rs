//! Where to put the view to show part of a map: the transform (map units to screen points)
//! that shows a rectangle whole, a stage column beside the pinned lane gutter, or a persona's
//! band below the pinned header row. The canvas's camera animates towards these.

use egui::emath::TSTransform;
use egui::{Rect, Vec2};

/// The closest the view zooms out: a whole huge map on screen.
pub const MIN_ZOOM: f32 = 0.001;
/// The closest the view zooms in.
pub const MAX_ZOOM: f32 = 6.0;
/// The largest zoom of a jump to one stage: big type for the back of a workshop room.
pub const FOCUS_ZOOM: f32 = 2.5;
/// The least zoom a jump to one stage shrinks to so as to show the whole column: card text of
/// 21 points, still readable across a room.
pub const PRESENTATION_ZOOM: f32 = 1.5;
/// Screen points between the viewport's edge and a fitted area.
const FIT_MARGIN: f32 = 16.0;

/// The transform that shows `rect_in_map` centred and whole in `viewport_on_screen`, at most 100 %.
#[must_use]
pub fn fit(rect_in_map: Rect, viewport_on_screen: Rect) -> TSTransform {
    let room = (viewport_on_screen.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
    let size = rect_in_map.size().max(Vec2::splat(1.0));
    let scaling = (room.x / size.x).min(room.y / size.y).clamp(MIN_ZOOM, 1.0);
    let translation =
        viewport_on_screen.center().to_vec2() - rect_in_map.center().to_vec2() * scaling;
    TSTransform::new(translation, scaling)
}

/// The transform that shows a stage column (`column_in_map`, from the map's top) right of the
/// pinned gutter, never under it: the column as wide as the room beside the gutter allows, up to
/// [`FOCUS_ZOOM`] (or `least`, if that is more), shrunk to show the whole column when that still
/// leaves it at `least` or more ([`PRESENTATION_ZOOM`] for a jump in the editor; in a
/// presentation, what makes card text big enough for the back of the room); the header at the
/// viewport's top (where the header row would be pinned anyway), the column centred in the room
/// right of the gutter.
#[must_use]
pub fn focus_column(
    column_in_map: Rect,
    pinned: Vec2,
    viewport_on_screen: Rect,
    least: f32,
) -> TSTransform {
    let room = viewport_on_screen.shrink(FIT_MARGIN);
    let across = room.width().max(1.0) / (pinned.x + column_in_map.width()).max(1.0);
    let mut scaling = across.clamp(MIN_ZOOM, FOCUS_ZOOM.max(least));
    let whole = room.height().max(1.0) / column_in_map.height().max(1.0);
    if whole < scaling && whole >= least {
        scaling = whole;
    }
    // The gutter is pinned to the viewport's left edge: the column sits in the room beside it.
    let beside_gutter = viewport_on_screen.min.x + pinned.x * scaling;
    let centre_x = f32::midpoint(beside_gutter, viewport_on_screen.max.x);
    let translation = egui::vec2(
        centre_x - column_in_map.center().x * scaling,
        viewport_on_screen.min.y - column_in_map.min.y * scaling,
    );
    TSTransform::new(translation, scaling)
}

/// The transform that shows `rect_in_map` (a persona's band) whole and centred in the part of
/// the viewport below the pinned header row, at most 100 %.
#[must_use]
pub fn fit_below_header(rect_in_map: Rect, pinned: Vec2, viewport_on_screen: Rect) -> TSTransform {
    let room = (viewport_on_screen.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
    let size = rect_in_map.size().max(Vec2::splat(1.0));
    let scaling = (room.x / size.x)
        .min(room.y / (size.y + pinned.y))
        .clamp(MIN_ZOOM, 1.0);
    let header_on_screen = pinned.y * scaling;
    let below_header = viewport_on_screen.with_min_y(viewport_on_screen.min.y + header_on_screen);
    let translation = below_header.center().to_vec2() - rect_in_map.center().to_vec2() * scaling;
    TSTransform::new(translation, scaling)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Pos2, pos2, vec2};

    #[test]
    fn fit_shows_the_whole_rect_centred() {
        let viewport = Rect::from_min_size(pos2(0.0, 50.0), vec2(1000.0, 600.0));
        let map = Rect::from_min_size(Pos2::ZERO, vec2(4000.0, 1200.0));
        let transform = fit(map, viewport);
        let shown = transform.mul_rect(map);
        assert!(viewport.contains_rect(shown));
        assert!((shown.center() - viewport.center()).length() < 1e-3);
        assert!(
            (shown.width() - (1000.0 - 32.0)).abs() < 1e-2,
            "fills the width"
        );
    }

    #[test]
    fn fit_never_magnifies_past_100_percent() {
        let viewport = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 600.0));
        let small = Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0));
        assert!((fit(small, viewport).scaling - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn a_focused_column_sits_beside_the_gutter_in_big_type() {
        let viewport = Rect::from_min_size(pos2(170.0, 48.0), vec2(940.0, 852.0));
        let pinned = vec2(180.0, 90.0);
        let column = Rect::from_min_max(pos2(430.0, 0.0), pos2(680.0, 1400.0));
        let to_screen = focus_column(column, pinned, viewport, PRESENTATION_ZOOM);
        let shown = to_screen.mul_rect(column);
        let gutter_right = viewport.min.x + pinned.x * to_screen.scaling;
        assert!(
            shown.min.x >= gutter_right - 0.01,
            "{shown:?} beside {gutter_right}"
        );
        assert!(shown.max.x <= viewport.max.x + 0.01);
        assert!(
            (shown.min.y - viewport.min.y).abs() < 0.01,
            "its header at the top"
        );
        assert!(to_screen.scaling >= PRESENTATION_ZOOM);
        let short = Rect::from_min_max(pos2(430.0, 0.0), pos2(680.0, 400.0));
        let whole = focus_column(short, pinned, viewport, PRESENTATION_ZOOM).mul_rect(short);
        assert!(
            viewport.contains_rect(whole),
            "a short column fits whole: {whole:?}"
        );
    }

    #[test]
    fn a_band_fits_below_the_header_row() {
        let viewport = Rect::from_min_size(pos2(170.0, 48.0), vec2(940.0, 852.0));
        let pinned = vec2(180.0, 90.0);
        let band = Rect::from_min_max(pos2(0.0, 900.0), pos2(1180.0, 1600.0));
        let to_screen = fit_below_header(band, pinned, viewport);
        let shown = to_screen.mul_rect(band);
        let header_bottom = viewport.min.y + pinned.y * to_screen.scaling;
        assert!(shown.min.y >= header_bottom - 0.01 && viewport.contains_rect(shown));
    }
}
