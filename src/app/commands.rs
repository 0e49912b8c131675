//! The one command list: each command's name, shortcut and description, shared by the menus,
//! the keyboard and the command palette.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask for by menu, shortcut or command palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new map from the blank template.
    NewMap,
    /// Open a map (.ron or a Percorso PNG).
    Open,
    /// Save the map to its file.
    Save,
    /// Save the map to a new file.
    SaveAs,
    /// Export the map as a PNG image that carries the map.
    ExportPng,
    /// Copy the map as an image to the clipboard.
    CopyImage,
    /// Open one of the versions kept from before earlier saves.
    Backups,
    /// Close the window (asking about unsaved changes first).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Cut the selected cards.
    Cut,
    /// Copy the selected cards.
    Copy,
    /// Paste cards into the selected cell.
    Paste,
    /// Duplicate the selected cards.
    Duplicate,
    /// Delete the selection.
    Delete,
    /// Select every card.
    SelectAll,
    /// Clear the selection.
    ClearSelection,
    /// Add a card to the selected cell.
    NewCard,
    /// Edit the selected card's text, or rename the selected element.
    Rename,
    /// Select the next card.
    NextCard,
    /// Select the previous card.
    PreviousCard,
    /// Add a stage at the end.
    AddStage,
    /// Add a persona at the end.
    AddPersona,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// Switch between the light and dark themes.
    ToggleDark,
    /// Show every persona's emotion curve in each emotion lane.
    ToggleOverlay,
    /// Find a command by name.
    CommandPalette,
}

/// The menu a command sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// New, open, save, export.
    File,
    /// Undo, clipboard, selection, structure.
    Edit,
    /// Zoom.
    View,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;

impl Command {
    /// Every command, in the order the palette lists them.
    pub const ALL: [Command; 29] = [
        Command::NewMap,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::ExportPng,
        Command::CopyImage,
        Command::Backups,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::Delete,
        Command::SelectAll,
        Command::ClearSelection,
        Command::NewCard,
        Command::Rename,
        Command::NextCard,
        Command::PreviousCard,
        Command::AddStage,
        Command::AddPersona,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomFit,
        Command::ToggleDark,
        Command::ToggleOverlay,
        Command::CommandPalette,
    ];

    /// The command's name in menus and the palette.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Command::NewMap => "New map",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::ExportPng => "Export PNG…",
            Command::CopyImage => "Copy image",
            Command::Backups => "Previous versions…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Cut => "Cut",
            Command::Copy => "Copy",
            Command::Paste => "Paste",
            Command::Duplicate => "Duplicate",
            Command::Delete => "Delete",
            Command::SelectAll => "Select all cards",
            Command::ClearSelection => "Clear selection",
            Command::NewCard => "New card in the selected cell",
            Command::Rename => "Edit text / rename",
            Command::NextCard => "Next card",
            Command::PreviousCard => "Previous card",
            Command::AddStage => "Add stage",
            Command::AddPersona => "Add persona",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomFit => "Zoom to fit",
            Command::ToggleDark => "Dark theme",
            Command::ToggleOverlay => "Overlay all personas' emotion curves",
            Command::CommandPalette => "Command palette…",
        }
    }

    /// The keyboard shortcut, if the command has one.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Command::NewMap => Some(key(CMD, Key::N)),
            Command::Open => Some(key(CMD, Key::O)),
            Command::Save => Some(key(CMD, Key::S)),
            Command::SaveAs => Some(key(CMD_SHIFT, Key::S)),
            Command::ExportPng => Some(key(CMD, Key::E)),
            Command::CopyImage => Some(key(CMD_SHIFT, Key::C)),
            Command::Undo => Some(key(CMD, Key::Z)),
            Command::Redo => Some(key(CMD_SHIFT, Key::Z)),
            Command::Cut => Some(key(CMD, Key::X)),
            Command::Copy => Some(key(CMD, Key::C)),
            Command::Paste => Some(key(CMD, Key::V)),
            Command::Duplicate => Some(key(CMD, Key::D)),
            Command::Delete => Some(key(NONE, Key::Delete)),
            Command::SelectAll => Some(key(CMD, Key::A)),
            Command::ClearSelection => Some(key(NONE, Key::Escape)),
            Command::NewCard => Some(key(NONE, Key::N)),
            Command::Rename => Some(key(NONE, Key::F2)),
            Command::NextCard => Some(key(NONE, Key::Tab)),
            Command::PreviousCard => Some(key(Modifiers::SHIFT, Key::Tab)),
            Command::ZoomIn => Some(key(NONE, Key::Plus)),
            Command::ZoomOut => Some(key(NONE, Key::Minus)),
            Command::ZoomFit => Some(key(NONE, Key::Num0)),
            Command::CommandPalette => Some(key(CMD, Key::K)),
            Command::Quit => Some(key(CMD, Key::Q)),
            Command::AddStage
            | Command::Backups
            | Command::AddPersona
            | Command::ToggleDark
            | Command::ToggleOverlay => None,
        }
    }

    /// The menu the command is listed in (commands with their own control are in none).
    #[must_use]
    pub fn menu(self) -> Option<Menu> {
        match self {
            Command::Open
            | Command::Save
            | Command::SaveAs
            | Command::ExportPng
            | Command::CopyImage
            | Command::Backups
            | Command::Quit => Some(Menu::File),
            Command::ZoomIn | Command::ZoomOut | Command::ZoomFit => Some(Menu::View),
            Command::NewMap
            | Command::ClearSelection
            | Command::NextCard
            | Command::PreviousCard
            | Command::ToggleDark
            | Command::ToggleOverlay
            | Command::CommandPalette => None,
            _ => Some(Menu::Edit),
        }
    }

    /// Other shortcuts for the same command (Ctrl+Y for redo, Ctrl+Shift+P for the palette,
    /// Backspace for delete).
    #[must_use]
    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::Y)];
        const PALETTE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD_SHIFT, Key::P)];
        const DELETE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(NONE, Key::Backspace)];
        const ZOOM_IN: [KeyboardShortcut; 1] = [KeyboardShortcut::new(NONE, Key::Equals)];
        match self {
            Command::Redo => &REDO,
            Command::CommandPalette => &PALETTE,
            Command::Delete => &DELETE,
            Command::ZoomIn => &ZOOM_IN,
            _ => &[],
        }
    }

    /// Whether the shortcut has no modifier and so must not fire while typing.
    #[must_use]
    pub fn is_plain_key(self) -> bool {
        self.shortcut()
            .is_some_and(|s| s.modifiers == NONE || s.modifiers == Modifiers::SHIFT)
    }
}
