//! What Percorso says about a map in words, in the current language: counts with their plurals,
//! the one-line summary that `percorso check`, the map's inspector and the list of previous
//! versions show, and a stage metric's value with its unit; the insights in sentences
//! ([`insights`]). Below the command line, the exports and the editor, so that all say the same;
//! the words themselves are in [`crate::lang`]'s catalogs.

pub mod findings;
pub mod insights;

use crate::lang::{number, percent};
use crate::model::{Map, Metric};
use crate::t;

/// What a map holds: "5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points" ("5 fasi,
/// 1 persona, 7 corsie, 43 carte, 5 punti emotivi" in Italian).
#[must_use]
pub fn summary(map: &Map) -> String {
    let contents = t!(
        "map-summary",
        stages = t!("count-stages", count = map.stages.len()),
        personas = t!("count-personas", count = map.personas.len()),
        lanes = t!("count-lanes", count = map.lane_count()),
        cards = t!("count-cards", count = map.card_count()),
        points = t!("count-points", count = map.point_count()),
    );
    match &map.funnel {
        // A funnel needs format version 2, which older Percorso versions do not read: said.
        Some(funnel) => t!(
            "map-summary-funnel",
            contents = contents,
            funnel = funnel.as_str()
        ),
        None => contents,
    }
}

/// A metric's value with its unit, the numbers written the language's way: `71%`, `12,000`,
/// `3 days` in English, `71 %`, `12.000`, `3 days` in Italian (the unit is the user's text).
#[must_use]
pub fn metric_value(metric: &Metric) -> String {
    match metric.unit.as_str() {
        "" => number(metric.value),
        "%" => percent(metric.value),
        unit => format!("{} {unit}", number(metric.value)),
    }
}

/// A pain point's severity in words: "minor", "major", "critical" ("lieve", "grave",
/// "critica").
#[must_use]
pub fn severity_name(severity: u8) -> String {
    match severity {
        0 | 1 => t!("severity-minor"),
        2 => t!("severity-major"),
        _ => t!("severity-critical"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, set};

    fn metric(value: f64, unit: &str) -> Metric {
        Metric {
            name: "m".to_owned(),
            value,
            unit: unit.to_owned(),
        }
    }

    #[test]
    fn metrics_follow_the_language() {
        set(Language::English);
        assert_eq!(metric_value(&metric(71.0, "%")), "71%");
        assert_eq!(metric_value(&metric(1.8, "%")), "1.8%");
        assert_eq!(metric_value(&metric(12_000.0, "")), "12,000");
        assert_eq!(metric_value(&metric(3.0, "days")), "3 days");
        set(Language::Italian);
        assert_eq!(metric_value(&metric(1.8, "%")), "1,8\u{a0}%");
        assert_eq!(metric_value(&metric(85_000.0, "")), "85.000");
        assert_eq!(metric_value(&metric(3.5, "giorni")), "3,5 giorni");
    }

    #[test]
    fn the_summary_counts_in_each_language() {
        let map = crate::file::templates::TEMPLATES[0].map().unwrap();
        set(Language::English);
        assert_eq!(
            summary(&map),
            "5 stages, 1 persona, 3 lanes, 0 cards, 0 emotion points"
        );
        set(Language::Italian);
        assert_eq!(
            summary(&map),
            "5 fasi, 1 persona, 3 corsie, 0 carte, 0 punti emotivi"
        );
    }
}
