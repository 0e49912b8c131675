//! File > Previous versions…: the versions kept from before earlier saves of the open file,
//! what each holds, and opening one as an undoable change.

use std::path::Path;

use super::when;
use crate::app::PercorsoApp;
use crate::app::messages::{Action, Choice, ChoiceItem, Question, RecoveryAction};
use crate::file;

impl PercorsoApp {
    /// Lists the previous versions of the open file.
    pub(crate) fn show_backups(&mut self) {
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let backups = self.recovery.keeper.backups_of(&path);
        let mut lines = vec![format!(
            "Each save keeps the version it replaces, the last {} of them.",
            crate::safety::backups::KEEP
        )];
        match self.recovery.keeper.data_dir() {
            Some(dir) => lines.push(format!("They are kept in {}.", dir.backups().display())),
            None => lines.push("No data folder is available: no versions are kept.".to_owned()),
        }
        if backups.is_empty() {
            lines.push(format!(
                "{} has no previous versions yet.",
                self.file_name()
            ));
        }
        let items = backups
            .iter()
            .enumerate()
            .map(|(index, backup)| backup_item(index + 1, backup))
            .collect();
        self.dialogs.ask(Question::Choice {
            title: format!("Previous versions of {}", self.file_name()),
            lines,
            items,
            buttons: vec![Choice::new("Close", Vec::new())],
        });
    }

    /// Opens a previous version as one undoable change to the open map.
    pub(crate) fn open_backup(&mut self, file: &Path) {
        match file::read_path(file) {
            Ok(map) => self.actions.push(Action::edit(
                crate::edit::Edit::ReplaceMap(Box::new(map)),
                Vec::new(),
            )),
            Err(error) => {
                let name = file.display().to_string();
                self.show_error("The previous version cannot be opened", error.render(&name));
            }
        }
    }
}

/// One previous version: what it holds, when a save replaced it, and a button to open it.
fn backup_item(number: usize, backup: &crate::safety::backups::Backup) -> ChoiceItem {
    let when = when(backup.made);
    let open = Choice::new(
        "Open",
        vec![Action::Recovery(RecoveryAction::OpenBackup(
            backup.file.clone(),
        ))],
    )
    .named(format!("Open version {number}"));
    let (about, open) = match file::read_path(&backup.file) {
        Ok(map) => (
            format!("{number}. “{}”: {}", map.title, crate::words::summary(&map)),
            open,
        ),
        Err(error) => {
            let name = backup.file.display().to_string();
            let reason = error.render(&name).into_iter().next().unwrap_or_default();
            (
                format!("{number}. This version cannot be read: {reason}"),
                open.disabled_because(Some("It cannot be read".to_owned())),
            )
        }
    };
    ChoiceItem {
        lines: vec![
            about,
            format!("Replaced by a save {when} ({} bytes).", backup.bytes),
        ],
        buttons: vec![open],
    }
}
