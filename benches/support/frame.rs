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

/// The editor with a synthetic map of `cards` cards, after the two frames that settle the fitted
/// camera, the font atlas and the layout cache.
pub fn settled_app(ctx: &egui::Context, cards: usize) -> PercorsoApp {
    let mut app = PercorsoApp::with_map(
        ctx,
        percorso::synthetic::map_with_cards(cards),
        None,
        percorso::app::Prefs::default(),
    );
    frame(ctx, &mut app);
    frame(ctx, &mut app);
    app
}

/// Shows the top-left of the map at 100 %, just below the menu bar, and runs the frame that
/// lays it out.
pub fn show_top_left_at_100(ctx: &egui::Context, app: &mut PercorsoApp) {
    app.camera_mut().to_screen = egui::emath::TSTransform::new(egui::vec2(0.0, 30.0), 1.0);
    frame(ctx, app);
}
