//! What README.md promises of the pointer, through the real App: the palette's emotion point
//! dropped at a height, the drop highlight and the refusal, clicking palette tiles, ctrl-click,
//! persona headers reordered, a click in an emotion lane, panning, zooming about the pointer,
//! double clicks on the background and on a persona, and hover texts.

#![allow(clippy::unwrap_used)]
// Test setup fails loudly by design.
// Screen points turned into the pixels of a rendered image: small, positive, rounded down.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

mod common;

use common::ui::{
    WINDOW, canvas, double_click, double_click_at, drag, drag_and_look, harness, harness_sized,
    layout, on_screen, rect_on_screen, settle, template, undo,
};
use egui::{CursorIcon, Modifiers, Pos2, Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Selection};
use percorso::layout::{BAND_GAP, emotion_y};
use percorso::model::{CardId, CardKind, StageId};

/// What the canvas says (to screen readers) about the drag in progress.
fn canvas_says(harness: &Harness<'_, PercorsoApp>) -> String {
    harness
        .get_by_label("Journey map")
        .value()
        .unwrap_or_default()
}

fn cursor(harness: &Harness<'_, PercorsoApp>) -> CursorIcon {
    harness.output().platform_output.cursor_icon
}

#[test]
fn an_emotion_point_from_the_palette_lands_at_the_height_of_the_feeling() {
    let mut harness = harness(template("blank"));
    let layout = layout(&harness);
    let row = layout.bands[0].rows[1].clone();
    assert!(row.emotions);
    let scale = harness.state().map().emotion_scale;
    let x = layout.columns[2].x.center();
    let tile = harness.get_by_label("Emotion point").rect().center();
    let at = on_screen(&harness, Pos2::new(x, emotion_y(row.y, -1.0, scale) + 2.0));
    drag_and_look(&mut harness, tile, at, |harness| {
        assert_eq!(
            canvas_says(harness),
            "Emotion point: drop in Emotions of Persona at Purchase, value -1"
        );
        assert_eq!(cursor(harness), CursorIcon::Grabbing);
    });
    let points = &harness.state().map().personas[0].lanes[1].points;
    assert_eq!(points.len(), 1);
    assert_eq!(
        (points[0].stage.as_str(), points[0].value),
        ("purchase", -1)
    );
    let top = on_screen(
        &harness,
        Pos2::new(layout.columns[0].x.center(), row.y.min + 3.0),
    );
    drag(&mut harness, tile, top);
    let points = &harness.state().map().personas[0].lanes[1].points;
    assert_eq!(
        (points[0].stage.as_str(), points[0].value),
        ("awareness", 2),
        "the top of the lane is the scale's top, and points stay in stage order"
    );
}

#[test]
fn a_card_tile_over_a_cell_shows_where_it_lands_and_over_a_header_is_refused() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let tile = harness.get_by_label("Pain point card").rect().center();
    let cell = rect_on_screen(&harness, layout.cell_rect(0, 4, 0));
    drag_and_look(&mut harness, tile, cell.center(), |harness| {
        assert_eq!(
            canvas_says(harness),
            "Pain point card: drop into Pain points of Giulia at Awareness, place 1"
        );
        assert_eq!(cursor(harness), CursorIcon::Grabbing);
    });
    assert_eq!(harness.state().map().personas[0].lanes[4].cards.len(), 6);
    common::ui::press(&mut harness, egui::Key::Escape);
    let before = harness.state().map().clone();
    let header = rect_on_screen(&harness, layout.stage_header_rect(1)).center();
    drag_and_look(&mut harness, tile, header, |harness| {
        assert_eq!(
            canvas_says(harness),
            "Pain point card: cannot be dropped here"
        );
        assert_eq!(cursor(harness), CursorIcon::NoDrop);
    });
    assert!(*harness.state().map() == before, "nothing happens");
    let emotions = rect_on_screen(&harness, layout.cell_rect(0, 3, 1)).center();
    drag_and_look(&mut harness, tile, emotions, |harness| {
        assert_eq!(
            cursor(harness),
            CursorIcon::NoDrop,
            "no cards in an emotion lane"
        );
    });
    assert!(*harness.state().map() == before);
}

#[test]
fn the_drop_highlight_is_drawn_over_the_cell() {
    if !common::can_render() {
        return;
    }
    let mut harness = harness(template("blank"));
    let layout = layout(&harness);
    let cell = rect_on_screen(&harness, layout.cell_rect(0, 0, 3));
    let probe = (cell.left_top() + vec2(20.0, 20.0)) * harness.ctx.pixels_per_point();
    let pixel = |image: &image::RgbaImage| image.get_pixel(probe.x as u32, probe.y as u32).0;
    let plain = pixel(&harness.render().unwrap());
    let tile = harness.get_by_label("Note card").rect().center();
    let mut lit = plain;
    drag_and_look(&mut harness, tile, cell.center(), |harness| {
        lit = pixel(&harness.render().unwrap());
    });
    assert!(
        lit[2] > lit[0] + 10 && plain[0].abs_diff(plain[2]) < 4,
        "the empty cell is tinted with the selection blue while a card hovers over it: {plain:?} then {lit:?}"
    );
}

#[test]
fn clicking_palette_tiles_adds_at_a_sensible_place() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Stage").click();
    harness.run();
    assert_eq!(
        harness.state().map().stages.last().unwrap().name,
        "New stage"
    );
    harness
        .get_by_label("Tries to pay by card three times, gives up")
        .click();
    harness.run();
    harness.get_by_label("Thought card").click();
    harness.run();
    let Some(Selection::Card(added)) = harness.state().selection().cloned() else {
        panic!("the new card is selected");
    };
    let actions = &harness.state().map().personas[0].lanes[1];
    let added = actions.cards.iter().find(|c| c.id == added).unwrap();
    assert_eq!(
        (added.stage.as_str(), added.kind),
        ("purchase", Some(CardKind::Thought)),
        "a card goes into the selected card's cell"
    );
    assert_eq!(actions.cards.len(), 10);
    harness
        .get_by_role_and_label(Role::Button, "Giulia")
        .click();
    harness.run();
    harness.get_by_label("Backstage lane").click();
    harness.run();
    let lanes = &harness.state().map().personas[0].lanes;
    assert_eq!(
        lanes.len(),
        8,
        "a lane goes at the end of the selected persona"
    );
    assert_eq!(lanes[7].kind.display_name(), "Backstage");
    common::ui::press(&mut harness, egui::Key::Escape);
    harness.get_by_label("Emotion point").click();
    harness.run();
    harness.get_by_label("Where does the emotion go?");
    harness.get_by_label("OK").click();
    harness.run();
    harness.get_by_label("Opportunity card").click();
    harness.run();
    harness.get_by_label("Where should the opportunity go?");
}

#[test]
fn ctrl_click_adds_a_card_to_the_selection_and_takes_it_off_again() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    harness
        .get_by_label("Recommends the shop to friends")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    assert_eq!(
        harness.state().selections(),
        [
            Selection::Card(CardId::from("g-t15")),
            Selection::Card(CardId::from("g-t14"))
        ]
    );
    harness.get_by_label("2 elements selected");
    harness
        .get_by_label("Writes a five-star review")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    assert_eq!(
        harness.state().selections(),
        [Selection::Card(CardId::from("g-t14"))]
    );
}

#[test]
fn a_persona_dragged_by_its_header_moves_below_the_other() {
    let mut harness = harness(template("omnicanale"));
    let layout = layout(&harness);
    let from = on_screen(&harness, layout.persona_header_rect(0).center());
    let below = Pos2::new(layout.columns[1].x.center(), layout.size.y - BAND_GAP);
    let to = on_screen(&harness, below);
    drag(&mut harness, from, to);
    let names: Vec<&str> = harness
        .state()
        .map()
        .personas
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Davide, showroomer", "Chiara, cliente ROPO"]);
    undo(&mut harness);
    assert!(*harness.state().map() == template("omnicanale"));
}

#[test]
fn a_click_in_an_emotion_lane_sets_that_stage_s_value() {
    let mut harness = harness(template("ecommerce"));
    let layout = layout(&harness);
    let row = layout.bands[0].rows[2].clone();
    let scale = harness.state().map().emotion_scale;
    let stage = 3;
    let lane = &harness.state().map().personas[0].lanes[2];
    let before = lane
        .points
        .iter()
        .find(|p| p.stage.as_str() == "support")
        .map(|p| p.value);
    let x = layout.columns[stage].x.min + 30.0;
    let at = on_screen(&harness, Pos2::new(x, emotion_y(row.y, 2.0, scale)));
    common::ui::click_at(&mut harness, at);
    let lane = &harness.state().map().personas[0].lanes[2];
    let point = lane
        .points
        .iter()
        .find(|p| p.stage.as_str() == "support")
        .unwrap();
    assert_ne!(before, Some(2));
    assert_eq!(point.value, 2);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Point(lane.id.clone(), StageId::from("support")))
    );
    undo(&mut harness);
    let lane = &harness.state().map().personas[0].lanes[2];
    assert_eq!(
        lane.points
            .iter()
            .find(|p| p.stage.as_str() == "support")
            .map(|p| p.value),
        before
    );
}

#[test]
fn dragging_the_background_or_scrolling_pans_and_ctrl_scroll_zooms_about_the_pointer() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let corner = layout.rect().min;
    let start = on_screen(&harness, corner);
    let empty = on_screen(
        &harness,
        Pos2::new(layout.columns[4].x.center(), layout.size.y - 3.0),
    );
    drag(&mut harness, empty, empty + vec2(-120.0, -40.0));
    let moved = on_screen(&harness, corner) - start;
    assert!(
        (moved - vec2(-120.0, -40.0)).length() < 2.0,
        "the map follows the hand: {moved:?}"
    );
    let before = on_screen(&harness, corner);
    harness.hover_at(canvas(&harness).center());
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: vec2(0.0, -60.0),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    for _ in 0..20 {
        harness.step();
    }
    assert!(
        on_screen(&harness, corner).y < before.y - 20.0,
        "scrolling down shows more below: {before:?} then {:?}",
        on_screen(&harness, corner)
    );
    let pointer = canvas(&harness).center() + vec2(100.0, 50.0);
    harness.hover_at(pointer);
    harness.run();
    let under = harness.state().camera().to_screen.inverse() * pointer;
    let zoom = harness.state().camera().zoom();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: vec2(0.0, 100.0),
        modifiers: Modifiers::COMMAND,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    for _ in 0..20 {
        harness.step();
    }
    let camera = harness.state().camera();
    assert!(camera.zoom() > zoom * 1.1, "ctrl + scroll zooms in");
    assert!(
        ((camera.to_screen * under) - pointer).length() < 1.0,
        "the point under the pointer stays put"
    );
}

#[test]
fn a_double_click_on_the_background_shows_the_whole_map_again() {
    let mut harness = harness_sized(template("guitar"), WINDOW, 0.02);
    let fitted = harness.state().camera().zoom();
    for _ in 0..3 {
        common::ui::press(&mut harness, egui::Key::Minus);
    }
    settle(&mut harness, 200);
    let map = rect_on_screen(&harness, layout(&harness).rect());
    let from = map.center();
    drag(&mut harness, from, from + vec2(250.0, 120.0));
    let desk = canvas(&harness).min + vec2(40.0, 40.0);
    assert!(
        !rect_on_screen(&harness, layout(&harness).rect()).contains(desk),
        "the pointer is on the desk around the map"
    );
    double_click_at(&mut harness, desk);
    settle(&mut harness, 200);
    assert!((harness.state().camera().zoom() / fitted - 1.0).abs() < 0.01);
    let map = rect_on_screen(&harness, layout(&harness).rect());
    assert!(
        canvas(&harness).expand(0.5).contains_rect(map),
        "the whole map is in view"
    );
}

#[test]
fn a_double_click_on_a_persona_shows_its_band_whole_below_the_header_row() {
    let mut harness = harness_sized(template("omnicanale"), WINDOW, 0.02);
    double_click(&mut harness, "Davide, showroomer");
    settle(&mut harness, 200);
    let layout = layout(&harness);
    let band = rect_on_screen(&harness, layout.band_rect(1));
    let canvas = canvas(&harness);
    let zoom = harness.state().camera().zoom();
    let header_bottom = canvas.min.y + layout.header_height * zoom;
    assert!(
        band.min.y >= header_bottom - 0.5 && band.max.y <= canvas.max.y + 0.5,
        "the band {band:?} is below the header row ({header_bottom}) and above the bottom"
    );
    assert!(band.min.x >= canvas.min.x - 0.5 && band.max.x <= canvas.max.x + 0.5);
    assert!(
        zoom > 0.5,
        "the band is shown larger than the whole map was: {zoom}"
    );
}

/// Rests the pointer on `label` until its hover text shows.
fn hover_text_of(harness: &mut Harness<'_, PercorsoApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).hover();
    for _ in 0..30 {
        harness.step();
    }
}

#[test]
fn hovering_a_persona_a_card_or_an_emotion_face_tells_more() {
    let mut harness = harness(template("guitar"));
    hover_text_of(&mut harness, "Giulia");
    harness.get_by_label_contains("27, marketing assistant in Bologna.");
    harness.get_by_label_contains("“I don't want to overspend on my first guitar");
    harness.get_by_label_contains("• Find a good first acoustic guitar under 300 euro");
    let mut harness = harness_sized(template("guitar"), WINDOW, 0.05);
    hover_text_of(
        &mut harness,
        "Card payment fails every time, no explanation",
    );
    harness.get_by_label_contains("the support chat is closed after 8 pm");
    let mut harness = harness_sized(template("guitar"), WINDOW, 0.05);
    hover_text_of(
        &mut harness,
        "How Giulia feels at Retention: 2 delighted by the fast delivery and the thank-you note",
    );
    harness.get_by_label("Retention: 2 delighted by the fast delivery and the thank-you note");
}
