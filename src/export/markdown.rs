//! The Markdown outline of a map, for an email body or a wiki: the title and description, the
//! stage metrics as a table, then stage by stage, persona by persona, lane by lane, every card
//! with its channel, severity, evidence and votes, and each persona's emotion in words and
//! numbers. Percorso's own words are in the current language; the map's text is as written.

use std::fmt::Write as _;

use crate::model::{EmotionScale, Map, Stage};
use crate::t;

/// The outline of `map`.
#[must_use]
pub fn markdown(map: &Map) -> String {
    let mut out = String::new();
    let title = if map.title.is_empty() {
        t!("untitled-journey")
    } else {
        map.title.clone()
    };
    let _ = writeln!(out, "# {}\n", inline(&title));
    if !map.description.is_empty() {
        let _ = writeln!(out, "{}\n", block(&map.description));
    }
    metrics_table(&mut out, map);
    for (number, stage) in map.stages.iter().enumerate() {
        stage_section(&mut out, map, number + 1, stage);
    }
    out
}

/// One row per stage metric (stage, metric, value): stages measure different things, so a
/// column per metric would be mostly empty.
fn metrics_table(out: &mut String, map: &Map) {
    if map.stages.iter().all(|s| s.metrics.is_empty()) {
        return;
    }
    let _ = writeln!(out, "## {}\n", t!("md-metrics-heading"));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---:|",
        t!("md-stage-column"),
        t!("csv-metric"),
        t!("csv-value")
    );
    for stage in &map.stages {
        for metric in &stage.metrics {
            let value = crate::words::metric_value(metric);
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&stage.name),
                cell(&metric.name),
                cell(&value)
            );
        }
    }
    out.push('\n');
}

fn stage_section(out: &mut String, map: &Map, number: usize, stage: &Stage) {
    let _ = writeln!(
        out,
        "## {}\n",
        t!(
            "md-stage-heading",
            number = number,
            name = inline(&stage.name)
        )
    );
    if !stage.description.is_empty() {
        let _ = writeln!(out, "{}\n", block(&stage.description));
    }
    if !stage.duration.is_empty() {
        let _ = writeln!(
            out,
            "*{}*\n",
            t!("md-duration", duration = inline(&stage.duration))
        );
    }
    for persona in &map.personas {
        let _ = writeln!(out, "### {}\n", inline(&persona.name));
        let mut wrote = false;
        for lane in &persona.lanes {
            if let Some(point) = lane.points.iter().find(|p| p.stage == stage.id) {
                let mut line = t!(
                    "md-emotion",
                    feeling = feeling(point.value, map.emotion_scale),
                    value = crate::paint::level_text(point.value),
                    min = map.emotion_scale.min,
                    max = map.emotion_scale.max
                );
                if !point.note.is_empty() {
                    let _ = write!(line, ": {}", inline(&point.note));
                }
                let _ = writeln!(out, "- **{}:** {line}", inline(&lane.display_title()));
                wrote = true;
            }
            let cards: Vec<_> = lane.cards.iter().filter(|c| c.stage == stage.id).collect();
            if cards.is_empty() {
                continue;
            }
            let _ = writeln!(out, "- **{}**", inline(&lane.display_title()));
            for card in cards {
                let _ = writeln!(out, "  - {}", card_line(lane, card));
                if !card.detail.is_empty() {
                    let _ = writeln!(out, "    {}", inline(&card.detail));
                }
            }
            wrote = true;
        }
        if !wrote {
            let _ = writeln!(out, "- *{}*", t!("md-nothing"));
        }
        out.push('\n');
    }
}

/// A card's text and, in brackets, what the map says about it.
fn card_line(lane: &crate::model::Lane, card: &crate::model::Card) -> String {
    let mut facts = Vec::new();
    if let Some(kind) = lane
        .card_kind(card)
        .filter(|k| Some(*k) != lane.kind.default_card_kind())
    {
        facts.push(kind.display_name());
    }
    if let Some(channel) = &card.channel {
        facts.push(channel.name_with_mark());
    }
    if let Some(severity) = card.severity {
        facts.push(t!(
            "md-severity",
            name = crate::words::severity_name(severity),
            level = u32::from(severity)
        ));
    }
    if let Some(evidence) = card.evidence {
        facts.push(evidence.display_name());
    }
    if card.votes > 0 {
        facts.push(t!("md-votes", votes = card.votes));
    }
    let text = if card.text.is_empty() {
        t!("md-empty-card")
    } else {
        inline(&card.text)
    };
    if facts.is_empty() {
        text
    } else {
        format!("{text} ({})", facts.join(" · "))
    }
}

/// The emotion `value` in words, by where it falls on `scale`.
#[must_use]
pub fn feeling(value: i32, scale: EmotionScale) -> String {
    let span = f64::from(scale.max - scale.min).max(1.0);
    let share = f64::from(value - scale.min) / span;
    match share {
        s if s < 0.2 => t!("feeling-very-negative"),
        s if s < 0.4 => t!("feeling-negative"),
        s if s <= 0.6 => t!("feeling-neutral"),
        s if s <= 0.8 => t!("feeling-positive"),
        _ => t!("feeling-very-positive"),
    }
}

/// Text on one line, with Markdown's own characters escaped so that it reads as written.
pub(super) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// A paragraph: its lines kept, each escaped.
fn block(text: &str) -> String {
    text.lines().map(inline).collect::<Vec<_>>().join("  \n")
}

/// A table cell.
fn cell(text: &str) -> String {
    inline(text)
}
