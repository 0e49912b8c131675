//! The keyboard: which widget the keys go to (a field, or the canvas, which takes the plain-key
//! shortcuts itself), the focus sessions that bound one undo step of typing, the text cursor's
//! blink, and the shortcuts turned into commands.

use egui::{Event, Key};

use super::PercorsoApp;
use super::document::Document;
use super::messages::{Action, Command};

/// How long a text cursor blinks after the last key or click, in seconds.
const CURSOR_BLINK_SECS: f64 = 10.0;

/// Where the keys go, between frames.
#[derive(Default)]
pub struct Keyboard {
    /// Bumped whenever the focus moves to another widget, with the widget focused now.
    session: (u64, Option<egui::Id>),
    /// The canvas's widget: it holds the keyboard focus when no field does.
    canvas: Option<egui::Id>,
    /// Whether a field had the keyboard focus when the last frame ended.
    field_had_focus: bool,
    /// When the last input came (egui time), for the text cursor's blink.
    last_input_secs: f64,
}

impl Keyboard {
    /// At the start of a frame: starts a new merge session of `doc`'s history whenever the
    /// keyboard focus moved to another widget, and notes whether a field had the keys.
    pub fn begin_frame(
        &mut self,
        ctx: &egui::Context,
        doc: &mut Document,
        canvas: Option<egui::Id>,
    ) {
        self.canvas = canvas;
        let focused = ctx.memory(egui::Memory::focused);
        if focused != self.session.1 {
            self.session = (self.session.0 + 1, focused);
            doc.break_merge();
        }
    }

    /// Changes whenever keyboard focus moves, so typing merges only within one field visit.
    #[must_use]
    pub fn session(&self) -> u64 {
        self.session.0
    }

    /// Whether the keys of this frame go to a field: any focused widget but the canvas, or
    /// the field that had the focus when Escape was pressed (egui drops the focus on Escape
    /// before the frame runs, and Escape in a field leaves the field; it does not also clear
    /// the selection).
    #[must_use]
    pub fn typing(&self, ctx: &egui::Context) -> bool {
        self.field_has_focus(ctx)
            || (self.field_had_focus && ctx.input(|i| i.key_pressed(Key::Escape)))
    }

    /// Whether a widget other than the canvas has the keyboard focus now.
    fn field_has_focus(&self, ctx: &egui::Context) -> bool {
        ctx.memory(egui::Memory::focused)
            .is_some_and(|focused| Some(focused) != self.canvas)
    }

    /// At the end of a frame: notes whether a field has the keys, and calms the cursor.
    pub fn end_frame(&mut self, ctx: &egui::Context) {
        self.field_had_focus = self.field_has_focus(ctx);
        self.calm_cursor(ctx);
    }

    /// Lets a text cursor blink for [`CURSOR_BLINK_SECS`] after the last input, then shows it
    /// steady, as GTK's desktops do: a dialog left open with a field in it then draws no frames
    /// at all (each one costs a whole window's pixels, a lot on a software renderer).
    fn calm_cursor(&mut self, ctx: &egui::Context) {
        let (now, input) = ctx.input(|i| (i.time, !i.events.is_empty()));
        if input {
            self.last_input_secs = now;
        }
        let blink = now - self.last_input_secs < CURSOR_BLINK_SECS;
        if ctx.global_style().visuals.text_cursor.blink != blink {
            ctx.global_style_mut(|style| style.visuals.text_cursor.blink = blink);
            // The frame just drawn still blinks (or not): draw the cursor as it is now.
            ctx.request_repaint();
        }
    }
}

impl PercorsoApp {
    /// Turns shortcuts, and the clipboard events the platform sends for Ctrl+C/X/V, into
    /// commands; only those that can run now, and none while a dialog or a card's text has the
    /// keys (or, for plain keys, while a field has them).
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialogs.is_open() || self.canvas.is_typing() {
            return;
        }
        let typing = self.keyboard.typing(ctx);
        let state = self.command_state();
        // egui matches shortcuts "logically", ignoring an extra Shift: Ctrl+Shift+Z would also
        // match Ctrl+Z. Consuming the shortcuts with more modifiers first keeps them apart.
        let mut commands = Command::ALL;
        commands.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| modifier_count(s.modifiers)))
        });
        for command in commands {
            let kept_by_field = command.is_plain_key()
                || matches!(command, Command::SelectAll | Command::Undo | Command::Redo);
            if typing && kept_by_field {
                continue;
            }
            for shortcut in command.shortcuts() {
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) && command.is_enabled(state) {
                    self.actions.push(Action::Command(command));
                }
            }
        }
        if typing {
            return;
        }
        for event in ctx.input(|i| i.events.clone()) {
            match event {
                Event::Copy | Event::Cut => {
                    let command = if event == Event::Copy {
                        Command::Copy
                    } else {
                        Command::Cut
                    };
                    if command.is_enabled(state) {
                        self.actions.push(Action::Command(command));
                    }
                }
                Event::Paste(text) => self.actions.push(Action::Paste(text)),
                Event::Key {
                    key: Key::Enter,
                    pressed: true,
                    modifiers,
                    ..
                } if modifiers.is_none() => {
                    self.actions.push(Action::Command(Command::Rename));
                }
                _ => {}
            }
        }
    }
}

fn modifier_count(modifiers: egui::Modifiers) -> u8 {
    u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
        + u8::from(modifiers.alt)
}
