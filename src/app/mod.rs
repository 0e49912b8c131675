//! The editor window (eframe). [`PercorsoApp`] holds the document and the parts of the window,
//! each with its own state and its own `ui`: the menu bar, the tile palette, the inspector, the
//! insights panel, the canvas, the dialogs, the exports, the recovery notices, and for workshops
//! the presentation, the vote and the timer. `ui_contents` says what a frame does, in order.
//!
//! Theory of operation (one-way data flow): each part reads the map (and what else it shows)
//! and pushes [`Action`]s; after every part has drawn, [`PercorsoApp`] applies the actions in
//! order (`apply`), each edit through the document's history, so one gesture is one undo step.
//! The layout is cached and rebuilt only when the map's revision or the view options change.
//! Nothing asks for a repaint unless something animates, a file dialog or an export is running,
//! or a text cursor blinks (for ten seconds after the last key), so an idle window costs no CPU.
//! See `docs/ARCHITECTURE.md` for the folders and what each may touch.

mod apply;
mod canvas;
mod clipboard;
mod commands;
mod dialogs;
mod document;
mod editing;
mod files;
mod keyboard;
mod messages;
mod panels;
mod present;
mod recovery;
mod start;
mod timer;
mod vote;

use std::path::Path;
use std::sync::Arc;

pub use canvas::Camera;
pub use document::{Document, Prefs};
pub use messages::{Action, Command, Selection};
pub use recovery::Launcher;
pub use start::{Opening, data_dir, open_window};

use crate::model::Map;
use crate::t;
use crate::theme::{Theme, fonts as theme_fonts};
use canvas::{Canvas, CanvasFrame};
use dialogs::Dialogs;
use document::MapView;
use files::{Exports, Files};
use keyboard::Keyboard;
use messages::CommandState;
use panels::{
    InsightsFrame, InsightsPanel, Inspector, InspectorFrame, MenuBar, TilePalette, TileUse,
};
use recovery::Recovery;

/// Width of the palette panel; fixed, so the canvas does not jump when content changes.
const PALETTE_WIDTH: f32 = 170.0;
/// Width of the inspector panel; fixed for the same reason.
const INSPECTOR_WIDTH: f32 = 330.0;
/// Width of the insights panel; fixed, like the others.
const INSIGHTS_WIDTH: f32 = 340.0;

/// The Percorso editor window.
pub struct PercorsoApp {
    /// The open map, its file and its history.
    doc: Document,
    /// How it is seen: view options and the layout they give.
    view: MapView,
    /// What is selected, by id.
    selection: Vec<Selection>,
    /// What is remembered between runs.
    prefs: Prefs,
    /// The language the window speaks (set on the UI thread at every frame).
    language: crate::lang::Language,
    /// Whether the window presents, and what.
    presentation: present::Presentation,
    /// The dot vote in progress, if one is.
    voting: Option<vote::Voting>,
    /// The workshop's countdown.
    timer: timer::Timer,
    canvas: Canvas,
    tiles: TilePalette,
    inspector: Inspector,
    insights: InsightsPanel,
    dialogs: Dialogs,
    files: Files,
    exports: Exports,
    recovery: Recovery,
    keyboard: Keyboard,
    /// The window title last sent, so it is sent only when it changes.
    title_shown: String,
    /// What the parts asked for during this frame.
    actions: Vec<Action>,
}

impl PercorsoApp {
    /// One frame of the whole window. `App::ui` calls it; the frame benchmark calls it on a
    /// headless context.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::lang::set(self.language);
        self.keyboard
            .begin_frame(&ctx, &mut self.doc, self.canvas.id());
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.poll_picker(&ctx);
        self.presentation_keys(&ctx);
        self.vote_keys(&ctx);
        self.shortcuts(&ctx);
        self.vote_bar_ui(ui);
        if self.presentation.on {
            self.strip_ui(ui);
        } else {
            let mut asked = Vec::new();
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar().ui(ui, &mut asked));
            self.actions.extend(asked);
            self.notices_ui(ui);
            self.palette_ui(ui);
            self.inspector_ui(ui);
            if self.prefs.insights {
                self.insights_ui(ui);
            }
        }
        egui::CentralPanel::no_frame().show(ui, |ui| self.canvas_ui(ui));
        if let Some(answer) = self.dialogs.ui(ui, self.presentation.on) {
            self.answer(&ctx, answer);
        }
        self.timer.ui(&ctx, self.presentation.on);
        if let Some(done) = self.exports.ui(ui) {
            self.dialogs.ask(done);
        }
        self.apply_actions(&ctx);
        self.update_title(&ctx);
        self.recovery.keeper.tick(&ctx, &self.doc);
        self.keyboard.end_frame(&ctx);
    }

    fn menu_bar(&self) -> MenuBar<'_> {
        MenuBar {
            commands: self.command_state(),
            dark: self.prefs.dark,
            overlay: self.view.options.overlay_emotions,
            insights: self.prefs.insights,
            recent: &self.prefs.recent,
            title: self.window_title(),
            language: self.language,
        }
    }

    fn notices_ui(&mut self, ui: &mut egui::Ui) {
        let name = self.file_name();
        if let Some(pressed) = self.recovery.notices_ui(ui, &name) {
            self.actions.push(Action::Recovery(pressed));
        }
    }

    fn palette_ui(&mut self, ui: &mut egui::Ui) {
        let used = egui::Panel::left("palette")
            .exact_size(PALETTE_WIDTH)
            .resizable(false)
            .show(ui, |ui| self.tiles.ui(ui))
            .inner;
        match used {
            Some(TileUse::Dragged(tile)) => self.canvas.start_drag(canvas::DragItem::Tile(tile)),
            Some(TileUse::Clicked(tile)) => {
                let action = panels::quick_add(&self.doc.map, &self.selection, tile);
                self.actions.push(action);
            }
            None => {}
        }
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        let frame = InspectorFrame {
            map: &self.doc.map,
            selection: &self.selection,
            session: self.keyboard.session(),
        };
        egui::Panel::right("inspector")
            .exact_size(INSPECTOR_WIDTH)
            .resizable(false)
            .show(ui, |ui| self.inspector.ui(ui, &frame, &mut self.actions));
    }

    fn insights_ui(&mut self, ui: &mut egui::Ui) {
        let frame = InsightsFrame {
            map: &self.doc.map,
            revision: self.doc.revision,
            selection: &self.selection,
        };
        egui::Panel::right("insights")
            .exact_size(INSIGHTS_WIDTH)
            .resizable(false)
            .show(ui, |ui| self.insights.ui(ui, &frame, &mut self.actions));
    }

    fn canvas_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let layout = self.view.layout(&ctx, &self.doc.map, self.doc.revision);
        let selected = self
            .view
            .selected(&self.doc.map, self.doc.revision, &self.selection);
        let frame = CanvasFrame {
            map: &self.doc.map,
            revision: self.doc.revision,
            layout,
            view: &self.view.options,
            selection: &self.selection,
            selected,
            theme: self.theme(),
            keys_elsewhere: self.dialogs.is_open() || self.keyboard.typing(&ctx),
            voting: self.voting.as_ref().map(|v| Arc::clone(&v.eligible)),
        };
        self.canvas.ui(ui, &frame, &mut self.actions);
    }

    /// What decides which commands can run now.
    fn command_state(&self) -> CommandState {
        CommandState {
            can_undo: self.doc.can_undo(),
            can_redo: self.doc.can_redo(),
            cards_selected: self.selection.iter().any(|s| s.card().is_some()),
            anything_selected: !self.selection.is_empty(),
            exporting: self.exports.is_running(),
            has_file: self.doc.path.is_some(),
            voting: self.voting.is_some(),
        }
    }

    fn theme(&self) -> Theme {
        if self.presentation.on {
            Theme::PROJECTOR
        } else {
            Theme::new(self.prefs.dark)
        }
    }

    /// The map's file name, the export or journey it was opened from, or "Untitled".
    fn file_name(&self) -> String {
        let name = |path: &Path| path.file_name().map(|n| n.to_string_lossy().into_owned());
        let named = match (&self.doc.path, &self.doc.opened_from) {
            (Some(path), _) => name(path),
            (None, Some(source)) => name(source).map(|n| t!("title-from-export", name = n)),
            (None, None) => None,
        };
        named.unwrap_or_else(|| t!("title-untitled"))
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
        &self.canvas.camera
    }

    /// The camera, to place the view (benchmarks measure frames at set zooms).
    pub fn camera_mut(&mut self) -> &mut Camera {
        &mut self.canvas.camera
    }

    /// The current view options.
    #[must_use]
    pub fn view(&self) -> &crate::layout::ViewOptions {
        &self.view.options
    }

    /// Whether the window presents.
    #[must_use]
    pub fn is_presenting(&self) -> bool {
        self.presentation.on
    }

    /// The stage a presentation shows, as a column of the layout, and the persona shown alone.
    #[must_use]
    pub fn presented(&self) -> (usize, Option<usize>) {
        (self.presentation.column, self.presentation.band)
    }

    /// The language the window speaks.
    #[must_use]
    pub fn language(&self) -> crate::lang::Language {
        self.language
    }

    /// The preferences that `save` writes to eframe's storage.
    #[must_use]
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// Whether an export is running.
    #[must_use]
    pub fn is_exporting(&self) -> bool {
        self.exports.is_running()
    }

    /// Whether a question or message is on screen.
    #[must_use]
    pub fn has_dialog(&self) -> bool {
        self.dialogs.is_open()
    }

    /// Asks for `action` as the UI would (tests use it for what has no widget, like a drop of
    /// a file from the desktop).
    pub fn request(&mut self, action: Action) {
        self.actions.push(action);
    }
}

impl eframe::App for PercorsoApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.guarded(|app| app.ui_contents(ui));
    }

    fn on_exit(&mut self) {
        self.recovery.keeper.finish();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, document::STORAGE_KEY, &self.prefs);
    }
}
