//! The workshop's timebox: a countdown started with T (a preset or a typed number of minutes),
//! paused, extended and stopped from the same dialog; shown large in a corner while presenting
//! and small in the editor, and, at zero, a clear "time is up". It reads egui's clock and asks
//! for a frame at most once a second while it runs; paused, stopped or up, it asks for none.

use std::time::Duration;

use egui::{Align2, Color32, RichText};

use crate::t;

/// A countdown, on egui's clock (seconds).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timer {
    /// The time left when it was last started or resumed, and when that was; `None` if paused.
    running_since: Option<f64>,
    /// The seconds left at `running_since` (or now, if paused).
    left: f64,
    /// Whether a countdown exists at all.
    on: bool,
}

impl Timer {
    /// Starts a countdown of `seconds` now.
    pub fn start(&mut self, seconds: f64, now: f64) {
        *self = Timer {
            running_since: Some(now),
            left: seconds.max(1.0),
            on: true,
        };
    }

    /// The seconds left at `now`, never below zero.
    #[must_use]
    pub fn left(&self, now: f64) -> f64 {
        let spent = self.running_since.map_or(0.0, |since| now - since);
        (self.left - spent).max(0.0)
    }

    /// Pauses a running countdown, or lets a paused one run on.
    pub fn pause_or_resume(&mut self, now: f64) {
        self.left = self.left(now);
        self.running_since = match self.running_since {
            Some(_) => None,
            None => Some(now),
        };
    }

    /// Gives the countdown `seconds` more (after zero, it runs again).
    pub fn extend(&mut self, seconds: f64, now: f64) {
        let running = self.running_since.is_some() || self.left(now) <= 0.0;
        self.left = self.left(now) + seconds;
        self.running_since = running.then_some(now);
    }

    /// Stops and hides the countdown.
    pub fn stop(&mut self) {
        *self = Timer::default();
    }

    /// Whether a countdown is shown.
    #[must_use]
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Whether it is paused.
    #[must_use]
    pub fn is_paused(&self) -> bool {
        self.on && self.running_since.is_none()
    }

    /// Shows the countdown in the window's top right corner (large when `large`), and asks for
    /// the next frame when the shown second changes.
    pub fn ui(&self, ctx: &egui::Context, large: bool) {
        if !self.on {
            return;
        }
        let now = ctx.input(|i| i.time);
        let left = self.left(now);
        let up = left <= 0.0;
        let size = if large { 64.0 } else { 20.0 };
        let text = if up {
            t!("timer-up")
        } else {
            // Whole seconds, rounded up: 4:59.2 reads 5:00 until it is 4:59.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let seconds = left.ceil() as u64;
            format!("{:02}:{:02}", seconds / 60, seconds % 60)
        };
        let (fill, color) = if up {
            (Color32::from_rgb(0xB0, 0x00, 0x20), Color32::WHITE)
        } else {
            (Color32::BLACK, Color32::WHITE)
        };
        let paused = if self.is_paused() {
            format!(" {}", t!("timer-paused"))
        } else {
            String::new()
        };
        let shown = egui::Area::new(egui::Id::unique("percorso timer"))
            .anchor(
                Align2::RIGHT_TOP,
                egui::vec2(-12.0, if large { 12.0 } else { 34.0 }),
            )
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(10.0)
                    .corner_radius(8.0)
                    .show(ui, |ui| {
                        let label = RichText::new(format!("{text}{paused}"))
                            .size(size)
                            .color(color)
                            .strong();
                        ui.add(egui::Label::new(label).extend())
                            .on_hover_text(t!("timer-name"));
                    });
            });
        // An anchored area is placed by its size in the last frame: when the text grew (time
        // up), one more frame puts it back inside the window.
        if shown.response.rect.max.x > ctx.content_rect().max.x + 0.5 {
            ctx.request_repaint();
        }
        if !up && !self.is_paused() {
            // The next whole second, not sooner: a running timer costs one frame a second.
            let wait = left - left.floor();
            let wait = if wait <= 0.0 { 1.0 } else { wait };
            ctx.request_repaint_after(Duration::from_secs_f64(wait));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_countdown_pauses_extends_and_stops() {
        let mut timer = Timer::default();
        timer.start(300.0, 10.0);
        assert!((timer.left(70.0) - 240.0).abs() < 1e-9);
        timer.pause_or_resume(70.0);
        assert!(
            (timer.left(500.0) - 240.0).abs() < 1e-9,
            "paused time does not pass"
        );
        timer.pause_or_resume(500.0);
        timer.extend(60.0, 560.0);
        assert!((timer.left(560.0) - 240.0).abs() < 1e-9);
        assert!(timer.left(10_000.0) <= 0.0);
        timer.extend(120.0, 10_000.0);
        assert!(
            (timer.left(10_060.0) - 60.0).abs() < 1e-9,
            "after zero it runs again"
        );
        timer.stop();
        assert!(!timer.is_on());
    }
}
