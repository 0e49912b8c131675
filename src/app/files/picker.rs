//! The system's file dialogs, off the UI thread, with a typed-path fallback.
//!
//! rfd's dialogs block, so each runs on a worker thread and sends its answer back, waking the
//! UI. Where no dialog service exists (no display, or no desktop portal), rfd answers "nothing"
//! at once; with no display, or an answer that fast, the app takes it that no dialog could be
//! shown and asks for a typed path instead, while a slower "nothing" is a user who pressed
//! Cancel.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::app::messages::PathPurpose;
use crate::t;

/// An answer faster than this means no dialog was shown.
const NO_DIALOG_SERVICE: Duration = Duration::from_secs(1);

/// Whether a dialog could be shown at all: on Linux and the BSDs a window needs a display server.
fn display_available() -> bool {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )) {
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    } else {
        true
    }
}

/// A file dialog running on a worker thread.
pub struct Picker {
    purpose: PathPurpose,
    answer: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// What became of a file dialog.
pub enum Picked {
    /// The user chose this file.
    Path(PathPurpose, PathBuf),
    /// The user cancelled.
    Cancelled,
    /// No dialog could be shown; ask for a typed path.
    NoDialog(PathPurpose),
}

impl Picker {
    /// Shows the dialog for `purpose` on a worker thread; `suggested` names the file to save.
    #[must_use]
    pub fn start(ctx: &egui::Context, purpose: PathPurpose, suggested: Option<PathBuf>) -> Self {
        let (sender, answer) = channel();
        let ctx = ctx.clone();
        // The dialog's words, in the window's language (the worker thread has none of its own).
        let (map_filter, photo_filter, image_filter) =
            (t!("picker-map"), t!("picker-photo"), t!("picker-image"));
        let default_name = t!("picker-default-name");
        let title = title(purpose);
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new().set_title(title);
            let picked = match purpose {
                PathPurpose::Open => dialog
                    .add_filter(map_filter, &crate::file::OPENED_EXTENSIONS)
                    .pick_file(),
                PathPurpose::SaveAs => {
                    let name = suggested
                        .as_ref()
                        .and_then(|p| p.file_name())
                        .map(|n| n.to_string_lossy().into_owned());
                    let folder = suggested
                        .as_ref()
                        .and_then(|p| p.parent())
                        .map(std::path::Path::to_path_buf);
                    let dialog = dialog
                        .add_filter(map_filter, &["ron"])
                        .set_file_name(name.unwrap_or_else(|| format!("{default_name}.ron")));
                    match folder {
                        Some(folder) if !folder.as_os_str().is_empty() => {
                            dialog.set_directory(folder)
                        }
                        _ => dialog,
                    }
                    .save_file()
                }
                PathPurpose::Photo(_) => dialog
                    .add_filter(photo_filter, &["png", "jpg", "jpeg"])
                    .pick_file(),
                PathPurpose::Export(format) => {
                    let name = export_name(format, suggested.as_deref(), &default_name);
                    let filter = if format == crate::export::Format::Png {
                        image_filter
                    } else {
                        format.name().to_uppercase()
                    };
                    dialog
                        .add_filter(filter, &[format.name()])
                        .set_file_name(name)
                        .save_file()
                }
            };
            // The app may have closed meanwhile; then nobody waits for the answer.
            let _unheard = sender.send(picked);
            ctx.request_repaint();
        });
        Self {
            purpose,
            answer,
            started: Instant::now(),
        }
    }

    /// The dialog's outcome, once it has one.
    #[must_use]
    pub fn poll(&self) -> Option<Picked> {
        match self.answer.try_recv() {
            Ok(Some(path)) => Some(Picked::Path(self.purpose, path)),
            Ok(None) if !display_available() || self.started.elapsed() < NO_DIALOG_SERVICE => {
                Some(Picked::NoDialog(self.purpose))
            }
            Ok(None) => Some(Picked::Cancelled),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Some(Picked::NoDialog(self.purpose))
            }
        }
    }
}

/// The name offered for an export as `format`: the map's file name (or `default_name`) with the
/// format's extension.
fn export_name(
    format: crate::export::Format,
    suggested: Option<&Path>,
    default_name: &str,
) -> String {
    let stem = suggested.and_then(Path::file_stem).map_or_else(
        || default_name.to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    format!("{stem}.{}", format.name())
}

/// The file dialog's title for `purpose`, in the current language.
fn title(purpose: PathPurpose) -> String {
    match purpose {
        PathPurpose::Open => t!("prompt-open"),
        PathPurpose::SaveAs => t!("prompt-save-as"),
        PathPurpose::Photo(_) => t!("prompt-photo"),
        PathPurpose::Export(_) => t!("prompt-export"),
    }
}
