//! Drag and drop on the canvas: what is being dragged, where it would land, and the edit a drop
//! makes.
//!
//! Theory of operation: a drag starts on a palette tile or on the canvas (cards, stage headers,
//! persona headers, lane titles, emotion faces). Each frame the pointer's position in map units
//! gives a [`DropTarget`] through the layout (a cell and a place in its stack, a gap between
//! stages, personas or lanes, or a value in an emotion lane); `None` means the drop is not
//! possible there and the cursor says so. Releasing applies one edit: one undo step.

use egui::{Pos2, Rangef};

use super::Selection;
use crate::edit::{Edit, LaneAt, ops};
use crate::layout::{EMOTION_MARGIN, GUTTER_WIDTH, MapLayout};
use crate::model::{CardId, CardKind, LaneKind, Map, StageId};

/// A palette tile: something new to drop on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteItem {
    /// A new stage, dropped between two stage headers.
    Stage,
    /// A new persona, dropped between two bands.
    Persona,
    /// A new lane of this kind, dropped in a persona's band.
    Lane(LaneKind),
    /// A new card of this kind, dropped on a cell.
    Card(CardKind),
    /// An emotion value, dropped in an emotion lane's cell.
    Emotion,
}

impl PaletteItem {
    /// The tile's name, also its accessible name.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            PaletteItem::Stage => "Stage".to_owned(),
            PaletteItem::Persona => "Persona".to_owned(),
            PaletteItem::Lane(kind) => format!("{} lane", kind.display_name()),
            PaletteItem::Card(kind) => format!("{} card", kind.display_name()),
            PaletteItem::Emotion => "Emotion point".to_owned(),
        }
    }
}

/// What is being dragged.
#[derive(Clone, Debug, PartialEq)]
pub enum DragItem {
    /// A palette tile.
    Palette(PaletteItem),
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

/// Where a drop would land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropTarget {
    /// A cell, before its `position`-th card (not counting dragged cards).
    Cell {
        /// The lane.
        at: LaneAt,
        /// The column.
        column: usize,
        /// The place in the cell's stack.
        position: usize,
    },
    /// Before the stage at this index (or after the last).
    StageGap(usize),
    /// Before the persona at this index (or after the last).
    PersonaGap(usize),
    /// Before lane `index` of persona `persona` (or after its last).
    LaneGap {
        /// The persona's index.
        persona: usize,
        /// The lane's index.
        index: usize,
    },
    /// A value in an emotion lane's cell.
    Emotion {
        /// The lane.
        at: LaneAt,
        /// The column.
        column: usize,
        /// The value, on the map's scale.
        value: i32,
    },
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

/// The band and row under `y`, if any.
fn row_at(layout: &MapLayout, y: f32) -> Option<(usize, usize)> {
    let band = layout.bands_in(Rangef::point(y)).next()?;
    let row = layout.rows_in(band, Rangef::point(y)).next()?;
    Some((band, row))
}

/// The value of an emotion lane at height `y` of its row.
#[must_use]
pub fn emotion_value_at(map: &Map, row: Rangef, y: f32) -> i32 {
    let scale = map.emotion_scale;
    let usable = (row.max - row.min - 2.0 * EMOTION_MARGIN).max(1.0);
    let t = ((row.max - EMOTION_MARGIN - y) / usable).clamp(0.0, 1.0);
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)] // Within -10..=10.
    let value = (scale.min as f32 + t * (scale.max - scale.min) as f32).round() as i32;
    value.clamp(scale.min, scale.max)
}

/// Where `item` would land with the pointer at `pos` (map units).
#[must_use]
pub fn drop_target(
    item: &DragItem,
    layout: &MapLayout,
    map: &Map,
    pos: Pos2,
) -> Option<DropTarget> {
    match item {
        DragItem::Palette(PaletteItem::Stage) | DragItem::Stage(_) => stage_gap(layout, pos),
        DragItem::Palette(PaletteItem::Persona) | DragItem::Persona(_) => {
            Some(persona_gap(layout, pos.y))
        }
        DragItem::Palette(PaletteItem::Lane(_)) | DragItem::Lane(_) => lane_gap(layout, pos.y),
        DragItem::Palette(PaletteItem::Card(_)) => cell(layout, map, pos, &[]),
        DragItem::Cards(cards) => cell(layout, map, pos, cards),
        DragItem::Palette(PaletteItem::Emotion) => emotion(layout, map, pos),
        DragItem::Point(at, stage) => {
            let target = emotion(layout, map, pos)?;
            let stage_index = map.stages.iter().position(|s| &s.id == stage)?;
            let column = layout.columns.iter().position(|c| c.stage == stage_index)?;
            match target {
                DropTarget::Emotion {
                    at: lane, value, ..
                } if lane == *at => Some(DropTarget::Emotion {
                    at: lane,
                    column,
                    value,
                }),
                _ => None,
            }
        }
    }
}

fn stage_gap(layout: &MapLayout, pos: Pos2) -> Option<DropTarget> {
    if pos.y > layout.header_height || pos.x < GUTTER_WIDTH - 20.0 {
        return None;
    }
    let gap = layout
        .columns
        .iter()
        .filter(|c| c.x.center() < pos.x)
        .count();
    Some(DropTarget::StageGap(gap))
}

fn persona_gap(layout: &MapLayout, y: f32) -> DropTarget {
    DropTarget::PersonaGap(layout.bands.iter().filter(|b| b.y.center() < y).count())
}

fn lane_gap(layout: &MapLayout, y: f32) -> Option<DropTarget> {
    let band = layout.bands_in(Rangef::point(y)).next()?;
    let band_layout = &layout.bands[band];
    if band_layout.collapsed {
        return None;
    }
    let index = band_layout.rows.iter().filter(|r| r.y.center() < y).count();
    Some(DropTarget::LaneGap {
        persona: band_layout.persona,
        index,
    })
}

fn cell(layout: &MapLayout, map: &Map, pos: Pos2, dragged: &[CardId]) -> Option<DropTarget> {
    let (band, row) = row_at(layout, pos.y)?;
    let row_layout = &layout.bands[band].rows[row];
    if row_layout.emotions || row_layout.collapsed {
        return None;
    }
    let column = layout.column_at(pos.x)?;
    let at = LaneAt {
        persona: layout.bands[band].persona,
        lane: row_layout.lane,
    };
    let lane = &map.personas[at.persona].lanes[at.lane];
    let position = layout.cards[row_layout.cells[column].clone()]
        .iter()
        .filter(|b| !dragged.contains(&lane.cards[b.card].id))
        .filter(|b| b.rect.center().y < pos.y)
        .count();
    Some(DropTarget::Cell {
        at,
        column,
        position,
    })
}

fn emotion(layout: &MapLayout, map: &Map, pos: Pos2) -> Option<DropTarget> {
    let (band, row) = row_at(layout, pos.y)?;
    let row_layout = &layout.bands[band].rows[row];
    if !row_layout.emotions || row_layout.collapsed {
        return None;
    }
    let column = layout.column_at(pos.x)?;
    let at = LaneAt {
        persona: layout.bands[band].persona,
        lane: row_layout.lane,
    };
    Some(DropTarget::Emotion {
        at,
        column,
        value: emotion_value_at(map, row_layout.y, pos.y),
    })
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
#[must_use]
pub fn drop_edit(
    item: &DragItem,
    target: DropTarget,
    map: &Map,
    layout: &MapLayout,
) -> Option<DropResult> {
    let stage_of = |column: usize| map.stages[layout.columns[column].stage].id.clone();
    let plain = |edit: Edit, select: Vec<Selection>| {
        Some(DropResult {
            edit,
            select,
            type_into: None,
        })
    };
    match (item, target) {
        (
            DragItem::Palette(PaletteItem::Card(kind)),
            DropTarget::Cell {
                at,
                column,
                position,
            },
        ) => {
            let (edit, id) = ops::new_card(map, at, &stage_of(column), Some(*kind))?;
            let edit = place_new_card(map, edit, at, &stage_of(column), position);
            Some(DropResult {
                edit,
                select: vec![Selection::Card(id.clone())],
                type_into: Some(id),
            })
        }
        (
            DragItem::Cards(cards),
            DropTarget::Cell {
                at,
                column,
                position,
            },
        ) => {
            let edit = ops::move_cards(map, cards, at, &stage_of(column), position)?;
            plain(edit, cards.iter().cloned().map(Selection::Card).collect())
        }
        (DragItem::Palette(PaletteItem::Stage), DropTarget::StageGap(gap)) => {
            let (edit, id) = ops::add_stage(map, gap);
            plain(edit, vec![Selection::Stage(id)])
        }
        (DragItem::Stage(from), DropTarget::StageGap(gap)) => {
            let to = index_after_move(*from, gap);
            (to != *from)
                .then_some(Edit::MoveStage(*from, to))
                .and_then(|e| plain(e, vec![Selection::Stage(map.stages[*from].id.clone())]))
        }
        (DragItem::Palette(PaletteItem::Persona), DropTarget::PersonaGap(gap)) => {
            let (edit, id) = ops::add_persona(map, gap);
            plain(edit, vec![Selection::Persona(id)])
        }
        (DragItem::Persona(from), DropTarget::PersonaGap(gap)) => {
            let to = index_after_move(*from, gap);
            (to != *from)
                .then_some(Edit::MovePersona(*from, to))
                .and_then(|e| plain(e, vec![Selection::Persona(map.personas[*from].id.clone())]))
        }
        (DragItem::Palette(PaletteItem::Lane(kind)), DropTarget::LaneGap { persona, index }) => {
            let (edit, id) = ops::add_lane(map, persona, index, *kind)?;
            plain(edit, vec![Selection::Lane(id)])
        }
        (DragItem::Lane(from), DropTarget::LaneGap { persona, index }) => {
            move_lane(map, *from, persona, index)
        }
        (
            DragItem::Palette(PaletteItem::Emotion) | DragItem::Point(..),
            DropTarget::Emotion { at, column, value },
        ) => {
            let stage = stage_of(column);
            let lane = ops::lane_at(map, at)?;
            if lane
                .points
                .iter()
                .any(|p| p.stage == stage && p.value == value)
            {
                return None;
            }
            let edit = ops::set_point_value(map, at, &stage, value)?;
            plain(edit, vec![Selection::Point(lane.id.clone(), stage)])
        }
        _ => None,
    }
}

/// Moves a new card (inserted last in its cell by `edit`) to `position` in the cell.
fn place_new_card(map: &Map, edit: Edit, at: LaneAt, stage: &StageId, position: usize) -> Edit {
    let Edit::InsertCard(_, _, card) = edit else {
        return edit;
    };
    let Some(lane) = ops::lane_at(map, at) else {
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
    let lane = ops::lane_at(map, from)?.clone();
    let index = if persona == from.persona {
        index_after_move(from.lane, gap)
    } else {
        gap
    };
    if persona == from.persona && index == from.lane {
        return None;
    }
    let edit = Edit::Batch(vec![
        Edit::RemoveLane(from),
        Edit::InsertLane(
            LaneAt {
                persona,
                lane: index,
            },
            lane.clone(),
        ),
    ]);
    Some(DropResult {
        edit,
        select: vec![Selection::Lane(lane.id)],
        type_into: None,
    })
}
