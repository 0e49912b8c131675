//! What the user sees of keeping work safe: drafts left behind offered at start (restore,
//! compare, discard), the question before overwriting a file changed elsewhere, the notices
//! about the open file (changed, gone, open in another window), and the previous versions.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::dialogs::{Choice, ChoiceItem, Dialog};
use super::{Action, PercorsoApp};
use crate::safety::drafts::Draft;

/// A request about drafts, backups or the file on disk.
#[derive(Clone, Debug, PartialEq)]
pub enum Keep {
    /// Restore the draft in this file (in this window, or a new one if this one has changes).
    Restore(PathBuf),
    /// Restore the draft and open its original file in another window, to compare.
    Compare(PathBuf),
    /// Delete the draft.
    Discard(PathBuf),
    /// Save to this file although it changed on disk.
    Overwrite(PathBuf),
    /// Do not save after all (and do not go on with what was to follow the save).
    CancelSave,
    /// Read the open file again from disk (asks first when there are unsaved changes).
    Reload,
    /// Read the open file again, discarding unsaved changes.
    ReloadNow,
    /// Keep the map as it is; the version on disk is replaced at the next save.
    Ours,
    /// Hide the notices shown now.
    Dismiss,
    /// Open this previous version of the open file, as unsaved changes.
    OpenBackup(PathBuf),
}

impl PercorsoApp {
    /// Acts on a request about drafts, backups or the file on disk.
    pub(super) fn keep_action(&mut self, keep: Keep) {
        match keep {
            Keep::Restore(file) => self.recover(&file, false),
            Keep::Compare(file) => self.recover(&file, true),
            Keep::Discard(file) => {
                self.keeper.offers.retain(|d| d.file != file);
                if let Err(err) = std::fs::remove_file(&file) {
                    self.show_error(
                        "The draft was not deleted",
                        vec![format!("{}: {err}", file.display())],
                    );
                    return;
                }
                self.offer_drafts();
            }
            Keep::Overwrite(path) => {
                self.save_checked(&path, true);
            }
            Keep::CancelSave => self.after_save_as = None,
            Keep::Reload => self.reload(),
            Keep::ReloadNow => {
                if let Some(path) = self.doc.path.clone() {
                    self.open(&path);
                }
            }
            Keep::Ours => {
                self.keeper.watcher().accept_disk_version();
                self.keeper.dismissed = self.keeper.watcher().news();
            }
            Keep::Dismiss => self.keeper.dismissed = self.keeper.watcher().news(),
            Keep::OpenBackup(file) => self.open_backup(&file),
        }
    }

    /// Shows the drafts left behind, if any, and the ones that could not be read; an error on
    /// screen (a file that could not be opened at start) is kept in the same dialog.
    pub(super) fn offer_drafts(&mut self) {
        let mut earlier = Vec::new();
        if !self.keeper.offers.is_empty()
            && let Some(Dialog::Error { title, lines }) = self.dialog.take()
        {
            earlier.push(format!("{title}:"));
            earlier.extend(lines);
        }
        let unreadable: Vec<String> = std::mem::take(&mut self.keeper.unreadable)
            .into_iter()
            .flat_map(|u| {
                std::iter::once(format!(
                    "A draft could not be read and was kept at {}:",
                    u.kept_at.display()
                ))
                .chain(u.reasons)
            })
            .collect();
        if self.keeper.offers.is_empty() {
            if !unreadable.is_empty() {
                self.show_error("A draft could not be recovered", unreadable);
            }
            return;
        }
        let busy = self.doc.is_dirty();
        let items = self
            .keeper
            .offers
            .iter()
            .map(|draft| offer_item(draft, busy))
            .collect();
        let mut lines = earlier;
        lines.extend([
            "Percorso closed without saving these changes (a crash, a kill or a power cut).".to_owned(),
            "Restore opens the draft as unsaved changes; Compare also opens the file as it is on disk in another window.".to_owned(),
        ]);
        lines.extend(unreadable);
        self.dialog = Some(Dialog::Choice {
            title: "Recover unsaved changes".to_owned(),
            lines,
            items,
            buttons: vec![Choice::new("Decide later", Vec::new())],
        });
    }

    fn recover(&mut self, file: &Path, compare: bool) {
        let Some(index) = self.keeper.offers.iter().position(|d| d.file == file) else {
            return;
        };
        let draft = self.keeper.offers.remove(index);
        let original = draft.original.clone();
        if self.doc.is_dirty() {
            // This window holds changes already: the draft gets a window of its own.
            if !self.launch(&["--recover".into(), draft.file.clone().into_os_string()]) {
                // Said why; the draft stays on offer (and on disk, for the next start).
                self.keeper.offers.insert(index, draft);
                return;
            }
        } else {
            self.restore_draft(draft);
        }
        if compare && let Some(original) = original.filter(|p| p.exists()) {
            // The draft is this window's before the other window looks for drafts left behind.
            self.keeper.finish();
            if !self.launch(&[original.into_os_string()]) {
                return;
            }
        }
        self.offer_drafts();
    }

    /// Opens `draft` in this window as unsaved changes to its original file, and makes it this
    /// window's draft.
    pub(super) fn restore_draft(&mut self, draft: Draft) {
        self.replace_document(draft.map, draft.original, None);
        self.doc.mark_unsaved();
        self.keeper.adopt(&draft.file);
        // The file may have changed since the changes were made to it: then say so now, and
        // ask before a save replaces it.
        let on_disk = self.keeper.watcher().stamp().map(|s| s.digest());
        if draft.base.is_some() && on_disk.is_some() && draft.base != on_disk {
            self.keeper.watcher().mark_changed();
        }
    }

    /// Starts another window; on failure says why and returns `false`.
    fn launch(&mut self, args: &[std::ffi::OsString]) -> bool {
        match (self.launcher)(args) {
            Ok(()) => true,
            Err(err) => {
                self.show_error(
                    "Another Percorso window could not be opened",
                    vec![
                        err.to_string(),
                        "The drafts left are offered at the next start.".to_owned(),
                    ],
                );
                false
            }
        }
    }

    fn reload(&mut self) {
        if !self.doc.is_dirty() {
            self.actions.push(Action::Keep(Keep::ReloadNow));
            return;
        }
        self.dialog = Some(Dialog::Choice {
            title: format!("Reload {} from disk?", self.file_name()),
            lines: vec!["Your unsaved changes will be lost.".to_owned()],
            items: Vec::new(),
            buttons: vec![
                Choice::new(
                    "Discard my changes and reload",
                    vec![Action::Keep(Keep::ReloadNow)],
                ),
                Choice::new("Cancel", Vec::new()),
            ],
        });
    }

    /// Asks before a save replaces a file that changed on disk since it was opened or saved.
    pub(super) fn ask_overwrite(&mut self, path: &Path) {
        self.dialog = Some(Dialog::Choice {
            title: format!("{} changed on disk", self.file_name()),
            lines: vec![
                format!(
                    "Another program changed {} after you opened or saved it.",
                    path.display()
                ),
                "Overwrite replaces it with your map (its version is kept under File > Previous versions).".to_owned(),
            ],
            items: Vec::new(),
            buttons: vec![
                Choice::new("Overwrite", vec![Action::Keep(Keep::Overwrite(path.to_owned()))]),
                Choice::new(
                    "Save as…",
                    vec![Action::Command(super::Command::SaveAs)],
                ),
                Choice::new(
                    "Reload theirs",
                    vec![Action::Keep(Keep::CancelSave), Action::Keep(Keep::Reload)],
                ),
                Choice::new("Cancel", vec![Action::Keep(Keep::CancelSave)]),
            ],
        });
    }

    /// The notices about the open file and about drafts, under the menu bar.
    pub(super) fn notices_ui(&mut self, ui: &mut egui::Ui) {
        let news = self.keeper.watcher().news();
        let dismissed = &self.keeper.dismissed;
        let mut lines = Vec::new();
        let mut buttons: Vec<(&str, Keep)> = Vec::new();
        if news.changed && !dismissed.changed {
            lines.push(format!(
                "{} was changed by another program.",
                self.file_name()
            ));
            buttons.push(("Reload from disk", Keep::Reload));
            buttons.push(("Keep my version", Keep::Ours));
        }
        if news.gone && !dismissed.gone {
            lines.push(format!(
                "{} was moved or deleted; saving writes it again.",
                self.file_name()
            ));
        }
        if !news.peers.is_empty() && news.peers != dismissed.peers {
            let pids: Vec<String> = news.peers.iter().map(|p| p.pid.to_string()).collect();
            lines.push(format!(
                "{} is also open in another Percorso window (process {}): saving in both replaces each other's changes.",
                self.file_name(),
                pids.join(", ")
            ));
        }
        if let Some(failure) = self.keeper.draft_failure() {
            lines.push(format!(
                "Drafts cannot be written ({failure}): save your work."
            ));
        }
        if lines.is_empty() {
            return;
        }
        if buttons.is_empty() || news.gone || !news.peers.is_empty() {
            buttons.push(("Dismiss", Keep::Dismiss));
        }
        egui::Panel::top("notices").show(ui, |ui| {
            for line in &lines {
                ui.colored_label(ui.visuals().warn_fg_color, line);
            }
            ui.horizontal(|ui| {
                for (label, keep) in buttons {
                    if ui.button(label).clicked() {
                        self.actions.push(Action::Keep(keep));
                    }
                }
            });
        });
    }
}

fn offer_item(draft: &Draft, busy: bool) -> ChoiceItem {
    let name = draft
        .original
        .as_deref()
        .map_or_else(|| "an untitled map".to_owned(), |p| p.display().to_string());
    let title = &draft.map.title;
    let can_compare = draft.original.as_deref().is_some_and(Path::exists);
    let restore = if busy {
        "Restore in a new window"
    } else {
        "Restore"
    };
    ChoiceItem {
        lines: vec![
            format!("“{title}” ({name})"),
            format!("Changes from {}.", when(draft.written)),
        ],
        buttons: vec![
            Choice::new(
                restore,
                vec![Action::Keep(Keep::Restore(draft.file.clone()))],
            )
            .named(format!("Restore {name}")),
            Choice::new(
                "Compare",
                vec![Action::Keep(Keep::Compare(draft.file.clone()))],
            )
            .named(format!("Compare {name}"))
            .disabled_because(
                (!can_compare).then(|| "The original file is not on disk".to_owned()),
            ),
            Choice::new(
                "Discard",
                vec![Action::Keep(Keep::Discard(draft.file.clone()))],
            )
            .named(format!("Discard {name}")),
        ],
    }
}

/// When `time` was, for people: "today at 09:14 (5 minutes ago)", "yesterday at 17:02 (16 hours
/// ago)", "Sun 15 Nov at 17:02 (7 days ago)", in the computer's time zone.
pub fn when(time: SystemTime) -> String {
    let local = chrono::DateTime::<chrono::Local>::from(time);
    let today = chrono::Local::now().date_naive();
    let day = match today.signed_duration_since(local.date_naive()).num_days() {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        _ => local.format("%a %-d %b %Y").to_string(),
    };
    format!("{day} at {} ({})", local.format("%H:%M"), ago(time))
}

/// "3 minutes ago", "2 hours ago", "5 days ago".
fn ago(time: SystemTime) -> String {
    let seconds = SystemTime::now()
        .duration_since(time)
        .map_or(0, |d| d.as_secs());
    let (count, unit) = match seconds {
        0..60 => return "less than a minute ago".to_owned(),
        60..3_600 => (seconds / 60, "minute"),
        3_600..86_400 => (seconds / 3_600, "hour"),
        _ => (seconds / 86_400, "day"),
    };
    let plural = if count == 1 { "" } else { "s" };
    format!("{count} {unit}{plural} ago")
}
