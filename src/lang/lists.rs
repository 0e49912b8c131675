//! Lists written the way each language joins them: "Loyalty, Support and Advocacy" in English,
//! "Fidelizzazione, Assistenza e Passaparola" in Italian, from ICU4X's list formatter (the
//! Unicode CLDR data).

use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;

use super::{Language, current};

struct Formatters {
    english: Option<ListFormatter>,
    italian: Option<ListFormatter>,
}

thread_local! {
    // ICU4X's formatters are not `Sync`; each thread that writes lists builds its own once.
    static FORMATTERS: Formatters = Formatters {
        english: formatter("en"),
        italian: formatter("it"),
    };
}

fn formatter(code: &str) -> Option<ListFormatter> {
    let locale = Locale::try_from_str(code).ok()?;
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    ListFormatter::try_new_and(locale.into(), options).ok()
}

/// `items` joined with "and" in the current language.
#[must_use]
pub fn list(items: &[String]) -> String {
    list_in(items, current())
}

/// `items` joined with "and" in `language`.
#[must_use]
pub fn list_in(items: &[String], language: Language) -> String {
    FORMATTERS.with(|formatters| {
        let formatter = match language {
            Language::English => formatters.english.as_ref(),
            Language::Italian => formatters.italian.as_ref(),
        };
        match formatter {
            Some(formatter) => formatter.format_to_string(items.iter()),
            // The data is compiled in, so this does not happen; a comma list still reads.
            None => items.join(", "),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_joins_its_way() {
        let items = ["Loyalty", "Support", "Advocacy"].map(str::to_owned);
        assert_eq!(
            list_in(&items, Language::English),
            "Loyalty, Support, and Advocacy"
        );
        let items = ["Fidelizzazione", "Passaparola"].map(str::to_owned);
        assert_eq!(
            list_in(&items, Language::Italian),
            "Fidelizzazione e Passaparola"
        );
        assert_eq!(list_in(&items[..1], Language::Italian), "Fidelizzazione");
    }
}
