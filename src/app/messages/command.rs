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
    /// Show or hide the insights panel.
    ToggleInsights,
    /// Present the map: full screen, stage by stage, in the projector theme.
    Present,
    /// Start a timer, or change the one running.
    Timer,
    /// Start a dot vote on pain points and opportunities.
    StartVote,
    /// End the vote and show its results.
    EndVote,
    /// Add a vote to the selected card.
    VoteUp,
    /// Take one of this round's votes back from the selected card.
    VoteDown,
    /// Speak English.
    UseEnglish,
    /// Speak Italian.
    UseItalian,
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
    /// Zoom, theme, overlay, language.
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
    /// While a vote runs.
    Voting,
    /// While no vote runs.
    NotVoting,
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
    /// Whether a vote runs.
    pub voting: bool,
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
            Enabled::Voting => state.voting,
            Enabled::NotVoting => !state.voting,
        }
    }
}

/// Everything about one command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandInfo {
    /// Its name in the catalogs: the label in menus and the palette is the message
    /// `command-NAME`, what it does in a sentence (the tooltip) is `command-NAME-tooltip`.
    pub name: &'static str,
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
    name: &'static str,
    shortcut: Option<KeyboardShortcut>,
    menu: Option<Menu>,
    enabled: Enabled,
) -> CommandInfo {
    CommandInfo {
        name,
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
    pub const ALL: [Command; 38] = [
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
        Command::ToggleInsights,
        Command::Present,
        Command::Timer,
        Command::StartVote,
        Command::EndVote,
        Command::VoteUp,
        Command::VoteDown,
        Command::UseEnglish,
        Command::UseItalian,
        Command::CommandPalette,
    ];

    /// Everything about the command: one row of the list, for every command (no default row,
    /// so a new command cannot land in a menu by accident).
    #[must_use]
    #[rustfmt::skip] // A table: one command a row reads best.
    pub const fn info(self) -> CommandInfo {
        use Enabled::{
            AnythingSelected, CanRedo, CanUndo, CardsSelected, HasFile, NotExporting, NotVoting,
            Voting,
        };
        const ALWAYS: Enabled = Enabled::Always;
        match self {
            Command::NewMap => info("new-map", key(CMD, Key::N), None, ALWAYS),
            Command::Open => info("open", key(CMD, Key::O), FILE, ALWAYS),
            Command::Save => info("save", key(CMD, Key::S), FILE, ALWAYS),
            Command::SaveAs => info("save-as", key(CMD_SHIFT, Key::S), FILE, ALWAYS),
            Command::ExportPng => info("export-png", key(CMD, Key::E), FILE, NotExporting),
            Command::CopyImage => info("copy-image", key(CMD_SHIFT, Key::C), FILE, NotExporting),
            Command::Backups => info("backups", None, FILE, HasFile),
            Command::Quit => info("quit", key(CMD, Key::Q), FILE, ALWAYS),
            Command::Undo => info("undo", key(CMD, Key::Z), EDIT, CanUndo),
            Command::Redo => CommandInfo {
                alternatives: &REDO_ALSO,
                ..info("redo", key(CMD_SHIFT, Key::Z), EDIT, CanRedo)
            },
            Command::Cut => info("cut", key(CMD, Key::X), EDIT, CardsSelected),
            Command::Copy => info("copy", key(CMD, Key::C), EDIT, CardsSelected),
            Command::Paste => info("paste", key(CMD, Key::V), EDIT, ALWAYS),
            Command::Duplicate => info("duplicate", key(CMD, Key::D), EDIT, CardsSelected),
            Command::Delete => CommandInfo {
                alternatives: &DELETE_ALSO,
                ..info("delete", key(NONE, Key::Delete), EDIT, AnythingSelected)
            },
            Command::SelectAll => info("select-all", key(CMD, Key::A), EDIT, ALWAYS),
            Command::ClearSelection => info("clear-selection", key(NONE, Key::Escape), None, ALWAYS),
            Command::NewCard => info("new-card", key(NONE, Key::N), EDIT, ALWAYS),
            Command::Rename => info("rename", key(NONE, Key::F2), EDIT, ALWAYS),
            Command::NextCard => info("next-card", key(NONE, Key::Tab), None, ALWAYS),
            Command::PreviousCard => info("previous-card", key(SHIFT, Key::Tab), None, ALWAYS),
            Command::AddStage => info("add-stage", None, EDIT, ALWAYS),
            Command::AddPersona => info("add-persona", None, EDIT, ALWAYS),
            Command::ZoomIn => CommandInfo {
                alternatives: &ZOOM_IN_ALSO,
                ..info("zoom-in", key(NONE, Key::Plus), VIEW, ALWAYS)
            },
            Command::ZoomOut => info("zoom-out", key(NONE, Key::Minus), VIEW, ALWAYS),
            Command::ZoomFit => info("zoom-fit", key(NONE, Key::Num0), VIEW, ALWAYS),
            Command::ToggleDark => info("toggle-dark", None, VIEW, ALWAYS),
            Command::ToggleOverlay => info("toggle-overlay", None, VIEW, ALWAYS),
            Command::ToggleInsights => info("toggle-insights", key(CMD, Key::I), VIEW, ALWAYS),
            Command::Present => info("present", key(NONE, Key::F5), VIEW, ALWAYS),
            Command::Timer => info("timer", key(NONE, Key::T), VIEW, ALWAYS),
            Command::StartVote => info("start-vote", key(NONE, Key::V), EDIT, NotVoting),
            Command::EndVote => info("end-vote", None, EDIT, Voting),
            Command::VoteUp => info("vote-up", None, None, Voting),
            Command::VoteDown => info("vote-down", None, None, Voting),
            Command::UseEnglish => info("use-english", None, None, ALWAYS),
            Command::UseItalian => info("use-italian", None, None, ALWAYS),
            Command::CommandPalette => CommandInfo {
                alternatives: &PALETTE_ALSO,
                ..info("command-palette", key(CMD, Key::K), None, ALWAYS)
            },
        }
    }

    /// The command's name in menus and the palette.
    /// The command that makes the window speak `language` (View > Language).
    #[must_use]
    pub fn use_language(language: crate::lang::Language) -> Command {
        match language {
            crate::lang::Language::English => Command::UseEnglish,
            crate::lang::Language::Italian => Command::UseItalian,
        }
    }

    /// The command's name as menus, buttons and the palette show it, in the current language.
    #[must_use]
    pub fn label(self) -> String {
        crate::lang::text(&format!("command-{}", self.info().name), &[])
    }

    /// What the command does, for its tooltip, in the current language.
    #[must_use]
    pub fn tooltip(self) -> String {
        crate::lang::text(&format!("command-{}-tooltip", self.info().name), &[])
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
    fn every_command_has_words_in_both_languages_and_no_two_share_a_shortcut() {
        use crate::lang::{Language, has};
        let mut seen = std::collections::HashSet::new();
        for command in Command::ALL {
            let name = command.info().name;
            for language in Language::ALL {
                for id in [format!("command-{name}"), format!("command-{name}-tooltip")] {
                    assert!(has(language, &id), "{id} is missing in {language:?}");
                }
            }
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
