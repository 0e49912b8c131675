//! Commands on the selection: the clipboard (copy, cut, paste, duplicate), a new card in the
//! selected cell, and moving the selection between cards and cells with the keyboard.

use super::messages::{Action, Selection, selected_cards};
use super::{PercorsoApp, clipboard};
use crate::edit::ops;
use crate::layout::Hit;
use crate::model::{CardId, LaneAt, StageId};

impl PercorsoApp {
    /// Puts the selected cards on the clipboard; with `cut`, deletes them too.
    pub(super) fn copy(&mut self, ctx: &egui::Context, cut: bool) {
        let cards = selected_cards(&self.selection);
        let map = &self.doc.map;
        let copied: Vec<_> = cards
            .iter()
            .filter_map(|id| map.card(id))
            .cloned()
            .collect();
        if copied.is_empty() {
            return;
        }
        ctx.copy_text(clipboard::to_text(&copied));
        if cut && let Some(edit) = ops::delete_cards(map, &cards) {
            self.actions.push(Action::edit(edit, Vec::new()));
        }
    }

    /// Pastes clipboard cards into the selected cell (or the selected card's cell).
    pub(super) fn paste(&mut self, text: &str) {
        let Some(cards) = clipboard::from_text(text) else {
            return;
        };
        let Some((at, stage)) = self.target_cell() else {
            self.show_error(
                crate::t!("paste-nowhere-title"),
                vec![crate::t!("paste-nowhere")],
            );
            return;
        };
        if let Some((edit, ids)) = ops::paste_cards(&self.doc.map, cards, at, &stage) {
            let select = ids.into_iter().map(Selection::Card).collect();
            self.actions.push(Action::edit(edit, select));
        }
    }

    /// Copies the selected cards into the first one's cell.
    pub(super) fn duplicate(&mut self) {
        let map = &self.doc.map;
        let cards = selected_cards(&self.selection);
        let Some(first) = cards.first().and_then(|id| map.card_place(id)) else {
            return;
        };
        let Some(stage) = map.card_at(first).map(|c| c.stage.clone()) else {
            return;
        };
        let copies: Vec<_> = cards
            .iter()
            .filter_map(|id| map.card(id))
            .cloned()
            .collect();
        if let Some((edit, ids)) = ops::paste_cards(map, copies, first.lane, &stage) {
            let select = ids.into_iter().map(Selection::Card).collect();
            self.actions.push(Action::edit(edit, select));
        }
    }

    /// The cell that new and pasted cards go to: the selected cell, or the selected card's; while
    /// presenting, also the selected lane's (or the shown persona's first card lane's) cell of
    /// the stage shown.
    fn target_cell(&self) -> Option<(LaneAt, StageId)> {
        let map = &self.doc.map;
        let presented = self
            .presentation
            .stage
            .clone()
            .filter(|_| self.presentation.on);
        let Some(selected) = self.selection.first() else {
            // Presenting with nothing selected: the first card lane of the persona shown.
            let persona = self.presentation.persona.unwrap_or(0);
            let lane = map
                .personas
                .get(persona)?
                .lanes
                .iter()
                .position(|l| l.kind.default_card_kind().is_some())?;
            return Some((LaneAt { persona, lane }, presented?));
        };
        match selected {
            Selection::Lane(lane) if presented.is_some() => {
                Some((map.lane_place(lane)?, presented?))
            }
            Selection::Cell(lane, stage) | Selection::Point(lane, stage) => {
                Some((map.lane_place(lane)?, stage.clone()))
            }
            Selection::Card(id) => {
                let at = map.card_place(id)?;
                Some((at.lane, map.card_at(at)?.stage.clone()))
            }
            _ => None,
        }
    }

    /// A new card in the selected cell, open for typing.
    pub(super) fn new_card_in_selected_cell(&mut self) {
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
    pub(super) fn step_card(&mut self, ctx: &egui::Context, step: isize) {
        let layout = self.view.layout(ctx, &self.doc.map, self.doc.revision);
        let map = &self.doc.map;
        let order: Vec<&CardId> = layout
            .cards
            .iter()
            .filter_map(|b| map.card_at(b.place()))
            .map(|c| &c.id)
            .collect();
        if order.is_empty() {
            return;
        }
        let current = self
            .selection
            .first()
            .and_then(Selection::card)
            .and_then(|id| order.iter().position(|c| *c == id));
        let len = isize::try_from(order.len()).unwrap_or(isize::MAX);
        let next = match current {
            Some(i) => (isize::try_from(i).unwrap_or(0) + step).rem_euclid(len),
            None if step > 0 => 0,
            None => len - 1,
        };
        let next = usize::try_from(next).unwrap_or(0);
        self.selection = vec![Selection::Card(order[next].clone())];
        self.canvas.reveal_selection();
    }

    /// Moves the selection to the neighbouring cell (arrow keys): `across` columns, `down`
    /// rows, within the map.
    pub(super) fn move_selection(&mut self, ctx: &egui::Context, across: isize, down: isize) {
        let map = &self.doc.map;
        let Some(hit) = self.selection.first().and_then(|s| s.to_hit(map)) else {
            return;
        };
        let Some(at) = hit.lane() else {
            return;
        };
        let lane = map.lane_at(at);
        let stage = match hit {
            Hit::Card { card, .. } => lane
                .and_then(|l| l.cards.get(card))
                .and_then(|c| map.stage_index(&c.stage)),
            Hit::Point { point, .. } => lane
                .and_then(|l| l.points.get(point))
                .and_then(|p| map.stage_index(&p.stage)),
            Hit::Cell { stage, .. } => Some(stage),
            _ => return,
        };
        let Some(stage) = stage else {
            return;
        };
        let layout = self.view.layout(ctx, map, self.doc.revision);
        let rows: Vec<LaneAt> = layout
            .bands
            .iter()
            .flat_map(|b| {
                b.rows.iter().map(move |r| LaneAt {
                    persona: b.persona,
                    lane: r.lane,
                })
            })
            .collect();
        let Some(row) = rows.iter().position(|r| *r == at) else {
            return;
        };
        let clamp = |value: usize, delta: isize, len: usize| {
            value
                .saturating_add_signed(delta)
                .min(len.saturating_sub(1))
        };
        let at = rows[clamp(row, down, rows.len())];
        let stage = clamp(stage, across, map.stages.len());
        self.selection = self.cell_selection(at, stage).into_iter().collect();
        self.canvas.reveal_selection();
    }

    /// The first card of a cell, or its emotion point, or the cell itself when it has neither.
    fn cell_selection(&self, at: LaneAt, stage: usize) -> Option<Selection> {
        let map = &self.doc.map;
        let lane = map.lane_at(at)?;
        let stage_id = &map.stages.get(stage)?.id;
        if let Some(card) = lane.cards.iter().find(|c| &c.stage == stage_id) {
            return Some(Selection::Card(card.id.clone()));
        }
        if lane.points.iter().any(|p| &p.stage == stage_id) {
            return Some(Selection::Point(lane.id.clone(), stage_id.clone()));
        }
        Some(Selection::Cell(lane.id.clone(), stage_id.clone()))
    }
}
