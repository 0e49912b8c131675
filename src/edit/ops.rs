//! What a user means, turned into [`Edit`]s: add a card to a cell, move cards, delete a stage
//! with everything in it, add a persona with its usual lanes, paste cards with fresh ids.
//!
//! Each function reads the map and returns one edit (often a batch) for the document to apply,
//! so every gesture is one undo step. Nothing here changes the map itself.

use std::collections::HashSet;

use super::{Edit, LaneAt, MapInfo};
use crate::model::{
    Card, CardId, CardKind, EmotionPoint, EmotionScale, Lane, LaneId, LaneKind, Map, Persona,
    PersonaId, Stage, StageId,
};

/// Every id in use in `map`.
fn ids_in_use(map: &Map) -> HashSet<&str> {
    let mut ids: HashSet<&str> = map.stages.iter().map(|s| s.id.as_str()).collect();
    for persona in &map.personas {
        ids.insert(persona.id.as_str());
        for lane in &persona.lanes {
            ids.insert(lane.id.as_str());
            ids.extend(lane.cards.iter().map(|c| c.id.as_str()));
        }
    }
    ids
}

/// `count` ids of the form `prefix-N` that no element of `map` uses.
#[must_use]
pub fn fresh_ids(map: &Map, prefix: &str, count: usize) -> Vec<String> {
    let used = ids_in_use(map);
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .filter(|id| !used.contains(id.as_str()))
        .take(count)
        .collect()
}

/// One id of the form `prefix-N` that no element of `map` uses.
#[must_use]
pub fn fresh_id(map: &Map, prefix: &str) -> String {
    fresh_ids(map, prefix, 1)
        .pop()
        .unwrap_or_else(|| prefix.to_owned())
}

/// The index in a lane's list (of cards with these stages, in order) at which a card lands when
/// dropped at `position` among the cards of `stage`: before the position-th card of that stage,
/// or after its last card, or at the end.
fn list_index(stages: &[&StageId], stage: &StageId, position: usize) -> usize {
    let in_cell: Vec<usize> = stages
        .iter()
        .enumerate()
        .filter(|(_, s)| **s == stage)
        .map(|(i, _)| i)
        .collect();
    match in_cell.get(position) {
        Some(&index) => index,
        None => in_cell.last().map_or(stages.len(), |&last| last + 1),
    }
}

/// A new card of the lane's kind (or `kind`) in the cell (`at`, `stage`), last in the cell.
#[must_use]
pub fn new_card(
    map: &Map,
    at: LaneAt,
    stage: &StageId,
    kind: Option<CardKind>,
) -> Option<(Edit, CardId)> {
    let lane = map.lane_at(at)?;
    if lane.kind == LaneKind::Emotions {
        return None;
    }
    let id = CardId(fresh_id(map, "card"));
    let kind = kind.filter(|k| Some(*k) != lane.kind.default_card_kind());
    let card = Card {
        id: id.clone(),
        stage: stage.clone(),
        text: String::new(),
        detail: String::new(),
        kind,
        channel: None,
        severity: (kind.or(lane.kind.default_card_kind()) == Some(CardKind::PainPoint))
            .then_some(2),
        evidence: None,
        votes: 0,
        color: None,
    };
    let stages: Vec<&StageId> = lane.cards.iter().map(|c| &c.stage).collect();
    let index = list_index(&stages, stage, usize::MAX);
    Some((Edit::InsertCard(at, index, card), id))
}

/// Moves `cards` (in this order) to the cell (`to`, `stage`), starting at `position` among that
/// cell's cards (not counting the moved ones). `None` if nothing would change or a card is gone.
#[must_use]
pub fn move_cards(
    map: &Map,
    cards: &[CardId],
    to: LaneAt,
    stage: &StageId,
    position: usize,
) -> Option<Edit> {
    let target = map.lane_at(to)?;
    if target.kind == LaneKind::Emotions || cards.is_empty() {
        return None;
    }
    let mut found: Vec<(LaneAt, usize)> = cards
        .iter()
        .map(|id| map.card_place(id).map(|at| (at.lane, at.card)))
        .collect::<Option<_>>()?;
    let moving: Vec<Card> = found
        .iter()
        .map(|(at, index)| {
            let mut card = map.personas[at.persona].lanes[at.lane].cards[*index].clone();
            card.stage = stage.clone();
            card
        })
        .collect();
    // Remove from the highest index down, so earlier indices stay valid.
    sort_last_first(&mut found);
    let mut edits: Vec<Edit> = found
        .iter()
        .map(|(at, index)| Edit::RemoveCard(*at, *index))
        .collect();
    let moved: HashSet<&CardId> = cards.iter().collect();
    let remaining: Vec<&StageId> = target
        .cards
        .iter()
        .filter(|c| !moved.contains(&c.id))
        .map(|c| &c.stage)
        .collect();
    let start = list_index(&remaining, stage, position);
    edits.extend(
        moving
            .into_iter()
            .enumerate()
            .map(|(i, card)| Edit::InsertCard(to, start + i, card)),
    );
    let unchanged = found.iter().all(|(at, _)| *at == to) && {
        let mut order: Vec<(&CardId, &StageId)> = target
            .cards
            .iter()
            .filter(|c| !moved.contains(&c.id))
            .map(|c| (&c.id, &c.stage))
            .collect();
        for (i, id) in cards.iter().enumerate() {
            order.insert(start + i, (id, stage));
        }
        order
            .iter()
            .copied()
            .eq(target.cards.iter().map(|c| (&c.id, &c.stage)))
    };
    (!unchanged).then_some(Edit::Batch(edits))
}

/// Orders card places from the last to the first, so removing them in turn keeps the indices
/// of the ones still to remove valid.
fn sort_last_first(found: &mut [(LaneAt, usize)]) {
    found.sort_by_key(|(at, index)| std::cmp::Reverse((at.persona, at.lane, *index)));
}

/// Removes the cards with these ids.
#[must_use]
pub fn delete_cards(map: &Map, cards: &[CardId]) -> Option<Edit> {
    let mut found: Vec<(LaneAt, usize)> = cards
        .iter()
        .filter_map(|id| map.card_place(id).map(|at| (at.lane, at.card)))
        .collect();
    if found.is_empty() {
        return None;
    }
    sort_last_first(&mut found);
    Some(Edit::Batch(
        found
            .into_iter()
            .map(|(at, index)| Edit::RemoveCard(at, index))
            .collect(),
    ))
}

/// How many cards and emotion points sit in stage `index`.
#[must_use]
pub fn stage_contents(map: &Map, index: usize) -> (usize, usize) {
    let Some(stage) = map.stages.get(index) else {
        return (0, 0);
    };
    let cards = map
        .lanes()
        .flat_map(|l| &l.cards)
        .filter(|c| c.stage == stage.id)
        .count();
    let points = map
        .lanes()
        .flat_map(|l| &l.points)
        .filter(|p| p.stage == stage.id)
        .count();
    (cards, points)
}

/// Deletes stage `index` with its cards and emotion points.
#[must_use]
pub fn delete_stage(map: &Map, index: usize) -> Option<Edit> {
    let stage = map.stages.get(index)?;
    let mut edits = Vec::new();
    for (p, persona) in map.personas.iter().enumerate() {
        for (l, lane) in persona.lanes.iter().enumerate() {
            let at = LaneAt {
                persona: p,
                lane: l,
            };
            let doomed = lane
                .cards
                .iter()
                .enumerate()
                .filter(|(_, c)| c.stage == stage.id)
                .map(|(i, _)| i);
            edits.extend(doomed.rev().map(|i| Edit::RemoveCard(at, i)));
            if lane.points.iter().any(|pt| pt.stage == stage.id) {
                edits.push(Edit::SetPoint(at, stage.id.clone(), None));
            }
        }
    }
    edits.push(Edit::RemoveStage(index));
    Some(Edit::Batch(edits))
}

/// A new stage inserted at `index`.
#[must_use]
pub fn add_stage(map: &Map, index: usize) -> (Edit, StageId) {
    let id = StageId(fresh_id(map, "stage"));
    let stage = Stage {
        id: id.clone(),
        name: crate::t!("new-stage-name"),
        description: String::new(),
        duration: String::new(),
        color: None,
        metrics: Vec::new(),
    };
    (Edit::InsertStage(index.min(map.stages.len()), stage), id)
}

/// A new persona at `index`, with touchpoint, emotion and pain point lanes.
#[must_use]
pub fn add_persona(map: &Map, index: usize) -> (Edit, PersonaId) {
    let ids = fresh_ids(map, "persona", 1);
    let id = PersonaId(ids.into_iter().next().unwrap_or_default());
    let lane_ids = fresh_ids(map, &format!("{id}-lane"), 3);
    let lanes = [
        LaneKind::Touchpoints,
        LaneKind::Emotions,
        LaneKind::PainPoints,
    ]
    .into_iter()
    .zip(lane_ids)
    .map(|(kind, lane_id)| Lane {
        id: LaneId(lane_id),
        kind,
        title: None,
        cards: Vec::new(),
        points: Vec::new(),
    })
    .collect();
    let persona = Persona {
        id: id.clone(),
        name: crate::t!(
            "new-persona-name",
            number = (map.personas.len() + 1).to_string()
        ),
        description: String::new(),
        quote: String::new(),
        goals: Vec::new(),
        color: None,
        avatar: None,
        lanes,
    };
    (
        Edit::InsertPersona(index.min(map.personas.len()), persona),
        id,
    )
}

/// A new lane of `kind` in persona `persona` at `index`.
#[must_use]
pub fn add_lane(map: &Map, persona: usize, index: usize, kind: LaneKind) -> Option<(Edit, LaneId)> {
    let lanes = map.personas.get(persona)?.lanes.len();
    let id = LaneId(fresh_id(map, &format!("{}-lane", map.personas[persona].id)));
    let lane = Lane {
        id: id.clone(),
        kind,
        title: None,
        cards: Vec::new(),
        points: Vec::new(),
    };
    Some((
        Edit::InsertLane(
            LaneAt {
                persona,
                lane: index.min(lanes),
            },
            lane,
        ),
        id,
    ))
}

/// Copies of `cards` with fresh ids, appended to the cell (`at`, `stage`).
#[must_use]
pub fn paste_cards(
    map: &Map,
    cards: Vec<Card>,
    at: LaneAt,
    stage: &StageId,
) -> Option<(Edit, Vec<CardId>)> {
    let lane = map.lane_at(at)?;
    if lane.kind == LaneKind::Emotions || cards.is_empty() {
        return None;
    }
    let ids = fresh_ids(map, "card", cards.len());
    let stages: Vec<&StageId> = lane.cards.iter().map(|c| &c.stage).collect();
    let start = list_index(&stages, stage, usize::MAX);
    let default_kind = lane.kind.default_card_kind();
    let mut new_ids = Vec::new();
    let edits = cards
        .into_iter()
        .zip(ids)
        .enumerate()
        .map(|(i, (mut card, id))| {
            card.id = CardId(id);
            card.stage = stage.clone();
            card.kind = card.kind.filter(|k| Some(*k) != default_kind);
            new_ids.push(card.id.clone());
            Edit::InsertCard(at, start + i, card)
        })
        .collect();
    Some((Edit::Batch(edits), new_ids))
}

/// Sets the point of `stage` in the lane `at` to `value` (keeping its note).
#[must_use]
pub fn set_point_value(map: &Map, at: LaneAt, stage: &StageId, value: i32) -> Option<Edit> {
    let lane = map.lane_at(at)?;
    let note = lane
        .points
        .iter()
        .find(|p| &p.stage == stage)
        .map(|p| p.note.clone())
        .unwrap_or_default();
    let point = EmotionPoint {
        stage: stage.clone(),
        value,
        note,
    };
    Some(Edit::SetPoint(at, stage.clone(), Some(point)))
}

/// How many emotion points fall outside `scale`.
#[must_use]
pub fn points_outside(map: &Map, scale: EmotionScale) -> usize {
    map.lanes()
        .flat_map(|l| &l.points)
        .filter(|p| !scale.contains(p.value))
        .count()
}

/// Changes the map's info, clamping emotion points into the new scale.
#[must_use]
pub fn set_map_info_clamping(map: &Map, info: MapInfo) -> Edit {
    let scale = info.emotion_scale;
    let mut edits = vec![Edit::SetMapInfo(info)];
    for (p, persona) in map.personas.iter().enumerate() {
        for (l, lane) in persona.lanes.iter().enumerate() {
            for point in lane.points.iter().filter(|pt| !scale.contains(pt.value)) {
                let clamped = EmotionPoint {
                    value: point.value.clamp(scale.min, scale.max),
                    ..point.clone()
                };
                edits.push(Edit::SetPoint(
                    LaneAt {
                        persona: p,
                        lane: l,
                    },
                    point.stage.clone(),
                    Some(clamped),
                ));
            }
        }
    }
    Edit::Batch(edits)
}
