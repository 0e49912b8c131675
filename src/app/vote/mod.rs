//! Dot voting: the room's votes on pain points and opportunities, within a budget. It owns the
//! running vote (its rules and the votes the cards held when it started, so that what this
//! round cast is what the cards gained since, undo included); the votes themselves land in the
//! cards' `votes` field through the history, one undo step each, so the map remembers them.

mod results;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::app::PercorsoApp;
use crate::app::dialogs::Dialog;
use crate::app::messages::{Action, Selection, VoteSetup};
use crate::edit::Edit;
use crate::model::{CardAt, CardId, Map};
use crate::t;

/// A vote in progress.
pub struct Voting {
    /// What is voted on, and the budget.
    pub setup: VoteSetup,
    /// Each card that can be voted on, with the votes it held when the vote started.
    pub start: HashMap<CardId, u32>,
    /// The same cards, as the canvas reads them every frame (made once, at the start).
    pub eligible: Arc<HashSet<CardId>>,
    /// Why the last vote was refused, shown until the next one.
    pub refused: Option<String>,
}

impl Voting {
    /// The votes cast in this round: what the cards gained since it started.
    #[must_use]
    pub fn cast(&self, map: &Map) -> u32 {
        map.lanes()
            .flat_map(|lane| &lane.cards)
            .filter_map(|card| Some(card.votes.saturating_sub(*self.start.get(&card.id)?)))
            .sum()
    }
}

/// The cards of `map` that `setup` lets the room vote on, with their votes now.
fn eligible_cards(map: &Map, setup: &VoteSetup) -> HashMap<CardId, u32> {
    map.lanes()
        .flat_map(|lane| lane.cards.iter().map(move |card| (lane, card)))
        .filter(|(lane, card)| setup.takes(lane.card_kind(card), &card.stage))
        .map(|(_, card)| (card.id.clone(), card.votes))
        .collect()
}

impl PercorsoApp {
    /// Opens the vote's dialog, offering the stage shown or selected as the vote's scope.
    pub(crate) fn open_vote_setup(&mut self) {
        let map = &self.doc.map;
        let stage = self
            .presentation
            .stage
            .clone()
            .filter(|_| self.presentation.on)
            .or_else(|| self.selection.first().and_then(|s| s.stage(map)));
        let stage_name = stage
            .as_ref()
            .and_then(|s| map.stage(s))
            .map(|s| s.name.clone());
        let has_votes = map.lanes().flat_map(|l| &l.cards).any(|c| c.votes > 0);
        let setup = VoteSetup {
            pain_points: true,
            opportunities: true,
            stage,
            stage_name,
            stage_only: false,
            participants: 8,
            each: 3,
            clear: has_votes,
        };
        self.dialogs.show(Dialog::Vote { setup });
    }

    /// Starts the vote `setup` describes, first clearing the votes the cards hold if asked (one
    /// undo step).
    pub(crate) fn start_vote(&mut self, setup: VoteSetup) {
        let mut start = eligible_cards(&self.doc.map, &setup);
        if setup.clear {
            let edits: Vec<Edit> = start
                .iter()
                .filter(|(_, votes)| **votes > 0)
                .filter_map(|(id, _)| self.votes_edit(id, 0))
                .collect();
            if !edits.is_empty() {
                // The selection stays: the first vote goes to the card selected before.
                let kept = self.selection.clone();
                self.actions.push(Action::edit(Edit::Batch(edits), kept));
            }
            for votes in start.values_mut() {
                *votes = 0;
            }
        }
        let eligible = Arc::new(start.keys().cloned().collect());
        self.voting = Some(Voting {
            setup,
            start,
            eligible,
            refused: None,
        });
    }

    /// The edit that sets the votes of card `id` to `votes`.
    fn votes_edit(&self, id: &CardId, votes: u32) -> Option<Edit> {
        let map = &self.doc.map;
        let at: CardAt = map.card_place(id)?;
        let mut card = map.card_at(at)?.clone();
        card.votes = votes;
        Some(Edit::SetCard(at.lane, at.card, card))
    }

    /// Adds a vote to the selected card (`up`) or takes one of this round back; a vote past the
    /// budget, on a card that cannot be voted on, or with nothing selected is refused, and the
    /// vote's bar says why.
    pub(crate) fn vote(&mut self, up: bool) {
        let Some(voting) = &self.voting else {
            return;
        };
        let outcome = self.vote_target(voting, up);
        let refused = outcome.as_ref().err().cloned();
        if let Ok((id, now)) = outcome {
            let votes = if up { now + 1 } else { now - 1 };
            if let Some(edit) = self.votes_edit(&id, votes) {
                self.actions
                    .push(Action::edit(edit, vec![Selection::Card(id)]));
            }
        }
        if let Some(voting) = &mut self.voting {
            voting.refused = refused;
        }
    }

    /// The selected card and its votes now, if a vote (`up`) or taking one back may go to it;
    /// else why not.
    fn vote_target(&self, voting: &Voting, up: bool) -> Result<(CardId, u32), String> {
        let map = &self.doc.map;
        let id = self
            .selection
            .first()
            .and_then(Selection::card)
            .ok_or_else(|| t!("vote-refused-nothing"))?;
        let Some(&at_start) = voting.start.get(id) else {
            return Err(t!("vote-refused-not-voted-on"));
        };
        if up && voting.cast(map) >= voting.setup.budget() {
            return Err(t!("vote-refused-budget", count = voting.setup.budget()));
        }
        let now = map
            .card_place(id)
            .and_then(|at| map.card_at(at))
            .map_or(0, |c| c.votes);
        if !up && now <= at_start {
            return Err(t!("vote-refused-none-to-take"));
        }
        Ok((id.clone(), now))
    }

    /// While a vote runs, + adds a vote to the selected card and - takes one back (instead of
    /// zooming), unless a field has the keys.
    pub(crate) fn vote_keys(&mut self, ctx: &egui::Context) {
        if self.voting.is_none() || self.dialogs.is_open() || self.keyboard.typing(ctx) {
            return;
        }
        if self.canvas.is_typing() {
            return;
        }
        let (up, down) = ctx.input_mut(|input| {
            let none = egui::Modifiers::NONE;
            let up = input.consume_key(none, egui::Key::Plus)
                | input.consume_key(none, egui::Key::Equals);
            (up, input.consume_key(none, egui::Key::Minus))
        });
        if up {
            self.vote(true);
        }
        if down {
            self.vote(false);
        }
    }

    /// Ends the vote and shows its results.
    pub(crate) fn end_vote(&mut self) {
        if let Some(voting) = self.voting.take() {
            let question = results::board(&self.doc.map, &voting);
            self.dialogs.ask(question);
        }
    }

    /// The vote's bar across the top: what is voted on, the votes left, why a vote was refused,
    /// and the button that ends the vote.
    pub(crate) fn vote_bar_ui(&mut self, ui: &mut egui::Ui) {
        let Some(voting) = &self.voting else {
            return;
        };
        let left = voting
            .setup
            .budget()
            .saturating_sub(voting.cast(&self.doc.map));
        let what = match (voting.setup.pain_points, voting.setup.opportunities) {
            (true, false) => t!("vote-bar-pain-points"),
            (false, true) => t!("vote-bar-opportunities"),
            _ => t!("vote-bar-both"),
        };
        let budget = voting.setup.budget();
        let refused = voting.refused.clone();
        let mut end = false;
        egui::Panel::top("vote").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(what).size(22.0).strong());
                let left_text = t!("vote-bar-left", left = left, count = budget);
                ui.label(egui::RichText::new(left_text).size(22.0).strong());
                ui.label(egui::RichText::new(t!("vote-bar-keys")).size(18.0));
                end = ui
                    .button(egui::RichText::new(t!("vote-end")).size(18.0))
                    .clicked();
            });
            if let Some(refused) = refused {
                let text = egui::RichText::new(format!("⚠ {refused}"))
                    .size(20.0)
                    .strong();
                ui.colored_label(ui.visuals().error_fg_color, text);
            }
        });
        if end {
            self.end_vote();
        }
    }
}
