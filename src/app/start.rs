//! Starting the editor: the window, the first map (a file given, a draft to recover, the last
//! map, or the guitar sample), the data folder for drafts and backups, and the guard that
//! writes the draft when the UI panics.

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use super::document::{Document, MapView, Prefs, STORAGE_KEY};
use super::recovery::{Keeper, Launcher, Recovery, launch};
use super::{PercorsoApp, theme_fonts};
use crate::file::templates;
use crate::lang::{self, Language};
use crate::model::Map;
use crate::safety::{DATA_DIR_VARIABLE, DataDir, drafts};
use crate::t;

/// What the editor opens first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// This map file (else the last map, else the guitar sample).
    pub file: Option<PathBuf>,
    /// This draft, left behind by a window that is gone, restored as unsaved changes.
    pub draft: Option<PathBuf>,
    /// Start presenting at once (`percorso present FILE`).
    pub present: bool,
    /// The language asked for on the command line (`--lang`), for this window only: it wins
    /// over `PERCORSO_LANG` and View > Language, and is not remembered.
    pub language: Option<Language>,
}

/// The folder for drafts, backups and locks: `$PERCORSO_DATA_DIR`, else the platform's data
/// folder for Percorso (`~/.local/share/percorso` on Linux).
#[must_use]
pub fn data_dir() -> Option<DataDir> {
    std::env::var_os(DATA_DIR_VARIABLE)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("Percorso"))
        .map(DataDir::new)
}

impl PercorsoApp {
    /// An app showing `map` (tests build it this way, without storage), speaking the language
    /// of `prefs` (English if it names none).
    #[must_use]
    pub fn with_map(ctx: &egui::Context, map: Map, path: Option<PathBuf>, prefs: Prefs) -> Self {
        let language = prefs.language.unwrap_or_default();
        Self::speaking(ctx, map, path, prefs, language)
    }

    fn speaking(
        ctx: &egui::Context,
        map: Map,
        path: Option<PathBuf>,
        prefs: Prefs,
        language: Language,
    ) -> Self {
        crate::lang::set(language);
        ctx.set_fonts(theme_fonts());
        let view = MapView::new(prefs.view_of(path.as_deref()));
        let mut app = Self {
            doc: Document::new(map, path, 0),
            view,
            selection: Vec::new(),
            prefs,
            language,
            presentation: super::present::Presentation::default(),
            voting: None,
            timer: super::timer::Timer::default(),
            canvas: super::Canvas::default(),
            tiles: super::TilePalette,
            inspector: super::Inspector::default(),
            insights: super::InsightsPanel::default(),
            dialogs: super::Dialogs::default(),
            files: super::Files::default(),
            exports: super::Exports::default(),
            recovery: Recovery {
                keeper: Keeper::without_store(ctx),
                launcher: Box::new(launch),
            },
            keyboard: super::Keyboard::default(),
            title_shown: String::new(),
            actions: Vec::new(),
        };
        app.canvas.fit_now();
        app.recovery.keeper.watch(app.doc.path.as_deref(), None);
        app.apply_theme(ctx);
        app
    }

    /// Starts the app as the window does: preferences from eframe's storage, drafts and
    /// backups in [`data_dir`], then the first map of `opening`.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, opening: Opening) -> Self {
        let prefs: Prefs = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default();
        let language = opening
            .language
            .unwrap_or_else(|| starting_language(&prefs));
        crate::lang::set(language);
        let mut app = Self::speaking(&cc.egui_ctx, sample_map(), None, prefs, language);
        app.exports.render_state.clone_from(&cc.wgpu_render_state);
        // Keeping first, so the file opened next is stamped (and locked) once.
        let keeping = if let Some(dir) = data_dir() {
            app.start_keeping(&cc.egui_ctx, dir)
        } else {
            app.show_error(
                t!("keeping-off-title"),
                vec![t!("keeping-off-no-folder", variable = DATA_DIR_VARIABLE)],
            );
            false
        };
        let last = app.prefs.last_file.clone().filter(|path| path.exists());
        if let Some(path) = opening.file.or(last) {
            app.open(&path);
        }
        if keeping {
            app.restore_or_offer(opening.draft);
        }
        if opening.present {
            app.toggle_presentation(&cc.egui_ctx);
        }
        app
    }

    /// Keeps drafts, backups and locks in `dir` from now on; restores `draft` if given, and
    /// offers the other drafts left behind there.
    pub fn keep_work_in(&mut self, ctx: &egui::Context, dir: DataDir, draft: Option<PathBuf>) {
        if self.start_keeping(ctx, dir) {
            self.restore_or_offer(draft);
        }
    }

    /// Keeps drafts, backups and locks in `dir`; `false` (and says why) if it cannot.
    fn start_keeping(&mut self, ctx: &egui::Context, dir: DataDir) -> bool {
        let (keeper, problem) = Keeper::with_store(ctx, dir);
        self.recovery.keeper = keeper;
        self.recovery.keeper.watch(self.doc.path.as_deref(), None);
        if let Some(problem) = problem {
            self.show_error(t!("keeping-off-title"), vec![problem]);
            return false;
        }
        true
    }

    /// Restores `draft` if given, then offers the other drafts left behind.
    fn restore_or_offer(&mut self, draft: Option<PathBuf>) {
        if let Some(wanted) = draft {
            let offered = self
                .recovery
                .keeper
                .offers
                .iter()
                .position(|d| d.file == wanted);
            match offered {
                Some(index) => {
                    let draft = self.recovery.keeper.offers.remove(index);
                    self.restore_draft(draft);
                }
                None => self.show_error(
                    t!("draft-not-restored"),
                    drafts::read(&wanted).err().unwrap_or_else(|| {
                        vec![t!("draft-in-use", path = wanted.display().to_string())]
                    }),
                ),
            }
        }
        self.offer_drafts();
    }

    /// Runs `f` (a frame); if it panics, writes the draft of unsaved changes first, then lets
    /// the panic go on.
    pub fn guarded<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        match std::panic::catch_unwind(AssertUnwindSafe(|| f(self))) {
            Ok(result) => result,
            Err(panic) => {
                if self.recovery.keeper.write_draft_now(&self.doc) {
                    eprintln!("percorso: {}", t!("panic-draft-kept"));
                }
                std::panic::resume_unwind(panic)
            }
        }
    }

    /// Starts other windows through `launcher` instead of a new process (tests record them).
    pub fn set_launcher(&mut self, launcher: Launcher) {
        self.recovery.launcher = launcher;
    }

    /// This window's draft file, when drafts are kept.
    #[must_use]
    pub fn draft_file(&self) -> Option<&std::path::Path> {
        self.recovery.keeper.draft_file()
    }

    /// Why the last draft could not be written, if it could not.
    #[must_use]
    pub fn draft_failure(&self) -> Option<String> {
        self.recovery.keeper.draft_failure()
    }

    /// Looks at the open file on disk now (the watch does every two seconds).
    pub fn check_disk_now(&self) {
        self.recovery.keeper.watcher().check_now();
    }
}

/// The language the window speaks at start: `PERCORSO_LANG` if it names one, else the one chosen
/// in View > Language, else the system's.
fn starting_language(prefs: &Prefs) -> Language {
    lang::from_environment()
        .or(prefs.language)
        .unwrap_or_else(lang::from_system)
}

/// The first map a newcomer sees: the guitar journey, in the language the window speaks.
fn sample_map() -> Map {
    templates::find("guitar")
        .and_then(|template| template.map().ok())
        .unwrap_or_else(|| Map::new(&t!("untitled-journey")))
}

/// Opens the editor window; returns when it closes.
pub fn open_window(opening: Opening) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Percorso")
            .with_app_id("percorso")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Percorso",
        options,
        Box::new(|cc| Ok(Box::new(PercorsoApp::new(cc, opening)))),
    )
}
