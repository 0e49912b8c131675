//! The menu bar and the toolbar, both built from the command list: each command's label,
//! shortcut, tooltip and whether it can run come from `Command::info`.

use std::path::PathBuf;

use egui::{Button, RichText, Ui};

use crate::app::messages::{Action, Command, CommandState, Menu, shortcut_text};
use crate::file::templates;
use crate::lang::Language;
use crate::t;

/// What the menus show besides the commands.
pub struct MenuBar<'a> {
    /// Which commands can run.
    pub commands: CommandState,
    /// Whether the dark theme is on.
    pub dark: bool,
    /// Whether every persona's emotion curve is overlaid.
    pub overlay: bool,
    /// Whether the insights panel is shown.
    pub insights: bool,
    /// The recent maps, newest first.
    pub recent: &'a [PathBuf],
    /// The window's title, shown at the end of the toolbar.
    pub title: String,
    /// The language the window speaks.
    pub language: Language,
}

impl MenuBar<'_> {
    /// The menu bar and, below it, the toolbar.
    pub fn ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t!("menu-file"), |ui| self.file_menu(ui, actions));
            ui.menu_button(t!("menu-edit"), |ui| {
                self.commands_of(ui, Menu::Edit, actions);
            });
            ui.menu_button(t!("menu-view"), |ui| {
                self.commands_of(ui, Menu::View, actions);
            });
            self.item(ui, Command::CommandPalette, actions);
        });
        self.toolbar_ui(ui, actions);
    }

    fn file_menu(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.menu_button(t!("menu-new-from-template"), |ui| {
            let mut previous = None;
            for template in templates::offered(self.language) {
                if previous.is_some_and(|language| language != template.language) {
                    ui.separator();
                }
                previous = Some(template.language);
                let title = if template.language == self.language {
                    template.title()
                } else {
                    let language = template.language_name();
                    t!(
                        "template-in-language",
                        title = template.title(),
                        language = language
                    )
                };
                if ui
                    .button(title)
                    .on_hover_text(template.description())
                    .clicked()
                {
                    actions.push(Action::New(template.name, template.language));
                    ui.close();
                }
            }
        });
        self.item(ui, Command::Open, actions);
        ui.menu_button(t!("menu-open-recent"), |ui| {
            if self.recent.is_empty() {
                ui.label(RichText::new(t!("menu-no-recent")).weak());
            }
            for path in self.recent {
                if ui.button(path.display().to_string()).clicked() {
                    actions.push(Action::Open(path.clone()));
                    ui.close();
                }
            }
        });
        ui.separator();
        for command in Command::ALL
            .into_iter()
            .filter(|c| c.menu() == Some(Menu::File) && !matches!(c, Command::Open | Command::Quit))
        {
            self.item(ui, command, actions);
        }
        ui.separator();
        self.item(ui, Command::Quit, actions);
    }

    /// Every command of `menu`, in the command list's order; the view's switches as checkboxes
    /// after a separator.
    fn commands_of(&self, ui: &mut Ui, menu: Menu, actions: &mut Vec<Action>) {
        let switches = [
            (Command::ToggleDark, self.dark),
            (Command::ToggleOverlay, self.overlay),
            (Command::ToggleInsights, self.insights),
        ];
        for command in Command::ALL.into_iter().filter(|c| c.menu() == Some(menu)) {
            if switches.iter().all(|(switch, _)| *switch != command) {
                self.item(ui, command, actions);
            }
        }
        if menu == Menu::View {
            ui.separator();
            for (command, mut on) in switches {
                if ui
                    .checkbox(&mut on, command.label())
                    .on_hover_text(command.tooltip())
                    .changed()
                {
                    actions.push(Action::Command(command));
                }
            }
            ui.separator();
            self.language_menu(ui, actions);
        }
    }

    /// View > Language: each language by its own name, the current one checked; choosing one
    /// changes every word of the window at once.
    fn language_menu(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.menu_button(t!("menu-language"), |ui| {
            for language in Language::ALL {
                let command = Command::use_language(language);
                if ui
                    .radio(self.language == language, language.native_name())
                    .on_hover_text(command.tooltip())
                    .clicked()
                {
                    actions.push(Action::Command(command));
                    ui.close();
                }
            }
        });
    }

    fn item(&self, ui: &mut Ui, command: Command, actions: &mut Vec<Action>) {
        let info = command.info();
        let mut button = Button::new(command.label());
        if let Some(shortcut) = info.shortcut {
            button = button.shortcut_text(keys(ui, shortcut));
        }
        let enabled = command.is_enabled(self.commands);
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(command.tooltip())
            .clicked()
        {
            actions.push(Action::Command(command));
            ui.close();
        }
    }

    fn toolbar_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            for (text, command) in [
                (t!("toolbar-undo"), Command::Undo),
                (t!("toolbar-redo"), Command::Redo),
                (t!("toolbar-add-stage"), Command::AddStage),
                (t!("toolbar-add-persona"), Command::AddPersona),
                (t!("toolbar-fit"), Command::ZoomFit),
                (t!("toolbar-commands"), Command::CommandPalette),
            ] {
                let tip = command.shortcut().map_or_else(
                    || command.tooltip(),
                    |s| {
                        let keys = keys(ui, s);
                        t!(
                            "tooltip-with-keys",
                            tooltip = command.tooltip(),
                            keys = keys
                        )
                    },
                );
                let enabled = command.is_enabled(self.commands);
                if ui
                    .add_enabled(enabled, Button::new(text))
                    .on_hover_text(tip)
                    .clicked()
                {
                    actions.push(Action::Command(command));
                }
            }
            ui.separator();
            ui.label(RichText::new(&self.title).weak());
        });
    }
}

/// `shortcut` as the menus write it, in the current language and the system's symbols.
fn keys(ui: &Ui, shortcut: egui::KeyboardShortcut) -> String {
    shortcut_text(shortcut, ui.ctx().os() == egui::os::OperatingSystem::Mac)
}
