//! PNG export: the map drawn by the same `paint` code as the canvas, rendered offscreen with
//! wgpu (a GPU or a software adapter, no window needed), with the map's canonical text embedded.
//!
//! Theory of operation: the map (optionally only some personas) is laid out with the export's
//! own egui context and bundled fonts, framed by a title block and a legend ([`compose::Plan`]).
//! The image is cut into tiles no larger than the device allows; each tile is one egui pass that
//! paints only what it shows, tessellated and rendered into a texture, then read back. Tiles
//! are streamed row band by row band into a PNG whose `iTXt` chunk `percorso-map` (compressed,
//! before the image data) holds the map's canonical text; the file is written atomically.

mod compose;
mod cpu;
mod format;
mod gpu;
pub mod markdown;
pub mod pages;
mod png_bands;
pub mod report;
pub mod table;
pub mod vector;

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use compose::Prepared;
pub use compose::{Plan, Tile, tiles};
pub use cpu::{export_png_cpu, render_rgba_cpu};
pub use format::{Exported, Format, ShareOptions, export_as};
pub use gpu::Gpu;

use crate::file::{self, png::MAP_KEYWORD};
use crate::layout::{MapLayout, ViewOptions};
use crate::model::{Map, PersonaId};
use crate::paint::FontsMeasure;
use crate::t;

/// The background of an exported image.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Background {
    /// White, for documents and print.
    #[default]
    White,
    /// Transparent, for slides with their own background.
    Transparent,
    /// The dark theme.
    Dark,
}

impl Background {
    /// The theme an export on this background is drawn in.
    #[must_use]
    pub fn theme(self) -> crate::theme::Theme {
        match self {
            Background::White => crate::theme::Theme::LIGHT,
            Background::Dark => crate::theme::Theme::DARK,
            Background::Transparent => crate::theme::Theme::transparent(),
        }
    }
}

/// What draws an image's pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Renderer {
    /// `vello_cpu` on every core: no graphics driver needed, and on this kind of machine
    /// several times faster than a software GPU.
    #[default]
    Cpu,
    /// egui's wgpu renderer on the graphics device (or a software one, such as llvmpipe).
    Gpu,
}

/// What to export and how.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Pixels per map unit, 1 to 4.
    pub scale: f32,
    /// The background.
    pub background: Background,
    /// Only these personas (all when empty).
    pub personas: Vec<PersonaId>,
    /// Collapsed personas and lanes, as on screen.
    pub view: ViewOptions,
    /// What draws the image's pixels.
    pub renderer: Renderer,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            scale: 2.0,
            background: Background::White,
            personas: Vec::new(),
            view: ViewOptions::default(),
            renderer: Renderer::default(),
        }
    }
}

impl ExportOptions {
    /// Whether the scale is one an image can be drawn at (1 to 4).
    fn check_scale(&self) -> Result<(), ExportError> {
        if (1.0..=4.0).contains(&self.scale) {
            Ok(())
        } else {
            Err(ExportError::Scale(self.scale))
        }
    }
}

/// Why an export failed; no file was written or changed.
#[derive(Debug)]
pub enum ExportError {
    /// No graphics adapter at all, not even a software one.
    NoAdapter,
    /// The graphics device failed.
    Gpu(String),
    /// `--persona` named a persona the map does not have.
    UnknownPersona(String, Vec<String>),
    /// The scale is outside 1 to 4.
    Scale(f32),
    /// The file could not be written.
    Write(file::SaveError),
    /// A format's writer (the PDF's) failed; what it said.
    Writer(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::NoAdapter => f.write_str(&t!("export-no-adapter")),
            ExportError::Gpu(message) | ExportError::Writer(message) => f.write_str(message),
            ExportError::UnknownPersona(id, known) => f.write_str(&t!(
                "export-unknown-persona",
                id = id,
                known = known.join(", ")
            )),
            ExportError::Scale(scale) => f.write_str(&t!("export-scale", scale = *scale)),
            ExportError::Write(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for ExportError {}

/// What an export did and how long each part took.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportReport {
    /// The image's width in pixels.
    pub width: u32,
    /// The image's height in pixels.
    pub height: u32,
    /// How many tiles it was rendered in.
    pub tiles: usize,
    /// Time spent laying out, painting and tessellating.
    pub paint: Duration,
    /// Time spent rendering on the device and reading pixels back.
    pub raster: Duration,
    /// Time spent encoding and writing the PNG.
    pub encode: Duration,
}

impl ExportReport {
    /// The report of an image of `size` pixels in `bands` of tiles, its preparation begun at
    /// `started` (counted as painting).
    fn begun(size: (u32, u32), bands: &[Vec<Tile>], started: Instant) -> Self {
        Self {
            width: size.0,
            height: size.1,
            tiles: bands.iter().map(Vec::len).sum(),
            paint: started.elapsed(),
            ..Self::default()
        }
    }
}

/// The map restricted to the personas asked for (all when none are named).
pub fn map_for_export(map: &Map, personas: &[PersonaId]) -> Result<Map, ExportError> {
    for id in personas {
        if !map.personas.iter().any(|p| &p.id == id) {
            let known = map.personas.iter().map(|p| p.id.to_string()).collect();
            return Err(ExportError::UnknownPersona(id.to_string(), known));
        }
    }
    let mut shown = map.clone();
    if !personas.is_empty() {
        shown.personas.retain(|p| personas.contains(&p.id));
    }
    Ok(shown)
}

/// Exports `map` to a PNG at `out` with the options' renderer, calling `progress` with the
/// fraction done.
pub fn export_png(
    map: &Map,
    options: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(f32),
) -> Result<ExportReport, ExportError> {
    match options.renderer {
        Renderer::Cpu => export_png_cpu(map, options, out, progress),
        Renderer::Gpu => export_png_on(&mut Gpu::headless()?, map, options, out, progress),
    }
}

/// Exports `map` to a PNG at `out` on an existing device.
pub fn export_png_on(
    gpu: &mut Gpu,
    map: &Map,
    options: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(f32),
) -> Result<ExportReport, ExportError> {
    let started = Instant::now();
    let prepared = Prepared::new(gpu, map, options)?;
    let mut report = prepared.report(started);
    let text = file::to_canonical_string(map);
    write_file(out, &mut |writer| {
        write_png(writer, gpu, &prepared, &text, &mut report, progress)
    })?;
    Ok(report)
}

/// Writes `out` atomically with `write`: what `write` says when it fails (nothing is left at
/// `out`), else the file's own error.
fn write_file(
    out: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let mut failure = None;
    let written = file::write_atomically_with(out, |writer| {
        write(writer).map_err(|err| {
            let message = err.to_string();
            failure = Some(err);
            std::io::Error::other(message)
        })
    });
    match (written, failure) {
        (Ok(()), _) => Ok(()),
        (Err(_), Some(err)) => Err(err),
        (Err(err), None) => Err(ExportError::Write(err)),
    }
}

/// Renders `map` as an image in memory (for the clipboard): width, height, RGBA rows.
pub fn render_rgba(
    gpu: &mut Gpu,
    map: &Map,
    options: &ExportOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let prepared = Prepared::new(gpu, map, options)?;
    let mut report = prepared.report(Instant::now());
    let mut pixels = Vec::with_capacity(prepared.width as usize * prepared.height as usize * 4);
    render_rows(gpu, &prepared, &mut report, progress, &mut |row| {
        pixels.extend_from_slice(row);
        Ok(())
    })?;
    Ok((prepared.width, prepared.height, pixels))
}

impl Prepared {
    fn new(gpu: &mut Gpu, map: &Map, options: &ExportOptions) -> Result<Self, ExportError> {
        options.check_scale()?;
        let shown = map_for_export(map, &options.personas)?;
        let fonts = compose::font_context(gpu);
        let layout = MapLayout::new(&shown, &options.view, &FontsMeasure::for_context(&fonts));
        let plan = Plan::new(&layout);
        let (width, height) = plan.pixels(options.scale);
        let bands = tiles(
            width,
            height,
            gpu.tile_side.min(gpu.max_side),
            gpu.max_buffer,
        );
        Ok(Self {
            shown,
            layout,
            plan,
            fonts,
            view: options.view.clone(),
            scale: options.scale,
            background: options.background,
            width,
            height,
            bands,
        })
    }

    fn report(&self, started: Instant) -> ExportReport {
        ExportReport::begun((self.width, self.height), &self.bands, started)
    }
}

fn write_png(
    writer: &mut dyn Write,
    gpu: &mut Gpu,
    prepared: &Prepared,
    text: &str,
    report: &mut ExportReport,
    progress: &mut dyn FnMut(f32),
) -> Result<(), ExportError> {
    let (width, height) = (prepared.width, prepared.height);
    let finish = write_png_rows(writer, (width, height), text, &mut |sink| {
        render_rows(gpu, prepared, report, progress, sink)
    })?;
    report.encode += finish;
    Ok(())
}

/// Where an image's rows go, top to bottom.
type RowSink<'a> = &'a mut dyn FnMut(&[u8]) -> std::io::Result<()>;

/// Writes a PNG of `size` pixels whose `iTXt` chunk holds the map's `text` (compressed,
/// before the image), its rows handed top to bottom by `rows` to the sink it is given; how
/// long finishing the stream took.
fn write_png_rows(
    writer: &mut dyn Write,
    (width, height): (u32, u32),
    text: &str,
    rows: &mut dyn FnMut(RowSink<'_>) -> Result<(), ExportError>,
) -> Result<Duration, ExportError> {
    let mut png = png_header(writer, (width, height), text)?;
    let mut stream = png.stream_writer().map_err(|e| png_error(&e))?;
    rows(&mut |row| stream.write_all(row))?;
    let started = Instant::now();
    stream.finish().map_err(|e| png_error(&e))?;
    Ok(started.elapsed())
}

/// A PNG's encoder failing.
fn png_error(err: &png::EncodingError) -> ExportError {
    ExportError::Gpu(t!("export-png-failed", detail = err.to_string()))
}

/// Starts a PNG of `size` pixels, RGBA 8 bits, whose `iTXt` chunk `percorso-map` holds the
/// map's `text` (compressed, before the image data).
fn png_header<W: Write>(
    writer: W,
    (width, height): (u32, u32),
    text: &str,
) -> Result<png::Writer<W>, ExportError> {
    let mut encoder = png::Encoder::new(writer, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut png = encoder.write_header().map_err(|e| png_error(&e))?;
    let mut chunk = png::text_metadata::ITXtChunk::new(MAP_KEYWORD, text);
    chunk.compressed = true;
    chunk.compress_text().map_err(|e| png_error(&e))?;
    png.write_text_chunk(&chunk).map_err(|e| png_error(&e))?;
    Ok(png)
}

/// The error of a row that could not be written.
fn row_error(err: &std::io::Error) -> ExportError {
    ExportError::Gpu(t!("export-write-failed", reason = file::io_reason(err)))
}

/// Renders the tiles band by band and hands the image's rows, top to bottom, to `sink`.
fn render_rows(
    gpu: &mut Gpu,
    prepared: &Prepared,
    report: &mut ExportReport,
    progress: &mut dyn FnMut(f32),
    sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let mut painter = compose::Painter::new(prepared);
    for (done, band) in prepared.bands.iter().enumerate() {
        let mut pixels = Vec::with_capacity(band.len());
        for tile in band {
            let started = Instant::now();
            let (tile_pixels, paint) = painter.tile(gpu, *tile)?;
            report.paint += paint;
            report.raster += started.elapsed().saturating_sub(paint);
            pixels.push(tile_pixels);
        }
        let started = Instant::now();
        let rows = band.first().map_or(0, |t| t.height) as usize;
        for row in 0..rows {
            for (tile, tile_pixels) in band.iter().zip(&pixels) {
                let stride = tile.width as usize * 4;
                sink(&tile_pixels[row * stride..(row + 1) * stride]).map_err(|e| row_error(&e))?;
            }
        }
        report.encode += started.elapsed();
        #[allow(clippy::cast_precision_loss)] // Band counts are small.
        progress((done + 1) as f32 / prepared.bands.len() as f32);
    }
    Ok(())
}

/// Exports `map` to a PDF at `out` on `page` pages, with the map attached; the page count.
pub fn export_pdf(
    map: &Map,
    options: &ExportOptions,
    page: pages::PageSize,
    out: &Path,
    progress: &mut dyn FnMut(f32),
) -> Result<usize, ExportError> {
    let drawing = vector::Drawing::new(map, options)?;
    let text = file::to_canonical_string(map);
    let (bytes, count) = vector::pdf::pdf_bytes(&drawing, page, &text, progress)?;
    file::write_atomically(out, &bytes).map_err(ExportError::Write)?;
    Ok(count)
}

/// Exports `map` to an SVG drawing at `out`, with the map inside.
pub fn export_svg(map: &Map, options: &ExportOptions, out: &Path) -> Result<(), ExportError> {
    let drawing = vector::Drawing::new(map, options)?;
    let text = vector::svg::svg_text(&drawing, &file::to_canonical_string(map));
    file::write_atomically(out, text.as_bytes()).map_err(ExportError::Write)
}
