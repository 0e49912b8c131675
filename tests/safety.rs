//! The safety files without the editor: drafts and what windows leave behind, session locks,
//! backups and their rotation, and noticing a file changed on disk.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use percorso::file::templates;
use percorso::model::Map;
use percorso::safety::DataDir;
use percorso::safety::backups::{self, KEEP};
use percorso::safety::disk::{Comparison, DiskStamp};
use percorso::safety::drafts;
use percorso::safety::session::{self, Session};
use percorso::safety::watch::Watch;

fn guitar() -> Map {
    templates::find("guitar").unwrap().map().unwrap()
}

/// A draft as a window that is gone left it: its session id has no lock.
fn abandoned_draft(
    dir: &DataDir,
    id: &str,
    original: Option<&Path>,
    map: &Map,
) -> std::path::PathBuf {
    let path = drafts::draft_path(dir, id);
    let written = SystemTime::now() - Duration::from_mins(2);
    let base = original.map(|_| 42);
    drafts::write(&path, &drafts::draft_text(map, original, base, written)).unwrap();
    path
}

#[test]
fn a_draft_reads_back_with_its_original_path_time_and_map() {
    let folder = tempfile::tempdir().unwrap();
    let dir = DataDir::new(folder.path());
    let mut map = guitar();
    map.title = "Ristrutturazione — l'offerta \"estate\"".to_owned();
    let original = folder.path().join("clienti").join("mappa.ron");
    let path = abandoned_draft(&dir, "4242-1", Some(&original), &map);
    let draft = drafts::read(&path).unwrap();
    assert_eq!(draft.map, map);
    assert_eq!(draft.original.as_deref(), Some(original.as_path()));
    assert_eq!(draft.base, Some(42));
    let age = SystemTime::now().duration_since(draft.written).unwrap();
    assert!((119..=130).contains(&age.as_secs()), "{age:?}");
    // A draft is also a map file: its first line is a comment.
    assert_eq!(percorso::file::read_path(&path).unwrap(), map);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a draft is readable by its user only");
    }
}

#[test]
fn drafts_of_windows_that_are_gone_are_offered_and_live_ones_are_not() {
    let folder = tempfile::tempdir().unwrap();
    let dir = DataDir::new(folder.path());
    let live = Session::start(&dir).unwrap();
    let live_draft = abandoned_draft(&dir, live.id(), None, &guitar());
    let mut untitled = Map::new("Untitled journey");
    untitled.description = "written before the crash".to_owned();
    let gone = abandoned_draft(&dir, "999999-1", None, &untitled);
    let found = drafts::left_behind(&dir);
    assert_eq!(found.drafts.len(), 1, "{found:?}");
    assert_eq!(found.drafts[0].file, gone);
    assert_eq!(found.drafts[0].original, None);
    assert_eq!(found.drafts[0].map, untitled);
    assert!(found.unreadable.is_empty());
    assert!(
        live_draft.exists() && gone.exists(),
        "offering deletes nothing"
    );
    // Once its window is gone, the live one's draft is offered too.
    let id = live.id().to_owned();
    drop(live);
    assert!(!session::is_running(&dir, &id));
    assert_eq!(drafts::left_behind(&dir).drafts.len(), 2);
}

#[test]
fn an_unreadable_draft_is_set_aside_and_reported_not_deleted() {
    let folder = tempfile::tempdir().unwrap();
    let dir = DataDir::new(folder.path());
    let path = drafts::draft_path(&dir, "77-1");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "// percorso-draft: (original: None, written: 1)\n(version: 1, title: \"half";
    fs::write(&path, broken).unwrap();
    let found = drafts::left_behind(&dir);
    assert!(found.drafts.is_empty());
    assert_eq!(found.unreadable.len(), 1);
    let kept = &found.unreadable[0];
    assert_eq!(kept.kept_at, dir.unreadable_drafts().join("77-1.ron"));
    assert_eq!(fs::read_to_string(&kept.kept_at).unwrap(), broken);
    assert!(!path.exists());
    assert!(
        kept.reasons[0].contains("77-1.ron:2:") && kept.reasons[0].contains("error:"),
        "{:?}",
        kept.reasons
    );
    // Reported once: the next start does not offer it again.
    assert_eq!(drafts::left_behind(&dir), drafts::LeftBehind::default());
}

#[test]
fn a_file_without_the_draft_header_is_not_taken_for_a_draft() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("x.ron");
    fs::write(&path, percorso::file::to_canonical_string(&guitar())).unwrap();
    let reasons = drafts::read(&path).unwrap_err();
    assert!(reasons[0].ends_with("error: the first line is not a Percorso draft header"));
}

#[test]
fn sessions_see_each_other_on_the_same_file_and_stale_locks_are_swept() {
    let folder = tempfile::tempdir().unwrap();
    let dir = DataDir::new(folder.path());
    let map_file = folder.path().join("client.ron");
    fs::write(&map_file, "").unwrap();
    let first = Session::start(&dir).unwrap();
    let second = Session::start(&dir).unwrap();
    first.set_map(Some(&map_file)).unwrap();
    assert!(first.peers_on(&map_file).is_empty(), "alone so far");
    // Another spelling of the same path is the same file.
    second
        .set_map(Some(&folder.path().join(".").join("client.ron")))
        .unwrap();
    let pid = std::process::id();
    assert_eq!(first.peers_on(&map_file).len(), 1);
    assert_eq!(second.peers_on(&map_file)[0].pid, pid);
    second.set_map(None).unwrap();
    assert!(first.peers_on(&map_file).is_empty());
    let stale = second.id().to_owned();
    drop(second);
    assert!(dir.sessions().join(format!("{stale}.lock")).exists());
    session::sweep_stale(&dir);
    assert!(!dir.sessions().join(format!("{stale}.lock")).exists());
    assert!(!dir.sessions().join(format!("{stale}.map")).exists());
    assert!(session::is_running(&dir, first.id()), "the live lock stays");
}

#[test]
fn backups_keep_the_last_versions_and_skip_repeats() {
    let folder = tempfile::tempdir().unwrap();
    let store = folder.path().join("backups");
    let map_file = folder.path().join("client.ron");
    assert_eq!(
        backups::back_up(&store, &map_file).unwrap(),
        None,
        "nothing to keep yet"
    );
    for version in 0..8 {
        fs::write(&map_file, format!("version {version}")).unwrap();
        assert!(backups::back_up(&store, &map_file).unwrap().is_some());
        assert_eq!(
            backups::back_up(&store, &map_file).unwrap(),
            None,
            "same bytes again"
        );
    }
    let kept = backups::list(&store, &map_file);
    assert_eq!(kept.len(), KEEP);
    #[cfg(unix)]
    for backup in &kept {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&backup.file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a backup is readable by its user only");
    }
    let texts: Vec<String> = kept
        .iter()
        .map(|b| fs::read_to_string(&b.file).unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "version 7",
            "version 6",
            "version 5",
            "version 4",
            "version 3"
        ]
    );
    assert!(
        kept.windows(2).all(|w| w[0].made > w[1].made),
        "newest first"
    );
    assert_eq!(kept[0].bytes, 9);
    // The same name in another folder has backups of its own.
    let other = folder.path().join("other").join("client.ron");
    fs::create_dir_all(other.parent().unwrap()).unwrap();
    fs::write(&other, "elsewhere").unwrap();
    backups::back_up(&store, &other).unwrap();
    assert_eq!(backups::list(&store, &other).len(), 1);
    assert_ne!(
        backups::folder_for(&store, &other),
        backups::folder_for(&store, &map_file)
    );
}

#[test]
fn a_stamp_tells_a_change_from_a_touch() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("client.ron");
    fs::write(&path, "one").unwrap();
    let stamp = DiskStamp::read(&path).unwrap().unwrap();
    assert!(matches!(stamp.compare(&path).unwrap(), Comparison::Same(_)));
    // Rewritten with the same bytes (a sync tool): not a change.
    std::thread::sleep(Duration::from_millis(20));
    fs::write(&path, "one").unwrap();
    assert!(matches!(stamp.compare(&path).unwrap(), Comparison::Same(_)));
    fs::write(&path, "two").unwrap();
    assert!(matches!(
        stamp.compare(&path).unwrap(),
        Comparison::Changed(_)
    ));
    fs::remove_file(&path).unwrap();
    assert_eq!(stamp.compare(&path).unwrap(), Comparison::Gone);
}

#[test]
fn the_watch_reports_changes_removals_and_other_windows() {
    let folder = tempfile::tempdir().unwrap();
    let dir = DataDir::new(folder.path().join("data"));
    let path = folder.path().join("client.ron");
    fs::write(&path, "mine").unwrap();
    let session = std::sync::Arc::new(Session::start(&dir).unwrap());
    let watch = Watch::start(
        Duration::from_hours(1),
        Some(session.clone()),
        Box::new(|| {}),
    );
    watch.watch(Some(&path), DiskStamp::read(&path).unwrap());
    assert!(!watch.check_now(), "nothing new");
    assert!(!watch.disk_differs());
    fs::write(&path, "theirs").unwrap();
    assert!(watch.check_now());
    assert!(watch.news().changed);
    assert!(watch.disk_differs());
    watch.accept_disk_version();
    assert!(!watch.disk_differs(), "kept ours: the next save overwrites");
    let other = Session::start(&dir).unwrap();
    other.set_map(Some(&path)).unwrap();
    assert!(watch.check_now());
    assert_eq!(watch.news().peers.len(), 1);
    fs::remove_file(&path).unwrap();
    watch.check_now();
    assert!(watch.news().gone);
}
