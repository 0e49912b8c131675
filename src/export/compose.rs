//! What an exported image holds and where: a title block, the map, a legend; and the tiles it is
//! rendered in, each an egui pass of its own through the shared `paint` code.

use egui::emath::TSTransform;
use egui::{Pos2, RawInput, Rect, Vec2, pos2, vec2};

use super::{Background, ExportError, gpu::Gpu};
use crate::layout::{MapLayout, ViewOptions};
use crate::model::Map;
use crate::paint::legend::{LEGEND_HEIGHT, LEGEND_MIN_WIDTH, TITLE_HEIGHT, legend, title_block};
use crate::paint::{Scene, paint_map};
use crate::theme::Theme;

/// The image's parts, in points (map units): the whole, the title block, the map, the legend.
pub struct Plan {
    /// The whole image.
    pub size: Vec2,
    /// Where the map's top-left corner sits.
    pub map_origin: Pos2,
    /// The title block.
    pub title: Rect,
    /// The legend.
    pub legend: Rect,
}

impl Plan {
    /// The parts around a map laid out as `layout`.
    #[must_use]
    pub fn new(layout: &MapLayout) -> Self {
        let width = layout.size.x.max(LEGEND_MIN_WIDTH);
        let title = Rect::from_min_size(Pos2::ZERO, vec2(width, TITLE_HEIGHT));
        let map_origin = pos2(0.0, TITLE_HEIGHT);
        let legend = Rect::from_min_size(
            pos2(0.0, TITLE_HEIGHT + layout.size.y),
            vec2(width, LEGEND_HEIGHT),
        );
        Self {
            size: vec2(width, legend.max.y),
            map_origin,
            title,
            legend,
        }
    }

    /// The image's size in pixels at `scale`.
    #[must_use]
    pub fn pixels(&self, scale: f32) -> (u32, u32) {
        // Rounded up and positive, within u32 for any map the reader accepts.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let side = |points: f32| (points * scale).ceil().max(1.0) as u32;
        (side(self.size.x), side(self.size.y))
    }
}

/// A rectangle of the image, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// The tiles covering a `width` x `height` image, row band by row band, none larger than
/// `max_side` a side or `max_bytes` of pixels.
#[must_use]
pub fn tiles(width: u32, height: u32, max_side: u32, max_bytes: u64) -> Vec<Vec<Tile>> {
    let side = max_side.clamp(64, 8192);
    let tile_width = width.min(side);
    let rows_by_bytes = u32::try_from(max_bytes / (u64::from(tile_width.next_multiple_of(64)) * 4))
        .unwrap_or(u32::MAX);
    let tile_height = height.min(side).min(rows_by_bytes.max(1));
    (0..height.div_ceil(tile_height))
        .map(|row| {
            let y = row * tile_height;
            (0..width.div_ceil(tile_width))
                .map(|column| {
                    let x = column * tile_width;
                    Tile {
                        x,
                        y,
                        width: tile_width.min(width - x),
                        height: tile_height.min(height - y),
                    }
                })
                .collect()
        })
        .collect()
}

/// An egui context with the bundled fonts loaded (and uploaded to `gpu`), for laying out and
/// painting an export.
#[must_use]
pub fn font_context(gpu: &mut Gpu) -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(crate::theme::fonts());
    let input = RawInput {
        max_texture_side: Some(gpu.max_side as usize),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |_| {});
    gpu.apply_textures(&mut output.textures_delta);
    ctx
}

/// Each persona's photo (by persona index) loaded as a texture of `ctx`, with its pixels;
/// `None` where a persona has none (initials are drawn) or it cannot be decoded.
pub(super) fn photo_textures(
    ctx: &egui::Context,
    map: &Map,
) -> Vec<Option<(egui::TextureHandle, image::RgbaImage)>> {
    map.personas
        .iter()
        .map(|persona| {
            let pixels = crate::file::photo::decode_avatar(persona.avatar.as_deref()?)?;
            let size = [pixels.width() as usize, pixels.height() as usize];
            let image = egui::ColorImage::from_rgba_unmultiplied(size, pixels.as_raw());
            let texture = ctx.load_texture(
                format!("avatar-{}", persona.id),
                image,
                egui::TextureOptions::LINEAR,
            );
            Some((texture, pixels))
        })
        .collect()
}

/// The ids of the photos' textures, as `Scene::avatars` takes them.
pub(super) fn texture_ids(
    textures: &[Option<egui::TextureHandle>],
) -> Vec<Option<egui::TextureId>> {
    textures
        .iter()
        .map(|t| t.as_ref().map(egui::TextureHandle::id))
        .collect()
}

/// The input of one offscreen egui pass: a screen of `size` points at `pixels_per_point`.
pub(super) fn pass_input(size: Vec2, pixels_per_point: f32, max_texture_side: usize) -> RawInput {
    let mut input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        max_texture_side: Some(max_texture_side),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(pixels_per_point);
    input
}

/// The map laid out and framed for an export, and the tiles to render.
pub(super) struct Prepared {
    /// The map as drawn (only the personas asked for).
    pub shown: Map,
    /// Its layout.
    pub layout: MapLayout,
    /// Where its parts go in the image.
    pub plan: Plan,
    /// The egui context with the fonts, shared by layout and painting.
    pub fonts: egui::Context,
    /// Folded personas and lanes.
    pub view: ViewOptions,
    /// Pixels per point.
    pub scale: f32,
    /// The background.
    pub background: Background,
    /// The image's width in pixels.
    pub width: u32,
    /// The image's height in pixels.
    pub height: u32,
    /// The tiles, band by band.
    pub bands: Vec<Vec<Tile>>,
}

/// The most egui passes one tile takes (more than one only when egui discards a pass).
const MAX_PASSES: usize = 3;

/// Draws tiles of a prepared export.
pub(super) struct Painter<'a> {
    prepared: &'a Prepared,
    avatars: Vec<Option<egui::TextureHandle>>,
}

impl<'a> Painter<'a> {
    /// A painter for `prepared`, with the personas' photos loaded as textures.
    #[must_use]
    pub fn new(prepared: &'a Prepared) -> Self {
        let avatars = photo_textures(&prepared.fonts, &prepared.shown)
            .into_iter()
            .map(|photo| photo.map(|(texture, _)| texture))
            .collect();
        Self { prepared, avatars }
    }

    fn theme(&self) -> Theme {
        self.prepared.background.theme()
    }

    /// Renders one tile on `gpu`; returns its pixels and the time spent painting and
    /// tessellating.
    pub fn tile(
        &mut self,
        gpu: &mut Gpu,
        tile: Tile,
    ) -> Result<(Vec<u8>, std::time::Duration), ExportError> {
        let started = std::time::Instant::now();
        #[allow(clippy::cast_precision_loss)] // Pixel counts far below 2^24.
        let (origin, size) = (
            vec2(tile.x as f32, tile.y as f32) / self.prepared.scale,
            vec2(tile.width as f32, tile.height as f32) / self.prepared.scale,
        );
        let input = pass_input(size, self.prepared.scale, gpu.max_side as usize);
        // The fonts are loaded already (see `font_context`), so one pass suffices, unless
        // egui asks to discard it (it then rebuilt something, like the font atlas).
        let mut shapes = Vec::new();
        for _ in 0..MAX_PASSES {
            let mut output = self
                .prepared
                .fonts
                .run_ui(input.clone(), |ui| self.draw(ui, origin, size));
            gpu.apply_textures(&mut output.textures_delta);
            shapes = output.shapes;
            if !output.platform_output.requested_discard() {
                break;
            }
        }
        let meshes = self.prepared.fonts.tessellate(shapes, self.prepared.scale);
        let paint = started.elapsed();
        let pixels = gpu.render(
            &meshes,
            tile.width,
            tile.height,
            self.prepared.scale,
            self.theme().background,
        )?;
        Ok((pixels, paint))
    }

    fn draw(&self, ui: &mut egui::Ui, origin: Vec2, size: Vec2) {
        let painter = ui.painter().clone();
        let theme = self.theme();
        let selected = std::collections::HashSet::new();
        let avatars = texture_ids(&self.avatars);
        let scene = Scene {
            voting: None,
            map: &self.prepared.shown,
            layout: &self.prepared.layout,
            options: &self.prepared.view,
            theme: &theme,
            to_screen: TSTransform::IDENTITY,
            visible_in_map: Rect::NOTHING,
            selected: &selected,
            hovered: None,
            avatars: &avatars,
            canvas: false,
            pin_headers: false,
        };
        paint_region(&painter, &scene, &self.prepared.plan, origin, size);
    }
}

/// Paints the part of `plan`'s whole image whose top-left is at `origin` and that is `size`
/// points large (the map, the title block and the legend), in points from that corner, with
/// `scene`'s map and theme: only what the part shows is painted. A PNG's tile, on either
/// renderer.
pub(super) fn paint_region(
    painter: &egui::Painter,
    scene: &Scene,
    plan: &Plan,
    origin: Vec2,
    size: Vec2,
) {
    let to_region = TSTransform::from_translation(plan.map_origin.to_vec2() - origin);
    let visible_in_map = to_region
        .inverse()
        .mul_rect(Rect::from_min_size(Pos2::ZERO, size));
    let in_region = Scene {
        to_screen: to_region,
        visible_in_map,
        ..*scene
    };
    paint_map(painter, &in_region);
    let around = Scene {
        to_screen: TSTransform::from_translation(-origin),
        ..*scene
    };
    title_block(painter, &around, plan.title);
    legend(painter, &around, plan.legend);
}
