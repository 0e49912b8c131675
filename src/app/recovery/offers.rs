//! Recovering work, as the app carries it out: the drafts left behind offered at start (restore,
//! compare, discard), restoring one (in this window or a new one), reloading the file from disk,
//! and the question before a save overwrites a file changed elsewhere.

use std::path::Path;
use std::time::SystemTime;

use crate::app::PercorsoApp;
use crate::app::messages::{Action, Choice, ChoiceItem, Command, Question, RecoveryAction};
use crate::safety::drafts::Draft;

impl PercorsoApp {
    /// Acts on a request about drafts, backups or the file on disk.
    pub(crate) fn recovery_action(&mut self, action: RecoveryAction) {
        match action {
            RecoveryAction::Restore(file) => self.recover(&file, false),
            RecoveryAction::Compare(file) => self.recover(&file, true),
            RecoveryAction::Discard(file) => {
                self.recovery.keeper.offers.retain(|d| d.file != file);
                if let Err(err) = std::fs::remove_file(&file) {
                    self.show_error(
                        "The draft was not deleted",
                        vec![format!("{}: {err}", file.display())],
                    );
                    return;
                }
                self.offer_drafts();
            }
            RecoveryAction::Overwrite(path) => {
                self.save_checked(&path, true);
            }
            RecoveryAction::CancelSave => self.files.cancel_after_save(),
            RecoveryAction::Reload => self.reload(),
            RecoveryAction::ReloadNow => {
                if let Some(path) = self.doc.path.clone() {
                    self.open(&path);
                }
            }
            RecoveryAction::Ours => {
                self.recovery.keeper.watcher().accept_disk_version();
                self.recovery.keeper.dismiss_news();
            }
            RecoveryAction::Dismiss => self.recovery.keeper.dismiss_news(),
            RecoveryAction::OpenBackup(file) => self.open_backup(&file),
        }
    }

    /// Shows the drafts left behind, if any, and the ones that could not be read; an error on
    /// screen (a file that could not be opened at start) is kept in the same dialog.
    pub(crate) fn offer_drafts(&mut self) {
        let mut earlier = Vec::new();
        if !self.recovery.keeper.offers.is_empty()
            && let Some(crate::app::dialogs::Dialog::Question(Question::Tell {
                title,
                lines,
                error: true,
            })) = self.dialogs.take()
        {
            earlier.push(format!("{title}:"));
            earlier.extend(lines);
        }
        let unreadable: Vec<String> = std::mem::take(&mut self.recovery.keeper.unreadable)
            .into_iter()
            .flat_map(|u| {
                std::iter::once(format!(
                    "A draft could not be read and was kept at {}:",
                    u.kept_at.display()
                ))
                .chain(u.reasons)
            })
            .collect();
        if self.recovery.keeper.offers.is_empty() {
            if !unreadable.is_empty() {
                self.show_error("A draft could not be recovered", unreadable);
            }
            return;
        }
        let busy = self.doc.is_dirty();
        let items = self
            .recovery
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
        self.dialogs.ask(Question::Choice {
            title: "Recover unsaved changes".to_owned(),
            lines,
            items,
            buttons: vec![Choice::new("Decide later", Vec::new())],
        });
    }

    fn recover(&mut self, file: &Path, compare: bool) {
        let Some(index) = self
            .recovery
            .keeper
            .offers
            .iter()
            .position(|d| d.file == file)
        else {
            return;
        };
        let draft = self.recovery.keeper.offers.remove(index);
        let original = draft.original.clone();
        if self.doc.is_dirty() {
            // This window holds changes already: the draft gets a window of its own.
            if !self.launch(&["--recover".into(), draft.file.clone().into_os_string()]) {
                // Said why; the draft stays on offer (and on disk, for the next start).
                self.recovery.keeper.offers.insert(index, draft);
                return;
            }
        } else {
            self.restore_draft(draft);
        }
        if compare && let Some(original) = original.filter(|p| p.exists()) {
            // The draft is this window's before the other window looks for drafts left behind.
            self.recovery.keeper.finish();
            if !self.launch(&[original.into_os_string()]) {
                return;
            }
        }
        self.offer_drafts();
    }

    /// Opens `draft` in this window as unsaved changes to its original file, and makes it this
    /// window's draft.
    pub(crate) fn restore_draft(&mut self, draft: Draft) {
        self.replace_document(draft.map, draft.original, None);
        self.doc.mark_unsaved();
        self.recovery.keeper.adopt(&draft.file);
        // The file may have changed since the changes were made to it: then say so now, and
        // ask before a save replaces it.
        let on_disk = self.recovery.keeper.watcher().stamp().map(|s| s.digest());
        if draft.base.is_some() && on_disk.is_some() && draft.base != on_disk {
            self.recovery.keeper.watcher().mark_changed();
        }
    }

    /// Starts another window; on failure says why and returns `false`.
    fn launch(&mut self, args: &[std::ffi::OsString]) -> bool {
        match (self.recovery.launcher)(args) {
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
            self.actions
                .push(Action::Recovery(RecoveryAction::ReloadNow));
            return;
        }
        self.dialogs.ask(Question::Choice {
            title: format!("Reload {} from disk?", self.file_name()),
            lines: vec!["Your unsaved changes will be lost.".to_owned()],
            items: Vec::new(),
            buttons: vec![
                Choice::new(
                    "Discard my changes and reload",
                    vec![Action::Recovery(RecoveryAction::ReloadNow)],
                ),
                Choice::new("Cancel", Vec::new()),
            ],
        });
    }

    /// Asks before a save replaces a file that changed on disk since it was opened or saved.
    pub(crate) fn ask_overwrite(&mut self, path: &Path) {
        self.dialogs.ask(Question::Choice {
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
                Choice::new("Overwrite", vec![Action::Recovery(RecoveryAction::Overwrite(path.to_owned()))]),
                Choice::new("Save as…", vec![Action::Command(Command::SaveAs)]),
                Choice::new(
                    "Reload theirs",
                    vec![Action::Recovery(RecoveryAction::CancelSave), Action::Recovery(RecoveryAction::Reload)],
                ),
                Choice::new("Cancel", vec![Action::Recovery(RecoveryAction::CancelSave)]),
            ],
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
                vec![Action::Recovery(RecoveryAction::Restore(
                    draft.file.clone(),
                ))],
            )
            .named(format!("Restore {name}")),
            Choice::new(
                "Compare",
                vec![Action::Recovery(RecoveryAction::Compare(
                    draft.file.clone(),
                ))],
            )
            .named(format!("Compare {name}"))
            .disabled_because(
                (!can_compare).then(|| "The original file is not on disk".to_owned()),
            ),
            Choice::new(
                "Discard",
                vec![Action::Recovery(RecoveryAction::Discard(
                    draft.file.clone(),
                ))],
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
