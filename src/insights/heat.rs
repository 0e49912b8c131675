//! Where it hurts: the weight of each stage's pain points, their severity (an unrated one counts
//! as minor) times one plus their votes, summed over every persona.

use crate::model::{CardKind, Map};

/// Each stage's pain weight, in the map's stage order.
#[must_use]
pub fn pain_weights(map: &Map) -> Vec<u32> {
    map.stages
        .iter()
        .map(|stage| {
            map.personas
                .iter()
                .flat_map(|p| &p.lanes)
                .flat_map(|lane| {
                    lane.cards
                        .iter()
                        .filter(move |card| lane.card_kind(card) == Some(CardKind::PainPoint))
                })
                .filter(|card| card.stage == stage.id)
                .map(|card| {
                    let severity = u32::from(card.severity.unwrap_or(1).max(1));
                    severity.saturating_mul(card.votes.saturating_add(1))
                })
                .fold(0, u32::saturating_add)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guitar_journey_hurts_most_at_purchase() {
        let text = include_str!("../../maps/guitar.ron");
        let map = crate::file::read_str(text).unwrap_or_else(|e| panic!("{e:?}"));
        let weights = pain_weights(&map);
        let purchase = map
            .stages
            .iter()
            .position(|s| s.id.as_str() == "purchase")
            .unwrap_or_else(|| panic!("a purchase stage"));
        let most = weights.iter().copied().max().unwrap_or(0);
        assert_eq!(weights[purchase], most, "{weights:?}");
        assert_eq!(weights[0], 0, "no pain point at awareness");
    }
}
