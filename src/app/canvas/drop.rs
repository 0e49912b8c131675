//! Drag and drop on the canvas: what is being dragged, where it would land (through
//! `layout::drop_target`) and the edit a drop makes.
//!
//! Theory of operation: a drag starts on a palette tile or on the canvas (cards, stage headers,
//! persona headers, lane titles, emotion faces). Each frame the pointer's position in map units
//! gives a [`DropTarget`] through the layout; `None` means the drop is not possible there and
//! the cursor says so. Releasing applies one edit: one undo step.

use egui::Pos2;

use super::CanvasFrame;
use crate::app::messages::{Selection, Tile};
use crate::edit::{Edit, LaneAt, ops};
use crate::layout::{Dragged, DropTarget, MapLayout, drop_target};
use crate::model::{CardId, CardKind, Map, StageId};
use crate::t;

/// What is being dragged.
#[derive(Clone, Debug, PartialEq)]
pub enum DragItem {
    /// A palette tile.
    Tile(Tile),
    /// These cards, in this order.
    Cards(Vec<CardId>),
    /// The stage at this index.
    Stage(usize),
    /// The persona at this index.
    Persona(usize),
    /// The lane at this place.
    Lane(LaneAt),
    /// The emotion point of this stage in this lane.
    Point(LaneAt, StageId),
}

/// The drag in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    /// What is dragged.
    pub item: DragItem,
    /// Where it would land now.
    pub target: Option<DropTarget>,
    /// The pointer's last position in map units over the canvas.
    pub pos_in_map: Option<Pos2>,
}

impl Drag {
    /// A drag of `item` that has not been over the canvas yet.
    #[must_use]
    pub fn new(item: DragItem) -> Self {
        Self {
            item,
            target: None,
            pos_in_map: None,
        }
    }
}

impl DragItem {
    /// What the layout needs to know of the dragged thing to say where it may land; `None`
    /// for an emotion point whose stage is gone.
    fn dragged<'a>(&'a self, map: &Map, layout: &MapLayout) -> Option<Dragged<'a>> {
        Some(match self {
            DragItem::Tile(Tile::Stage) | DragItem::Stage(_) => Dragged::Stage,
            DragItem::Tile(Tile::Persona) | DragItem::Persona(_) => Dragged::Persona,
            DragItem::Tile(Tile::Lane(_)) | DragItem::Lane(_) => Dragged::Lane,
            DragItem::Tile(Tile::Card(_)) => Dragged::NewCard,
            DragItem::Cards(cards) => Dragged::Cards(cards),
            DragItem::Tile(Tile::Emotion) => Dragged::Emotion,
            DragItem::Point(at, stage) => {
                Dragged::Point(*at, layout.column_of(map.stage_index(stage)?)?)
            }
        })
    }

    /// The cards being moved, left out of the stacks a drop counts places in.
    pub(super) fn cards(&self) -> &[CardId] {
        match self {
            DragItem::Cards(cards) => cards,
            _ => &[],
        }
    }
}

/// Where `item` would land with the pointer at `pos` (map units).
pub(super) fn target_under(item: &DragItem, frame: &CanvasFrame, pos: Pos2) -> Option<DropTarget> {
    let dragged = item.dragged(frame.map, &frame.layout)?;
    drop_target(&frame.layout, frame.map, dragged, pos)
}

/// What a drop makes: the edit, the selection after it, and a card whose text to type.
pub struct DropResult {
    /// The change.
    pub edit: Edit,
    /// What to select afterwards.
    pub select: Vec<Selection>,
    /// A new card to open for typing.
    pub type_into: Option<CardId>,
}

/// The edit for dropping `item` on `target`, if the drop changes anything.
pub(super) fn drop_edit(
    item: &DragItem,
    target: DropTarget,
    frame: &CanvasFrame,
) -> Option<DropResult> {
    let map = frame.map;
    let stage_of = |column: usize| map.stages[frame.layout.columns[column].stage].id.clone();
    match (item, target) {
        (
            DragItem::Tile(Tile::Card(kind)),
            DropTarget::Cell {
                at,
                column,
                position,
            },
        ) => new_card(map, *kind, at, &stage_of(column), position),
        (
            DragItem::Cards(cards),
            DropTarget::Cell {
                at,
                column,
                position,
            },
        ) => {
            let edit = ops::move_cards(map, cards, at, &stage_of(column), position)?;
            DropResult::of(edit, cards.iter().cloned().map(Selection::Card).collect())
        }
        (DragItem::Tile(Tile::Stage), DropTarget::StageGap(gap)) => {
            let (edit, id) = ops::add_stage(map, gap);
            DropResult::of(edit, vec![Selection::Stage(id)])
        }
        (DragItem::Stage(from), DropTarget::StageGap(gap)) => {
            let to = index_after_move(*from, gap);
            let select = vec![Selection::Stage(map.stages[*from].id.clone())];
            (to != *from).then(|| DropResult::of(Edit::MoveStage(*from, to), select))?
        }
        (DragItem::Tile(Tile::Persona), DropTarget::PersonaGap(gap)) => {
            let (edit, id) = ops::add_persona(map, gap);
            DropResult::of(edit, vec![Selection::Persona(id)])
        }
        (DragItem::Persona(from), DropTarget::PersonaGap(gap)) => {
            let to = index_after_move(*from, gap);
            let select = vec![Selection::Persona(map.personas[*from].id.clone())];
            (to != *from).then(|| DropResult::of(Edit::MovePersona(*from, to), select))?
        }
        (DragItem::Tile(Tile::Lane(kind)), DropTarget::LaneGap { persona, index }) => {
            let (edit, id) = ops::add_lane(map, persona, index, *kind)?;
            DropResult::of(edit, vec![Selection::Lane(id)])
        }
        (DragItem::Lane(from), DropTarget::LaneGap { persona, index }) => {
            move_lane(map, *from, persona, index)
        }
        (
            DragItem::Tile(Tile::Emotion) | DragItem::Point(..),
            DropTarget::Emotion { at, column, value },
        ) => set_emotion(map, at, &stage_of(column), value),
        _ => None,
    }
}

impl DropResult {
    /// An edit that selects `select`, opening nothing for typing.
    #[allow(clippy::unnecessary_wraps)] // What every arm of `drop_edit` gives.
    fn of(edit: Edit, select: Vec<Selection>) -> Option<Self> {
        Some(Self {
            edit,
            select,
            type_into: None,
        })
    }
}

/// Sets the emotion of `stage` in lane `at` to `value`, unless it is that already.
fn set_emotion(map: &Map, at: LaneAt, stage: &StageId, value: i32) -> Option<DropResult> {
    let lane = map.lane_at(at)?;
    if lane
        .points
        .iter()
        .any(|p| &p.stage == stage && p.value == value)
    {
        return None;
    }
    let edit = ops::set_point_value(map, at, stage, value)?;
    DropResult::of(edit, vec![Selection::Point(lane.id.clone(), stage.clone())])
}

/// A new card of `kind` in the cell (`at`, `stage`), at `position` in its stack, open for
/// typing.
fn new_card(
    map: &Map,
    kind: CardKind,
    at: LaneAt,
    stage: &StageId,
    position: usize,
) -> Option<DropResult> {
    let (edit, id) = ops::new_card(map, at, stage, Some(kind))?;
    Some(DropResult {
        edit: place_new_card(map, edit, at, stage, position),
        select: vec![Selection::Card(id.clone())],
        type_into: Some(id),
    })
}

/// Moves a new card (inserted last in its cell by `edit`) to `position` in the cell.
fn place_new_card(map: &Map, edit: Edit, at: LaneAt, stage: &StageId, position: usize) -> Edit {
    let Edit::InsertCard(_, _, card) = edit else {
        return edit;
    };
    let Some(lane) = map.lane_at(at) else {
        return Edit::InsertCard(at, 0, card);
    };
    let in_cell: Vec<usize> = lane
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| &c.stage == stage)
        .map(|(i, _)| i)
        .collect();
    let index = in_cell
        .get(position)
        .copied()
        .unwrap_or_else(|| in_cell.last().map_or(lane.cards.len(), |&i| i + 1));
    Edit::InsertCard(at, index, card)
}

/// Where an item at `from` ends up when dropped in the gap `gap` of its own list (the gaps count
/// the item itself, which leaves its place first).
fn index_after_move(from: usize, gap: usize) -> usize {
    if gap > from { gap - 1 } else { gap }
}

fn move_lane(map: &Map, from: LaneAt, persona: usize, gap: usize) -> Option<DropResult> {
    let lane = map.lane_at(from)?.clone();
    let index = if persona == from.persona {
        index_after_move(from.lane, gap)
    } else {
        gap
    };
    if persona == from.persona && index == from.lane {
        return None;
    }
    let id = lane.id.clone();
    let edit = Edit::Batch(vec![
        Edit::RemoveLane(from),
        Edit::InsertLane(
            LaneAt {
                persona,
                lane: index,
            },
            lane,
        ),
    ]);
    DropResult::of(edit, vec![Selection::Lane(id)])
}

/// What a drag is called next to the pointer.
#[must_use]
pub fn drag_label(item: &DragItem) -> String {
    match item {
        DragItem::Tile(tile) => tile.label(),
        DragItem::Cards(cards) => t!("drag-cards", count = cards.len()),
        DragItem::Stage(_) => t!("drag-stage"),
        DragItem::Persona(_) => t!("drag-persona"),
        DragItem::Lane(_) => t!("drag-lane"),
        DragItem::Point(..) => t!("drag-point"),
    }
}

/// Where a drag would land, in words (the canvas's accessible value while dragging).
#[must_use]
pub fn describe_drop(frame: &CanvasFrame, drag: &Drag) -> String {
    let (map, layout) = (frame.map, &frame.layout);
    let what = drag_label(&drag.item);
    let Some(target) = drag.target else {
        return t!("drop-nowhere", what = what);
    };
    let stage_name = |column: usize| {
        layout
            .columns
            .get(column)
            .and_then(|c| map.stages.get(c.stage))
            .map_or("", |s| s.name.as_str())
    };
    let lane_name = |at: LaneAt| {
        map.lane_at(at).map_or_else(String::new, |lane| {
            let persona = &map.personas[at.persona].name;
            t!(
                "drop-lane-of",
                lane = lane.display_title(),
                persona = persona
            )
        })
    };
    let place = match target {
        DropTarget::Cell {
            at,
            column,
            position,
        } => t!(
            "drop-cell",
            lane = lane_name(at),
            stage = stage_name(column),
            position = position + 1
        ),
        DropTarget::StageGap(0) => t!("drop-first-stage"),
        DropTarget::StageGap(gap) => t!("drop-after-stage", stage = stage_name(gap - 1)),
        DropTarget::PersonaGap(0) => t!("drop-first-persona"),
        DropTarget::PersonaGap(gap) => {
            t!("drop-after-persona", persona = &map.personas[gap - 1].name)
        }
        DropTarget::LaneGap { persona, index } => t!(
            "drop-lane-gap",
            persona = &map.personas[persona].name,
            position = index + 1
        ),
        DropTarget::Emotion { at, column, value } => t!(
            "drop-emotion",
            lane = lane_name(at),
            stage = stage_name(column),
            value = crate::paint::level_text(value)
        ),
    };
    t!("drop-where", what = what, place = place)
}
