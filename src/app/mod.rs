//! The eframe application: the open document, the view (camera, collapsed lanes, theme), the
//! selection, and the panels around the canvas.
//!
//! Theory of operation: each frame reads the document (`&Map`) and draws the menu bar, the
//! inspector and the canvas. The layout is cached and rebuilt only when the map's revision or the
//! view options change. Nothing asks for a repaint unless a camera jump is animating, so an
//! idle window costs no CPU.

mod avatars;
mod camera;
mod canvas;
mod inspector;
mod prefs;
mod selection;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Color32, FontId, RichText};

pub use camera::{Camera, fit};
pub use prefs::Prefs;
pub use selection::Selection;

use crate::file::{self, ReadError, templates};
use crate::layout::{MapLayout, MeasureText, ViewOptions};
use crate::model::Map;
use crate::theme::{self, Theme};

/// The map being shown, where it came from, and a counter bumped on every change.
pub struct Document {
    /// The map.
    pub map: Map,
    /// The file it was read from, or `None` for a map not saved yet.
    pub path: Option<PathBuf>,
    /// Bumped whenever the map changes; the layout cache compares it.
    pub revision: u64,
}

/// A file that could not be opened, with the reader's messages.
struct LoadFailure {
    path: PathBuf,
    error: ReadError,
}

/// The Percorso editor window.
pub struct PercorsoApp {
    doc: Document,
    failure: Option<LoadFailure>,
    prefs: Prefs,
    view: ViewOptions,
    camera: Camera,
    needs_fit: bool,
    layout: Option<(u64, ViewOptions, Arc<MapLayout>)>,
    selection: Option<Selection>,
    title_shown: String,
    avatars: avatars::AvatarTextures,
}

impl PercorsoApp {
    /// Starts the app: opens `file`, else the last map, else the guitar sample.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let prefs: Prefs = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, prefs::STORAGE_KEY))
            .unwrap_or_default();
        let mut app = Self::with_map(&cc.egui_ctx, sample_map(), None, prefs);
        let last = app.prefs.last_file.clone().filter(|path| path.exists());
        if let Some(path) = file.or(last) {
            app.open(&path);
        }
        app
    }

    /// An app showing `map` (tests build it this way, without storage).
    #[must_use]
    pub fn with_map(ctx: &egui::Context, map: Map, path: Option<PathBuf>, prefs: Prefs) -> Self {
        ctx.set_fonts(theme::fonts());
        let view = prefs
            .views
            .get(&Prefs::view_key(path.as_deref()))
            .cloned()
            .unwrap_or_default();
        let app = Self {
            doc: Document {
                map,
                path,
                revision: 0,
            },
            failure: None,
            prefs,
            view,
            camera: Camera::default(),
            needs_fit: true,
            layout: None,
            selection: None,
            title_shown: String::new(),
            avatars: avatars::AvatarTextures::default(),
        };
        app.apply_theme(ctx);
        app
    }

    /// The open map.
    #[must_use]
    pub fn map(&self) -> &Map {
        &self.doc.map
    }

    /// The selected element.
    #[must_use]
    pub fn selection(&self) -> Option<&Selection> {
        self.selection.as_ref()
    }

    /// The camera (tests read the zoom).
    #[must_use]
    pub fn camera(&self) -> &Camera {
        &self.camera
    }

    /// The current view options.
    #[must_use]
    pub fn view(&self) -> &ViewOptions {
        &self.view
    }

    /// Opens the map at `path`; on failure keeps the current map and shows the messages.
    pub fn open(&mut self, path: &Path) {
        match file::read_path(path) {
            Ok(map) => {
                self.doc = Document {
                    map,
                    path: Some(path.to_owned()),
                    revision: self.doc.revision + 1,
                };
                self.failure = None;
                self.prefs.last_file = Some(path.to_owned());
                self.view = self
                    .prefs
                    .views
                    .get(&Prefs::view_key(Some(path)))
                    .cloned()
                    .unwrap_or_default();
                self.selection = None;
                self.needs_fit = true;
            }
            Err(error) => {
                self.failure = Some(LoadFailure {
                    path: path.to_owned(),
                    error,
                });
            }
        }
    }

    /// Changes the view options and remembers them for this file.
    fn set_view(&mut self, view: ViewOptions) {
        self.prefs
            .views
            .insert(Prefs::view_key(self.doc.path.as_deref()), view.clone());
        self.view = view;
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_visuals(if self.prefs.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
    }

    fn theme(&self) -> Theme {
        Theme::new(self.prefs.dark)
    }

    /// The layout of the current map and view, rebuilt only when either changed.
    fn layout(&mut self, ctx: &egui::Context) -> Arc<MapLayout> {
        if let Some((revision, view, layout)) = &self.layout
            && *revision == self.doc.revision
            && *view == self.view
        {
            return Arc::clone(layout);
        }
        let layout = Arc::new(MapLayout::new(&self.doc.map, &self.view, &EguiMeasure(ctx)));
        self.layout = Some((self.doc.revision, self.view.clone(), Arc::clone(&layout)));
        layout
    }

    /// The window title: file name, map title, unsaved mark later.
    fn window_title(&self) -> String {
        let file = self
            .doc
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || "Untitled".to_owned(),
                |name| name.to_string_lossy().into_owned(),
            );
        format!("{file} — {} — Percorso", self.doc.map.title)
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("View", |ui| {
                if ui.button("Zoom to fit\t0").clicked() {
                    self.needs_fit = true;
                    ui.close();
                }
                let mut dark = self.prefs.dark;
                if ui.checkbox(&mut dark, "Dark theme").changed() {
                    self.prefs.dark = dark;
                    self.apply_theme(ui.ctx());
                }
                let mut overlay = self.view.overlay_emotions;
                if ui
                    .checkbox(&mut overlay, "Overlay all personas' emotion curves")
                    .changed()
                {
                    let view = ViewOptions {
                        overlay_emotions: overlay,
                        ..self.view.clone()
                    };
                    self.set_view(view);
                }
            });
            ui.separator();
            ui.label(RichText::new(&self.doc.map.title).strong());
        });
    }

    fn failure_ui(&mut self, ui: &mut egui::Ui) {
        let Some(failure) = &self.failure else {
            return;
        };
        let name = failure.path.display().to_string();
        let mut dismiss = false;
        egui::Modal::new(ui.scope_id().with("load-failure")).show(ui.ctx(), |ui| {
            ui.set_max_width(720.0);
            ui.heading(format!("Cannot open {name}"));
            ui.add_space(6.0);
            for line in failure.error.render(&name) {
                ui.label(RichText::new(line).font(FontId::monospace(13.0)).color(Color32::from_rgb(0xC0, 0x39, 0x2B)));
            }
            ui.add_space(6.0);
            ui.label("Fix the file (the line and column say where) and open it again. The map on screen is unchanged.");
            if ui.button("OK").clicked() {
                dismiss = true;
            }
        });
        if dismiss {
            self.failure = None;
        }
    }
}

impl eframe::App for PercorsoApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
    }
}

impl PercorsoApp {
    /// One frame of the whole window: menu bar, inspector, canvas and dialogs. `App::ui` calls
    /// it; the frame benchmark calls it on a headless context.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.update_title(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::right("inspector")
            .default_size(300.0)
            .resizable(true)
            .show(ui, |ui| {
                inspector::inspector_ui(ui, &self.doc.map, self.selection.as_ref());
            });
        egui::CentralPanel::no_frame().show(ui, |ui| canvas::canvas_ui(ui, self));
        self.failure_ui(ui);
    }

    /// The camera, to place the view (benchmarks measure frames at set zooms).
    pub fn camera_mut(&mut self) -> &mut Camera {
        &mut self.camera
    }

    /// The preferences that `save` writes to eframe's storage.
    #[must_use]
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }
}

/// The first map a newcomer sees: the guitar journey.
fn sample_map() -> Map {
    templates::find("guitar")
        .and_then(|template| template.map().ok())
        .unwrap_or_else(|| Map::new("Untitled journey"))
}

/// Measures text with egui's fonts, for the layout.
pub struct EguiMeasure<'a>(pub &'a egui::Context);

impl MeasureText for EguiMeasure<'_> {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        self.0.fonts_mut(|fonts| {
            fonts
                .layout(
                    text.to_owned(),
                    FontId::proportional(size),
                    Color32::WHITE,
                    width,
                )
                .size()
                .y
        })
    }
}

/// Opens the editor window; returns when it closes.
pub fn run(file: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Percorso")
            .with_app_id("percorso")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Percorso",
        options,
        Box::new(|cc| Ok(Box::new(PercorsoApp::new(cc, file)))),
    )
}
