//! Where a dragged thing would land, and the mark that shows it.
//!
//! [`drop_target`] turns the pointer's position (map units) into a [`DropTarget`] for what is
//! being dragged ([`Dragged`]): a cell and a place in its stack, a gap between stages, personas
//! or lanes, or a value in an emotion lane; `None` where it cannot land. [`DropTarget::marker`]
//! says where the canvas draws the highlight for it. The canvas turns a target into an edit.

use egui::{Pos2, Rangef, Rect, pos2};

use super::{BAND_GAP, CARD_GAP, CELL_PADDING, GUTTER_WIDTH, MapLayout, Pinned, emotion_value_at};
use crate::model::{CardId, LaneAt, Map};

/// What is being dragged, as far as where it may land is concerned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dragged<'a> {
    /// A stage (new or moved): between two stage headers.
    Stage,
    /// A persona (new or moved): between two bands.
    Persona,
    /// A lane (new or moved): between two lanes of a band.
    Lane,
    /// A new card: on a cell of a card lane.
    NewCard,
    /// These cards, moved: on a cell of a card lane, placed among the others.
    Cards(&'a [CardId]),
    /// A new emotion value: in any emotion lane.
    Emotion,
    /// The emotion point of one lane and column: only up and down in its own cell.
    Point(LaneAt, usize),
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

/// The highlight of a drop target, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DropMarker {
    /// A cell tinted, with a line across it where the card would go.
    Cell {
        /// The cell.
        cell: Rect,
        /// The height of the insertion line.
        line_y: f32,
    },
    /// A line between two stages, across the header row.
    Vertical {
        /// Where the line is.
        x: f32,
        /// How far it reaches.
        y: Rangef,
    },
    /// A line between two bands or two lanes, across the map.
    Horizontal {
        /// Where the line is.
        y: f32,
        /// How far it reaches.
        x: Rangef,
    },
    /// An emotion value, shown where its point would sit.
    Emotion {
        /// Where the point would be.
        centre: Pos2,
        /// The value.
        value: i32,
    },
}

/// Where `dragged` would land with the pointer at `pos` (map units).
#[must_use]
pub fn drop_target(
    layout: &MapLayout,
    map: &Map,
    dragged: Dragged,
    pos: Pos2,
) -> Option<DropTarget> {
    match dragged {
        Dragged::Stage => stage_gap(layout, pos),
        Dragged::Persona => Some(persona_gap(layout, pos.y)),
        Dragged::Lane => lane_gap(layout, pos.y),
        Dragged::NewCard => cell(layout, map, pos, &[]),
        Dragged::Cards(cards) => cell(layout, map, pos, cards),
        Dragged::Emotion => emotion(layout, map, pos),
        Dragged::Point(lane, column) => match emotion(layout, map, pos)? {
            DropTarget::Emotion { at, value, .. } if at == lane => {
                Some(DropTarget::Emotion { at, column, value })
            }
            _ => None,
        },
    }
}

/// The band and row under `y`, if any.
fn row_at(layout: &MapLayout, y: f32) -> Option<(usize, usize)> {
    let band = layout.bands_in(Rangef::point(y)).next()?;
    let row = layout.rows_in(band, Rangef::point(y)).next()?;
    Some((band, row))
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
    let band = &layout.bands[layout.bands_in(Rangef::point(y)).next()?];
    if band.collapsed {
        return None;
    }
    let index = band.rows.iter().filter(|r| r.y.center() < y).count();
    Some(DropTarget::LaneGap {
        persona: band.persona,
        index,
    })
}

/// The cards of a cell, without those being dragged: the stack a drop counts places in.
fn stack<'a>(
    layout: &'a MapLayout,
    map: &'a Map,
    at: LaneAt,
    cell: std::ops::Range<usize>,
    dragged: &'a [CardId],
) -> impl Iterator<Item = Rect> + 'a {
    let lane = map.lane_at(at);
    layout.cards[cell]
        .iter()
        .filter(move |b| lane.is_none_or(|lane| !dragged.contains(&lane.cards[b.card].id)))
        .map(|b| b.rect)
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
    let position = stack(layout, map, at, row_layout.cells[column].clone(), dragged)
        .filter(|rect| rect.center().y < pos.y)
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
        value: emotion_value_at(row_layout.y, pos.y, map.emotion_scale),
    })
}

/// Where in a cell's stack a card would land: between the `above` and `below` card rects.
#[must_use]
pub fn insertion_y(cell: Rect, above: Option<Rect>, below: Option<Rect>) -> f32 {
    match (above, below) {
        (_, Some(below)) => below.min.y - CARD_GAP / 2.0,
        (Some(above), None) => above.max.y + CARD_GAP / 2.0,
        (None, None) => cell.min.y + CELL_PADDING / 2.0,
    }
}

impl DropTarget {
    /// Where the canvas shows this target, with the header row pinned as `pinned` says and
    /// `dragged` cards left out of the stacks; `None` if its place is not laid out (folded).
    #[must_use]
    pub fn marker(
        &self,
        layout: &MapLayout,
        map: &Map,
        pinned: Pinned,
        dragged: &[CardId],
    ) -> Option<DropMarker> {
        let across = Rangef::new(0.0, layout.size.x);
        match *self {
            DropTarget::Cell {
                at,
                column,
                position,
            } => {
                let (band, row) = layout.row_of(at)?;
                let cell = layout.cell_rect(band, row, column);
                let cards = layout.bands[band].rows[row].cells[column].clone();
                let stack: Vec<Rect> = stack(layout, map, at, cards, dragged).collect();
                let above = position.checked_sub(1).and_then(|i| stack.get(i)).copied();
                let line_y = insertion_y(cell, above, stack.get(position).copied());
                Some(DropMarker::Cell { cell, line_y })
            }
            DropTarget::StageGap(gap) => Some(DropMarker::Vertical {
                x: layout.columns.get(gap).map_or(layout.size.x, |c| c.x.min),
                y: pinned.header_row(layout),
            }),
            DropTarget::PersonaGap(gap) => Some(DropMarker::Horizontal {
                y: layout
                    .bands
                    .get(gap)
                    .map_or(layout.size.y, |b| b.y.min - BAND_GAP / 2.0),
                x: across,
            }),
            DropTarget::LaneGap { persona, index } => {
                let band = &layout.bands[layout.band_of(persona)?];
                let y = band.rows.get(index).map_or(band.y.max, |r| r.y.min);
                Some(DropMarker::Horizontal { y, x: across })
            }
            DropTarget::Emotion { at, column, value } => {
                let (band, row) = layout.row_of(at)?;
                let row_y = layout.bands[band].rows[row].y;
                #[allow(clippy::cast_precision_loss)] // Within -10..=10.
                let y = super::emotion_y(row_y, value as f32, map.emotion_scale);
                let centre = pos2(layout.columns[column].x.center(), y);
                Some(DropMarker::Emotion { centre, value })
            }
        }
    }
}
