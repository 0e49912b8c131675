//! Recovering work, as the app carries it out: the drafts left behind offered at start (restore,
//! compare, discard), restoring one (in this window or a new one), reloading the file from disk,
//! and the question before a save overwrites a file changed elsewhere.

use std::path::Path;
use std::time::SystemTime;

use crate::app::PercorsoApp;
use crate::app::messages::{Action, Choice, ChoiceItem, Command, Question, RecoveryAction};
use crate::safety::drafts::Draft;
use crate::t;

impl PercorsoApp {
    /// Acts on a request about drafts, backups or the file on disk.
    pub(crate) fn recovery_action(&mut self, action: RecoveryAction) {
        match action {
            RecoveryAction::Restore(file) => self.recover(&file, false),
            RecoveryAction::Compare(file) => self.recover(&file, true),
            RecoveryAction::Discard(file) => {
                self.recovery.keeper.offers.retain(|d| d.file != file);
                if let Err(err) = std::fs::remove_file(&file) {
                    let reason = crate::file::io_reason(&err);
                    self.show_error(
                        t!("draft-not-deleted"),
                        vec![format!("{}: {reason}", file.display())],
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
                std::iter::once(t!(
                    "draft-unreadable-kept",
                    path = u.kept_at.display().to_string()
                ))
                .chain(u.reasons)
            })
            .collect();
        if self.recovery.keeper.offers.is_empty() {
            if !unreadable.is_empty() {
                self.show_error(t!("draft-not-recovered"), unreadable);
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
        lines.extend([t!("drafts-why"), t!("drafts-how")]);
        lines.extend(unreadable);
        self.dialogs.ask(Question::Choice {
            title: t!("drafts-title"),
            lines,
            items,
            buttons: vec![Choice::new(t!("drafts-later"), Vec::new())],
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
                    t!("window-not-opened"),
                    vec![crate::file::io_reason(&err), t!("window-not-opened-drafts")],
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
            title: t!("reload-title", name = self.file_name()),
            lines: vec![t!("reload-message")],
            items: Vec::new(),
            buttons: vec![
                Choice::new(
                    t!("reload-confirm"),
                    vec![Action::Recovery(RecoveryAction::ReloadNow)],
                ),
                Choice::new(t!("button-cancel"), Vec::new()),
            ],
        });
    }

    /// Asks before a save replaces a file that changed on disk since it was opened or saved.
    pub(crate) fn ask_overwrite(&mut self, path: &Path) {
        self.dialogs.ask(Question::Choice {
            title: t!("changed-title", name = self.file_name()),
            lines: vec![
                t!("changed-message", path = path.display().to_string()),
                t!("changed-overwrite-note"),
            ],
            items: Vec::new(),
            buttons: vec![
                Choice::new(
                    t!("changed-overwrite"),
                    vec![Action::Recovery(RecoveryAction::Overwrite(path.to_owned()))],
                ),
                Choice::new(
                    Command::SaveAs.label(),
                    vec![Action::Command(Command::SaveAs)],
                ),
                Choice::new(
                    t!("changed-reload"),
                    vec![
                        Action::Recovery(RecoveryAction::CancelSave),
                        Action::Recovery(RecoveryAction::Reload),
                    ],
                ),
                Choice::new(
                    t!("button-cancel"),
                    vec![Action::Recovery(RecoveryAction::CancelSave)],
                ),
            ],
        });
    }
}

fn offer_item(draft: &Draft, busy: bool) -> ChoiceItem {
    let name = draft
        .original
        .as_deref()
        .map_or_else(|| t!("draft-untitled-map"), |p| p.display().to_string());
    let title = &draft.map.title;
    let can_compare = draft.original.as_deref().is_some_and(Path::exists);
    let restore = if busy {
        t!("draft-restore-new-window")
    } else {
        t!("draft-restore")
    };
    ChoiceItem {
        lines: vec![
            t!("draft-item", title = title, name = &name),
            t!("draft-changes-from", when = when(draft.written)),
        ],
        buttons: vec![
            Choice::new(
                restore,
                vec![Action::Recovery(RecoveryAction::Restore(
                    draft.file.clone(),
                ))],
            )
            .named(t!("draft-restore-named", name = &name)),
            Choice::new(
                t!("draft-compare"),
                vec![Action::Recovery(RecoveryAction::Compare(
                    draft.file.clone(),
                ))],
            )
            .named(t!("draft-compare-named", name = &name))
            .disabled_because((!can_compare).then(|| t!("draft-compare-unavailable"))),
            Choice::new(
                t!("draft-discard"),
                vec![Action::Recovery(RecoveryAction::Discard(
                    draft.file.clone(),
                ))],
            )
            .named(t!("draft-discard-named", name = &name)),
        ],
    }
}

/// When `time` was, for people, in the current language and the computer's time zone: "today
/// at 09:14 (5 minutes ago)", "yesterday at 17:02 (16 hours ago)", "Sun 15 Nov 2026 at 17:02
/// (7 days ago)"; "oggi alle 09:14 (5 minuti fa)" in Italian.
pub fn when(time: SystemTime) -> String {
    let local = chrono::DateTime::<chrono::Local>::from(time);
    let today = chrono::Local::now().date_naive();
    let clock = local.format("%H:%M").to_string();
    let ago = ago(time);
    match today.signed_duration_since(local.date_naive()).num_days() {
        0 => t!("when-today", time = clock, ago = ago),
        1 => t!("when-yesterday", time = clock, ago = ago),
        _ => {
            let locale = match crate::lang::current() {
                crate::lang::Language::English => chrono::Locale::en_GB,
                crate::lang::Language::Italian => chrono::Locale::it_IT,
            };
            let day = local.format_localized("%a %-d %b %Y", locale).to_string();
            t!("when-day", day = day, time = clock, ago = ago)
        }
    }
}

/// "3 minutes ago", "2 hours ago", "5 days ago"; "3 minuti fa" in Italian.
fn ago(time: SystemTime) -> String {
    let seconds = SystemTime::now()
        .duration_since(time)
        .map_or(0, |d| d.as_secs());
    match seconds {
        0..60 => t!("ago-now"),
        60..3_600 => t!("ago-minutes", count = seconds / 60),
        3_600..86_400 => t!("ago-hours", count = seconds / 3_600),
        _ => t!("ago-days", count = seconds / 86_400),
    }
}
