//! The canvas's input: the keyboard focus it keeps, pan and zoom (drag, scroll, ctrl+scroll,
//! pinch, arrow keys), and clicks and double clicks on what is under the pointer.

use egui::{Key, PointerButton, Pos2, Rect, Response, Ui, Vec2, vec2};

use super::{Canvas, CanvasFrame};
use crate::app::messages::{Action, Selection};
use crate::edit::ops;
use crate::layout::{Hit, emotion_value_at};
use crate::model::LaneAt;

/// How far the arrow keys move the map, in screen points.
const ARROW_STEP: f32 = 80.0;

/// Where the pointer is, and what is under it.
pub(super) struct Pointer {
    /// The pointer's position in map units, when over the canvas.
    pub in_map: Option<Pos2>,
    /// What is under it, as drawn.
    pub hovered: Option<Hit>,
    /// What was under it where the button went down.
    pub pressed: Option<Hit>,
}

/// A click or double click on the canvas.
pub(super) struct Click {
    /// What it landed on.
    pub hit: Option<Hit>,
    /// Where, in map units.
    pub pos_in_map: Option<Pos2>,
    /// Whether it was the second of a double click.
    pub double: bool,
    /// The modifier keys held.
    pub modifiers: egui::Modifiers,
}

impl Canvas {
    /// Keeps the keyboard on the canvas whenever no field has it: egui would otherwise move the
    /// focus to the next widget on Tab and the arrow keys (and every plain-key shortcut would
    /// then be taken for typing), while on the canvas they walk the cards and pan the map.
    pub(super) fn keyboard_focus(&mut self, ui: &Ui, response: &Response, keys_elsewhere: bool) {
        self.id = Some(response.id);
        if keys_elsewhere || self.typing.is_some() {
            // A dialog's or a card's text field takes the keys now.
            if response.has_focus() {
                response.surrender_focus();
            }
            return;
        }
        if ui.memory(|memory| memory.focused().is_none()) {
            response.request_focus();
        }
        if response.has_focus() {
            let keys = egui::EventFilter {
                tab: true,
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: true,
            };
            ui.memory_mut(|memory| memory.set_focus_lock_filter(response.id, keys));
        }
    }

    /// Pan (drag, scroll, arrows), zoom (ctrl+scroll, pinch); with a card, cell or emotion point
    /// selected the arrows move the selection instead.
    pub(super) fn navigate(
        &mut self,
        ui: &Ui,
        response: &Response,
        viewport: Rect,
        may_pan: bool,
        frame: &CanvasFrame,
        actions: &mut Vec<Action>,
    ) {
        if may_pan
            && (response.dragged_by(PointerButton::Primary)
                || response.dragged_by(PointerButton::Middle))
        {
            self.camera.pan(response.drag_delta());
        }
        let pointer = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|pos| viewport.contains(*pos));
        if let Some(pointer) = pointer {
            let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
            if (zoom - 1.0).abs() > f32::EPSILON {
                self.camera.zoom_at(pointer, zoom);
            } else if scroll != Vec2::ZERO {
                self.camera.pan(scroll);
            }
        }
        if frame.keys_elsewhere || self.typing.is_some() {
            return;
        }
        let (across, down) = ui.input(|i| {
            let pressed = |key| isize::from(i.key_pressed(key));
            (
                pressed(Key::ArrowRight) - pressed(Key::ArrowLeft),
                pressed(Key::ArrowDown) - pressed(Key::ArrowUp),
            )
        });
        if (across, down) == (0, 0) {
            return;
        }
        let movable = frame.selection.first().is_some_and(|s| {
            matches!(
                s,
                Selection::Card(_) | Selection::Cell(..) | Selection::Point(..)
            )
        });
        if movable {
            actions.push(Action::MoveSelection { across, down });
        } else {
            #[allow(clippy::cast_precision_loss)] // -1, 0 or 1.
            let delta = vec2(-across as f32, -down as f32);
            self.camera.pan(delta * ARROW_STEP);
        }
    }

    /// A click selects what it lands on (with Shift or Ctrl, adds a card to the selection or
    /// takes it off); in an emotion lane it sets that stage's value; a double click zooms to a
    /// stage or a persona, types into a card, or shows the whole map from the background.
    pub(super) fn on_click(
        &mut self,
        frame: &CanvasFrame,
        click: &Click,
        viewport: Rect,
        actions: &mut Vec<Action>,
    ) {
        if click.double {
            self.on_double_click(frame, click.hit, viewport, actions);
            return;
        }
        let map = frame.map;
        let selected = click.hit.and_then(|hit| Selection::from_hit(map, hit));
        let adding = click.modifiers.shift || click.modifiers.command;
        if let (Some(Selection::Card(card)), true) = (&selected, adding) {
            let mut selection = frame.selection.to_vec();
            if let Some(i) = selection.iter().position(|s| s.card() == Some(card)) {
                selection.remove(i);
            } else {
                selection.retain(|s| s.card().is_some());
                selection.push(Selection::Card(card.clone()));
            }
            actions.push(Action::Select(selection));
            return;
        }
        if let (
            Some(Hit::Cell {
                persona,
                lane,
                stage,
            }),
            Some(pos),
        ) = (click.hit, click.pos_in_map)
            && let Some(action) = click_in_emotion_lane(frame, LaneAt { persona, lane }, stage, pos)
        {
            actions.push(action);
            return;
        }
        let on_dots =
            matches!(&selected, Some(Selection::Card(card)) if on_vote_dots(frame, card, click));
        actions.push(Action::Select(selected.into_iter().collect()));
        if on_dots {
            actions.push(Action::Command(crate::app::messages::Command::VoteUp));
        }
    }

    fn on_double_click(
        &mut self,
        frame: &CanvasFrame,
        hit: Option<Hit>,
        viewport: Rect,
        actions: &mut Vec<Action>,
    ) {
        let layout = &frame.layout;
        match hit {
            Some(Hit::StageHeader { stage }) => {
                if let Some(column) = layout.column_of(stage) {
                    let column = layout.column_rect(column);
                    let least = crate::layout::PRESENTATION_ZOOM;
                    self.camera
                        .animate_focus(column, layout.pinned_size(), viewport, least);
                }
            }
            Some(Hit::PersonaHeader { persona }) => {
                if let Some(band) = layout.band_of(persona) {
                    let band = layout.band_rect(band);
                    self.camera
                        .animate_fit_band(band, layout.pinned_size(), viewport);
                }
            }
            Some(Hit::Card {
                persona,
                lane,
                card,
            }) => {
                let at = crate::model::CardAt {
                    lane: LaneAt { persona, lane },
                    card,
                };
                if let Some(card) = frame.map.card_at(at) {
                    actions.push(Action::TypeInto(card.id.clone()));
                }
            }
            Some(_) => {}
            None => self.camera.animate_fit(layout.rect(), viewport),
        }
    }
}

/// A click in an emotion lane's empty cell sets that stage's value at the click's height.
fn click_in_emotion_lane(
    frame: &CanvasFrame,
    at: LaneAt,
    stage: usize,
    pos: Pos2,
) -> Option<Action> {
    let map = frame.map;
    let (band, row) = frame.layout.row_of(at)?;
    let row = &frame.layout.bands[band].rows[row];
    if !row.emotions {
        return None;
    }
    let value = emotion_value_at(row.y, pos.y, map.emotion_scale);
    let stage_id = map.stages.get(stage)?.id.clone();
    let edit = ops::set_point_value(map, at, &stage_id, value)?;
    let lane_id = map.lane_at(at)?.id.clone();
    Some(Action::edit(
        edit,
        vec![Selection::Point(lane_id, stage_id)],
    ))
}

/// Whether `click`, while a vote runs, lands on the vote dots of `card` (the right of its badge
/// row, where they are drawn) and `card` is part of the vote: that click is a vote.
fn on_vote_dots(frame: &CanvasFrame, card: &crate::model::CardId, click: &Click) -> bool {
    let (Some(eligible), Some(pos)) = (&frame.voting, click.pos_in_map) else {
        return false;
    };
    if !eligible.contains(card) {
        return false;
    }
    let Some(Hit::Card {
        persona,
        lane,
        card: index,
    }) = click.hit
    else {
        return false;
    };
    frame
        .layout
        .cards
        .iter()
        .find(|b| b.persona == persona && b.lane == lane && b.card == index)
        .is_some_and(|b| {
            let footer = crate::layout::CARD_FOOTER + crate::layout::CARD_PADDING;
            pos.y >= b.rect.max.y - footer && pos.x >= b.rect.max.x - b.rect.width() / 3.0
        })
}
