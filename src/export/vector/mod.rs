//! The map as painted shapes, for the vector formats (PDF, SVG): the same `paint` code as the
//! canvas and the PNG, run in an egui pass of its own per page, whose shapes (rectangles,
//! circles, paths, text with its laid-out glyphs, the personas' photos) are handed to a
//! format's writer instead of the GPU. Knows nothing of the formats themselves.
//!
//! Theory of operation: [`Drawing::new`] lays the map out with the bundled fonts, as the PNG
//! export does, and loads the photos as textures (kept as pixels too, for the writers). Each
//! page is one pass: the title block, the map (or the sheet's part of it, with the stage header
//! row and the lane gutter pinned to the part's top-left), the legend, and a page number. The
//! writers read the pass's [`egui::epaint::ClippedShape`]s back to front.

pub mod fonts;
pub mod pdf;
pub mod primitives;
pub mod raster;
pub mod svg;

use std::collections::{HashMap, HashSet};

use egui::emath::TSTransform;
use egui::epaint::ClippedShape;
use egui::{Align2, FontId, Pos2, RawInput, Rect, Vec2, pos2};

use super::compose::Plan;
use super::pages::{FOOTER, MARGIN, Sheet};
use super::{ExportError, ExportOptions, map_for_export};
use crate::layout::{MapLayout, ViewOptions};
use crate::model::Map;
use crate::paint::legend::{legend, title_block};
use crate::paint::{FontsMeasure, Scene, paint_map};
use crate::theme::Theme;

/// Pixels per point of the drawing pass: the glyphs' positions are rounded to these pixels,
/// so a few per point keep text spacing even when a PDF is zoomed.
const PIXELS_PER_POINT: f32 = 4.0;

/// A photo as pixels, for a writer to embed.
pub struct Photo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA, unmultiplied, row by row.
    pub rgba: Vec<u8>,
}

/// One page's shapes.
pub struct PaintedPage {
    /// The page's size in points.
    pub size: Vec2,
    /// The page's background (transparent for none).
    pub background: egui::Color32,
    /// What is drawn, back to front.
    pub shapes: Vec<ClippedShape>,
}

/// A map laid out and ready to be drawn into pages of shapes.
pub struct Drawing {
    shown: Map,
    layout: MapLayout,
    plan: Plan,
    fonts: egui::Context,
    view: ViewOptions,
    theme: Theme,
    avatars: Vec<Option<egui::TextureHandle>>,
    photos: HashMap<egui::TextureId, Photo>,
}

impl Drawing {
    /// Lays out `map` as `options` say (the scale is not used: vectors have none).
    pub fn new(map: &Map, options: &ExportOptions) -> Result<Self, ExportError> {
        let shown = map_for_export(map, &options.personas)?;
        let fonts = egui::Context::default();
        fonts.set_fonts(crate::theme::fonts());
        // No GPU takes the font atlas: the writers draw glyphs from the font files.
        fonts
            .run_ui(RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let layout = MapLayout::new(&shown, &options.view, &FontsMeasure::for_context(&fonts));
        let plan = Plan::new(&layout);
        let theme = options.background.theme();
        let mut photos = HashMap::new();
        let avatars = super::compose::photo_textures(&fonts, &shown)
            .into_iter()
            .map(|photo| {
                let (texture, pixels) = photo?;
                let photo = Photo {
                    width: pixels.width(),
                    height: pixels.height(),
                    rgba: pixels.into_raw(),
                };
                photos.insert(texture.id(), photo);
                Some(texture)
            })
            .collect();
        Ok(Self {
            shown,
            layout,
            plan,
            fonts,
            view: options.view.clone(),
            theme,
            avatars,
            photos,
        })
    }

    /// The map as drawn (only the personas asked for).
    #[must_use]
    pub fn map(&self) -> &Map {
        &self.shown
    }

    /// Its layout.
    #[must_use]
    pub fn layout(&self) -> &MapLayout {
        &self.layout
    }

    /// Where its title block, map and legend go on one page the size of the map.
    #[must_use]
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The pixels of the photo drawn with `texture`.
    #[must_use]
    pub fn photo(&self, texture: egui::TextureId) -> Option<&Photo> {
        self.photos.get(&texture)
    }

    /// One page exactly the size of the map with its title block and legend, as the PNG.
    #[must_use]
    pub fn whole_page(&self) -> PaintedPage {
        let plan = &self.plan;
        self.page(plan.size, |painter, scene| {
            let to_page = TSTransform::from_translation(plan.map_origin.to_vec2());
            paint_map(
                painter,
                &Scene {
                    to_screen: to_page,
                    visible_in_map: self.layout.rect(),
                    ..*scene
                },
            );
            title_block(painter, scene, plan.title);
            legend(painter, scene, plan.legend);
        })
    }

    /// Sheet `number` (from 1) of `count`: its part of the map, the title block on the first,
    /// the legend on the last, and the page number at its foot.
    #[must_use]
    pub fn sheet_page(&self, sheet: &Sheet, number: usize, count: usize) -> PaintedPage {
        self.page(sheet.size, |painter, scene| {
            if sheet.visible_in_map.is_positive() {
                let to_sheet = TSTransform::from_translation(sheet.map_on_sheet.min.to_vec2())
                    * TSTransform::from_scaling(sheet.scale)
                    * TSTransform::from_translation(-sheet.visible_in_map.min.to_vec2());
                paint_map(
                    &painter.with_clip_rect(sheet.map_on_sheet),
                    &Scene {
                        to_screen: to_sheet,
                        visible_in_map: sheet.visible_in_map,
                        pin_headers: true,
                        ..*scene
                    },
                );
            }
            if let Some(title) = sheet.title_on_sheet {
                Self::part(painter, scene, title, self.plan.title, title_block);
            }
            if let Some(area) = sheet.legend_on_sheet {
                Self::part(painter, scene, area, self.plan.legend, legend);
            }
            let foot = pos2(sheet.size.x - MARGIN, sheet.size.y - MARGIN - FOOTER / 2.0);
            painter.text(
                foot,
                Align2::RIGHT_TOP,
                crate::t!("pdf-page-number", page = number, pages = count),
                FontId::proportional(9.0),
                scene.theme.muted,
            );
        })
    }

    /// Draws `part` (the title block or the legend, `rect_in_plan` on the whole page) into
    /// `on_sheet`, scaled to fit it.
    fn part(
        painter: &egui::Painter,
        scene: &Scene,
        on_sheet: Rect,
        rect_in_plan: Rect,
        draw: fn(&egui::Painter, &Scene, Rect),
    ) {
        let scale = on_sheet.width() / rect_in_plan.width();
        let to_sheet = TSTransform::from_translation(on_sheet.min.to_vec2())
            * TSTransform::from_scaling(scale)
            * TSTransform::from_translation(-rect_in_plan.min.to_vec2());
        let scene = Scene {
            to_screen: to_sheet,
            ..*scene
        };
        draw(&painter.with_clip_rect(on_sheet), &scene, rect_in_plan);
    }

    /// The part of [`Self::whole_page`] whose top-left is at `origin` and `size` points
    /// large, painted for an image of `pixels_per_point` (text is placed on its pixels), in
    /// points from that corner: only what the part shows is painted.
    #[must_use]
    pub fn region(&self, origin: Vec2, size: Vec2, pixels_per_point: f32) -> PaintedPage {
        self.page_at(size, pixels_per_point, |painter, scene| {
            super::compose::paint_region(painter, scene, &self.plan, origin, size);
        })
    }

    /// One egui pass drawing a page of `size` points with `draw`, and the shapes it made.
    fn page(&self, size: Vec2, draw: impl Fn(&egui::Painter, &Scene)) -> PaintedPage {
        self.page_at(size, PIXELS_PER_POINT, draw)
    }

    /// [`Self::page`] for `pixels_per_point`.
    fn page_at(
        &self,
        size: Vec2,
        pixels_per_point: f32,
        draw: impl Fn(&egui::Painter, &Scene),
    ) -> PaintedPage {
        let input = super::compose::pass_input(size, pixels_per_point, 16384);
        let selected = HashSet::new();
        let avatars = super::compose::texture_ids(&self.avatars);
        let scene = Scene {
            voting: None,
            map: &self.shown,
            layout: &self.layout,
            options: &self.view,
            theme: &self.theme,
            to_screen: TSTransform::IDENTITY,
            visible_in_map: Rect::from_min_size(Pos2::ZERO, size),
            selected: &selected,
            hovered: None,
            avatars: &avatars,
            canvas: false,
            pin_headers: false,
        };
        let mut shapes = Vec::new();
        // The fonts are loaded already, so one pass suffices unless egui discards it.
        for _ in 0..3 {
            let mut output = self.fonts.run_ui(input.clone(), |ui| {
                let painter = ui.painter().clone();
                draw(&painter, &scene);
            });
            output.textures_delta.clear();
            shapes = output.shapes;
            if !output.platform_output.requested_discard() {
                break;
            }
        }
        PaintedPage {
            size,
            background: self.theme.background,
            shapes,
        }
    }
}
