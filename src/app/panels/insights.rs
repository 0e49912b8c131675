//! The insights panel (View > Insights): what the map's numbers say, section by section (the
//! funnel, where it hurts, the moments of truth, how much is known, happiness), each line a
//! button that selects what it talks about and brings it into view. The sections are worked out
//! once per change of the map or of the language, not every frame. It reads the map and the
//! selection and asks for a selection; it changes nothing itself.

use egui::{Button, RichText, Ui};

use crate::app::messages::{Action, Selection};
use crate::insights::Insights;
use crate::lang::Language;
use crate::model::Map;
use crate::words::findings::{About, Finding, Section, sections};

/// The insights panel's state between frames.
#[derive(Default)]
pub struct InsightsPanel {
    /// The sections shown, with the map revision and language they were worked out for.
    cached: Option<(u64, Language, Vec<Section>)>,
}

/// What the insights panel reads for one frame.
pub struct InsightsFrame<'a> {
    /// The map it reads.
    pub map: &'a Map,
    /// The map's revision (bumped on every change).
    pub revision: u64,
    /// The selection, to show which line is selected.
    pub selection: &'a [Selection],
}

/// How far one step of a finding's depth indents it.
const INDENT: f32 = 14.0;

impl InsightsPanel {
    /// Shows the panel; a click on a line goes into `actions` as a selection to show.
    pub fn ui(&mut self, ui: &mut Ui, frame: &InsightsFrame, actions: &mut Vec<Action>) {
        let language = crate::lang::current();
        let fresh =
            matches!(&self.cached, Some((r, l, _)) if *r == frame.revision && *l == language);
        if !fresh {
            let insights = Insights::of(frame.map);
            self.cached = Some((frame.revision, language, sections(frame.map, &insights)));
        }
        let Some((_, _, sections)) = &self.cached else {
            return;
        };
        ui.add_space(6.0);
        ui.heading(crate::t!("command-toggle-insights"));
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (index, section) in sections.iter().enumerate() {
                section_ui(ui, frame, index, section, actions);
            }
        });
    }
}

fn section_ui(
    ui: &mut Ui,
    frame: &InsightsFrame,
    index: usize,
    section: &Section,
    actions: &mut Vec<Action>,
) {
    ui.add_space(10.0);
    egui::CollapsingHeader::new(RichText::new(&section.heading).strong())
        .id_salt(("insights-section", index))
        .default_open(true)
        .show(ui, |ui| {
            if let Some(summary) = &section.summary {
                ui.label(summary);
                ui.add_space(4.0);
            }
            for finding in &section.findings {
                finding_ui(ui, frame, finding, actions);
            }
        });
}

fn finding_ui(ui: &mut Ui, frame: &InsightsFrame, finding: &Finding, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.add_space(INDENT * f32::from(finding.depth));
        let Some(target) = selection_of(frame.map, finding.about) else {
            ui.label(RichText::new(&finding.text).italics().weak());
            return;
        };
        let selected = frame.selection.contains(&target);
        // As wide as its text, so that the text starts at the left like the lines around it.
        let button = Button::selectable(selected, finding.text.as_str()).wrap();
        if ui.add(button).clicked() {
            actions.push(Action::Show(vec![target]));
        }
    });
}

/// The selection of what a finding talks about, if it still exists.
fn selection_of(map: &Map, about: About) -> Option<Selection> {
    Some(match about {
        About::Nothing => return None,
        About::Stage(stage) => Selection::Stage(map.stages.get(stage)?.id.clone()),
        About::Persona(persona) => Selection::Persona(map.personas.get(persona)?.id.clone()),
        About::Card(at) => Selection::Card(map.card_at(at)?.id.clone()),
        About::Point(lane, point) => {
            let lane = map.lane_at(lane)?;
            Selection::Point(lane.id.clone(), lane.points.get(point)?.stage.clone())
        }
    })
}
