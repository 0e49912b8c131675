//! Presentation mode: the map alone on the screen, full screen, in the projector theme, walked
//! through one stage at a time (→ / Page Down / Space, ← / Page Up, Home / End), one persona or
//! all of them (P or 1 to 9, A), with the journey strip below saying where we are. F5 or Esc
//! ends it. It owns which stage and persona are shown; the canvas's camera frames them, and
//! everything else (the map, the selection, editing) is the editor's as always.

mod strip;
mod walk;

use egui::{Key, Modifiers};

use crate::layout::MapLayout;

/// What the presentation shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    /// Whether the window presents.
    pub on: bool,
    /// The stage shown, as a column of the layout.
    pub column: usize,
    /// The persona shown alone, as a band of the layout, or all of them.
    pub band: Option<usize>,
    /// The stage shown, by id (for new cards typed in while presenting), once framed.
    pub stage: Option<crate::model::StageId>,
    /// The persona shown alone, by index in the map, once framed.
    pub persona: Option<usize>,
    /// Whether the camera is still to be pointed at what is shown (the presentation started or
    /// ended since the last frame; its stage is then the selection's).
    pub reframe: bool,
}

/// A key's meaning while presenting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The stage after this one.
    Next,
    /// The stage before this one.
    Previous,
    /// The first stage.
    First,
    /// The last stage.
    Last,
    /// The next persona alone (after the last, the first).
    NextPersona,
    /// This persona alone (0 is the first).
    Persona(usize),
    /// Every persona.
    AllPersonas,
    /// Back to editing.
    Leave,
}

impl Presentation {
    /// The steps the keys of this frame ask for, consumed so that nothing else acts on them;
    /// ← and → only when `arrows_free` (no card is selected: then they move between cards).
    pub fn keys(ctx: &egui::Context, arrows_free: bool) -> Vec<Step> {
        let mut keys = vec![
            (Key::PageDown, Step::Next),
            (Key::Space, Step::Next),
            (Key::PageUp, Step::Previous),
            (Key::Home, Step::First),
            (Key::End, Step::Last),
            (Key::P, Step::NextPersona),
            (Key::A, Step::AllPersonas),
            (Key::Escape, Step::Leave),
        ];
        if arrows_free {
            keys.extend([
                (Key::ArrowRight, Step::Next),
                (Key::ArrowLeft, Step::Previous),
            ]);
        }
        let digits = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        keys.extend(
            digits
                .into_iter()
                .zip(0..)
                .map(|(key, n)| (key, Step::Persona(n))),
        );
        ctx.input_mut(|input| {
            keys.into_iter()
                .filter(|(key, _)| input.consume_key(Modifiers::NONE, *key))
                .map(|(_, step)| step)
                .collect()
        })
    }

    /// Takes `step` in a map laid out as `layout`; whether what is shown changed.
    pub fn take(&mut self, step: Step, layout: &MapLayout) -> bool {
        let last_column = layout.columns.len().saturating_sub(1);
        let before = self.clone();
        match step {
            Step::Next => self.column = (self.column + 1).min(last_column),
            Step::Previous => self.column = self.column.saturating_sub(1),
            Step::First => self.column = 0,
            Step::Last => self.column = last_column,
            Step::NextPersona if !layout.bands.is_empty() => {
                self.band = Some(self.band.map_or(0, |band| (band + 1) % layout.bands.len()));
            }
            Step::Persona(band) if band < layout.bands.len() => self.band = Some(band),
            Step::AllPersonas => self.band = None,
            Step::Leave => self.on = false,
            Step::NextPersona | Step::Persona(_) => {}
        }
        *self != before
    }

    /// What the camera frames: the shown stage's column, from its header down (or, with one
    /// persona shown, from the header row's height above that persona's band to its bottom:
    /// the header row is pinned over what is above the band).
    #[must_use]
    pub fn framed(&self, layout: &MapLayout) -> Option<egui::Rect> {
        let column = self.column.min(layout.columns.len().checked_sub(1)?);
        let rect = layout.column_rect(column);
        Some(match self.band.filter(|band| *band < layout.bands.len()) {
            Some(band) => {
                let band = layout.band_rect(band);
                egui::Rect::from_x_y_ranges(
                    rect.x_range(),
                    (band.min.y - layout.header_height)..=band.max.y,
                )
            }
            None => rect,
        })
    }
}
