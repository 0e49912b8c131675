//! How much is known: per stage, how many of its cards were observed in research, assumed by
//! the team, proposed as changes, or not marked at all; and whether the stage is built mostly
//! on assumptions (more than half of its cards that describe today, observed or assumed, are
//! assumed: proposed cards are changes, not claims about today).

use crate::model::{Evidence, LaneKind, Map};

/// The evidence of one stage's cards, counted by level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvidenceCount {
    /// Cards observed in research.
    pub observed: usize,
    /// Cards the team believes, not verified.
    pub assumed: usize,
    /// Cards that propose a change.
    pub proposed: usize,
    /// Cards that do not say how they are known.
    pub unmarked: usize,
}

impl EvidenceCount {
    /// Every card of the stage.
    #[must_use]
    pub fn cards(&self) -> usize {
        self.observed + self.assumed + self.proposed + self.unmarked
    }

    /// How many cards have `evidence`.
    #[must_use]
    pub fn of(&self, evidence: Evidence) -> usize {
        match evidence {
            Evidence::Observed => self.observed,
            Evidence::Assumed => self.assumed,
            Evidence::Proposed => self.proposed,
        }
    }

    /// The share of the stage's cards that have `evidence`, 0 to 1 (0 for a stage without
    /// cards).
    #[must_use]
    pub fn share(&self, evidence: Evidence) -> f64 {
        share(self.of(evidence), self.cards())
    }

    /// Whether the stage is built mostly on assumptions: of its cards that describe today
    /// (observed or assumed), more than half are assumed.
    #[must_use]
    pub fn mostly_assumed(&self) -> bool {
        self.assumed * 2 > self.observed + self.assumed
    }

    /// Whether any card of the stage says how it is known.
    #[must_use]
    pub fn any_marked(&self) -> bool {
        self.unmarked < self.cards()
    }
}

impl std::iter::Sum for EvidenceCount {
    /// The counts of several stages together.
    fn sum<I: Iterator<Item = Self>>(counts: I) -> Self {
        counts.fold(Self::default(), |a, b| Self {
            observed: a.observed + b.observed,
            assumed: a.assumed + b.assumed,
            proposed: a.proposed + b.proposed,
            unmarked: a.unmarked + b.unmarked,
        })
    }
}

/// `part` of `whole`, 0 to 1; 0 of nothing.
#[allow(clippy::cast_precision_loss)] // Card counts far below 2^52.
fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Each stage's evidence, in the map's stage order, over every persona's cards.
#[must_use]
pub fn evidence_by_stage(map: &Map) -> Vec<EvidenceCount> {
    let mut counts = vec![EvidenceCount::default(); map.stages.len()];
    let lanes = map.lanes().filter(|lane| lane.kind != LaneKind::Emotions);
    for card in lanes.flat_map(|lane| &lane.cards) {
        let Some(count) = map.stage_index(&card.stage).and_then(|i| counts.get_mut(i)) else {
            continue;
        };
        match card.evidence {
            Some(Evidence::Observed) => count.observed += 1,
            Some(Evidence::Assumed) => count.assumed += 1,
            Some(Evidence::Proposed) => count.proposed += 1,
            None => count.unmarked += 1,
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(observed: usize, assumed: usize, proposed: usize, unmarked: usize) -> EvidenceCount {
        EvidenceCount {
            observed,
            assumed,
            proposed,
            unmarked,
        }
    }

    #[test]
    fn shares_and_the_flag() {
        let stage = count(1, 3, 2, 2);
        assert_eq!(stage.cards(), 8);
        assert!((stage.share(Evidence::Assumed) - 3.0 / 8.0).abs() < 1e-12);
        assert!(stage.mostly_assumed(), "3 of the 4 claims about today");
        assert!(!count(2, 2, 0, 0).mostly_assumed(), "half is not most");
        assert!(
            !count(0, 0, 5, 1).mostly_assumed(),
            "proposals are not assumptions"
        );
        assert!(count(0, 1, 0, 9).mostly_assumed());
        assert!(!count(0, 0, 0, 0).any_marked());
        assert!((count(0, 0, 0, 0).share(Evidence::Observed)).abs() < 1e-12);
    }

    #[test]
    fn the_samples_know_their_stages() {
        let map = crate::file::read_str(include_str!("../../maps/ecommerce.ron"))
            .unwrap_or_else(|e| panic!("{e:?}"));
        let counts = evidence_by_stage(&map);
        assert_eq!(counts.len(), map.stages.len());
        let cards: usize = counts.iter().map(EvidenceCount::cards).sum();
        assert_eq!(cards, map.card_count(), "every card counted once");
        assert!(counts.iter().any(EvidenceCount::any_marked));
    }
}
