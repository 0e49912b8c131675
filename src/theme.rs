//! Colours, icons and fonts shared by the canvas and the PNG export.
//!
//! Kind and persona colours come from the Okabe–Ito palette, which stays distinguishable for the
//! common forms of colour blindness; cards carry their kind's colour as a strong stripe on a
//! light (or dark) tint, so kinds also differ in lightness. Fonts are egui's bundled fonts only,
//! so the canvas and an exported image look the same on every machine.

use egui::Color32;

use crate::model::{CardKind, Channel, Color, Evidence};

/// The Okabe–Ito colour-blind-safe palette (black left out).
pub const OKABE_ITO: [Color32; 7] = [
    Color32::from_rgb(0x00, 0x72, 0xB2), // blue
    Color32::from_rgb(0xE6, 0x9F, 0x00), // orange
    Color32::from_rgb(0x00, 0x9E, 0x73), // bluish green
    Color32::from_rgb(0xCC, 0x79, 0xA7), // reddish purple
    Color32::from_rgb(0x56, 0xB4, 0xE9), // sky blue
    Color32::from_rgb(0xD5, 0x5E, 0x00), // vermillion
    Color32::from_rgb(0xF0, 0xE4, 0x42), // yellow
];

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Whether this is the dark theme.
    pub dark: bool,
    /// Around the map on the canvas.
    pub desk: Color32,
    /// Behind the map.
    pub background: Color32,
    /// Stage header row and persona headers.
    pub header: Color32,
    /// The left gutter with lane titles.
    pub gutter: Color32,
    /// Lines between rows and columns.
    pub grid: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text (durations, descriptions, metrics).
    pub muted: Color32,
    /// The card face behind text.
    pub card: Color32,
    /// Selection outlines.
    pub selection: Color32,
    /// Hover outlines.
    pub hover: Color32,
    /// The width of grid lines and card borders, in map units: bolder on a projector.
    pub line: f32,
}

impl Theme {
    /// The light theme: white background, for screens and print.
    pub const LIGHT: Theme = Theme {
        dark: false,
        desk: Color32::from_rgb(0xE4, 0xE6, 0xEA),
        background: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        header: Color32::from_rgb(0xF2, 0xF3, 0xF5),
        gutter: Color32::from_rgb(0xF7, 0xF7, 0xF8),
        grid: Color32::from_rgb(0xDD, 0xDF, 0xE3),
        text: Color32::from_rgb(0x1D, 0x1F, 0x24),
        muted: Color32::from_rgb(0x5E, 0x63, 0x6E),
        card: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        selection: Color32::from_rgb(0x00, 0x5F, 0xCC),
        hover: Color32::from_rgb(0x7A, 0xA7, 0xE0),
        line: 1.0,
    };

    /// The dark theme, for dim rooms and projectors.
    pub const DARK: Theme = Theme {
        dark: true,
        desk: Color32::from_rgb(0x12, 0x13, 0x16),
        background: Color32::from_rgb(0x1B, 0x1D, 0x22),
        header: Color32::from_rgb(0x26, 0x29, 0x30),
        gutter: Color32::from_rgb(0x22, 0x25, 0x2B),
        grid: Color32::from_rgb(0x3A, 0x3E, 0x47),
        text: Color32::from_rgb(0xEE, 0xEF, 0xF1),
        muted: Color32::from_rgb(0xA8, 0xAD, 0xB8),
        card: Color32::from_rgb(0x2C, 0x2F, 0x37),
        selection: Color32::from_rgb(0x6C, 0xB4, 0xFF),
        hover: Color32::from_rgb(0x4A, 0x78, 0xB0),
        line: 1.0,
    };

    /// The projector theme, for presenting on a washed-out beamer in a lit room: black text on
    /// white, every text at a contrast of 7:1 or more against whatever it is drawn on (WCAG
    /// AAA; `tests` checks each pair), dark grid lines twice as bold.
    pub const PROJECTOR: Theme = Theme {
        dark: false,
        desk: Color32::from_rgb(0xD6, 0xD6, 0xD6),
        background: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        header: Color32::from_rgb(0xEC, 0xEC, 0xEC),
        gutter: Color32::from_rgb(0xF4, 0xF4, 0xF4),
        grid: Color32::from_rgb(0x8C, 0x8C, 0x8C),
        text: Color32::from_rgb(0x00, 0x00, 0x00),
        muted: Color32::from_rgb(0x26, 0x26, 0x26),
        card: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        selection: Color32::from_rgb(0x00, 0x3A, 0x99),
        hover: Color32::from_rgb(0x2F, 0x6F, 0xC8),
        line: 2.0,
    };

    /// The light or the dark theme.
    #[must_use]
    pub fn new(dark: bool) -> Self {
        if dark { Self::DARK } else { Self::LIGHT }
    }

    /// The tint of a card face for a kind colour: light on the light theme, deep on the dark.
    #[must_use]
    pub fn card_tint(&self, kind_color: Color32) -> Color32 {
        let amount = if self.dark { 0.22 } else { 0.16 };
        mix(self.card, kind_color, amount)
    }

    /// A column tint for a stage colour, faint enough for text on top.
    #[must_use]
    pub fn column_tint(&self, stage_color: Color32) -> Color32 {
        if self.background.a() == 0 {
            // On a transparent export the tint is translucent, so the slide shows through.
            let [r, g, b, _] = stage_color.to_srgba_unmultiplied();
            return Color32::from_rgba_unmultiplied(r, g, b, 16);
        }
        mix(
            self.background,
            stage_color,
            if self.dark { 0.10 } else { 0.06 },
        )
    }

    /// The light theme on a transparent background, for images laid over slides.
    #[must_use]
    pub fn transparent() -> Self {
        Self {
            background: Color32::TRANSPARENT,
            ..Self::LIGHT
        }
    }
}

/// The light circle behind a persona's initials in the projector theme.
#[must_use]
pub fn avatar_light(persona_color: Color32) -> Color32 {
    mix(persona_color, Color32::WHITE, 0.5)
}

/// The contrast ratio of two colours as WCAG 2 defines it: 1 (the same) to 21 (black on white).
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let linear = |byte: u8| {
            let v = f32::from(byte) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Mixes `amount` (0..=1) of `b` into `a`.
#[must_use]
pub fn mix(a: Color32, b: Color32, amount: f32) -> Color32 {
    let channel = |x: u8, y: u8| {
        let value = f32::from(x) + (f32::from(y) - f32::from(x)) * amount.clamp(0.0, 1.0);
        // Rounded and clamped into 0..=255, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let byte = value.round().clamp(0.0, 255.0) as u8;
        byte
    };
    Color32::from_rgb(
        channel(a.r(), b.r()),
        channel(a.g(), b.g()),
        channel(a.b(), b.b()),
    )
}

/// The colour of a card kind: its stripe, its icon, its legend entry.
#[must_use]
pub fn kind_color(kind: CardKind) -> Color32 {
    match kind {
        CardKind::Touchpoint => OKABE_ITO[0],
        CardKind::Action => OKABE_ITO[2],
        CardKind::Thought => OKABE_ITO[4],
        CardKind::PainPoint => OKABE_ITO[5],
        CardKind::Opportunity => OKABE_ITO[3],
        CardKind::Goal => OKABE_ITO[1],
        CardKind::Backstage => Color32::from_rgb(0x7F, 0x7F, 0x7F),
        CardKind::Note => OKABE_ITO[6],
    }
}

/// A persona's colour: its own, or the palette's by the persona's position.
#[must_use]
pub fn persona_color(own: Option<&Color>, index: usize) -> Color32 {
    own.and_then(to_color32)
        .unwrap_or(OKABE_ITO[index % OKABE_ITO.len()])
}

/// A format colour as egui's.
#[must_use]
pub fn to_color32(color: &Color) -> Option<Color32> {
    color
        .rgba()
        .map(|[r, g, b, a]| Color32::from_rgba_unmultiplied(r, g, b, a))
}

/// The colour of an emotion value: warm red at the scale's bottom, through amber, to green.
#[must_use]
pub fn emotion_color(value: i32, min: i32, max: i32) -> Color32 {
    let low = Color32::from_rgb(0xD5, 0x3E, 0x1F);
    let middle = Color32::from_rgb(0xE6, 0xA1, 0x00);
    let high = Color32::from_rgb(0x1A, 0x9E, 0x5F);
    let span = (max - min).max(1);
    // Small integers (|x| <= 20), exact in f32.
    #[allow(clippy::cast_precision_loss)]
    let t = (value - min) as f32 / span as f32;
    if t < 0.5 {
        mix(low, middle, t * 2.0)
    } else {
        mix(middle, high, (t - 0.5) * 2.0)
    }
}

/// The icon drawn on a touchpoint for its channel (glyphs of egui's bundled fonts).
#[must_use]
pub fn channel_icon(channel: &Channel) -> &'static str {
    match channel {
        Channel::Website => "🌐",
        Channel::MobileApp => "📱",
        Channel::Social => "👍",
        Channel::Email => "✉",
        Channel::Search => "🔍",
        Channel::Ads => "📢",
        Channel::Reviews => "⭐",
        Channel::Marketplace => "🏬",
        Channel::Store => "🏪",
        Channel::Phone => "📞",
        Channel::Chat => "💬",
        Channel::Messaging => "📨",
        Channel::Delivery => "🚚",
        Channel::WordOfMouth => "👥",
        Channel::Event => "🎫",
        Channel::Other(_) => "📌",
    }
}

/// The mark of an expanded persona or lane.
pub const CHEVRON_OPEN: &str = "⏷";
/// The mark of a collapsed persona or lane.
pub const CHEVRON_CLOSED: &str = "⏵";

/// The icon before a stage's duration.
pub const DURATION_ICON: &str = "⏱";

/// The short mark of an evidence level, drawn as a badge, in the current language.
#[must_use]
pub fn evidence_badge(evidence: Evidence) -> String {
    match evidence {
        Evidence::Observed => crate::t!("evidence-badge-observed"),
        Evidence::Assumed => crate::t!("evidence-badge-assumed"),
        Evidence::Proposed => crate::t!("evidence-badge-proposed"),
    }
}

/// The font definitions of the canvas and the export: egui's bundled fonts, nothing from the OS.
#[must_use]
pub fn fonts() -> egui::FontDefinitions {
    egui::FontDefinitions::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every surface the projector theme draws text on: the map, headers, the gutter, cards of
    /// every kind, columns of every stage colour and persona headers of every persona colour.
    fn projector_surfaces() -> Vec<(String, Color32)> {
        let theme = Theme::PROJECTOR;
        let mut surfaces = vec![
            ("background".to_owned(), theme.background),
            ("header".to_owned(), theme.header),
            ("gutter".to_owned(), theme.gutter),
            ("card".to_owned(), theme.card),
        ];
        for kind in CardKind::ALL {
            surfaces.push((format!("{kind:?} card"), theme.card_tint(kind_color(kind))));
        }
        for (i, colour) in OKABE_ITO.iter().enumerate() {
            surfaces.push((format!("column {i}"), theme.column_tint(*colour)));
            surfaces.push((
                format!("persona header {i}"),
                mix(theme.header, *colour, 0.22),
            ));
        }
        surfaces
    }

    #[test]
    fn every_text_of_the_projector_theme_is_at_7_to_1_or_more() {
        let theme = Theme::PROJECTOR;
        for (name, surface) in projector_surfaces() {
            for (what, text) in [("text", theme.text), ("muted", theme.muted)] {
                let ratio = contrast(text, surface);
                assert!(ratio >= 7.0, "{what} on {name}: {ratio:.2}:1");
            }
        }
        for colour in OKABE_ITO {
            let ratio = contrast(Color32::BLACK, avatar_light(colour));
            assert!(ratio >= 7.0, "initials on {colour:?}: {ratio:.2}:1");
        }
        // The light theme's muted text is not made for a projector: this is why it exists.
        assert!(contrast(Theme::LIGHT.muted, Theme::LIGHT.header) < 7.0);
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    }

    fn missing_glyphs(candidates: &[&str]) -> Vec<String> {
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts());
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let font = egui::FontId::proportional(14.0);
        candidates
            .iter()
            .filter(|text| !ctx.fonts_mut(|f| f.has_glyphs(&font, text)))
            .map(|text| (*text).to_owned())
            .collect()
    }

    #[test]
    fn every_icon_has_a_glyph_in_the_bundled_fonts() {
        let mut icons: Vec<&str> = Channel::NAMED.iter().map(channel_icon).collect();
        icons.push(channel_icon(&Channel::Other(String::new())));
        icons.extend([DURATION_ICON, CHEVRON_OPEN, CHEVRON_CLOSED, "·", "⭐"]);
        assert_eq!(missing_glyphs(&icons), Vec::<String>::new());
    }
}
