//! What a dot vote is on and how many votes the room has: the facilitator's choices in the
//! vote's dialog, carried to the app when the vote starts.

use crate::model::{CardKind, StageId};

/// A vote's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // Independent choices of the dialog, read by name.
pub struct VoteSetup {
    /// Whether pain points can be voted on.
    pub pain_points: bool,
    /// Whether opportunities can be voted on.
    pub opportunities: bool,
    /// Only this stage's cards, or the whole map's.
    pub stage: Option<StageId>,
    /// The stage's name, for the dialog (when a stage is offered).
    pub stage_name: Option<String>,
    /// Whether the vote is on `stage` only (else the whole map).
    pub stage_only: bool,
    /// How many people vote.
    pub participants: u32,
    /// How many votes each has.
    pub each: u32,
    /// Whether the votes cards already hold are cleared first (one undo step).
    pub clear: bool,
}

impl VoteSetup {
    /// All the votes the room has.
    #[must_use]
    pub fn budget(&self) -> u32 {
        self.participants.saturating_mul(self.each)
    }

    /// Whether a card of `kind` on `stage` can be voted on.
    #[must_use]
    pub fn takes(&self, kind: Option<CardKind>, stage: &StageId) -> bool {
        let kind_ok = match kind {
            Some(CardKind::PainPoint) => self.pain_points,
            Some(CardKind::Opportunity) => self.opportunities,
            _ => false,
        };
        let stage_ok = !self.stage_only || self.stage.as_ref() == Some(stage);
        kind_ok && stage_ok
    }
}
