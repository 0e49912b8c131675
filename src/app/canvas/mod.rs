//! The canvas: the map on screen. It owns the camera, the gesture in progress (a drag, a rubber
//! band), the card being typed into, and the accessible widgets of what is in view; it reads the
//! map and its layout ([`CanvasFrame`]) and asks for changes with [`Action`]s. It must not
//! change the map, the view options or the selection itself.
//!
//! Theory of operation: the canvas is one click-and-drag area. Every element in view (stage
//! headers, persona headers, lane titles, cards when readable, emotion points) also gets a small
//! named widget, so screen readers and UI tests find it; every click, wherever it lands, is
//! resolved through [`Pinned::hit`], so what is drawn is what is clicked. Painting is
//! `paint::paint_map`, shared with the export, plus the marker of a drop in progress.

mod access;
mod avatars;
mod camera;
mod drop;
mod gestures;
mod in_place;
mod input;
mod painting;

use std::collections::HashSet;
use std::sync::Arc;

use egui::{Pos2, Rect, Sense, Ui, WidgetInfo};

pub use camera::Camera;
pub use drop::{Drag, DragItem};
pub use in_place::InPlace;

use super::messages::{Action, Selection};
use crate::layout::{Hit, MapLayout, Pinned, ViewOptions};
use crate::model::{CardId, Map};
use crate::theme::Theme;

/// The canvas's state between frames.
#[derive(Default)]
pub struct Canvas {
    /// Where the map is on screen.
    pub camera: Camera,
    fit: Option<Fit>,
    drag: Option<Drag>,
    rubber_band: Option<Pos2>,
    typing: Option<InPlace>,
    last_viewport: Option<Rect>,
    /// What a presentation shows, framed again when the window's size changes.
    presented: Option<Rect>,
    /// Whether the card just opened for typing is still to be brought into view.
    reveal_typing: bool,
    /// Whether the card just selected from the keyboard is still to be brought into view.
    reveal_selected: bool,
    avatars: avatars::AvatarTextures,
    id: Option<egui::Id>,
}

/// How the camera should fit the map on the canvas's next frame.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fit {
    /// At once (a map just opened).
    Now,
    /// With an animation (the user asked).
    Animated,
    /// A presentation's stage (and persona): this rectangle of the map, with card text at
    /// least 1/40 of the viewport's height.
    Present(Rect),
}

/// The share of the screen's height a card's text takes at the least in a presentation: 1/40,
/// 27 pixels at 1080p, readable from the back of a room.
const PRESENTED_TEXT_SHARE: f32 = 1.0 / 40.0;

/// What the canvas reads for one frame.
pub struct CanvasFrame<'a> {
    /// The map it draws.
    pub map: &'a Map,
    /// The map's revision (bumped on every change), for what is decoded once per change.
    pub revision: u64,
    /// Its layout.
    pub layout: Arc<MapLayout>,
    /// What the user chose to see.
    pub view: &'a ViewOptions,
    /// What is selected.
    pub selection: &'a [Selection],
    /// Where the selected elements are.
    pub selected: Arc<HashSet<Hit>>,
    /// The colours.
    pub theme: Theme,
    /// Whether the keys go elsewhere (a field, a dialog): the canvas then leaves them alone.
    pub keys_elsewhere: bool,
    /// While a vote runs, the cards that can be voted on.
    pub voting: Option<Arc<HashSet<CardId>>>,
}

impl Canvas {
    /// Fits the whole map at once on the next frame (a map was just opened).
    pub fn fit_now(&mut self) {
        self.fit = Some(Fit::Now);
        self.drag = None;
        self.typing = None;
    }

    /// Fits the whole map with an animation on the next frame.
    pub fn fit_animated(&mut self) {
        self.fit = Some(Fit::Animated);
    }

    /// Zooms by `factor` about the canvas's centre, animated.
    pub fn zoom(&mut self, factor: f32) {
        if let Some(viewport) = self.last_viewport {
            self.camera.animate_zoom(viewport.center(), factor);
        }
    }

    /// Starts a drag of `item` (a palette tile dragged over the canvas).
    pub fn start_drag(&mut self, item: DragItem) {
        self.drag = Some(Drag::new(item));
    }

    /// Opens the text of `card` (which reads `text` now) for typing on the canvas.
    pub fn start_typing(&mut self, card: CardId, text: String) {
        self.typing = Some(InPlace::new(card, text));
        self.reveal_typing = true;
    }

    /// Brings the selected card into view on the next frame (Tab and the arrows select cards
    /// that may lie outside it).
    pub fn reveal_selection(&mut self) {
        self.reveal_selected = true;
    }

    /// Whether a card's text is being typed.
    #[must_use]
    pub fn is_typing(&self) -> bool {
        self.typing.is_some()
    }

    /// The canvas's widget, which holds the keyboard when no field does.
    #[must_use]
    pub fn id(&self) -> Option<egui::Id> {
        self.id
    }

    /// Frames `rect_in_map` for a presentation (with an animation), and keeps it framed when the
    /// window's size changes; `None` when the presentation ends.
    pub fn present(&mut self, rect_in_map: Option<Rect>) {
        self.presented = rect_in_map;
        self.fit = Some(rect_in_map.map_or(Fit::Animated, Fit::Present));
    }

    /// Draws the canvas and turns what the user does on it into `actions`.
    pub fn ui(&mut self, ui: &mut Ui, frame: &CanvasFrame, actions: &mut Vec<Action>) {
        let layout = &frame.layout;
        let (viewport, response) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        response.widget_info(|| {
            WidgetInfo::labeled(egui::Role::Canvas, true, crate::t!("canvas-name"))
        });
        self.keyboard_focus(ui, &response, frame.keys_elsewhere);
        self.place_camera(layout, viewport);
        self.last_viewport = Some(viewport);
        if std::mem::take(&mut self.reveal_selected) {
            let visible = self.camera.visible_in_map(viewport);
            if let Some(rect) = selected_rect(layout, &frame.selected, visible) {
                reveal(&mut self.camera, rect, layout, visible);
            }
        }
        let pointer = self.pointer(ui, layout, viewport);
        let gesture = self.start_gesture(ui, &response, frame, pointer.pressed);
        self.navigate(ui, &response, viewport, !gesture, frame, actions);
        self.follow_drag(ui, frame, pointer.in_map, actions);
        self.describe_drag(&response, frame);
        let rubber_band = self.follow_rubber_band(ui, frame, actions);
        if self.camera.step(ui.input(|i| i.stable_dt)) {
            ui.ctx().request_repaint();
        }
        let visible = self.camera.visible_in_map(viewport);
        let mut clicks = vec![response];
        clicks.extend(access::element_widgets(
            ui,
            self.camera.to_screen,
            frame,
            visible,
        ));
        access::fold_buttons(ui, self.camera.to_screen, frame, visible, actions);
        if let Some(clicked) = clicks.iter().find(|r| r.clicked() || r.double_clicked()) {
            let click = input::Click {
                hit: pointer.hovered,
                pos_in_map: pointer.in_map,
                double: clicked.double_clicked(),
                modifiers: ui.input(|i| i.modifiers),
            };
            self.on_click(frame, &click, viewport, actions);
        }
        self.paint(ui, frame, viewport, visible, pointer.hovered, rubber_band);
        self.typing_ui(ui, frame, visible, actions);
    }

    /// Where the pointer is in map units, and what is under it and under where it was pressed.
    fn pointer(&self, ui: &Ui, layout: &MapLayout, viewport: Rect) -> input::Pointer {
        let visible = self.camera.visible_in_map(viewport);
        let pinned = Pinned::for_view(visible);
        let to_map = |pos: Pos2| self.camera.to_screen.inverse() * pos;
        let in_map = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|pos| viewport.contains(*pos))
            .map(to_map);
        let pressed = ui
            .input(|i| i.pointer.press_origin())
            .map(to_map)
            .and_then(|pos| pinned.hit(layout, pos));
        input::Pointer {
            in_map,
            hovered: in_map.and_then(|pos| pinned.hit(layout, pos)),
            pressed,
        }
    }

    /// Fits the map on the first frame of a map, when the window is resized before the user
    /// moved the view, and with an animation when asked.
    fn place_camera(&mut self, layout: &MapLayout, viewport: Rect) {
        if !viewport.is_positive() {
            return;
        }
        let resized = self.last_viewport.is_some_and(|last| last != viewport);
        if resized && !self.camera.moved_by_user() && self.fit.is_none() {
            self.fit = Some(Fit::Now);
        }
        if let (true, Some(presented)) = (resized, self.presented) {
            self.fit = Some(Fit::Present(presented));
        }
        match self.fit.take() {
            Some(Fit::Now) => self.camera.fit_now(layout.rect(), viewport),
            Some(Fit::Animated) => self.camera.animate_fit(layout.rect(), viewport),
            Some(Fit::Present(rect)) => {
                let least =
                    viewport.height() * PRESENTED_TEXT_SHARE / crate::layout::CARD_TEXT_SIZE;
                let pinned = layout.pinned_size();
                self.camera.animate_focus(rect, pinned, viewport, least);
            }
            None => {}
        }
    }
}

/// Where the first selected element is, to bring into view (map units): a card, an emotion
/// point, a stage's column or a persona's header. A stage's header is pinned, so only its
/// column's place across counts; a persona's header spans the map, so only its height does.
fn selected_rect(layout: &MapLayout, selected: &HashSet<Hit>, visible: Rect) -> Option<Rect> {
    let card = layout.cards.iter().find(|b| {
        selected.contains(&Hit::Card {
            persona: b.persona,
            lane: b.lane,
            card: b.card,
        })
    });
    if let Some(card_box) = card {
        return Some(card_box.rect);
    }
    let point = layout.points.iter().find(|p| {
        selected.contains(&Hit::Point {
            persona: p.persona,
            lane: p.lane,
            point: p.point,
        })
    });
    if let Some(point) = point {
        return Some(Rect::from_center_size(point.pos, egui::vec2(40.0, 40.0)));
    }
    let free = visible.with_min_y(visible.min.y + layout.header_height);
    let column = (0..layout.columns.len()).find(|&c| {
        selected.contains(&Hit::StageHeader {
            stage: layout.columns[c].stage,
        })
    });
    if let Some(column) = column {
        return Some(Rect::from_x_y_ranges(
            layout.columns[column].x,
            free.y_range(),
        ));
    }
    let band = (0..layout.bands.len()).find(|&b| {
        selected.contains(&Hit::PersonaHeader {
            persona: layout.bands[b].persona,
        })
    });
    band.map(|band| Rect::from_x_y_ranges(free.x_range(), layout.bands[band].header_y))
}

/// Pans `camera` the least that shows `rect_in_map` whole below the pinned header row and
/// right of the pinned gutter, if it is not shown whole already in `visible` (map units).
fn reveal(camera: &mut Camera, rect_in_map: Rect, layout: &MapLayout, visible: Rect) {
    let free = Rect::from_min_max(
        visible.min + egui::vec2(crate::layout::GUTTER_WIDTH, layout.header_height),
        visible.max,
    );
    let by = egui::vec2(
        least_pan(rect_in_map.x_range(), free.x_range()),
        least_pan(rect_in_map.y_range(), free.y_range()),
    );
    if by != egui::Vec2::ZERO {
        camera.pan(by * camera.zoom());
    }
}

/// How far to move the map along one axis so that `span` lies in `free`, with a margin: none
/// when it does, and its start first when it cannot fit.
fn least_pan(span: egui::Rangef, free: egui::Rangef) -> f32 {
    const MARGIN: f32 = 16.0;
    if span.min < free.min || span.span() > free.span() {
        free.min - span.min + MARGIN
    } else if span.max > free.max {
        free.max - span.max - MARGIN
    } else {
        0.0
    }
}
