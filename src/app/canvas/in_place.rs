//! Typing a card's text in place on the canvas: Enter keeps it, Shift+Enter starts a new line,
//! Esc forgets it, and clicking elsewhere keeps it.

use egui::{Key, KeyboardShortcut, Modifiers, Rect, Ui};

use crate::model::CardId;

/// A card whose text is being typed.
#[derive(Clone, Debug, PartialEq)]
pub struct InPlace {
    /// The card.
    pub card: CardId,
    /// The text typed so far.
    pub text: String,
    /// Whether the editor has had the keyboard focus (so losing it means done).
    focused: bool,
}

/// How typing ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typed {
    /// Keep the text.
    Keep,
    /// Forget the text.
    Cancel,
}

impl InPlace {
    /// Typing into `card`, starting from its `text`.
    #[must_use]
    pub fn new(card: CardId, text: String) -> Self {
        Self {
            card,
            text,
            focused: false,
        }
    }

    /// Shows the editor over the card at `rect_on_screen`; says when typing is done.
    pub fn ui(&mut self, ui: &mut Ui, rect_on_screen: Rect, font_size: f32) -> Option<Typed> {
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        let enter = ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift);
        let edit = egui::TextEdit::multiline(&mut self.text)
            .font(egui::FontId::proportional(font_size.clamp(9.0, 40.0)))
            .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
            .desired_width(rect_on_screen.width())
            .frame(
                egui::Frame::NONE
                    .fill(ui.visuals().extreme_bg_color)
                    .stroke(ui.visuals().selection.stroke),
            );
        let response = ui
            .put(rect_on_screen, edit)
            .accessible_name(crate::t!("in-place-field"));
        if !self.focused {
            response.request_focus();
            self.focused = true;
            return None;
        }
        if escape {
            return Some(Typed::Cancel);
        }
        if enter || !response.has_focus() {
            return Some(Typed::Keep);
        }
        None
    }
}
