//! The editor presenting: entering and leaving (full screen, the projector theme, the panels
//! hidden), the keys that walk the stages and pick personas, and the journey strip's panel.

use super::{Presentation, Step, strip::JourneyStrip};
use crate::app::PercorsoApp;
use crate::app::messages::Selection;

impl PercorsoApp {
    /// Starts presenting (at the stage of the selection, or the first, from the next frame),
    /// or stops.
    pub(crate) fn toggle_presentation(&mut self, ctx: &egui::Context) {
        let on = !self.presentation.on;
        self.presentation = Presentation {
            on,
            reframe: true,
            ..Presentation::default()
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        self.apply_theme(ctx);
    }

    /// The column of the selected element's stage, if it has one.
    fn selected_column(&self, layout: &crate::layout::MapLayout) -> Option<usize> {
        let map = &self.doc.map;
        let stage = self.selection.first()?.stage(map)?;
        layout.column_of(map.stage_index(&stage)?)
    }

    /// Points the canvas at what the presentation shows (or, once it ended, the whole map).
    fn frame_presented(&mut self, ctx: &egui::Context) {
        let layout = self.view.layout(ctx, &self.doc.map, self.doc.revision);
        let column = layout.columns.get(self.presentation.column);
        self.presentation.stage = column.map(|c| self.doc.map.stages[c.stage].id.clone());
        let band = self.presentation.band.and_then(|b| layout.bands.get(b));
        self.presentation.persona = band.map(|b| b.persona);
        let framed = self
            .presentation
            .on
            .then(|| self.presentation.framed(&layout))
            .flatten();
        self.canvas.present(framed);
    }

    /// The presentation's keys of this frame, if presenting and no dialog or field has the keys
    /// (Esc then closes the dialog, or leaves the field, and the presentation goes on); and,
    /// just after it started or ended, the camera pointed at what it shows.
    pub(crate) fn presentation_keys(&mut self, ctx: &egui::Context) {
        if std::mem::take(&mut self.presentation.reframe) {
            let layout = self.view.layout(ctx, &self.doc.map, self.doc.revision);
            self.presentation.column = self.selected_column(&layout).unwrap_or(0);
            self.frame_presented(ctx);
        }
        let busy = self.dialogs.is_open() || self.keyboard.typing(ctx) || self.canvas.is_typing();
        if !self.presentation.on || busy {
            return;
        }
        let arrows_free = !self.selection.first().is_some_and(|s| {
            matches!(
                s,
                Selection::Card(_) | Selection::Cell(..) | Selection::Point(..)
            )
        });
        let steps = Presentation::keys(ctx, arrows_free);
        self.take_steps(ctx, &steps);
    }

    fn take_steps(&mut self, ctx: &egui::Context, steps: &[Step]) {
        let layout = self.view.layout(ctx, &self.doc.map, self.doc.revision);
        let mut changed = false;
        for step in steps {
            if *step == Step::Leave {
                self.toggle_presentation(ctx);
                return;
            }
            changed |= self.presentation.take(*step, &layout);
        }
        if changed {
            self.frame_presented(ctx);
        }
    }

    /// The journey strip along the bottom of a presentation; a click on a stage goes there.
    pub(crate) fn strip_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let layout = self.view.layout(&ctx, &self.doc.map, self.doc.revision);
        let strip = JourneyStrip {
            map: &self.doc.map,
            layout: &layout,
            column: self.presentation.column,
            band: self.presentation.band,
            theme: self.theme(),
        };
        let clicked = egui::Panel::bottom("journey strip")
            .exact_size(super::strip::STRIP_HEIGHT)
            .resizable(false)
            .frame(egui::Frame::NONE)
            .show(ui, |ui| strip.ui(ui))
            .inner;
        if let Some(column) = clicked {
            self.presentation.column = column;
            self.frame_presented(&ctx);
        }
    }
}
