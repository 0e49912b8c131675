//! The inspector's editors for cards, emotion points and empty cells.

use egui::{ComboBox, RichText, Ui};

use super::{Form, color_row, grid, heading, line_edit, name_row, text_row};
use crate::app::messages::{Action, Command, Selection};
use crate::edit::{Edit, LaneAt, ops};
use crate::model::{CardAt, CardKind, Channel, Evidence, Lane, Map, StageId};
use crate::t;
use crate::theme::kind_color;

/// Edits every field of the card at `at`.
pub fn card_ui(ui: &mut Ui, form: &mut Form, at: CardAt) {
    let map = form.map;
    let (Some(lane), Some(card)) = (map.lane_at(at.lane), map.card_at(at)) else {
        return;
    };
    let kind = lane.card_kind(card).unwrap_or(CardKind::Note);
    heading(ui, &kind.display_name(), &card.text);
    let mut edited = card.clone();
    grid(ui, "card-fields", |ui| {
        name_row(
            ui,
            &t!("field-text"),
            &mut edited.text,
            true,
            form.focus_name,
        );
        text_row(ui, &t!("field-detail"), &mut edited.detail, true);
        kind_row(ui, &mut edited.kind, lane.kind.default_card_kind());
        channel_row(ui, &mut edited.channel);
        severity_row(ui, &mut edited.severity);
        evidence_row(ui, &mut edited.evidence);
        ui.label(RichText::new(t!("field-votes")).weak());
        ui.add(egui::DragValue::new(&mut edited.votes).range(0..=9_999))
            .accessible_name(t!("field-votes"));
        ui.end_row();
        color_row(ui, &t!("field-colour"), &mut edited.color, kind_color(kind));
        ui.label(RichText::new(t!("field-stage")).weak());
        ui.label(map.stage(&card.stage).map_or("", |s| s.name.as_str()));
        ui.end_row();
        ui.label(RichText::new(t!("field-lane")).weak());
        ui.label(lane.display_title());
        ui.end_row();
    });
    if edited != *card {
        let key = form.key(&format!("card:{}", card.id));
        form.actions
            .push(Action::typing(Edit::SetCard(at.lane, at.card, edited), key));
    }
    ui.add_space(8.0);
    if ui.button(t!("inspector-delete-card")).clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}

fn kind_row(ui: &mut Ui, kind: &mut Option<CardKind>, lane_default: Option<CardKind>) {
    ui.label(RichText::new(t!("field-kind")).weak());
    let default_name = lane_default.unwrap_or(CardKind::Note).display_name();
    let lanes_kind = t!("field-kind-of-lane", kind = default_name);
    let shown = kind.map_or_else(|| lanes_kind.clone(), CardKind::display_name);
    ComboBox::from_id_salt("card-kind")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(kind, None, lanes_kind);
            for option in CardKind::ALL {
                ui.selectable_value(kind, Some(option), option.display_name());
            }
        })
        .response
        .accessible_name(t!("field-kind"));
    if *kind == lane_default {
        *kind = None;
    }
    ui.end_row();
}

fn channel_row(ui: &mut Ui, channel: &mut Option<Channel>) {
    ui.label(RichText::new(t!("field-channel")).weak());
    ui.vertical(|ui| {
        let shown = channel.as_ref().map_or_else(
            || t!("choice-none"),
            |c| {
                if matches!(c, Channel::Other(_)) {
                    t!("channel-other")
                } else {
                    c.display_name().into_owned()
                }
            },
        );
        ComboBox::from_id_salt("card-channel")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(channel, None, t!("choice-none"));
                for option in Channel::NAMED {
                    let icon = crate::theme::channel_icon(&option);
                    let label = format!("{icon} {}", option.name_with_mark());
                    ui.selectable_value(channel, Some(option.clone()), label);
                }
                let other = t!("channel-other-choice");
                if ui
                    .selectable_label(matches!(channel, Some(Channel::Other(_))), other)
                    .clicked()
                    && !matches!(channel, Some(Channel::Other(_)))
                {
                    *channel = Some(Channel::Other(String::new()));
                }
            })
            .response
            .accessible_name(t!("field-channel"));
        if let Some(Channel::Other(name)) = channel {
            line_edit(
                ui,
                name,
                super::FIELD_WIDTH - 20.0,
                &t!("channel-name-hint"),
            )
            .accessible_name(t!("channel-other-field"));
        }
    });
    ui.end_row();
}

fn severity_row(ui: &mut Ui, severity: &mut Option<u8>) {
    ui.label(RichText::new(t!("field-severity")).weak());
    let name = |s: Option<u8>| match s {
        None => t!("choice-none-severity"),
        Some(1) => t!("severity-choice", level = 1, name = t!("severity-minor")),
        Some(2) => t!("severity-choice", level = 2, name = t!("severity-major")),
        Some(_) => t!("severity-choice", level = 3, name = t!("severity-critical")),
    };
    ComboBox::from_id_salt("card-severity")
        .selected_text(name(*severity))
        .show_ui(ui, |ui| {
            for option in [None, Some(1), Some(2), Some(3)] {
                ui.selectable_value(severity, option, name(option));
            }
        })
        .response
        .accessible_name(t!("field-severity"));
    ui.end_row();
}

fn evidence_row(ui: &mut Ui, evidence: &mut Option<Evidence>) {
    ui.label(RichText::new(t!("field-evidence")).weak());
    let shown = evidence.map_or_else(|| t!("choice-none-evidence"), Evidence::display_name);
    ComboBox::from_id_salt("card-evidence")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(evidence, None, t!("choice-none-evidence"));
            for option in Evidence::ALL {
                ui.selectable_value(evidence, Some(option), option.display_name());
            }
        })
        .response
        .accessible_name(t!("field-evidence"));
    ui.end_row();
}

/// Edits the emotion point of `stage` in lane `at`.
pub fn point_ui(ui: &mut Ui, form: &mut Form, at: LaneAt, stage: &StageId) {
    let map = form.map;
    let Some(lane) = map.lane_at(at) else {
        return;
    };
    let Some(point) = lane.points.iter().find(|p| &p.stage == stage) else {
        return;
    };
    cell_heading(ui, &t!("inspector-emotion"), map, lane, stage);
    let mut edited = point.clone();
    let scale = map.emotion_scale;
    grid(ui, "point-fields", |ui| {
        ui.label(RichText::new(t!("field-value")).weak());
        ui.add(egui::Slider::new(&mut edited.value, scale.min..=scale.max))
            .accessible_name(t!("field-value"));
        ui.end_row();
        text_row(ui, &t!("field-note"), &mut edited.note, true);
    });
    if edited != *point {
        let key = form.key(&format!("point:{}:{stage}", lane.id));
        form.actions.push(Action::typing(
            Edit::SetPoint(at, stage.clone(), Some(edited)),
            key,
        ));
    }
    ui.add_space(8.0);
    if ui.button(t!("inspector-remove-point")).clicked() {
        let select = vec![Selection::Cell(lane.id.clone(), stage.clone())];
        form.actions.push(Action::edit(
            Edit::SetPoint(at, stage.clone(), None),
            select,
        ));
    }
}

/// The heading of what is in one cell: `kind`, then the lane and the stage by name.
fn cell_heading(ui: &mut Ui, kind: &str, map: &Map, lane: &Lane, stage: &StageId) {
    let stage_name = map.stage(stage).map_or(stage.as_str(), |s| s.name.as_str());
    let place = t!(
        "cell-place",
        lane = lane.display_title(),
        stage = stage_name
    );
    heading(ui, kind, &place);
}

/// An empty cell: what can be added to it.
pub fn cell_ui(ui: &mut Ui, form: &mut Form, at: LaneAt, stage: &StageId) {
    let map = form.map;
    let Some(lane) = map.lane_at(at) else {
        return;
    };
    cell_heading(ui, &t!("inspector-cell"), map, lane, stage);
    if lane.points.is_empty() && lane.kind != crate::model::LaneKind::Emotions {
        if ui.button(t!("inspector-new-card-here")).clicked() {
            form.actions.push(Action::Command(Command::NewCard));
        }
        return;
    }
    let middle = i32::midpoint(map.emotion_scale.min, map.emotion_scale.max);
    if ui.button(t!("inspector-set-point-here")).clicked()
        && let Some(edit) = ops::set_point_value(map, at, stage, middle)
    {
        let select = vec![Selection::Point(lane.id.clone(), stage.clone())];
        form.actions.push(Action::edit(edit, select));
    }
}
