//! Driving the real App with `egui_kittest` as a user does: a window of the default size,
//! pointer drags in steps, key presses, typed text, and where things are on screen.

use std::path::Path;

use egui::{Key, Modifiers, Pos2, Rect, Role, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use percorso::app::{PercorsoApp, Prefs};
use percorso::file::templates;
use percorso::layout::MapLayout;
use percorso::model::Map;
use percorso::paint::EguiMeasure;

/// The window's default size, as `percorso` opens it.
pub const WINDOW: egui::Vec2 = vec2(1440.0, 900.0);

/// A built-in template's map, in English; `omnicanale` is the Italian omnichannel journey.
pub fn template(name: &str) -> Map {
    let language = if name == "omnicanale" {
        percorso::lang::Language::Italian
    } else {
        percorso::lang::Language::English
    };
    templates::find_in(name, language)
        .and_then(|t| t.map().ok())
        .unwrap_or_else(|| panic!("the template {name} reads"))
}

/// The editor showing `map`, untitled, frames 50 ms apart.
pub fn harness(map: Map) -> Harness<'static, PercorsoApp> {
    harness_sized(map, WINDOW, 0.05)
}

/// The editor showing `map` in a window of `size`, frames `step_dt` seconds apart (double
/// clicks need short steps).
pub fn harness_sized(map: Map, size: egui::Vec2, step_dt: f32) -> Harness<'static, PercorsoApp> {
    let mut builder = Harness::builder()
        .with_size(size)
        .with_step_dt(step_dt)
        .with_max_steps(60);
    if super::frames_on_cpu() {
        builder = builder.renderer(super::cpu_renderer::CpuRenderer::new());
    }
    let mut harness = builder
        .build_eframe(move |cc| PercorsoApp::with_map(&cc.egui_ctx, map, None, Prefs::default()));
    harness.run();
    harness
}

/// The layout of the map on screen, measured as the app measures it.
pub fn layout(harness: &Harness<'_, PercorsoApp>) -> MapLayout {
    let app = harness.state();
    MapLayout::new(app.map(), app.view(), &EguiMeasure(&harness.ctx))
}

/// A position in map units, on screen.
pub fn on_screen(harness: &Harness<'_, PercorsoApp>, pos_in_map: Pos2) -> Pos2 {
    harness.state().camera().to_screen * pos_in_map
}

/// A rectangle in map units, on screen.
pub fn rect_on_screen(harness: &Harness<'_, PercorsoApp>, rect_in_map: Rect) -> Rect {
    harness.state().camera().to_screen.mul_rect(rect_in_map)
}

/// Presses at `from`, moves in steps to `to` and releases there, as a hand would.
pub fn drag(harness: &mut Harness<'_, PercorsoApp>, from: Pos2, to: Pos2) {
    drag_and_look(harness, from, to, |_| {});
}

/// [`drag`], calling `look` with the pointer over `to` before the button is released.
pub fn drag_and_look(
    harness: &mut Harness<'_, PercorsoApp>,
    from: Pos2,
    to: Pos2,
    look: impl FnOnce(&mut Harness<'_, PercorsoApp>),
) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=6u8 {
        let t = f32::from(step) / 6.0;
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
    look(harness);
    harness.drop_at(to);
    harness.run();
}

/// Presses `key` and lets the app answer.
pub fn press(harness: &mut Harness<'_, PercorsoApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Presses `key` with `modifiers` and lets the app answer.
pub fn press_with(harness: &mut Harness<'_, PercorsoApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Ctrl+Z.
pub fn undo(harness: &mut Harness<'_, PercorsoApp>) {
    press_with(harness, Modifiers::COMMAND, Key::Z);
}

/// Ctrl+Shift+Z.
pub fn redo(harness: &mut Harness<'_, PercorsoApp>) {
    press_with(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
}

/// Types `text` into the focused field.
pub fn type_text(harness: &mut Harness<'_, PercorsoApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// Waits (in real time: file dialogs run on a thread) for the typed-path prompt, which is what
/// appears where no file dialog exists, as in tests.
pub fn wait_for_path_prompt(harness: &mut Harness<'_, PercorsoApp>) {
    for _ in 0..250 {
        harness.step();
        if harness
            .query_by_role_and_label(Role::TextInput, "File path")
            .is_some()
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("no typed-path prompt appeared");
}

/// Answers the typed-path prompt with `path`: types it (replacing what is offered) and clicks OK.
pub fn answer_path_prompt(harness: &mut Harness<'_, PercorsoApp>, path: &Path) {
    type_path(harness, path);
    harness.get_by_label("OK").click();
    harness.run();
}

/// Types `path` into the typed-path prompt, replacing what is offered there.
pub fn type_path(harness: &mut Harness<'_, PercorsoApp>, path: &Path) {
    wait_for_path_prompt(harness);
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .focus();
    harness.run();
    press_with(harness, Modifiers::COMMAND, Key::A);
    type_text(harness, &path.display().to_string());
}

/// The texts of the cards in one cell, top to bottom.
pub fn cell_texts(map: &Map, persona: usize, lane: usize, stage: &str) -> Vec<String> {
    let lane = &map.personas[persona].lanes[lane];
    lane.cards
        .iter()
        .filter(|c| c.stage.as_str() == stage)
        .map(|c| c.text.clone())
        .collect()
}

/// Whether a text field shows `text`.
pub fn field_shows(harness: &Harness<'_, PercorsoApp>, text: &str) -> bool {
    [Role::TextInput, Role::MultilineTextInput]
        .into_iter()
        .any(|role| {
            harness
                .query_all_by_role(role)
                .any(|node| node.value().as_deref() == Some(text))
        })
}

/// The canvas on screen.
pub fn canvas(harness: &Harness<'_, PercorsoApp>) -> Rect {
    harness.get_by_label("Journey map").rect()
}

/// Clicks `label` twice in quick succession (the harness must step in short frames).
pub fn double_click(harness: &mut Harness<'_, PercorsoApp>, label: &str) {
    let at = harness
        .get_by_role_and_label(Role::Button, label)
        .rect()
        .center();
    double_click_at(harness, at);
}

/// Clicks once at `pos`, pressing and releasing in one frame as a quick hand does.
pub fn click_at(harness: &mut Harness<'_, PercorsoApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
}

/// Clicks at `pos` twice in quick succession (the harness must step in short frames).
pub fn double_click_at(harness: &mut Harness<'_, PercorsoApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.step();
    for _ in 0..2 {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        harness.step();
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
}

/// Steps until the camera's jump has ended (at most `frames` frames).
pub fn settle(harness: &mut Harness<'_, PercorsoApp>, frames: usize) {
    for _ in 0..frames {
        harness.step();
        if !harness.state().camera().is_animating() {
            break;
        }
    }
    harness.run();
}

/// Checks that with nothing happening the window rests: a frame without input asks for no
/// frame at once (only, at most, for the text cursor's next blink), does not restart the input method (which on a real
/// window wakes it again at once, without end), and once the cursor has stopped blinking (ten
/// seconds after the last input) asks for no frame at all.
pub fn assert_rests(harness: &mut Harness<'_, PercorsoApp>, what: &str) {
    harness.run();
    harness.step();
    let delay = next_frame_in(harness);
    assert!(
        delay > std::time::Duration::ZERO,
        "{what}: the next frame is asked for at once"
    );
    let interrupts = harness
        .output()
        .platform_output
        .ime
        .as_ref()
        .is_some_and(|ime| ime.should_interrupt_composition);
    assert!(
        !interrupts,
        "{what}: the input method is restarted every frame"
    );
    let started = harness.ctx.input(|i| i.time);
    while harness.ctx.input(|i| i.time) - started < 11.0 {
        harness.step();
    }
    harness.step();
    assert_eq!(
        next_frame_in(harness),
        std::time::Duration::MAX,
        "{what}: after ten quiet seconds nothing asks for a frame"
    );
}

/// When the last frame asked for the next one.
pub fn next_frame_in(harness: &Harness<'_, PercorsoApp>) -> std::time::Duration {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(std::time::Duration::MAX, |v| v.repaint_delay)
}

/// The text the last frame put on the clipboard, if any.
pub fn copied_text(harness: &Harness<'_, PercorsoApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}
