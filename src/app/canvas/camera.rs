//! The canvas camera: the transform from map units to screen points, pan and zoom.
//!
//! Zooming keeps the map point under the pointer fixed. Jumps (zoom to fit, to a stage, to a
//! persona, keyboard zoom) animate briefly toward a target; while no animation runs the camera
//! asks for no repaint, so an idle window uses no CPU.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use crate::layout::{MAX_ZOOM, MIN_ZOOM, fit, fit_below_header, focus_column};

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
    /// as the viewport allows beside the pinned lane gutter, up to [`crate::layout::FOCUS_ZOOM`], with its
    /// header at the top; see [`focus_column`].
    pub fn animate_focus(
        &mut self,
        column_in_map: Rect,
        pinned: Vec2,
        viewport_on_screen: Rect,
        least: f32,
    ) {
        self.moved_by_user = true;
        self.target = Some(focus_column(
            column_in_map,
            pinned,
            viewport_on_screen,
            least,
        ));
    }

    /// Starts an animated jump that shows a persona's band (`band_in_map`) whole below the
    /// pinned stage header row.
    pub fn animate_fit_band(&mut self, band_in_map: Rect, pinned: Vec2, viewport_on_screen: Rect) {
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
