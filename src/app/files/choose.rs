//! Where a file goes or comes from: the system's file dialog for a purpose, its answer (or the
//! typed-path prompt where there is no dialog), and what the chosen path is used for: opening,
//! saving as, exporting, a persona's photo.

use std::path::{Path, PathBuf};

use super::Destination;
use super::picker::{Picked, Picker};
use crate::app::PercorsoApp;
use crate::app::dialogs::Dialog;
use crate::app::messages::{Action, PathPurpose};
use crate::edit::{Edit, PersonaInfo};
use crate::file;
use crate::t;

impl PercorsoApp {
    /// Shows a file dialog for `purpose` (off the UI thread).
    pub(crate) fn pick(&mut self, ctx: &egui::Context, purpose: PathPurpose) {
        if self.files.picker.is_none() {
            let suggested = self.doc.suggested_path();
            self.files.picker = Some(Picker::start(ctx, purpose, suggested));
        }
    }

    /// Collects a file dialog's answer; falls back to a typed path when no dialog was shown.
    pub(crate) fn poll_picker(&mut self, ctx: &egui::Context) {
        if let Some(purpose) = self.files.pending_pick.take() {
            self.pick(ctx, purpose);
        }
        let Some(picked) = self.files.picker.as_ref().and_then(Picker::poll) else {
            return;
        };
        self.files.picker = None;
        match picked {
            Picked::Path(purpose, path) => self.picked(ctx, purpose, path),
            Picked::Cancelled => self.files.after_save = None,
            Picked::NoDialog(purpose) => {
                let text = match purpose {
                    PathPurpose::SaveAs => self
                        .doc
                        .suggested_path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                self.dialogs.show(Dialog::Path { purpose, text });
            }
        }
    }

    /// Uses a chosen (or typed) `path` for `purpose`.
    pub(crate) fn picked(&mut self, ctx: &egui::Context, purpose: PathPurpose, path: PathBuf) {
        match purpose {
            PathPurpose::Open => self.open(&path),
            PathPurpose::SaveAs => {
                self.save_checked(&path, false);
            }
            PathPurpose::Photo(persona) => self.actions.push(Action::SetPhoto(persona, path)),
            PathPurpose::Export(format) => {
                let path = if path.extension().is_some_and(|e| e == format.name()) {
                    path
                } else {
                    path.with_extension(format.name())
                };
                self.start_export(ctx, Destination::File(path));
            }
        }
    }

    /// Starts exporting the map, with the choices last made, to `destination`.
    pub(crate) fn start_export(&mut self, ctx: &egui::Context, destination: Destination) {
        let choices = self.exports.choices_for(&self.doc.map);
        let (map, view) = (&self.doc.map, &self.view.options);
        self.exports.start(ctx, map, view, &choices, destination);
    }

    /// Sets the photo of persona `index` from the image at `path`.
    pub(crate) fn set_photo(&mut self, index: usize, path: &Path) {
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
            Err(message) => self.show_error(t!("photo-not-used"), vec![message]),
        }
    }
}
