//! Where a map goes on the pages of a document export (PDF): one page the size of the map, or
//! sheets of paper with the map cut between stages and lanes, the stage header row and the lane
//! gutter repeated on each sheet. Geometry only, in points; drawing is `vector`'s.
//!
//! Theory of operation: on paper the map is drawn at the largest scale, at most 1, that puts
//! it on one sheet; when even [`MIN_PRINT_SCALE`] (text of about 8 points) does not, the map's
//! body (what is right of the gutter and below the header row) is cut into pieces that fit a
//! sheet beside the repeated gutter and header row. Cuts fall between stage columns and between
//! lanes; a single stage or lane wider or taller than a sheet is cut inside it.

use egui::{Rangef, Rect, Vec2, pos2, vec2};

use super::compose::Plan;
use crate::layout::{GUTTER_WIDTH, MapLayout};

/// The pages a PDF is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageSize {
    /// One page exactly the size of the map with its title block and legend, for screens.
    #[default]
    Fit,
    /// A4 paper, wide.
    A4Landscape,
    /// A4 paper, tall.
    A4Portrait,
    /// A3 paper, wide.
    A3Landscape,
    /// A3 paper, tall.
    A3Portrait,
}

impl PageSize {
    /// Every choice, in the order the command line and the export dialog list them.
    pub const ALL: [PageSize; 5] = [
        PageSize::Fit,
        PageSize::A4Landscape,
        PageSize::A4Portrait,
        PageSize::A3Landscape,
        PageSize::A3Portrait,
    ];

    /// The name the command line takes (`--page`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            PageSize::Fit => "fit",
            PageSize::A4Landscape => "a4-landscape",
            PageSize::A4Portrait => "a4-portrait",
            PageSize::A3Landscape => "a3-landscape",
            PageSize::A3Portrait => "a3-portrait",
        }
    }

    /// The choice named `name`, as [`Self::name`] writes it.
    #[must_use]
    pub fn from_name(name: &str) -> Option<PageSize> {
        Self::ALL.into_iter().find(|page| page.name() == name)
    }

    /// The sheet's size in points (1/72 inch), or `None` for [`PageSize::Fit`].
    #[must_use]
    pub fn paper(self) -> Option<Vec2> {
        // ISO 216: A4 is 210 x 297 mm, A3 297 x 420 mm.
        let (a4, a3) = (vec2(595.28, 841.89), vec2(841.89, 1190.55));
        match self {
            PageSize::Fit => None,
            PageSize::A4Portrait => Some(a4),
            PageSize::A4Landscape => Some(vec2(a4.y, a4.x)),
            PageSize::A3Portrait => Some(a3),
            PageSize::A3Landscape => Some(vec2(a3.y, a3.x)),
        }
    }
}

/// The margin round a sheet's content, in points (about 10 mm).
pub const MARGIN: f32 = 28.0;
/// The band at a sheet's foot that holds its page number, in points.
pub const FOOTER: f32 = 18.0;
/// The smallest scale the map is printed at: its 13-point card text is then about 8 points.
pub const MIN_PRINT_SCALE: f32 = 0.6;

/// One sheet: where on it, and which part of the map, at what scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's size, in points.
    pub size: Vec2,
    /// Where the map's part goes on the sheet, in points.
    pub map_on_sheet: Rect,
    /// The part of the map shown, in map units, including the repeated gutter and header row
    /// on its top-left (they are pinned there).
    pub visible_in_map: Rect,
    /// Points per map unit.
    pub scale: f32,
    /// Where the title block goes, on the first sheet only.
    pub title_on_sheet: Option<Rect>,
    /// Where the legend goes, on the last sheet only (when there is room for it).
    pub legend_on_sheet: Option<Rect>,
}

/// The sheets that print the map laid out as `layout` (framed by `plan`) on `paper`.
#[must_use]
pub fn sheets(layout: &MapLayout, plan: &Plan, paper: Vec2) -> Vec<Sheet> {
    let content = Rect::from_min_max(
        pos2(MARGIN, MARGIN),
        pos2(paper.x - MARGIN, paper.y - MARGIN - FOOTER),
    );
    let parts_height = plan.title.height() + plan.legend.height();
    let whole = vec2(plan.size.x, layout.size.y + parts_height);
    let fit_scale = (content.width() / whole.x).min(content.height() / whole.y);
    if fit_scale >= MIN_PRINT_SCALE {
        return vec![one_sheet(layout, plan, paper, content, fit_scale.min(1.0))];
    }
    // As wide as the sheet allows (then cut into rows of sheets only), but never below the
    // smallest readable scale.
    let narrowest = (content.width() / whole.x).clamp(MIN_PRINT_SCALE, 1.0);
    let header = vec2(GUTTER_WIDTH, layout.header_height);
    let xs = balanced_cuts(
        Rangef::new(GUTTER_WIDTH, layout.size.x),
        &layout.columns.iter().map(|c| c.x.min).collect::<Vec<_>>(),
        content.width() / narrowest - header.x,
    );
    // The widest piece then fills the sheet's width: larger type, no empty margin beside it.
    let widest = xs.iter().map(|x| x.span()).fold(0.0, f32::max);
    let scale = (content.width() / (header.x + widest)).clamp(narrowest, 1.0);
    let title_height = plan.title.height() * scale;
    let body_height = content.height() / scale - header.y;
    let row_tops = row_tops(layout);
    // The first row of sheets also holds the title block.
    let ys = cuts_first_shorter(
        Rangef::new(layout.header_height, layout.size.y),
        &row_tops,
        body_height,
        title_height / scale,
    );
    let mut sheets = Vec::new();
    for (row, y) in ys.iter().enumerate() {
        for x in &xs {
            let first = sheets.is_empty();
            let top = if row == 0 {
                content.min.y + title_height
            } else {
                content.min.y
            };
            let visible_in_map =
                Rect::from_min_max(pos2(x.min - header.x, y.min - header.y), pos2(x.max, y.max));
            let map_on_sheet =
                Rect::from_min_size(pos2(content.min.x, top), visible_in_map.size() * scale);
            sheets.push(Sheet {
                size: paper,
                map_on_sheet,
                visible_in_map,
                scale,
                title_on_sheet: first.then(|| title_rect(content, plan, title_height)),
                legend_on_sheet: None,
            });
        }
    }
    place_legend(&mut sheets, plan, content);
    sheets
}

/// Where each persona band and each lane begins, top to bottom: where sheets may be cut.
fn row_tops(layout: &MapLayout) -> Vec<f32> {
    layout
        .bands
        .iter()
        .flat_map(|band| {
            std::iter::once(band.header_y.min).chain(band.rows.iter().map(|row| row.y.min))
        })
        .collect()
}

/// The whole map, title block and legend on one sheet at `scale`.
fn one_sheet(layout: &MapLayout, plan: &Plan, paper: Vec2, content: Rect, scale: f32) -> Sheet {
    let title = title_rect(content, plan, plan.title.height() * scale);
    let map_on_sheet = Rect::from_min_size(pos2(content.min.x, title.max.y), layout.size * scale);
    let legend = Rect::from_min_size(
        pos2(content.min.x, map_on_sheet.max.y),
        plan.legend.size() * scale,
    );
    Sheet {
        size: paper,
        map_on_sheet,
        visible_in_map: layout.rect(),
        scale,
        title_on_sheet: Some(title),
        legend_on_sheet: Some(legend),
    }
}

/// The title block across the top of `content`, `height` points tall.
fn title_rect(content: Rect, plan: &Plan, height: f32) -> Rect {
    let width = (plan.title.width() * height / plan.title.height()).min(content.width());
    Rect::from_min_size(content.min, vec2(width, height))
}

/// The legend on the last sheet below its part of the map, shrunk to the sheet's width; on a
/// sheet of its own when the last one has no room for it.
fn place_legend(sheets: &mut Vec<Sheet>, plan: &Plan, content: Rect) {
    let Some(last) = sheets.last() else {
        return;
    };
    let scale = last.scale.min(content.width() / plan.legend.width());
    let size = plan.legend.size() * scale;
    let top = last.map_on_sheet.max.y + 6.0;
    if top + size.y <= content.max.y {
        let legend = Rect::from_min_size(pos2(content.min.x, top), size);
        if let Some(last) = sheets.last_mut() {
            last.legend_on_sheet = Some(legend);
        }
        return;
    }
    let mut own = last.clone();
    own.visible_in_map = Rect::NOTHING;
    own.map_on_sheet = Rect::NOTHING;
    own.title_on_sheet = None;
    own.legend_on_sheet = Some(Rect::from_min_size(content.min, size));
    sheets.push(own);
}

/// Cuts `span` into pieces at most `room` long, at the `stops` (where a stage or lane begins)
/// when one falls in the piece's second half, else exactly at `room`.
fn cuts(span: Rangef, stops: &[f32], room: f32) -> Vec<Rangef> {
    cuts_first_shorter(span, stops, room, 0.0)
}

/// As [`cuts`], in as many pieces but as even as the stops allow: five stages on two sheets go
/// three and two, not four and one (which would leave the second sheet mostly empty).
fn balanced_cuts(span: Rangef, stops: &[f32], room: f32) -> Vec<Rangef> {
    let pieces = cuts(span, stops, room);
    let count = pieces.len();
    if count < 2 {
        return pieces;
    }
    // The least room that still gives `count` pieces, found by halving.
    // A handful of sheets across: exact in f32.
    #[allow(clippy::cast_precision_loss)]
    let (mut low, mut high) = (span.span() / count as f32, room);
    for _ in 0..24 {
        let middle = f32::midpoint(low, high);
        if cuts(span, stops, middle).len() <= count {
            high = middle;
        } else {
            low = middle;
        }
    }
    cuts(span, stops, high)
}

/// As [`cuts`], with the first piece `shorter` less room than the others.
fn cuts_first_shorter(span: Rangef, stops: &[f32], room: f32, shorter: f32) -> Vec<Rangef> {
    let room = room.max(1.0);
    let mut pieces = Vec::new();
    let mut start = span.min;
    while start < span.max - 0.5 {
        let here = if pieces.is_empty() {
            (room - shorter).max(room / 2.0)
        } else {
            room
        };
        let limit = start + here;
        let end = if limit >= span.max {
            span.max
        } else {
            stops
                .iter()
                .copied()
                .filter(|&stop| stop > start + here / 2.0 && stop <= limit)
                .fold(None, |best: Option<f32>, stop| {
                    Some(best.map_or(stop, |b| b.max(stop)))
                })
                .unwrap_or(limit)
        };
        pieces.push(Rangef::new(start, end));
        start = end;
    }
    if pieces.is_empty() {
        pieces.push(span);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_where_a_stage_begins_and_cover_the_span() {
        let stops = [180.0, 480.0, 780.0, 1080.0, 1380.0];
        let pieces = cuts(Rangef::new(180.0, 1680.0), &stops, 700.0);
        assert_eq!(
            pieces,
            vec![
                Rangef::new(180.0, 780.0),
                Rangef::new(780.0, 1380.0),
                Rangef::new(1380.0, 1680.0)
            ]
        );
    }

    #[test]
    fn sheets_across_share_the_stages_evenly() {
        let stops = [180.0, 580.0, 980.0, 1380.0, 1780.0];
        let pieces = balanced_cuts(Rangef::new(180.0, 2180.0), &stops, 1700.0);
        assert_eq!(pieces.len(), 2);
        let widest = pieces.iter().map(|p| p.span()).fold(0.0, f32::max);
        assert!(
            (widest - 1200.0).abs() < 0.5,
            "three stages and two, not four and one: {pieces:?}"
        );
        assert_eq!(
            (pieces[0].min, pieces[1].max),
            (180.0, 2180.0),
            "the pieces cover the map"
        );
    }

    #[test]
    fn a_stage_wider_than_a_sheet_is_cut_inside_it() {
        let pieces = cuts(Rangef::new(0.0, 1000.0), &[0.0], 400.0);
        assert_eq!(
            pieces,
            vec![
                Rangef::new(0.0, 400.0),
                Rangef::new(400.0, 800.0),
                Rangef::new(800.0, 1000.0)
            ]
        );
    }

    #[test]
    fn every_page_size_has_a_name_the_command_line_takes_back() {
        for page in PageSize::ALL {
            assert_eq!(PageSize::from_name(page.name()), Some(page));
        }
        assert_eq!(PageSize::from_name("letter"), None);
        assert!(PageSize::A3Landscape.paper().is_some_and(|p| p.x > p.y));
        assert!(PageSize::A4Portrait.paper().is_some_and(|p| p.x < p.y));
    }
}
