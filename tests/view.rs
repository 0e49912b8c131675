//! Opening maps and what the View menu promises, through the real App: New from template, Open
//! recent, a file dropped on the window, the file watch noticing a change by itself, the dark
//! theme, the overlay of every persona's curve with its legend, and the plain blocks a big map
//! turns into when its text would be unreadable.

#![allow(clippy::unwrap_used)]
// Test setup fails loudly by design.
// Screen points turned into the pixels of a rendered image: small, positive, rounded down.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

mod common;

use std::time::Duration;

use common::ui::{harness, layout, rect_on_screen, template};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Prefs};
use percorso::file;
use percorso::layout::CARD_TEXT_SIZE;
use percorso::layout::DETAIL_TEXT_SIZE;

fn menu(harness: &mut Harness<'_, PercorsoApp>, path: &[&str]) {
    for item in path {
        harness.get_all_by_label(item).last().unwrap().click();
        harness.run();
    }
}

#[test]
fn new_from_template_replaces_an_unchanged_map() {
    let mut harness = harness(template("guitar"));
    menu(
        &mut harness,
        &["File", "New from template", "E-commerce journey"],
    );
    assert!(*harness.state().map() == template("ecommerce"));
    assert!(harness.state().window_title().starts_with("Untitled — "));
}

#[test]
fn open_recent_lists_the_remembered_maps_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    let shop = dir.path().join("shop.ron");
    file::save(&shop, &template("ecommerce")).unwrap();
    let mut prefs = Prefs::default();
    prefs.remember_file(&dir.path().join("gone.ron"));
    prefs.remember_file(&shop);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(common::ui::WINDOW)
        .build_eframe(move |cc| {
            PercorsoApp::with_map(&cc.egui_ctx, template("guitar"), None, prefs)
        });
    harness.run();
    menu(&mut harness, &["File", "Open recent"]);
    harness.get_by_label(&dir.path().join("gone.ron").display().to_string());
    menu(&mut harness, &[&shop.display().to_string()]);
    assert!(*harness.state().map() == template("ecommerce"));
    assert_eq!(harness.state().prefs().recent[0], shop, "newest first");
}

#[test]
fn a_map_dropped_on_the_window_opens_and_other_files_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let shop = dir.path().join("shop.ron");
    file::save(&shop, &template("omnicanale")).unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "not a map").unwrap();
    let mut harness = harness(template("guitar"));
    let drop = |harness: &mut Harness<'_, PercorsoApp>, path: &std::path::Path| {
        let file: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(path.to_owned()));
        harness.input_mut().dropped_files.push(file);
        harness.run();
    };
    drop(&mut harness, &notes);
    assert!(
        *harness.state().map() == template("guitar"),
        "a text file is not a map"
    );
    drop(&mut harness, &shop);
    assert!(*harness.state().map() == template("omnicanale"));
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(shop.as_path())
    );
}

/// A file dropped from the desktop, as the windowing system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}

#[test]
fn a_change_by_another_program_is_noticed_within_seconds_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.ron");
    file::save(&path, &template("guitar")).unwrap();
    let opened = path.clone();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(common::ui::WINDOW)
        .build_eframe(move |cc| {
            let mut app = PercorsoApp::with_map(&cc.egui_ctx, egui_map(), None, Prefs::default());
            app.open(&opened);
            app
        });
    harness.run();
    let mut theirs = template("guitar");
    theirs.title = "Synced from the cloud".to_owned();
    // A second later, so that the file's time tells a change even on coarse clocks.
    std::thread::sleep(Duration::from_millis(1100));
    file::save(&path, &theirs).unwrap();
    let noticed = common::wait_until("the watch to notice", Duration::from_secs(6), || {
        harness.step();
        harness
            .query_by_label("client.ron was changed by another program.")
            .map(|_| ())
    });
    assert!(noticed.is_ok(), "the two-second watch noticed by itself");
}

fn egui_map() -> percorso::model::Map {
    percorso::model::Map::new("Start")
}

#[test]
fn the_dark_theme_darkens_the_canvas_and_the_panels_and_comes_back() {
    let mut harness = harness(template("guitar"));
    menu(&mut harness, &["View"]);
    harness
        .get_by_role_and_label(Role::CheckBox, "Dark theme")
        .click();
    harness.run();
    assert!(harness.state().prefs().dark);
    assert!(
        harness.ctx.global_style().visuals.dark_mode,
        "the panels too"
    );
    if common::can_render() {
        let image = harness.render().unwrap();
        let desk = common::ui::canvas(&harness).max - egui::vec2(6.0, 6.0);
        let [r, g, b, _] = image.get_pixel(desk.x as u32, desk.y as u32).0;
        assert!(
            u32::from(r) + u32::from(g) + u32::from(b) < 3 * 60,
            "the desk is dark: {r} {g} {b}"
        );
    }
    common::ui::press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::K);
    common::ui::type_text(&mut harness, "dark");
    common::ui::press(&mut harness, egui::Key::Enter);
    assert!(
        !harness.state().prefs().dark,
        "and back to light from the palette"
    );
    assert!(!harness.ctx.global_style().visuals.dark_mode);
}

/// The pixels of `area` that differ (by more than 30 levels) between two renders, and how many
/// of them are warmer (more red than blue) in the second.
fn changed(a: &image::RgbaImage, b: &image::RgbaImage, area: egui::Rect) -> (usize, usize) {
    let (mut changed, mut warmer) = (0, 0);
    for y in area.min.y.max(0.0) as u32..(area.max.y as u32).min(a.height()) {
        for x in area.min.x.max(0.0) as u32..(area.max.x as u32).min(a.width()) {
            let (p, q) = (a.get_pixel(x, y).0, b.get_pixel(x, y).0);
            if p.iter().zip(q).any(|(u, v)| u.abs_diff(v) > 30) {
                changed += 1;
                if q[0] > q[2].saturating_add(40) {
                    warmer += 1;
                }
            }
        }
    }
    (changed, warmer)
}

#[test]
fn the_overlay_draws_the_other_personas_curve_and_a_legend_in_each_emotion_lane() {
    if !common::can_render() {
        return;
    }
    let mut harness = harness(template("omnicanale"));
    let layout = layout(&harness);
    let chiara_emotions = rect_on_screen(&harness, layout.band_rect(0)).intersect(rect_on_screen(
        &harness,
        layout.cell_rect(0, 1, 0).union(layout.cell_rect(0, 1, 3)),
    ));
    let before = harness.render().unwrap();
    menu(&mut harness, &["View"]);
    harness
        .get_by_role_and_label(Role::CheckBox, "Overlay all personas' emotion curves")
        .click();
    harness.run();
    assert!(harness.state().view().overlay_emotions);
    let (changed, warmer) = changed(&before, &harness.render().unwrap(), chiara_emotions);
    assert!(
        changed > 300 && warmer * 2 > changed,
        "Davide's orange curve and the legend appear in Chiara's emotion lane: {changed} pixels changed, {warmer} of them warm"
    );
}

#[test]
fn a_big_map_at_fit_is_drawn_as_plain_blocks_and_in_detail_when_zoomed_in() {
    let mut harness = harness(percorso::synthetic::map_with_cards(2_000));
    let zoom = harness.state().camera().zoom();
    assert!(
        CARD_TEXT_SIZE * zoom < DETAIL_TEXT_SIZE,
        "the whole 2,000-card map makes text unreadable: {zoom}"
    );
    let layout = layout(&harness);
    let first = &harness.state().map().personas[0].lanes[0].cards[0]
        .text
        .clone();
    assert!(
        harness.query_by_label(first).is_none(),
        "no card is read out while its text is not drawn"
    );
    if common::can_render() {
        let image = harness.render().unwrap();
        let card = rect_on_screen(&harness, layout.cards[0].rect).shrink(1.0);
        let inner = egui::Rect::from_min_max(
            egui::pos2(card.min.x + card.width() / 3.0, card.min.y),
            card.max,
        );
        let colours: std::collections::HashSet<[u8; 4]> = (inner.min.y as u32..inner.max.y as u32)
            .flat_map(|y| (inner.min.x as u32..inner.max.x as u32).map(move |x| (x, y)))
            .map(|(x, y)| image.get_pixel(x, y).0)
            .collect();
        assert!(
            colours.len() <= 3,
            "a plain block: {} colours",
            colours.len()
        );
        let canvas = common::ui::canvas(&harness);
        let shown = image::imageops::crop_imm(
            &image,
            canvas.min.x as u32,
            canvas.min.y as u32,
            canvas.width() as u32,
            canvas.height() as u32,
        )
        .to_image();
        common::pictures::assert_looks_like(
            &shown,
            &common::frame_reference("canvas-plain-blocks"),
        );
    }
    for _ in 0..12 {
        common::ui::press(&mut harness, egui::Key::Plus);
    }
    common::ui::settle(&mut harness, 300);
    assert!(CARD_TEXT_SIZE * harness.state().camera().zoom() >= DETAIL_TEXT_SIZE);
    assert!(
        harness.query_all_by_role(Role::Button).count() > 10,
        "zoomed in, the cards in view are read out"
    );
}
