//! The real binary killed with SIGKILL in the middle of editing: started again, it offers the
//! draft, and restoring it brings the edit back.
//!
//! It runs the editor window under its own Xvfb and types with xdotool, as a user would. Without
//! Xvfb, xdotool or a graphics adapter it says so and skips, unless `CI` is set (`.ci/run`
//! installs them), where that is a failure.

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use std::path::Path;
use std::time::Duration;

use common::window::{Home, display};
use percorso::safety::drafts;

/// The drafts in `data`, with their files' names.
fn drafts_in(data: &Path) -> Vec<(String, drafts::Draft)> {
    let Ok(entries) = std::fs::read_dir(data.join("drafts")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
        .filter_map(|e| {
            let draft = drafts::read(&e.path()).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), draft))
        })
        .collect()
}

#[test]
fn a_map_edited_then_killed_is_offered_again_with_the_edit() {
    let Some(display) = display(1600, 1000) else {
        return;
    };
    let home = Home::new();
    let data = home.data();
    let map = home.file("client.ron");
    std::fs::copy("maps/guitar.ron", &map).unwrap();

    // Edit: add a stage through the command palette.
    let mut first = home.editor(&display, &[map.as_os_str()], "first.log");
    let win = display.window("client.ron", &home.file("first.log"));
    std::thread::sleep(Duration::from_secs(1));
    display.keys(
        &win,
        &[
            &["key", "ctrl+k"],
            &["type", "add stage"],
            &["key", "Return"],
        ],
    );
    let (name, draft) = common::wait_until("the draft", Duration::from_secs(30), || {
        drafts_in(&data)
            .into_iter()
            .find(|(_, d)| d.map.stages.len() == 6)
    })
    .unwrap();
    assert_eq!(draft.original.as_deref(), Some(map.as_path()));
    assert!(name.starts_with(&format!("{}-", first.id())), "{name}");

    // SIGKILL: nothing runs after it.
    first.kill().unwrap();
    first.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        std::fs::read_to_string("maps/guitar.ron").unwrap()
    );

    // Started again, the draft is offered; Tab to "Restore" and press it.
    let mut second = home.editor(&display, &[map.as_os_str()], "second.log");
    let win = display.window("client.ron", &home.file("second.log"));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(drafts_in(&data).len(), 1, "offered, not yet taken");
    display.keys(&win, &[&["key", "Tab"], &["key", "Return"]]);
    let title = common::wait_until("the restored map", Duration::from_secs(30), || {
        let title = display.title(&win);
        title.starts_with("• client.ron").then_some(title)
    });
    let taken = common::wait_until("the draft taken over", Duration::from_secs(10), || {
        drafts_in(&data)
            .into_iter()
            .find(|(name, _)| name.starts_with(&format!("{}-", second.id())))
    });
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(
        title.unwrap(),
        "• client.ron — Buying a guitar online — Percorso"
    );
    let (_, taken) = taken.unwrap();
    assert_eq!(taken.map.stages.len(), 6, "the edit is back");
    assert_eq!(
        drafts_in(&data).len(),
        1,
        "the old draft became the new window's"
    );
}
