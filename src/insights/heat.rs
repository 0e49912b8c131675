//! Where it hurts: the weight of each pain point, its severity (an unrated one counts as minor)
//! times one plus its votes; each stage's weight, summed over every persona; the pain points
//! ranked by weight, and beside them the opportunities of each stage ranked by votes.

use crate::model::{Card, CardAt, CardKind, LaneAt, Map};

/// A pain point's weight: severity (1 when unrated) times one plus its votes.
#[must_use]
pub fn pain_weight(card: &Card) -> u32 {
    let severity = u32::from(card.severity.unwrap_or(1).max(1));
    severity.saturating_mul(card.votes.saturating_add(1))
}

/// Every card of `kind` (its own or its lane's), where it is, in the map's order.
fn cards_of(map: &Map, kind: CardKind) -> impl Iterator<Item = (CardAt, &Card)> {
    map.personas
        .iter()
        .enumerate()
        .flat_map(move |(p, persona)| {
            persona.lanes.iter().enumerate().flat_map(move |(l, lane)| {
                let at = LaneAt {
                    persona: p,
                    lane: l,
                };
                lane.cards
                    .iter()
                    .enumerate()
                    .filter(move |(_, card)| lane.card_kind(card) == Some(kind))
                    .map(move |(card, c)| (CardAt { lane: at, card }, c))
            })
        })
}

/// Each stage's pain weight, in the map's stage order.
#[must_use]
pub fn pain_weights(map: &Map) -> Vec<u32> {
    let mut weights = vec![0_u32; map.stages.len()];
    for (_, card) in cards_of(map, CardKind::PainPoint) {
        if let Some(weight) = map
            .stage_index(&card.stage)
            .and_then(|i| weights.get_mut(i))
        {
            *weight = weight.saturating_add(pain_weight(card));
        }
    }
    weights
}

/// Every pain point, heaviest first (equal ones in the map's order).
#[must_use]
pub fn ranked_pain_points(map: &Map) -> Vec<CardAt> {
    let mut ranked: Vec<(CardAt, u32)> = cards_of(map, CardKind::PainPoint)
        .map(|(at, card)| (at, pain_weight(card)))
        .collect();
    ranked.sort_by_key(|&(_, weight)| std::cmp::Reverse(weight));
    ranked.into_iter().map(|(at, _)| at).collect()
}

/// Each stage's opportunities, most voted first (equal ones in the map's order), by stage
/// index.
#[must_use]
pub fn opportunities_by_stage(map: &Map) -> Vec<Vec<CardAt>> {
    let mut by_stage: Vec<Vec<(CardAt, u32)>> = vec![Vec::new(); map.stages.len()];
    for (at, card) in cards_of(map, CardKind::Opportunity) {
        if let Some(list) = map
            .stage_index(&card.stage)
            .and_then(|i| by_stage.get_mut(i))
        {
            list.push((at, card.votes));
        }
    }
    by_stage
        .into_iter()
        .map(|mut list| {
            list.sort_by_key(|&(_, votes)| std::cmp::Reverse(votes));
            list.into_iter().map(|(at, _)| at).collect()
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
        let ranked = ranked_pain_points(&map);
        let heaviest = map.card_at(ranked[0]).unwrap_or_else(|| panic!("a card"));
        assert_eq!(heaviest.stage.as_str(), "purchase");
        let weights: Vec<u32> = ranked
            .iter()
            .filter_map(|&at| map.card_at(at))
            .map(pain_weight)
            .collect();
        assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
        let opportunities = opportunities_by_stage(&map);
        let votes: Vec<u32> = opportunities[purchase]
            .iter()
            .filter_map(|&at| map.card_at(at))
            .map(|card| card.votes)
            .collect();
        assert!(
            !votes.is_empty() && votes.windows(2).all(|w| w[0] >= w[1]),
            "{votes:?}"
        );
    }

    #[test]
    fn a_weight_is_severity_times_one_plus_votes() {
        let mut card = crate::file::read_str(include_str!("../../maps/guitar.ron"))
            .unwrap_or_else(|e| panic!("{e:?}"))
            .personas[0]
            .lanes[0]
            .cards[0]
            .clone();
        (card.severity, card.votes) = (None, 0);
        assert_eq!(pain_weight(&card), 1, "unrated counts as minor");
        (card.severity, card.votes) = (Some(3), 4);
        assert_eq!(pain_weight(&card), 15);
    }
}
