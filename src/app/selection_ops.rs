//! Commands on the selection: the clipboard (copy, cut, paste, duplicate), a new card in the
//! selected cell, and moving the selection between cards and cells with the keyboard.

use super::selection::find_lane;
use super::{Action, PercorsoApp, Selection, clipboard};
use crate::edit::{LaneAt, ops};
use crate::layout::Hit;
use crate::model::{CardId, StageId};

impl PercorsoApp {
    pub(super) fn copy(&mut self, ctx: &egui::Context, cut: bool) {
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
    pub(super) fn paste(&mut self, _ctx: &egui::Context, text: &str) {
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

    pub(super) fn duplicate(&mut self) {
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
                (
                    persona,
                    lane,
                    super::run::stage_index(&self.doc.map, stage_id),
                )
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
                (
                    persona,
                    lane,
                    super::run::stage_index(&self.doc.map, stage_id),
                )
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
