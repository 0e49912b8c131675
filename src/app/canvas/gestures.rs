//! Gestures on the canvas that span frames: dragging cards, headers, lanes and emotion points
//! (and palette tiles over the canvas), and selecting cards with a rubber band.

use egui::{CursorIcon, Pos2, Rect, Response, Ui, WidgetInfo};

use super::drop::{Drag, DragItem, describe_drop, drop_edit, target_under};
use super::{Canvas, CanvasFrame};
use crate::app::messages::{Action, Selection, selected_cards};
use crate::layout::Hit;
use crate::model::{CardAt, LaneAt};

impl Canvas {
    /// Starts a drag from the canvas when the pointer went down on something draggable;
    /// `true` if a gesture (drag or rubber band) is going on, so the canvas must not pan.
    pub(super) fn start_gesture(
        &mut self,
        ui: &Ui,
        response: &Response,
        frame: &CanvasFrame,
        hit: Option<Hit>,
    ) -> bool {
        if !response.drag_started_by(egui::PointerButton::Primary) {
            return self.drag.is_some() || self.rubber_band.is_some();
        }
        if let Some(item) = hit.and_then(|hit| draggable(frame, hit)) {
            self.drag = Some(Drag::new(item));
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
        frame: &CanvasFrame,
        pointer_in_map: Option<Pos2>,
        actions: &mut Vec<Action>,
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
            .and_then(|pos| target_under(&drag.item, frame, pos));
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
                .and_then(|pos| target_under(&drag.item, frame, pos))
        });
        if let Some(result) = target.and_then(|t| drop_edit(&drag.item, t, frame)) {
            actions.push(Action::edit(result.edit, result.select));
            if let Some(card) = result.type_into {
                actions.push(Action::TypeInto(card));
            }
        }
    }

    /// While dragging, says where the drop would land in the canvas's accessible value, so a
    /// screen reader (and a test) hears what the highlight shows.
    pub(super) fn describe_drag(&self, response: &Response, frame: &CanvasFrame) {
        if let Some(drag) = &self.drag {
            let said = describe_drop(frame, drag);
            response.widget_info(|| {
                let mut info =
                    WidgetInfo::labeled(egui::Role::Canvas, true, crate::t!("canvas-name"));
                info.current_text_value = Some(said.clone());
                info
            });
        }
    }

    /// Follows a rubber band: on release selects the cards it touches.
    pub(super) fn follow_rubber_band(
        &mut self,
        ui: &Ui,
        frame: &CanvasFrame,
        actions: &mut Vec<Action>,
    ) -> Option<Rect> {
        let origin = self.rubber_band?;
        let pointer = ui.input(|i| i.pointer.latest_pos()).unwrap_or(origin);
        let band_on_screen = Rect::from_two_pos(origin, pointer);
        if ui.input(|i| i.pointer.any_down()) {
            return Some(band_on_screen);
        }
        self.rubber_band = None;
        let band_in_map = self.camera.to_screen.inverse().mul_rect(band_on_screen);
        let picked: Vec<Selection> = frame
            .layout
            .cards_in(band_in_map)
            .filter_map(|b| frame.map.card_at(b.place()))
            .map(|card| Selection::Card(card.id.clone()))
            .collect();
        actions.push(Action::Select(picked));
        None
    }
}

/// What a press on `hit` drags: the selected cards when it is one of them, else that card; a
/// stage, a persona, a lane or an emotion point; nothing on an empty cell.
fn draggable(frame: &CanvasFrame, hit: Hit) -> Option<DragItem> {
    let map = frame.map;
    Some(match hit {
        Hit::Card {
            persona,
            lane,
            card,
        } => {
            let at = CardAt {
                lane: LaneAt { persona, lane },
                card,
            };
            let id = map.card_at(at)?.id.clone();
            let selected = selected_cards(frame.selection);
            DragItem::Cards(if selected.contains(&id) {
                selected
            } else {
                vec![id]
            })
        }
        Hit::StageHeader { stage } => DragItem::Stage(stage),
        Hit::PersonaHeader { persona } => DragItem::Persona(persona),
        Hit::LaneTitle { .. } => DragItem::Lane(hit.lane()?),
        Hit::Point { point, .. } => {
            let at = hit.lane()?;
            DragItem::Point(at, map.lane_at(at)?.points.get(point)?.stage.clone())
        }
        Hit::Cell { .. } => return None,
    })
}
