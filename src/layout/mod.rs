//! Geometry of a map in map units (points at 100 % zoom): columns, bands, rows, card rects and
//! emotion point positions.
//!
//! Theory of operation: [`MapLayout::new`] walks the map once. Columns are fixed-width, left to
//! right after the lane-title gutter; below the stage header row each persona is a band (a header,
//! then one row per lane). Cards stack top to bottom in their cell, in file order, and a row is as
//! tall as its tallest cell. Text heights come from a [`MeasureText`], so the layout is pure and
//! tests can measure with simple numbers; the app measures with egui's fonts. Everything is
//! stored in document order, so finding what is visible or under the pointer is a binary search
//! ([`hit`]). The canvas maps these units to the screen, the export to pixels.

mod build;
pub mod curve;
mod drop;
mod framing;
mod heights;
mod hit;
mod pinned;

use std::collections::BTreeSet;
use std::ops::Range;

use egui::{Pos2, Rangef, Rect, Vec2};

pub use build::{
    CARD_TEXT_WIDTH, CARD_WIDTH, EMOTION_MARGIN, card_height, emotion_value_at, emotion_y,
    has_badges,
};
pub use drop::{Dragged, DropMarker, DropTarget, drop_target, insertion_y};
pub use framing::{
    FOCUS_ZOOM, MAX_ZOOM, MIN_ZOOM, PRESENTATION_ZOOM, fit, fit_below_header, focus_column,
};
pub use heights::{Remembering, TextHeights};
pub use hit::{Hit, POINT_HIT_RADIUS};
pub use pinned::Pinned;

/// Width of the left gutter that holds lane titles.
pub const GUTTER_WIDTH: f32 = 180.0;
/// Width of one stage column.
pub const COLUMN_WIDTH: f32 = 250.0;
/// Space between a cell's edge and its cards.
pub const CELL_PADDING: f32 = 8.0;
/// Space between two stacked cards.
pub const CARD_GAP: f32 = 6.0;
/// Space inside a card around its text.
pub const CARD_PADDING: f32 = 8.0;
/// Width of the kind stripe on a card's left edge.
pub const CARD_STRIPE: f32 = 5.0;
/// Font size of card text.
pub const CARD_TEXT_SIZE: f32 = 14.0;
/// Height of the badge row under a card's text (channel, severity, evidence, votes).
pub const CARD_FOOTER: f32 = 20.0;
/// Font size of a stage name in the header row.
pub const STAGE_NAME_SIZE: f32 = 18.0;
/// Height of one line of secondary text in headers (duration, one metric).
pub const HEADER_LINE: f32 = 18.0;
/// Height of the funnel row at the foot of the stage header row, when the map has a funnel.
pub const FUNNEL_ROW: f32 = 46.0;
/// Height of the evidence line above the funnel row, when any card says how it is known.
pub const EVIDENCE_ROW: f32 = 24.0;
/// Height of a persona band's header.
pub const PERSONA_HEADER: f32 = 48.0;
/// The least height of a lane row.
pub const MIN_ROW_HEIGHT: f32 = 56.0;
/// Height of an emotion lane.
pub const EMOTION_ROW_HEIGHT: f32 = 160.0;
/// Height of a collapsed lane.
pub const COLLAPSED_ROW_HEIGHT: f32 = 20.0;
/// Space between two persona bands.
pub const BAND_GAP: f32 = 16.0;

/// Card text smaller than this on screen (in points) turns cards into plain blocks.
pub const DETAIL_TEXT_SIZE: f32 = 6.0;

/// Whether cards show their text and badges at `zoom` (screen points per map unit); below it
/// they are plain blocks, and neither drawn nor offered to screen readers card by card.
#[must_use]
pub fn detailed(zoom: f32) -> bool {
    CARD_TEXT_SIZE * zoom >= DETAIL_TEXT_SIZE
}

/// Measures wrapped text; the app measures with egui's fonts, tests with simple numbers.
pub trait MeasureText {
    /// The height of `text` at font `size` wrapped to `width`.
    fn height(&self, text: &str, size: f32, width: f32) -> f32;
}

/// What the user chose to see: view state, never written into the map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ViewOptions {
    /// Personas folded to their header, by id.
    pub collapsed_personas: BTreeSet<String>,
    /// Lanes folded to a thin row, by id.
    pub collapsed_lanes: BTreeSet<String>,
    /// Whether every emotion lane also shows the other personas' curves.
    pub overlay_emotions: bool,
}

/// A stage column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The stage's index in the map.
    pub stage: usize,
    /// The column's horizontal extent.
    pub x: Rangef,
}

/// A persona's band: a header and its lane rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// The persona's index in the map.
    pub persona: usize,
    /// The whole band, header included.
    pub y: Rangef,
    /// The header.
    pub header_y: Rangef,
    /// Whether the persona is folded to its header.
    pub collapsed: bool,
    /// The lanes, top to bottom (none when collapsed).
    pub rows: Vec<Row>,
}

/// A lane's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The lane's index in its persona.
    pub lane: usize,
    /// The row's vertical extent.
    pub y: Rangef,
    /// Whether the lane is folded to a thin row.
    pub collapsed: bool,
    /// Whether this is an emotion lane (points instead of cards).
    pub emotions: bool,
    /// For each column, the range of [`MapLayout::cards`] stacked in that cell.
    pub cells: Vec<Range<usize>>,
    /// The range of [`MapLayout::points`] in this row.
    pub points: Range<usize>,
}

/// A card's place.
#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    /// The persona's index in the map.
    pub persona: usize,
    /// The lane's index in the persona.
    pub lane: usize,
    /// The card's index in the lane.
    pub card: usize,
    /// The column's index.
    pub column: usize,
    /// The card's rectangle.
    pub rect: Rect,
}

impl CardBox {
    /// Where the card is in the map.
    #[must_use]
    pub fn place(&self) -> crate::model::CardAt {
        crate::model::CardAt {
            lane: crate::model::LaneAt {
                persona: self.persona,
                lane: self.lane,
            },
            card: self.card,
        }
    }
}

/// An emotion point's place.
#[derive(Clone, Debug, PartialEq)]
pub struct PointBox {
    /// The persona's index in the map.
    pub persona: usize,
    /// The lane's index in the persona.
    pub lane: usize,
    /// The point's index in the lane.
    pub point: usize,
    /// The column's index.
    pub column: usize,
    /// The point's centre.
    pub pos: Pos2,
}

/// The geometry of a whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The size of the whole map.
    pub size: Vec2,
    /// Height of the stage header row.
    pub header_height: f32,
    /// The stage columns, left to right.
    pub columns: Vec<Column>,
    /// The persona bands, top to bottom.
    pub bands: Vec<Band>,
    /// Every visible card, in band, row, column and stacking order.
    pub cards: Vec<CardBox>,
    /// Every visible emotion point, in band and row order.
    pub points: Vec<PointBox>,
    /// The funnel the stage header row shows, worked out with the layout (once per change of
    /// the map, not every frame).
    pub funnel: Option<crate::insights::Funnel>,
    /// Each stage's pain weight, for the heat marks of the header row (by stage index).
    pub pain: Vec<u32>,
    /// Each stage's evidence, for the evidence line of the header row (by stage index);
    /// `None` when no card of the map says how it is known (the line is left out).
    pub evidence: Option<Vec<crate::insights::EvidenceCount>>,
}

impl MapLayout {
    /// The whole map's rectangle.
    #[must_use]
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(Pos2::ZERO, self.size)
    }

    /// The header cell of column `column`.
    #[must_use]
    pub fn stage_header_rect(&self, column: usize) -> Rect {
        Rect::from_x_y_ranges(self.columns[column].x, Rangef::new(0.0, self.header_height))
    }

    /// The whole column `column`, header included.
    #[must_use]
    pub fn column_rect(&self, column: usize) -> Rect {
        Rect::from_x_y_ranges(self.columns[column].x, Rangef::new(0.0, self.size.y))
    }

    /// The header of band `band`, across the gutter and all columns.
    #[must_use]
    pub fn persona_header_rect(&self, band: usize) -> Rect {
        Rect::from_x_y_ranges(Rangef::new(0.0, self.size.x), self.bands[band].header_y)
    }

    /// The whole band `band`.
    #[must_use]
    pub fn band_rect(&self, band: usize) -> Rect {
        Rect::from_x_y_ranges(Rangef::new(0.0, self.size.x), self.bands[band].y)
    }

    /// The lane title cell of a row, in the gutter.
    #[must_use]
    pub fn lane_title_rect(&self, band: usize, row: usize) -> Rect {
        Rect::from_x_y_ranges(Rangef::new(0.0, GUTTER_WIDTH), self.bands[band].rows[row].y)
    }

    /// The cell of a row and a column.
    #[must_use]
    pub fn cell_rect(&self, band: usize, row: usize, column: usize) -> Rect {
        Rect::from_x_y_ranges(self.columns[column].x, self.bands[band].rows[row].y)
    }

    /// The band that shows persona `persona`, if any.
    #[must_use]
    pub fn band_of(&self, persona: usize) -> Option<usize> {
        self.bands.iter().position(|band| band.persona == persona)
    }

    /// The band and row that show the lane at `at`, if it is laid out (its persona unfolded).
    #[must_use]
    pub fn row_of(&self, at: crate::model::LaneAt) -> Option<(usize, usize)> {
        let band = self.band_of(at.persona)?;
        let row = self.bands[band]
            .rows
            .iter()
            .position(|r| r.lane == at.lane)?;
        Some((band, row))
    }

    /// The column that shows stage `stage`, if any.
    #[must_use]
    pub fn column_of(&self, stage: usize) -> Option<usize> {
        self.columns.iter().position(|column| column.stage == stage)
    }

    /// The size of what the canvas pins over the map: the gutter's width and the header row's
    /// height, in map units.
    #[must_use]
    pub fn pinned_size(&self) -> Vec2 {
        egui::vec2(GUTTER_WIDTH, self.header_height)
    }
}

/// The horizontal centre of a column: where emotion points sit.
#[must_use]
pub fn column_centre(column: &Column) -> f32 {
    column.x.center()
}
