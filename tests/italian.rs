//! The editor in Italian, driven as a user drives it: every menu, the inspector of every kind of
//! element, the dialogs, the palette, the drafts and the previous versions. What a screen reader
//! would read (every accessible name, value and description) is collected along the way and
//! checked word by word: no English is left, and what is the same in both languages is the
//! map's own text or a word both languages share ("File", "Email", "OK").

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, SystemTime};

use common::ui::{WINDOW, click_at, layout, on_screen, press, press_with, wait_for_path_prompt};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use fluent_syntax::ast;
use percorso::app::{PercorsoApp, Prefs};
use percorso::file::templates;
use percorso::lang::{self, Language, text_in};
use percorso::model::Map;
use percorso::safety::{DataDir, drafts};

/// The Italian omnichannel sample: Italian text, two personas, channels, severities, points.
fn sample() -> Map {
    templates::find_in("omnichannel", Language::Italian)
        .unwrap()
        .map()
        .unwrap()
}

/// The editor speaking `language` on the sample, saved at `path`, keeping work in `data` where
/// a draft of another window was left behind.
fn editor(language: Language, path: &Path, data: &Path) -> Harness<'static, PercorsoApp> {
    let (path, data) = (path.to_owned(), DataDir::new(data));
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .with_step_dt(0.05)
        .with_max_steps(60)
        .build_eframe(move |cc| {
            let prefs = Prefs {
                language: Some(language),
                ..Prefs::default()
            };
            let map = percorso::file::read_path(&path).unwrap();
            let mut app = PercorsoApp::with_map(&cc.egui_ctx, map, Some(path), prefs);
            app.keep_work_in(&cc.egui_ctx, data, None);
            app
        });
    harness.run();
    harness
}

/// Everything a screen reader can read now.
fn read_aloud(harness: &Harness<'_, PercorsoApp>, into: &mut BTreeSet<String>) {
    for node in harness.query_all(egui_kittest::kittest::By::new()) {
        let node = node.accesskit_node();
        // A wrapped label's lines, each a run of its text: the label itself reads it whole.
        if node.role() == egui::accesskit::Role::TextRun {
            continue;
        }
        for text in [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
        {
            if !text.trim().is_empty() {
                into.insert(text.trim().to_owned());
            }
        }
    }
}

fn said(language: Language, id: &str) -> String {
    text_in(language, id, &[])
}

/// Clicks the button or menu called `id` in `language` (the one on top, when a dialog's
/// "Annulla" (Cancel) is over the toolbar's "Annulla" (Undo)).
fn click(harness: &mut Harness<'_, PercorsoApp>, language: Language, id: &str) {
    harness
        .get_all_by_label(&said(language, id))
        .last()
        .unwrap()
        .click();
    harness.run();
}

fn close_popups(harness: &mut Harness<'_, PercorsoApp>) {
    press(harness, Key::Escape);
    press(harness, Key::Escape);
}

/// Opens each menu and submenu, reading each.
fn menus(harness: &mut Harness<'_, PercorsoApp>, language: Language, seen: &mut BTreeSet<String>) {
    for (menu, submenus) in [
        (
            "menu-file",
            &["menu-new-from-template", "menu-open-recent"][..],
        ),
        ("menu-edit", &[][..]),
        ("menu-view", &["menu-language"][..]),
    ] {
        for submenu in submenus {
            let label = said(language, submenu);
            for _ in 0..3 {
                if harness.query_by_label(&label).is_some() {
                    break;
                }
                click(harness, language, menu);
            }
            harness.get_by_label(&label).hover();
            harness.run();
            read_aloud(harness, seen);
            close_popups(harness);
        }
        click(harness, language, menu);
        read_aloud(harness, seen);
        close_popups(harness);
    }
}

/// Clicks at the centre of `rect_in_map`.
fn click_in_map(harness: &mut Harness<'_, PercorsoApp>, rect_in_map: egui::Rect) {
    let at = on_screen(harness, rect_in_map.center());
    click_at(harness, at);
}

/// Selects a card, a stage, a persona, a lane, an empty cell and an emotion point, and reads
/// the inspector for each; opens the card's channel list.
fn inspector(
    harness: &mut Harness<'_, PercorsoApp>,
    language: Language,
    seen: &mut BTreeSet<String>,
) {
    let laid = layout(harness);
    let card = laid
        .cards
        .iter()
        .find(|c| c.rect.width() > 10.0)
        .unwrap()
        .rect;
    click_in_map(harness, card);
    read_aloud(harness, seen);
    harness
        .get_by_role_and_label(egui::Role::ComboBox, &said(language, "field-channel"))
        .click();
    harness.run();
    read_aloud(harness, seen);
    close_popups(harness);
    click_in_map(harness, laid.stage_header_rect(1));
    read_aloud(harness, seen);
    click_in_map(harness, laid.persona_header_rect(0));
    read_aloud(harness, seen);
    let point = laid.points.first().unwrap().pos;
    click_in_map(
        harness,
        egui::Rect::from_center_size(point, egui::vec2(2.0, 2.0)),
    );
    read_aloud(harness, seen);
    press_with(harness, Modifiers::COMMAND, Key::A);
    read_aloud(harness, seen);
    press(harness, Key::Escape);
}

/// The command palette, the export dialog, the delete question, the typed-path prompt, the
/// question about unsaved changes and the list of previous versions.
fn dialogs(
    harness: &mut Harness<'_, PercorsoApp>,
    language: Language,
    seen: &mut BTreeSet<String>,
) {
    press_with(harness, Modifiers::COMMAND, Key::K);
    read_aloud(harness, seen);
    press(harness, Key::Escape);
    press_with(harness, Modifiers::COMMAND, Key::E);
    read_aloud(harness, seen);
    click(harness, language, "button-cancel");
    let laid = layout(harness);
    click_in_map(harness, laid.stage_header_rect(0));
    press(harness, Key::Delete);
    read_aloud(harness, seen);
    click(harness, language, "button-cancel");
    press_with(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    wait_for_path_prompt_in(harness, language);
    read_aloud(harness, seen);
    click(harness, language, "button-cancel");
    harness
        .get_by_label(&said(language, "toolbar-add-stage"))
        .click();
    harness.run();
    press_with(harness, Modifiers::COMMAND, Key::N);
    read_aloud(harness, seen);
    click(harness, language, "button-cancel");
    press_with(harness, Modifiers::COMMAND, Key::S);
    press_with(harness, Modifiers::COMMAND, Key::S);
    click(harness, language, "menu-file");
    harness.get_by_label(&command(language, "backups")).click();
    harness.run();
    read_aloud(harness, seen);
    click(harness, language, "button-close");
}

fn command(language: Language, name: &str) -> String {
    said(language, &format!("command-{name}"))
}

fn wait_for_path_prompt_in(harness: &mut Harness<'_, PercorsoApp>, language: Language) {
    if language == Language::English {
        wait_for_path_prompt(harness);
        return;
    }
    for _ in 0..250 {
        harness.step();
        if harness
            .query_by_label(&said(language, "prompt-field"))
            .is_some()
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no typed-path prompt appeared");
}

/// Everything the editor says in `language` on the way through: the window at start (with the
/// drafts left behind offered), the menus, the inspector and the dialogs; and the map after.
fn tour(language: Language) -> (BTreeSet<String>, Map) {
    let folder = tempfile::tempdir().unwrap();
    let (path, data) = (
        folder.path().join("negozio.ron"),
        folder.path().join("data"),
    );
    percorso::file::save(&path, &sample()).unwrap();
    let left = drafts::draft_path(&DataDir::new(&data), "9-9");
    let written = SystemTime::now() - Duration::from_mins(3);
    drafts::write(
        &left,
        &drafts::draft_text(&sample(), Some(&path), None, written),
    )
    .unwrap();
    let mut harness = editor(language, &path, &data);
    let mut seen = BTreeSet::new();
    read_aloud(&harness, &mut seen);
    click(&mut harness, language, "drafts-later");
    read_aloud(&harness, &mut seen);
    menus(&mut harness, language, &mut seen);
    // The insights panel, shown and hidden again.
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    read_aloud(&harness, &mut seen);
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    inspector(&mut harness, language, &mut seen);
    dialogs(&mut harness, language, &mut seen);
    let map = harness.state().map().clone();
    (seen, map)
}

/// Every text of `map` that is the user's: titles, names, descriptions, card texts, notes.
fn map_texts(map: &Map) -> Vec<String> {
    let mut texts = vec![map.title.clone(), map.description.clone()];
    for stage in &map.stages {
        texts.extend([
            stage.name.clone(),
            stage.description.clone(),
            stage.duration.clone(),
        ]);
        texts.extend(
            stage
                .metrics
                .iter()
                .flat_map(|m| [m.name.clone(), m.unit.clone()]),
        );
    }
    for persona in &map.personas {
        texts.extend([
            persona.name.clone(),
            persona.description.clone(),
            persona.quote.clone(),
        ]);
        texts.extend(persona.goals.iter().cloned());
        for lane in &persona.lanes {
            texts.extend(lane.title.clone());
            for card in &lane.cards {
                texts.extend([card.text.clone(), card.detail.clone()]);
            }
            texts.extend(lane.points.iter().map(|p| p.note.clone()));
        }
    }
    texts.retain(|t| !t.trim().is_empty());
    // Longest first, so that a name inside a longer text does not break it apart.
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

/// `text` without each whole-word occurrence of `part` ("min" goes from "5 min", not from
/// "Elimina").
fn without_whole(text: &str, part: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(part) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + part.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let end = at + part.len();
        if whole {
            out.push_str(&rest[..at]);
            out.push(' ');
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// What is left of `text` once the map's own texts, file paths and colours are taken out.
fn percorsos_words(text: &str, map: &[String]) -> String {
    let mut rest = text.to_owned();
    for own in map {
        rest = without_whole(&rest, own);
    }
    rest.split_whitespace()
        .filter(|word| !word.contains('/') && !word.contains(".ron") && !word.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every word the Italian catalogs use, with the names Percorso gives itself and its
/// languages: what the Italian editor may say besides the map's own text.
fn italian_vocabulary() -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for (_, source) in lang::files(Language::Italian) {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry
                && let Some(value) = &message.value
            {
                pattern_words(value, &mut words);
            }
        }
    }
    words.extend(["Percorso", "English", "Italiano"].map(str::to_owned));
    words
}

fn pattern_words(value: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &value.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.extend(words_of(value)),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    pattern_words(&variant.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// The words of `text`: runs of two letters or more.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'')
        .map(|word| word.trim_matches('\''))
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_editor_in_italian_says_no_english_word() {
    let (italian, map) = tour(Language::Italian);
    assert!(
        italian.len() > 150,
        "only {} texts read in Italian",
        italian.len()
    );
    let own = map_texts(&map);
    let vocabulary = italian_vocabulary();
    let mut english_left = BTreeSet::new();
    for text in &italian {
        // A wrapped line of a long text is read on its own: still the map's.
        if own.iter().any(|o| o.contains(text.as_str())) {
            continue;
        }
        for word in words_of(&percorsos_words(text, &own)) {
            if !vocabulary.contains(&word) {
                english_left.insert(format!("{word} (in {text:?})"));
            }
        }
    }
    assert!(english_left.is_empty(), "not Italian: {english_left:#?}");
    // And the Italian words are really on screen.
    for expected in [
        "Modifica",
        "Vista",
        "Punti di contatto",
        "Criticità",
        "Recupera le modifiche non salvate",
        "Salva con nome…",
        "Esporta",
        "Versioni precedenti di negozio.ron",
        "Salvare le modifiche a negozio.ron?",
    ] {
        assert!(
            italian.iter().any(|t| t.contains(expected)),
            "the Italian editor never says {expected}"
        );
    }
}

#[test]
fn view_language_switches_every_word_at_once_and_is_remembered_in_the_settings() {
    let mut harness = common::ui::harness(common::ui::template("guitar"));
    assert!(harness.query_by_label("Edit").is_some());
    click(&mut harness, Language::English, "menu-view");
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("Italiano").click();
    harness.run();
    assert_eq!(harness.state().language(), Language::Italian);
    assert_eq!(harness.state().prefs().language, Some(Language::Italian));
    assert!(
        harness.query_by_label("Edit").is_none(),
        "the menu still says Edit"
    );
    assert!(harness.query_by_label("Modifica").is_some());
    assert!(
        harness.query_by_label("Mappa del percorso").is_some(),
        "the canvas's name"
    );
    // The map's own words are the user's: the English sample stays English.
    assert_eq!(harness.state().map().title, "Buying a guitar online");
    // One click back.
    click(&mut harness, Language::Italian, "menu-view");
    harness.get_by_label("Lingua").hover();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_by_label("Edit").is_some());
    assert_eq!(harness.state().prefs().language, Some(Language::English));
}

#[test]
fn new_from_template_offers_each_template_in_both_languages_the_interface_s_first() {
    let prefs = Prefs {
        language: Some(Language::Italian),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .build_eframe(move |cc| PercorsoApp::with_map(&cc.egui_ctx, sample(), None, prefs));
    harness.run();
    click(&mut harness, Language::Italian, "menu-file");
    harness.get_by_label("Nuova da modello").hover();
    harness.run();
    assert!(
        harness
            .query_by_label("Comprare una chitarra online")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Comprare una chitarra online (inglese)")
            .is_some()
    );
    harness.get_by_label("Percorso e-commerce").click();
    harness.run();
    let map = harness.state().map();
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, common::ITALIAN_ECOMMERCE_STAGES);
}
