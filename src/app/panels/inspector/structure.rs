//! The inspector's editors for the map, stages, personas and lanes.

use egui::{ComboBox, RichText, Ui};

use super::{Form, color_row, grid, heading, line_edit, name_row, text_row};
use crate::app::messages::{Action, Command, Question, Selection};
use crate::edit::{Edit, LaneAt, MapInfo, PersonaInfo, ops};
use crate::model::{LaneKind, Metric};
use crate::t;
use crate::theme::persona_color;

/// Edits the map's title, description and emotion scale.
pub fn map_ui(ui: &mut Ui, form: &mut Form) {
    let map = form.map;
    heading(ui, &t!("inspector-map"), &map.title);
    let info = MapInfo::of(map);
    let mut edited = info.clone();
    grid(ui, "map-fields", |ui| {
        name_row(
            ui,
            &t!("field-title"),
            &mut edited.title,
            false,
            form.focus_name,
        );
        text_row(ui, &t!("field-description"), &mut edited.description, true);
        ui.label(RichText::new(t!("field-emotion-scale")).weak());
        ui.horizontal(|ui| {
            let scale = &mut edited.emotion_scale;
            ui.add(egui::DragValue::new(&mut scale.min).range(-10..=9))
                .accessible_name(t!("field-scale-lowest"));
            ui.label(t!("field-scale-to"));
            ui.add(egui::DragValue::new(&mut scale.max).range(-9..=10))
                .accessible_name(t!("field-scale-highest"));
            if scale.min >= scale.max {
                scale.max = scale.min + 1;
            }
        });
        ui.end_row();
        funnel_row(ui, map, &mut edited.funnel);
        ui.label(RichText::new(t!("field-contents")).weak());
        ui.label(crate::words::summary(map));
        ui.end_row();
    });
    if edited == info {
        return;
    }
    if edited.funnel != info.funnel {
        // A choice, not typing: its own undo step.
        form.actions.push(Action::Edit {
            edit: Edit::SetMapInfo(edited),
            select: None,
            merge: None,
        });
        return;
    }
    let outside = ops::points_outside(map, edited.emotion_scale);
    if outside > 0 {
        let scale = edited.emotion_scale;
        form.actions.push(Action::Ask(Question::Confirm {
            title: t!("scale-change-title", min = scale.min, max = scale.max),
            message: t!("scale-change-message", count = outside),
            confirm: t!("scale-change-confirm"),
            edit: Box::new(ops::set_map_info_clamping(map, edited)),
            select: Vec::new(),
        }));
    } else {
        form.actions
            .push(Action::typing(Edit::SetMapInfo(edited), form.key("map")));
    }
}

/// The funnel: none, or one of the metric names the stages use.
fn funnel_row(ui: &mut Ui, map: &crate::model::Map, funnel: &mut Option<String>) {
    ui.label(RichText::new(t!("field-funnel")).weak());
    let mut names: Vec<&str> = Vec::new();
    for metric in map.stages.iter().flat_map(|s| &s.metrics) {
        if !names.contains(&metric.name.as_str()) {
            names.push(&metric.name);
        }
    }
    let shown = funnel.clone().unwrap_or_else(|| t!("choice-none-funnel"));
    // A fixed width: a combo sized by its choices would widen the panel after the first frame,
    // after the map was fitted to the canvas.
    egui::ComboBox::from_id_salt("map-funnel")
        .width(160.0)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(funnel, None, t!("choice-none-funnel"));
            for name in names {
                ui.selectable_value(funnel, Some(name.to_owned()), name);
            }
        })
        .response
        .accessible_name(t!("field-funnel"))
        .on_hover_text(t!("field-funnel-hint"));
    ui.end_row();
}

/// The name row (focused when `focus`) and the description row that stages and personas share.
fn name_and_description(ui: &mut Ui, name: &mut String, description: &mut String, focus: bool) {
    name_row(ui, &t!("field-name"), name, false, focus);
    text_row(ui, &t!("field-description"), description, true);
}

/// Edits stage `index`: name, description, duration, colour, metrics.
pub fn stage_ui(ui: &mut Ui, form: &mut Form, index: usize) {
    let stage = &form.map.stages[index];
    heading(ui, &t!("inspector-stage"), &stage.name);
    let mut edited = stage.clone();
    grid(ui, "stage-fields", |ui| {
        name_and_description(
            ui,
            &mut edited.name,
            &mut edited.description,
            form.focus_name,
        );
        text_row(ui, &t!("field-duration"), &mut edited.duration, false);
        color_row(
            ui,
            &t!("field-colour"),
            &mut edited.color,
            egui::Color32::from_rgb(0x4E, 0x79, 0xA7),
        );
    });
    ui.add_space(6.0);
    ui.label(RichText::new(t!("field-metrics")).strong());
    metrics_ui(ui, &mut edited.metrics);
    if edited != *stage {
        let key = form.key(&format!("stage:{}", stage.id));
        form.actions
            .push(Action::typing(Edit::SetStage(index, edited), key));
    }
    ui.add_space(8.0);
    if ui.button(t!("inspector-delete-stage")).clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}

/// Each metric in a block of its own: its name across the panel's whole width (so that long
/// names such as "Traffico da ricerca" show whole), then its value, unit and remove button.
fn metrics_ui(ui: &mut Ui, metrics: &mut Vec<Metric>) {
    let mut remove = None;
    for (i, metric) in metrics.iter_mut().enumerate() {
        ui.push_id(("metric", i), |ui| {
            let width = ui.available_width();
            line_edit(ui, &mut metric.name, width, "").accessible_name(t!("metric-name"));
            ui.horizontal(|ui| {
                ui.add(
                    egui::DragValue::new(&mut metric.value)
                        .speed(1.0)
                        .custom_formatter(|value, _| crate::lang::number(value))
                        .custom_parser(crate::lang::numbers::parse),
                )
                .accessible_name(t!("metric-value"));
                line_edit(ui, &mut metric.unit, 70.0, &t!("metric-unit-hint"))
                    .accessible_name(t!("metric-unit"));
                if ui
                    .small_button("✖")
                    .on_hover_text(t!("metric-remove"))
                    .accessible_name(t!("metric-remove"))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        });
        ui.add_space(4.0);
    }
    if let Some(i) = remove {
        metrics.remove(i);
    }
    if ui.button(t!("metric-add")).clicked() {
        metrics.push(Metric {
            name: t!("metric-new-name"),
            value: 0.0,
            unit: String::new(),
        });
    }
}

/// Edits persona `index`: name, description, quote, goals, colour, photo; adds lanes.
pub fn persona_ui(ui: &mut Ui, form: &mut Form, index: usize) {
    let persona = &form.map.personas[index];
    heading(ui, &t!("inspector-persona"), &persona.name);
    let info = PersonaInfo::of(persona);
    let mut edited = info.clone();
    grid(ui, "persona-fields", |ui| {
        name_and_description(
            ui,
            &mut edited.name,
            &mut edited.description,
            form.focus_name,
        );
        text_row(ui, &t!("field-quote"), &mut edited.quote, true);
        let colour = persona_color(None, index);
        color_row(ui, &t!("field-colour"), &mut edited.color, colour);
    });
    ui.add_space(6.0);
    ui.label(RichText::new(t!("field-goals")).strong());
    goals_ui(ui, &mut edited.goals);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("field-photo")).weak());
        if ui.button(t!("photo-choose")).clicked() {
            form.actions.push(Action::ChoosePhoto(index));
        }
        if edited.avatar.is_some() && ui.button(t!("photo-remove")).clicked() {
            edited.avatar = None;
        }
    });
    if edited != info {
        let key = form.key(&format!("persona:{}", persona.id));
        form.actions
            .push(Action::typing(Edit::SetPersonaInfo(index, edited), key));
    }
    add_lane_ui(ui, form, index);
    if ui.button(t!("inspector-delete-persona")).clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}

fn goals_ui(ui: &mut Ui, goals: &mut Vec<String>) {
    let mut remove = None;
    for (i, goal) in goals.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            line_edit(ui, goal, 200.0, "").accessible_name(t!("goal-field"));
            if ui
                .small_button("✖")
                .on_hover_text(t!("goal-remove"))
                .accessible_name(t!("goal-remove"))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        goals.remove(i);
    }
    if ui.button(t!("goal-add")).clicked() {
        goals.push(String::new());
    }
}

fn add_lane_ui(ui: &mut Ui, form: &mut Form, persona: usize) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("lane-add")).weak());
        ComboBox::from_id_salt("add-lane")
            .selected_text(t!("lane-add-kind"))
            .show_ui(ui, |ui| {
                for kind in LaneKind::ALL {
                    if ui.button(kind.display_name()).clicked() {
                        let lanes = form.map.personas[persona].lanes.len();
                        if let Some((edit, id)) = ops::add_lane(form.map, persona, lanes, kind) {
                            form.actions
                                .push(Action::edit(edit, vec![Selection::Lane(id)]));
                        }
                    }
                }
            })
            .response
            .accessible_name(t!("lane-add"));
    });
    ui.add_space(6.0);
}

/// Edits the lane at `at`: title and kind.
pub fn lane_ui(ui: &mut Ui, form: &mut Form, at: LaneAt) {
    let Some(lane) = form.map.lane_at(at) else {
        return;
    };
    heading(ui, &t!("inspector-lane"), &lane.display_title());
    let mut title = lane.title.clone().unwrap_or_default();
    let mut kind = lane.kind;
    grid(ui, "lane-fields", |ui| {
        name_row(ui, &t!("field-title"), &mut title, false, form.focus_name);
        ui.label(RichText::new(t!("field-kind")).weak());
        ComboBox::from_id_salt("lane-kind")
            .selected_text(kind.display_name())
            .show_ui(ui, |ui| {
                for option in LaneKind::ALL {
                    // A lane with cards cannot hold points instead, and the other way round.
                    let fits = if option == LaneKind::Emotions {
                        lane.cards.is_empty()
                    } else {
                        lane.points.is_empty()
                    };
                    ui.add_enabled_ui(fits, |ui| {
                        ui.selectable_value(&mut kind, option, option.display_name())
                    });
                }
            })
            .response
            .accessible_name(t!("lane-kind-field"));
        ui.end_row();
    });
    let title = (!title.is_empty() && title != kind.display_name()).then_some(title);
    if title != lane.title || kind != lane.kind {
        let key = form.key(&format!("lane:{}", lane.id));
        form.actions
            .push(Action::typing(Edit::SetLaneInfo(at, title, kind), key));
    }
    ui.add_space(8.0);
    if ui.button(t!("inspector-delete-lane")).clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}
