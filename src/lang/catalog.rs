//! The message catalogs: the Fluent files of each language, embedded at build time and parsed
//! once, and the lookup of one message with its arguments.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Language, current, numbers};

/// The message files of one language: `(name, text)`, in the order they are loaded.
pub type Files = [(&'static str, &'static str); 6];

macro_rules! files_of {
    ($language:literal) => {
        [
            (
                "app.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/app.ftl")),
            ),
            (
                "canvas.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/canvas.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/cli.ftl")),
            ),
            (
                "dialogs.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/dialogs.ftl")),
            ),
            (
                "errors.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/errors.ftl")),
            ),
            (
                "words.ftl",
                include_str!(concat!("../../assets/lang/", $language, "/words.ftl")),
            ),
        ]
    };
}

/// The message files of `language`, as they are embedded (for the catalogs' own checks).
#[must_use]
pub fn files(language: Language) -> Files {
    match language {
        Language::English => files_of!("en"),
        Language::Italian => files_of!("it"),
    }
}

struct Catalogs {
    english: FluentBundle<FluentResource>,
    italian: FluentBundle<FluentResource>,
}

static CATALOGS: LazyLock<Catalogs> = LazyLock::new(|| Catalogs {
    english: bundle(Language::English),
    italian: bundle(Language::Italian),
});

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would end up in labels, file names and the terminal.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::English => format_english,
        Language::Italian => format_italian,
    }));
    for (_, source) in files(language) {
        // A file with a syntax error still gives every message that parsed; the catalogs' test
        // fails on the error itself, so this only matters while a catalog is being edited.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        // Overriding a message of another file is an error Fluent reports and ignores.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_english<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::English)
}

fn format_italian<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::Italian)
}

fn format_number(value: &FluentValue, language: Language) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(numbers::number_in(number.value, language)),
        _ => None,
    }
}

/// One argument of a message: a number or a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number: plural forms are chosen by it, and it is written the language's way.
    Number(f64),
    /// A text, used as it is.
    Text(String),
}

macro_rules! number_arg {
    ($($kind:ty),*) => {
        $(impl From<$kind> for Arg {
            fn from(value: $kind) -> Self {
                Arg::Number(f64::from(value))
            }
        })*
    };
}
number_arg!(u8, u16, u32, i32, f32, f64);

impl From<usize> for Arg {
    #[allow(clippy::cast_precision_loss)] // Counts of things in a map are far below 2^52.
    fn from(value: usize) -> Self {
        Arg::Number(value as f64)
    }
}

impl From<u64> for Arg {
    #[allow(clippy::cast_precision_loss)] // Counts and seconds shown to people, far below 2^52.
    fn from(value: u64) -> Self {
        Arg::Number(value as f64)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Text(value.into_owned())
    }
}

/// The message `id` in the current language, its arguments filled in. A message missing from
/// the language falls back to English, and one missing from both gives its id (the catalogs'
/// tests make sure neither happens).
#[must_use]
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(current(), id, args)
}

/// The message `id` in `language`, its arguments filled in.
#[must_use]
pub fn text_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let catalogs = &*CATALOGS;
    let bundle = match language {
        Language::English => &catalogs.english,
        Language::Italian => &catalogs.italian,
    };
    let found = bundle
        .get_message(id)
        .map(|message| (bundle, message))
        .or_else(|| {
            catalogs
                .english
                .get_message(id)
                .map(|m| (&catalogs.english, m))
        });
    let Some((bundle, message)) = found else {
        return id.to_owned();
    };
    let Some(pattern) = message.value() else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::Number(FluentNumber::from(*number)),
            Arg::Text(text) => FluentValue::from(text.as_str()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Whether the catalog of `language` has a message `id`.
#[must_use]
pub fn has(language: Language, id: &str) -> bool {
    let catalogs = &*CATALOGS;
    match language {
        Language::English => catalogs.english.has_message(id),
        Language::Italian => catalogs.italian.has_message(id),
    }
}
