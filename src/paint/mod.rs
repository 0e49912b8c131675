//! Draws a laid-out map with an egui [`Painter`]: the one drawing code of the canvas and the
//! PNG export. Reads the map and its layout, never writes.
//!
//! Theory of operation: [`paint_map`] draws, back to front, the column tints, the persona bands
//! with their rows, cards and emotion curves, then the lane-title gutter and the stage header row
//! with its corner, which stay pinned to the left and top edges of the visible area so they
//! remain readable while panning (see [`crate::layout::Pinned`]). Only what intersects [`Scene::visible_in_map`] is drawn. Below a zoom where card text
//! would be unreadable, cards are drawn as plain blocks (level of detail).

mod cards;
mod emotions;
mod evidence;
mod funnel;
mod headers;
pub mod legend;
mod measure;
pub mod overlay;

pub use emotions::level_text;
pub use measure::{EguiMeasure, FontsMeasure};

use egui::emath::TSTransform;
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind};

use crate::layout::{Hit, MapLayout, Pinned, ViewOptions};
use crate::model::Map;
use crate::theme::Theme;

/// Text smaller than this many points on screen is not drawn.
pub const MIN_TEXT_SIZE: f32 = 4.0;

/// Everything one drawing of a map needs.
pub struct Scene<'a> {
    /// The map drawn (only the personas asked for, in an export).
    pub map: &'a Map,
    /// Where its parts are, in map units.
    pub layout: &'a MapLayout,
    /// What the user chose to see.
    pub options: &'a ViewOptions,
    /// The colours.
    pub theme: &'a Theme,
    /// From map units to the painter's coordinates.
    pub to_screen: TSTransform,
    /// The part of the map to draw, in map units.
    pub visible_in_map: Rect,
    /// The selected elements, outlined.
    pub selected: &'a std::collections::HashSet<Hit>,
    /// The element under the pointer, outlined lightly.
    pub hovered: Option<Hit>,
    /// Each persona's photo as a texture, by persona index; initials are drawn where `None`.
    pub avatars: &'a [Option<egui::TextureId>],
    /// Whether this is the live canvas: it draws its controls (fold chevrons), its background
    /// and the map's title in the corner. An export does not.
    pub canvas: bool,
    /// Whether the stage header row and the lane gutter are pinned to the top and left of
    /// [`Self::visible_in_map`]: on the canvas, and on each page of a paged PDF, so that every
    /// view shows which stage and lane it is in. An image drawn in tiles leaves them where the
    /// layout puts them.
    pub pin_headers: bool,
    /// While a vote runs on the canvas, the cards that can be voted on: they stand out with a
    /// bold frame and every other card is dimmed. `None` otherwise (and in every export).
    pub voting: Option<&'a std::collections::HashSet<crate::model::CardId>>,
}

impl Scene<'_> {
    /// The zoom factor: screen points per map unit.
    #[must_use]
    pub fn zoom(&self) -> f32 {
        self.to_screen.scaling
    }

    /// A map rectangle on screen.
    #[must_use]
    pub fn rect_on_screen(&self, rect_in_map: Rect) -> Rect {
        self.to_screen.mul_rect(rect_in_map)
    }

    /// A map position on screen.
    #[must_use]
    pub fn pos_on_screen(&self, pos_in_map: Pos2) -> Pos2 {
        self.to_screen * pos_in_map
    }

    /// The on-screen size of text of `size` map units, rounded to half points so that smooth
    /// zooming reuses glyphs; `None` when too small to read.
    #[must_use]
    pub fn text_size(&self, size: f32) -> Option<f32> {
        let on_screen = (size * self.zoom() * 2.0).round() / 2.0;
        (on_screen >= MIN_TEXT_SIZE).then_some(on_screen)
    }

    /// Where the stage header row and the lane gutter are drawn: pinned to the top and left of
    /// the view on the canvas and on a page, where the layout puts them in an image.
    #[must_use]
    pub fn pinned(&self) -> Pinned {
        if self.pin_headers {
            Pinned::for_view(self.visible_in_map)
        } else {
            Pinned::NONE
        }
    }

    /// Whether cards show their text and badges at this zoom (see [`crate::layout::detailed`]).
    #[must_use]
    pub fn detailed(&self) -> bool {
        crate::layout::detailed(self.zoom())
    }

    /// The outline for an element: selected, hovered, or none.
    #[must_use]
    pub fn outline(&self, hit: Hit) -> Option<Stroke> {
        if self.selected.contains(&hit) {
            Some(Stroke::new(2.5, self.theme.selection))
        } else if self.hovered == Some(hit) {
            Some(Stroke::new(1.5, self.theme.hover))
        } else {
            None
        }
    }
}

/// Draws the map as `scene` says.
pub fn paint_map(painter: &Painter, scene: &Scene) {
    let visible = scene.visible_in_map.intersect(scene.layout.rect());
    // An image's tiles are cleared to the background already: filling it again would cost a
    // whole layer of pixels on a software rasterizer.
    if scene.canvas {
        painter.rect_filled(
            scene.rect_on_screen(scene.layout.rect()),
            0.0,
            scene.theme.background,
        );
    }
    if !visible.is_positive() {
        return;
    }
    headers::column_tints(painter, scene, visible);
    for band in scene.layout.bands_in(visible.y_range()) {
        headers::persona_header(painter, scene, band);
        for row in scene.layout.rows_in(band, visible.y_range()) {
            headers::row_background(painter, scene, band, row);
            if scene.layout.bands[band].rows[row].emotions {
                emotions::emotion_row(painter, scene, band, row);
            } else {
                cards::cards_in_row(painter, scene, band, row, visible);
            }
        }
    }
    // The gutter, then the header row and its corner over it: where both are pinned, the header
    // row is on top.
    headers::gutter(painter, scene, visible);
    headers::stage_header_row(painter, scene, visible);
}

/// Draws one line of text at `size` map units if readable; returns its screen rect.
pub(crate) fn label(
    painter: &Painter,
    scene: &Scene,
    pos_in_map: Pos2,
    anchor: Align2,
    text: &str,
    size: f32,
    color: Color32,
) -> Option<Rect> {
    let size = scene.text_size(size)?;
    Some(painter.text(
        scene.pos_on_screen(pos_in_map),
        anchor,
        text,
        FontId::proportional(size),
        color,
    ))
}

/// Draws one line of text from its top-left `pos_in_map`, cut with "…" at `max_width` map
/// units, if readable; returns its screen rect.
pub(crate) fn elided_label(
    painter: &Painter,
    scene: &Scene,
    pos_in_map: Pos2,
    text: &str,
    size: f32,
    color: Color32,
    max_width: f32,
) -> Option<Rect> {
    let size_on_screen = scene.text_size(size)?;
    let font = FontId::proportional(size_on_screen);
    let mut job = egui::text::LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping {
        max_width: (max_width * scene.zoom()).max(0.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    let galley = painter.layout_job(job);
    let pos = scene.pos_on_screen(pos_in_map);
    let rect = Rect::from_min_size(pos, galley.size());
    painter.galley(pos, galley, color);
    Some(rect)
}

/// A painter that draws only inside `rect_in_map` (and inside `painter`'s own clip).
pub(crate) fn clipped(painter: &Painter, scene: &Scene, rect_in_map: Rect) -> Painter {
    painter.with_clip_rect(
        scene
            .rect_on_screen(rect_in_map)
            .intersect(painter.clip_rect()),
    )
}

/// Draws wrapped text inside `rect_in_map` (clipped to it) if readable, breaking lines where
/// the layout measured them.
pub(crate) fn wrapped_text(
    painter: &Painter,
    scene: &Scene,
    rect_in_map: Rect,
    text: &str,
    size: f32,
    color: Color32,
) {
    let Some(size_on_screen) = scene.text_size(size) else {
        return;
    };
    let rect = scene.rect_on_screen(rect_in_map);
    // Wrap at the width scaled like the (rounded) font size, not like the zoom, so lines break
    // exactly where the layout measured them and no line is pushed out of the reserved height.
    let wrap_width = rect_in_map.width() * size_on_screen / size;
    let galley = painter.layout(
        text.to_owned(),
        FontId::proportional(size_on_screen),
        color,
        wrap_width,
    );
    painter
        .with_clip_rect(rect.intersect(painter.clip_rect()))
        .galley(rect.min, galley, color);
}

/// Outlines `rect_in_map` with `stroke` if there is one.
pub(crate) fn outline(
    painter: &Painter,
    scene: &Scene,
    rect_in_map: Rect,
    radius: f32,
    stroke: Option<Stroke>,
) {
    if let Some(stroke) = stroke {
        let rect = scene.rect_on_screen(rect_in_map);
        painter.rect_stroke(rect, radius * scene.zoom(), stroke, StrokeKind::Outside);
    }
}
