//! The real App driven as a user would, with `egui_kittest`: what is on screen, selection and the
//! inspector, zoom to fit, collapsing, and a file that cannot be read.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use egui::{Key, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Prefs, Selection};
use percorso::file::templates;
use percorso::layout::MapLayout;
use percorso::model::{CardId, LaneId, Map, StageId};

fn guitar() -> Map {
    templates::find("guitar").unwrap().map().unwrap()
}

fn harness(map: Map) -> Harness<'static, PercorsoApp> {
    harness_with_step(map, 0.25)
}

/// A harness whose frames are `step_dt` seconds apart (double clicks need short steps).
fn harness_with_step(map: Map, step_dt: f32) -> Harness<'static, PercorsoApp> {
    let mut harness = Harness::builder()
        .with_size(vec2(1440.0, 900.0))
        .with_step_dt(step_dt)
        .with_max_steps(40)
        .build_eframe(move |cc| PercorsoApp::with_map(&cc.egui_ctx, map, None, Prefs::default()));
    harness.run();
    harness
}

#[test]
fn stage_and_persona_names_are_on_screen() {
    let harness = harness(guitar());
    for stage in [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ] {
        harness.get_by_label(stage);
    }
    harness.get_by_label("Giulia");
    harness.get_by_label("How Giulia feels (Giulia)");
    harness.get_by_label("Pain points (Giulia)");
    harness.get_by_label("How Giulia feels at Purchase: -2 frustrated by slow pages and a failing card payment, then relieved at the second shop");
}

#[test]
fn clicking_a_card_selects_it_and_the_inspector_shows_its_fields() {
    let mut harness = harness(guitar());
    harness
        .get_by_label("YouTube reviews of beginner acoustics")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-t4")))
    );
    assert!(
        field_shows(&harness, "YouTube reviews of beginner acoustics"),
        "the text field"
    );
    assert_eq!(
        harness
            .get_by_role_and_label(egui::Role::ComboBox, "Channel")
            .value()
            .as_deref(),
        Some("Reviews")
    );
    assert_eq!(
        harness
            .get_by_role_and_label(egui::Role::ComboBox, "Evidence")
            .value()
            .as_deref(),
        Some("Observed")
    );
    assert_eq!(
        harness
            .get_by_role_and_label(egui::Role::SpinButton, "Votes")
            .value()
            .as_deref(),
        Some("2")
    );
}

#[test]
fn clicking_headers_and_points_selects_them() {
    let mut harness = harness(guitar());
    harness.get_by_label("Purchase").click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Stage(StageId::from("purchase")))
    );
    assert!(
        field_shows(&harness, "Cart abandonment"),
        "the metric is in the inspector"
    );
    assert!(field_shows(
        &harness,
        "Checkout fails at the first shop; the second one gets the sale."
    ));

    harness
        .get_by_label_contains("How Giulia feels at Retention")
        .click();
    harness.run();
    let expected = Selection::Point(LaneId::from("giulia-feel"), StageId::from("retention"));
    assert_eq!(harness.state().selection(), Some(&expected));
    assert!(field_shows(
        &harness,
        "delighted by the fast delivery and the thank-you note"
    ));

    harness.get_by_label("Giulia").click();
    harness.run();
    assert!(field_shows(
        &harness,
        "27, marketing assistant in Bologna. Has wanted to learn guitar since school; shops mostly on her phone in the evening."
    ));
}

/// Whether an inspector field shows `text`.
fn field_shows(harness: &Harness<'_, PercorsoApp>, text: &str) -> bool {
    harness
        .query_all_by_role(egui::Role::TextInput)
        .any(|node| node.value().as_deref() == Some(text))
        || harness
            .query_all_by_role(egui::Role::MultilineTextInput)
            .any(|node| node.value().as_deref() == Some(text))
}

fn map_on_screen(harness: &Harness<'_, PercorsoApp>) -> Rect {
    let app = harness.state();
    let layout = MapLayout::new(
        app.map(),
        app.view(),
        &percorso::app::EguiMeasure(&harness.ctx),
    );
    app.camera().to_screen.mul_rect(layout.rect())
}

#[test]
fn zoom_keys_then_fit_show_the_whole_map_again() {
    let mut harness = harness(guitar());
    let canvas = harness.get_by_label("Journey map").rect();
    assert!(
        canvas.contains_rect(map_on_screen(&harness)),
        "the map opens fitted"
    );
    let fitted_zoom = harness.state().camera().zoom();
    for _ in 0..4 {
        harness.key_press(Key::Plus);
        harness.run();
    }
    let zoomed = harness.state().camera().zoom();
    assert!(zoomed > fitted_zoom * 2.0, "{zoomed} vs {fitted_zoom}");
    assert!(!canvas.contains_rect(map_on_screen(&harness)));
    assert!(
        harness.query_by_label("Advocacy").is_none(),
        "zoomed in, the last stage is off screen"
    );
    harness.key_press(Key::Num0);
    harness.run();
    assert!(canvas.expand(0.5).contains_rect(map_on_screen(&harness)));
    for stage in ["Awareness", "Advocacy"] {
        harness.get_by_label(stage);
    }
}

#[test]
fn collapsing_a_persona_hides_its_lanes_and_expanding_brings_them_back() {
    let mut harness = harness(guitar());
    harness.get_by_label("Collapse Giulia").click();
    harness.run();
    assert!(harness.state().view().collapsed_personas.contains("giulia"));
    assert!(
        harness
            .query_by_label("YouTube reviews of beginner acoustics")
            .is_none()
    );
    harness.get_by_label("Expand Giulia").click();
    harness.run();
    harness.get_by_label("YouTube reviews of beginner acoustics");

    harness
        .get_by_label("Collapse lane Touchpoints of Giulia")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .view()
            .collapsed_lanes
            .contains("giulia-touch")
    );
    assert!(
        harness
            .query_by_label("YouTube reviews of beginner acoustics")
            .is_none()
    );
    harness.get_by_label("Tries to pay by card three times, gives up");
}

#[test]
fn a_file_that_cannot_be_read_shows_the_message_and_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "(version: 1,\n title: \"x\",\n stages: [(id: \"a\", name: \"A\", colour: \"#FFF\")])\n",
    )
    .unwrap();
    let mut harness = harness(guitar());
    harness.state_mut().open(&path);
    harness.run();
    let name = path.display().to_string();
    harness.get_by_label_contains(&format!(
        "{name}:3:32: error: unknown field \"colour\" in Stage"
    ));
    assert_eq!(harness.state().map().title, "Buying a guitar online");
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.query_by_label_contains("unknown field").is_none());
}

#[test]
fn double_clicking_a_stage_header_zooms_to_that_stage() {
    let mut harness = harness_with_step(guitar(), 0.02);
    let fitted = harness.state().camera().zoom();
    harness.get_by_label("Purchase").click();
    harness.step();
    harness.get_by_label("Purchase").click();
    for _ in 0..100 {
        harness.step();
    }
    let app = harness.state();
    assert!(app.camera().zoom() > fitted * 2.0, "zoomed in on the stage");
    let layout = MapLayout::new(
        app.map(),
        app.view(),
        &percorso::app::EguiMeasure(&harness.ctx),
    );
    let column = app.camera().to_screen.mul_rect(layout.column_rect(2));
    let canvas = harness.get_by_label("Journey map").rect();
    assert!(
        (column.center().x - canvas.center().x).abs() < 1.0,
        "the stage is centred"
    );
    assert!(
        harness.query_by_label("Awareness").is_none(),
        "other stages are off screen"
    );
}

#[test]
fn collapsed_lanes_are_remembered_per_file_not_in_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guitar.ron");
    std::fs::write(&path, templates::find("guitar").unwrap().text).unwrap();
    let open = |prefs: Prefs| {
        let path = path.clone();
        let mut harness = Harness::builder()
            .with_size(vec2(1440.0, 900.0))
            .build_eframe(move |cc| {
                let mut app = PercorsoApp::with_map(&cc.egui_ctx, Map::new(""), None, prefs);
                app.open(&path);
                app
            });
        harness.run();
        harness
    };
    let mut first = open(Prefs::default());
    first
        .get_by_label("Collapse lane Actions of Giulia")
        .click();
    first.run();
    let prefs = first.state().prefs().clone();
    assert_eq!(prefs.last_file.as_deref(), Some(path.as_path()));
    let second = open(prefs);
    assert!(
        second
            .state()
            .view()
            .collapsed_lanes
            .contains("giulia-actions")
    );
    second.get_by_label("Expand lane Actions of Giulia");
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        on_disk,
        templates::find("guitar").unwrap().text,
        "the map file is untouched"
    );
}

#[test]
fn the_inspector_never_pushes_into_the_canvas_whatever_it_shows() {
    let mut harness = harness(guitar());
    let expected_right = 1440.0 - 330.0;
    let check = |harness: &Harness<'_, PercorsoApp>, what: &str| {
        let canvas = harness.get_by_label("Journey map").rect();
        assert!(
            (canvas.max.x - expected_right).abs() < 0.5,
            "{what}: the canvas ends at {}",
            canvas.max.x
        );
    };
    check(&harness, "the map");
    for label in [
        "Purchase",
        "Giulia",
        "YouTube reviews of beginner acoustics",
    ] {
        harness.get_by_label(label).click();
        harness.run();
        check(&harness, label);
    }
    harness
        .get_by_label_contains("How Giulia feels at Purchase")
        .click();
    harness.run();
    check(&harness, "an emotion point");
    harness.get_by_label("Pain points (Giulia)").click();
    harness.run();
    check(&harness, "a lane");
}
