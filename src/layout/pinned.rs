//! The stage header row and the lane-title gutter that the canvas pins over the map: where they
//! are drawn for the part of the map in view, what lies under a position once they are taken
//! into account, where the fold chevrons sit in the gutter, and which part of the view they
//! leave free.
//!
//! On the canvas the header row stays at the top of the view and the gutter at its left while
//! the map pans under them (never above or left of the map itself); an exported image draws
//! them where the layout puts them ([`Pinned::NONE`]). Painting, hit-testing and the canvas's
//! accessible widgets all read these rectangles, so what is drawn is what is clicked.

use egui::{Pos2, Rangef, Rect, pos2, vec2};

use super::{GUTTER_WIDTH, Hit, MapLayout};

/// Where the pinned header row's top and the gutter's left edge are, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pinned {
    /// The top of the stage header row.
    pub top: f32,
    /// The left edge of the lane-title gutter.
    pub left: f32,
}

impl Pinned {
    /// Nothing pinned: the header row and the gutter where the layout puts them (images).
    pub const NONE: Pinned = Pinned {
        top: 0.0,
        left: 0.0,
    };

    /// Pinned to the top and left of `visible_in_map`, never above or left of the map.
    #[must_use]
    pub fn for_view(visible_in_map: Rect) -> Self {
        Self {
            top: visible_in_map.min.y.max(0.0),
            left: visible_in_map.min.x.max(0.0),
        }
    }

    /// The header row's vertical extent.
    #[must_use]
    pub fn header_row(&self, layout: &MapLayout) -> Rangef {
        Rangef::new(self.top, self.top + layout.header_height)
    }

    /// The gutter's horizontal extent.
    #[must_use]
    pub fn gutter(&self) -> Rangef {
        Rangef::new(self.left, self.left + GUTTER_WIDTH)
    }

    /// The header cell of column `column`, as drawn.
    #[must_use]
    pub fn stage_header_rect(&self, layout: &MapLayout, column: usize) -> Rect {
        Rect::from_x_y_ranges(layout.columns[column].x, self.header_row(layout))
    }

    /// The corner over the gutter and the header row (the map's title on the canvas).
    #[must_use]
    pub fn corner_rect(&self, layout: &MapLayout) -> Rect {
        Rect::from_x_y_ranges(self.gutter(), self.header_row(layout))
    }

    /// The title cell of a lane's row, as drawn in the gutter.
    #[must_use]
    pub fn lane_title_rect(&self, layout: &MapLayout, band: usize, row: usize) -> Rect {
        Rect::from_x_y_ranges(self.gutter(), layout.bands[band].rows[row].y)
    }

    /// Where the chevron that folds a persona's band is, in its header at the gutter's left.
    #[must_use]
    pub fn persona_chevron(&self, layout: &MapLayout, band: usize) -> Rect {
        let header = layout.bands[band].header_y;
        Rect::from_x_y_ranges(Rangef::new(self.left + 6.0, self.left + 30.0), header)
    }

    /// Where the chevron that folds a lane is: at the left of its title cell, level with the
    /// title's first line.
    #[must_use]
    pub fn lane_chevron(&self, layout: &MapLayout, band: usize, row: usize) -> Rect {
        let row = &layout.bands[band].rows[row];
        let top = row.y.min + if row.collapsed { 0.0 } else { 7.0 };
        Rect::from_min_size(pos2(self.left + 8.0, top), vec2(22.0, 20.0))
    }

    /// The part of `visible_in_map` that neither the header row nor the gutter covers: where
    /// cards and emotion points can be seen and clicked.
    #[must_use]
    pub fn uncovered(&self, layout: &MapLayout, visible_in_map: Rect) -> Rect {
        let min = pos2(
            visible_in_map.min.x.max(self.gutter().max),
            visible_in_map.min.y.max(self.header_row(layout).max),
        );
        Rect::from_min_max(min, visible_in_map.max.max(min))
    }

    /// What is under `pos_in_map` as drawn: the header row and the gutter first, where pinned,
    /// then the map under them. The corner over both holds nothing.
    #[must_use]
    pub fn hit(&self, layout: &MapLayout, pos_in_map: Pos2) -> Option<Hit> {
        let in_gutter = self.gutter().contains(pos_in_map.x);
        if self.header_row(layout).contains(pos_in_map.y) {
            if in_gutter || pos_in_map.x < self.left {
                return None;
            }
            return layout.hit(pos2(pos_in_map.x, pos_in_map.y - self.top));
        }
        if in_gutter {
            return layout.hit(pos2(pos_in_map.x - self.left, pos_in_map.y));
        }
        layout.hit(pos_in_map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Band, Column};

    /// Two columns after the gutter, a header row of 60 and one band with one row.
    fn small() -> MapLayout {
        let column = |stage: usize, left: f32| Column {
            stage,
            x: Rangef::new(left, left + 250.0),
        };
        let row = super::super::Row {
            lane: 0,
            y: Rangef::new(108.0, 208.0),
            collapsed: false,
            emotions: false,
            cells: vec![0..0, 0..0],
            points: 0..0,
        };
        MapLayout {
            size: vec2(GUTTER_WIDTH + 500.0, 208.0),
            header_height: 60.0,
            columns: vec![column(0, GUTTER_WIDTH), column(1, GUTTER_WIDTH + 250.0)],
            bands: vec![Band {
                persona: 0,
                y: Rangef::new(60.0, 208.0),
                header_y: Rangef::new(60.0, 108.0),
                collapsed: false,
                rows: vec![row],
            }],
            cards: Vec::new(),
            points: Vec::new(),
            funnel: None,
            pain: vec![0, 0],
            evidence: None,
        }
    }

    #[test]
    fn the_header_and_gutter_follow_the_view_and_are_what_is_hit_there() {
        let layout = small();
        let pinned = Pinned::for_view(Rect::from_min_size(pos2(300.0, 120.0), vec2(400.0, 80.0)));
        assert_eq!(
            pinned,
            Pinned {
                top: 120.0,
                left: 300.0
            }
        );
        assert_eq!(pinned.header_row(&layout), Rangef::new(120.0, 180.0));
        assert_eq!(pinned.gutter(), Rangef::new(300.0, 480.0));
        assert_eq!(
            pinned.hit(&layout, pos2(500.0, 130.0)),
            Some(Hit::StageHeader { stage: 1 }),
            "the header row drawn over the band is a stage header"
        );
        assert_eq!(pinned.hit(&layout, pos2(350.0, 130.0)), None, "the corner");
        assert_eq!(
            pinned.hit(&layout, pos2(350.0, 190.0)),
            Some(Hit::LaneTitle {
                persona: 0,
                lane: 0
            }),
            "the gutter drawn over the first column is the lane's title"
        );
        assert_eq!(
            pinned.hit(&layout, pos2(500.0, 190.0)),
            Some(Hit::Cell {
                persona: 0,
                lane: 0,
                stage: 1
            })
        );
        let free = pinned.uncovered(
            &layout,
            Rect::from_min_size(pos2(300.0, 120.0), vec2(400.0, 80.0)),
        );
        assert_eq!(
            free,
            Rect::from_min_max(pos2(480.0, 180.0), pos2(700.0, 200.0))
        );
    }

    #[test]
    fn unpinned_the_header_and_gutter_are_where_the_layout_puts_them() {
        let layout = small();
        let pinned = Pinned::NONE;
        assert_eq!(
            pinned.stage_header_rect(&layout, 0),
            Rect::from_min_max(pos2(180.0, 0.0), pos2(430.0, 60.0))
        );
        assert_eq!(
            pinned.lane_title_rect(&layout, 0, 0),
            Rect::from_min_max(pos2(0.0, 108.0), pos2(180.0, 208.0))
        );
        assert!(
            pinned
                .lane_title_rect(&layout, 0, 0)
                .contains_rect(pinned.lane_chevron(&layout, 0, 0))
        );
        assert!(
            Rect::from_x_y_ranges(pinned.gutter(), layout.bands[0].header_y)
                .contains_rect(pinned.persona_chevron(&layout, 0))
        );
        assert_eq!(pinned.hit(&layout, pos2(10.0, 10.0)), None);
    }
}
