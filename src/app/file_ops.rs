//! Opening, saving and closing: the unsaved-changes question, saves that keep the map on
//! failure, the window's close button, files dropped on the window, and persona photos.

use std::path::Path;

use super::dialogs::{Answer, Dialog, PathPurpose, Then};
use super::export_job::{Destination, ExportChoices, ExportJob, Finished};
use super::files::{Picked, Picker};
use super::{Action, Closing, PercorsoApp};
use crate::edit::{Edit, PersonaInfo};
use crate::file::{self, templates};

impl PercorsoApp {
    /// Goes on with `then`, first asking to save when the map has unsaved changes.
    pub(super) fn ask_unsaved(&mut self, then: Then) {
        if self.doc.is_dirty() {
            self.dialog = Some(Dialog::Unsaved {
                name: self.file_name(),
                then,
            });
        } else {
            self.continue_with(then);
        }
    }

    fn continue_with(&mut self, then: Then) {
        match then {
            Then::Close => self.closing = Closing::Now,
            Then::Open(path) => self.open(&path),
            Then::OpenDialog => self.pending_pick = Some(PathPurpose::Open),
            Then::New(name) => {
                if let Some(map) = templates::find(name).and_then(|t| t.map().ok()) {
                    self.replace_document(map, None, None);
                }
            }
        }
    }

    /// Acts on a dialog's answer.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        match answer {
            // Whatever was to follow a save is off once a question is waved away.
            Answer::Dismiss => self.after_save_as = None,
            Answer::Do(actions) => self.actions.extend(actions),
            Answer::SaveThen(then) => {
                // Goes on with `then` once saved: now, or after a file name or an answer about
                // a file changed on disk; dropped if the save fails or is cancelled.
                self.after_save_as = Some(then);
                self.save(ctx);
            }
            Answer::DiscardThen(then) => {
                // The changes are dropped on purpose: their draft goes too.
                self.keeper.forget_draft();
                self.continue_with(then);
            }
            Answer::Path(purpose, path) => self.picked(ctx, purpose, path),
            Answer::Export(choices, to_file) => {
                self.export_choices = Some(choices.clone());
                if to_file {
                    self.pick(ctx, PathPurpose::ExportPng);
                } else {
                    self.start_export(ctx, &choices, Destination::Clipboard);
                }
            }
        }
        if self.closing == Closing::Now {
            self.closing = Closing::Allowed;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Saves to the map's file, or asks where when it has none; `true` if it was saved now.
    pub(super) fn save(&mut self, ctx: &egui::Context) -> bool {
        if let Some(path) = self.doc.path.clone() {
            self.save_to(&path)
        } else {
            self.pick(ctx, PathPurpose::SaveAs);
            false
        }
    }

    /// Saves to `path`; on failure shows why and keeps the map open with its changes.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        self.save_checked(path, false)
    }

    /// Saves to `path`, first asking when the file changed on disk since it was opened or
    /// saved (unless `overwrite`); keeps the version it replaces as a backup.
    pub(super) fn save_checked(&mut self, path: &Path, overwrite: bool) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_owned()
        };
        let same_file = self.doc.path.as_deref() == Some(path.as_path());
        if same_file && !overwrite && self.keeper.watcher().disk_differs() {
            self.ask_overwrite(&path);
            return false;
        }
        let backup = self.keeper.back_up(&path);
        let text = file::to_canonical_string(&self.doc.map);
        match file::write_atomically(&path, text.as_bytes()) {
            Ok(()) => {
                self.doc.mark_saved(path.clone());
                self.prefs.remember_file(&path);
                self.keeper.watch(Some(&path), Some(text.as_bytes()));
                self.keeper.forget_draft();
                if let Err(message) = backup {
                    self.show_error("The map was saved, without a backup", vec![message]);
                }
                if let Some(then) = self.after_save_as.take() {
                    self.continue_with(then);
                }
                true
            }
            Err(error) => {
                self.after_save_as = None;
                self.show_error("The map was not saved", vec![error.to_string()]);
                false
            }
        }
    }

    /// Shows a file dialog for `purpose` (off the UI thread).
    pub(super) fn pick(&mut self, ctx: &egui::Context, purpose: PathPurpose) {
        if self.picker.is_none() {
            self.picker = Some(Picker::start(ctx, purpose, self.doc.suggested_path()));
        }
    }

    /// Collects a file dialog's answer; falls back to a typed path when no dialog was shown.
    pub(super) fn poll_picker(&mut self, ctx: &egui::Context) {
        if let Some(purpose) = self.pending_pick.take() {
            self.pick(ctx, purpose);
        }
        let Some(picker) = &self.picker else {
            return;
        };
        match picker.poll() {
            None => {}
            Some(Picked::Path(purpose, path)) => {
                self.picker = None;
                self.picked(ctx, purpose, path);
            }
            Some(Picked::Cancelled) => {
                self.picker = None;
                self.after_save_as = None;
            }
            Some(Picked::NoDialog(purpose)) => {
                self.picker = None;
                let text = match purpose {
                    PathPurpose::SaveAs => self
                        .doc
                        .suggested_path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                self.dialog = Some(Dialog::Path { purpose, text });
            }
        }
    }

    fn picked(&mut self, ctx: &egui::Context, purpose: PathPurpose, path: std::path::PathBuf) {
        match purpose {
            PathPurpose::Open => self.open(&path),
            PathPurpose::SaveAs => {
                self.save_to(&path);
            }
            PathPurpose::Photo(persona) => self.actions.push(Action::SetPhoto(persona, path)),
            PathPurpose::ExportPng => {
                if let Some(choices) = self.export_choices.clone() {
                    let path = if path.extension().is_some_and(|e| e == "png") {
                        path
                    } else {
                        path.with_extension("png")
                    };
                    self.start_export(ctx, &choices, Destination::File(path));
                }
            }
        }
    }

    /// Starts exporting the map with `choices` on a worker thread.
    pub(super) fn start_export(
        &mut self,
        ctx: &egui::Context,
        choices: &ExportChoices,
        destination: Destination,
    ) {
        let options = choices.options(&self.view);
        let job = ExportJob::start(
            ctx,
            self.render_state.clone(),
            self.doc.map.clone(),
            options,
            destination,
        );
        self.export_job = Some(job);
    }

    /// Shows the running export's progress, and its result when it is done.
    pub(super) fn export_progress_ui(&mut self, ui: &egui::Ui) {
        let Some(job) = &self.export_job else {
            return;
        };
        match job.poll() {
            None => {
                let progress = job.progress();
                egui::Window::new("Exporting")
                    .collapsible(false)
                    .resizable(false)
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ui.ctx(), |ui| {
                        ui.add(
                            egui::ProgressBar::new(progress)
                                .show_percentage()
                                .desired_width(280.0),
                        );
                    });
            }
            Some(result) => {
                self.export_job = None;
                self.export_finished(ui.ctx(), result);
            }
        }
    }

    fn export_finished(&mut self, ctx: &egui::Context, result: Result<Finished, String>) {
        match result {
            Ok(Finished::Written(path, width, height)) => {
                self.dialog = Some(Dialog::Info {
                    title: "Exported".to_owned(),
                    lines: vec![
                        format!("{} ({width} x {height} pixels)", path.display()),
                        "Percorso opens this image as the map.".to_owned(),
                    ],
                });
            }
            Ok(Finished::Image(image)) => {
                let [width, height] = image.size;
                ctx.copy_image(image);
                self.dialog = Some(Dialog::Info {
                    title: "Image copied".to_owned(),
                    lines: vec![format!("{width} x {height} pixels on the clipboard.")],
                });
            }
            Err(message) => self.show_error("The map was not exported", vec![message]),
        }
    }

    /// Sets the photo of persona `index` from the image at `path`.
    pub(super) fn set_photo(&mut self, index: usize, path: &Path) {
        let Some(persona) = self.doc.map.personas.get(index) else {
            return;
        };
        match file::photo::photo_avatar(path) {
            Ok(avatar) => {
                let info = PersonaInfo {
                    avatar: Some(avatar),
                    ..PersonaInfo::of(persona)
                };
                self.actions.push(Action::Edit {
                    edit: Edit::SetPersonaInfo(index, info),
                    select: None,
                    merge: None,
                });
            }
            Err(message) => self.show_error("The photo was not used", vec![message]),
        }
    }

    /// Keeps the window open and asks, when it is closed with unsaved changes.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if self.closing == Closing::Now {
            self.closing = Closing::Allowed;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.doc.is_dirty()
            && self.closing == Closing::Ask
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::Unsaved {
                    name: self.file_name(),
                    then: Then::Close,
                });
            }
        }
    }

    /// Opens a map file dropped on the window.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect::<Vec<_>>()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e == "ron" || e == "png"))
        {
            self.actions.push(Action::Open(path));
        }
    }
}
