//! Measuring wrapped text for the layout with the fonts that paint it, without keeping what was
//! measured.
//!
//! egui lays text out into a galley (glyphs and their tessellated mesh, about 10 KB for a card's
//! text) and keeps every galley until the end of the next frame. Measuring a whole map through
//! an egui context therefore held a galley per card at once: 60 MB for 5,000 cards, which the
//! allocator then kept. [`FontsMeasure`] lays each text out with a font set of its own, copied
//! from the context's (the same fonts, options and discovered fallbacks, so the same line
//! breaks), and drops the galley as soon as it has its height. [`EguiMeasure`] measures through
//! an egui context itself, for code that lays out a map once (tests).

use std::cell::RefCell;
use std::sync::Arc;

use egui::epaint::text::{FontDefinitions, FontPriority, Fonts, LayoutJob};
use egui::{Color32, FontId};

use crate::layout::MeasureText;

/// Measures text as the canvas paints it, keeping nothing but the fonts.
pub struct FontsMeasure {
    fonts: RefCell<Fonts>,
    pixels_per_point: f32,
    /// What the fonts were copied from: the context's fallbacks discovered so far, and its scale.
    source: (usize, u32),
}

impl FontsMeasure {
    /// A measure with the fonts of `ctx` (which must have run a pass, so that it has fonts).
    #[must_use]
    pub fn for_context(ctx: &egui::Context) -> Self {
        let (options, mut definitions, discovered) = ctx.fonts(|fonts| {
            (
                *fonts.options(),
                fonts.definitions().clone(),
                fonts.discovered_fonts().to_vec(),
            )
        });
        let source = (discovered.len(), ctx.pixels_per_point().to_bits());
        for insert in discovered {
            add_font(&mut definitions, insert);
        }
        Self {
            fonts: RefCell::new(Fonts::new(options, definitions)),
            pixels_per_point: ctx.pixels_per_point(),
            source,
        }
    }

    /// Whether this measure still measures as `ctx` paints (no other scale, no fallback font
    /// found since it was made).
    #[must_use]
    pub fn matches(&self, ctx: &egui::Context) -> bool {
        let discovered = ctx.fonts(|fonts| fonts.discovered_fonts().len());
        self.source == (discovered, ctx.pixels_per_point().to_bits())
    }

    /// A number that changes whenever the measures would: for [`crate::layout::TextHeights`].
    #[must_use]
    pub fn key(&self) -> u64 {
        (self.source.0 as u64) << 32 | u64::from(self.source.1)
    }
}

/// Adds a font found by a font provider to `definitions`, where the provider asked.
fn add_font(definitions: &mut FontDefinitions, insert: egui::epaint::text::FontInsert) {
    definitions
        .font_data
        .insert(insert.name.clone(), Arc::new(insert.data));
    for family in insert.families {
        let names = definitions.families.entry(family.family).or_default();
        match family.priority {
            FontPriority::Highest => names.insert(0, insert.name.clone()),
            FontPriority::Lowest => names.push(insert.name.clone()),
        }
    }
}

impl MeasureText for FontsMeasure {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        let job = LayoutJob::simple(
            text.to_owned(),
            FontId::proportional(size),
            Color32::WHITE,
            width,
        );
        self.fonts
            .borrow_mut()
            .layout_uncached(self.pixels_per_point, Arc::new(job))
            .size()
            .y
    }
}

/// Measures text with an egui context's fonts (which keep each laid-out text until the end of
/// the next frame: for one-off layouts, not for the editor's).
pub struct EguiMeasure<'a>(pub &'a egui::Context);

impl MeasureText for EguiMeasure<'_> {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        self.0.fonts_mut(|fonts| {
            fonts
                .layout(
                    text.to_owned(),
                    FontId::proportional(size),
                    Color32::WHITE,
                    width,
                )
                .size()
                .y
        })
    }
}
