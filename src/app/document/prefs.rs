//! The preferences kept between runs in eframe's storage (the last map, recent maps, the theme,
//! the language, each file's view options): never written into a map file.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Language;
use crate::layout::ViewOptions;

/// The key of the preferences in eframe's storage.
pub const STORAGE_KEY: &str = "percorso-prefs";

/// What Percorso remembers between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The map open when the app last closed; opened again when no file is given.
    pub last_file: Option<PathBuf>,
    /// Recently opened or saved maps, newest first.
    pub recent: Vec<PathBuf>,
    /// The dark theme instead of the light one.
    pub dark: bool,
    /// Whether the insights panel is shown (View > Insights).
    pub insights: bool,
    /// View options per file (collapsed personas and lanes, emotion overlay); "" for untitled.
    pub views: HashMap<String, ViewOptions>,
    /// The language chosen in View > Language; `None` until one is chosen, when the system's
    /// language (or `PERCORSO_LANG`) decides.
    pub language: Option<Language>,
}

/// How many recent files are remembered.
pub const RECENT_FILES: usize = 10;

impl Prefs {
    /// Records `path` as the last map and the newest recent file.
    pub fn remember_file(&mut self, path: &std::path::Path) {
        self.last_file = Some(path.to_owned());
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }

    /// The view options remembered for the map at `path` (or an untitled one).
    #[must_use]
    pub fn view_of(&self, path: Option<&std::path::Path>) -> ViewOptions {
        self.views
            .get(&Prefs::view_key(path))
            .cloned()
            .unwrap_or_default()
    }

    /// The key under which a file's view options are kept.
    #[must_use]
    pub fn view_key(path: Option<&std::path::Path>) -> String {
        path.map(|p| crate::safety::canonical(p).display().to_string())
            .unwrap_or_default()
    }
}
