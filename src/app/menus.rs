//! The menu bar and the toolbar, both built from the command list.

use egui::{Button, RichText, Ui};

use super::commands::{Command, Menu};
use super::{Action, PercorsoApp};
use crate::file::templates;

/// The menu bar and, below it, the toolbar.
pub fn menu_bar_ui(ui: &mut Ui, app: &mut PercorsoApp) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, app));
        ui.menu_button("Edit", |ui| menu_commands(ui, app, Menu::Edit));
        ui.menu_button("View", |ui| {
            menu_commands(ui, app, Menu::View);
            ui.separator();
            let mut dark = app.prefs.dark;
            if ui
                .checkbox(&mut dark, Command::ToggleDark.label())
                .changed()
            {
                app.actions.push(Action::Command(Command::ToggleDark));
            }
            let mut overlay = app.view.overlay_emotions;
            if ui
                .checkbox(&mut overlay, Command::ToggleOverlay.label())
                .changed()
            {
                app.actions.push(Action::Command(Command::ToggleOverlay));
            }
        });
        command_item(ui, app, Command::CommandPalette);
    });
    toolbar_ui(ui, app);
}

fn file_menu(ui: &mut Ui, app: &mut PercorsoApp) {
    ui.menu_button("New from template", |ui| {
        for template in &templates::TEMPLATES {
            if ui
                .button(template.name)
                .on_hover_text(template.description)
                .clicked()
            {
                app.actions.push(Action::New(template.name));
                ui.close();
            }
        }
    });
    command_item(ui, app, Command::Open);
    ui.menu_button("Open recent", |ui| {
        if app.prefs.recent.is_empty() {
            ui.label(RichText::new("No recent maps").weak());
        }
        for path in app.prefs.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.actions.push(Action::Open(path));
                ui.close();
            }
        }
    });
    ui.separator();
    for command in Command::ALL
        .into_iter()
        .filter(|c| c.menu() == Some(Menu::File) && !matches!(c, Command::Open | Command::Quit))
    {
        command_item(ui, app, command);
    }
    ui.separator();
    command_item(ui, app, Command::Quit);
}

/// Every command of `menu`, in the command list's order.
fn menu_commands(ui: &mut Ui, app: &mut PercorsoApp, menu: Menu) {
    for command in Command::ALL.into_iter().filter(|c| c.menu() == Some(menu)) {
        command_item(ui, app, command);
    }
}

fn enabled(app: &PercorsoApp, command: Command) -> bool {
    match command {
        Command::Undo => app.doc.can_undo(),
        Command::Redo => app.doc.can_redo(),
        Command::Cut | Command::Copy | Command::Duplicate => app
            .selection
            .iter()
            .any(|s| matches!(s, super::Selection::Card(_))),
        Command::Delete | Command::Rename => !app.selection.is_empty(),
        Command::ExportPng | Command::CopyImage => app.export_job.is_none(),
        Command::Backups => app.doc.path.is_some(),
        _ => true,
    }
}

fn command_item(ui: &mut Ui, app: &mut PercorsoApp, command: Command) {
    let mut button = Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled(app, command), button).clicked() {
        app.actions.push(Action::Command(command));
        ui.close();
    }
}

fn toolbar_ui(ui: &mut Ui, app: &mut PercorsoApp) {
    ui.horizontal(|ui| {
        for (icon, command) in [
            ("Undo", Command::Undo),
            ("Redo", Command::Redo),
            ("+ Stage", Command::AddStage),
            ("+ Persona", Command::AddPersona),
            ("Fit", Command::ZoomFit),
            ("Commands…", Command::CommandPalette),
        ] {
            let tip = command.shortcut().map_or_else(
                || command.label().to_owned(),
                |s| format!("{} ({})", command.label(), ui.ctx().format_shortcut(&s)),
            );
            if ui
                .add_enabled(enabled(app, command), Button::new(icon))
                .on_hover_text(tip)
                .clicked()
            {
                app.actions.push(Action::Command(command));
            }
        }
        ui.separator();
        ui.label(RichText::new(app.window_title()).weak());
    });
}
