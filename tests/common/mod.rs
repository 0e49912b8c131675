//! Shared by the tests: a graphics device or a reason to skip, closing the window, and PNGs
//! that carry a map.
//!
//! On a machine without any graphics adapter (not even Mesa's software one) rendering tests
//! cannot run; they say so and skip, so that `cargo test` passes with only the Rust toolchain.
//! Under CI (`CI` set), which installs Mesa's drivers, a missing adapter is a failure instead.

#![allow(dead_code)] // Each test binary uses its own part of this module.

use percorso::export::Gpu;

pub mod cpu_renderer;
pub mod map_png;
pub mod pictures;
pub mod ui;
#[cfg(unix)]
pub mod window;

/// A headless device, or `None` (with a message) where none exists outside CI.
pub fn gpu() -> Option<Gpu> {
    match Gpu::headless() {
        Ok(gpu) => Some(gpu),
        Err(error) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped, no graphics adapter: {error}");
            None
        }
        Err(error) => panic!("CI must render: {error}"),
    }
}

/// Whether this machine can render the editor's frames: always, on the GPU where there is one
/// and on the CPU otherwise (see [`frames_on_cpu`]).
pub fn can_render() -> bool {
    true
}

/// Whether the editor's frames are drawn on the CPU ([`cpu_renderer`]): where there is no
/// graphics adapter, or when `PERCORSO_TEST_RENDERER=cpu` asks (`.ci/run` runs the canvas tests
/// both ways). Asked once per test program: opening a device takes a third of a second.
pub fn frames_on_cpu() -> bool {
    static ON_CPU: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON_CPU.get_or_init(|| {
        std::env::var("PERCORSO_TEST_RENDERER").is_ok_and(|r| r == "cpu")
            || Gpu::headless().is_err()
    })
}

/// The name of reference image `name` for the renderer drawing the editor's frames: the CPU's
/// carry `-cpu`.
pub fn frame_reference(name: &str) -> String {
    if frames_on_cpu() {
        format!("{name}-cpu")
    } else {
        name.to_owned()
    }
}

/// Asks the window to close, as its close button does, and lets the app answer.
pub fn request_close<S>(harness: &mut egui_kittest::Harness<'_, S>) {
    root_events(harness).push(egui::ViewportEvent::Close);
    harness.step();
    root_events(harness).clear();
    harness.run();
}

fn root_events<'h, S>(
    harness: &'h mut egui_kittest::Harness<'_, S>,
) -> &'h mut Vec<egui::ViewportEvent> {
    &mut harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
}

/// Polls `ready` (every 25 ms, up to `limit`) until it gives a value: for work done by another
/// thread or process.
pub fn wait_until<T>(
    what: &str,
    limit: std::time::Duration,
    mut ready: impl FnMut() -> Option<T>,
) -> Result<T, String> {
    let start = std::time::Instant::now();
    loop {
        if let Some(value) = ready() {
            return Ok(value);
        }
        if start.elapsed() > limit {
            return Err(format!("timed out after {limit:?} waiting for {what}"));
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
}

/// The stages of the Italian e-commerce template, as the issue that made it named them.
#[allow(dead_code)] // Not every test crate that includes `common` looks at templates.
pub const ITALIAN_ECOMMERCE_STAGES: [&str; 6] = [
    "Consapevolezza",
    "Considerazione",
    "Acquisto",
    "Assistenza",
    "Fidelizzazione",
    "Advocacy",
];
