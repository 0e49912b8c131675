//! The canonical writer and the atomic save.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::fs;

use percorso::file;
use percorso::model::{
    Card, CardId, CardKind, Lane, LaneId, LaneKind, Map, Persona, PersonaId, Stage, StageId,
};

fn small_map() -> Map {
    let mut map = Map::new("Small");
    map.stages.push(Stage {
        id: StageId::from("s1"),
        name: "First".into(),
        description: String::new(),
        duration: String::new(),
        color: None,
        metrics: Vec::new(),
    });
    let card = |id: &str, kind| Card {
        id: CardId::from(id),
        stage: StageId::from("s1"),
        text: "Text".into(),
        detail: String::new(),
        kind,
        channel: None,
        severity: None,
        evidence: None,
        votes: 0,
        color: None,
    };
    map.personas.push(Persona {
        id: PersonaId::from("p"),
        name: "P".into(),
        description: String::new(),
        quote: String::new(),
        goals: Vec::new(),
        color: None,
        avatar: None,
        lanes: vec![Lane {
            id: LaneId::from("l"),
            kind: LaneKind::Touchpoints,
            title: Some("Touchpoints".into()),
            cards: vec![
                card("c1", Some(CardKind::Touchpoint)),
                card("c2", Some(CardKind::PainPoint)),
            ],
            points: Vec::new(),
        }],
    });
    map
}

const SMALL_CANONICAL: &str = r#"#![enable(implicit_some)]
(
    version: 1,
    title: "Small",
    stages: [
        (
            id: "s1",
            name: "First",
        ),
    ],
    personas: [
        (
            id: "p",
            name: "P",
            lanes: [
                (
                    id: "l",
                    kind: Touchpoints,
                    cards: [
                        (
                            id: "c1",
                            stage: "s1",
                            text: "Text",
                        ),
                        (
                            id: "c2",
                            stage: "s1",
                            text: "Text",
                            kind: PainPoint,
                        ),
                    ],
                ),
            ],
        ),
    ],
)
"#;

#[test]
fn canonical_form_has_header_order_no_defaults_and_final_newline() {
    assert_eq!(file::to_canonical_string(&small_map()), SMALL_CANONICAL);
}

#[test]
fn writing_is_deterministic_and_idempotent() {
    let text = file::to_canonical_string(&small_map());
    assert_eq!(text, file::to_canonical_string(&small_map()));
    let again = file::read_str(&text).unwrap();
    assert_eq!(file::to_canonical_string(&again), text);
}

#[test]
fn save_replaces_the_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, "old").unwrap();
    file::save(&path, &small_map()).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), SMALL_CANONICAL);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["map.ron"]);
}

#[cfg(unix)]
#[test]
fn save_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    file::save(&path, &small_map()).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    // The rename fails: the target is a non-empty folder.
    let target = dir.path().join("map.ron");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("keep.txt"), "keep").unwrap();
    let err = file::save(&target, &small_map()).unwrap_err().to_string();
    assert!(err.contains("replacing the file failed"), "{err}");
    assert!(err.ends_with("the file on disk was not changed"), "{err}");
    assert_eq!(fs::read_to_string(target.join("keep.txt")).unwrap(), "keep");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["map.ron"], "the temporary file was left behind");

    // The temporary file cannot be created: the folder does not exist.
    let err = file::save(&dir.path().join("missing/map.ron"), &small_map()).unwrap_err();
    assert!(
        err.to_string()
            .contains("creating a temporary file in the folder failed"),
        "{err}"
    );
}

#[test]
fn every_step_of_a_save_can_fail_and_the_old_file_stays_as_it_was() {
    use percorso::file::{SaveStep, write_atomically_with_faults};
    use std::io::{Error, ErrorKind, Write};
    let failures = [
        (
            SaveStep::CreateTemporary,
            ErrorKind::PermissionDenied,
            "creating a temporary file in the folder failed",
        ),
        (
            SaveStep::Write,
            ErrorKind::StorageFull,
            "writing the temporary file failed",
        ),
        (
            SaveStep::SyncFile,
            ErrorKind::Other,
            "flushing the temporary file to disk failed",
        ),
        (
            SaveStep::Permissions,
            ErrorKind::PermissionDenied,
            "copying the file's permissions failed",
        ),
        (
            SaveStep::Rename,
            ErrorKind::PermissionDenied,
            "replacing the file failed",
        ),
    ];
    for (failing, kind, said) in failures {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "the old map").unwrap();
        let fault = |step: SaveStep| {
            if step == failing {
                Err(Error::from(kind))
            } else {
                Ok(())
            }
        };
        let err = write_atomically_with_faults(&path, |w| w.write_all(b"the new map"), &fault)
            .unwrap_err();
        let message = err.to_string();
        assert!(message.contains(said), "{failing:?}: {message}");
        assert!(
            message.ends_with("the file on disk was not changed"),
            "{failing:?}: {message}"
        );
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "the old map",
            "{failing:?} changed the old file"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            ["map.ron"],
            "{failing:?} left a temporary file behind"
        );
    }
}

#[test]
fn a_folder_that_cannot_be_flushed_after_the_rename_is_reported_as_such() {
    use percorso::file::{SaveStep, write_atomically_with_faults};
    use std::io::{Error, ErrorKind, Write};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, "the old map").unwrap();
    let fault = |step: SaveStep| {
        if step == SaveStep::SyncFolder {
            Err(Error::from(ErrorKind::Other))
        } else {
            Ok(())
        }
    };
    let err =
        write_atomically_with_faults(&path, |w| w.write_all(b"the new map"), &fault).unwrap_err();
    assert!(err.replaced);
    assert!(
        err.to_string()
            .contains("was written, but flushing the folder to disk failed"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "the new map");
}

/// The mode the umask gives a file any program creates in `dir`, as `File::create` does.
#[cfg(unix)]
fn mode_of_a_new_file_in(dir: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("made-by-another-program");
    fs::File::create(&probe).unwrap();
    let mode = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
    fs::remove_file(probe).unwrap();
    mode
}

#[cfg(unix)]
#[test]
fn a_new_map_gets_what_the_umask_gives_every_new_file_and_percorsos_own_files_stay_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |path: &std::path::Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let expected = mode_of_a_new_file_in(dir.path());
    assert_ne!(
        expected & 0o044,
        0,
        "this test needs a umask that lets others read"
    );
    let path = dir.path().join("new.ron");
    file::save(&path, &small_map()).unwrap();
    assert_eq!(mode(&path), expected, "a colleague can open the new map");
    let private = dir.path().join("draft.ron");
    file::write_privately(&private, b"draft").unwrap();
    assert_eq!(mode(&private), 0o600, "a draft is the user's only");
    fs::set_permissions(&private, fs::Permissions::from_mode(0o640)).unwrap();
    file::write_privately(&private, b"again").unwrap();
    assert_eq!(mode(&private), 0o640, "a replaced file keeps its own mode");
}

#[test]
fn a_map_is_written_in_the_lowest_version_that_holds_it() {
    let version_1 = file::read_path(std::path::Path::new("maps/omnichannel.ron")).unwrap();
    let text_1 = file::to_canonical_string(&version_1);
    assert_eq!(
        text_1,
        fs::read_to_string("maps/omnichannel.ron").unwrap(),
        "a map without a funnel is version 1, byte for byte as before"
    );
    assert!(text_1.starts_with("#![enable(implicit_some)]\n(\n    version: 1,\n"));

    // Choosing a funnel (as the inspector does) makes it version 2, the funnel right after
    // the emotion scale's place.
    let mut info = percorso::edit::MapInfo::of(&version_1);
    info.funnel = Some(version_1.stages[0].metrics[0].name.clone());
    let mut version_2 = version_1.clone();
    let undo = percorso::edit::Edit::SetMapInfo(info)
        .apply(&mut version_2)
        .unwrap();
    assert_eq!(version_2.version, 2);
    let text_2 = file::to_canonical_string(&version_2);
    let expected_head = format!(
        "    version: 2,\n    title: \"{}\",\n    description: \"{}\",\n    funnel: \"Website visits\",\n    stages: [",
        version_1.title, version_1.description
    );
    assert!(text_2.contains(&expected_head), "{}", &text_2[..400]);
    assert_eq!(
        file::read_str(&text_2).unwrap(),
        version_2,
        "a version 2 file round-trips"
    );

    // Taking it away again writes version 1, byte for byte.
    undo.apply(&mut version_2).unwrap();
    assert_eq!(file::to_canonical_string(&version_2), text_1);

    // A version 2 file that uses nothing of version 2 is written back as version 1.
    let relabelled = text_1.replacen("version: 1,", "version: 2,", 1);
    let read = file::read_str(&relabelled).unwrap();
    assert_eq!(file::to_canonical_string(&read), text_1);
}
