//! What the user selected, by id, so that a selection survives edits that move indices.

use std::collections::{HashMap, HashSet};

use crate::layout::Hit;
use crate::model::{CardId, LaneId, Map, PersonaId, StageId};

/// The selected element.
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
    /// The selection for what was hit, if it is selectable.
    #[must_use]
    pub fn from_hit(map: &Map, hit: Hit) -> Option<Self> {
        Some(match hit {
            Hit::StageHeader { stage } => Self::Stage(map.stages.get(stage)?.id.clone()),
            Hit::PersonaHeader { persona } => Self::Persona(map.personas.get(persona)?.id.clone()),
            Hit::LaneTitle { persona, lane } => {
                Self::Lane(map.personas.get(persona)?.lanes.get(lane)?.id.clone())
            }
            Hit::Card {
                persona,
                lane,
                card,
            } => Self::Card(
                map.personas
                    .get(persona)?
                    .lanes
                    .get(lane)?
                    .cards
                    .get(card)?
                    .id
                    .clone(),
            ),
            Hit::Point {
                persona,
                lane,
                point,
            } => {
                let lane = map.personas.get(persona)?.lanes.get(lane)?;
                Self::Point(lane.id.clone(), lane.points.get(point)?.stage.clone())
            }
            Hit::Cell {
                persona,
                lane,
                stage,
            } => Self::Cell(
                map.personas.get(persona)?.lanes.get(lane)?.id.clone(),
                map.stages.get(stage)?.id.clone(),
            ),
        })
    }

    /// Where the selected element is now, if it still exists.
    #[must_use]
    pub fn to_hit(&self, map: &Map) -> Option<Hit> {
        match self {
            Self::Stage(id) => map
                .stages
                .iter()
                .position(|s| &s.id == id)
                .map(|stage| Hit::StageHeader { stage }),
            Self::Persona(id) => map
                .personas
                .iter()
                .position(|p| &p.id == id)
                .map(|persona| Hit::PersonaHeader { persona }),
            Self::Lane(id) => {
                find_lane(map, id).map(|(persona, lane)| Hit::LaneTitle { persona, lane })
            }
            Self::Card(id) => map.personas.iter().enumerate().find_map(|(persona, p)| {
                p.lanes.iter().enumerate().find_map(|(lane, l)| {
                    l.cards
                        .iter()
                        .position(|c| &c.id == id)
                        .map(|card| Hit::Card {
                            persona,
                            lane,
                            card,
                        })
                })
            }),
            Self::Cell(lane_id, stage) => {
                let (persona, lane) = find_lane(map, lane_id)?;
                let stage = map.stages.iter().position(|s| &s.id == stage)?;
                Some(Hit::Cell {
                    persona,
                    lane,
                    stage,
                })
            }
            Self::Point(lane_id, stage) => {
                let (persona, lane) = find_lane(map, lane_id)?;
                let point = map.personas[persona].lanes[lane]
                    .points
                    .iter()
                    .position(|p| &p.stage == stage)?;
                Some(Hit::Point {
                    persona,
                    lane,
                    point,
                })
            }
        }
    }
}

/// The lane and its place, for a lane id.
#[must_use]
pub fn find_lane(map: &Map, id: &LaneId) -> Option<(usize, usize)> {
    map.personas.iter().enumerate().find_map(|(persona, p)| {
        p.lanes
            .iter()
            .position(|l| &l.id == id)
            .map(|lane| (persona, lane))
    })
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
    let cards = selection
        .iter()
        .filter(|s| matches!(s, Selection::Card(_)))
        .count();
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
