//! CSV tables of a map, for spreadsheets: `cards` (exactly one row per card), `emotions` (one
//! row per emotion point) and `metrics` (one row per stage metric). RFC 4180 quoting and UTF-8
//! through the `csv` crate, a header row in the current language, and every cell that a
//! spreadsheet would run as a formula neutralised as OWASP recommends (a leading `'`).

use crate::model::{Map, Persona, Stage};
use crate::t;

/// Which table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Table {
    /// One row per card.
    #[default]
    Cards,
    /// One row per emotion point.
    Emotions,
    /// One row per stage metric.
    Metrics,
}

impl Table {
    /// Every table, as `--table` lists them.
    pub const ALL: [Table; 3] = [Table::Cards, Table::Emotions, Table::Metrics];

    /// The name `--table` takes.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Table::Cards => "cards",
            Table::Emotions => "emotions",
            Table::Metrics => "metrics",
        }
    }

    /// The table named `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Table> {
        Self::ALL.into_iter().find(|table| table.name() == name)
    }
}

/// The CSV text of `table` for `map`.
#[must_use]
pub fn csv(map: &Map, table: Table) -> String {
    let rows = match table {
        Table::Cards => card_rows(map),
        Table::Emotions => emotion_rows(map),
        Table::Metrics => metric_rows(map),
    };
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing into memory cannot fail.
        let _ = writer.write_record(row.iter().map(|cell| neutralised(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// How many rows (besides the header) `table` has for `map`.
#[must_use]
pub fn row_count(map: &Map, table: Table) -> usize {
    match table {
        Table::Cards => map.card_count(),
        Table::Emotions => map.point_count(),
        Table::Metrics => map.stages.iter().map(|s| s.metrics.len()).sum(),
    }
}

/// `cell` as a spreadsheet shows it without running it: a cell starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV injection).
/// A plain number ("-2", an emotion) runs nothing and stays a number.
#[must_use]
pub fn neutralised(cell: &str) -> String {
    let number = cell.parse::<f64>().is_ok_and(f64::is_finite);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn stage_name<'m>(map: &'m Map, stage: &crate::model::StageId) -> &'m str {
    map.stage(stage).map_or("", |s: &Stage| s.name.as_str())
}

fn card_rows(map: &Map) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        t!("csv-stage"),
        t!("csv-persona"),
        t!("csv-lane"),
        t!("csv-kind"),
        t!("csv-text"),
        t!("csv-detail"),
        t!("csv-channel"),
        t!("csv-online"),
        t!("csv-severity"),
        t!("csv-evidence"),
        t!("csv-votes"),
        t!("csv-id"),
    ]];
    // Stage by stage, then persona and lane in the map's order, as the map reads.
    for stage in &map.stages {
        for persona in &map.personas {
            for lane in &persona.lanes {
                for card in lane.cards.iter().filter(|c| c.stage == stage.id) {
                    let online = card.channel.as_ref().map_or(String::new(), |channel| {
                        if channel.is_offline() {
                            t!("csv-offline-value")
                        } else {
                            t!("csv-online-value")
                        }
                    });
                    rows.push(vec![
                        stage.name.clone(),
                        persona.name.clone(),
                        lane.display_title().into_owned(),
                        lane.card_kind(card)
                            .map(crate::model::CardKind::display_name)
                            .unwrap_or_default(),
                        card.text.clone(),
                        card.detail.clone(),
                        card.channel
                            .as_ref()
                            .map(|c| c.display_name().into_owned())
                            .unwrap_or_default(),
                        online,
                        card.severity.map(|s| s.to_string()).unwrap_or_default(),
                        card.evidence
                            .map(crate::model::Evidence::display_name)
                            .unwrap_or_default(),
                        card.votes.to_string(),
                        card.id.to_string(),
                    ]);
                }
            }
        }
    }
    rows
}

fn emotion_rows(map: &Map) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        t!("csv-stage"),
        t!("csv-persona"),
        t!("csv-lane"),
        t!("csv-value"),
        t!("csv-feeling"),
        t!("csv-note"),
    ]];
    let points = map.personas.iter().flat_map(|persona: &Persona| {
        persona
            .lanes
            .iter()
            .flat_map(move |lane| lane.points.iter().map(move |point| (persona, lane, point)))
    });
    for (persona, lane, point) in points {
        rows.push(vec![
            stage_name(map, &point.stage).to_owned(),
            persona.name.clone(),
            lane.display_title().into_owned(),
            point.value.to_string(),
            super::markdown::feeling(point.value, map.emotion_scale),
            point.note.clone(),
        ]);
    }
    rows
}

fn metric_rows(map: &Map) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        t!("csv-stage"),
        t!("csv-metric"),
        t!("csv-value"),
        t!("csv-unit"),
    ]];
    for stage in &map.stages {
        for metric in &stage.metrics {
            rows.push(vec![
                stage.name.clone(),
                metric.name.clone(),
                // Plain digits with a dot, as spreadsheets read numbers in any locale's CSV.
                metric.value.to_string(),
                metric.unit.clone(),
            ]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        for formula in ["=1+2", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-inf"] {
            assert_eq!(neutralised(formula), format!("'{formula}"));
        }
        assert_eq!(neutralised("-2"), "-2");
        assert_eq!(neutralised("Checkout = slow"), "Checkout = slow");
        assert_eq!(neutralised(""), "");
    }
}
