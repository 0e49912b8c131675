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
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use percorso::safety::drafts;

/// An X server of this test's own.
struct Display {
    name: String,
    server: Child,
}

impl Drop for Display {
    fn drop(&mut self) {
        // SIGTERM, so that Xvfb removes its lock and socket.
        let pid = self.server.id().to_string();
        let _ = Command::new("kill").arg(&pid).status();
        let _ = self.server.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Starts Xvfb on a free display, or says why not.
fn start_display() -> Result<Display, String> {
    for tool in ["Xvfb", "xdotool"] {
        if !have(tool) {
            return Err(format!("{tool} is not installed"));
        }
    }
    // Xvfb picks a free display itself and prints its number once it accepts connections.
    let mut server = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-noreset",
            "-screen",
            "0",
            "1600x1000x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("Xvfb did not start: {err}"))?;
    let mut number = String::new();
    if let Some(out) = server.stdout.take() {
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut number);
    }
    let number = number.trim().to_owned();
    let display = Display {
        name: format!(":{number}"),
        server,
    };
    if number.is_empty() {
        return Err("Xvfb did not say which display it serves".to_owned());
    }
    Ok(display)
}

fn xdotool(display: &Display, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &display.name)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The id of the window whose title contains `title`, once it is there; on failure, says what
/// the editor printed to `log`.
fn window(display: &Display, title: &str, log: &Path) -> String {
    let found = common::wait_until(
        &format!("a window titled {title:?}"),
        Duration::from_secs(90),
        || {
            let found = xdotool(display, &["search", "--name", title]);
            found.lines().next().map(str::to_owned)
        },
    );
    found.unwrap_or_else(|err| {
        let printed = std::fs::read_to_string(log).unwrap_or_default();
        panic!("{err} on {}; the editor printed:\n{printed}", display.name)
    })
}

/// Focuses `window` and presses or types, a step at a time.
fn keys(display: &Display, window: &str, steps: &[&[&str]]) {
    xdotool(display, &["windowfocus", "--sync", window]);
    for step in steps {
        std::thread::sleep(Duration::from_millis(400));
        xdotool(display, step);
    }
}

/// Starts the editor on `map`; what it prints goes to `log`, to tell why when a step fails.
fn editor(display: &Display, home: &Path, data: &Path, map: &Path, log: &Path) -> Child {
    let log = std::fs::File::create(log).unwrap();
    Command::new(env!("CARGO_BIN_EXE_percorso"))
        .arg(map)
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PERCORSO_DATA_DIR", data)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

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
    if !common::can_render() {
        return;
    }
    let display = match start_display() {
        Ok(display) => display,
        Err(reason) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: {reason}");
            return;
        }
        Err(reason) => panic!("CI must run the real window: {reason}"),
    };
    let folder = tempfile::tempdir().unwrap();
    let (home, data) = (folder.path().join("home"), folder.path().join("data"));
    let map = folder.path().join("client.ron");
    std::fs::copy("maps/guitar.ron", &map).unwrap();

    // Edit: add a stage through the command palette.
    let first_log = folder.path().join("first.log");
    let mut first = editor(&display, &home, &data, &map, &first_log);
    let win = window(&display, "client.ron", &first_log);
    std::thread::sleep(Duration::from_secs(1));
    keys(
        &display,
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
    let second_log = folder.path().join("second.log");
    let mut second = editor(&display, &home, &data, &map, &second_log);
    let win = window(&display, "client.ron", &second_log);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(drafts_in(&data).len(), 1, "offered, not yet taken");
    keys(&display, &win, &[&["key", "Tab"], &["key", "Return"]]);
    let title = common::wait_until("the restored map", Duration::from_secs(30), || {
        let title = xdotool(&display, &["getwindowname", &win]);
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
