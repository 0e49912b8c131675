//! The vote's dialog: what is voted on (pain points, opportunities or both; the whole map or
//! one stage), how many people vote and how many votes each has, and whether the votes the
//! cards hold already are cleared first. Enter starts the vote.

use egui::{Key, Ui};

use super::Answer;
use crate::app::messages::VoteSetup;
use crate::t;

pub(super) fn ui(ui: &mut Ui, setup: &mut VoteSetup) -> Option<Answer> {
    ui.heading(t!("vote-setup-title"));
    ui.checkbox(&mut setup.pain_points, t!("vote-setup-pain-points"));
    ui.checkbox(&mut setup.opportunities, t!("vote-setup-opportunities"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut setup.stage_only, false, t!("vote-setup-whole-map"));
        if let Some(name) = setup.stage_name.clone() {
            ui.radio_value(
                &mut setup.stage_only,
                true,
                t!("vote-setup-stage", stage = name),
            );
        }
    });
    ui.horizontal(|ui| {
        ui.label(t!("vote-setup-participants"));
        ui.add(egui::DragValue::new(&mut setup.participants).range(1..=200))
            .accessible_name(t!("vote-setup-participants"));
        ui.label(t!("vote-setup-each"));
        ui.add(egui::DragValue::new(&mut setup.each).range(1..=20))
            .accessible_name(t!("vote-setup-each"));
    });
    ui.label(t!("vote-setup-budget", count = setup.budget()));
    ui.checkbox(&mut setup.clear, t!("vote-setup-clear"));
    let any = setup.pain_points || setup.opportunities;
    let mut answer = None;
    ui.horizontal(|ui| {
        let start = ui.add_enabled(any, egui::Button::new(t!("vote-setup-start")));
        if start.clicked() || (any && ui.input(|i| i.key_pressed(Key::Enter))) {
            answer = Some(Answer::StartVote(setup.clone()));
        }
        if ui.button(t!("button-cancel")).clicked() {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}
