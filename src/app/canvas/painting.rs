//! Drawing the canvas: the desk, the map through `paint::paint_map` (the export's drawing code),
//! and over it the marker of a drop in progress, the label that follows the pointer and the
//! rubber band; then the text editor over the card being typed into.

use egui::{Rect, Ui};

use super::in_place::Typed;
use super::{Canvas, CanvasFrame, drop::drag_label};
use crate::app::messages::{Action, Selection};
use crate::edit::Edit;
use crate::layout::{CARD_TEXT_SIZE, Hit, Pinned};
use crate::model::Card;
use crate::paint::{Scene, overlay, paint_map};

impl Canvas {
    pub(super) fn paint(
        &mut self,
        ui: &Ui,
        frame: &CanvasFrame,
        viewport: Rect,
        visible: Rect,
        hovered: Option<Hit>,
        rubber_band: Option<Rect>,
    ) {
        let avatars = self.avatars.ids(ui.ctx(), frame.map, frame.revision);
        let scene = Scene {
            map: frame.map,
            layout: &frame.layout,
            options: frame.view,
            theme: &frame.theme,
            to_screen: self.camera.to_screen,
            visible_in_map: visible,
            selected: &frame.selected,
            hovered,
            avatars: &avatars,
            canvas: true,
            pin_headers: true,
            voting: frame.voting.as_deref(),
        };
        let painter = ui.painter_at(viewport);
        painter.rect_filled(viewport, 0.0, scene.theme.desk);
        paint_map(&painter, &scene);
        if let Some(drag) = &self.drag {
            let pinned = Pinned::for_view(visible);
            let marker = drag.target.and_then(|target| {
                target.marker(&frame.layout, frame.map, pinned, drag.item.cards())
            });
            if let Some(marker) = marker {
                overlay::drop_marker(&painter, &scene, marker);
            }
            if let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) {
                let label = drag_label(&drag.item);
                overlay::drag_label(&painter, &scene, pointer, &label, drag.target.is_some());
            }
        }
        if let Some(band) = rubber_band {
            overlay::rubber_band(&painter, &scene, band);
        }
    }

    /// The text editor over the card being typed into; when typing ends, the edit it makes.
    pub(super) fn typing_ui(
        &mut self,
        ui: &mut Ui,
        frame: &CanvasFrame,
        visible: Rect,
        actions: &mut Vec<Action>,
    ) {
        let Some(typing) = &mut self.typing else {
            return;
        };
        let Some(at) = frame.map.card_place(&typing.card) else {
            self.typing = None;
            return;
        };
        let card_box = frame.layout.cards.iter().find(|b| b.place() == at);
        if std::mem::take(&mut self.reveal_typing)
            && let Some(card_box) = card_box
        {
            // A new card may land below the view (a long cell while presenting): show it.
            super::reveal(&mut self.camera, card_box.rect, &frame.layout, visible);
        }
        let visible = self
            .camera
            .visible_in_map(self.last_viewport.unwrap_or(visible));
        let shown = card_box
            .filter(|b| b.rect.intersects(visible))
            .map(|b| self.camera.to_screen.mul_rect(b.rect));
        let typed = match shown {
            Some(rect) => typing.ui(ui, rect.expand(2.0), CARD_TEXT_SIZE * self.camera.zoom()),
            // Panned away or folded: what was typed is kept.
            None => Some(Typed::Keep),
        };
        let Some(typed) = typed else {
            return;
        };
        let (Some(typing), Some(card)) = (self.typing.take(), frame.map.card_at(at)) else {
            return;
        };
        if typed == Typed::Keep && card.text != typing.text {
            let edited = Card {
                text: typing.text,
                ..card.clone()
            };
            actions.push(Action::edit(
                Edit::SetCard(at.lane, at.card, edited),
                vec![Selection::Card(card.id.clone())],
            ));
        }
    }
}
