//! The real binary started as a user starts it, twice: the first start shows the guitar sample,
//! the second reopens the last map with its folded lanes and the theme chosen, from eframe's
//! own storage in the user's home; `percorso --recover DRAFT` opens a draft left behind; and
//! `percorso present FILE` fills the screen (under a window manager), walks on, and gives the
//! window back at Esc; `percorso --lang it` speaks Italian whatever the environment says.
//!
//! See `common::window` for what these tests need and when they skip.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]
// Test setup fails loudly by design.
// Screen points turned into the pixels of a rendered image: small, positive, rounded down.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

mod common;

use std::time::{Duration, SystemTime};

use common::window::{Home, display, ended};
use egui_kittest::kittest::Queryable;
use percorso::file;
use percorso::safety::{DataDir, disk::DiskStamp, drafts};

/// Where the chevron that folds the guitar's Actions lane is in a window of the default size,
/// asked of the same App (same fonts, same layout) driven by kittest.
fn actions_chevron() -> egui::Pos2 {
    let harness = common::ui::harness(common::ui::template("guitar"));
    harness
        .get_by_label("Collapse lane Actions of Giulia")
        .rect()
        .center()
}

/// The share of pixels that differ between two screenshots, inside `area`.
fn difference(a: &image::RgbaImage, b: &image::RgbaImage, area: egui::Rect) -> f64 {
    let (mut differ, mut total) = (0_u32, 0_u32);
    for y in area.min.y as u32..area.max.y as u32 {
        for x in area.min.x as u32..area.max.x as u32 {
            total += 1;
            let (p, q) = (a.get_pixel(x, y).0, b.get_pixel(x, y).0);
            if p.iter().zip(q).any(|(u, v)| u.abs_diff(v) > 16) {
                differ += 1;
            }
        }
    }
    f64::from(differ) / f64::from(total.max(1))
}

#[test]
fn the_second_start_reopens_the_last_map_folded_and_dark_as_it_was_left() {
    let Some(display) = display(1440, 900) else {
        return;
    };
    let home = Home::new();
    let saved = home.file("guitar.ron");
    let chevron = actions_chevron();
    let canvas = egui::Rect::from_min_max(egui::pos2(175.0, 60.0), egui::pos2(1105.0, 895.0));

    let mut first = home.editor(&display, &[], "first.log");
    let win = display.window("Untitled", &home.file("first.log"));
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        display.title(&win),
        "Untitled — Buying a guitar online — Percorso",
        "the first start shows the guitar sample"
    );
    let unfolded = display.screenshot();
    let path = saved.display().to_string();
    display.keys(
        &win,
        &[
            &["key", "ctrl+shift+s"],
            &["key", "ctrl+a"],
            &["type", &path],
            &["key", "Return"],
        ],
    );
    common::wait_until("the map saved", Duration::from_secs(20), || {
        display
            .title(&win)
            .starts_with("guitar.ron — ")
            .then_some(())
    })
    .unwrap();
    let (x, y) = (chevron.x.to_string(), chevron.y.to_string());
    display.keys(
        &win,
        &[
            &["mousemove", &x, &y],
            &["click", "1"],
            &["mousemove", "1420", "880"],
            &["key", "ctrl+k"],
            &["type", "dark theme"],
            &["key", "Return"],
            // Fitted, as a map opens: the two screenshots then show the same view.
            &["key", "0"],
        ],
    );
    let left = display.settled_screenshot();
    assert!(
        difference(&unfolded, &left, canvas) > 0.3,
        "folding and the dark theme change the canvas"
    );
    display.keys(&win, &[&["key", "ctrl+q"]]);
    assert!(
        ended(&mut first),
        "Ctrl+Q closes a window without unsaved changes"
    );
    let stored = home.home().join(".local/share/percorso/app.ron");
    let prefs = std::fs::read_to_string(&stored).unwrap_or_else(|err| {
        panic!(
            "eframe keeps the preferences in {}: {err}",
            stored.display()
        )
    });
    assert!(
        prefs.contains("guitar.ron"),
        "the recent map is remembered: {prefs}"
    );

    let mut second = home.editor(&display, &[], "second.log");
    let win = display.window("guitar.ron", &home.file("second.log"));
    let again = display.settled_screenshot();
    let title = display.title(&win);
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(title, "guitar.ron — Buying a guitar online — Percorso");
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    left.save(shots.join("window-first-start.png")).unwrap();
    again.save(shots.join("window-second-start.png")).unwrap();
    assert!(
        difference(&left, &again, canvas) < 0.002,
        "the map comes back as it was left: folded, dark ({:.4} of the canvas differs; see window-*-start.png in {})",
        difference(&left, &again, canvas),
        shots.display()
    );
    assert_eq!(
        file::read_path(&saved).unwrap(),
        common::ui::template("guitar")
    );
}

#[test]
fn recover_opens_a_draft_left_behind_as_unsaved_changes_to_its_file() {
    let Some(display) = display(1440, 900) else {
        return;
    };
    let home = Home::new();
    let original = home.file("client.ron");
    std::fs::copy("maps/guitar.ron", &original).unwrap();
    let mut changed = common::ui::template("guitar");
    changed.stages[0].name = "Discovery".to_owned();
    let base = DiskStamp::read(&original).unwrap().map(|s| s.digest());
    let draft = drafts::draft_path(&DataDir::new(home.data()), "999999-1");
    let written = SystemTime::now() - Duration::from_mins(5);
    drafts::write(
        &draft,
        &drafts::draft_text(&changed, Some(&original), base, written),
    )
    .unwrap();

    let mut editor = home.editor(
        &display,
        &["--recover".as_ref(), draft.as_os_str()],
        "recover.log",
    );
    let win = display.window("client.ron", &home.file("recover.log"));
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        display.title(&win),
        "• client.ron — Buying a guitar online — Percorso",
        "the draft's changes, not yet saved"
    );
    display.keys(&win, &[&["key", "ctrl+s"]]);
    common::wait_until("the save", Duration::from_secs(20), || {
        (!display.title(&win).starts_with('•')).then_some(())
    })
    .unwrap();
    display.keys(&win, &[&["key", "ctrl+q"]]);
    assert!(ended(&mut editor));
    assert_eq!(
        file::read_path(&original).unwrap().stages[0].name,
        "Discovery"
    );
    assert!(!draft.exists(), "a saved draft is gone");
}

#[test]
fn percorso_present_fills_the_screen_walks_on_with_the_arrow_and_esc_returns_to_the_editor() {
    let Some(display) = common::window::managed_display(1920, 1080) else {
        return;
    };
    let home = Home::new();
    let mut editor = home.editor(
        &display,
        &["present".as_ref(), "maps/guitar.ron".as_ref()],
        "present.log",
    );
    let win = display.window("guitar.ron", &home.file("present.log"));
    let full = |wanted: bool| {
        common::wait_until(
            "the window's full screen to change",
            Duration::from_secs(20),
            || ((display.size(&win) == (1920, 1080)) == wanted).then_some(()),
        )
        .unwrap();
    };
    full(true);
    let whole = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    let first_stage = display.settled_screenshot();

    display.keys(&win, &[&["key", "Right"]]);
    let second_stage = display.settled_screenshot();
    assert!(
        difference(&first_stage, &second_stage, whole) > 0.02,
        "→ shows the next stage"
    );

    display.keys(&win, &[&["key", "Escape"]]);
    full(false);
    let (width, height) = display.size(&win);
    assert!(
        width < 1920 && height < 1080,
        "a window again: {width} x {height}"
    );
    let editing = display.settled_screenshot();
    #[allow(clippy::cast_precision_loss)] // A window's width, far below 2^23.
    let top = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width as f32, 24.0));
    assert!(
        difference(&second_stage, &editing, top) > 0.02,
        "the menu bar is back at the top"
    );

    display.keys(&win, &[&["key", "F5"]]);
    full(true);
    display.keys(&win, &[&["key", "ctrl+q"]]);
    assert!(ended(&mut editor), "Ctrl+Q ends the presentation's window");
}

#[test]
fn lang_on_the_command_line_is_the_window_s_language() {
    let Some(display) = display(1440, 900) else {
        return;
    };
    let home = Home::new();
    // The editor's environment says English (`PERCORSO_LANG=en`); the command line wins.
    let args = [std::ffi::OsStr::new("--lang"), std::ffi::OsStr::new("it")];
    let mut editor = home.editor(&display, &args, "italian.log");
    let win = display.window("Senza titolo", &home.file("italian.log"));
    assert_eq!(
        display.title(&win),
        "Senza titolo — Comprare una chitarra online — Percorso",
        "the Italian window opens the Italian sample"
    );
    display.keys(&win, &[&["key", "ctrl+q"]]);
    assert!(ended(&mut editor), "Ctrl+Q closes it");
}
