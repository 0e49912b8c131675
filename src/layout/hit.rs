//! What lies under a position, and which parts of the layout a rectangle shows.
//!
//! Columns, bands, rows and the cards of a cell are sorted by position, so every query is a
//! binary search plus a scan of one cell: fast enough to run on every pointer move of a map with
//! tens of thousands of cards.

use std::ops::Range;

use egui::{Pos2, Rangef, Rect};

use super::{CardBox, GUTTER_WIDTH, MapLayout, PointBox, Row};

/// How close to an emotion point the pointer must be to hit it.
pub const POINT_HIT_RADIUS: f32 = 12.0;

/// An element of the map under a position, by indices into the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hit {
    /// A card: its persona, its lane in the persona, its index in the lane.
    Card {
        /// The persona's index.
        persona: usize,
        /// The lane's index in the persona.
        lane: usize,
        /// The card's index in the lane.
        card: usize,
    },
    /// An emotion point.
    Point {
        /// The persona's index.
        persona: usize,
        /// The lane's index in the persona.
        lane: usize,
        /// The point's index in the lane.
        point: usize,
    },
    /// A stage's header cell.
    StageHeader {
        /// The stage's index.
        stage: usize,
    },
    /// A persona band's header.
    PersonaHeader {
        /// The persona's index.
        persona: usize,
    },
    /// A lane's title in the gutter.
    LaneTitle {
        /// The persona's index.
        persona: usize,
        /// The lane's index in the persona.
        lane: usize,
    },
    /// An empty part of a cell.
    Cell {
        /// The persona's index.
        persona: usize,
        /// The lane's index in the persona.
        lane: usize,
        /// The stage's index.
        stage: usize,
    },
}

impl Hit {
    /// The lane of what was hit, for a card, an emotion point, a lane's title or a cell.
    #[must_use]
    pub fn lane(self) -> Option<crate::model::LaneAt> {
        match self {
            Hit::Card { persona, lane, .. }
            | Hit::Point { persona, lane, .. }
            | Hit::LaneTitle { persona, lane }
            | Hit::Cell { persona, lane, .. } => Some(crate::model::LaneAt { persona, lane }),
            Hit::StageHeader { .. } | Hit::PersonaHeader { .. } => None,
        }
    }
}

impl MapLayout {
    /// The columns that overlap `x`.
    #[must_use]
    pub fn columns_in(&self, x: Rangef) -> Range<usize> {
        let start = self.columns.partition_point(|c| c.x.max < x.min);
        let end = self.columns.partition_point(|c| c.x.min <= x.max);
        start..end.max(start)
    }

    /// The bands that overlap `y`.
    #[must_use]
    pub fn bands_in(&self, y: Rangef) -> Range<usize> {
        let start = self.bands.partition_point(|b| b.y.max < y.min);
        let end = self.bands.partition_point(|b| b.y.min <= y.max);
        start..end.max(start)
    }

    /// The rows of band `band` that overlap `y`.
    #[must_use]
    pub fn rows_in(&self, band: usize, y: Rangef) -> Range<usize> {
        let rows = &self.bands[band].rows;
        let start = rows.partition_point(|r| r.y.max < y.min);
        let end = rows.partition_point(|r| r.y.min <= y.max);
        start..end.max(start)
    }

    /// The cards that overlap `visible`, found through the visible bands, rows and columns.
    pub fn cards_in(&self, visible: Rect) -> impl Iterator<Item = &CardBox> {
        let columns = self.columns_in(visible.x_range());
        self.visible_rows(visible)
            .flat_map(move |row| {
                row.cells[columns.clone()]
                    .iter()
                    .flat_map(|cell| &self.cards[cell.clone()])
            })
            .filter(move |card| card.rect.intersects(visible))
    }

    /// The emotion points inside `visible`.
    pub fn points_in(&self, visible: Rect) -> impl Iterator<Item = &PointBox> {
        self.visible_rows(visible)
            .flat_map(|row| &self.points[row.points.clone()])
            .filter(move |point| visible.contains(point.pos))
    }

    fn visible_rows(&self, visible: Rect) -> impl Iterator<Item = &Row> {
        self.bands_in(visible.y_range()).flat_map(move |band| {
            self.bands[band].rows[self.rows_in(band, visible.y_range())].iter()
        })
    }

    /// The column under `x`, if any.
    #[must_use]
    pub fn column_at(&self, x: f32) -> Option<usize> {
        let range = self.columns_in(Rangef::point(x));
        (!range.is_empty()).then_some(range.start)
    }

    /// The element under `pos` (in map units), if any.
    #[must_use]
    pub fn hit(&self, pos: Pos2) -> Option<Hit> {
        if !self.rect().contains(pos) {
            return None;
        }
        let column = self.column_at(pos.x);
        if pos.y < self.header_height {
            return column.map(|c| Hit::StageHeader {
                stage: self.columns[c].stage,
            });
        }
        let band_index = self.bands_in(Rangef::point(pos.y)).next()?;
        let band = &self.bands[band_index];
        let persona = band.persona;
        if band.header_y.contains(pos.y) {
            return Some(Hit::PersonaHeader { persona });
        }
        let row = &band.rows[self.rows_in(band_index, Rangef::point(pos.y)).next()?];
        let lane = row.lane;
        if pos.x < GUTTER_WIDTH {
            return Some(Hit::LaneTitle { persona, lane });
        }
        let column = column?;
        if let Some(point) = self.points[row.points.clone()]
            .iter()
            .filter(|p| p.pos.distance(pos) <= POINT_HIT_RADIUS)
            .min_by(|a, b| a.pos.distance(pos).total_cmp(&b.pos.distance(pos)))
        {
            return Some(Hit::Point {
                persona,
                lane,
                point: point.point,
            });
        }
        if let Some(card) = self.cards[row.cells[column].clone()]
            .iter()
            .find(|card| card.rect.contains(pos))
        {
            return Some(Hit::Card {
                persona,
                lane,
                card: card.card,
            });
        }
        Some(Hit::Cell {
            persona,
            lane,
            stage: self.columns[column].stage,
        })
    }
}
