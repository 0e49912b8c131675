//! Opening, saving and closing, as the app carries them out: the unsaved-changes question, saves
//! that keep the map on failure (and the backup of what they replace), the window's close
//! button, files dropped on the window.

use std::path::{Path, PathBuf};

use super::Closing;
use crate::app::PercorsoApp;
use crate::app::dialogs::{Answer, Dialog};
use crate::app::document::{Document, MapView};
use crate::app::messages::{Action, PathPurpose, Question, Then, TimerAction};
use crate::file::{self, templates};
use crate::model::Map;
use crate::t;

impl PercorsoApp {
    /// Opens the map at `path` at once (no unsaved-changes question); on failure keeps the
    /// current map and shows the reader's messages.
    pub fn open(&mut self, path: &Path) {
        let read =
            file::read_bounded(path).and_then(|bytes| Ok((file::read_bytes(&bytes)?, bytes)));
        match read {
            // An export (or a Mermaid journey) is never saved over with map text: it opens
            // like an untitled map.
            Ok((map, bytes)) if !file::Source::of(&bytes).is_map_file() => {
                self.replace_document(map, None, None);
                self.doc.opened_from = Some(path.to_owned());
                self.prefs.remember_file(path);
            }
            Ok((map, bytes)) => self.replace_document(map, Some(path.to_owned()), Some(&bytes)),
            Err(error) => {
                let name = path.display().to_string();
                self.dialogs.ask(Question::error(
                    t!("open-failed-title", name = &name),
                    error.render(&name),
                ));
            }
        }
    }

    /// Shows `map` from `path` as a new document; `bytes` are the file's, when just read (else
    /// the file is read again to know its version on disk).
    pub(crate) fn replace_document(
        &mut self,
        map: Map,
        path: Option<PathBuf>,
        bytes: Option<&[u8]>,
    ) {
        self.doc = Document::new(map, path.clone(), self.doc.revision + 1);
        self.recovery.keeper.watch(path.as_deref(), bytes);
        if let Some(path) = path {
            self.prefs.remember_file(&path);
        }
        self.view = MapView::new(self.prefs.view_of(self.doc.path.as_deref()));
        self.selection.clear();
        self.canvas.fit_now();
    }

    /// Goes on with `then`, first asking to save when the map has unsaved changes.
    pub(crate) fn ask_unsaved(&mut self, then: Then) {
        if self.doc.is_dirty() {
            self.dialogs.show(Dialog::Unsaved {
                name: self.file_name(),
                then,
            });
        } else {
            self.continue_with(then);
        }
    }

    fn continue_with(&mut self, then: Then) {
        match then {
            Then::Close => self.files.closing = Closing::Now,
            Then::Open(path) => self.open(&path),
            Then::OpenDialog => self.files.pending_pick = Some(PathPurpose::Open),
            Then::New(name, language) => {
                let template = templates::find_in(name, language);
                if let Some(map) = template.and_then(|t| t.map().ok()) {
                    self.replace_document(map, None, None);
                }
            }
        }
    }

    /// Acts on a dialog's answer.
    pub(crate) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        match answer {
            // Whatever was to follow a save is off once a question is waved away.
            Answer::Dismiss => self.files.after_save = None,
            Answer::Do(actions) => self.actions.extend(actions),
            Answer::SaveThen(then) => {
                // Goes on with `then` once saved: now, or after a file name or an answer about
                // a file changed on disk; dropped if the save fails or is cancelled.
                self.files.after_save = Some(then);
                self.save(ctx);
            }
            Answer::DiscardThen(then) => {
                // The changes are dropped on purpose: their draft goes too.
                self.recovery.keeper.forget_draft();
                self.continue_with(then);
            }
            Answer::Path(purpose, path) => self.picked(ctx, purpose, path),
            Answer::StartVote(setup) => self.start_vote(setup),
            Answer::Timer(action) => {
                let now = ctx.input(|i| i.time);
                match action {
                    TimerAction::Start(seconds) => self.timer.start(seconds, now),
                    TimerAction::PauseOrResume => self.timer.pause_or_resume(now),
                    TimerAction::Extend(seconds) => self.timer.extend(seconds, now),
                    TimerAction::Stop => self.timer.stop(),
                }
                ctx.request_repaint();
            }
            Answer::Export(choices, to_file) => {
                self.exports.choices = Some(choices.clone());
                if to_file {
                    self.pick(ctx, PathPurpose::Export(choices.format));
                } else {
                    self.start_export(ctx, super::Destination::Clipboard);
                }
            }
        }
        self.close_if_allowed(ctx);
    }

    /// Saves to the map's file, or asks where when it has none; `true` if it was saved now.
    pub(crate) fn save(&mut self, ctx: &egui::Context) -> bool {
        if let Some(path) = self.doc.path.clone() {
            self.save_checked(&path, false)
        } else {
            self.pick(ctx, PathPurpose::SaveAs);
            false
        }
    }

    /// Saves to `path`, first asking when the file changed on disk since it was opened or
    /// saved (unless `overwrite`); keeps the version it replaces as a backup. On failure says
    /// why and keeps the map open with its changes. `true` if it was saved.
    pub(crate) fn save_checked(&mut self, path: &Path, overwrite: bool) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_owned()
        };
        let same_file = self.doc.path.as_deref() == Some(path.as_path());
        if same_file && !overwrite && self.recovery.keeper.watcher().disk_differs() {
            self.ask_overwrite(&path);
            return false;
        }
        let backup = self.recovery.keeper.back_up(&path);
        let text = file::to_canonical_string(&self.doc.map);
        match file::write_atomically(&path, text.as_bytes()) {
            Ok(()) => {
                self.doc.mark_saved(path.clone());
                self.prefs.remember_file(&path);
                self.recovery
                    .keeper
                    .watch(Some(&path), Some(text.as_bytes()));
                self.recovery.keeper.forget_draft();
                if let Err(message) = backup {
                    self.show_error(t!("saved-without-backup"), vec![message]);
                }
                if let Some(then) = self.files.after_save.take() {
                    self.continue_with(then);
                }
                true
            }
            Err(error) => {
                self.files.after_save = None;
                self.show_error(t!("save-failed-title"), vec![error.to_string()]);
                false
            }
        }
    }

    /// Keeps the window open and asks, when it is closed with unsaved changes.
    pub(crate) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if self.close_if_allowed(ctx) {
            return;
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.doc.is_dirty()
            && self.files.closing == Closing::Ask
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !self.dialogs.is_open() {
                self.dialogs.show(Dialog::Unsaved {
                    name: self.file_name(),
                    then: Then::Close,
                });
            }
        }
    }

    /// Closes the window when the user answered that it may close; `true` if it does.
    fn close_if_allowed(&mut self, ctx: &egui::Context) -> bool {
        if self.files.closing != Closing::Now {
            return false;
        }
        self.files.closing = Closing::Allowed;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        true
    }

    /// Opens a map file dropped on the window.
    pub(crate) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect::<Vec<_>>()
        });
        if let Some(path) = dropped.into_iter().find(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| file::OPENED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        }) {
            self.actions.push(Action::Open(path));
        }
    }
}
