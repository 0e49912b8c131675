//! Running commands and applying the frame's actions.

use egui::{Event, Key};

use super::actions::Action;
use super::commands::Command;
use super::dialogs::{Dialog, Then};
use super::drag::PaletteItem;
use super::in_place::InPlace;
use super::selection::find_lane;
use super::{PercorsoApp, Selection, clipboard};
use crate::edit::{Edit, LaneAt, ops};
use crate::layout::{Hit, ViewOptions};
use crate::model::{CardId, Map, StageId};

impl PercorsoApp {
    /// Turns shortcuts, and the clipboard events the platform sends for Ctrl+C/X/V, into commands.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
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

    /// Applies the actions the frame collected, in order.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // The frame just drawn shows the state before these actions: draw one more.
            ctx.request_repaint();
        }
        for action in actions {
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
            }
        }
        self.selection.retain(|s| s.to_hit(&self.doc.map).is_some());
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
        }
        // A new frame's actions from the command run before the next frame.
        let pending = std::mem::take(&mut self.actions);
        if !pending.is_empty() {
            self.actions = pending;
            self.apply_actions(ctx);
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

    fn copy(&mut self, ctx: &egui::Context, cut: bool) {
        let cards = self.selected_cards();
        let copied: Vec<_> = cards
            .iter()
            .filter_map(|id| ops::find_card(&self.doc.map, id))
            .map(|(at, i)| self.doc.map.personas[at.persona].lanes[at.lane].cards[i].clone())
            .collect();
        if copied.is_empty() {
            return;
        }
        ctx.copy_text(clipboard::to_text(&copied));
        if cut && let Some(edit) = ops::delete_cards(&self.doc.map, &cards) {
            self.actions.push(Action::edit(edit, Vec::new()));
        }
    }

    /// Pastes clipboard cards into the selected cell (or the selected card's cell).
    fn paste(&mut self, _ctx: &egui::Context, text: &str) {
        let Some(cards) = clipboard::from_text(text) else {
            return;
        };
        let Some((at, stage)) = self.target_cell() else {
            self.show_error(
                "Nowhere to paste",
                vec!["Select a cell or a card first: the cards are pasted there.".to_owned()],
            );
            return;
        };
        if let Some((edit, ids)) = ops::paste_cards(&self.doc.map, cards, at, &stage) {
            self.actions.push(Action::edit(
                edit,
                ids.into_iter().map(Selection::Card).collect(),
            ));
        }
    }

    fn duplicate(&mut self) {
        let cards = self.selected_cards();
        let Some((at, index)) = cards
            .first()
            .and_then(|id| ops::find_card(&self.doc.map, id))
        else {
            return;
        };
        let stage = self.doc.map.personas[at.persona].lanes[at.lane].cards[index]
            .stage
            .clone();
        let copies: Vec<_> = cards
            .iter()
            .filter_map(|id| ops::find_card(&self.doc.map, id))
            .map(|(at, i)| self.doc.map.personas[at.persona].lanes[at.lane].cards[i].clone())
            .collect();
        if let Some((edit, ids)) = ops::paste_cards(&self.doc.map, copies, at, &stage) {
            self.actions.push(Action::edit(
                edit,
                ids.into_iter().map(Selection::Card).collect(),
            ));
        }
    }

    /// The cell that new and pasted cards go to: the selected cell, or the selected card's.
    fn target_cell(&self) -> Option<(LaneAt, StageId)> {
        match self.selection.first()? {
            Selection::Cell(lane, stage) | Selection::Point(lane, stage) => {
                let (persona, lane) = find_lane(&self.doc.map, lane)?;
                Some((LaneAt { persona, lane }, stage.clone()))
            }
            Selection::Card(id) => {
                let (at, index) = ops::find_card(&self.doc.map, id)?;
                Some((
                    at,
                    self.doc.map.personas[at.persona].lanes[at.lane].cards[index]
                        .stage
                        .clone(),
                ))
            }
            _ => None,
        }
    }

    fn new_card_in_selected_cell(&mut self) {
        let Some((at, stage)) = self.target_cell() else {
            return;
        };
        if let Some((edit, id)) = ops::new_card(&self.doc.map, at, &stage, None) {
            self.actions
                .push(Action::edit(edit, vec![Selection::Card(id.clone())]));
            self.actions.push(Action::TypeInto(id));
        }
    }

    /// Selects the next (or previous) card in reading order: persona, lane, stage, stack.
    fn step_card(&mut self, ctx: &egui::Context, step: isize) {
        let layout = self.layout(ctx);
        let map = &self.doc.map;
        let order: Vec<CardId> = layout
            .cards
            .iter()
            .map(|b| {
                map.personas[b.persona].lanes[b.lane].cards[b.card]
                    .id
                    .clone()
            })
            .collect();
        if order.is_empty() {
            return;
        }
        let current = self.selection.first().and_then(|s| {
            if let Selection::Card(id) = s {
                order.iter().position(|c| c == id)
            } else {
                None
            }
        });
        let len = isize::try_from(order.len()).unwrap_or(isize::MAX);
        let next = match current {
            Some(i) => (isize::try_from(i).unwrap_or(0) + step).rem_euclid(len),
            None if step > 0 => 0,
            None => len - 1,
        };
        let next = usize::try_from(next).unwrap_or(0);
        self.selection = vec![Selection::Card(order[next].clone())];
    }

    /// Moves the selection to the neighbouring cell (arrow keys); `false` if nothing is selected.
    pub(super) fn move_selection(&mut self, ctx: &egui::Context, dx: isize, dy: isize) -> bool {
        let Some(hit) = self.selection.first().and_then(|s| s.to_hit(&self.doc.map)) else {
            return false;
        };
        let layout = self.layout(ctx);
        let (persona, lane, stage) = match hit {
            Hit::Card {
                persona,
                lane,
                card,
            } => {
                let stage_id = &self.doc.map.personas[persona].lanes[lane].cards[card].stage;
                (persona, lane, stage_index(&self.doc.map, stage_id))
            }
            Hit::Cell {
                persona,
                lane,
                stage,
            } => (persona, lane, stage),
            Hit::Point {
                persona,
                lane,
                point,
            } => {
                let stage_id = &self.doc.map.personas[persona].lanes[lane].points[point].stage;
                (persona, lane, stage_index(&self.doc.map, stage_id))
            }
            _ => return false,
        };
        let rows: Vec<(usize, usize)> = layout
            .bands
            .iter()
            .flat_map(|b| b.rows.iter().map(move |r| (b.persona, r.lane)))
            .collect();
        let Some(row) = rows.iter().position(|r| *r == (persona, lane)) else {
            return false;
        };
        let clamp = |value: usize, delta: isize, len: usize| {
            value
                .saturating_add_signed(delta)
                .min(len.saturating_sub(1))
        };
        let (persona, lane) = rows[clamp(row, dy, rows.len())];
        let stage = clamp(stage, dx, self.doc.map.stages.len());
        self.selection = self
            .cell_selection(persona, lane, stage)
            .into_iter()
            .collect();
        true
    }

    /// The first card of a cell, or the cell itself when it has none.
    fn cell_selection(&self, persona: usize, lane: usize, stage: usize) -> Option<Selection> {
        let map = &self.doc.map;
        let lane_ref = map.personas.get(persona)?.lanes.get(lane)?;
        let stage_id = &map.stages.get(stage)?.id;
        if let Some(card) = lane_ref.cards.iter().find(|c| &c.stage == stage_id) {
            return Some(Selection::Card(card.id.clone()));
        }
        if lane_ref.points.iter().any(|p| &p.stage == stage_id) {
            return Some(Selection::Point(lane_ref.id.clone(), stage_id.clone()));
        }
        Some(Selection::Cell(lane_ref.id.clone(), stage_id.clone()))
    }
}

/// The index of the stage with this id (0 if it is gone).
fn stage_index(map: &Map, id: &StageId) -> usize {
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

/// What clicking a palette tile adds: a stage or persona at the end, a lane in the selected
/// persona, a card in the selected cell.
#[must_use]
pub fn quick_add(map: &Map, selection: &[Selection], item: PaletteItem) -> Action {
    match item {
        PaletteItem::Stage => Action::Command(Command::AddStage),
        PaletteItem::Persona => Action::Command(Command::AddPersona),
        PaletteItem::Card(kind) => {
            let target = selection.first().and_then(|s| match s {
                Selection::Cell(lane, stage) => find_lane(map, lane).map(|(p, l)| {
                    (
                        LaneAt {
                            persona: p,
                            lane: l,
                        },
                        stage.clone(),
                    )
                }),
                Selection::Card(id) => ops::find_card(map, id).map(|(at, i)| {
                    (
                        at,
                        map.personas[at.persona].lanes[at.lane].cards[i]
                            .stage
                            .clone(),
                    )
                }),
                _ => None,
            });
            match target.and_then(|(at, stage)| ops::new_card(map, at, &stage, Some(kind))) {
                Some((edit, id)) => Action::Edit {
                    edit,
                    select: Some(vec![Selection::Card(id)]),
                    merge: None,
                },
                None => Action::Ask(Dialog::Error {
                    title: format!(
                        "Where should the {} go?",
                        kind.display_name().to_lowercase()
                    ),
                    lines: vec![
                        "Drag the tile onto a cell, or select a cell and click the tile."
                            .to_owned(),
                    ],
                }),
            }
        }
        PaletteItem::Lane(kind) => {
            let persona = selection.first().and_then(|s| match s {
                Selection::Persona(id) => map.personas.iter().position(|p| &p.id == id),
                Selection::Lane(id) | Selection::Cell(id, _) | Selection::Point(id, _) => {
                    find_lane(map, id).map(|(p, _)| p)
                }
                Selection::Card(id) => ops::find_card(map, id).map(|(at, _)| at.persona),
                Selection::Stage(_) => None,
            });
            match persona.and_then(|p| ops::add_lane(map, p, map.personas[p].lanes.len(), kind)) {
                Some((edit, id)) => Action::edit(edit, vec![Selection::Lane(id)]),
                None => Action::Ask(Dialog::Error {
                    title: "Which persona gets the lane?".to_owned(),
                    lines: vec!["Drag the tile onto a persona's band, or select a persona and click the tile.".to_owned()],
                }),
            }
        }
        PaletteItem::Emotion => Action::Ask(Dialog::Error {
            title: "Where does the emotion go?".to_owned(),
            lines: vec![
                "Drag the tile into an emotion lane, at the height of the feeling.".to_owned(),
            ],
        }),
    }
}
