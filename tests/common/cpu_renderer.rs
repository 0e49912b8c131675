//! The editor's frames drawn on the CPU for `egui_kittest`, by Percorso's own CPU raster backend
//! (`export::vector::raster`), so that the tests that look at the canvas run on a machine with
//! no graphics driver; where there is one, the harness uses kittest's wgpu renderer instead.

use std::collections::HashMap;

use egui::TextureId;
use egui::epaint::{ImageData, textures::TexturesDelta};
use percorso::export::vector::Photo;
use percorso::export::vector::fonts::FontChain;
use percorso::export::vector::primitives::convert;
use percorso::export::vector::raster::Raster;

/// A kittest renderer that draws the frame's shapes with `vello_cpu`.
pub struct CpuRenderer {
    chain: FontChain,
    /// The user textures (persona photos), by id; the font atlas is not needed (text is drawn
    /// from the font files).
    photos: HashMap<TextureId, Photo>,
}

impl CpuRenderer {
    /// A renderer with the bundled fonts and no photos yet.
    pub fn new() -> Self {
        Self {
            chain: FontChain::bundled(),
            photos: HashMap::new(),
        }
    }
}

impl egui_kittest::TestRenderer for CpuRenderer {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        let deltas = delta
            .set
            .iter()
            .flat_map(|(id, d)| d.iter().map(move |d| (id, d)));
        for (id, image_delta) in deltas {
            let ImageData::Color(image) = &image_delta.image;
            // Photos are sent whole; the font atlas is not needed.
            if *id == TextureId::default() || image_delta.pos.is_some() {
                continue;
            }
            let rgba = image
                .pixels
                .iter()
                .flat_map(egui::Color32::to_srgba_unmultiplied)
                .collect();
            let (width, height) = (image.size[0], image.size[1]);
            let photo = Photo {
                width: u32::try_from(width).unwrap(),
                height: u32::try_from(height).unwrap(),
                rgba,
            };
            self.photos.insert(*id, photo);
        }
        for id in &delta.free {
            self.photos.remove(id);
        }
        // Taken: egui checks that every delta was handled.
        delta.clear();
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        let scale = ctx.pixels_per_point();
        let size = ctx.content_rect().size() * scale;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // A window's pixels.
        let (width, height) = (size.x.round() as u16, size.y.round() as u16);
        let groups = convert(&output.shapes, &self.chain);
        let raster = Raster::with_photos(&self.chain, &self.photos);
        let pixels = raster.draw(&groups, (width, height), scale, egui::Color32::TRANSPARENT);
        image::RgbaImage::from_raw(u32::from(width), u32::from(height), pixels)
            .ok_or_else(|| "the frame's pixels do not fill the image".to_owned())
    }
}
