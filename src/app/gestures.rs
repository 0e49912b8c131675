//! Gestures on the canvas that span frames: dragging cards, headers, lanes and emotion points
//! (and palette tiles over the canvas), and selecting cards with a rubber band.

use egui::{CursorIcon, Pos2, Rect, Response, Ui};

use super::drag::{Drag, DragItem, DropTarget, drop_edit, drop_target};
use super::{Action, PercorsoApp, Selection};
use crate::edit::LaneAt;
use crate::layout::{Hit, MapLayout};
use crate::paint::{Scene, overlay};

impl PercorsoApp {
    /// Starts a drag from the canvas when the pointer went down on something draggable;
    /// `true` if a gesture (drag or rubber band) started, so the canvas must not pan.
    pub(super) fn start_gesture(&mut self, ui: &Ui, response: &Response, hit: Option<Hit>) -> bool {
        if !response.drag_started_by(egui::PointerButton::Primary) {
            return self.drag.is_some() || self.rubber_band.is_some();
        }
        let map = &self.doc.map;
        let item = match hit {
            Some(Hit::Card {
                persona,
                lane,
                card,
            }) => {
                let id = map.personas[persona].lanes[lane].cards[card].id.clone();
                let selected = self.selected_cards();
                Some(DragItem::Cards(if selected.contains(&id) {
                    selected
                } else {
                    vec![id]
                }))
            }
            Some(Hit::StageHeader { stage }) => Some(DragItem::Stage(stage)),
            Some(Hit::PersonaHeader { persona }) => Some(DragItem::Persona(persona)),
            Some(Hit::LaneTitle { persona, lane }) => {
                Some(DragItem::Lane(LaneAt { persona, lane }))
            }
            Some(Hit::Point {
                persona,
                lane,
                point,
            }) => {
                let stage = map.personas[persona].lanes[lane].points[point]
                    .stage
                    .clone();
                Some(DragItem::Point(LaneAt { persona, lane }, stage))
            }
            Some(Hit::Cell { .. }) | None => None,
        };
        if let Some(item) = item {
            self.drag = Some(Drag {
                item,
                target: None,
                pos_in_map: None,
            });
            return true;
        }
        if ui.input(|i| i.modifiers.shift) {
            self.rubber_band = ui.input(|i| i.pointer.press_origin());
            return true;
        }
        false
    }

    /// Follows the drag in progress: its target under the pointer, the cursor, and the drop.
    pub(super) fn follow_drag(
        &mut self,
        ui: &Ui,
        layout: &MapLayout,
        pointer_in_map: Option<Pos2>,
    ) {
        let Some(drag) = &mut self.drag else {
            return;
        };
        if let Some(pos) = pointer_in_map {
            drag.pos_in_map = Some(pos);
        }
        let over_canvas = pointer_in_map.is_some();
        drag.target = drag
            .pos_in_map
            .filter(|_| over_canvas)
            .and_then(|pos| drop_target(&drag.item, layout, &self.doc.map, pos));
        ui.ctx().set_cursor_icon(if drag.target.is_some() {
            CursorIcon::Grabbing
        } else {
            CursorIcon::NoDrop
        });
        if ui.input(|i| i.pointer.any_down()) {
            return;
        }
        // Released: drop where the target last was (the pointer may have left with the release).
        let Some(drag) = self.drag.take() else {
            return;
        };
        let target = drag.target.or_else(|| {
            drag.pos_in_map
                .and_then(|pos| drop_target(&drag.item, layout, &self.doc.map, pos))
        });
        if let Some(result) = target.and_then(|t| drop_edit(&drag.item, t, &self.doc.map, layout)) {
            self.actions.push(Action::edit(result.edit, result.select));
            if let Some(card) = result.type_into {
                self.actions.push(Action::TypeInto(card));
            }
        }
    }

    /// Follows a rubber band: on release selects the cards it touches.
    pub(super) fn follow_rubber_band(&mut self, ui: &Ui, layout: &MapLayout) -> Option<Rect> {
        let origin = self.rubber_band?;
        let pointer = ui.input(|i| i.pointer.latest_pos()).unwrap_or(origin);
        let band_on_screen = Rect::from_two_pos(origin, pointer);
        if ui.input(|i| i.pointer.any_down()) {
            return Some(band_on_screen);
        }
        self.rubber_band = None;
        let band_in_map = self.camera.to_screen.inverse().mul_rect(band_on_screen);
        let map = &self.doc.map;
        let picked: Vec<Selection> = layout
            .cards_in(band_in_map)
            .map(|b| {
                Selection::Card(
                    map.personas[b.persona].lanes[b.lane].cards[b.card]
                        .id
                        .clone(),
                )
            })
            .collect();
        self.actions.push(Action::Select(picked));
        None
    }
}

/// Draws the drop target of `drag` over the map.
pub fn paint_drop_target(painter: &egui::Painter, scene: &Scene, drag: &Drag) {
    let layout = scene.layout;
    let Some(target) = drag.target else {
        return;
    };
    match target {
        DropTarget::Cell {
            at,
            column,
            position,
        } => {
            let Some(band) = layout.band_of(at.persona) else {
                return;
            };
            let Some(row) = layout.bands[band]
                .rows
                .iter()
                .position(|r| r.lane == at.lane)
            else {
                return;
            };
            let cell = layout.cell_rect(band, row, column);
            let lane = &scene.map.personas[at.persona].lanes[at.lane];
            let dragged: Vec<_> = match &drag.item {
                DragItem::Cards(cards) => cards.clone(),
                _ => Vec::new(),
            };
            let stack: Vec<Rect> = layout.cards[layout.bands[band].rows[row].cells[column].clone()]
                .iter()
                .filter(|b| !dragged.contains(&lane.cards[b.card].id))
                .map(|b| b.rect)
                .collect();
            let above = position.checked_sub(1).and_then(|i| stack.get(i)).copied();
            let y = overlay::insertion_y(cell, above, stack.get(position).copied());
            overlay::drop_in_cell(painter, scene, cell, y);
        }
        DropTarget::StageGap(gap) => {
            let x = layout
                .columns
                .get(gap)
                .map_or_else(|| layout.size.x, |c| c.x.min);
            let header = Rect::from_min_max(
                egui::pos2(0.0, scene.pinned_top()),
                egui::pos2(layout.size.x, scene.pinned_top() + layout.header_height),
            );
            overlay::vertical_gap(painter, scene, x, header);
        }
        DropTarget::PersonaGap(gap) => {
            let y = layout
                .bands
                .get(gap)
                .map_or(layout.size.y, |b| b.y.min - crate::layout::BAND_GAP / 2.0);
            overlay::horizontal_gap(painter, scene, y);
        }
        DropTarget::LaneGap { persona, index } => {
            let Some(band) = layout.band_of(persona) else {
                return;
            };
            let rows = &layout.bands[band].rows;
            let y = rows
                .get(index)
                .map_or(layout.bands[band].y.max, |r| r.y.min);
            overlay::horizontal_gap(painter, scene, y);
        }
        DropTarget::Emotion { at, column, value } => {
            let Some(band) = layout.band_of(at.persona) else {
                return;
            };
            let Some(row) = layout.bands[band].rows.iter().find(|r| r.lane == at.lane) else {
                return;
            };
            #[allow(clippy::cast_precision_loss)] // Within -10..=10.
            let y = crate::layout::emotion_y(row.y, value as f32, scene.map.emotion_scale);
            overlay::emotion_preview(
                painter,
                scene,
                egui::pos2(layout.columns[column].x.center(), y),
                value,
            );
        }
    }
}

/// Where a drag would land, in words: the canvas's accessible value while dragging, so that a
/// screen reader (and a test) hears what the highlight shows.
#[must_use]
pub fn describe_drop(map: &crate::model::Map, layout: &MapLayout, drag: &Drag) -> String {
    let Some(target) = drag.target else {
        return format!("{}: cannot be dropped here", drag_label(&drag.item));
    };
    let stage_name = |column: usize| {
        layout
            .columns
            .get(column)
            .and_then(|c| map.stages.get(c.stage))
            .map_or("", |s| s.name.as_str())
    };
    let lane_name = |at: crate::edit::LaneAt| {
        crate::edit::ops::lane_at(map, at).map_or_else(String::new, |lane| {
            format!(
                "{} of {}",
                lane.display_title(),
                map.personas[at.persona].name
            )
        })
    };
    let place = match target {
        DropTarget::Cell {
            at,
            column,
            position,
        } => format!(
            "into {} at {}, place {}",
            lane_name(at),
            stage_name(column),
            position + 1
        ),
        DropTarget::StageGap(0) => "before the first stage".to_owned(),
        DropTarget::StageGap(gap) => format!("after the stage {}", stage_name(gap - 1)),
        DropTarget::PersonaGap(0) => "before the first persona".to_owned(),
        DropTarget::PersonaGap(gap) => format!("after the persona {}", map.personas[gap - 1].name),
        DropTarget::LaneGap { persona, index } => format!(
            "into the band of {}, as lane {}",
            map.personas[persona].name,
            index + 1
        ),
        DropTarget::Emotion { at, column, value } => {
            format!(
                "in {} at {}, value {value}",
                lane_name(at),
                stage_name(column)
            )
        }
    };
    format!("{}: drop {place}", drag_label(&drag.item))
}

/// What a drag is called next to the pointer.
#[must_use]
pub fn drag_label(item: &DragItem) -> String {
    match item {
        DragItem::Palette(item) => item.label(),
        DragItem::Cards(cards) if cards.len() == 1 => "Move card".to_owned(),
        DragItem::Cards(cards) => format!("Move {} cards", cards.len()),
        DragItem::Stage(_) => "Move stage".to_owned(),
        DragItem::Persona(_) => "Move persona".to_owned(),
        DragItem::Lane(_) => "Move lane".to_owned(),
        DragItem::Point(..) => "Set emotion".to_owned(),
    }
}
