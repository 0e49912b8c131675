//! What the user selected, by id, so that a selection survives edits that move indices; and
//! where the selected elements are now.

use std::collections::{HashMap, HashSet};

use crate::layout::Hit;
use crate::model::{CardId, LaneAt, LaneId, Map, PersonaId, StageId};

/// A selected element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A stage (its header was clicked).
    Stage(StageId),
    /// A persona (its band header was clicked).
    Persona(PersonaId),
    /// A lane (its title was clicked).
    Lane(LaneId),
    /// A card.
    Card(CardId),
    /// An emotion point: its lane and its stage.
    Point(LaneId, StageId),
    /// An empty spot of a cell: its lane and its stage (where new cards and pastes go).
    Cell(LaneId, StageId),
}

impl Selection {
    /// The stage this element is in: a stage itself, a cell's or point's stage, a card's; `None`
    /// for a persona or a lane, which span every stage.
    #[must_use]
    pub fn stage(&self, map: &Map) -> Option<StageId> {
        match self {
            Selection::Stage(stage) | Selection::Cell(_, stage) | Selection::Point(_, stage) => {
                Some(stage.clone())
            }
            Selection::Card(card) => Some(map.card_at(map.card_place(card)?)?.stage.clone()),
            Selection::Persona(_) | Selection::Lane(_) => None,
        }
    }

    /// The selection for what was hit, if it is selectable.
    #[must_use]
    pub fn from_hit(map: &Map, hit: Hit) -> Option<Self> {
        let lane = |persona, lane| map.lane_at(LaneAt { persona, lane });
        Some(match hit {
            Hit::StageHeader { stage } => Self::Stage(map.stages.get(stage)?.id.clone()),
            Hit::PersonaHeader { persona } => Self::Persona(map.personas.get(persona)?.id.clone()),
            Hit::LaneTitle { persona, lane: l } => Self::Lane(lane(persona, l)?.id.clone()),
            Hit::Card {
                persona,
                lane: l,
                card,
            } => Self::Card(lane(persona, l)?.cards.get(card)?.id.clone()),
            Hit::Point {
                persona,
                lane: l,
                point,
            } => {
                let lane = lane(persona, l)?;
                Self::Point(lane.id.clone(), lane.points.get(point)?.stage.clone())
            }
            Hit::Cell {
                persona,
                lane: l,
                stage,
            } => Self::Cell(
                lane(persona, l)?.id.clone(),
                map.stages.get(stage)?.id.clone(),
            ),
        })
    }

    /// Where the selected element is now, if it still exists.
    #[must_use]
    pub fn to_hit(&self, map: &Map) -> Option<Hit> {
        match self {
            Self::Stage(id) => map.stage_index(id).map(|stage| Hit::StageHeader { stage }),
            Self::Persona(id) => map
                .persona_index(id)
                .map(|persona| Hit::PersonaHeader { persona }),
            Self::Lane(id) => map.lane_place(id).map(|at| Hit::LaneTitle {
                persona: at.persona,
                lane: at.lane,
            }),
            Self::Card(id) => map.card_place(id).map(|at| Hit::Card {
                persona: at.lane.persona,
                lane: at.lane.lane,
                card: at.card,
            }),
            Self::Cell(lane, stage) => {
                let at = map.lane_place(lane)?;
                Some(Hit::Cell {
                    persona: at.persona,
                    lane: at.lane,
                    stage: map.stage_index(stage)?,
                })
            }
            Self::Point(lane, stage) => {
                let at = map.lane_place(lane)?;
                let point = map
                    .lane_at(at)?
                    .points
                    .iter()
                    .position(|p| &p.stage == stage)?;
                Some(Hit::Point {
                    persona: at.persona,
                    lane: at.lane,
                    point,
                })
            }
        }
    }

    /// The card's id, if a card is selected.
    #[must_use]
    pub fn card(&self) -> Option<&CardId> {
        match self {
            Self::Card(id) => Some(id),
            _ => None,
        }
    }
}

/// The ids of the selected cards, in selection order.
#[must_use]
pub fn selected_cards(selection: &[Selection]) -> Vec<CardId> {
    selection
        .iter()
        .filter_map(Selection::card)
        .cloned()
        .collect()
}

/// Where every selected element is, looking cards up through one index of the map (so selecting
/// all the cards of a big map stays linear). Elements that no longer exist are left out.
#[must_use]
pub fn hits(map: &Map, selection: &[Selection]) -> HashSet<Hit> {
    places(map, selection).into_iter().flatten().collect()
}

/// Where each selected element is, in selection order; `None` for one that no longer exists.
#[must_use]
pub fn places(map: &Map, selection: &[Selection]) -> Vec<Option<Hit>> {
    let cards = selection.iter().filter_map(Selection::card).count();
    let index: HashMap<&CardId, Hit> = if cards > 4 {
        let mut index = HashMap::with_capacity(map.card_count());
        for (persona, p) in map.personas.iter().enumerate() {
            for (lane, l) in p.lanes.iter().enumerate() {
                for (card, c) in l.cards.iter().enumerate() {
                    index.insert(
                        &c.id,
                        Hit::Card {
                            persona,
                            lane,
                            card,
                        },
                    );
                }
            }
        }
        index
    } else {
        HashMap::new()
    };
    selection
        .iter()
        .map(|s| match s {
            Selection::Card(id) if !index.is_empty() => index.get(id).copied(),
            other => other.to_hit(map),
        })
        .collect()
}
