//! Typing a card's text in place on the canvas: Enter commits, Shift+Enter starts a new line,
//! Esc cancels, and clicking elsewhere commits.

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
    pub focused: bool,
}

/// How typing ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finished {
    /// Keep the text.
    Commit,
    /// Forget the text.
    Cancel,
}

/// Shows the editor over the card at `rect_on_screen`; says when typing is finished.
pub fn in_place_ui(
    ui: &mut Ui,
    editing: &mut InPlace,
    rect_on_screen: Rect,
    font_size: f32,
) -> Option<Finished> {
    let escape = ui.input(|i| i.key_pressed(Key::Escape));
    let enter = ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift);
    let edit = egui::TextEdit::multiline(&mut editing.text)
        .font(egui::FontId::proportional(font_size.clamp(9.0, 40.0)))
        .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
        .desired_width(rect_on_screen.width())
        .frame(
            egui::Frame::NONE
                .fill(ui.visuals().extreme_bg_color)
                .stroke(ui.visuals().selection.stroke),
        );
    let response = ui.put(rect_on_screen, edit).accessible_name("Card text");
    if !editing.focused {
        response.request_focus();
        editing.focused = true;
        return None;
    }
    if escape {
        return Some(Finished::Cancel);
    }
    if enter || !response.has_focus() {
        return Some(Finished::Commit);
    }
    None
}
