//! An export running on a worker thread (on eframe's device when there is one), its progress,
//! and its result (a written file, or an image for the clipboard) handed back to the UI.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::export::{self, ExportOptions, Gpu};
use crate::model::Map;
use crate::t;

/// Where an export goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Destination {
    /// A PNG file, written atomically.
    File(PathBuf),
    /// The clipboard, as an image.
    Clipboard,
}

/// What a finished export produced.
pub enum ExportDone {
    /// The file was written: its path, format and what it holds.
    Written(PathBuf, export::Format, export::Exported),
    /// The image for the clipboard.
    Image(egui::ColorImage),
}

/// An export running on a worker thread.
pub struct ExportJob {
    progress: Arc<AtomicU32>,
    result: Receiver<Result<ExportDone, String>>,
}

/// Exports `map` as `format` (not PNG) to `path` on this thread.
fn without_gpu(
    map: &Map,
    format: export::Format,
    (options, share): (&ExportOptions, &export::ShareOptions),
    path: &std::path::Path,
    report: &mut dyn FnMut(f32),
) -> Result<ExportDone, String> {
    export::export_as(map, format, options, share, path, report)
        .map(|done| ExportDone::Written(path.to_path_buf(), format, done))
        .map_err(|err| err.to_string())
}

/// Pixels for the clipboard.
fn clipboard_image(width: u32, height: u32, pixels: &[u8]) -> ExportDone {
    ExportDone::Image(egui::ColorImage::from_rgba_unmultiplied(
        [width as usize, height as usize],
        pixels,
    ))
}

/// Does the export on this (the job's) thread: the vector and text formats and images drawn
/// on the CPU need no graphics device; images drawn on the GPU use eframe's, else a headless
/// one.
fn run(
    (map, format, (options, share)): (
        &Map,
        export::Format,
        (&ExportOptions, &export::ShareOptions),
    ),
    destination: &Destination,
    render_state: Option<&egui_wgpu::RenderState>,
    report: &mut dyn FnMut(f32),
) -> Result<ExportDone, String> {
    let on_cpu = options.renderer == export::Renderer::Cpu;
    match destination {
        Destination::File(path) if on_cpu || format != export::Format::Png => {
            without_gpu(map, format, (options, share), path, report)
        }
        Destination::Clipboard if on_cpu => export::render_rgba_cpu(map, options, report)
            .map(|(width, height, pixels)| clipboard_image(width, height, &pixels))
            .map_err(|err| err.to_string()),
        _ => {
            let mut gpu = match render_state.map(Gpu::from_render_state) {
                Some(gpu) => gpu,
                None => Gpu::headless().map_err(|err| err.to_string())?,
            };
            on_gpu(&mut gpu, map, (options, format), destination, report)
        }
    }
}

/// A PNG or the clipboard's pixels rendered on `gpu`.
fn on_gpu(
    gpu: &mut Gpu,
    map: &Map,
    (options, format): (&ExportOptions, export::Format),
    destination: &Destination,
    report: &mut dyn FnMut(f32),
) -> Result<ExportDone, String> {
    match destination {
        Destination::File(path) => export::export_png_on(gpu, map, options, path, report)
            .map(|done| {
                let size = export::Exported::Image(done.width, done.height);
                ExportDone::Written(path.clone(), format, size)
            })
            .map_err(|err| err.to_string()),
        Destination::Clipboard => export::render_rgba(gpu, map, options, report)
            .map(|(width, height, pixels)| clipboard_image(width, height, &pixels))
            .map_err(|err| err.to_string()),
    }
}

impl ExportJob {
    /// Starts exporting `map` to `destination`.
    #[must_use]
    pub fn start(
        ctx: &egui::Context,
        render_state: Option<egui_wgpu::RenderState>,
        map: Map,
        (options, format, share): (ExportOptions, export::Format, export::ShareOptions),
        destination: Destination,
    ) -> Self {
        let progress = Arc::new(AtomicU32::new(0));
        let (sender, result) = channel();
        let (ctx, shared) = (ctx.clone(), Arc::clone(&progress));
        let language = crate::lang::current();
        std::thread::spawn(move || {
            // The legend, the title block and any message speak the window's language.
            crate::lang::set(language);
            let mut report = |fraction: f32| {
                shared.store(fraction.to_bits(), Ordering::Relaxed);
                ctx.request_repaint();
            };
            let job = (&map, format, (&options, &share));
            let outcome = run(job, &destination, render_state.as_ref(), &mut report);
            // The app may have closed meanwhile; then nobody waits for the result.
            let _unheard = sender.send(outcome);
            ctx.request_repaint();
        });
        Self { progress, result }
    }

    /// How far the export is, from 0 to 1.
    #[must_use]
    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }

    /// The result, once the export is done.
    #[must_use]
    pub fn poll(&self) -> Option<Result<ExportDone, String>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(t!("export-stopped"))),
        }
    }
}
