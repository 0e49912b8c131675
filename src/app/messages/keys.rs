//! Keyboard shortcuts as people read them, in the current language: "Ctrl+Maiusc+S",
//! "Canc" in Italian; "Ctrl+Shift+S", "Delete" in English; the symbols of the Mac on a Mac.
//! The menus, the toolbar's tooltips and the command palette all write shortcuts this way.

use egui::{Key, KeyboardShortcut, ModifierNames};

use crate::t;

/// `shortcut` in words, for a Mac (`mac`) or another system.
#[must_use]
pub fn shortcut_text(shortcut: KeyboardShortcut, mac: bool) -> String {
    if mac {
        // The Mac's modifier symbols and key names are the same in every language.
        return shortcut.format(&ModifierNames::SYMBOLS, true);
    }
    let modifiers = shortcut.modifiers;
    let mut parts = Vec::new();
    if modifiers.ctrl || modifiers.command {
        parts.push(t!("key-ctrl"));
    }
    if modifiers.alt {
        parts.push(t!("key-alt"));
    }
    if modifiers.shift {
        parts.push(t!("key-shift"));
    }
    parts.push(key_name(shortcut.logical_key));
    parts.join("+")
}

/// A key's name: its own letter or symbol, or the word on the keyboard of the language.
fn key_name(key: Key) -> String {
    match key {
        Key::Escape => t!("key-escape"),
        Key::Delete => t!("key-delete"),
        Key::Backspace => t!("key-backspace"),
        Key::Tab => t!("key-tab"),
        Key::Enter => t!("key-enter"),
        Key::Space => t!("key-space"),
        Key::Plus => "+".to_owned(),
        Key::Minus => "-".to_owned(),
        Key::Equals => "=".to_owned(),
        other => other.symbol_or_name().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, set};
    use egui::Modifiers;

    #[test]
    fn shortcuts_read_in_each_language() {
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        let delete = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);
        let zoom_out = KeyboardShortcut::new(Modifiers::NONE, Key::Minus);
        set(Language::English);
        assert_eq!(shortcut_text(save_as, false), "Ctrl+Shift+S");
        assert_eq!(shortcut_text(delete, false), "Delete");
        assert_eq!(shortcut_text(zoom_out, false), "-");
        set(Language::Italian);
        assert_eq!(shortcut_text(save_as, false), "Ctrl+Maiusc+S");
        assert_eq!(shortcut_text(delete, false), "Canc");
        assert_eq!(
            shortcut_text(KeyboardShortcut::new(Modifiers::NONE, Key::Escape), false),
            "Esc"
        );
    }
}
