//! Every change a user can make to a map, and how it applies.
//!
//! Theory of operation: an [`Edit`] addresses elements by index and applies to a [`Map`],
//! returning its exact inverse (the edit that undoes it), so the history stores small inverse
//! edits rather than copies of the map. A gesture that changes several things (moving five cards,
//! deleting a stage with its cards) is one [`Edit::Batch`], hence one undo step. An edit that does
//! not fit the map (an index out of range) is refused with an [`EditError`] and changes nothing.

pub mod ops;
mod slots;

use crate::model::{
    Card, EmotionPoint, EmotionScale, Lane, LaneKind, Map, Persona, Stage, StageId,
};
use slots::{Element, insert, lane_mut, lanes_mut, missing, move_item, remove, replace};

/// A persona's own fields, without its lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaInfo {
    /// The persona's name.
    pub name: String,
    /// Who they are.
    pub description: String,
    /// Something they said.
    pub quote: String,
    /// What they want.
    pub goals: Vec<String>,
    /// Their colour.
    pub color: Option<crate::model::Color>,
    /// Their photo (base64 PNG).
    pub avatar: Option<String>,
}

impl PersonaInfo {
    /// The info of `persona`.
    #[must_use]
    pub fn of(persona: &Persona) -> Self {
        Self {
            name: persona.name.clone(),
            description: persona.description.clone(),
            quote: persona.quote.clone(),
            goals: persona.goals.clone(),
            color: persona.color.clone(),
            avatar: persona.avatar.clone(),
        }
    }
}

/// The map's own fields.
#[derive(Clone, Debug, PartialEq)]
pub struct MapInfo {
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The emotion scale.
    pub emotion_scale: EmotionScale,
    /// The stage metric the funnel counts, if any.
    pub funnel: Option<String>,
}

impl MapInfo {
    /// The info of `map`.
    #[must_use]
    pub fn of(map: &Map) -> Self {
        Self {
            title: map.title.clone(),
            description: map.description.clone(),
            emotion_scale: map.emotion_scale,
            funnel: map.funnel.clone(),
        }
    }
}

pub use crate::model::{CardAt, LaneAt};

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replaces the map's title, description and emotion scale.
    SetMapInfo(MapInfo),
    /// Inserts a stage at an index.
    InsertStage(usize, Stage),
    /// Removes the stage at an index (its cards and points must be gone first).
    RemoveStage(usize),
    /// Moves a stage from one index to another.
    MoveStage(usize, usize),
    /// Replaces a stage's fields; its id must stay the same.
    SetStage(usize, Stage),
    /// Inserts a persona at an index.
    InsertPersona(usize, Persona),
    /// Removes the persona at an index.
    RemovePersona(usize),
    /// Moves a persona from one index to another.
    MovePersona(usize, usize),
    /// Replaces a persona's own fields.
    SetPersonaInfo(usize, PersonaInfo),
    /// Inserts a lane.
    InsertLane(LaneAt, Lane),
    /// Removes a lane.
    RemoveLane(LaneAt),
    /// Replaces a lane's title and kind (its cards and points stay).
    SetLaneInfo(LaneAt, Option<String>, LaneKind),
    /// Inserts a card at an index of a lane's list.
    InsertCard(LaneAt, usize, Card),
    /// Removes the card at an index of a lane's list.
    RemoveCard(LaneAt, usize),
    /// Replaces a card.
    SetCard(LaneAt, usize, Card),
    /// Sets (or with `None` removes) the emotion point of a stage in a lane; a new point goes
    /// in stage order.
    SetPoint(LaneAt, StageId, Option<EmotionPoint>),
    /// Inserts an emotion point at an index of a lane's list.
    InsertPoint(LaneAt, usize, EmotionPoint),
    /// Removes the emotion point at an index of a lane's list.
    RemovePoint(LaneAt, usize),
    /// Several edits in order, applied and undone as one.
    Batch(Vec<Edit>),
    /// Replaces the whole map (a previous version opened over it).
    ReplaceMap(Box<Map>),
}

/// Why an edit could not apply; the map is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError(pub String);

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("edit-failed", why = &self.0))
    }
}

impl std::error::Error for EditError {}

/// After a stage changed or went: when no stage has the funnel's metric any more, the funnel
/// goes too (a file naming a metric no stage has would not open again); `inverse` then also
/// brings it back.
fn keep_funnel(map: &mut Map, inverse: Edit) -> Edit {
    let Some(name) = map.funnel.as_deref() else {
        return inverse;
    };
    let measured = map
        .stages
        .iter()
        .any(|stage| stage.metrics.iter().any(|m| m.name == name));
    if measured {
        return inverse;
    }
    let info = MapInfo {
        funnel: None,
        ..MapInfo::of(map)
    };
    let restore = set_map_info(map, info);
    Edit::Batch(vec![restore, inverse])
}

fn set_map_info(map: &mut Map, info: MapInfo) -> Edit {
    let old = MapInfo::of(map);
    map.title = info.title;
    map.description = info.description;
    map.emotion_scale = info.emotion_scale;
    map.funnel = info.funnel;
    // A funnel needs format version 2; without one the map is version 1 again.
    map.version = crate::model::required_version(map);
    Edit::SetMapInfo(old)
}

fn set_persona_info(map: &mut Map, index: usize, info: PersonaInfo) -> Result<Edit, EditError> {
    let persona = map
        .personas
        .get_mut(index)
        .ok_or_else(|| missing(Element::Persona))?;
    let old = PersonaInfo::of(persona);
    persona.name = info.name;
    persona.description = info.description;
    persona.quote = info.quote;
    persona.goals = info.goals;
    persona.color = info.color;
    persona.avatar = info.avatar;
    Ok(Edit::SetPersonaInfo(index, old))
}

fn set_lane_info(
    map: &mut Map,
    at: LaneAt,
    title: Option<String>,
    kind: LaneKind,
) -> Result<Edit, EditError> {
    let lane = lane_mut(map, at)?;
    let old = Edit::SetLaneInfo(at, lane.title.take(), lane.kind);
    lane.title = title;
    lane.kind = kind;
    Ok(old)
}

impl Edit {
    /// Applies the edit and returns its inverse; on error the map is unchanged.
    pub fn apply(self, map: &mut Map) -> Result<Edit, EditError> {
        match self {
            Edit::SetMapInfo(info) => Ok(set_map_info(map, info)),
            Edit::InsertStage(index, stage) => {
                insert(&mut map.stages, index, stage, Element::PlaceForStage)?;
                Ok(Edit::RemoveStage(index))
            }
            Edit::RemoveStage(index) => remove(&mut map.stages, index, Element::Stage)
                .map(|s| keep_funnel(map, Edit::InsertStage(index, s))),
            Edit::MoveStage(from, to) => {
                move_item(&mut map.stages, from, to, Element::Stage)?;
                Ok(Edit::MoveStage(to, from))
            }
            Edit::SetStage(index, stage) => replace(&mut map.stages, index, stage, Element::Stage)
                .map(|s| keep_funnel(map, Edit::SetStage(index, s))),
            Edit::InsertPersona(index, persona) => {
                insert(&mut map.personas, index, persona, Element::PlaceForPersona)?;
                Ok(Edit::RemovePersona(index))
            }
            Edit::RemovePersona(index) => remove(&mut map.personas, index, Element::Persona)
                .map(|p| Edit::InsertPersona(index, p)),
            Edit::MovePersona(from, to) => {
                move_item(&mut map.personas, from, to, Element::Persona)?;
                Ok(Edit::MovePersona(to, from))
            }
            Edit::SetPersonaInfo(index, info) => set_persona_info(map, index, info),
            Edit::InsertLane(at, lane) => {
                insert(lanes_mut(map, at)?, at.lane, lane, Element::PlaceForLane)?;
                Ok(Edit::RemoveLane(at))
            }
            Edit::RemoveLane(at) => {
                remove(lanes_mut(map, at)?, at.lane, Element::Lane).map(|l| Edit::InsertLane(at, l))
            }
            Edit::SetLaneInfo(at, title, kind) => set_lane_info(map, at, title, kind),
            Edit::InsertCard(at, index, card) => {
                insert(
                    &mut lane_mut(map, at)?.cards,
                    index,
                    card,
                    Element::PlaceForCard,
                )?;
                Ok(Edit::RemoveCard(at, index))
            }
            Edit::RemoveCard(at, index) => {
                remove(&mut lane_mut(map, at)?.cards, index, Element::Card)
                    .map(|c| Edit::InsertCard(at, index, c))
            }
            Edit::SetCard(at, index, card) => {
                replace(&mut lane_mut(map, at)?.cards, index, card, Element::Card)
                    .map(|c| Edit::SetCard(at, index, c))
            }
            Edit::SetPoint(at, stage, point) => set_point(map, at, &stage, point),
            Edit::InsertPoint(at, index, point) => {
                insert(
                    &mut lane_mut(map, at)?.points,
                    index,
                    point,
                    Element::PlaceForPoint,
                )?;
                Ok(Edit::RemovePoint(at, index))
            }
            Edit::RemovePoint(at, index) => {
                remove(&mut lane_mut(map, at)?.points, index, Element::Point)
                    .map(|p| Edit::InsertPoint(at, index, p))
            }
            Edit::Batch(edits) => apply_batch(map, edits),
            Edit::ReplaceMap(new) => Ok(Edit::ReplaceMap(Box::new(std::mem::replace(map, *new)))),
        }
    }

    /// A rough count of the bytes this edit holds, to bound the history's memory.
    #[must_use]
    pub fn weight(&self) -> usize {
        let text = |s: &str| s.len() + 24;
        let card = |c: &Card| 160 + text(&c.text) + text(&c.detail);
        let lane = |l: &Lane| 96 + l.cards.iter().map(card).sum::<usize>() + 64 * l.points.len();
        match self {
            Edit::InsertStage(_, stage) | Edit::SetStage(_, stage) => {
                128 + text(&stage.name) + text(&stage.description) + 64 * stage.metrics.len()
            }
            Edit::InsertPersona(_, persona) => {
                256 + persona.avatar.as_deref().map_or(0, str::len)
                    + persona.lanes.iter().map(lane).sum::<usize>()
            }
            Edit::SetPersonaInfo(_, info) => 256 + info.avatar.as_deref().map_or(0, str::len),
            Edit::InsertLane(_, l) => lane(l),
            Edit::InsertCard(_, _, c) | Edit::SetCard(_, _, c) => card(c),
            Edit::SetMapInfo(info) => {
                64 + text(&info.title)
                    + text(&info.description)
                    + info.funnel.as_deref().map_or(0, text)
            }
            Edit::Batch(edits) => 24 + edits.iter().map(Edit::weight).sum::<usize>(),
            Edit::ReplaceMap(map) => {
                let stages: usize = map
                    .stages
                    .iter()
                    .map(|s| 128 + text(&s.name) + text(&s.description))
                    .sum();
                let personas: usize = map
                    .personas
                    .iter()
                    .map(|p| {
                        256 + p.avatar.as_deref().map_or(0, str::len)
                            + p.lanes.iter().map(lane).sum::<usize>()
                    })
                    .sum();
                128 + text(&map.title) + text(&map.description) + stages + personas
            }
            _ => 48,
        }
    }
}

/// Replaces, removes or adds (in stage order) the point of `stage` in the lane `at`.
fn set_point(
    map: &mut Map,
    at: LaneAt,
    stage: &StageId,
    point: Option<EmotionPoint>,
) -> Result<Edit, EditError> {
    let stage_order: Vec<StageId> = map.stages.iter().map(|s| s.id.clone()).collect();
    let lane = lane_mut(map, at)?;
    let existing = lane.points.iter().position(|p| &p.stage == stage);
    match (existing, point) {
        (Some(index), Some(point)) => {
            let old = std::mem::replace(&mut lane.points[index], point);
            Ok(Edit::SetPoint(at, stage.clone(), Some(old)))
        }
        (Some(index), None) => Ok(Edit::InsertPoint(at, index, lane.points.remove(index))),
        (None, Some(point)) => {
            let rank = |id: &StageId| {
                stage_order
                    .iter()
                    .position(|s| s == id)
                    .unwrap_or(usize::MAX)
            };
            let index = lane
                .points
                .iter()
                .filter(|p| rank(&p.stage) < rank(stage))
                .count();
            lane.points.insert(index, point);
            Ok(Edit::RemovePoint(at, index))
        }
        (None, None) => Ok(Edit::SetPoint(at, stage.clone(), None)),
    }
}

/// Applies edits in order; if one fails, undoes those already applied and reports the failure.
fn apply_batch(map: &mut Map, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(map) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse was produced by a successful apply on this very map state,
                    // so undoing in reverse order cannot fail.
                    let _undone = inverse.apply(map);
                }
                return Err(error);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}
