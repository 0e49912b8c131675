//! The real App driven as a user would, with `egui_kittest`: what is on screen, selection and the
//! inspector, zoom to fit, collapsing, and a file that cannot be read.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{WINDOW, double_click, field_shows, harness_sized, layout, settle, template};
use egui::{Key, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Prefs, Selection};
use percorso::file::templates;
use percorso::layout::{CARD_TEXT_SIZE, GUTTER_WIDTH};
use percorso::model::{CardId, LaneId, Map, StageId};

fn guitar() -> Map {
    template("guitar")
}

fn harness(map: Map) -> Harness<'static, PercorsoApp> {
    harness_sized(map, WINDOW, 0.25)
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

fn map_on_screen(harness: &Harness<'_, PercorsoApp>) -> Rect {
    harness
        .state()
        .camera()
        .to_screen
        .mul_rect(layout(harness).rect())
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

/// Where the pinned lane gutter ends on screen (x), and where the pinned header row ends (y).
fn pinned_edges(harness: &Harness<'_, PercorsoApp>) -> (f32, f32) {
    let canvas = harness.get_by_label("Journey map").rect();
    let camera = harness.state().camera();
    let visible = camera.visible_in_map(canvas);
    let (left, top) = (visible.min.x.max(0.0), visible.min.y.max(0.0));
    let corner =
        camera.to_screen * egui::pos2(left + GUTTER_WIDTH, top + layout(harness).header_height);
    (corner.x, corner.y)
}

/// Double-clicks a stage's header and checks that the whole column is in view beside the
/// pinned gutter (none of it behind the gutter or the header row), in big type.
fn zoom_to_stage_shows_it_whole(map: Map, stage: &str, column: usize) {
    let mut harness = harness_sized(map, WINDOW, 0.02);
    let fitted = harness.state().camera().zoom();
    double_click(&mut harness, stage);
    settle(&mut harness, 200);
    let zoom = harness.state().camera().zoom();
    assert!(zoom > fitted * 2.0, "{stage}: zoomed in on the stage");
    assert!(
        CARD_TEXT_SIZE * zoom >= 21.0,
        "{stage}: card text at presentation size, {} points",
        CARD_TEXT_SIZE * zoom
    );
    let canvas = harness.get_by_label("Journey map").rect();
    let (gutter_right, header_bottom) = pinned_edges(&harness);
    let layout = layout(&harness);
    let to_screen = harness.state().camera().to_screen;
    let header = to_screen.mul_rect(layout.stage_header_rect(column));
    assert!(
        header.min.x >= gutter_right - 0.5 && header.max.x <= canvas.max.x + 0.5,
        "{stage}: its header {header:?} is right of the gutter ({gutter_right}) and inside the canvas {canvas:?}"
    );
    assert!(
        (header.min.y - canvas.min.y).abs() < 0.5,
        "{stage}: its header is at the top"
    );
    let name = harness
        .get_by_role_and_label(egui::Role::Button, stage)
        .rect();
    assert!(
        name.min.x >= gutter_right - 0.5,
        "{stage}: the header widget is not under the gutter"
    );
    for (band, band_layout) in layout.bands.iter().enumerate() {
        for row in 0..band_layout.rows.len() {
            let cell = to_screen.mul_rect(layout.cell_rect(band, row, column));
            assert!(
                cell.min.x >= gutter_right - 0.5 && cell.max.x <= canvas.max.x + 0.5,
                "{stage}: cell {band}/{row} at {cell:?} is beside the gutter, in the canvas"
            );
            assert!(
                cell.min.y >= header_bottom - 0.5,
                "{stage}: cell {band}/{row} is below the header row"
            );
        }
    }
}

#[test]
fn double_clicking_a_stage_header_zooms_to_that_stage_beside_the_lane_titles() {
    zoom_to_stage_shows_it_whole(guitar(), "Purchase", 2);
    zoom_to_stage_shows_it_whole(template("omnicanale"), "Scoperta", 0);
    zoom_to_stage_shows_it_whole(template("ecommerce"), "Advocacy", 5);
}

#[test]
fn double_clicking_a_stage_header_leaves_the_other_stages_off_screen() {
    let mut harness = harness_sized(guitar(), WINDOW, 0.02);
    double_click(&mut harness, "Purchase");
    settle(&mut harness, 200);
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

#[test]
fn double_clicking_a_stage_header_also_selects_the_stage() {
    let mut harness = harness_sized(guitar(), WINDOW, 0.02);
    double_click(&mut harness, "Purchase");
    settle(&mut harness, 200);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Stage(StageId::from("purchase"))),
        "the inspector shows the stage zoomed to"
    );
}
