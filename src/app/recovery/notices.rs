//! The strip of notices under the menu bar: the open file changed by another program (reload or
//! keep my version), moved or deleted, open in another Percorso window; drafts that cannot be
//! written.

use egui::Ui;

use super::Recovery;
use crate::app::messages::RecoveryAction;
use crate::t;

impl Recovery {
    /// Shows the notices about the open file (called `file_name`) and about drafts, if any;
    /// the button the user pressed, if one was.
    pub fn notices_ui(&self, ui: &mut Ui, file_name: &str) -> Option<RecoveryAction> {
        let news = self.keeper.watcher().news();
        let dismissed = &self.keeper.dismissed;
        let mut lines = Vec::new();
        let mut buttons: Vec<(String, RecoveryAction)> = Vec::new();
        if news.changed && !dismissed.changed {
            lines.push(t!("notice-changed", name = file_name));
            buttons.push((t!("notice-reload"), RecoveryAction::Reload));
            buttons.push((t!("notice-keep-mine"), RecoveryAction::Ours));
        }
        if news.gone && !dismissed.gone {
            lines.push(t!("notice-gone", name = file_name));
        }
        if !news.peers.is_empty() && news.peers != dismissed.peers {
            let pids: Vec<String> = news.peers.iter().map(|p| p.pid.to_string()).collect();
            lines.push(t!(
                "notice-peers",
                name = file_name,
                count = pids.len(),
                processes = pids.join(", ")
            ));
        }
        if let Some(failure) = self.keeper.draft_failure() {
            lines.push(t!("notice-drafts-failing", reason = failure));
        }
        if lines.is_empty() {
            return None;
        }
        if buttons.is_empty() || news.gone || !news.peers.is_empty() {
            buttons.push((t!("notice-dismiss"), RecoveryAction::Dismiss));
        }
        let mut pressed = None;
        egui::Panel::top("notices").show(ui, |ui| {
            for line in &lines {
                ui.colored_label(ui.visuals().warn_fg_color, line);
            }
            ui.horizontal(|ui| {
                for (label, action) in buttons {
                    if ui.button(label).clicked() {
                        pressed = Some(action);
                    }
                }
            });
        });
        pressed
    }
}
