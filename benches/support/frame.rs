//! One frame of the editor as eframe runs it, for the benchmarks: the App's UI on a headless
//! egui context of 1600 x 1000 points, then tessellation into meshes, which is everything eframe
//! does before handing the meshes to the GPU.

use egui::{Pos2, RawInput, Rect};
use percorso::app::PercorsoApp;

/// The window's input: its size and nothing else.
pub fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_max(Pos2::ZERO, Pos2::new(1600.0, 1000.0))),
        ..Default::default()
    }
}

/// Runs one frame and tessellates it; the number of meshes.
pub fn frame(ctx: &egui::Context, app: &mut PercorsoApp) -> usize {
    let mut output = ctx.run_ui(input(), |ui| app.ui_contents(ui));
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}
