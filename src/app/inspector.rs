//! The inspector panel: every field of the selected element (read-only until editing lands),
//! or the map's own fields when nothing is selected.

use egui::{Grid, RichText, Ui};

use super::Selection;
use crate::cli::summary;
use crate::model::{Card, Color, EmotionPoint, Lane, Map, Persona, Stage};
use crate::paint::metric_value;

/// Shows the selected element's fields.
pub fn inspector_ui(ui: &mut Ui, map: &Map, selection: Option<&Selection>) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        let shown = selection.and_then(|selection| element_ui(ui, map, selection));
        if shown.is_none() {
            map_ui(ui, map);
        }
    });
}

fn element_ui(ui: &mut Ui, map: &Map, selection: &Selection) -> Option<()> {
    match selection {
        Selection::Stage(id) => stage_ui(ui, map.stage(id)?),
        Selection::Persona(id) => persona_ui(ui, map.personas.iter().find(|p| &p.id == id)?),
        Selection::Lane(id) => lane_ui(ui, map.lanes().find(|l| &l.id == id)?),
        Selection::Card(id) => {
            let (lane, card) = map
                .lanes()
                .find_map(|l| l.cards.iter().find(|c| &c.id == id).map(|c| (l, c)))?;
            card_ui(ui, map, lane, card);
        }
        Selection::Point(lane_id, stage) => {
            let lane = map.lanes().find(|l| &l.id == lane_id)?;
            point_ui(
                ui,
                map,
                lane,
                lane.points.iter().find(|p| &p.stage == stage)?,
            );
        }
    }
    Some(())
}

fn heading(ui: &mut Ui, kind: &str, name: &str) {
    ui.label(RichText::new(kind).small().weak());
    ui.heading(name);
    ui.add_space(4.0);
}

fn fields(ui: &mut Ui, id: &str, rows: &[(&str, String)]) {
    Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (name, value) in rows {
                ui.label(RichText::new(*name).weak());
                let shown = if value.is_empty() {
                    "—"
                } else {
                    value.as_str()
                };
                ui.add(egui::Label::new(shown).wrap());
                ui.end_row();
            }
        });
}

fn color_text(color: Option<&Color>) -> String {
    color.map(|c| c.0.clone()).unwrap_or_default()
}

fn map_ui(ui: &mut Ui, map: &Map) {
    heading(ui, "Map", &map.title);
    let scale = format!("{} to {}", map.emotion_scale.min, map.emotion_scale.max);
    fields(
        ui,
        "map-fields",
        &[
            ("Description", map.description.clone()),
            ("Emotion scale", scale),
            ("Contents", summary(map)),
        ],
    );
    ui.add_space(8.0);
    ui.label(
        RichText::new("Click a card, a stage, a persona or an emotion point to see its fields.")
            .weak(),
    );
}

fn stage_ui(ui: &mut Ui, stage: &Stage) {
    heading(ui, "Stage", &stage.name);
    fields(
        ui,
        "stage-fields",
        &[
            ("Id", stage.id.to_string()),
            ("Description", stage.description.clone()),
            ("Duration", stage.duration.clone()),
            ("Colour", color_text(stage.color.as_ref())),
        ],
    );
    if !stage.metrics.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Metrics").strong());
        let rows: Vec<(&str, String)> = stage
            .metrics
            .iter()
            .map(|m| (m.name.as_str(), metric_value(m)))
            .collect();
        fields(ui, "stage-metrics", &rows);
    }
}

fn persona_ui(ui: &mut Ui, persona: &Persona) {
    heading(ui, "Persona", &persona.name);
    let avatar = if persona.avatar.is_some() {
        "PNG image"
    } else {
        ""
    };
    fields(
        ui,
        "persona-fields",
        &[
            ("Id", persona.id.to_string()),
            ("Description", persona.description.clone()),
            ("Quote", persona.quote.clone()),
            (
                "Goals",
                persona
                    .goals
                    .iter()
                    .map(|g| format!("• {g}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            ("Colour", color_text(persona.color.as_ref())),
            ("Photo", avatar.to_owned()),
            ("Lanes", persona.lanes.len().to_string()),
        ],
    );
}

fn lane_ui(ui: &mut Ui, lane: &Lane) {
    heading(ui, "Lane", lane.display_title());
    let contents = if lane.points.is_empty() {
        format!("{} cards", lane.cards.len())
    } else {
        format!("{} emotion points", lane.points.len())
    };
    fields(
        ui,
        "lane-fields",
        &[
            ("Id", lane.id.to_string()),
            ("Title", lane.display_title().to_owned()),
            ("Kind", lane.kind.display_name().to_owned()),
            ("Contents", contents),
        ],
    );
}

fn card_ui(ui: &mut Ui, map: &Map, lane: &Lane, card: &Card) {
    let kind = lane.card_kind(card).map_or("Card", |k| k.display_name());
    heading(ui, kind, &card.text);
    let channel = card.channel.as_ref().map_or_else(String::new, |c| {
        format!(
            "{} ({})",
            c.display_name(),
            if c.is_offline() { "offline" } else { "online" }
        )
    });
    let severity = card.severity.map_or_else(String::new, |s| {
        format!(
            "{s} ({})",
            match s {
                1 => "minor",
                2 => "major",
                _ => "critical",
            }
        )
    });
    fields(
        ui,
        "card-fields",
        &[
            ("Text", card.text.clone()),
            ("Detail", card.detail.clone()),
            ("Kind", kind.to_owned()),
            (
                "Stage",
                map.stage(&card.stage)
                    .map_or_else(String::new, |s| s.name.clone()),
            ),
            ("Lane", lane.display_title().to_owned()),
            ("Channel", channel),
            ("Severity", severity),
            (
                "Evidence",
                card.evidence
                    .map_or_else(String::new, |e| e.display_name().to_owned()),
            ),
            ("Votes", card.votes.to_string()),
            ("Colour", color_text(card.color.as_ref())),
            ("Id", card.id.to_string()),
        ],
    );
}

fn point_ui(ui: &mut Ui, map: &Map, lane: &Lane, point: &EmotionPoint) {
    let stage = map
        .stage(&point.stage)
        .map_or_else(|| point.stage.to_string(), |s| s.name.clone());
    heading(
        ui,
        "Emotion",
        &format!("{} at {stage}", lane.display_title()),
    );
    let scale = map.emotion_scale;
    fields(
        ui,
        "point-fields",
        &[
            ("Stage", stage),
            (
                "Value",
                format!("{} (scale {} to {})", point.value, scale.min, scale.max),
            ),
            ("Note", point.note.clone()),
        ],
    );
}
