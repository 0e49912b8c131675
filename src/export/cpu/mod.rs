//! PNG export on the CPU, with no graphics driver: the map painted by the same `paint` code
//! as the canvas, band by band (one egui pass per tile, painting only what the tile shows), the
//! shapes turned into the vector exports' primitives and drawn by [`vector::raster`] with
//! `vello_cpu` on every core, the rows streamed into the PNG in order.
//!
//! Theory of operation ([`pool`]): this thread paints each tile and hands its primitives to a
//! pool of workers (one per core) through a bounded queue, so that only a few bands' pixels are
//! held at once; the drawn tiles come back tagged with their place. A band whose tiles are all
//! in goes back to the workers to be filtered and deflated ([`super::png_bands`]), and the
//! compressed bands are written as IDAT chunks in order: drawing and compressing both use every
//! core. For the clipboard the band's rows are handed on instead.

mod pool;

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use egui::vec2;

use super::compose::{Tile, tiles};
use super::vector::fonts::FontChain;
use super::vector::primitives::{Clipped, convert};
use super::vector::raster::Raster;
use super::vector::{Drawing, PaintedPage};
use super::{ExportError, ExportOptions, ExportReport, png_header, write_file};
use crate::file;

/// The widest and tallest tile drawn at once, in pixels: wide enough that a map up to 16,384
/// pixels across is drawn in whole bands (one egui pass and no joining a band), and within
/// what `vello_cpu` takes (a side below 65,536).
const TILE_SIDE: u32 = 16_384;
/// The most bytes of pixels one tile holds (16 MiB: a band of 1,024 rows of 4,096 pixels).
const TILE_BYTES: u64 = 16 << 20;

/// A map ready to be drawn on the CPU.
struct CpuImage {
    drawing: Drawing,
    chain: FontChain,
    raster: Raster,
    scale: f32,
    width: u32,
    height: u32,
    bands: Vec<Vec<Tile>>,
}

impl CpuImage {
    fn new(map: &crate::model::Map, options: &ExportOptions) -> Result<Self, ExportError> {
        options.check_scale()?;
        let drawing = Drawing::new(map, options)?;
        let chain = FontChain::bundled();
        let raster = Raster::new(&drawing, &chain);
        let (width, height) = drawing.plan().pixels(options.scale);
        let bands = tiles(width, height, TILE_SIDE, TILE_BYTES);
        Ok(Self {
            drawing,
            chain,
            raster,
            scale: options.scale,
            width,
            height,
            bands,
        })
    }

    /// Tile `tile`'s shapes, as primitives in points from its top-left corner.
    fn paint(&self, tile: Tile) -> (Vec<Clipped>, egui::Color32) {
        #[allow(clippy::cast_precision_loss)] // Pixel counts far below 2^24.
        let (origin, size) = (
            vec2(tile.x as f32, tile.y as f32) / self.scale,
            vec2(tile.width as f32, tile.height as f32) / self.scale,
        );
        let PaintedPage {
            shapes, background, ..
        } = self.drawing.region(origin, size, self.scale);
        (convert(&shapes, &self.chain), background)
    }

    fn report(&self, started: Instant) -> ExportReport {
        ExportReport::begun((self.width, self.height), &self.bands, started)
    }
}

/// A tile's side as vello takes it (tiles are at most [`TILE_SIDE`] pixels a side).
fn tile_side(pixels: u32) -> u16 {
    u16::try_from(pixels).unwrap_or(u16::MAX)
}

/// Exports `map` to a PNG at `out`, drawn on the CPU, calling `progress` with the fraction done.
pub fn export_png_cpu(
    map: &crate::model::Map,
    options: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(f32),
) -> Result<ExportReport, ExportError> {
    let started = Instant::now();
    let image = CpuImage::new(map, options)?;
    let mut report = image.report(started);
    let text = file::to_canonical_string(map);
    write_file(out, &mut |writer| {
        let png = png_header(writer, (image.width, image.height), &text)?;
        let mut output = pool::Output::Png(pool::PngPieces::new(png));
        image.run(&mut report, progress, &mut output)?;
        let started = Instant::now();
        output.finish()?;
        report.encode += started.elapsed();
        Ok(())
    })?;
    Ok(report)
}

/// Renders `map` as an image in memory on the CPU (for the clipboard and the tests): width,
/// height, RGBA rows.
pub fn render_rgba_cpu(
    map: &crate::model::Map,
    options: &ExportOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let image = CpuImage::new(map, options)?;
    let mut report = image.report(Instant::now());
    let mut pixels = Vec::with_capacity(image.width as usize * image.height as usize * 4);
    let mut sink = |row: &[u8]| pixels.write_all(row);
    image.run(&mut report, progress, &mut pool::Output::Rows(&mut sink))?;
    Ok((image.width, image.height, pixels))
}
