//! The canvas camera: the transform from map units to screen points, pan and zoom.
//!
//! Zooming keeps the map point under the pointer fixed. Jumps (zoom to fit, to a stage, to a
//! persona, keyboard zoom) animate briefly toward a target; while no animation runs the camera
//! asks for no repaint, so an idle window uses no CPU.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

/// The closest the camera zooms out: a whole huge map on screen.
pub const MIN_ZOOM: f32 = 0.001;
/// The closest the camera zooms in.
pub const MAX_ZOOM: f32 = 6.0;
/// The largest zoom of a jump to one stage: big type for the back of a workshop room.
pub const FOCUS_ZOOM: f32 = 2.5;
/// The least zoom a jump to one stage shrinks to so as to show the whole column: card text of
/// 21 points, still readable across a room.
pub const PRESENTATION_ZOOM: f32 = 1.5;
/// Screen points between the viewport's edge and a fitted area.
const FIT_MARGIN: f32 = 16.0;

/// Where the map is on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// From map units to screen points, now.
    pub to_screen: TSTransform,
    /// Where an animated jump is heading.
    target: Option<TSTransform>,
    /// Whether the user moved the view since it was last fitted automatically.
    moved_by_user: bool,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            to_screen: TSTransform::IDENTITY,
            target: None,
            moved_by_user: false,
        }
    }
}

impl Camera {
    /// The zoom factor: screen points per map unit.
    #[must_use]
    pub fn zoom(&self) -> f32 {
        self.to_screen.scaling
    }

    /// The map rectangle shown by a viewport.
    #[must_use]
    pub fn visible_in_map(&self, viewport_on_screen: Rect) -> Rect {
        self.to_screen.inverse().mul_rect(viewport_on_screen)
    }

    /// Moves the map by `delta` screen points; stops any jump.
    pub fn pan(&mut self, delta: Vec2) {
        self.target = None;
        self.moved_by_user = true;
        self.to_screen.translation += delta;
    }

    /// Zooms by `factor` keeping `fixed_on_screen` where it is; stops any jump.
    pub fn zoom_at(&mut self, fixed_on_screen: Pos2, factor: f32) {
        self.target = None;
        self.moved_by_user = true;
        self.to_screen = zoomed(self.to_screen, fixed_on_screen, factor);
    }

    /// Starts an animated zoom by `factor` around `fixed_on_screen`.
    pub fn animate_zoom(&mut self, fixed_on_screen: Pos2, factor: f32) {
        self.moved_by_user = true;
        let from = self.target.unwrap_or(self.to_screen);
        self.target = Some(zoomed(from, fixed_on_screen, factor));
    }

    /// Starts an animated jump that shows `rect_in_map` whole in `viewport_on_screen`.
    pub fn animate_fit(&mut self, rect_in_map: Rect, viewport_on_screen: Rect) {
        self.moved_by_user = true;
        self.target = Some(fit(rect_in_map, viewport_on_screen));
    }

    /// Starts an animated jump to a stage: its column (`column_in_map`, header included) as wide
    /// as the viewport allows beside the pinned lane gutter, up to [`FOCUS_ZOOM`], with its
    /// header at the top; see [`focus_column`].
    pub fn animate_focus(&mut self, column_in_map: Rect, pinned: Pinned, viewport_on_screen: Rect) {
        self.moved_by_user = true;
        self.target = Some(focus_column(column_in_map, pinned, viewport_on_screen));
    }

    /// Starts an animated jump that shows a persona's band (`band_in_map`) whole below the
    /// pinned stage header row.
    pub fn animate_fit_band(
        &mut self,
        band_in_map: Rect,
        pinned: Pinned,
        viewport_on_screen: Rect,
    ) {
        self.moved_by_user = true;
        self.target = Some(fit_below_header(band_in_map, pinned, viewport_on_screen));
    }

    /// Shows `rect_in_map` whole at once, without animation.
    pub fn fit_now(&mut self, rect_in_map: Rect, viewport_on_screen: Rect) {
        self.target = None;
        self.moved_by_user = false;
        self.to_screen = fit(rect_in_map, viewport_on_screen);
    }

    /// Advances a running jump by `dt` seconds; returns whether it is still running.
    pub fn step(&mut self, dt: f32) -> bool {
        let Some(target) = self.target else {
            return false;
        };
        let t = 1.0 - (-dt.clamp(0.0, 0.1) * 16.0).exp();
        let current = self.to_screen;
        let scaling = current.scaling * (target.scaling / current.scaling).powf(t);
        let translation = current.translation + (target.translation - current.translation) * t;
        let close = (scaling / target.scaling - 1.0).abs() < 1e-3
            && (translation - target.translation).length() < 0.5;
        if close {
            self.to_screen = target;
            self.target = None;
        } else {
            self.to_screen = TSTransform::new(translation, scaling);
        }
        !close
    }

    /// Whether the user moved the view since the last automatic fit.
    #[must_use]
    pub fn moved_by_user(&self) -> bool {
        self.moved_by_user
    }

    /// Whether a jump is running.
    #[must_use]
    pub fn is_animating(&self) -> bool {
        self.target.is_some()
    }
}

fn zoomed(from: TSTransform, fixed_on_screen: Pos2, factor: f32) -> TSTransform {
    let scaling = (from.scaling * factor).clamp(MIN_ZOOM, MAX_ZOOM);
    let applied = scaling / from.scaling;
    let fixed = fixed_on_screen.to_vec2();
    TSTransform::new(fixed + (from.translation - fixed) * applied, scaling)
}

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

/// What the canvas keeps pinned over the map, in map units: the lane-title gutter on the left
/// and the stage header row at the top. A jump to part of the map leaves that part outside them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pinned {
    /// The gutter's width.
    pub gutter: f32,
    /// The header row's height.
    pub header: f32,
}

/// The transform that shows a stage column (`column_in_map`, from the map's top) right of the
/// pinned gutter, never under it: the column as wide as the room beside the gutter allows, up to
/// [`FOCUS_ZOOM`], shrunk to show the whole column when that still leaves it at
/// [`PRESENTATION_ZOOM`] or more; the header at the viewport's top (where the header row would
/// be pinned anyway), the column centred in the room right of the gutter.
#[must_use]
pub fn focus_column(column_in_map: Rect, pinned: Pinned, viewport_on_screen: Rect) -> TSTransform {
    let room = viewport_on_screen.shrink(FIT_MARGIN);
    let across = room.width().max(1.0) / (pinned.gutter + column_in_map.width()).max(1.0);
    let mut scaling = across.clamp(MIN_ZOOM, FOCUS_ZOOM);
    let whole = room.height().max(1.0) / column_in_map.height().max(1.0);
    if whole < scaling && whole >= PRESENTATION_ZOOM {
        scaling = whole;
    }
    // The gutter is pinned to the viewport's left edge: the column sits in the room beside it.
    let beside_gutter = viewport_on_screen.min.x + pinned.gutter * scaling;
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
pub fn fit_below_header(
    rect_in_map: Rect,
    pinned: Pinned,
    viewport_on_screen: Rect,
) -> TSTransform {
    let room = (viewport_on_screen.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
    let size = rect_in_map.size().max(Vec2::splat(1.0));
    let scaling = (room.x / size.x)
        .min(room.y / (size.y + pinned.header))
        .clamp(MIN_ZOOM, 1.0);
    let header_on_screen = pinned.header * scaling;
    let below_header = viewport_on_screen.with_min_y(viewport_on_screen.min.y + header_on_screen);
    let translation = below_header.center().to_vec2() - rect_in_map.center().to_vec2() * scaling;
    TSTransform::new(translation, scaling)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let mut camera = Camera::default();
        camera.pan(vec2(30.0, -20.0));
        let pointer = pos2(400.0, 300.0);
        let under = camera.to_screen.inverse() * pointer;
        camera.zoom_at(pointer, 1.7);
        let after = camera.to_screen * under;
        assert!((after - pointer).length() < 1e-3);
        assert!((camera.zoom() - 1.7).abs() < 1e-6);
    }

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
    fn animation_reaches_its_target_and_stops() {
        let mut camera = Camera::default();
        let viewport = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0));
        camera.animate_fit(
            Rect::from_min_size(Pos2::ZERO, vec2(4000.0, 3000.0)),
            viewport,
        );
        let mut frames = 0;
        while camera.step(1.0 / 60.0) {
            frames += 1;
            assert!(frames < 120, "the animation never settles");
        }
        assert!(!camera.is_animating());
        assert_eq!(
            camera.to_screen,
            fit(
                Rect::from_min_size(Pos2::ZERO, vec2(4000.0, 3000.0)),
                viewport
            )
        );
    }
}
