//! `percorso report`: the insights of a map as Markdown, for an email: the title, then each
//! section of [`crate::words::findings`] with its summary and its findings as bullets, nested as
//! the panel indents them. Percorso's words in the current language; the map's text escaped so
//! that it reads as written.

use std::fmt::Write as _;

use super::markdown::inline;
use crate::insights::Insights;
use crate::model::Map;
use crate::t;
use crate::words::findings::{About, sections};

/// The insights report of `map`.
#[must_use]
pub fn report(map: &Map) -> String {
    let insights = Insights::of(map);
    let title = if map.title.trim().is_empty() {
        t!("untitled-journey")
    } else {
        map.title.clone()
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&t!("report-title", title = title)));
    for section in sections(map, &insights) {
        let _ = writeln!(out, "## {}\n", inline(&section.heading));
        if let Some(summary) = &section.summary {
            let _ = writeln!(out, "{}\n", inline(summary));
        }
        for finding in &section.findings {
            let indent = "  ".repeat(usize::from(finding.depth));
            let text = inline(&finding.text);
            // A sub-heading reads as a label, the findings under it as its items.
            let _ = if finding.about == About::Nothing {
                writeln!(out, "{indent}- *{text}*")
            } else {
                writeln!(out, "{indent}- {text}")
            };
        }
        if !section.findings.is_empty() {
            out.push('\n');
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, set};

    fn sample(text: &str) -> Map {
        crate::file::read_str(text).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn the_ecommerce_report_says_where_it_loses_and_hurts() {
        set(Language::English);
        let report = report(&sample(include_str!("../../maps/ecommerce.ron")));
        assert!(
            report.starts_with("# Insights: E-commerce customer journey\n"),
            "{report}"
        );
        assert!(
            report.contains(
                "The journey loses the most customers on the way into Purchase: Shoppers from \
                 31,000 to 3,100 (-90%)."
            ),
            "{report}"
        );
        assert!(
            report.contains("It hurts most at Purchase (pain 49)"),
            "{report}"
        );
        assert!(
            report.contains("built mostly on assumptions: Loyalty and Advocacy."),
            "{report}"
        );
        assert!(
            report.contains("- Purchase: 3,100, largest loss -90%\n"),
            "{report}"
        );
        assert!(
            report.contains("\n  - *Opportunities at Purchase, by votes*\n"),
            "{report}"
        );
    }

    #[test]
    fn the_italian_report_speaks_italian() {
        set(Language::Italian);
        let report = report(&sample(include_str!("../../maps/guitar-it.ron")));
        set(Language::English);
        assert!(
            report.starts_with("# Analisi: Comprare una chitarra online\n"),
            "{report}"
        );
        assert!(report.contains("## Dove si perdono i clienti"), "{report}");
        assert!(report.contains("perdita maggiore -82\u{a0}%"), "{report}");
        assert!(report.contains("## Felicità"), "{report}");
    }
}
