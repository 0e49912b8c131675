//! Exporting from the editor: the choices last made in the export dialog, the export running in
//! the background with its progress on screen, and what it says when it is done.

use egui::Ui;

use super::export_job::{Destination, ExportDone, ExportJob};
use crate::app::messages::{ExportChoices, Question};
use crate::layout::ViewOptions;
use crate::model::Map;
use crate::t;

/// The export part of the window.
#[derive(Default)]
pub struct Exports {
    /// The choices last made in the export dialog, offered again.
    pub choices: Option<ExportChoices>,
    job: Option<ExportJob>,
    /// eframe's graphics device, when the window has one: exports render on it.
    pub render_state: Option<egui_wgpu::RenderState>,
}

impl Exports {
    /// The choices to offer for `map`: the last ones, or the defaults.
    #[must_use]
    pub fn choices_for(&self, map: &Map) -> ExportChoices {
        self.choices
            .clone()
            .unwrap_or_else(|| ExportChoices::for_map(map))
    }

    /// Whether an export is running.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Starts exporting `map` as `choices` say (with `view`'s folds) to `destination`.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        map: &Map,
        view: &ViewOptions,
        choices: &ExportChoices,
        destination: Destination,
    ) {
        let options = choices.options(view);
        self.job = Some(ExportJob::start(
            ctx,
            self.render_state.clone(),
            map.clone(),
            (options, choices.format, choices.share.clone()),
            destination,
        ));
    }

    /// Shows the running export's progress; once it is done, what to tell the user.
    pub fn ui(&mut self, ui: &Ui) -> Option<Question> {
        let job = self.job.as_ref()?;
        let Some(result) = job.poll() else {
            let progress = job.progress();
            egui::Window::new(t!("export-progress-title"))
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
            return None;
        };
        self.job = None;
        Some(match result {
            Ok(ExportDone::Written(path, format, done)) => {
                let path = path.display().to_string();
                let mut lines = vec![match done {
                    crate::export::Exported::Image(width, height) => {
                        t!(
                            "export-done-file",
                            path = path,
                            width = width,
                            height = height
                        )
                    }
                    crate::export::Exported::Pages(pages) => {
                        t!("export-done-pages", path = path, pages = pages)
                    }
                    crate::export::Exported::Bytes(_) => t!("export-done-text", path = path),
                }];
                if format.carries_map() {
                    lines.push(t!("export-done-reopens"));
                }
                Question::info(t!("export-done-title"), lines)
            }
            Ok(ExportDone::Image(image)) => {
                let [width, height] = image.size;
                ui.ctx().copy_image(image);
                Question::info(
                    t!("export-copied-title"),
                    vec![t!("export-copied", width = width, height = height)],
                )
            }
            Err(message) => Question::error(t!("export-failed-title"), vec![message]),
        })
    }
}
