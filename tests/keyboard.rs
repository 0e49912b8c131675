//! The keys README.md promises, pressed as a user presses them on the real App: Enter in every
//! field that takes it, editing and renaming, the shortcuts of the keys table, undo bringing the
//! selection back, and the arrows panning.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{
    cell_texts, harness, layout, on_screen, press, press_with, template, type_path, type_text,
    undo, wait_for_path_prompt,
};
use egui::{Key, Modifiers, Role};
use egui_kittest::kittest::Queryable;
use percorso::app::Selection;
use percorso::file;
use percorso::model::{CardId, LaneId, PersonaId, StageId};

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

#[test]
fn enter_in_the_typed_path_prompt_saves_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("by-enter.ron");
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL_SHIFT, Key::S);
    type_path(&mut harness, &path);
    press(&mut harness, Key::Enter);
    assert!(!harness.state().has_dialog(), "Enter answered the prompt");
    assert!(file::read_path(&path).unwrap() == *harness.state().map());
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(path.as_path())
    );
}

#[test]
fn ctrl_o_asks_for_a_map_and_enter_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&path, &template("ecommerce")).unwrap();
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL, Key::O);
    type_path(&mut harness, &path);
    press(&mut harness, Key::Enter);
    assert!(
        *harness.state().map() == template("ecommerce"),
        "the e-commerce map is open"
    );
    assert!(harness.state().window_title().starts_with("shop.ron — "));
}

#[test]
fn ctrl_n_starts_a_blank_map_and_asks_first_about_unsaved_changes() {
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL, Key::N);
    assert!(
        *harness.state().map() == template("blank"),
        "no changes: no question"
    );
    harness.get_by_label("+ Stage").click();
    harness.run();
    press_with(&mut harness, CTRL, Key::N);
    harness.get_by_label("Save changes to Untitled?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().map().stages.len(),
        6,
        "cancel keeps the changes"
    );
    press_with(&mut harness, CTRL, Key::N);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(*harness.state().map() == template("blank"), "a blank map");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn enter_in_the_command_palette_runs_the_first_match_and_ctrl_shift_p_opens_it_too() {
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL_SHIFT, Key::P);
    harness.get_by_role_and_label(Role::TextInput, "Command");
    type_text(&mut harness, "persona");
    harness.get_by_label("Add persona");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().map().personas.len(), 2);
    assert!(!harness.state().has_dialog());
}

#[test]
fn enter_or_a_double_click_edits_a_card_and_shift_enter_starts_a_new_line() {
    let mut harness = common::ui::harness_sized(template("guitar"), common::ui::WINDOW, 0.02);
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_role_and_label(Role::MultilineTextInput, "Card text");
    type_text(&mut harness, " on the shop's page");
    press_with(&mut harness, Modifiers::SHIFT, Key::Enter);
    type_text(&mut harness, "and on the marketplace");
    press(&mut harness, Key::Enter);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "advocacy")[1],
        "Writes a five-star review on the shop's page\nand on the marketplace",
        "Shift+Enter is a new line, Enter keeps the text"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "Card text")
            .is_none()
    );
    common::ui::double_click(&mut harness, "Recommends the shop to friends");
    harness.run();
    harness.get_by_role_and_label(Role::MultilineTextInput, "Card text");
    press_with(&mut harness, CTRL, Key::A);
    type_text(&mut harness, "Tells her choir");
    press(&mut harness, Key::Enter);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "advocacy")[0],
        "Tells her choir",
        "a double click edits the card too"
    );
}

#[test]
fn escape_cancels_a_changed_card_text() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    press(&mut harness, Key::F2);
    type_text(&mut harness, " and a one-star one");
    harness.get_by_role_and_label(Role::MultilineTextInput, "Card text");
    press(&mut harness, Key::Escape);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "advocacy")[1],
        "Writes a five-star review",
        "the typed text is forgotten"
    );
    assert!(!harness.state().document().is_dirty());
}

/// Selects `label`, presses F2, types a new name over the old, presses Enter.
fn rename(
    harness: &mut egui_kittest::Harness<'_, percorso::app::PercorsoApp>,
    label: &str,
    name: &str,
) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
    press(harness, Key::F2);
    press_with(harness, CTRL, Key::A);
    type_text(harness, name);
    press(harness, Key::Enter);
    assert!(
        !harness.ctx.text_edit_focused(),
        "Enter ended the renaming of {label}"
    );
}

#[test]
fn f2_renames_a_stage_a_persona_and_a_lane_each_in_one_undo_step() {
    let mut harness = harness(template("guitar"));
    rename(&mut harness, "Purchase", "Checkout");
    rename(&mut harness, "Giulia", "Giulia B.");
    rename(&mut harness, "Pain points (Giulia B.)", "What hurts");
    let map = harness.state().map().clone();
    assert_eq!(map.stages[2].name, "Checkout");
    assert_eq!(map.personas[0].name, "Giulia B.");
    assert_eq!(
        map.personas[0].lanes[4].title.as_deref(),
        Some("What hurts")
    );
    undo(&mut harness);
    assert_eq!(harness.state().map().personas[0].lanes[4].title, None);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Lane(LaneId::from("giulia-pain"))),
        "undo brings back the selection of the time"
    );
    undo(&mut harness);
    assert_eq!(harness.state().map().personas[0].name, "Giulia");
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Persona(PersonaId::from("giulia")))
    );
    undo(&mut harness);
    assert!(*harness.state().map() == template("guitar"), "all undone");
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Stage(StageId::from("purchase")))
    );
}

#[test]
fn ctrl_y_redoes_and_undo_restores_the_selection_of_a_deleted_card() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    press(&mut harness, Key::Backspace);
    assert!(
        harness.state().map().card(&CardId::from("g-t15")).is_none(),
        "Backspace deletes"
    );
    assert!(harness.state().selection().is_none());
    undo(&mut harness);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-t15"))),
        "the card is back, and selected"
    );
    press_with(&mut harness, CTRL, Key::Y);
    assert!(
        harness.state().map().card(&CardId::from("g-t15")).is_none(),
        "Ctrl+Y redoes"
    );
}

#[test]
fn ctrl_x_cuts_and_the_cut_cards_paste_elsewhere() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    harness.event(egui::Event::Cut);
    harness.step();
    let copied = common::ui::copied_text(&harness).expect("the card went to the clipboard");
    harness.run();
    assert!(cell_texts(harness.state().map(), 0, 0, "advocacy").len() == 1);
    harness
        .get_by_label("Friends talk about their guitars at dinner")
        .click();
    harness.run();
    harness.event(egui::Event::Paste(copied));
    harness.run();
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "awareness")
            .last()
            .unwrap(),
        "Writes a five-star review"
    );
}

#[test]
fn tab_and_shift_tab_walk_the_cards_and_ctrl_a_selects_them_all() {
    let mut harness = harness(template("guitar"));
    press(&mut harness, Key::Tab);
    let first = harness.state().selection().cloned();
    assert_eq!(first, Some(Selection::Card(CardId::from("g-t1"))));
    press(&mut harness, Key::Tab);
    assert_eq!(
        harness.state().selection().cloned(),
        Some(Selection::Card(CardId::from("g-t2")))
    );
    press_with(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert_eq!(
        harness.state().selection().cloned(),
        first,
        "Shift+Tab goes back"
    );
    press_with(&mut harness, Modifiers::SHIFT, Key::Tab);
    let last = harness.state().selection().cloned();
    assert_ne!(
        last, first,
        "from the first card Shift+Tab wraps to the last"
    );
    press_with(&mut harness, CTRL, Key::A);
    assert_eq!(
        harness.state().selections().len(),
        harness.state().map().card_count()
    );
}

#[test]
fn minus_zooms_out_around_the_centre_and_plus_zooms_back() {
    let mut harness = harness(template("guitar"));
    let fitted = harness.state().camera().zoom();
    press(&mut harness, Key::Minus);
    common::ui::settle(&mut harness, 100);
    let smaller = harness.state().camera().zoom();
    assert!(
        (smaller / fitted - 0.8).abs() < 0.01,
        "{smaller} after {fitted}"
    );
    press(&mut harness, Key::Plus);
    common::ui::settle(&mut harness, 100);
    assert!((harness.state().camera().zoom() / fitted - 1.0).abs() < 0.01);
}

#[test]
fn arrows_pan_the_map_when_nothing_is_selected() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let corner = layout.rect().min;
    let before = on_screen(&harness, corner);
    press(&mut harness, Key::ArrowRight);
    let after_right = on_screen(&harness, corner);
    assert!(
        after_right.x < before.x - 10.0 && (after_right.y - before.y).abs() < 0.1,
        "→ shows more of the right: the map moves left ({before:?} to {after_right:?})"
    );
    press(&mut harness, Key::ArrowDown);
    let after_down = on_screen(&harness, corner);
    assert!(after_down.y < after_right.y - 10.0, "↓ shows more below");
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowUp);
    assert!((on_screen(&harness, corner) - before).length() < 0.1);
    assert!(harness.state().selection().is_none());
}

#[test]
fn the_path_prompt_waits_quietly_for_typing() {
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL_SHIFT, Key::S);
    wait_for_path_prompt(&mut harness);
    harness.run();
    common::ui::assert_rests(&mut harness, "the path prompt");
    press(&mut harness, Key::Escape);
    press_with(&mut harness, CTRL, Key::K);
    harness.run();
    common::ui::assert_rests(&mut harness, "the command palette");
    press(&mut harness, Key::Escape);
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    press(&mut harness, Key::Enter);
    common::ui::assert_rests(&mut harness, "typing in a card");
    press(&mut harness, Key::Escape);
    common::ui::assert_rests(&mut harness, "the window with nothing open");
}

#[test]
fn the_first_key_after_the_palette_closes_reaches_the_map() {
    let mut harness = harness(template("guitar"));
    press_with(&mut harness, CTRL, Key::K);
    type_text(&mut harness, "overlay");
    // The palette answers on Enter; the window draws the frame that closes it, then rests.
    harness.key_press(Key::Enter);
    harness.step();
    harness.step();
    assert!(!harness.state().has_dialog());
    harness.key_press(Key::Tab);
    harness.step();
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-t1"))),
        "Tab, the first key after, selects the first card"
    );
}
