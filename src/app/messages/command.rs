//! The one command list. Each command says in one place its name, its tooltip, its shortcuts,
//! the menu it sits in and when it can run; the menus, the toolbar, the keyboard and the command
//! palette all read it from here, and a command that cannot run is greyed out in the menus and
//! toolbar, left out of the palette and ignored by its shortcut.

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
    /// Zoom, theme, overlay.
    View,
}

/// When a command can run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enabled {
    /// Always.
    Always,
    /// When there is something to undo.
    CanUndo,
    /// When there is something to redo.
    CanRedo,
    /// When at least one card is selected.
    CardsSelected,
    /// When anything is selected.
    AnythingSelected,
    /// When no export is running.
    NotExporting,
    /// When the map has a file of its own.
    HasFile,
}

/// What decides whether commands can run, taken from the window once a frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // Independent facts about the window, read by name.
pub struct CommandState {
    /// Something can be undone.
    pub can_undo: bool,
    /// Something can be redone.
    pub can_redo: bool,
    /// At least one card is selected.
    pub cards_selected: bool,
    /// Anything is selected.
    pub anything_selected: bool,
    /// An export is running.
    pub exporting: bool,
    /// The map has a file of its own.
    pub has_file: bool,
}

impl Enabled {
    /// Whether the condition holds in `state`.
    #[must_use]
    pub fn holds(self, state: CommandState) -> bool {
        match self {
            Enabled::Always => true,
            Enabled::CanUndo => state.can_undo,
            Enabled::CanRedo => state.can_redo,
            Enabled::CardsSelected => state.cards_selected,
            Enabled::AnythingSelected => state.anything_selected,
            Enabled::NotExporting => !state.exporting,
            Enabled::HasFile => state.has_file,
        }
    }
}

/// Everything about one command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandInfo {
    /// Its name in menus and the palette.
    pub label: &'static str,
    /// What it does, in a sentence: the tooltip.
    pub tooltip: &'static str,
    /// Its keyboard shortcut.
    pub shortcut: Option<KeyboardShortcut>,
    /// Other shortcuts for it.
    pub alternatives: &'static [KeyboardShortcut],
    /// The menu it sits in (none: reached by its own control, a key or the palette).
    pub menu: Option<Menu>,
    /// When it can run.
    pub enabled: Enabled,
}

// A cell of the table below: a shortcut, where rows without one say `None`.
#[allow(clippy::unnecessary_wraps)]
const fn key(modifiers: Modifiers, key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(modifiers, key))
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;

/// One command's row of the list.
const fn info(
    label: &'static str,
    tooltip: &'static str,
    shortcut: Option<KeyboardShortcut>,
    menu: Option<Menu>,
    enabled: Enabled,
) -> CommandInfo {
    CommandInfo {
        label,
        tooltip,
        shortcut,
        alternatives: &[],
        menu,
        enabled,
    }
}

const REDO_ALSO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD, Key::Y)];
const DELETE_ALSO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(NONE, Key::Backspace)];
const ZOOM_IN_ALSO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(NONE, Key::Equals)];
const PALETTE_ALSO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(CMD_SHIFT, Key::P)];

const FILE: Option<Menu> = Some(Menu::File);
const EDIT: Option<Menu> = Some(Menu::Edit);
const VIEW: Option<Menu> = Some(Menu::View);

impl Command {
    /// Every command, in the order the menus and the palette list them.
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

    /// Everything about the command: one row of the list, for every command (no default row,
    /// so a new command cannot land in a menu by accident).
    #[must_use]
    #[rustfmt::skip] // A table: one command a row reads best.
    pub const fn info(self) -> CommandInfo {
        use Enabled::{AnythingSelected, CanRedo, CanUndo, CardsSelected, HasFile, NotExporting};
        const ALWAYS: Enabled = Enabled::Always;
        match self {
            Command::NewMap => info("New map", "Start a new map from the blank template", key(CMD, Key::N), None, ALWAYS),
            Command::Open => info("Open…", "Open a map (.ron) or an image exported by Percorso", key(CMD, Key::O), FILE, ALWAYS),
            Command::Save => info("Save", "Save the map to its file", key(CMD, Key::S), FILE, ALWAYS),
            Command::SaveAs => info("Save as…", "Save the map to a new file", key(CMD_SHIFT, Key::S), FILE, ALWAYS),
            Command::ExportPng => info("Export PNG…", "Write an image of the map that opens as the map", key(CMD, Key::E), FILE, NotExporting),
            Command::CopyImage => info("Copy image", "Put an image of the map on the clipboard", key(CMD_SHIFT, Key::C), FILE, NotExporting),
            Command::Backups => info("Previous versions…", "Open a version this file had before a save", None, FILE, HasFile),
            Command::Quit => info("Quit", "Close the window", key(CMD, Key::Q), FILE, ALWAYS),
            Command::Undo => info("Undo", "Take back the last change", key(CMD, Key::Z), EDIT, CanUndo),
            Command::Redo => CommandInfo {
                alternatives: &REDO_ALSO,
                ..info("Redo", "Make the last undone change again", key(CMD_SHIFT, Key::Z), EDIT, CanRedo)
            },
            Command::Cut => info("Cut", "Move the selected cards to the clipboard", key(CMD, Key::X), EDIT, CardsSelected),
            Command::Copy => info("Copy", "Copy the selected cards to the clipboard", key(CMD, Key::C), EDIT, CardsSelected),
            Command::Paste => info("Paste", "Paste cards into the selected cell", key(CMD, Key::V), EDIT, ALWAYS),
            Command::Duplicate => info("Duplicate", "Copy the selected cards into their cell", key(CMD, Key::D), EDIT, CardsSelected),
            Command::Delete => CommandInfo {
                alternatives: &DELETE_ALSO,
                ..info("Delete", "Delete what is selected", key(NONE, Key::Delete), EDIT, AnythingSelected)
            },
            Command::SelectAll => info("Select all cards", "Select every card of the map", key(CMD, Key::A), EDIT, ALWAYS),
            Command::ClearSelection => info("Clear selection", "Select nothing", key(NONE, Key::Escape), None, ALWAYS),
            Command::NewCard => info("New card in the selected cell", "Add a card where the selection is and type its text", key(NONE, Key::N), EDIT, ALWAYS),
            Command::Rename => info("Edit text / rename", "Type the selected card's text or the selected element's name (the map's title when nothing is selected)", key(NONE, Key::F2), EDIT, ALWAYS),
            Command::NextCard => info("Next card", "Select the next card", key(NONE, Key::Tab), None, ALWAYS),
            Command::PreviousCard => info("Previous card", "Select the previous card", key(SHIFT, Key::Tab), None, ALWAYS),
            Command::AddStage => info("Add stage", "Add a stage at the end of the journey", None, EDIT, ALWAYS),
            Command::AddPersona => info("Add persona", "Add a persona with the usual lanes", None, EDIT, ALWAYS),
            Command::ZoomIn => CommandInfo {
                alternatives: &ZOOM_IN_ALSO,
                ..info("Zoom in", "Show the map larger", key(NONE, Key::Plus), VIEW, ALWAYS)
            },
            Command::ZoomOut => info("Zoom out", "Show more of the map", key(NONE, Key::Minus), VIEW, ALWAYS),
            Command::ZoomFit => info("Zoom to fit", "Show the whole map", key(NONE, Key::Num0), VIEW, ALWAYS),
            Command::ToggleDark => info("Dark theme", "Switch between the light and the dark theme", None, VIEW, ALWAYS),
            Command::ToggleOverlay => info("Overlay all personas' emotion curves", "Draw every persona's curve in each emotion lane", None, VIEW, ALWAYS),
            Command::CommandPalette => CommandInfo {
                alternatives: &PALETTE_ALSO,
                ..info("Command palette…", "Find a command by its name", key(CMD, Key::K), None, ALWAYS)
            },
        }
    }

    /// The command's name in menus and the palette.
    #[must_use]
    pub fn label(self) -> &'static str {
        self.info().label
    }

    /// The keyboard shortcut, if the command has one.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.info().shortcut
    }

    /// The menu the command is listed in (commands with their own control are in none).
    #[must_use]
    pub fn menu(self) -> Option<Menu> {
        self.info().menu
    }

    /// Whether the command can run in `state`.
    #[must_use]
    pub fn is_enabled(self, state: CommandState) -> bool {
        self.info().enabled.holds(state)
    }

    /// Every shortcut of the command: its own, then the others.
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        let info = self.info();
        info.shortcut
            .into_iter()
            .chain(info.alternatives.iter().copied())
    }

    /// Whether the shortcut has no modifier but Shift, and so must not fire while typing.
    #[must_use]
    pub fn is_plain_key(self) -> bool {
        self.shortcut()
            .is_some_and(|s| s.modifiers == NONE || s.modifiers == SHIFT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_words_and_no_two_share_a_shortcut() {
        let mut seen = std::collections::HashSet::new();
        for command in Command::ALL {
            let info = command.info();
            assert!(
                !info.label.is_empty() && !info.tooltip.is_empty(),
                "{command:?}"
            );
            for shortcut in command.shortcuts() {
                assert!(seen.insert(shortcut), "{command:?} shares {shortcut:?}");
            }
        }
    }

    #[test]
    fn a_command_runs_only_when_it_can() {
        let nothing = CommandState::default();
        assert!(!Command::Undo.is_enabled(nothing));
        assert!(!Command::Copy.is_enabled(nothing));
        assert!(Command::AddStage.is_enabled(nothing));
        let busy = CommandState {
            exporting: true,
            cards_selected: true,
            ..nothing
        };
        assert!(!Command::ExportPng.is_enabled(busy));
        assert!(Command::Copy.is_enabled(busy));
    }
}
