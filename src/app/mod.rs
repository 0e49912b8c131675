//! The eframe application: the open document, the view (camera, collapsed lanes, theme), the
//! selection, gestures in progress, dialogs, and the panels around the canvas.
//!
//! Theory of operation: each frame first turns shortcuts into commands, then draws the menu bar,
//! the palette, the inspector and the canvas, which read the map and push [`Action`]s; after
//! drawing, [`PercorsoApp::apply_actions`] applies them in order, each edit through the
//! document's history (one gesture, one undo step). The layout is cached and rebuilt only when
//! the map's revision or the view options change. Nothing asks for a repaint unless something
//! animates or a file dialog is open, so an idle window costs no CPU.

mod actions;
mod avatars;
mod camera;
mod canvas;
mod choice;
mod clipboard;
mod commands;
mod dialogs;
mod document;
mod drag;
mod elements;
mod export_job;
mod file_ops;
mod files;
mod gestures;
mod in_place;
mod inspector;
mod keeper;
mod keeping_ui;
mod menus;
mod palette;
mod prefs;
mod run;
mod selection;
mod selection_ops;
mod start;
mod versions;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Color32, FontId};

pub use actions::Action;
pub use camera::{Camera, fit};
pub use commands::Command;
pub use document::Document;
pub use drag::{DragItem, PaletteItem};
pub use prefs::Prefs;
pub use selection::Selection;
pub use start::{Launcher, Opening, data_dir, run};

use crate::file;
use crate::layout::{MapLayout, MeasureText, ViewOptions};
use crate::model::Map;
use crate::theme::{self, Theme};

/// How long a text cursor blinks after the last key or click, in seconds.
const CURSOR_BLINK_SECS: f64 = 10.0;
/// Width of the palette panel; fixed, so the canvas does not jump when content changes.
const PALETTE_WIDTH: f32 = 170.0;
/// Width of the inspector panel; fixed for the same reason.
const INSPECTOR_WIDTH: f32 = 330.0;

/// The Percorso editor window.
pub struct PercorsoApp {
    doc: Document,
    prefs: Prefs,
    view: ViewOptions,
    camera: Camera,
    fit: Option<Fit>,
    layout: Option<(u64, ViewOptions, Arc<MapLayout>)>,
    /// The cards' text heights, so a relayout measures only the texts that changed.
    text_heights: crate::layout::TextHeights,
    /// The fonts that measure new texts, copied from the context's.
    fonts_measure: Option<crate::paint::FontsMeasure>,
    selection: Vec<Selection>,
    /// Where the selection is on the map, for painting: (revision, selection, places).
    selected_hits: Option<(
        u64,
        Vec<Selection>,
        Arc<std::collections::HashSet<crate::layout::Hit>>,
    )>,
    title_shown: String,
    avatars: avatars::AvatarTextures,
    drag: Option<drag::Drag>,
    rubber_band: Option<egui::Pos2>,
    editing: Option<in_place::InPlace>,
    dialog: Option<dialogs::Dialog>,
    picker: Option<files::Picker>,
    actions: Vec<Action>,
    focus_session: (u64, Option<egui::Id>),
    /// The canvas's widget: it holds the keyboard focus when no field does.
    canvas_id: Option<egui::Id>,
    /// Whether a field had the keyboard focus in the last frame.
    typed_last_frame: bool,
    /// When the last input came (egui time), for the text cursor's blink.
    last_input_secs: f64,
    focus_name: bool,
    closing: Closing,
    after_save_as: Option<dialogs::Then>,
    pending_pick: Option<dialogs::PathPurpose>,
    last_viewport: Option<egui::Rect>,
    render_state: Option<egui_wgpu::RenderState>,
    export_choices: Option<export_job::ExportChoices>,
    export_job: Option<export_job::ExportJob>,
    keeper: keeper::Keeper,
    /// Starts another Percorso window with these arguments (tests record instead).
    launcher: start::Launcher,
}

/// How the canvas should fit the map on its next frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    /// At once (a map just opened).
    Now,
    /// With an animation (the user asked).
    Animated,
}

/// Where the window is in being closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Closing {
    /// Closing asks about unsaved changes.
    Ask,
    /// The user answered; the window may close.
    Allowed,
    /// Close on the next frame.
    Now,
}

impl PercorsoApp {
    /// An app showing `map` (tests build it this way, without storage).
    #[must_use]
    pub fn with_map(ctx: &egui::Context, map: Map, path: Option<PathBuf>, prefs: Prefs) -> Self {
        ctx.set_fonts(theme::fonts());
        let view = prefs
            .views
            .get(&Prefs::view_key(path.as_deref()))
            .cloned()
            .unwrap_or_default();
        let keeper = keeper::Keeper::without_store(ctx);
        let mut app = Self {
            doc: Document::new(map, path, 0),
            prefs,
            view,
            camera: Camera::default(),
            fit: Some(Fit::Now),
            layout: None,
            text_heights: crate::layout::TextHeights::default(),
            fonts_measure: None,
            selection: Vec::new(),
            selected_hits: None,
            title_shown: String::new(),
            avatars: avatars::AvatarTextures::default(),
            drag: None,
            rubber_band: None,
            editing: None,
            dialog: None,
            picker: None,
            actions: Vec::new(),
            focus_session: (0, None),
            canvas_id: None,
            typed_last_frame: false,
            last_input_secs: 0.0,
            focus_name: false,
            closing: Closing::Ask,
            after_save_as: None,
            pending_pick: None,
            last_viewport: None,
            render_state: None,
            export_choices: None,
            export_job: None,
            keeper,
            launcher: Box::new(start::launch),
        };
        app.keeper.watch(app.doc.path.as_deref(), None);
        app.apply_theme(ctx);
        app
    }

    /// The open map.
    #[must_use]
    pub fn map(&self) -> &Map {
        &self.doc.map
    }

    /// The open document (map, file, unsaved changes).
    #[must_use]
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The first selected element.
    #[must_use]
    pub fn selection(&self) -> Option<&Selection> {
        self.selection.first()
    }

    /// Every selected element.
    #[must_use]
    pub fn selections(&self) -> &[Selection] {
        &self.selection
    }

    /// The camera (tests read the zoom).
    #[must_use]
    pub fn camera(&self) -> &Camera {
        &self.camera
    }

    /// The camera, to place the view (benchmarks measure frames at set zooms).
    pub fn camera_mut(&mut self) -> &mut Camera {
        &mut self.camera
    }

    /// The current view options.
    #[must_use]
    pub fn view(&self) -> &ViewOptions {
        &self.view
    }

    /// The preferences that `save` writes to eframe's storage.
    #[must_use]
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// Whether an export is running.
    #[must_use]
    pub fn is_exporting(&self) -> bool {
        self.export_job.is_some()
    }

    /// Whether a question or message is on screen.
    #[must_use]
    pub fn has_dialog(&self) -> bool {
        self.dialog.is_some()
    }

    /// Asks for `action` as the UI would (tests use it for what has no widget, like a drop of
    /// a file from the desktop).
    pub fn request(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Opens the map at `path` at once (no unsaved-changes question); on failure keeps the
    /// current map and shows the reader's messages.
    pub fn open(&mut self, path: &Path) {
        let read =
            file::read_bounded(path).and_then(|bytes| Ok((file::read_bytes(&bytes)?, bytes)));
        match read {
            // An image is never saved over with map text: it opens like an untitled map.
            Ok((map, bytes)) if bytes.starts_with(&file::PNG_SIGNATURE) => {
                self.replace_document(map, None, None);
                self.doc.image_source = Some(path.to_owned());
                self.prefs.remember_file(path);
            }
            Ok((map, bytes)) => self.replace_document(map, Some(path.to_owned()), Some(&bytes)),
            Err(error) => {
                let name = path.display().to_string();
                self.dialog = Some(dialogs::Dialog::Error {
                    title: format!("Cannot open {name}"),
                    lines: error.render(&name),
                });
            }
        }
    }

    /// Shows `map` from `path` as a new document; `bytes` are the file's, when just read (else
    /// the file is read again to know its version on disk).
    fn replace_document(&mut self, map: Map, path: Option<PathBuf>, bytes: Option<&[u8]>) {
        self.doc = Document::new(map, path.clone(), self.doc.revision + 1);
        self.keeper.watch(path.as_deref(), bytes);
        if let Some(path) = path {
            self.prefs.remember_file(&path);
        }
        self.view = self
            .prefs
            .views
            .get(&Prefs::view_key(self.doc.path.as_deref()))
            .cloned()
            .unwrap_or_default();
        self.selection.clear();
        self.editing = None;
        self.drag = None;
        self.fit = Some(Fit::Now);
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
        let fonts = match &mut self.fonts_measure {
            Some(fonts) if fonts.matches(ctx) => fonts,
            slot => slot.insert(crate::paint::FontsMeasure::for_context(ctx)),
        };
        let measure = self.text_heights.remembering(fonts, fonts.key());
        let layout = Arc::new(MapLayout::new(&self.doc.map, &self.view, &measure));
        measure.finish();
        self.layout = Some((self.doc.revision, self.view.clone(), Arc::clone(&layout)));
        layout
    }

    /// Where the selected elements are, recomputed only when the map or the selection changed.
    fn selected_hits(&mut self) -> Arc<std::collections::HashSet<crate::layout::Hit>> {
        if let Some((revision, selection, hits)) = &self.selected_hits
            && *revision == self.doc.revision
            && *selection == self.selection
        {
            return Arc::clone(hits);
        }
        let hits = Arc::new(selection::hits(&self.doc.map, &self.selection));
        self.selected_hits = Some((self.doc.revision, self.selection.clone(), Arc::clone(&hits)));
        hits
    }

    /// The map's file name, the image it was opened from, or "Untitled".
    fn file_name(&self) -> String {
        let name = |path: &Path| path.file_name().map(|n| n.to_string_lossy().into_owned());
        let named = match (&self.doc.path, &self.doc.image_source) {
            (Some(path), _) => name(path),
            (None, Some(image)) => name(image).map(|n| format!("{n} (image)")),
            (None, None) => None,
        };
        named.unwrap_or_else(|| "Untitled".to_owned())
    }

    /// The window title: unsaved mark, file name, map title.
    #[must_use]
    pub fn window_title(&self) -> String {
        let mark = if self.doc.is_dirty() { "• " } else { "" };
        format!(
            "{mark}{} — {} — Percorso",
            self.file_name(),
            self.doc.map.title
        )
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    /// One frame of the whole window. `App::ui` calls it; the frame benchmark calls it on a
    /// headless context.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.track_focus(&ctx);
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.poll_picker(&ctx);
        if self.dialog.is_none() && self.editing.is_none() {
            self.shortcuts(&ctx);
        }
        egui::Panel::top("menu").show(ui, |ui| menus::menu_bar_ui(ui, self));
        self.notices_ui(ui);
        egui::Panel::left("palette")
            .exact_size(PALETTE_WIDTH)
            .resizable(false)
            .show(ui, |ui| {
                if let Some(item) = palette::palette_ui(ui, &mut self.drag) {
                    self.actions
                        .push(palette::quick_add(&self.doc.map, &self.selection, item));
                }
            });
        egui::Panel::right("inspector")
            .exact_size(INSPECTOR_WIDTH)
            .resizable(false)
            .show(ui, |ui| {
                let mut inspector = inspector::Inspector {
                    map: &self.doc.map,
                    selection: &self.selection,
                    session: self.focus_session.0,
                    focus_name: std::mem::take(&mut self.focus_name),
                    actions: &mut self.actions,
                };
                inspector::inspector_ui(ui, &mut inspector);
            });
        egui::CentralPanel::no_frame().show(ui, |ui| canvas::canvas_ui(ui, self));
        self.dialog_ui(ui);
        self.export_progress_ui(ui);
        self.apply_actions(&ctx);
        self.update_title(&ctx);
        self.keeper.tick(&ctx, &self.doc);
        self.calm_cursor(&ctx);
    }

    /// Lets a text cursor blink for [`CURSOR_BLINK_SECS`] after the last input, then shows it
    /// steady, as GTK's desktops do: a dialog left open with a field in it then draws no frames
    /// at all (each one costs a whole window's pixels, a lot on a software renderer).
    fn calm_cursor(&mut self, ctx: &egui::Context) {
        let (now, input) = ctx.input(|i| (i.time, !i.events.is_empty()));
        if input {
            self.last_input_secs = now;
        }
        let blink = now - self.last_input_secs < CURSOR_BLINK_SECS;
        if ctx.global_style().visuals.text_cursor.blink != blink {
            ctx.global_style_mut(|style| style.visuals.text_cursor.blink = blink);
            // The frame just drawn still blinks (or not): draw the cursor as it is now.
            ctx.request_repaint();
        }
    }

    /// Starts a new merge session whenever the keyboard focus moves to another widget.
    fn track_focus(&mut self, ctx: &egui::Context) {
        // egui drops the focus on Escape before the frame runs: the keys of this frame still
        // belong to the field that had it.
        self.typed_last_frame = self
            .focus_session
            .1
            .is_some_and(|id| Some(id) != self.canvas_id);
        let focused = ctx.memory(egui::Memory::focused);
        if focused != self.focus_session.1 {
            self.focus_session = (self.focus_session.0 + 1, focused);
            self.doc.break_merge();
        }
    }

    fn dialog_ui(&mut self, ui: &mut egui::Ui) {
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        if let Some(answer) = dialogs::dialog_ui(ui, dialog) {
            self.dialog = None;
            self.answer(ui.ctx(), answer);
        }
    }
}

impl eframe::App for PercorsoApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.guarded(|app| app.ui_contents(ui));
    }

    fn on_exit(&mut self) {
        self.keeper.finish();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
    }
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
