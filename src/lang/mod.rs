//! The languages Percorso speaks: which one is in use, and every word Percorso itself says.
//!
//! The words live in Fluent message files, `assets/lang/en/*.ftl` and `assets/lang/it/*.ftl`,
//! embedded in the binary ([`catalog`]); code asks for a message by its id with [`t!`] and gets
//! it in the current language, with plurals chosen by the language's rules and numbers written
//! its way ([`numbers`]), lists joined its way ([`lists`]). Only Percorso's own words are here:
//! a map's text is the user's and is never translated.
//!
//! The current language belongs to a thread ([`set`], [`current`]): the editor sets it on its
//! thread every frame and hands it to the threads it starts, the command line sets it once. That
//! keeps tests that drive an Italian editor beside an English one from seeing each other's words.
//! Nothing here knows the editor, egui or the command line.

mod catalog;
pub mod lists;
pub mod numbers;

use std::cell::Cell;

pub use catalog::{Arg, Files, files, has, text, text_in};
pub use lists::list;
pub use numbers::{number, percent};

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English, the language of the file format's own words.
    #[default]
    English,
    /// Italian.
    Italian,
}

impl Language {
    /// Every language, in the order the language menu shows them.
    pub const ALL: [Language; 2] = [Language::English, Language::Italian];

    /// The code that `--lang` and `PERCORSO_LANG` take: `en` or `it`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Italian => "it",
        }
    }

    /// The language of a code as `--lang` and `PERCORSO_LANG` take it (`en`, `it`, any case).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Language::English),
            "it" => Some(Language::Italian),
            _ => None,
        }
    }

    /// The language for a system locale such as `it_IT.UTF-8` or `it-CH`: Italian for any
    /// Italian locale, English for every other.
    #[must_use]
    pub fn from_locale(locale: &str) -> Language {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        if language.eq_ignore_ascii_case("it") {
            Language::Italian
        } else {
            Language::English
        }
    }

    /// The language's own name, as the language menu shows it whatever the current language.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Italian => "Italiano",
        }
    }
}

/// The environment variable that chooses the language for the editor and the command line.
pub const LANGUAGE_VARIABLE: &str = "PERCORSO_LANG";

/// The language `PERCORSO_LANG` asks for, if it is set to a language Percorso speaks.
#[must_use]
pub fn from_environment() -> Option<Language> {
    std::env::var(LANGUAGE_VARIABLE)
        .ok()
        .and_then(|code| Language::from_code(&code))
}

/// The system's language: the locale of `LC_ALL`, `LC_MESSAGES` or `LANG` (or the platform's
/// setting), Italian for `it_*` and English otherwise.
#[must_use]
pub fn from_system() -> Language {
    sys_locale::get_locale().map_or(Language::English, |locale| Language::from_locale(&locale))
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The language this thread speaks (English until [`set`] says otherwise).
#[must_use]
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Makes `language` the one this thread speaks.
pub fn set(language: Language) {
    CURRENT.with(|cell| cell.set(language));
}

/// A message of the current language by its id, with its arguments: `t!("legend-cards")`,
/// `t!("count-cards", count = 3)`. Arguments are numbers (plurals and number formats follow the
/// language) or text.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::text(
            $id,
            &[$((stringify!($name), $crate::lang::Arg::from($value))),+],
        )
    };
}
pub use crate::t;
