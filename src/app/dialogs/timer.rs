//! The timer's dialog: presets and a typed number of minutes to start a countdown (Enter starts
//! it), and, while one runs, pause or resume, a minute or five more, and stop.

use egui::{Key, Ui};

use super::{Answer, take_focus_once};
use crate::app::messages::TimerAction;
use crate::t;

/// The presets, in minutes.
const PRESETS: [u32; 5] = [2, 5, 10, 15, 30];

pub(super) fn ui(ui: &mut Ui, minutes: &mut String, running: bool) -> Option<Answer> {
    ui.heading(t!("timer-title"));
    let mut answer = None;
    let mut act = |action| answer = Some(Answer::Timer(action));
    ui.horizontal(|ui| {
        for preset in PRESETS {
            if ui.button(t!("timer-preset", minutes = preset)).clicked() {
                act(TimerAction::Start(f64::from(preset) * 60.0));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(t!("timer-minutes"));
        let field = ui
            .add(egui::TextEdit::singleline(minutes).desired_width(80.0))
            .accessible_name(t!("timer-minutes"));
        // Enter ends a one-line field (it gives up the focus): that starts the countdown.
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        take_focus_once(ui, &field);
        let typed = crate::lang::numbers::parse(minutes).filter(|m| *m > 0.0 && *m <= 600.0);
        let start = ui.add_enabled(typed.is_some(), egui::Button::new(t!("timer-start")));
        if let (Some(typed), true) = (typed, start.clicked() || entered) {
            act(TimerAction::Start(typed * 60.0));
        }
    });
    if running {
        ui.horizontal(|ui| {
            if ui.button(t!("timer-pause-resume")).clicked() {
                act(TimerAction::PauseOrResume);
            }
            if ui.button(t!("timer-more", minutes = 1)).clicked() {
                act(TimerAction::Extend(60.0));
            }
            if ui.button(t!("timer-more", minutes = 5)).clicked() {
                act(TimerAction::Extend(300.0));
            }
            if ui.button(t!("timer-stop")).clicked() {
                act(TimerAction::Stop);
            }
        });
    }
    if ui.button(t!("button-close")).clicked() {
        answer = Some(Answer::Dismiss);
    }
    answer
}
