//! Keeping work safe in the editor, driven through the real App with `egui_kittest`: drafts
//! while there are unsaved changes, recovery at start, the panic guard, backups, a file changed
//! on disk, and two windows on one file.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use percorso::app::{Action, PercorsoApp, Prefs};
use percorso::file::{self, templates};
use percorso::model::Map;
use percorso::safety::{DataDir, drafts};

mod common;

/// Seconds of egui time each step advances.
const STEP: f32 = 0.25;

fn guitar() -> Map {
    templates::find("guitar").unwrap().map().unwrap()
}

/// The editor on `path` (or an untitled guitar map), keeping its work in `data`.
fn editor(data: &Path, path: Option<&Path>) -> Harness<'static, PercorsoApp> {
    let data = DataDir::new(data);
    let path = path.map(Path::to_owned);
    let mut harness = Harness::builder()
        .with_size(vec2(1440.0, 900.0))
        .with_step_dt(STEP)
        .with_max_steps(40)
        .build_eframe(move |cc| {
            let map = path
                .as_deref()
                .map_or_else(guitar, |p| file::read_path(p).unwrap());
            let mut app = PercorsoApp::with_map(&cc.egui_ctx, map, path, Prefs::default());
            app.keep_work_in(&cc.egui_ctx, data, None);
            app
        });
    harness.run();
    harness
}

/// Lets `seconds` of egui time pass, a frame at a time.
fn wait(harness: &mut Harness<'_, PercorsoApp>, seconds: f32) {
    let mut waited = 0.0;
    while waited < seconds {
        harness.step();
        waited += STEP;
    }
}

/// Waits (in real time, for the writer thread) until `ready` holds.
fn eventually(what: &str, ready: impl Fn() -> bool) {
    common::wait_until(what, Duration::from_secs(5), || ready().then_some(()))
        .unwrap_or_else(|err| panic!("{err}"));
}

fn add_stage(harness: &mut Harness<'_, PercorsoApp>) {
    harness.get_by_label("+ Stage").click();
    harness.run();
}

fn draft_of(harness: &Harness<'_, PercorsoApp>) -> PathBuf {
    harness.state().draft_file().unwrap().to_owned()
}

fn saved_map(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    file::save(&path, &guitar()).unwrap();
    path
}

#[test]
fn a_draft_follows_unsaved_changes_and_goes_when_they_are_saved() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_map(folder.path(), "client.ron");
    let mut harness = editor(&folder.path().join("data"), Some(&path));
    let draft = draft_of(&harness);
    add_stage(&mut harness);
    wait(&mut harness, 1.0);
    std::thread::sleep(Duration::from_millis(200));
    assert!(!draft.exists(), "not while the user is still at it");
    wait(&mut harness, 2.5);
    eventually("the draft", || draft.exists());
    let written = drafts::read(&draft).unwrap();
    assert_eq!(written.map, *harness.state().map());
    assert_eq!(written.map.stages.len(), 6);
    assert_eq!(written.original.as_deref(), Some(path.as_path()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    eventually("the draft to go", || !draft.exists());
}

#[test]
fn continuous_editing_still_writes_a_draft_within_thirty_seconds() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = editor(&folder.path().join("data"), None);
    let draft = draft_of(&harness);
    // A change every second or so keeps pushing the quiet-time draft back.
    let now = |harness: &Harness<'_, PercorsoApp>| harness.ctx.input(|i| i.time);
    add_stage(&mut harness);
    let first_change = now(&harness);
    loop {
        wait(&mut harness, 1.0);
        std::thread::sleep(Duration::from_millis(50));
        if draft.exists() {
            break;
        }
        let elapsed = now(&harness) - first_change;
        assert!(elapsed <= 30.0, "no draft after {elapsed} s of editing");
        add_stage(&mut harness);
    }
    let elapsed = now(&harness) - first_change;
    assert!(
        elapsed >= 20.0,
        "written at {elapsed} s: the edits did not keep it back"
    );
    assert_eq!(
        drafts::read(&draft).unwrap().original,
        None,
        "untitled maps too"
    );
}

#[test]
fn discarding_changes_on_close_removes_the_draft() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = editor(&folder.path().join("data"), None);
    let draft = draft_of(&harness);
    add_stage(&mut harness);
    wait(&mut harness, 4.0);
    eventually("the draft", || draft.exists());
    common::request_close(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.run();
    drop(harness);
    assert!(
        !draft.exists(),
        "changes thrown away on purpose leave no draft"
    );
}

/// A saved `client.ron` and, in `data`, a draft of it titled `title` left by a crash.
fn crashed_with(title: &str) -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let path = saved_map(folder.path(), "client.ron");
    let mut changed = guitar();
    title.clone_into(&mut changed.title);
    let draft = left_behind(&data, Some(&path), &changed);
    (folder, data, path, draft)
}

/// Writes a draft as a window that crashed would have left it.
fn left_behind(data: &Path, original: Option<&Path>, map: &Map) -> PathBuf {
    let dir = DataDir::new(data);
    let path = drafts::draft_path(&dir, "1-1");
    let written = SystemTime::now() - Duration::from_mins(5);
    // The file as it was on disk under the changes: as it is now.
    let base = original.map(|p| percorso::safety::stable_digest(&fs::read(p).unwrap()));
    drafts::write(&path, &drafts::draft_text(map, original, base, written)).unwrap();
    path
}

fn recording_launcher(harness: &mut Harness<'_, PercorsoApp>) -> Arc<Mutex<Vec<Vec<OsString>>>> {
    let launched = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&launched);
    harness.state_mut().set_launcher(Box::new(move |args| {
        record.lock().unwrap().push(args.to_vec());
        Ok(())
    }));
    launched
}

#[test]
fn a_draft_left_behind_is_offered_and_restored_as_unsaved_changes() {
    let (_folder, data, path, old_draft) = crashed_with("Changed before the crash");
    let mut harness = editor(&data, None);
    harness.get_by_label("Recover unsaved changes");
    harness.get_by_label(&format!("“Changed before the crash” ({})", path.display()));
    let node = harness.get_by_label_contains("Changes from ");
    let when = node.accesskit_node();
    let when = when.label().or(when.value()).unwrap_or_default();
    // "Changes from today at 09:14 (5 minutes ago).", in the local time zone.
    assert!(
        when.contains(" at ") && when.ends_with(" (5 minutes ago)."),
        "{when}"
    );
    harness
        .get_by_label(&format!("Restore {}", path.display()))
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.map().title, "Changed before the crash");
    assert_eq!(app.document().path.as_deref(), Some(path.as_path()));
    assert!(app.document().is_dirty(), "restored changes are unsaved");
    assert!(!app.has_dialog());
    let own = draft_of(&harness);
    eventually("the draft taken over", || {
        own.exists() && !old_draft.exists()
    });
    assert_eq!(
        drafts::read(&own).unwrap().map.title,
        "Changed before the crash"
    );
    assert_eq!(
        file::read_path(&path).unwrap(),
        guitar(),
        "the file is untouched"
    );
}

/// The window that `percorso ARGS` opens (a map file, or `--recover DRAFT`), as a second App
/// keeping its work in `data`, the way `main` parses them.
fn window_for(args: &[OsString], data: &Path) -> Harness<'static, PercorsoApp> {
    let (file, draft) = match args {
        [flag, draft] if flag == "--recover" => (None, Some(PathBuf::from(draft))),
        [file] => (Some(PathBuf::from(file)), None),
        other => panic!("a window started with {other:?}"),
    };
    let data = DataDir::new(data);
    let mut harness = Harness::builder()
        .with_size(vec2(1440.0, 900.0))
        .with_step_dt(STEP)
        .with_max_steps(40)
        .build_eframe(move |cc| {
            let mut app = PercorsoApp::with_map(&cc.egui_ctx, Map::new(""), None, Prefs::default());
            app.keep_work_in(&cc.egui_ctx, data, draft);
            if let Some(file) = file {
                app.open(&file);
            }
            app
        });
    harness.run();
    harness
}

#[test]
fn compare_restores_and_opens_the_file_on_disk_in_another_window() {
    let (_folder, data, path, _draft) = crashed_with("Mine");
    let mut harness = editor(&data, None);
    let launched = recording_launcher(&mut harness);
    harness
        .get_by_label(&format!("Compare {}", path.display()))
        .click();
    harness.run();
    assert_eq!(harness.state().map().title, "Mine");
    assert_eq!(
        harness.state().window_title(),
        "• client.ron — Mine — Percorso"
    );
    let args = launched.lock().unwrap().clone();
    assert_eq!(args, [vec![OsString::from(&path)]]);
    let mut other = window_for(&args[0], &data);
    assert_eq!(
        other.state().window_title(),
        "client.ron — Buying a guitar online — Percorso",
        "the other window shows the file as it is on disk"
    );
    assert!(
        !other.state().has_dialog(),
        "the draft is not offered twice"
    );
    for window in [&mut harness, &mut other] {
        window.state().check_disk_now();
        window.run();
        window.get_by_label_contains("client.ron is also open in another Percorso window");
    }
}

#[test]
fn discard_deletes_the_draft_and_decide_later_keeps_it() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let draft = left_behind(&data, None, &Map::new("Lost work"));
    let mut harness = editor(&data, None);
    harness.get_by_label("“Lost work” (an untitled map)");
    harness.get_by_label("Decide later").click();
    harness.run();
    assert!(!harness.state().has_dialog());
    assert!(draft.exists());
    drop(harness);
    let mut harness = editor(&data, None);
    harness.get_by_label("Discard an untitled map").click();
    harness.run();
    assert!(!draft.exists());
    assert!(!harness.state().has_dialog());
    assert_eq!(
        harness.state().map().title,
        guitar().title,
        "nothing restored"
    );
}

/// Drafts of two untitled maps, "First" and a newer "Second"; returns the first's file.
fn two_untitled_drafts(data: &Path) -> PathBuf {
    let first = left_behind(data, None, &Map::new("First"));
    let second = drafts::draft_path(&DataDir::new(data), "2-2");
    let text = drafts::draft_text(&Map::new("Second"), None, None, SystemTime::now());
    drafts::write(&second, &text).unwrap();
    first
}

/// Presses Restore on the first (newest) of several untitled drafts.
fn restore_the_newest(harness: &mut Harness<'_, PercorsoApp>) {
    let restore = harness.get_all_by_label("Restore an untitled map").next();
    restore.unwrap().click();
    harness.run();
}

#[test]
fn a_second_draft_restores_in_a_new_window() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    two_untitled_drafts(&data);
    let mut harness = editor(&data, None);
    let launched = recording_launcher(&mut harness);
    // Newest first: "Second" is the first item.
    restore_the_newest(&mut harness);
    assert_eq!(harness.state().map().title, "Second");
    // The one left now says where it will open; its accessible name stays the same.
    harness.get_by_label("Restore an untitled map").click();
    harness.run();
    let launched = launched.lock().unwrap().clone();
    assert_eq!(launched.len(), 1);
    assert_eq!(launched[0][0], "--recover");
    assert!(Path::new(&launched[0][1]).ends_with("1-1.ron"));
    assert_eq!(
        harness.state().map().title,
        "Second",
        "this window keeps its map"
    );
    let other = window_for(&launched[0], &data);
    assert_eq!(
        other.state().map().title,
        "First",
        "the new window has the other draft"
    );
    assert!(other.state().document().is_dirty());
    assert!(!other.state().has_dialog(), "with nothing more to offer");
}

#[test]
fn an_unreadable_draft_is_reported_with_where_it_is_kept() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let path = drafts::draft_path(&DataDir::new(&data), "3-3");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, "garbage").unwrap();
    let harness = editor(&data, None);
    harness.get_by_label("A draft could not be recovered");
    let kept = DataDir::new(&data).unreadable_drafts().join("3-3.ron");
    harness.get_by_label_contains(&kept.display().to_string());
    assert_eq!(fs::read_to_string(kept).unwrap(), "garbage");
}

#[test]
fn a_panic_in_a_frame_writes_the_draft_first() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = editor(&folder.path().join("data"), None);
    add_stage(&mut harness);
    let draft = draft_of(&harness);
    assert!(!draft.exists(), "no draft yet: the change is a moment old");
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        harness.state_mut().guarded(|_| panic!("a bug in a frame"));
    }));
    assert!(outcome.is_err(), "the panic goes on");
    assert_eq!(drafts::read(&draft).unwrap().map.stages.len(), 6);
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_and_keeps_their_version_as_a_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_map(folder.path(), "client.ron");
    let mut harness = editor(&folder.path().join("data"), Some(&path));
    add_stage(&mut harness);
    let mut theirs = guitar();
    theirs.title = "A colleague's version".to_owned();
    file::save(&path, &theirs).unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("client.ron changed on disk");
    assert_eq!(
        file::read_path(&path).unwrap(),
        theirs,
        "not overwritten yet"
    );
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(file::read_path(&path).unwrap().stages.len(), 6);
    assert!(!harness.state().document().is_dirty());
    // Their version is among the previous versions, and opens as one undoable change.
    harness
        .state_mut()
        .request(Action::Command(percorso::app::Command::Backups));
    harness.run();
    harness.get_by_label("Previous versions of client.ron");
    harness.get_by_label(
        "1. “A colleague's version”: 5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2)",
    );
    harness.get_by_label("Open version 1").click();
    harness.run();
    assert_eq!(harness.state().map().title, "A colleague's version");
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().map().stages.len(),
        6,
        "undo brings ours back"
    );
}

#[test]
fn a_change_on_disk_is_noticed_and_reload_reads_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_map(folder.path(), "client.ron");
    let mut harness = editor(&folder.path().join("data"), Some(&path));
    let mut theirs = guitar();
    theirs.title = "Synced from the cloud".to_owned();
    file::save(&path, &theirs).unwrap();
    harness.state().check_disk_now();
    harness.run();
    harness.get_by_label("client.ron was changed by another program.");
    harness.get_by_label("Reload from disk").click();
    harness.run();
    assert_eq!(harness.state().map().title, "Synced from the cloud");
    assert!(
        harness.query_by_label("Reload from disk").is_none(),
        "notice gone"
    );
    // With unsaved changes, reloading asks first.
    add_stage(&mut harness);
    theirs.title = "Synced again".to_owned();
    file::save(&path, &theirs).unwrap();
    harness.state().check_disk_now();
    harness.run();
    harness.get_by_label("Reload from disk").click();
    harness.run();
    harness.get_by_label("Reload client.ron from disk?");
    harness
        .get_by_label("Discard my changes and reload")
        .click();
    harness.run();
    assert_eq!(harness.state().map().title, "Synced again");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn keeping_my_version_then_saving_does_not_ask_again() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_map(folder.path(), "client.ron");
    let mut harness = editor(&folder.path().join("data"), Some(&path));
    add_stage(&mut harness);
    fs::write(&path, "(version: 1, title: \"theirs\")\n").unwrap();
    harness.state().check_disk_now();
    harness.run();
    harness.get_by_label("Keep my version").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().has_dialog());
    assert_eq!(file::read_path(&path).unwrap().stages.len(), 6);
}

#[test]
fn two_windows_on_one_file_warn_each_other() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let path = saved_map(folder.path(), "client.ron");
    let mut first = editor(&data, Some(&path));
    let mut second = editor(&data, Some(&path));
    for harness in [&mut first, &mut second] {
        harness.state().check_disk_now();
        harness.run();
        harness.get_by_label_contains("client.ron is also open in another Percorso window");
    }
    drop(second);
    first.state().check_disk_now();
    first.run();
    assert!(
        first
            .query_by_label_contains("also open in another")
            .is_none()
    );
}

#[test]
fn a_draft_that_cannot_be_written_is_said_and_tried_again() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    fs::create_dir_all(&data).unwrap();
    // A file where the drafts folder should be: every draft fails, as on a full disk.
    fs::write(data.join("drafts"), "in the way").unwrap();
    let mut harness = editor(&data, None);
    add_stage(&mut harness);
    wait(&mut harness, 3.5);
    eventually("the failure", || harness.state().draft_failure().is_some());
    harness.run();
    harness.get_by_label_contains("Drafts cannot be written (");
    fs::remove_file(data.join("drafts")).unwrap();
    wait(&mut harness, 3.5);
    let draft = draft_of(&harness);
    eventually("the draft", || draft.exists());
    eventually("the notice to go", || {
        harness.state().draft_failure().is_none()
    });
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Drafts cannot be written")
            .is_none()
    );
}

#[test]
fn a_window_that_cannot_be_opened_is_said_and_its_draft_kept() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    let first = two_untitled_drafts(&data);
    let mut harness = editor(&data, None);
    harness.state_mut().set_launcher(Box::new(|_| {
        Err(std::io::Error::other("no more processes"))
    }));
    restore_the_newest(&mut harness);
    harness.get_by_label("Restore an untitled map").click();
    harness.run();
    harness.get_by_label("Another Percorso window could not be opened");
    harness.get_by_label("no more processes");
    assert_eq!(harness.state().map().title, "Second");
    assert!(
        first.exists(),
        "the draft not restored stays for the next start"
    );
}

#[test]
fn a_draft_restored_over_a_file_changed_since_says_so_and_saving_asks() {
    let (_folder, data, path, _draft) = crashed_with("Mine, from before the crash");
    let mut theirs = guitar();
    theirs.title = "Changed after the crash".to_owned();
    file::save(&path, &theirs).unwrap();
    let mut harness = editor(&data, None);
    harness
        .get_by_label(&format!("Restore {}", path.display()))
        .click();
    harness.run();
    harness.get_by_label("client.ron was changed by another program.");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("client.ron changed on disk");
    assert_eq!(file::read_path(&path).unwrap(), theirs);
}

/// Whether the app asks the window to close within the next two frames (an answer is applied
/// after the frame that took it; the close goes out on the one after).
fn asked_to_close(harness: &mut Harness<'_, PercorsoApp>) -> bool {
    (0..2).any(|_| {
        harness.step();
        harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
    })
}

#[test]
fn closing_with_save_over_a_changed_file_asks_once_more_and_cancel_keeps_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_map(folder.path(), "client.ron");
    let mut harness = editor(&folder.path().join("data"), Some(&path));
    add_stage(&mut harness);
    fs::write(&path, "(version: 1, title: \"theirs\")\n").unwrap();
    common::request_close(&mut harness);
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("client.ron changed on disk");
    harness.get_by_label("Cancel").click();
    assert!(!asked_to_close(&mut harness), "cancelled: the window stays");
    harness.run();
    harness.get_by_label("Keep my version").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    assert!(
        !asked_to_close(&mut harness),
        "a later save does not close the window"
    );
    assert_eq!(file::read_path(&path).unwrap().stages.len(), 6);
    // Asked again, Overwrite saves and then closes, as the first answer wanted.
    add_stage(&mut harness);
    fs::write(&path, "(version: 1, title: \"theirs again\")\n").unwrap();
    common::request_close(&mut harness);
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Overwrite").click();
    assert!(asked_to_close(&mut harness));
    assert_eq!(file::read_path(&path).unwrap().stages.len(), 7);
}

#[test]
fn a_file_that_cannot_be_opened_at_start_is_said_in_the_recovery_dialog() {
    let (folder, data, path, _draft) = crashed_with("Mine");
    let missing = folder.path().join("gone.ron");
    let mut harness = Harness::builder()
        .with_size(vec2(1440.0, 900.0))
        .build_eframe(move |cc| {
            let mut app = PercorsoApp::with_map(&cc.egui_ctx, guitar(), None, Prefs::default());
            app.open(&missing);
            app.keep_work_in(&cc.egui_ctx, DataDir::new(&data), None);
            app
        });
    harness.run();
    harness.get_by_label("Recover unsaved changes");
    harness.get_by_label_contains("Cannot open ");
    harness.get_by_label_contains("gone.ron: error: cannot read the file");
    harness.get_by_label(&format!("Restore {}", path.display()));
}
