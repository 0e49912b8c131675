//! What an export will make, said in the export dialog before it runs: the image's size in
//! pixels, the PDF's page count (or its one page's size), the SVG's size, or how many rows,
//! cards or tasks a text format holds. Worked out from the map's layout with the window's
//! fonts, again only when a choice that changes it does.

use crate::app::messages::ExportChoices;
use crate::export::pages::sheets;
use crate::export::{Format, Plan, map_for_export};
use crate::layout::{MapLayout, ViewOptions};
use crate::model::Map;
use crate::t;

/// The map the dialog exports, and the last preview said.
pub struct ExportPreview {
    map: Map,
    view: ViewOptions,
    said: Option<(String, String)>,
}

impl ExportPreview {
    /// A preview for exporting `map` with `view`'s folds.
    #[must_use]
    pub fn new(map: &Map, view: &ViewOptions) -> Self {
        Self {
            map: map.clone(),
            view: view.clone(),
            said: None,
        }
    }

    /// What exporting as `choices` say will make.
    pub fn text(&mut self, ctx: &egui::Context, choices: &ExportChoices) -> String {
        // The choices that change the outcome, as one comparable key.
        let key = format!(
            "{:?} {:?} {} {:?} {:?} {:?}",
            choices.format,
            choices.share.page,
            choices.scale,
            choices.share.table,
            choices.share.mermaid_lanes,
            choices.personas.iter().map(|p| p.2).collect::<Vec<_>>()
        );
        if let Some((said_for, text)) = &self.said
            && *said_for == key
        {
            return text.clone();
        }
        let text = self.work_out(ctx, choices);
        self.said = Some((key, text.clone()));
        text
    }

    fn work_out(&self, ctx: &egui::Context, choices: &ExportChoices) -> String {
        let options = choices.options(&self.view);
        let Ok(shown) = map_for_export(&self.map, &options.personas) else {
            return String::new();
        };
        let layout = || {
            let measure = crate::paint::FontsMeasure::for_context(ctx);
            MapLayout::new(&shown, &self.view, &measure)
        };
        match choices.format {
            Format::Png => {
                let (width, height) = Plan::new(&layout()).pixels(choices.scale);
                t!("export-preview-pixels", width = width, height = height)
            }
            Format::Svg => {
                let size = Plan::new(&layout()).size;
                t!(
                    "export-preview-points",
                    width = size.x.round(),
                    height = size.y.round()
                )
            }
            Format::Pdf => {
                let layout = layout();
                let plan = Plan::new(&layout);
                match choices.share.page.paper() {
                    None => {
                        let mm = |points: f32| (points * 25.4 / 72.0).round();
                        t!(
                            "export-preview-page",
                            width = mm(plan.size.x),
                            height = mm(plan.size.y)
                        )
                    }
                    Some(paper) => {
                        let pages = sheets(&layout, &plan, paper).len();
                        t!("export-preview-pages", pages = pages)
                    }
                }
            }
            Format::Csv => {
                let rows = crate::export::table::row_count(&shown, choices.share.table);
                t!("export-preview-rows", rows = rows)
            }
            Format::Markdown => t!("export-preview-cards", cards = shown.card_count()),
            Format::Mermaid => {
                let tasks = crate::file::mermaid::task_count(&shown, &choices.share.mermaid_lanes);
                t!("export-preview-tasks", tasks = tasks)
            }
        }
    }
}
