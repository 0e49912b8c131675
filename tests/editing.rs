//! Editing the map as a user does, through the real App with `egui_kittest`: palette drags,
//! card moves, typing in place, emotion drags, structure, deletion, undo and redo, saving, and
//! closing with unsaved changes.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{
    answer_path_prompt, cell_texts, drag, harness, layout, on_screen, press, rect_on_screen, redo,
    template, type_text, undo,
};
use egui::{Key, Modifiers, Pos2, Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Selection};
use percorso::export::Format;
use percorso::file;
use percorso::layout::emotion_y;
use percorso::model::{CardId, Map};

#[test]
fn a_touchpoint_dragged_from_the_palette_becomes_a_card_and_takes_typed_text() {
    let mut harness = harness(template("blank"));
    let tile = harness.get_by_label("Touchpoint card").rect().center();
    let layout = layout(&harness);
    let cell = rect_on_screen(&harness, layout.cell_rect(0, 0, 1));
    drag(&mut harness, tile, cell.center());
    let map = harness.state().map().clone();
    let cards = &map.personas[0].lanes[0].cards;
    assert_eq!(cards.len(), 1);
    assert_eq!(
        cards[0].stage.as_str(),
        "consideration",
        "the second stage of the first lane"
    );
    harness.get_by_role_and_label(Role::MultilineTextInput, "Card text");
    type_text(&mut harness, "Sees an ad on Instagram");
    press(&mut harness, Key::Enter);
    assert_eq!(
        harness.state().map().personas[0].lanes[0].cards[0].text,
        "Sees an ad on Instagram"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "Card text")
            .is_none(),
        "Enter closed the editor"
    );

    undo(&mut harness);
    assert_eq!(
        harness.state().map().personas[0].lanes[0].cards[0].text,
        "",
        "undo takes back the typing"
    );
    undo(&mut harness);
    assert!(
        harness.state().map().personas[0].lanes[0].cards.is_empty(),
        "then the card"
    );
    redo(&mut harness);
    redo(&mut harness);
    assert_eq!(
        harness.state().map().personas[0].lanes[0].cards[0].text,
        "Sees an ad on Instagram"
    );
}

#[test]
fn cards_move_between_cells_and_within_their_cell() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let banner = layout.cards[layout.bands[0].rows[0].cells[0].start + 2].rect;
    let first = layout.cards[layout.bands[0].rows[0].cells[0].start].rect;
    let from = on_screen(&harness, banner.center());
    let to = on_screen(
        &harness,
        first.center() - vec2(0.0, first.height() / 2.0 - 2.0),
    );
    drag(&mut harness, from, to);
    let map = harness.state().map().clone();
    assert_eq!(
        cell_texts(&map, 0, 0, "awareness")[0],
        "Banner ads for beginner guitars on news sites",
        "reordered to the top"
    );

    let target = rect_on_screen(&harness, layout.cell_rect(0, 4, 0));
    let from = on_screen(
        &harness,
        layout.cards[layout.bands[0].rows[0].cells[0].start]
            .rect
            .center(),
    );
    drag(&mut harness, from, target.center());
    let map = harness.state().map().clone();
    assert_eq!(
        cell_texts(&map, 0, 4, "awareness"),
        ["Banner ads for beginner guitars on news sites"],
        "moved to the pain points"
    );
    assert_eq!(cell_texts(&map, 0, 0, "awareness").len(), 2);

    undo(&mut harness);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "awareness")[0],
        "Banner ads for beginner guitars on news sites"
    );
    undo(&mut harness);
    assert_eq!(
        *harness.state().map(),
        template("guitar"),
        "two undos restore the map exactly"
    );
    redo(&mut harness);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 0, "awareness")[0],
        "Banner ads for beginner guitars on news sites"
    );
}

#[test]
fn several_cards_move_together() {
    let mut harness = harness(template("guitar"));
    harness
        .get_by_label("Friends talk about their guitars at dinner")
        .click();
    harness.run();
    harness
        .get_by_label("Banner ads for beginner guitars on news sites")
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().selections().len(), 2);
    let layout = layout(&harness);
    let from = harness
        .get_by_label("Friends talk about their guitars at dinner")
        .rect()
        .center();
    let target = rect_on_screen(&harness, layout.cell_rect(0, 0, 4));
    drag(
        &mut harness,
        from,
        Pos2::new(target.center().x, target.max.y - 4.0),
    );
    let texts = cell_texts(harness.state().map(), 0, 0, "advocacy");
    assert_eq!(
        texts[2..],
        [
            "Friends talk about their guitars at dinner",
            "Banner ads for beginner guitars on news sites"
        ]
    );
}

#[test]
fn an_emotion_point_dragged_down_snaps_to_the_scale() {
    let mut harness = harness(template("ecommerce"));
    let layout = layout(&harness);
    let row = layout.bands[0].rows[2].clone();
    assert!(row.emotions);
    let point = layout.points[row.points.start + 1].clone();
    assert_eq!(
        harness.state().map().personas[0].lanes[2].points[1].value,
        0
    );
    let to = on_screen(
        &harness,
        Pos2::new(
            point.pos.x,
            emotion_y(row.y, -2.0, harness.state().map().emotion_scale) + 3.0,
        ),
    );
    let from = on_screen(&harness, point.pos);
    drag(&mut harness, from, to);
    assert_eq!(
        harness.state().map().personas[0].lanes[2].points[1].value,
        -2
    );
    undo(&mut harness);
    assert_eq!(
        harness.state().map().personas[0].lanes[2].points[1].value,
        0
    );
    redo(&mut harness);
    assert_eq!(
        harness.state().map().personas[0].lanes[2].points[1].value,
        -2
    );
}

#[test]
fn a_stage_dropped_between_two_headers_is_inserted_there() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let tile = harness.get_by_label("Stage").rect().center();
    let boundary = Pos2::new(layout.columns[1].x.max + 10.0, layout.header_height / 2.0);
    let to = on_screen(&harness, boundary);
    drag(&mut harness, tile, to);
    let names: Vec<String> = harness
        .state()
        .map()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "Awareness",
            "Consideration",
            "New stage",
            "Purchase",
            "Retention",
            "Advocacy"
        ]
    );
    undo(&mut harness);
    assert_eq!(harness.state().map().stages.len(), 5);
    redo(&mut harness);
    assert_eq!(harness.state().map().stages[2].name, "New stage");
}

#[test]
fn a_persona_is_added_with_its_usual_lanes() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let tile = harness.get_by_label("Persona").rect().center();
    let below = Pos2::new(layout.columns[0].x.center(), layout.size.y - 5.0);
    let to = on_screen(&harness, below);
    drag(&mut harness, tile, to);
    let map = harness.state().map().clone();
    assert_eq!(map.personas.len(), 2);
    let kinds: Vec<String> = map.personas[1]
        .lanes
        .iter()
        .map(|l| l.kind.display_name())
        .collect();
    assert_eq!(kinds, ["Touchpoints", "Emotions", "Pain points"]);
    harness.get_by_label("+ Persona").click();
    harness.run();
    assert_eq!(
        harness.state().map().personas.len(),
        3,
        "the toolbar adds one too"
    );
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(harness.state().map().personas.len(), 1);
}

#[test]
fn deleting_a_stage_with_cards_asks_first_and_undo_restores_everything() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Purchase").click();
    harness.run();
    press(&mut harness, Key::Delete);
    harness.get_by_label("Delete the stage \"Purchase\"?");
    harness.get_by_label_contains("12 cards and 1 emotion point");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().map().stages.len(), 5, "cancel keeps it");
    press(&mut harness, Key::Delete);
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(harness.state().map().stages.len(), 4);
    assert_eq!(harness.state().map().card_count(), 31);
    undo(&mut harness);
    assert_eq!(*harness.state().map(), template("guitar"));
    redo(&mut harness);
    assert_eq!(harness.state().map().stages.len(), 4);
}

#[test]
fn deleting_cards_needs_no_question_and_copy_paste_makes_new_cards() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Writes a five-star review").click();
    harness.run();
    harness.event(egui::Event::Copy);
    harness.step();
    let copied = common::ui::copied_text(&harness).expect("the card was copied as text");
    assert!(copied.contains("Writes a five-star review"));
    press(&mut harness, Key::Delete);
    assert!(harness.state().map().card(&CardId::from("g-t15")).is_none());
    harness
        .get_by_label("Shares a video of her first song")
        .click();
    harness.run();
    harness.event(egui::Event::Paste(copied));
    harness.run();
    assert_eq!(
        cell_texts(harness.state().map(), 0, 1, "advocacy"),
        [
            "Shares a video of her first song",
            "Writes a five-star review"
        ]
    );
    let Some(Selection::Card(new_id)) = harness.state().selection().cloned() else {
        panic!("the pasted card is selected")
    };
    assert_ne!(new_id.as_str(), "g-t15", "a pasted card gets a fresh id");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    assert_eq!(
        cell_texts(harness.state().map(), 0, 1, "advocacy").len(),
        3,
        "Ctrl+D duplicates"
    );
}

#[test]
fn keyboard_new_card_rename_and_arrows() {
    let mut harness = harness(template("guitar"));
    harness
        .get_by_label("Recommends the shop to friends")
        .click();
    harness.run();
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-t10"))),
        "the cell to the left"
    );
    press(&mut harness, Key::ArrowDown);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-a7"))),
        "the lane below"
    );
    press(&mut harness, Key::N);
    type_text(&mut harness, "Joins a beginners' workshop");
    press(&mut harness, Key::Enter);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 1, "retention")
            .last()
            .unwrap(),
        "Joins a beginners' workshop"
    );
    press(&mut harness, Key::F2);
    press(&mut harness, Key::Escape);
    assert_eq!(
        cell_texts(harness.state().map(), 0, 1, "retention")
            .last()
            .unwrap(),
        "Joins a beginners' workshop",
        "Esc cancels"
    );
    press(&mut harness, Key::Tab);
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Card(CardId::from("g-a9"))),
        "Tab goes to the next card"
    );
    press(&mut harness, Key::Escape);
    assert!(harness.state().selection().is_none());
}

#[test]
fn the_inspector_edits_fields_as_one_undo_step_per_field() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Purchase").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Duration")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "2");
    type_text(&mut harness, " evenings");
    assert_eq!(harness.state().map().stages[2].duration, "2 evenings");
    press(&mut harness, Key::Escape);
    undo(&mut harness);
    assert_eq!(
        harness.state().map().stages[2].duration,
        "1 evening",
        "one step for the whole typing"
    );
}

#[test]
fn the_command_palette_runs_commands_by_name() {
    let mut harness = harness(template("guitar"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Command");
    type_text(&mut harness, "add stage");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().map().stages.len(), 6);
    assert!(!harness.state().has_dialog());
}

#[test]
fn save_as_writes_the_canonical_file_and_clears_the_unsaved_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    let mut harness = harness(template("guitar"));
    harness.get_by_label("+ Stage").click();
    harness.run();
    assert!(
        harness.state().window_title().starts_with('•'),
        "unsaved mark"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    answer_path_prompt(&mut harness, &path);
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, file::to_canonical_string(harness.state().map()));
    assert_eq!(file::read_str(&written).unwrap(), *harness.state().map());
    assert!(!harness.state().window_title().starts_with('•'));
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(path.as_path())
    );
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("+ Stage").click();
    harness.run();
    common::request_close(&mut harness);
    harness.get_by_label("Save changes to Untitled?");
    harness.get_by_label("Don't save");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().has_dialog());
    assert_eq!(
        harness.state().map().stages.len(),
        6,
        "the map and its changes are still there"
    );
    common::request_close(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.step();
    let closing = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "Don't save lets the window close");
}

#[test]
fn an_unreadable_file_opened_from_the_menu_keeps_the_map_and_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(version: 1, title: 3)").unwrap();
    let mut harness = harness(template("guitar"));
    harness.get_by_label("+ Stage").click();
    harness.run();
    harness
        .state_mut()
        .request(percorso::app::Action::Open(bad));
    harness.run();
    harness.get_by_label("Save changes to Untitled?");
    harness.get_by_label("Don't save").click();
    harness.run();
    harness.get_by_label_contains("bad.ron:1:21: error: expected a string in double quotes here");
    assert_eq!(harness.state().map().stages.len(), 6);
}

#[test]
fn lanes_reorder_by_dragging_their_titles_and_new_lanes_drop_into_a_band() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let thoughts = layout.lane_title_rect(0, 2).center();
    let above_actions = Pos2::new(thoughts.x, layout.bands[0].rows[1].y.min + 4.0);
    let from = on_screen(&harness, thoughts);
    let to = on_screen(&harness, above_actions);
    drag(&mut harness, from, to);
    let kinds = |h: &Harness<'_, PercorsoApp>| -> Vec<String> {
        h.state().map().personas[0]
            .lanes
            .iter()
            .map(|l| l.kind.display_name())
            .collect()
    };
    assert_eq!(kinds(&harness)[..3], ["Touchpoints", "Thoughts", "Actions"]);

    let tile = harness.get_by_label("Goals lane").rect().center();
    let last_row = layout.bands[0].rows.last().unwrap().y;
    let to = on_screen(
        &harness,
        Pos2::new(layout.columns[2].x.center(), last_row.max - 3.0),
    );
    drag(&mut harness, tile, to);
    assert_eq!(
        kinds(&harness).last().unwrap(),
        "Goals",
        "a new lane at the bottom of the band"
    );
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(*harness.state().map(), template("guitar"));
}

#[test]
fn shift_dragging_on_the_background_selects_the_cards_it_touches() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let cell = layout.cell_rect(0, 1, 0);
    let from = on_screen(&harness, cell.min + vec2(2.0, 1.0));
    let to = on_screen(&harness, layout.cell_rect(0, 1, 1).max - vec2(2.0, 1.0));
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    harness.hover_at(from);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::SHIFT,
    });
    harness.run();
    for step in 1..=5u8 {
        harness.hover_at(from + (to - from) * (f32::from(step) / 5.0));
        harness.run();
    }
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::SHIFT,
    });
    harness.run();
    let mut selected: Vec<String> = harness
        .state()
        .selections()
        .iter()
        .map(|s| match s {
            Selection::Card(id) => id.to_string(),
            other => format!("{other:?}"),
        })
        .collect();
    selected.sort();
    assert_eq!(
        selected,
        ["g-a1", "g-a2", "g-a3", "g-a4"],
        "the actions of the first two stages"
    );
}

#[test]
fn stages_reorder_by_dragging_their_headers() {
    let mut harness = harness(template("guitar"));
    let layout = layout(&harness);
    let from = harness.get_by_label("Advocacy").rect().center();
    let to = on_screen(
        &harness,
        Pos2::new(
            layout.columns[0].x.center() - 20.0,
            layout.header_height / 2.0,
        ),
    );
    drag(&mut harness, from, to);
    let names: Vec<String> = harness
        .state()
        .map()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "Advocacy",
            "Awareness",
            "Consideration",
            "Purchase",
            "Retention"
        ]
    );
    undo(&mut harness);
    assert_eq!(*harness.state().map(), template("guitar"));
}

#[test]
fn a_refused_save_says_why_and_keeps_the_unsaved_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(template("guitar"));
    harness.get_by_label("+ Stage").click();
    harness.run();
    let nowhere = dir.path().join("no such folder").join("map.ron");
    harness
        .state_mut()
        .request(percorso::app::Action::SaveTo(nowhere.clone()));
    harness.run();
    harness.get_by_label("The map was not saved");
    harness.get_by_label_contains("creating a temporary file in the folder failed");
    assert!(harness.state().document().is_dirty(), "still unsaved");
    assert!(harness.state().window_title().starts_with('•'));
    assert_eq!(harness.state().map().stages.len(), 6);
    assert!(!nowhere.exists());
}

#[test]
fn export_png_from_the_editor_writes_an_image_that_opens_as_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.png");
    let mut harness = harness(template("omnicanale"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Export");
    harness.get_by_label("1x").click();
    harness.run();
    harness.get_by_label("Export…").click();
    answer_path_prompt(&mut harness, &path);
    wait_for_export(&mut harness);
    harness.get_by_label("Exported");
    assert_eq!(file::read_path(&path).unwrap(), template("omnicanale"));
    let image = image::open(&path).unwrap();
    assert!(
        image.width() > 1000 && image.width() < 2000,
        "1x: {}",
        image.width()
    );
}

#[test]
fn export_pdf_from_the_editor_on_a3_writes_pages_that_open_as_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.pdf");
    let mut harness = harness(template("guitar"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("PDF").click();
    harness.run();
    assert!(harness.query_by_label("1x").is_none(), "a PDF has no scale");
    harness.get_by_label("A3 landscape").click();
    harness.run();
    harness.get_by_label("3 pages");
    harness.get_by_label("A4 portrait").click();
    harness.run();
    harness.get_by_label("6 pages");
    harness.get_by_label("A3 landscape").click();
    harness.run();
    assert!(
        harness.query_by_label("Copy image").is_none(),
        "a PDF is not copied"
    );
    harness.get_by_label("Export…").click();
    answer_path_prompt(&mut harness, &path);
    wait_for_export(&mut harness);
    harness.get_by_label("Exported");
    harness.get_by_label(&format!("{} (3 pages)", path.display()));
    assert_eq!(file::read_path(&path).unwrap(), template("guitar"));
}

/// Exports the map on screen from the editor at 1x to `path` and waits for it.
fn export_from_the_editor(harness: &mut Harness<'_, PercorsoApp>, path: &std::path::Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("1x").click();
    harness.run();
    harness.get_by_label("Export…").click();
    answer_path_prompt(harness, path);
    wait_for_export(harness);
    harness.run();
}

/// Steps the editor until the export on its thread is done and says so, written or not (up to
/// half a minute).
fn wait_for_export(harness: &mut Harness<'_, PercorsoApp>) {
    for _ in 0..600 {
        harness.step();
        let said = harness.query_by_label("Exported").is_some()
            || harness.query_by_label("The map was not exported").is_some();
        if !harness.state().is_exporting() && said {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn lanes_folded_on_screen_are_exported_folded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("folded.png");
    let mut harness = harness(template("guitar"));
    for lane in ["Actions", "Backstage"] {
        harness
            .get_by_label(&format!("Collapse lane {lane} of Giulia"))
            .click();
        harness.run();
    }
    export_from_the_editor(&mut harness, &path);
    harness.get_by_label("Exported");
    let image = image::open(&path).unwrap().to_rgba8();
    common::pictures::assert_looks_like(&image, "guitar-folded-1x-cpu");
}

#[test]
fn an_export_that_fails_says_why_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let taken = dir.path().join("taken.png");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("inside"), "a file in the way").unwrap();
    let mut harness = harness(template("guitar"));
    export_from_the_editor(&mut harness, &taken);
    harness.get_by_label("The map was not exported");
    harness.get_by_label_contains("replacing the file failed");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["taken.png"], "nothing half-written is left");
}

#[test]
fn copy_image_puts_the_map_on_the_clipboard() {
    let mut harness = harness(template("guitar"));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let mut copied = false;
    for _ in 0..600 {
        harness.step();
        copied |=
            harness.output().platform_output.commands.iter().any(
                |c| matches!(c, egui::OutputCommand::CopyImage(image) if image.size[0] > 1000),
            );
        if copied {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(copied, "an image of the map was copied");
    harness.run();
    harness.get_by_label("Image copied");
}

#[test]
fn the_menus_are_built_from_the_command_list() {
    let mut harness = harness(template("guitar"));
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Add stage").click();
    harness.run();
    assert_eq!(harness.state().map().stages.len(), 6);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export… Ctrl+E");
    harness.get_by_label_contains("Save as…");
    harness.get_by_label("Open recent");
}

#[test]
fn a_map_opened_from_a_png_is_never_saved_over_the_image() {
    let text = file::to_canonical_string(&template("guitar"));
    let bytes = common::map_png::png_with_map(1, 1, Some(&text));
    opened_and_saved_beside("shared.png", &bytes);
}

#[test]
fn a_map_opened_from_a_pdf_an_svg_or_a_mermaid_journey_is_saved_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    for format in [Format::Pdf, Format::Svg] {
        let out = dir.path().join(format!("export.{}", format.name()));
        let share = percorso::export::ShareOptions::default();
        let options = percorso::export::ExportOptions::default();
        percorso::export::export_as(
            &template("guitar"),
            format,
            &options,
            &share,
            &out,
            &mut |_| {},
        )
        .unwrap();
        opened_and_saved_beside(
            &format!("shared.{}", format.name()),
            &std::fs::read(&out).unwrap(),
        );
    }
    let journey =
        file::mermaid::to_mermaid(&template("guitar"), &file::mermaid::DEFAULT_MERMAID_LANES);
    let bytes = journey.into_bytes();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wiki.mmd");
    std::fs::write(&path, &bytes).unwrap();
    let mut harness = harness(Map::new("Start"));
    harness
        .state_mut()
        .request(percorso::app::Action::Open(path.clone()));
    harness.run();
    assert_eq!(
        harness.state().map().stages.len(),
        5,
        "the journey's sections"
    );
    assert_eq!(
        harness.state().document().path,
        None,
        "a journey is not the map's file"
    );
}

/// Opens `bytes` (a file that carries a map) saved as `name`, adds a stage and saves: the file
/// is untouched and the map goes to a `.ron` beside it.
fn opened_and_saved_beside(name: &str, bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let image = dir.path().join(name);
    std::fs::write(&image, bytes).unwrap();
    let mut harness = harness(Map::new("Start"));
    harness
        .state_mut()
        .request(percorso::app::Action::Open(image.clone()));
    harness.run();
    assert_eq!(*harness.state().map(), template("guitar"));
    let title = harness.state().window_title();
    assert!(
        title.starts_with(&format!("{name} (opened as a new map) — ")),
        "{title}"
    );
    harness.get_by_label("+ Stage").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    for _ in 0..250 {
        harness.step();
        if harness.query_by_label("OK").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The path asked for is a .ron beside the file, offered as it is.
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(std::fs::read(&image).unwrap(), bytes, "{name} is untouched");
    let saved = image.with_extension("ron");
    assert_eq!(file::read_path(&saved).unwrap().stages.len(), 6);
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(saved.as_path())
    );
}
