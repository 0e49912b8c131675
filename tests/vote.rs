//! A whole dot vote through the real App: the vote's dialog (Enter starts it), the old votes
//! cleared as one undo step, votes with + and - on the selected card, a vote past the budget or
//! on a card outside the vote refused with the reason on screen, the results ranked with ties
//! marked and copied as Markdown, and the votes kept in the map.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{copied_text, harness, press, template, undo};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::PercorsoApp;

const PAYMENT: &str = "Card payment fails every time, no explanation";
const NO_ALTERNATIVE: &str = "No alternative payment method offered";
const SPEED_UP: &str = "Speed up mobile pages (image compression, caching)";

fn votes_of(harness: &Harness<'_, PercorsoApp>, text: &str) -> u32 {
    let map = harness.state().map();
    map.lanes()
        .flat_map(|lane| &lane.cards)
        .find(|card| card.text == text)
        .map(|card| card.votes)
        .unwrap()
}

fn select(harness: &mut Harness<'_, PercorsoApp>, text: &str) {
    // The card on the canvas (the inspector shows the selected card's text too).
    harness
        .get_by_role_and_label(egui::Role::Button, text)
        .click();
    harness.run();
}

fn plus(harness: &mut Harness<'_, PercorsoApp>, times: usize) {
    for _ in 0..times {
        press(harness, Key::Plus);
    }
}

#[test]
fn a_whole_vote_within_its_budget() {
    let mut harness = harness(template("guitar"));
    assert!(
        votes_of(&harness, PAYMENT) > 0,
        "the sample holds votes already"
    );
    press(&mut harness, Key::V);
    assert!(harness.query_by_label("Start a vote").is_some());
    assert!(
        harness.query_by_label("24 votes in all").is_some(),
        "8 people, 3 votes each"
    );
    press(&mut harness, Key::Enter);
    assert_eq!(votes_of(&harness, PAYMENT), 0, "the old votes are cleared");
    assert!(harness.query_by_label("24 of 24 votes left").is_some());
    // A card outside the vote, and no card at all.
    select(&mut harness, "Friends talk about their guitars at dinner");
    plus(&mut harness, 1);
    assert!(
        harness
            .query_by_label_contains("This card is not part of the vote.")
            .is_some()
    );
    select(&mut harness, PAYMENT);
    plus(&mut harness, 3);
    select(&mut harness, SPEED_UP);
    plus(&mut harness, 3);
    select(&mut harness, NO_ALTERNATIVE);
    plus(&mut harness, 18);
    assert_eq!(votes_of(&harness, NO_ALTERNATIVE), 18);
    assert!(harness.query_by_label("0 of 24 votes left").is_some());
    plus(&mut harness, 1);
    assert_eq!(
        votes_of(&harness, NO_ALTERNATIVE),
        18,
        "a vote past the budget is refused"
    );
    assert!(
        harness
            .query_by_label_contains("No votes left: all 24 are cast")
            .is_some()
    );
    press(&mut harness, Key::Minus);
    assert_eq!(votes_of(&harness, NO_ALTERNATIVE), 17, "- takes one back");
    undo(&mut harness);
    assert_eq!(
        votes_of(&harness, NO_ALTERNATIVE),
        18,
        "each vote is one undo step"
    );
    harness.get_by_label("End the vote").click();
    harness.run();
    let results: Vec<String> = ["1. ", "2=. ", "2=. "]
        .iter()
        .zip([NO_ALTERNATIVE, PAYMENT, SPEED_UP])
        .map(|(rank, card)| format!("{rank}{card}"))
        .collect();
    for line in &results {
        assert!(
            harness.query_by_label_contains(line).is_some(),
            "the results lack {line}"
        );
    }
    let payment = harness.get_by_label_contains(&results[1]).rect();
    let speed = harness.get_by_label_contains(&results[2]).rect();
    let first = harness.get_by_label_contains(&results[0]).rect();
    assert!(
        first.min.y < payment.min.y && payment.min.y < speed.min.y,
        "ranked in order"
    );
    harness.get_by_label("Copy as Markdown").click();
    harness.step();
    let markdown = copied_text(&harness).expect("the results went to the clipboard");
    assert!(
        markdown.contains("| 1 | No alternative payment method offered | Purchase | Giulia | 18 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| 2= | Card payment fails every time, no explanation |"),
        "{markdown}"
    );
    assert_eq!(votes_of(&harness, PAYMENT), 3, "the map keeps the votes");
    assert!(
        harness.query_by_label("End the vote").is_none(),
        "the vote has ended"
    );
}

#[test]
fn clearing_the_old_votes_is_one_undo_step_and_can_be_declined() {
    let mut harness = harness(template("guitar"));
    let before = votes_of(&harness, PAYMENT);
    select(&mut harness, PAYMENT);
    press(&mut harness, Key::V);
    press(&mut harness, Key::Enter);
    assert_eq!(votes_of(&harness, PAYMENT), 0);
    plus(&mut harness, 1);
    assert_eq!(
        votes_of(&harness, PAYMENT),
        1,
        "the card selected before the vote keeps the selection"
    );
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(
        votes_of(&harness, PAYMENT),
        before,
        "one undo brings every old vote back"
    );
    harness.get_by_label("End the vote").click();
    harness.run();
    harness.get_by_label("Close").click();
    harness.run();
    press(&mut harness, Key::V);
    harness
        .get_by_label("Clear the votes the cards hold now (you can undo it)")
        .click();
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(votes_of(&harness, PAYMENT), before, "kept when not cleared");
    select(&mut harness, PAYMENT);
    press(&mut harness, Key::Minus);
    assert_eq!(
        votes_of(&harness, PAYMENT),
        before,
        "earlier votes are not this round's to take"
    );
    plus(&mut harness, 1);
    assert_eq!(votes_of(&harness, PAYMENT), before + 1);
}

#[test]
fn a_click_on_a_card_s_vote_dots_is_a_vote() {
    let mut harness = harness(template("guitar"));
    press(&mut harness, Key::V);
    press(&mut harness, Key::Enter);
    let laid = common::ui::layout(&harness);
    let map = harness.state().map().clone();
    let card_box = laid
        .cards
        .iter()
        .find(|b| map.card_at(b.place()).is_some_and(|c| c.text == PAYMENT))
        .unwrap();
    let dots = egui::pos2(card_box.rect.max.x - 12.0, card_box.rect.max.y - 14.0);
    let at = common::ui::on_screen(&harness, dots);
    common::ui::click_at(&mut harness, at);
    assert_eq!(votes_of(&harness, PAYMENT), 1, "a click on the dots votes");
    let text = common::ui::on_screen(&harness, card_box.rect.left_top() + egui::vec2(30.0, 12.0));
    common::ui::click_at(&mut harness, text);
    assert_eq!(
        votes_of(&harness, PAYMENT),
        1,
        "a click on the text only selects"
    );
}
