//! File > Previous versions…: the versions kept from before earlier saves of the open file,
//! what each holds, and opening one as an undoable change.

use std::path::Path;

use super::when;
use crate::app::PercorsoApp;
use crate::app::messages::{Action, Choice, ChoiceItem, Question, RecoveryAction};
use crate::file;
use crate::t;

impl PercorsoApp {
    /// Lists the previous versions of the open file.
    pub(crate) fn show_backups(&mut self) {
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let backups = self.recovery.keeper.backups_of(&path);
        let mut lines = vec![t!("versions-kept", count = crate::safety::backups::KEEP)];
        match self.recovery.keeper.data_dir() {
            Some(dir) => lines.push(t!(
                "versions-folder",
                path = dir.backups().display().to_string()
            )),
            None => lines.push(t!("versions-no-folder")),
        }
        if backups.is_empty() {
            lines.push(t!("versions-none", name = self.file_name()));
        }
        let items = backups
            .iter()
            .enumerate()
            .map(|(index, backup)| backup_item(index + 1, backup))
            .collect();
        self.dialogs.ask(Question::Choice {
            title: t!("versions-title", name = self.file_name()),
            lines,
            items,
            buttons: vec![Choice::new(t!("button-close"), Vec::new())],
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
                self.show_error(t!("version-not-opened"), error.render(&name));
            }
        }
    }
}

/// One previous version: what it holds, when a save replaced it, and a button to open it.
fn backup_item(number: usize, backup: &crate::safety::backups::Backup) -> ChoiceItem {
    let when = when(backup.made);
    let open = Choice::new(
        t!("version-open"),
        vec![Action::Recovery(RecoveryAction::OpenBackup(
            backup.file.clone(),
        ))],
    )
    .named(t!("version-open-named", number = number));
    let (about, open) = match file::read_path(&backup.file) {
        Ok(map) => (
            t!(
                "version-item",
                number = number,
                title = &map.title,
                summary = crate::words::summary(&map)
            ),
            open,
        ),
        Err(error) => {
            let name = backup.file.display().to_string();
            let reason = error.render(&name).into_iter().next().unwrap_or_default();
            (
                t!("version-unreadable", number = number, reason = reason),
                open.disabled_because(Some(t!("version-unreadable-short"))),
            )
        }
    };
    ChoiceItem {
        lines: vec![
            about,
            t!("version-replaced", when = when, size = backup.bytes),
        ],
        buttons: vec![open],
    }
}
