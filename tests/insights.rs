//! The insights panel through the real App: View > Insights (or Ctrl+I) shows where the
//! journey loses customers, where it hurts, the moments of truth, how much is known and how
//! happy each persona is; a click on a line selects what it talks about and brings it into view;
//! the panel follows the map's changes; it speaks the window's language.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{WINDOW, canvas, harness, press, press_with, template};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Prefs, Selection};
use percorso::lang::Language;

const CHECKOUT: &str = "Too many checkout steps (6 screens)";

/// Scrolls the panel to the line `label`, as a user would, and clicks it.
fn click(harness: &mut Harness<'_, PercorsoApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn selected(harness: &Harness<'_, PercorsoApp>) -> Selection {
    harness.state().selection().cloned().unwrap()
}

#[test]
fn each_line_selects_what_it_talks_about_and_brings_it_into_view() {
    let mut harness = harness(template("ecommerce"));
    assert!(
        harness.query_by_label("Where customers are lost").is_none(),
        "hidden until asked for"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    harness.get_by_label("Where customers are lost");
    harness.get_by_label(
        "The journey loses the most customers on the way into Purchase: Shoppers from 31,000 to \
         3,100 (-90%).",
    );

    click(&mut harness, "Purchase: 3,100, largest loss -90%");
    assert_eq!(selected(&harness), Selection::Stage("purchase".into()));

    // Zoomed in and panned away, the checkout's pain point is out of view; its line brings it
    // in, below the pinned header row and right of the lane titles.
    for _ in 0..4 {
        press(&mut harness, Key::Plus);
    }
    // Panned to the map's far corner, where the user last looked.
    harness
        .state_mut()
        .camera_mut()
        .pan(egui::vec2(-4000.0, -3000.0));
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, CHECKOUT)
            .is_none(),
        "out of view"
    );
    let line = format!("“{CHECKOUT}”: critical, 6 votes (weight 21)");
    click(&mut harness, &line);
    for _ in 0..10 {
        harness.run();
    }
    assert_eq!(selected(&harness), Selection::Card("e-p2".into()));
    let card = harness.get_by_role_and_label(Role::Button, CHECKOUT).rect();
    let view = canvas(&harness);
    assert!(
        view.contains_rect(card),
        "the card {card:?} is in view {view:?}"
    );

    click(
        &mut harness,
        "Marta, online shopper at Purchase: -2 on -2 to 2, “annoyed by forced registration and \
         too many steps”",
    );
    assert_eq!(
        selected(&harness),
        Selection::Point("shopper-feel".into(), "purchase".into())
    );
    click(
        &mut harness,
        "Marta, online shopper: positive at 3 of 6 stages (50%), mean 0.3 on -2 to 2",
    );
    assert_eq!(selected(&harness), Selection::Persona("shopper".into()));
    click(
        &mut harness,
        "Loyalty: 0% observed, 20% assumed, 20% proposed, 60% not marked: built mostly on \
         assumptions",
    );
    assert_eq!(selected(&harness), Selection::Stage("loyalty".into()));
}

#[test]
fn the_panel_follows_the_map_and_the_menu_shows_it_is_on() {
    let mut harness = harness(template("ecommerce"));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Insights").click();
    harness.run();
    let line = format!("“{CHECKOUT}”: critical, 6 votes (weight 21)");
    click(&mut harness, &line);
    // The card deleted, its line goes and Purchase hurts less; undone, both come back.
    press(&mut harness, Key::Delete);
    assert!(
        harness.query_by_label(&line).is_none(),
        "the deleted card's line goes"
    );
    harness.get_by_label("Purchase: pain 28");
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.get_by_label(&line);
    harness.get_by_label("Purchase: pain 49");
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    assert!(
        harness.query_by_label(&line).is_none(),
        "Ctrl+I hides it again"
    );
}

#[test]
fn a_map_without_a_funnel_says_how_to_get_one_and_the_panel_speaks_italian() {
    let mut map = template("guitar");
    map.funnel = None;
    let mut harness = harness(map);
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    harness.get_by_label(
        "No funnel yet: in the map's inspector, choose under Funnel the stage metric that counts \
         the customers.",
    );

    let italian = percorso::file::templates::find_in("guitar", Language::Italian)
        .unwrap()
        .map()
        .unwrap();
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .with_step_dt(0.05)
        .with_max_steps(60)
        .build_eframe(move |cc| {
            let prefs = Prefs {
                language: Some(Language::Italian),
                insights: true,
                ..Prefs::default()
            };
            PercorsoApp::with_map(&cc.egui_ctx, italian, None, prefs)
        });
    harness.run();
    harness.get_by_label("Dove si perdono i clienti");
    harness.get_by_label("Acquisto: 610, perdita maggiore -82\u{a0}%");
    click(
        &mut harness,
        "Giulia: emozione positiva in 4 fasi su 5 (80\u{a0}%), media 0,8 su una scala da -2 a 2",
    );
    assert_eq!(selected(&harness), Selection::Persona("giulia".into()));
}

#[test]
fn a_stage_header_says_in_words_what_its_marks_show() {
    let mut harness = harness(template("ecommerce"));
    harness
        .get_by_role_and_label(Role::Button, "Loyalty")
        .hover();
    // The tooltip waits for the pointer to rest.
    for _ in 0..30 {
        harness.step();
    }
    harness.get_by_label_contains("Loyalty: 840, -73%");
    harness.get_by_label_contains(
        "Loyalty: 0% observed, 20% assumed, 20% proposed, 60% not marked: built mostly on \
         assumptions",
    );
}
