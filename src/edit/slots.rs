//! Reaching into a map's lists for an edit: the element at an index, or the place for one, and
//! the message when it is no longer there (the map changed under an old edit). Used by
//! [`super::Edit::apply`] only.

use super::EditError;
use crate::model::{Lane, LaneAt, Map};

/// What an edit reaches for, for the message when it is not there.
#[derive(Clone, Copy)]
pub(super) enum Element {
    Stage,
    Persona,
    Lane,
    Card,
    Point,
    PlaceForStage,
    PlaceForPersona,
    PlaceForLane,
    PlaceForCard,
    PlaceForPoint,
}

pub(super) fn missing(what: Element) -> EditError {
    use crate::t;
    EditError(match what {
        Element::Stage => t!("edit-gone-stage"),
        Element::Persona => t!("edit-gone-persona"),
        Element::Lane => t!("edit-gone-lane"),
        Element::Card => t!("edit-gone-card"),
        Element::Point => t!("edit-gone-point"),
        Element::PlaceForStage => t!("edit-gone-place-stage"),
        Element::PlaceForPersona => t!("edit-gone-place-persona"),
        Element::PlaceForLane => t!("edit-gone-place-lane"),
        Element::PlaceForCard => t!("edit-gone-place-card"),
        Element::PlaceForPoint => t!("edit-gone-place-point"),
    })
}

pub(super) fn lane_mut(map: &mut Map, at: LaneAt) -> Result<&mut Lane, EditError> {
    map.personas
        .get_mut(at.persona)
        .and_then(|p| p.lanes.get_mut(at.lane))
        .ok_or_else(|| missing(Element::Lane))
}

pub(super) fn lanes_mut(map: &mut Map, at: LaneAt) -> Result<&mut Vec<Lane>, EditError> {
    map.personas
        .get_mut(at.persona)
        .map(|p| &mut p.lanes)
        .ok_or_else(|| missing(Element::Persona))
}

pub(super) fn insert<T>(
    items: &mut Vec<T>,
    index: usize,
    item: T,
    what: Element,
) -> Result<(), EditError> {
    if index > items.len() {
        return Err(missing(what));
    }
    items.insert(index, item);
    Ok(())
}

pub(super) fn remove<T>(items: &mut Vec<T>, index: usize, what: Element) -> Result<T, EditError> {
    if index >= items.len() {
        return Err(missing(what));
    }
    Ok(items.remove(index))
}

pub(super) fn replace<T>(
    items: &mut [T],
    index: usize,
    item: T,
    what: Element,
) -> Result<T, EditError> {
    let slot = items.get_mut(index).ok_or_else(|| missing(what))?;
    Ok(std::mem::replace(slot, item))
}

pub(super) fn move_item<T>(
    items: &mut Vec<T>,
    from: usize,
    to: usize,
    what: Element,
) -> Result<(), EditError> {
    if from >= items.len() || to >= items.len() {
        return Err(missing(what));
    }
    let item = items.remove(from);
    items.insert(to, item);
    Ok(())
}
