//! Presentation mode through the real App: F5 in and Esc out, the walk through the stages (what
//! is on screen at each step: the stage's header and cards, beside the lane titles and never
//! under them), one persona or all, and editing while presenting.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{canvas, harness_sized, press, press_with, settle, template, undo};
use egui::{Key, Modifiers, Rect, Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::PercorsoApp;

/// A projector's screen.
const SCREEN: egui::Vec2 = vec2(1920.0, 1080.0);

fn presenting(name: &str) -> Harness<'static, PercorsoApp> {
    let mut harness = harness_sized(template(name), SCREEN, 0.05);
    press(&mut harness, Key::F5);
    settle(&mut harness, 60);
    assert!(harness.state().is_presenting());
    harness
}

/// Where the element called `label` is on screen.
fn rect_of(harness: &Harness<'_, PercorsoApp>, role: Role, label: &str) -> Rect {
    harness.get_by_role_and_label(role, label).rect()
}

/// The right edge of the lane titles, wherever they are drawn.
fn gutter_right(harness: &Harness<'_, PercorsoApp>, lane_title: &str) -> f32 {
    rect_of(harness, Role::Button, lane_title).max.x
}

/// Checks that the stage `stage` and the cards `cards` are on screen, right of the lane titles.
fn shows(harness: &Harness<'_, PercorsoApp>, stage: &str, cards: &[&str], lane_title: &str) {
    let screen = canvas(harness);
    let gutter = gutter_right(harness, lane_title);
    let header = rect_of(harness, Role::Button, stage);
    assert!(
        screen.contains_rect(header),
        "{stage}'s header {header:?} is off {screen:?}"
    );
    assert!(
        header.min.x >= gutter - 1.0,
        "{stage}'s header {header:?} is under the lane titles"
    );
    for card in cards {
        let rect = rect_of(harness, Role::Button, card);
        assert!(
            screen.contains(rect.left_top()),
            "{card} {rect:?} is off screen"
        );
        assert!(
            rect.min.x >= gutter - 1.0,
            "{card} {rect:?} is under the lane titles"
        );
    }
}

#[test]
fn f5_presents_without_the_editor_s_panels_and_esc_returns() {
    let mut harness = harness_sized(template("guitar"), SCREEN, 0.05);
    assert!(harness.query_by_label("File").is_some());
    press(&mut harness, Key::F5);
    settle(&mut harness, 60);
    assert!(harness.state().is_presenting());
    assert!(
        harness.query_by_label("File").is_none(),
        "the menu bar is hidden"
    );
    assert!(
        harness.query_by_label("Stage card").is_none(),
        "the palette is hidden"
    );
    let screen = canvas(&harness);
    assert!(
        screen.width() >= SCREEN.x - 1.0,
        "the map fills the width: {screen:?}"
    );
    // Card text at least 1/40 of the screen's height: the camera's zoom times 14 points.
    let zoom = harness.state().camera().zoom();
    assert!(
        zoom * percorso::layout::CARD_TEXT_SIZE >= SCREEN.y / 40.0,
        "zoom {zoom}"
    );
    shows(
        &harness,
        "Awareness",
        &["Friends talk about their guitars at dinner"],
        "Touchpoints (Giulia)",
    );
    press(&mut harness, Key::V);
    assert!(harness.state().has_dialog(), "V asks what the vote is on");
    press(&mut harness, Key::Escape);
    assert!(!harness.state().has_dialog(), "Esc closes the dialog");
    assert!(
        harness.state().is_presenting(),
        "and the presentation goes on"
    );
    press(&mut harness, Key::Escape);
    settle(&mut harness, 60);
    assert!(!harness.state().is_presenting());
    assert!(
        harness.query_by_label("File").is_some(),
        "the menus are back"
    );
    press(&mut harness, Key::F5);
    press(&mut harness, Key::F5);
    assert!(!harness.state().is_presenting(), "F5 toggles");
}

#[test]
fn the_keys_walk_the_room_through_the_stages() {
    let mut harness = presenting("guitar");
    let steps: [(Key, usize, &str, &str); 6] = [
        (
            Key::ArrowRight,
            1,
            "Consideration",
            "YouTube reviews of beginner acoustics",
        ),
        (
            Key::PageDown,
            2,
            "Purchase",
            "First shop's product and checkout pages",
        ),
        (
            Key::Space,
            3,
            "Retention",
            "Delivery in 3 days instead of a week",
        ),
        (
            Key::ArrowLeft,
            2,
            "Purchase",
            "First shop's product and checkout pages",
        ),
        (Key::End, 4, "Advocacy", "Recommends the shop to friends"),
        (
            Key::Home,
            0,
            "Awareness",
            "Friends talk about their guitars at dinner",
        ),
    ];
    for (key, column, stage, card) in steps {
        press(&mut harness, key);
        settle(&mut harness, 60);
        assert_eq!(harness.state().presented().0, column, "after {key:?}");
        shows(&harness, stage, &[card], "Touchpoints (Giulia)");
        assert!(
            !harness.state().camera().is_animating(),
            "the move has ended"
        );
    }
    press(&mut harness, Key::PageUp);
    assert_eq!(
        harness.state().presented().0,
        0,
        "no stage before the first"
    );
    // The strip names every stage and says which one is shown.
    assert!(harness.query_by_label("Stage 1 of 5: Awareness").is_some());
    harness.get_by_label("Stage 3 of 5: Purchase").click();
    settle(&mut harness, 60);
    assert_eq!(
        harness.state().presented().0,
        2,
        "a click on the strip goes there"
    );
}

#[test]
fn one_persona_at_a_time_then_all_again() {
    let mut harness = presenting("omnicanale");
    press(&mut harness, Key::Num2);
    settle(&mut harness, 60);
    assert_eq!(harness.state().presented().1, Some(1));
    let screen = canvas(&harness);
    let davide = rect_of(&harness, Role::Button, "Video di unboxing su YouTube");
    assert!(
        screen.contains(davide.left_top()),
        "Davide's card is shown: {davide:?}"
    );
    let chiara = harness.query_by_label("Ricerca su Google \"migliori cuffie wireless\"");
    assert!(
        chiara.is_none_or(|node| !screen.intersects(node.rect())),
        "Chiara's cards are not on screen"
    );
    press(&mut harness, Key::P);
    assert_eq!(
        harness.state().presented().1,
        Some(0),
        "P goes on to the next persona, round"
    );
    press(&mut harness, Key::A);
    assert_eq!(harness.state().presented().1, None);
}

#[test]
fn the_room_s_words_are_typed_in_without_leaving_the_presentation() {
    let mut harness = presenting("guitar");
    let cards = harness.state().map().card_count();
    harness
        .get_by_label("Friends talk about their guitars at dinner")
        .click();
    harness.run();
    press(&mut harness, Key::Delete);
    assert_eq!(harness.state().map().card_count(), cards - 1);
    assert!(harness.state().is_presenting());
    undo(&mut harness);
    assert_eq!(
        harness.state().map().card_count(),
        cards,
        "Ctrl+Z works while presenting"
    );
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(
        harness.state().map().card_count(),
        cards - 1,
        "and Ctrl+Shift+Z"
    );
    // N with nothing selected: a card in the shown stage's first card lane, typed at once.
    let mut harness = presenting("guitar");
    press(&mut harness, Key::PageDown);
    settle(&mut harness, 60);
    press(&mut harness, Key::N);
    assert!(
        harness.query_by_label("Card text").is_some(),
        "N opens the new card for typing"
    );
    common::ui::type_text(&mut harness, "Chiede uno sconto al banco");
    press(&mut harness, Key::Enter);
    let map = harness.state().map();
    assert_eq!(map.card_count(), cards + 1);
    let texts = common::ui::cell_texts(map, 0, 0, "consideration");
    assert!(
        texts.contains(&"Chiede uno sconto al banco".to_owned()),
        "{texts:?}"
    );
    assert!(
        harness.state().is_presenting(),
        "Enter kept the card; still presenting"
    );
}

#[test]
fn the_arrows_bring_the_card_they_select_into_view() {
    let mut harness = presenting("guitar");
    press(&mut harness, Key::PageDown);
    press(&mut harness, Key::PageDown);
    settle(&mut harness, 60);
    harness
        .get_by_label("First shop's product and checkout pages")
        .click();
    harness.run();
    let pain = "First shop's pages load slowly on mobile";
    let screen = canvas(&harness);
    let before = harness.query_by_label(pain).map(|node| node.rect());
    assert!(
        before.is_none_or(|rect| !screen.contains_rect(rect)),
        "{pain} starts below the view"
    );
    for _ in 0..4 {
        press(&mut harness, Key::ArrowDown);
    }
    let selected = harness.state().selection().cloned();
    let map = harness.state().map();
    let card = map
        .lanes()
        .flat_map(|l| &l.cards)
        .find(|c| c.text == pain)
        .unwrap();
    assert_eq!(
        selected,
        Some(percorso::app::Selection::Card(card.id.clone()))
    );
    let rect = rect_of(&harness, Role::Button, pain);
    assert!(
        screen.contains_rect(rect),
        "{pain} {rect:?} is brought into {screen:?}"
    );
}
