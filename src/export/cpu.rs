//! PNG export on the CPU, with no graphics driver: the map painted by the same `paint` code
//! as the canvas, band by band (one egui pass per tile, painting only what the tile shows), the
//! shapes turned into the vector exports' primitives and drawn by [`vector::raster`] with
//! `vello_cpu` on every core, the rows streamed into the PNG in order.
//!
//! Theory of operation: this thread paints each tile and hands its primitives to a pool of
//! workers (one per core) through a bounded queue, so that only a few tiles' pixels are held at
//! once; the finished tiles come back tagged with their place, and each band of rows is written
//! as soon as all its tiles are in.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use egui::vec2;

use super::compose::{Tile, tiles};
use super::vector::fonts::FontChain;
use super::vector::primitives::{Clipped, convert};
use super::vector::raster::Raster;
use super::vector::{Drawing, PaintedPage};
use super::{ExportError, ExportOptions, ExportReport, row_error, write_png_rows};
use crate::file;

/// The widest and tallest tile drawn at once, in pixels.
const TILE_SIDE: u32 = 4096;
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
        if !(1.0..=4.0).contains(&options.scale) {
            return Err(ExportError::Scale(options.scale));
        }
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

    /// Draws every tile and hands the image's rows, top to bottom, to `sink`.
    fn rows(
        &self,
        report: &mut ExportReport,
        progress: &mut dyn FnMut(f32),
        sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> Result<(), ExportError> {
        let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let (jobs, queue) =
            mpsc::sync_channel::<(usize, usize, Tile, Vec<Clipped>, egui::Color32)>(workers);
        let queue = Arc::new(Mutex::new(queue));
        let (done, finished) = mpsc::channel::<((usize, usize), Vec<u8>)>();
        let (raster, scale) = (&self.raster, self.scale);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let (queue, done) = (Arc::clone(&queue), done.clone());
                scope.spawn(move || {
                    // The lock is held only to take the next job; a poisoned one ends the worker.
                    while let Some((band, index, tile, groups, background)) =
                        queue.lock().ok().and_then(|q| q.recv().ok())
                    {
                        let size = (tile_side(tile.width), tile_side(tile.height));
                        let pixels =
                            raster.draw(&groups, size, egui::Vec2::ZERO, scale, background);
                        if done.send(((band, index), pixels)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done);
            let result = self.feed_and_write(&jobs, &finished, report, progress, sink);
            drop(jobs);
            result
        })
    }

    /// Paints the tiles and queues them for the workers, writing each band once its tiles are
    /// drawn.
    fn feed_and_write(
        &self,
        jobs: &mpsc::SyncSender<(usize, usize, Tile, Vec<Clipped>, egui::Color32)>,
        finished: &mpsc::Receiver<((usize, usize), Vec<u8>)>,
        report: &mut ExportReport,
        progress: &mut dyn FnMut(f32),
        sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> Result<(), ExportError> {
        let all: Vec<(usize, usize, Tile)> = self
            .bands
            .iter()
            .enumerate()
            .flat_map(|(b, band)| band.iter().enumerate().map(move |(i, t)| (b, i, *t)))
            .collect();
        let mut drawn: HashMap<(usize, usize), Vec<u8>> = HashMap::new();
        let mut next_band = 0;
        let mut queued = 0;
        while next_band < self.bands.len() {
            // Keep the workers busy while this thread writes.
            while queued < all.len() && queued < self.tiles_before(next_band + 2) {
                let (band, index, tile) = all[queued];
                let started = Instant::now();
                let (groups, background) = self.paint(tile);
                report.paint += started.elapsed();
                if jobs.send((band, index, tile, groups, background)).is_err() {
                    return Err(ExportError::Writer(crate::t!("export-cpu-failed")));
                }
                queued += 1;
            }
            let started = Instant::now();
            while drawn.keys().filter(|(b, _)| *b == next_band).count()
                < self.bands[next_band].len()
            {
                let Ok((place, pixels)) = finished.recv() else {
                    return Err(ExportError::Writer(crate::t!("export-cpu-failed")));
                };
                drawn.insert(place, pixels);
            }
            report.raster += started.elapsed();
            let started = Instant::now();
            let band = &self.bands[next_band];
            let pixels: Vec<Vec<u8>> = (0..band.len())
                .filter_map(|i| drawn.remove(&(next_band, i)))
                .collect();
            let rows = band.first().map_or(0, |t| t.height) as usize;
            for row in 0..rows {
                for (tile, tile_pixels) in band.iter().zip(&pixels) {
                    let stride = tile.width as usize * 4;
                    sink(&tile_pixels[row * stride..(row + 1) * stride])
                        .map_err(|e| row_error(&e))?;
                }
            }
            report.encode += started.elapsed();
            next_band += 1;
            #[allow(clippy::cast_precision_loss)] // Band counts are small.
            progress(next_band as f32 / self.bands.len() as f32);
        }
        Ok(())
    }

    /// How many tiles the bands before `band` hold.
    fn tiles_before(&self, band: usize) -> usize {
        self.bands.iter().take(band).map(Vec::len).sum()
    }

    fn report(&self, started: Instant) -> ExportReport {
        ExportReport {
            width: self.width,
            height: self.height,
            tiles: self.bands.iter().map(Vec::len).sum(),
            paint: started.elapsed(),
            ..ExportReport::default()
        }
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
    let mut failure = None;
    let written = file::write_atomically_with(out, |writer| {
        let size = (image.width, image.height);
        write_png_rows(writer, size, &text, &mut |sink| {
            image.rows(&mut report, progress, sink)
        })
        .map(|finish| report.encode += finish)
        .map_err(|err| {
            let message = err.to_string();
            failure = Some(err);
            std::io::Error::other(message)
        })
    });
    match (written, failure) {
        (Ok(()), _) => Ok(report),
        (Err(_), Some(err)) => Err(err),
        (Err(err), None) => Err(ExportError::Write(err)),
    }
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
    image.rows(&mut report, progress, &mut |row| pixels.write_all(row))?;
    Ok((image.width, image.height, pixels))
}
