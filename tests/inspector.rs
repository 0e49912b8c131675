//! Every field of the inspector, driven through the real App: a card's, a stage's (with its
//! metrics), a persona's (with goals and photo), a lane's and the map's; each change one undo
//! step; the scale change that asks first; deleting a persona or a lane; and every single-line
//! field wide enough to show its whole value.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use common::ui::{
    WINDOW, harness, harness_sized, press, press_with, template, type_text, undo,
    wait_for_path_prompt,
};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use percorso::app::PercorsoApp;
use percorso::model::{CardKind, Channel, Evidence, Map};

/// Selects what is labelled `label` on the canvas.
fn select(harness: &mut Harness<'_, PercorsoApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

/// Replaces the text of the inspector field `label` (the `nth` of that name) by typing.
fn retype(harness: &mut Harness<'_, PercorsoApp>, label: &str, nth: usize, text: &str) {
    let fields: Vec<_> = harness
        .query_all_by_label(label)
        .filter(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
        .collect();
    fields[nth].focus();
    harness.run();
    press_with(harness, Modifiers::COMMAND, Key::A);
    type_text(harness, text);
    press(harness, Key::Escape);
}

/// Opens the combo box `label` and picks `option`.
fn pick(harness: &mut Harness<'_, PercorsoApp>, label: &str, option: &str) {
    harness.get_by_role_and_label(Role::ComboBox, label).click();
    harness.run();
    // The open list is drawn last, over the panel; it scrolls when it is long.
    harness
        .get_all_by_label(option)
        .last()
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness.get_all_by_label(option).last().unwrap().click();
    harness.run();
}

fn guitar_card(map: &Map) -> &percorso::model::Card {
    &map.personas[0].lanes[0].cards[14]
}

#[test]
fn every_field_of_a_card_edits_the_card_one_undo_step_each() {
    let mut harness = harness(template("guitar"));
    select(&mut harness, "Writes a five-star review");
    retype(&mut harness, "Text", 0, "Writes a review");
    retype(&mut harness, "Detail", 0, "On the shop's own page");
    pick(&mut harness, "Kind", "Opportunity");
    pick(&mut harness, "Channel", "✉ Email · online");
    pick(&mut harness, "Severity", "2 major");
    pick(&mut harness, "Evidence", "Assumed");
    harness
        .get_by_role_and_label(Role::SpinButton, "Votes")
        .set_value_accesskit(4.0);
    harness.run();
    harness.get_by_label("custom").click();
    harness.run();
    let card = guitar_card(harness.state().map()).clone();
    assert_eq!(card.text, "Writes a review");
    assert_eq!(card.detail, "On the shop's own page");
    assert_eq!(card.kind, Some(CardKind::Opportunity));
    assert_eq!(card.channel, Some(Channel::Email));
    assert_eq!(card.severity, Some(2));
    assert_eq!(card.evidence, Some(Evidence::Assumed));
    assert_eq!(card.votes, 4);
    assert_eq!(
        card.color.map(|c| c.0).as_deref(),
        Some("#CC79A7"),
        "a custom colour starts from the kind's"
    );
    pick(&mut harness, "Channel", "Other…");
    retype(&mut harness, "Other channel", 0, "Kiosk");
    assert_eq!(
        guitar_card(harness.state().map()).channel,
        Some(Channel::Other("Kiosk".into()))
    );
    for _ in 0..10 {
        undo(&mut harness);
    }
    assert!(
        *guitar_card(harness.state().map()) == *guitar_card(&template("guitar")),
        "ten changes, ten undo steps"
    );
}

#[test]
fn a_stage_is_renamed_described_timed_coloured_and_measured() {
    let mut harness = harness(template("guitar"));
    select(&mut harness, "Retention");
    retype(&mut harness, "Name", 0, "Retention & learning");
    retype(
        &mut harness,
        "Description",
        0,
        "The first months with the guitar.",
    );
    retype(&mut harness, "Duration", 0, "3 months");
    harness.get_by_label("custom").click();
    harness.run();
    harness.get_by_label("Add metric").click();
    harness.run();
    retype(&mut harness, "Metric name", 4, "Lessons finished");
    harness
        .get_all_by_label("Metric value")
        .nth(4)
        .unwrap()
        .set_value_accesskit(12.0);
    harness.run();
    retype(&mut harness, "Metric unit", 4, "%");
    // The second: the first counts the funnel's shoppers.
    harness
        .get_all_by_label("Remove this metric")
        .nth(1)
        .unwrap()
        .click();
    harness.run();
    let stage = harness.state().map().stages[3].clone();
    assert_eq!(stage.name, "Retention & learning");
    assert_eq!(stage.description, "The first months with the guitar.");
    assert_eq!(stage.duration, "3 months");
    assert!(stage.color.is_none(), "the stage's own colour is taken off");
    let metrics: Vec<(&str, f64, &str)> = stage
        .metrics
        .iter()
        .map(|m| (m.name.as_str(), m.value, m.unit.as_str()))
        .collect();
    assert_eq!(
        metrics,
        [
            ("Shoppers", 560.0, ""),
            ("Returns", 4.0, "%"),
            ("Community sign-ups", 38.0, "%"),
            ("Lessons finished", 12.0, "%")
        ],
        "a metric removed, one added"
    );
    for _ in 0..10 {
        undo(&mut harness);
    }
    assert!(
        harness.state().map().stages[3] == template("guitar").stages[3],
        "every change undone"
    );
}

#[test]
fn a_persona_gets_its_words_goals_colour_photo_and_a_lane() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("giulia.png");
    image::RgbaImage::from_pixel(40, 30, image::Rgba([200, 120, 40, 255]))
        .save(&photo)
        .unwrap();
    let mut harness = harness(template("guitar"));
    select(&mut harness, "Giulia");
    retype(
        &mut harness,
        "Description",
        0,
        "27, learns guitar in the evening.",
    );
    retype(&mut harness, "Quote", 0, "I want a real guitar.");
    harness.get_by_label("Add goal").click();
    harness.run();
    retype(&mut harness, "Goal", 3, "Play a song by summer");
    harness
        .get_all_by_label("Remove this goal")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("custom").click();
    harness.run();
    assert!(
        harness.state().map().personas[0].color.is_none(),
        "Giulia's own colour is taken off: she gets the palette's"
    );
    harness.get_by_label("Choose photo…").click();
    harness.run();
    wait_for_path_prompt(&mut harness);
    type_text(&mut harness, &photo.display().to_string());
    press(&mut harness, Key::Enter);
    pick(&mut harness, "Add lane", "Goals");
    let persona = harness.state().map().personas[0].clone();
    assert_eq!(persona.description, "27, learns guitar in the evening.");
    assert_eq!(persona.quote, "I want a real guitar.");
    assert_eq!(
        persona.goals,
        [
            "Start learning with proper resources",
            "Buy from a shop she can trust",
            "Play a song by summer"
        ]
    );
    let avatar = persona.avatar.clone().expect("the photo is the avatar");
    let pixels = percorso::file::photo::decode_avatar(&avatar).unwrap();
    assert_eq!(
        pixels.width() * 3,
        pixels.height() * 4,
        "the photo keeps its shape"
    );
    let [r, g, b, _] = pixels.get_pixel(pixels.width() / 2, pixels.height() / 2).0;
    assert!(r.abs_diff(200) < 3 && g.abs_diff(120) < 3 && b.abs_diff(40) < 3);
    assert_eq!(persona.lanes.last().unwrap().kind.display_name(), "Goals");
    select(&mut harness, "Giulia");
    harness.get_by_label("Remove photo").click();
    harness.run();
    assert!(harness.state().map().personas[0].avatar.is_none());
    undo(&mut harness);
    assert!(
        harness.state().map().personas[0].avatar.is_some(),
        "undo brings the photo back"
    );
}

#[test]
fn a_lane_is_retitled_and_changes_kind_when_its_contents_allow() {
    let mut harness = harness(template("guitar"));
    select(&mut harness, "Thoughts (Giulia)");
    retype(&mut harness, "Title", 0, "What she thinks");
    pick(&mut harness, "Lane kind", "Notes");
    let lane = harness.state().map().personas[0].lanes[2].clone();
    assert_eq!(lane.title.as_deref(), Some("What she thinks"));
    assert_eq!(lane.kind.display_name(), "Notes");
    undo(&mut harness);
    undo(&mut harness);
    assert!(harness.state().map().personas[0].lanes[2] == template("guitar").personas[0].lanes[2]);
}

#[test]
fn the_map_s_title_description_and_scale_and_a_scale_that_would_move_points_asks_first() {
    let mut harness = harness(template("guitar"));
    retype(&mut harness, "Title", 0, "Prima chitarra");
    retype(
        &mut harness,
        "Description",
        0,
        "Una principiante compra online.",
    );
    assert_eq!(harness.state().map().title, "Prima chitarra");
    assert_eq!(
        harness.state().map().description,
        "Una principiante compra online."
    );
    harness
        .get_by_role_and_label(Role::SpinButton, "Highest emotion")
        .set_value_accesskit(3.0);
    harness.run();
    assert_eq!(
        harness.state().map().emotion_scale.max,
        3,
        "no point moves: no question"
    );
    harness
        .get_by_role_and_label(Role::SpinButton, "Lowest emotion")
        .set_value_accesskit(-1.0);
    harness.run();
    harness.get_by_label("Change the scale to -1 to 3?");
    harness.get_by_label_contains("1 emotion point falls outside the new scale");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().map().emotion_scale.min,
        -2,
        "cancel changes nothing"
    );
    harness
        .get_by_role_and_label(Role::SpinButton, "Lowest emotion")
        .set_value_accesskit(-1.0);
    harness.run();
    harness.get_by_label("Change and clamp").click();
    harness.run();
    let map = harness.state().map().clone();
    assert_eq!(map.emotion_scale.min, -1);
    assert_eq!(
        map.personas[0].lanes[3].points[2].value, -1,
        "Purchase moved to the end"
    );
    undo(&mut harness);
    assert_eq!(
        harness.state().map().personas[0].lanes[3].points[2].value,
        -2
    );
    assert_eq!(
        harness.state().map().emotion_scale.min,
        -2,
        "one step for both"
    );
}

#[test]
fn deleting_a_persona_or_a_lane_that_holds_cards_asks_and_counts_them() {
    let mut harness = harness(template("omnicanale"));
    let davide = template("omnicanale").personas[1].clone();
    let pains = davide.lanes[2].cards.len();
    select(&mut harness, "Criticità (Davide, showroomer)");
    press(&mut harness, Key::Delete);
    harness.get_by_label("Delete the lane \"Criticità\"?");
    harness.get_by_label(&format!(
        "This also deletes {pains} cards and 0 emotion points. You can undo it."
    ));
    harness.get_by_label("Delete").click();
    harness.run();
    let lanes = |h: &Harness<'_, PercorsoApp>| h.state().map().personas[1].lanes.len();
    assert_eq!(lanes(&harness), davide.lanes.len() - 1);
    select(&mut harness, "Davide, showroomer");
    press(&mut harness, Key::Delete);
    harness.get_by_label("Delete the persona \"Davide, showroomer\"?");
    let cards: usize = davide.lanes.iter().map(|l| l.cards.len()).sum::<usize>() - pains;
    let points: usize = davide.lanes.iter().map(|l| l.points.len()).sum();
    harness.get_by_label(&format!(
        "This also deletes {} lanes and {cards} cards and {points} emotion points. You can undo it.",
        davide.lanes.len() - 1
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().map().personas.len(), 2);
    press(&mut harness, Key::Delete);
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(harness.state().map().personas.len(), 1);
    undo(&mut harness);
    undo(&mut harness);
    assert!(
        *harness.state().map() == template("omnicanale"),
        "both undone"
    );
}

/// Checks that every text field in view shows its whole value: one-line fields are wide enough
/// for it, and fields that wrap are tall enough for every line.
fn every_value_shows_whole(harness: &Harness<'_, PercorsoApp>, what: &str) {
    let style = harness.ctx.global_style();
    let font = egui::TextStyle::Body.resolve(&style);
    let padding = style.spacing.button_padding;
    for role in [Role::TextInput, Role::MultilineTextInput] {
        for node in harness.query_all_by_role(role) {
            let Some(value) = node.value().filter(|v| !v.is_empty()) else {
                continue;
            };
            let room = node.rect().shrink2(padding);
            let wrap = if role == Role::TextInput {
                f32::INFINITY
            } else {
                room.width()
            };
            let needs = harness.ctx.fonts_mut(|fonts| {
                fonts
                    .layout(value.clone(), font.clone(), egui::Color32::WHITE, wrap)
                    .size()
            });
            assert!(
                needs.x <= room.width() + 0.5 && needs.y <= room.height() + 1.0,
                "{what}: \"{value}\" needs {needs:?}, its field shows {:?}",
                room.size()
            );
        }
    }
}

#[test]
fn metric_names_and_every_other_value_show_whole_at_the_default_size_and_at_1280_x_720() {
    let mut long = template("ecommerce");
    long.title = "Generated journey with 5000 cards, a title longer than any field is wide".into();
    long.stages[0].duration = "two to three weeks, longer in the holiday season".into();
    long.stages[1].metrics[0].name = "Product page views per visit from organic search".into();
    let maps = [
        ("omnicanale", template("omnicanale")),
        ("ecommerce", template("ecommerce")),
        ("guitar", template("guitar")),
        ("long values", long),
    ];
    for size in [WINDOW, egui::vec2(1280.0, 720.0)] {
        for (name, map) in &maps {
            let stages: Vec<String> = map.stages.iter().map(|s| s.name.clone()).collect();
            let personas: Vec<String> = map.personas.iter().map(|p| p.name.clone()).collect();
            let mut harness = harness_sized(map.clone(), size, 0.05);
            every_value_shows_whole(&harness, &format!("{name}: the map"));
            for label in stages.iter().chain(&personas) {
                select(&mut harness, label);
                every_value_shows_whole(&harness, &format!("{name} at {size:?}: {label}"));
            }
        }
    }
}

#[test]
fn choosing_the_funnel_metric_is_one_undo_step_and_makes_the_map_version_2() {
    let mut map = template("guitar");
    (map.funnel, map.version) = (None, 1);
    let mut harness = harness(map);
    retype(&mut harness, "Title", 0, "Prima chitarra");
    pick(&mut harness, "Funnel", "Product page views");
    let map = harness.state().map();
    assert_eq!(map.funnel.as_deref(), Some("Product page views"));
    assert_eq!(map.version, 2, "a funnel needs format version 2");
    assert_eq!(map.title, "Prima chitarra", "the title's typing is kept");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let map = harness.state().map();
    assert_eq!(map.funnel, None, "one undo takes the funnel back");
    assert_eq!(map.version, 1);
    assert_eq!(map.title, "Prima chitarra", "and only the funnel");
    // Chosen again, from the metrics of another stage.
    pick(&mut harness, "Funnel", "Ad impressions");
    assert_eq!(
        harness.state().map().funnel.as_deref(),
        Some("Ad impressions")
    );
}
