//! Numbers written the way each language writes them: `85,000` and `1.8%` in English, `85.000`
//! and `1,8 %` in Italian. The digits and separators come from ICU4X's decimal formatter (the
//! Unicode CLDR data); the percent sign's place is the catalogs' `percent` message.

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_locale_core::Locale;

use super::{Language, current};

struct Formatters {
    english: Option<DecimalFormatter>,
    italian: Option<DecimalFormatter>,
}

thread_local! {
    // ICU4X's formatters are not `Sync`; each thread that writes numbers builds its own once.
    static FORMATTERS: Formatters = Formatters {
        english: formatter("en"),
        italian: formatter("it"),
    };
}

fn formatter(code: &str) -> Option<DecimalFormatter> {
    let locale = Locale::try_from_str(code).ok()?;
    DecimalFormatter::try_new(locale.into(), DecimalFormatterOptions::default()).ok()
}

/// `value` written in the current language, without needless decimals: `12000.0` is `12,000`
/// in English and `12.000` in Italian, `1.8` is `1,8` in Italian.
#[must_use]
pub fn number(value: f64) -> String {
    number_in(value, current())
}

/// `value` written in `language`.
#[must_use]
pub fn number_in(value: f64, language: Language) -> String {
    // Rust writes the shortest decimal that reads back as the same f64, never an exponent.
    let plain = if value == 0.0 {
        "0".to_owned()
    } else {
        value.to_string()
    };
    let Ok(decimal) = Decimal::try_from_str(&plain) else {
        return plain;
    };
    FORMATTERS.with(|formatters| {
        let formatter = match language {
            Language::English => formatters.english.as_ref(),
            Language::Italian => formatters.italian.as_ref(),
        };
        formatter.map_or_else(|| plain.clone(), |f| f.format_to_string(&decimal))
    })
}

/// `value` as a percentage in the current language: `1.8%` in English, `1,8 %` in Italian.
#[must_use]
pub fn percent(value: f64) -> String {
    crate::t!("percent", value = value)
}

/// A number typed in the current language: `12.000,5` in Italian and `12,000.5` in English are
/// both twelve thousand and a half; a plain `12.5` is read as typed in either.
#[must_use]
pub fn parse(text: &str) -> Option<f64> {
    parse_in(text, current())
}

/// A number typed in `language`.
#[must_use]
pub fn parse_in(text: &str, language: Language) -> Option<f64> {
    let text = text.trim().replace([' ', '\u{a0}', '\u{202f}'], "");
    let (group, decimal) = match language {
        Language::English => (',', '.'),
        Language::Italian => ('.', ','),
    };
    // One group mark and no decimal mark, with three digits after it, is a group mark: anything
    // else with the group mark and no decimal mark is a decimal point typed the other way.
    let plain = if text.contains(decimal) || language == Language::English {
        text.replace(group, "").replace(decimal, ".")
    } else if text.matches(group).count() == 1
        && text
            .rsplit(group)
            .next()
            .is_some_and(|tail| tail.len() != 3)
    {
        text.clone()
    } else {
        text.replace(group, "")
    };
    plain.parse().ok().filter(|value: &f64| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_separates_its_way() {
        assert_eq!(number_in(85_000.0, Language::English), "85,000");
        assert_eq!(number_in(85_000.0, Language::Italian), "85.000");
        assert_eq!(number_in(1.8, Language::English), "1.8");
        assert_eq!(number_in(1.8, Language::Italian), "1,8");
        assert_eq!(number_in(-3.0, Language::Italian), "-3");
        assert_eq!(number_in(-0.0, Language::English), "0");
        assert_eq!(number_in(1_234_567.25, Language::Italian), "1.234.567,25");
    }

    #[test]
    fn typed_numbers_read_back_in_each_language() {
        for value in [85_000.0, 1.8, -3.0, 1_234_567.25, 0.0] {
            for language in Language::ALL {
                assert_eq!(parse_in(&number_in(value, language), language), Some(value));
            }
        }
        assert_eq!(parse_in("12,5", Language::Italian), Some(12.5));
        assert_eq!(parse_in("12.5", Language::Italian), Some(12.5));
        assert_eq!(parse_in("12.000", Language::Italian), Some(12_000.0));
        assert_eq!(parse_in("12,000", Language::English), Some(12_000.0));
        assert_eq!(parse_in("abc", Language::English), None);
    }
}
