//! The inspector's editors for the map, stages, personas and lanes.

use egui::{ComboBox, RichText, Ui};

use super::{Form, color_row, grid, heading, line_edit, name_row, text_row};
use crate::app::messages::{Action, Command, Question, Selection};
use crate::edit::{Edit, LaneAt, MapInfo, PersonaInfo, ops};
use crate::model::{LaneKind, Metric};
use crate::theme::persona_color;

/// Edits the map's title, description and emotion scale.
pub fn map_ui(ui: &mut Ui, form: &mut Form) {
    let map = form.map;
    heading(ui, "Map", &map.title);
    let info = MapInfo::of(map);
    let mut edited = info.clone();
    grid(ui, "map-fields", |ui| {
        name_row(ui, "Title", &mut edited.title, false, form.focus_name);
        text_row(ui, "Description", &mut edited.description, true);
        ui.label(RichText::new("Emotion scale").weak());
        ui.horizontal(|ui| {
            let scale = &mut edited.emotion_scale;
            ui.add(egui::DragValue::new(&mut scale.min).range(-10..=9))
                .accessible_name("Lowest emotion");
            ui.label("to");
            ui.add(egui::DragValue::new(&mut scale.max).range(-9..=10))
                .accessible_name("Highest emotion");
            if scale.min >= scale.max {
                scale.max = scale.min + 1;
            }
        });
        ui.end_row();
        ui.label(RichText::new("Contents").weak());
        ui.label(crate::words::summary(map));
        ui.end_row();
    });
    if edited == info {
        return;
    }
    let outside = ops::points_outside(map, edited.emotion_scale);
    if outside > 0 {
        let scale = edited.emotion_scale;
        form.actions.push(Action::Ask(Question::Confirm {
            title: format!("Change the scale to {} to {}?", scale.min, scale.max),
            message: format!("{outside} emotion point(s) fall outside the new scale and will be moved to its nearest end."),
            confirm: "Change and clamp".to_owned(),
            edit: Box::new(ops::set_map_info_clamping(map, edited)),
            select: Vec::new(),
        }));
    } else {
        form.actions
            .push(Action::typing(Edit::SetMapInfo(edited), form.key("map")));
    }
}

/// Edits stage `index`: name, description, duration, colour, metrics.
pub fn stage_ui(ui: &mut Ui, form: &mut Form, index: usize) {
    let stage = &form.map.stages[index];
    heading(ui, "Stage", &stage.name);
    let mut edited = stage.clone();
    grid(ui, "stage-fields", |ui| {
        name_row(ui, "Name", &mut edited.name, false, form.focus_name);
        text_row(ui, "Description", &mut edited.description, true);
        text_row(ui, "Duration", &mut edited.duration, false);
        color_row(
            ui,
            "Colour",
            &mut edited.color,
            egui::Color32::from_rgb(0x4E, 0x79, 0xA7),
        );
    });
    ui.add_space(6.0);
    ui.label(RichText::new("Metrics").strong());
    metrics_ui(ui, &mut edited.metrics);
    if edited != *stage {
        let key = form.key(&format!("stage:{}", stage.id));
        form.actions
            .push(Action::typing(Edit::SetStage(index, edited), key));
    }
    ui.add_space(8.0);
    if ui.button("Delete stage…").clicked() {
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
            line_edit(ui, &mut metric.name, width, "").accessible_name("Metric name");
            ui.horizontal(|ui| {
                ui.add(egui::DragValue::new(&mut metric.value).speed(1.0))
                    .accessible_name("Metric value");
                line_edit(ui, &mut metric.unit, 70.0, "unit").accessible_name("Metric unit");
                if ui
                    .small_button("✖")
                    .on_hover_text("Remove this metric")
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
    if ui.button("Add metric").clicked() {
        metrics.push(Metric {
            name: "Metric".to_owned(),
            value: 0.0,
            unit: String::new(),
        });
    }
}

/// Edits persona `index`: name, description, quote, goals, colour, photo; adds lanes.
pub fn persona_ui(ui: &mut Ui, form: &mut Form, index: usize) {
    let persona = &form.map.personas[index];
    heading(ui, "Persona", &persona.name);
    let info = PersonaInfo::of(persona);
    let mut edited = info.clone();
    grid(ui, "persona-fields", |ui| {
        name_row(ui, "Name", &mut edited.name, false, form.focus_name);
        text_row(ui, "Description", &mut edited.description, true);
        text_row(ui, "Quote", &mut edited.quote, true);
        color_row(ui, "Colour", &mut edited.color, persona_color(None, index));
    });
    ui.add_space(6.0);
    ui.label(RichText::new("Goals").strong());
    goals_ui(ui, &mut edited.goals);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Photo").weak());
        if ui.button("Choose photo…").clicked() {
            form.actions.push(Action::ChoosePhoto(index));
        }
        if edited.avatar.is_some() && ui.button("Remove photo").clicked() {
            edited.avatar = None;
        }
    });
    if edited != info {
        let key = form.key(&format!("persona:{}", persona.id));
        form.actions
            .push(Action::typing(Edit::SetPersonaInfo(index, edited), key));
    }
    add_lane_ui(ui, form, index);
    if ui.button("Delete persona…").clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}

fn goals_ui(ui: &mut Ui, goals: &mut Vec<String>) {
    let mut remove = None;
    for (i, goal) in goals.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            line_edit(ui, goal, 200.0, "").accessible_name("Goal");
            if ui
                .small_button("✖")
                .on_hover_text("Remove this goal")
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        goals.remove(i);
    }
    if ui.button("Add goal").clicked() {
        goals.push(String::new());
    }
}

fn add_lane_ui(ui: &mut Ui, form: &mut Form, persona: usize) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Add lane").weak());
        ComboBox::from_id_salt("add-lane")
            .selected_text("kind…")
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
            .accessible_name("Add lane");
    });
    ui.add_space(6.0);
}

/// Edits the lane at `at`: title and kind.
pub fn lane_ui(ui: &mut Ui, form: &mut Form, at: LaneAt) {
    let Some(lane) = form.map.lane_at(at) else {
        return;
    };
    heading(ui, "Lane", lane.display_title());
    let mut title = lane.title.clone().unwrap_or_default();
    let mut kind = lane.kind;
    grid(ui, "lane-fields", |ui| {
        name_row(ui, "Title", &mut title, false, form.focus_name);
        ui.label(RichText::new("Kind").weak());
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
            .accessible_name("Lane kind");
        ui.end_row();
    });
    let title = (!title.is_empty() && title != kind.display_name()).then_some(title);
    if title != lane.title || kind != lane.kind {
        let key = form.key(&format!("lane:{}", lane.id));
        form.actions
            .push(Action::typing(Edit::SetLaneInfo(at, title, kind), key));
    }
    ui.add_space(8.0);
    if ui.button("Delete lane…").clicked() {
        form.actions.push(Action::Command(Command::Delete));
    }
}
