//! The workshop timer through the real App, on egui's clock: T and a preset start it, it counts
//! down a frame a second, pauses, is extended, says when time is up, and then asks for no more
//! frames.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{harness, next_frame_in, press, template};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::PercorsoApp;

/// Lets `seconds` of egui time pass, a frame at a time (50 ms steps).
fn wait(harness: &mut Harness<'_, PercorsoApp>, seconds: f64) {
    let until = harness.ctx.input(|i| i.time) + seconds;
    while harness.ctx.input(|i| i.time) < until {
        harness.step();
    }
}

#[test]
fn a_timebox_counts_down_pauses_extends_and_says_when_time_is_up() {
    let mut harness = harness(template("guitar"));
    press(&mut harness, Key::T);
    harness.get_by_label("2 min").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("02:00").is_some()
            || harness.query_by_label_contains("01:59").is_some()
    );
    wait(&mut harness, 30.0);
    assert!(
        harness.query_by_label_contains("01:30").is_some(),
        "half a minute later"
    );
    harness.step();
    let delay = next_frame_in(&harness);
    assert!(
        delay > std::time::Duration::from_millis(0) && delay <= std::time::Duration::from_secs(1),
        "a running timer asks for a frame within a second, not at once: {delay:?}"
    );
    press(&mut harness, Key::T);
    harness.get_by_label("Pause / resume").click();
    harness.run();
    wait(&mut harness, 20.0);
    assert!(harness.query_by_label_contains("(paused)").is_some());
    assert!(
        harness.query_by_label_contains("01:3").is_some(),
        "paused time does not pass"
    );
    press(&mut harness, Key::T);
    harness.get_by_label("+1 min").click();
    harness.run();
    press(&mut harness, Key::T);
    harness.get_by_label("Pause / resume").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("02:3").is_some(),
        "a minute more"
    );
    wait(&mut harness, 160.0);
    assert!(harness.query_by_label("Time is up").is_some());
    harness.step();
    harness.step();
    assert_eq!(
        next_frame_in(&harness),
        std::time::Duration::MAX,
        "time up: no more frames"
    );
    press(&mut harness, Key::T);
    harness.get_by_label("Stop the timer").click();
    harness.run();
    assert!(
        harness.query_by_label("Time is up").is_none(),
        "stopped and hidden"
    );
}

#[test]
fn minutes_typed_and_enter_start_a_countdown() {
    let mut harness = harness(template("guitar"));
    press(&mut harness, Key::T);
    common::ui::type_text(&mut harness, "7");
    assert!(
        common::ui::field_shows(&harness, "7"),
        "the minutes are typed in the field"
    );
    press(&mut harness, Key::Enter);
    assert!(
        !harness.state().has_dialog(),
        "Enter started it and closed the dialog"
    );
    assert!(
        harness.query_by_label_contains("07:00").is_some()
            || harness.query_by_label_contains("06:59").is_some()
    );
}
