//! The workers of a CPU export: one thread per core, each taking the next job from a bounded
//! queue (draw a tile, or filter and deflate a band) and sending what it made back; and this
//! thread's loop, which paints tiles ahead of the workers, puts bands together as their tiles
//! come in and writes them out in order.

use std::collections::HashMap;
use std::io::Write;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use egui::Color32;

use super::super::png_bands::{Piece, ZLIB_HEADER, adler32_combine, compress_band};
use super::super::vector::primitives::Clipped;
use super::super::vector::raster::Raster;
use super::super::{ExportError, ExportReport, Tile, png_error, row_error};
use super::{CpuImage, tile_side};

/// How many bands ahead of the one being put together tiles are painted.
const LOOKAHEAD: usize = 2;

/// What a worker is asked to do.
enum Job {
    /// Draw a tile's primitives.
    Draw {
        place: (usize, usize),
        tile: Tile,
        groups: Vec<Clipped>,
        background: Color32,
    },
    /// Filter and deflate a band's rows (the row above it given).
    Compress {
        band: usize,
        rows: Vec<u8>,
        previous: Option<Vec<u8>>,
        stride: usize,
        last: bool,
    },
}

/// What a worker made.
enum Done {
    /// A tile's pixels, by band and place in the band.
    Drawn((usize, usize), Vec<u8>),
    /// A band's share of the PNG stream.
    Compressed(usize, std::io::Result<Piece>),
}

/// Where the finished bands go.
pub(super) enum Output<'a> {
    /// Their rows, top to bottom (the clipboard).
    Rows(&'a mut dyn FnMut(&[u8]) -> std::io::Result<()>),
    /// A PNG's IDAT chunks.
    Png(PngPieces<'a>),
}

/// A PNG whose image data arrives band by band, already compressed.
pub(super) struct PngPieces<'a> {
    writer: png::Writer<&'a mut dyn Write>,
    adler: u32,
    first: bool,
}

impl<'a> PngPieces<'a> {
    /// Writes the image data after `writer`'s header.
    pub(super) fn new(writer: png::Writer<&'a mut dyn Write>) -> Self {
        Self {
            writer,
            adler: 1,
            first: true,
        }
    }

    /// Writes the next band's piece; `last` ends the stream with its checksum.
    fn write(&mut self, piece: &Piece, last: bool) -> Result<(), ExportError> {
        let mut data = Vec::with_capacity(piece.deflate.len() + 6);
        if std::mem::take(&mut self.first) {
            data.extend_from_slice(&ZLIB_HEADER);
        }
        data.extend_from_slice(&piece.deflate);
        self.adler = adler32_combine(self.adler, piece.adler, piece.len);
        if last {
            data.extend_from_slice(&self.adler.to_be_bytes());
        }
        self.writer
            .write_chunk(png::chunk::IDAT, &data)
            .map_err(|e| png_error(&e))
    }
}

impl Output<'_> {
    /// Ends the file (a PNG's last chunk); nothing for rows.
    pub(super) fn finish(self) -> Result<(), ExportError> {
        match self {
            Output::Rows(_) => Ok(()),
            Output::Png(pieces) => pieces.writer.finish().map_err(|e| png_error(&e)),
        }
    }
}

fn work(raster: &Raster, scale: f32, job: Job) -> Done {
    match job {
        Job::Draw {
            place,
            tile,
            groups,
            background,
        } => {
            let size = (tile_side(tile.width), tile_side(tile.height));
            let pixels = raster.draw(&groups, size, scale, background);
            Done::Drawn(place, pixels)
        }
        Job::Compress {
            band,
            rows,
            previous,
            stride,
            last,
        } => Done::Compressed(
            band,
            compress_band(&rows, stride, previous.as_deref(), last),
        ),
    }
}

/// The error of a worker gone (it does not happen: workers end only when the queue closes).
fn stopped() -> ExportError {
    ExportError::Writer(crate::t!("export-cpu-failed"))
}

/// This thread's side of an export: what is painted, drawn, put together and written.
struct Progress<'r> {
    /// Every tile in order, with its band and place in it.
    tiles: Vec<(usize, usize, Tile)>,
    queued: usize,
    drawn: HashMap<(usize, usize), Vec<u8>>,
    pieces: HashMap<usize, Piece>,
    /// Bands put together, and bands written.
    assembled: usize,
    written: usize,
    /// The last row of the last band put together, which the next band is filtered against.
    previous: Option<Vec<u8>>,
    report: &'r mut ExportReport,
}

impl CpuImage {
    /// Draws every tile on the workers and sends the bands, in order, to `output`.
    pub(super) fn run(
        &self,
        report: &mut ExportReport,
        progress: &mut dyn FnMut(f32),
        output: &mut Output<'_>,
    ) -> Result<(), ExportError> {
        let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let (jobs, queue) = mpsc::sync_channel::<Job>(workers);
        let queue = Arc::new(Mutex::new(queue));
        let (done, finished) = mpsc::channel::<Done>();
        let (raster, scale) = (&self.raster, self.scale);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let (queue, done) = (Arc::clone(&queue), done.clone());
                scope.spawn(move || {
                    loop {
                        // The lock is held only to take the next job (in its own statement, so
                        // that the guard is gone before the work); a poisoned one ends the worker.
                        let job = queue.lock().ok().and_then(|q| q.recv().ok());
                        let Some(job) = job else { break };
                        if done.send(work(raster, scale, job)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done);
            let mut state = Progress {
                tiles: self.all_tiles(),
                queued: 0,
                drawn: HashMap::new(),
                pieces: HashMap::new(),
                assembled: 0,
                written: 0,
                previous: None,
                report,
            };
            let result = self.drive(&mut state, &jobs, &finished, progress, output);
            // Closing the queue ends the workers.
            drop(jobs);
            result
        })
    }

    fn all_tiles(&self) -> Vec<(usize, usize, Tile)> {
        self.bands
            .iter()
            .enumerate()
            .flat_map(|(b, band)| band.iter().enumerate().map(move |(i, t)| (b, i, *t)))
            .collect()
    }

    fn drive(
        &self,
        state: &mut Progress,
        jobs: &SyncSender<Job>,
        finished: &Receiver<Done>,
        progress: &mut dyn FnMut(f32),
        output: &mut Output<'_>,
    ) -> Result<(), ExportError> {
        let total = self.bands.len();
        while state.written < total {
            self.paint_ahead(state, jobs)?;
            let started = Instant::now();
            match finished.recv().map_err(|_| stopped())? {
                Done::Drawn(place, pixels) => {
                    state.drawn.insert(place, pixels);
                }
                Done::Compressed(band, piece) => {
                    let piece = piece.map_err(|e| row_error(&e))?;
                    state.pieces.insert(band, piece);
                }
            }
            state.report.raster += started.elapsed();
            let started = Instant::now();
            let before = state.written;
            self.assemble(state, jobs, output)?;
            if let Output::Png(pieces) = output {
                while let Some(piece) = state.pieces.remove(&state.written) {
                    state.written += 1;
                    pieces.write(&piece, state.written == total)?;
                }
            }
            if state.written > before {
                #[allow(clippy::cast_precision_loss)] // Band counts are small.
                progress(state.written as f32 / total as f32);
            }
            state.report.encode += started.elapsed();
        }
        Ok(())
    }

    /// Paints and queues the tiles of the next few bands.
    fn paint_ahead(&self, state: &mut Progress, jobs: &SyncSender<Job>) -> Result<(), ExportError> {
        while let Some(&(band, index, tile)) = state.tiles.get(state.queued) {
            if band >= state.assembled + LOOKAHEAD {
                break;
            }
            let started = Instant::now();
            let (groups, background) = self.paint(tile);
            state.report.paint += started.elapsed();
            let place = (band, index);
            jobs.send(Job::Draw {
                place,
                tile,
                groups,
                background,
            })
            .map_err(|_| stopped())?;
            state.queued += 1;
        }
        Ok(())
    }

    /// Puts together every band whose tiles are all drawn, in order: its rows go to `output`
    /// (the clipboard's), or back to the workers to be compressed.
    fn assemble(
        &self,
        state: &mut Progress,
        jobs: &SyncSender<Job>,
        output: &mut Output<'_>,
    ) -> Result<(), ExportError> {
        while let Some(band) = self.bands.get(state.assembled) {
            let here = state.assembled;
            if (0..band.len()).any(|i| !state.drawn.contains_key(&(here, i))) {
                break;
            }
            let tiles: Vec<Vec<u8>> = (0..band.len())
                .filter_map(|i| state.drawn.remove(&(here, i)))
                .collect();
            let rows = join_tiles(band, tiles);
            let stride = self.width as usize * 4;
            state.assembled += 1;
            match output {
                Output::Rows(sink) => {
                    for row in rows.chunks_exact(stride) {
                        sink(row).map_err(|e| row_error(&e))?;
                    }
                    state.written += 1;
                }
                Output::Png(_) => {
                    let last_row = rows.len().checked_sub(stride).map(|at| rows[at..].to_vec());
                    let previous = std::mem::replace(&mut state.previous, last_row);
                    let last = state.assembled == self.bands.len();
                    jobs.send(Job::Compress {
                        band: here,
                        rows,
                        previous,
                        stride,
                        last,
                    })
                    .map_err(|_| stopped())?;
                }
            }
        }
        Ok(())
    }
}

/// A band's tiles, left to right, as the band's full-width rows.
fn join_tiles(band: &[Tile], mut tiles: Vec<Vec<u8>>) -> Vec<u8> {
    if tiles.len() == 1 {
        return tiles.pop().unwrap_or_default();
    }
    let rows = band.first().map_or(0, |t| t.height) as usize;
    let width: usize = band.iter().map(|t| t.width as usize).sum();
    let mut joined = Vec::with_capacity(rows * width * 4);
    for row in 0..rows {
        for (tile, pixels) in band.iter().zip(&tiles) {
            let stride = tile.width as usize * 4;
            joined.extend_from_slice(&pixels[row * stride..(row + 1) * stride]);
        }
    }
    joined
}
