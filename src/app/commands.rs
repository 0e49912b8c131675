//! Running a command: the one place that says what each command does (the command list in
//! `messages::command` says what it is called, where it sits and when it can run), and the
//! deletions, which ask first when they would take content with them.

use super::PercorsoApp;
use super::dialogs::Dialog;
use super::dialogs::export_preview::ExportPreview;
use super::files::Destination;
use super::messages::{Action, Command, PathPurpose, Question, Selection, Then, selected_cards};
use crate::edit::{Edit, ops};
use crate::layout::ViewOptions;
use crate::model::{LaneId, PersonaId, StageId};
use crate::t;

impl PercorsoApp {
    /// Runs `command`.
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Delete => self.delete(),
            Command::Copy => self.copy(ctx, false),
            Command::Cut => self.copy(ctx, true),
            Command::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            Command::Duplicate => self.duplicate(),
            Command::SelectAll => self.select_all(),
            Command::ClearSelection => self.selection.clear(),
            Command::NewCard => self.new_card_in_selected_cell(),
            Command::Rename => self.rename(),
            Command::NextCard => self.step_card(ctx, 1),
            Command::PreviousCard => self.step_card(ctx, -1),
            Command::AddStage => self.add_stage(),
            Command::AddPersona => self.add_persona(),
            Command::ZoomIn => self.canvas.zoom(1.25),
            Command::ZoomOut => self.canvas.zoom(0.8),
            Command::ZoomFit => self.canvas.fit_animated(),
            Command::ToggleDark => self.toggle_dark(ctx),
            Command::ToggleOverlay => self.toggle_overlay(),
            Command::ToggleInsights => self.prefs.insights = !self.prefs.insights,
            Command::Present => self.toggle_presentation(ctx),
            Command::StartVote => self.open_vote_setup(),
            Command::Timer => self.dialogs.show(Dialog::Timer {
                minutes: String::new(),
                running: self.timer.is_on(),
            }),
            Command::EndVote => self.end_vote(),
            Command::VoteUp => self.vote(true),
            Command::VoteDown => self.vote(false),
            Command::UseEnglish => self.use_language(crate::lang::Language::English),
            Command::UseItalian => self.use_language(crate::lang::Language::Italian),
            Command::CommandPalette => self.dialogs.show(Dialog::CommandPalette {
                query: String::new(),
                commands: self.command_state(),
            }),
            Command::NewMap => self.ask_unsaved(Then::New("blank", self.language)),
            Command::Open => self.ask_unsaved(Then::OpenDialog),
            Command::Save => {
                self.save(ctx);
            }
            Command::SaveAs => self.pick(ctx, PathPurpose::SaveAs),
            Command::Backups => self.show_backups(),
            // The window's own close path: it asks about unsaved changes.
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::ExportPng => {
                let choices = self.exports.choices_for(&self.doc.map);
                let preview = ExportPreview::new(&self.doc.map, &self.view.options);
                self.dialogs.show(Dialog::Export {
                    choices,
                    preview: Box::new(preview),
                });
            }
            Command::CopyImage => self.start_export(ctx, Destination::Clipboard),
        }
    }

    fn undo(&mut self) {
        if let Some(selection) = self.doc.undo(self.selection.clone()) {
            self.selection = selection;
        }
    }

    fn redo(&mut self) {
        if let Some(selection) = self.doc.redo(self.selection.clone()) {
            self.selection = selection;
        }
    }

    fn select_all(&mut self) {
        let cards = self.doc.map.lanes().flat_map(|l| &l.cards);
        self.selection = cards.map(|c| Selection::Card(c.id.clone())).collect();
    }

    /// Types into the selected card, or puts the keyboard on the selected element's name (the
    /// map's title when nothing is selected).
    fn rename(&mut self) {
        match self.selection.as_slice() {
            [Selection::Card(card)] => self.actions.push(Action::TypeInto(card.clone())),
            _ => self.inspector.focus_name(),
        }
    }

    fn add_stage(&mut self) {
        let (edit, id) = ops::add_stage(&self.doc.map, self.doc.map.stages.len());
        self.actions
            .push(Action::edit(edit, vec![Selection::Stage(id)]));
    }

    fn add_persona(&mut self) {
        let (edit, id) = ops::add_persona(&self.doc.map, self.doc.map.personas.len());
        self.actions
            .push(Action::edit(edit, vec![Selection::Persona(id)]));
    }

    fn toggle_dark(&mut self, ctx: &egui::Context) {
        self.prefs.dark = !self.prefs.dark;
        self.apply_theme(ctx);
    }

    /// Speaks `language` from this frame on, and remembers it in the settings (never in the map).
    fn use_language(&mut self, language: crate::lang::Language) {
        self.language = language;
        self.prefs.language = Some(language);
        crate::lang::set(language);
    }

    fn toggle_overlay(&mut self) {
        let options = ViewOptions {
            overlay_emotions: !self.view.options.overlay_emotions,
            ..self.view.options.clone()
        };
        self.set_view(options);
    }

    /// The light or the dark visuals for the panels, as the preferences say.
    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_visuals(if self.prefs.dark && !self.presentation.on {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
    }

    /// Deletes the selection: cards at once, a stage, persona or lane after asking when it holds
    /// cards or points, an emotion point at once.
    fn delete(&mut self) {
        let cards = selected_cards(&self.selection);
        if !cards.is_empty() {
            if let Some(edit) = ops::delete_cards(&self.doc.map, &cards) {
                self.actions.push(Action::edit(edit, Vec::new()));
            }
            return;
        }
        match self.selection.first().cloned() {
            Some(Selection::Stage(id)) => self.delete_stage(&id),
            Some(Selection::Persona(id)) => self.delete_persona(&id),
            Some(Selection::Lane(id)) => self.delete_lane(&id),
            Some(Selection::Point(lane, stage)) => {
                if let Some(at) = self.doc.map.lane_place(&lane) {
                    let select = vec![Selection::Cell(lane, stage.clone())];
                    self.actions
                        .push(Action::edit(Edit::SetPoint(at, stage, None), select));
                }
            }
            Some(Selection::Card(_) | Selection::Cell(..)) | None => {}
        }
    }

    fn delete_stage(&mut self, id: &StageId) {
        let map = &self.doc.map;
        let Some(index) = map.stage_index(id) else {
            return;
        };
        let Some(edit) = ops::delete_stage(map, index) else {
            return;
        };
        let (cards, points) = ops::stage_contents(map, index);
        let title = t!("delete-stage-title", name = &map.stages[index].name);
        self.confirm_if(cards + points > 0, title, &contents(cards, points), edit);
    }

    fn delete_persona(&mut self, id: &PersonaId) {
        let map = &self.doc.map;
        let Some(index) = map.persona_index(id) else {
            return;
        };
        let persona = &map.personas[index];
        let cards: usize = persona.lanes.iter().map(|l| l.cards.len()).sum();
        let points: usize = persona.lanes.iter().map(|l| l.points.len()).sum();
        let title = t!("delete-persona-title", name = &persona.name);
        let message = t!(
            "delete-persona-contents",
            lanes = t!("count-lanes", count = persona.lanes.len()),
            contents = contents(cards, points)
        );
        let edit = Edit::RemovePersona(index);
        self.confirm_if(cards + points > 0, title, &message, edit);
    }

    fn delete_lane(&mut self, id: &LaneId) {
        let map = &self.doc.map;
        let (Some(at), Some(lane)) = (map.lane_place(id), map.lane(id)) else {
            return;
        };
        let (cards, points) = (lane.cards.len(), lane.points.len());
        let title = t!("delete-lane-title", name = lane.display_title());
        let what = contents(cards, points);
        self.confirm_if(cards + points > 0, title, &what, Edit::RemoveLane(at));
    }

    /// Applies `edit` at once, or first asks when it would delete content.
    fn confirm_if(&mut self, ask: bool, title: String, what: &str, edit: Edit) {
        if ask {
            self.dialogs.ask(Question::Confirm {
                title,
                message: t!("delete-also", what = what),
                confirm: t!("delete-confirm"),
                edit: Box::new(edit),
                select: Vec::new(),
            });
        } else {
            self.actions.push(Action::edit(edit, Vec::new()));
        }
    }
}

/// "3 cards and 1 emotion point".
fn contents(cards: usize, points: usize) -> String {
    t!(
        "delete-contents",
        cards = t!("count-cards", count = cards),
        points = t!("count-points", count = points)
    )
}
