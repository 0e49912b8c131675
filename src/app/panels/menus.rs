//! The menu bar and the toolbar, both built from the command list: each command's label,
//! shortcut, tooltip and whether it can run come from `Command::info`.

use std::path::PathBuf;

use egui::{Button, RichText, Ui};

use crate::app::messages::{Action, Command, CommandState, Menu};
use crate::file::templates;

/// What the menus show besides the commands.
pub struct MenuBar<'a> {
    /// Which commands can run.
    pub commands: CommandState,
    /// Whether the dark theme is on.
    pub dark: bool,
    /// Whether every persona's emotion curve is overlaid.
    pub overlay: bool,
    /// The recent maps, newest first.
    pub recent: &'a [PathBuf],
    /// The window's title, shown at the end of the toolbar.
    pub title: String,
}

impl MenuBar<'_> {
    /// The menu bar and, below it, the toolbar.
    pub fn ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu(ui, actions));
            ui.menu_button("Edit", |ui| self.commands_of(ui, Menu::Edit, actions));
            ui.menu_button("View", |ui| self.commands_of(ui, Menu::View, actions));
            self.item(ui, Command::CommandPalette, actions);
        });
        self.toolbar_ui(ui, actions);
    }

    fn file_menu(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.menu_button("New from template", |ui| {
            for template in &templates::TEMPLATES {
                if ui
                    .button(template.name)
                    .on_hover_text(template.description)
                    .clicked()
                {
                    actions.push(Action::New(template.name));
                    ui.close();
                }
            }
        });
        self.item(ui, Command::Open, actions);
        ui.menu_button("Open recent", |ui| {
            if self.recent.is_empty() {
                ui.label(RichText::new("No recent maps").weak());
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
        ];
        for command in Command::ALL.into_iter().filter(|c| c.menu() == Some(menu)) {
            if switches.iter().all(|(switch, _)| *switch != command) {
                self.item(ui, command, actions);
            }
        }
        if menu == Menu::View {
            ui.separator();
            for (command, mut on) in switches {
                let info = command.info();
                if ui
                    .checkbox(&mut on, info.label)
                    .on_hover_text(info.tooltip)
                    .changed()
                {
                    actions.push(Action::Command(command));
                }
            }
        }
    }

    fn item(&self, ui: &mut Ui, command: Command, actions: &mut Vec<Action>) {
        let info = command.info();
        let mut button = Button::new(info.label);
        if let Some(shortcut) = info.shortcut {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        let enabled = command.is_enabled(self.commands);
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(info.tooltip)
            .clicked()
        {
            actions.push(Action::Command(command));
            ui.close();
        }
    }

    fn toolbar_ui(&self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            for (text, command) in [
                ("Undo", Command::Undo),
                ("Redo", Command::Redo),
                ("+ Stage", Command::AddStage),
                ("+ Persona", Command::AddPersona),
                ("Fit", Command::ZoomFit),
                ("Commands…", Command::CommandPalette),
            ] {
                let info = command.info();
                let tip = info.shortcut.map_or_else(
                    || info.tooltip.to_owned(),
                    |s| format!("{} ({})", info.tooltip, ui.ctx().format_shortcut(&s)),
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
