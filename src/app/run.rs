//! Running commands and applying the frame's actions.

use egui::{Event, Key};

use super::actions::Action;
use super::commands::Command;
use super::dialogs::{Dialog, Then};
use super::in_place::InPlace;
use super::selection::find_lane;
use super::{PercorsoApp, Selection};
use crate::edit::{Edit, LaneAt, ops};
use crate::layout::ViewOptions;
use crate::model::{CardId, Map, StageId};

/// How many rounds of actions that ask for more actions one frame applies.
const MAX_ACTION_ROUNDS: usize = 8;

impl PercorsoApp {
    /// Turns shortcuts, and the clipboard events the platform sends for Ctrl+C/X/V, into commands.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = self.typing(ctx);
        // egui matches shortcuts "logically", ignoring an extra Shift: Ctrl+Shift+Z would also
        // match Ctrl+Z. Consuming the shortcuts with more modifiers first keeps them apart.
        let mut commands = Command::ALL;
        commands.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| modifier_count(s.modifiers)))
        });
        for command in commands {
            if typing
                && (command.is_plain_key()
                    || matches!(command, Command::SelectAll | Command::Undo | Command::Redo))
            {
                continue;
            }
            let shortcuts = command
                .shortcut()
                .into_iter()
                .chain(command.alternative_shortcuts().iter().copied());
            for shortcut in shortcuts {
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    self.actions.push(Action::Command(command));
                }
            }
        }
        if typing {
            return;
        }
        let events = ctx.input(|i| i.events.clone());
        for event in events {
            match event {
                Event::Copy => self.actions.push(Action::Command(Command::Copy)),
                Event::Cut => self.actions.push(Action::Command(Command::Cut)),
                Event::Paste(text) => self.paste(ctx, &text),
                Event::Key {
                    key: Key::Enter,
                    pressed: true,
                    modifiers,
                    ..
                } if modifiers.is_none() => {
                    self.actions.push(Action::Command(Command::Rename));
                }
                _ => {}
            }
        }
    }

    /// Whether the keys of this frame go to a field (any focused widget but the canvas, which
    /// takes the keys of the shortcuts itself), or went to one in the last frame: Escape in a
    /// field leaves the field, it does not also clear the selection.
    pub(super) fn typing(&self, ctx: &egui::Context) -> bool {
        self.typed_last_frame
            || ctx
                .memory(egui::Memory::focused)
                .is_some_and(|focused| Some(focused) != self.canvas_id)
    }

    /// Applies the actions the frame collected, in order.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let revision = self.doc.revision;
        if !self.actions.is_empty() {
            // The frame just drawn shows the state before these actions: draw one more.
            ctx.request_repaint();
        }
        // An action may ask for more (a command that edits, a drop that opens typing): apply
        // those too, in order, before the next frame. The bound only guards against a loop.
        for _round in 0..MAX_ACTION_ROUNDS {
            if self.actions.is_empty() {
                break;
            }
            for action in std::mem::take(&mut self.actions) {
                self.apply_action(ctx, action);
            }
        }
        if self.doc.revision != revision {
            // Drop what the changes removed (a deleted card, an undone stage).
            let places = super::selection::places(&self.doc.map, &self.selection);
            let mut present = places.iter().map(Option::is_some);
            self.selection.retain(|_| present.next().unwrap_or(false));
        }
    }

    fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit {
                edit,
                select,
                merge,
            } => match self.doc.apply(edit, self.selection.clone(), merge) {
                Ok(()) => {
                    if let Some(select) = select {
                        self.selection = select;
                    }
                }
                Err(error) => {
                    self.show_error("The change was not made", vec![error.to_string()]);
                }
            },
            Action::Select(selection) => self.selection = selection,
            Action::Command(command) => self.run(ctx, command),
            Action::TypeInto(card) => self.start_typing(card),
            Action::Ask(dialog) => self.dialog = Some(dialog),
            Action::Open(path) => self.ask_unsaved(Then::Open(path)),
            Action::SaveTo(path) => {
                self.save_to(&path);
            }
            Action::New(template) => self.ask_unsaved(Then::New(template)),
            Action::ChoosePhoto(persona) => {
                self.pick(ctx, super::dialogs::PathPurpose::Photo(persona));
            }
            Action::SetPhoto(persona, path) => self.set_photo(persona, &path),
            Action::Keep(keep) => self.keep_action(keep),
        }
    }

    pub(super) fn show_error(&mut self, title: &str, lines: Vec<String>) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            lines,
        });
    }

    fn start_typing(&mut self, card: CardId) {
        if let Some((at, index)) = ops::find_card(&self.doc.map, &card) {
            let text = self.doc.map.personas[at.persona].lanes[at.lane].cards[index]
                .text
                .clone();
            self.selection = vec![Selection::Card(card.clone())];
            self.editing = Some(InPlace {
                card,
                text,
                focused: false,
            });
        }
    }

    /// Runs `command`.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Undo => {
                if let Some(selection) = self.doc.undo(self.selection.clone()) {
                    self.selection = selection;
                }
            }
            Command::Redo => {
                if let Some(selection) = self.doc.redo(self.selection.clone()) {
                    self.selection = selection;
                }
            }
            Command::Delete => self.delete(),
            Command::Copy => self.copy(ctx, false),
            Command::Cut => self.copy(ctx, true),
            Command::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            Command::Duplicate => self.duplicate(),
            Command::SelectAll => {
                self.selection = self
                    .doc
                    .map
                    .lanes()
                    .flat_map(|l| &l.cards)
                    .map(|c| Selection::Card(c.id.clone()))
                    .collect();
            }
            Command::ClearSelection => self.selection.clear(),
            Command::NewCard => self.new_card_in_selected_cell(),
            Command::Rename => match self.selection.as_slice() {
                [Selection::Card(card)] => self.actions.push(Action::TypeInto(card.clone())),
                _ => self.focus_name = true,
            },
            Command::NextCard => self.step_card(ctx, 1),
            Command::PreviousCard => self.step_card(ctx, -1),
            Command::AddStage => {
                let (edit, id) = ops::add_stage(&self.doc.map, self.doc.map.stages.len());
                self.actions
                    .push(Action::edit(edit, vec![Selection::Stage(id)]));
            }
            Command::AddPersona => {
                let (edit, id) = ops::add_persona(&self.doc.map, self.doc.map.personas.len());
                self.actions
                    .push(Action::edit(edit, vec![Selection::Persona(id)]));
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomFit => self.zoom_command(command),
            Command::ToggleDark => {
                self.prefs.dark = !self.prefs.dark;
                self.apply_theme(ctx);
            }
            Command::ToggleOverlay => {
                let view = ViewOptions {
                    overlay_emotions: !self.view.overlay_emotions,
                    ..self.view.clone()
                };
                self.set_view(view);
            }
            Command::CommandPalette => {
                self.dialog = Some(Dialog::Palette {
                    query: String::new(),
                });
            }
            Command::NewMap => self.ask_unsaved(Then::New("blank")),
            Command::Open => self.ask_unsaved(Then::OpenDialog),
            Command::Save => {
                self.save(ctx);
            }
            Command::SaveAs => self.pick(ctx, super::dialogs::PathPurpose::SaveAs),
            Command::Backups => self.show_backups(),
            // The window's own close path: it asks about unsaved changes.
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::ExportPng | Command::CopyImage if self.export_job.is_some() => {}
            Command::ExportPng => {
                let choices = self
                    .export_choices
                    .clone()
                    .unwrap_or_else(|| super::export_job::ExportChoices::for_map(&self.doc.map));
                self.dialog = Some(Dialog::Export { choices });
            }
            Command::CopyImage => {
                let choices = self
                    .export_choices
                    .clone()
                    .unwrap_or_else(|| super::export_job::ExportChoices::for_map(&self.doc.map));
                self.start_export(ctx, &choices, super::export_job::Destination::Clipboard);
            }
        }
    }

    fn zoom_command(&mut self, command: Command) {
        let Some(viewport) = self.last_viewport else {
            return;
        };
        match command {
            Command::ZoomIn => self.camera.animate_zoom(viewport.center(), 1.25),
            Command::ZoomOut => self.camera.animate_zoom(viewport.center(), 0.8),
            _ => self.fit = Some(super::Fit::Animated),
        }
    }

    /// The ids of the selected cards, in selection order.
    pub(super) fn selected_cards(&self) -> Vec<CardId> {
        self.selection
            .iter()
            .filter_map(|s| {
                if let Selection::Card(id) = s {
                    Some(id.clone())
                } else {
                    None
                }
            })
            .collect()
    }

    fn delete(&mut self) {
        let map = &self.doc.map;
        let cards = self.selected_cards();
        if !cards.is_empty() {
            if let Some(edit) = ops::delete_cards(map, &cards) {
                self.actions.push(Action::edit(edit, Vec::new()));
            }
            return;
        }
        let Some(selected) = self.selection.first().cloned() else {
            return;
        };
        match selected {
            Selection::Stage(id) => self.delete_stage(&id),
            Selection::Persona(id) => self.delete_persona(&id),
            Selection::Lane(id) => self.delete_lane(&id),
            Selection::Point(lane, stage) => {
                if let Some((persona, lane_index)) = find_lane(map, &lane) {
                    let at = LaneAt {
                        persona,
                        lane: lane_index,
                    };
                    let select = vec![Selection::Cell(lane, stage.clone())];
                    self.actions
                        .push(Action::edit(Edit::SetPoint(at, stage, None), select));
                }
            }
            Selection::Card(_) | Selection::Cell(..) => {}
        }
    }

    fn delete_stage(&mut self, id: &StageId) {
        let map = &self.doc.map;
        let Some(index) = map.stages.iter().position(|s| &s.id == id) else {
            return;
        };
        let Some(edit) = ops::delete_stage(map, index) else {
            return;
        };
        let (cards, points) = ops::stage_contents(map, index);
        let name = map.stages[index].name.clone();
        self.confirm_if(
            cards + points > 0,
            format!("Delete the stage \"{name}\"?"),
            &contents(cards, points),
            edit,
        );
    }

    fn delete_persona(&mut self, id: &crate::model::PersonaId) {
        let map = &self.doc.map;
        let Some(index) = map.personas.iter().position(|p| &p.id == id) else {
            return;
        };
        let persona = &map.personas[index];
        let cards: usize = persona.lanes.iter().map(|l| l.cards.len()).sum();
        let points: usize = persona.lanes.iter().map(|l| l.points.len()).sum();
        let title = format!("Delete the persona \"{}\"?", persona.name);
        let message = format!(
            "{} lane{} and {}",
            persona.lanes.len(),
            if persona.lanes.len() == 1 { "" } else { "s" },
            contents(cards, points)
        );
        self.confirm_if(
            cards + points > 0,
            title,
            &message,
            Edit::RemovePersona(index),
        );
    }

    fn delete_lane(&mut self, id: &crate::model::LaneId) {
        let map = &self.doc.map;
        let Some((persona, lane)) = find_lane(map, id) else {
            return;
        };
        let lane_ref = &map.personas[persona].lanes[lane];
        let (cards, points) = (lane_ref.cards.len(), lane_ref.points.len());
        let title = format!("Delete the lane \"{}\"?", lane_ref.display_title());
        self.confirm_if(
            cards + points > 0,
            title,
            &contents(cards, points),
            Edit::RemoveLane(LaneAt { persona, lane }),
        );
    }

    /// Applies `edit` at once, or first asks when it would delete content.
    fn confirm_if(&mut self, ask: bool, title: String, what: &str, edit: Edit) {
        if ask {
            let message = format!("This also deletes {what}. You can undo it.");
            let confirm = "Delete".to_owned();
            self.dialog = Some(Dialog::Confirm {
                title,
                message,
                confirm,
                edit: Box::new(edit),
                select: Vec::new(),
            });
        } else {
            self.actions.push(Action::edit(edit, Vec::new()));
        }
    }
}

/// The index of the stage with this id (0 if it is gone).
pub(super) fn stage_index(map: &Map, id: &StageId) -> usize {
    map.stages.iter().position(|s| &s.id == id).unwrap_or(0)
}

fn modifier_count(modifiers: egui::Modifiers) -> u8 {
    u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
        + u8::from(modifiers.alt)
}

fn contents(cards: usize, points: usize) -> String {
    format!(
        "{cards} card{} and {points} emotion point{}",
        if cards == 1 { "" } else { "s" },
        if points == 1 { "" } else { "s" }
    )
}
