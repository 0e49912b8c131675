//! The bundled fonts as the vector writers need them: the files themselves (to embed), and
//! which face draws each character, chosen along egui's own fallback chain for proportional
//! text so that a PDF or SVG uses the face the canvas used; and the painted text turned into
//! runs of glyphs (one face, size and colour on one baseline), placed where egui laid them out.

use std::collections::HashMap;
use std::ops::Range;

use egui::epaint::TextShape;
use egui::{Color32, FontFamily, Pos2};
use skrifa::MetadataProvider;

/// A font file and face, with egui's size and offset tweaks for it.
pub struct Face {
    /// The name egui knows it by ("Ubuntu-Light").
    pub name: String,
    /// The family name the font file gives itself ("Ubuntu Light"), which other programs
    /// look fonts up by.
    pub family: String,
    /// The font file.
    pub data: std::sync::Arc<dyn AsRef<[u8]> + Send + Sync>,
    /// The face's index in the file.
    pub index: u32,
    /// egui draws this face at its size times this.
    pub scale: f32,
    /// egui moves this face's glyphs down by this share of its size.
    pub y_offset_factor: f32,
    /// And by this many points.
    pub y_offset: f32,
}

/// The faces of proportional text, in egui's fallback order, and the face and glyph of every
/// character they hold.
pub struct FontChain {
    /// The faces, first choice first.
    pub faces: Vec<Face>,
    glyphs: HashMap<char, (usize, u32)>,
    /// Clusters already shaped ("fi" recurs on every page), by face.
    ligatures: std::cell::RefCell<HashMap<(usize, String), Option<u32>>>,
}

impl FontChain {
    /// The chain of the bundled fonts (`theme::fonts`).
    #[must_use]
    pub fn bundled() -> Self {
        let definitions = crate::theme::fonts();
        let names = definitions
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default();
        let mut faces = Vec::new();
        let mut glyphs = HashMap::new();
        for name in names {
            let Some(data) = definitions.font_data.get(&name) else {
                continue;
            };
            let bytes: &[u8] = (*data.font).as_ref();
            let Ok(font) = skrifa::FontRef::from_index(bytes, data.index) else {
                continue;
            };
            let face = faces.len();
            for (code, glyph) in font.charmap().mappings() {
                if let Some(c) = char::from_u32(code) {
                    glyphs.entry(c).or_insert((face, glyph.to_u32()));
                }
            }
            let family = font
                .localized_strings(skrifa::string::StringId::FAMILY_NAME)
                .english_or_first()
                .map_or_else(|| name.clone(), |family| family.to_string());
            faces.push(Face {
                family,
                name,
                data: data.font.clone(),
                index: data.index,
                scale: data.tweak.scale,
                y_offset_factor: data.tweak.y_offset_factor,
                y_offset: data.tweak.y_offset,
            });
        }
        Self {
            faces,
            glyphs,
            ligatures: std::cell::RefCell::default(),
        }
    }

    /// The face and glyph that draw `c`, if any face has it.
    #[must_use]
    pub fn glyph(&self, c: char) -> Option<(usize, u32)> {
        self.glyphs.get(&c).copied()
    }

    /// The outline of glyph `id` of `face` at `size` points, its origin (on the baseline) at
    /// `origin`, y growing downwards as on the page; `None` when the face has no such glyph.
    #[must_use]
    pub fn outline(
        &self,
        face: usize,
        id: u32,
        size: f32,
        origin: Pos2,
    ) -> Option<Vec<super::primitives::Segment>> {
        let face = self.faces.get(face)?;
        let font = skrifa::FontRef::from_index((*face.data).as_ref(), face.index).ok()?;
        let glyph = font.outline_glyphs().get(skrifa::GlyphId::new(id))?;
        let mut pen = Pen {
            origin,
            segments: Vec::new(),
            last: origin,
        };
        let settings = skrifa::outline::DrawSettings::unhinted(
            skrifa::instance::Size::new(size),
            skrifa::instance::LocationRef::default(),
        );
        glyph.draw(settings, &mut pen).ok()?;
        Some(pen.segments)
    }

    /// The one glyph of `face` that its shaping draws `cluster` with (a ligature such as
    /// "fi"), as egui's shaper (harfrust) chose it; `None` when it takes several.
    #[must_use]
    pub fn ligature(&self, face: usize, cluster: &str) -> Option<u32> {
        let key = (face, cluster.to_owned());
        if let Some(known) = self.ligatures.borrow().get(&key) {
            return *known;
        }
        let shaped = self.shape_cluster(face, cluster);
        self.ligatures.borrow_mut().insert(key, shaped);
        shaped
    }

    /// Shapes `cluster` with `face`; its glyph when it takes exactly one.
    fn shape_cluster(&self, face: usize, cluster: &str) -> Option<u32> {
        let face = self.faces.get(face)?;
        let font = harfrust::FontRef::from_index((*face.data).as_ref(), face.index).ok()?;
        let data = harfrust::ShaperData::new(&font);
        let shaper = data.shaper(&font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(cluster);
        buffer.guess_segment_properties();
        let glyph_buffer = shaper.shape(buffer, harfrust::ShapeOptions::new());
        match glyph_buffer.glyph_infos() {
            [one] => Some(one.glyph_id),
            _ => None,
        }
    }
}

/// One glyph of a run.
pub struct RunGlyph {
    /// The glyph in its face.
    pub id: u32,
    /// Its left edge, from the run's origin, in points.
    pub x: f32,
    /// How far egui moved on after it, in points.
    pub advance: f32,
    /// Its bytes in the run's text.
    pub text_range: Range<usize>,
}

/// Glyphs of one face, size and colour on one baseline.
pub struct GlyphRun {
    /// Index into [`FontChain::faces`].
    pub face: usize,
    /// The size to draw the face at, in points (egui's tweaks applied).
    pub size: f32,
    /// The colour, premultiplied as egui keeps it.
    pub color: Color32,
    /// The baseline's left end, in points on the page.
    pub origin: Pos2,
    /// The glyphs, left to right.
    pub glyphs: Vec<RunGlyph>,
    /// The text they draw (for searching and copying).
    pub text: String,
}

/// The runs that draw `shape`'s text, as egui laid it out. Characters no face has (and line
/// breaks) are left out, as egui leaves them out. A ligature (egui's glyph followed by
/// zero-width ones, as "fi") is drawn as the face's ligature glyph for the whole cluster.
#[must_use]
pub fn runs(shape: &TextShape, chain: &FontChain) -> Vec<GlyphRun> {
    let galley = &shape.galley;
    let job = &galley.job;
    let mut runs: Vec<GlyphRun> = Vec::new();
    // Follows the job's text alongside the glyphs to know each glyph's section.
    let mut cursor = 0;
    for placed in &galley.rows {
        let glyphs = &placed.row.glyphs;
        let mut i = 0;
        while i < glyphs.len() {
            let glyph = &glyphs[i];
            let mut end = i + 1;
            if glyph.advance_width > 0.0 {
                while end < glyphs.len() && glyphs[end].advance_width == 0.0 {
                    end += 1;
                }
            }
            let cluster: String = glyphs[i..end].iter().map(|g| g.chr).collect();
            let section = section_at(job, &mut cursor, &cluster);
            let found = chain.glyph(glyph.chr);
            let (Some(section), Some((face, _))) = (section, found) else {
                i = end;
                continue;
            };
            let ligature = (end > i + 1)
                .then(|| chain.ligature(face, &cluster))
                .flatten();
            let parts: Vec<(u32, String, &egui::epaint::text::Glyph)> = match ligature {
                Some(id) => vec![(id, cluster, glyph)],
                None => glyphs[i..end]
                    .iter()
                    .filter_map(|g| {
                        let (f, id) = chain.glyph(g.chr)?;
                        (f == face).then(|| (id, g.chr.to_string(), g))
                    })
                    .collect(),
            };
            for (id, text, glyph) in parts {
                let origin = shape.pos + placed.pos.to_vec2() + glyph.pos.to_vec2();
                push(
                    &mut runs,
                    chain,
                    face,
                    section,
                    shape,
                    origin,
                    id,
                    &text,
                    glyph.advance_width,
                );
            }
            i = end;
        }
    }
    runs
}

/// The section of the job that the glyphs of `cluster` at `cursor` belong to; moves `cursor`
/// past them. A glyph egui added (the "…" of cut text) is not in the text: it takes the
/// section at hand.
fn section_at<'j>(
    job: &'j egui::text::LayoutJob,
    cursor: &mut usize,
    cluster: &str,
) -> Option<&'j egui::text::LayoutSection> {
    let first = cluster.chars().next()?;
    if let Some(found) = job.text[*cursor..].find(first).filter(|&i| i <= 16) {
        *cursor += found;
    }
    let at = egui::epaint::text::ByteIndex(*cursor);
    let section = job
        .sections
        .iter()
        .find(|s| s.byte_range.contains(&at))
        .or(job.sections.last());
    if job.text[*cursor..].starts_with(cluster) {
        *cursor += cluster.len();
    }
    section
}

/// Adds a glyph to the last run, or starts a run where face, size, colour or baseline change.
#[allow(clippy::too_many_arguments)] // One glyph's every fact, from one caller.
fn push(
    runs: &mut Vec<GlyphRun>,
    chain: &FontChain,
    face: usize,
    section: &egui::text::LayoutSection,
    shape: &TextShape,
    origin: Pos2,
    id: u32,
    text: &str,
    advance: f32,
) {
    let tweak = &chain.faces[face];
    let size = section.format.font_id.size;
    let color = text_color(shape, section.format.color);
    let baseline = origin + egui::vec2(0.0, tweak.y_offset_factor * size + tweak.y_offset);
    let continues = runs.last().is_some_and(|run| {
        run.face == face
            && run.color == color
            && (run.size - size * tweak.scale).abs() < 0.01
            && (run.origin.y - baseline.y).abs() < 0.01
    });
    if !continues {
        runs.push(GlyphRun {
            face,
            size: size * tweak.scale,
            color,
            origin: baseline,
            glyphs: Vec::new(),
            text: String::new(),
        });
    }
    if let Some(run) = runs.last_mut() {
        let start = run.text.len();
        run.text.push_str(text);
        run.glyphs.push(RunGlyph {
            id,
            x: baseline.x - run.origin.x,
            advance,
            text_range: start..run.text.len(),
        });
    }
}

/// The colour a text shape draws a section in.
fn text_color(shape: &TextShape, section_color: Color32) -> Color32 {
    let color = shape
        .override_text_color
        .unwrap_or(if section_color == Color32::PLACEHOLDER {
            shape.fallback_color
        } else {
            section_color
        });
    color.gamma_multiply(shape.opacity_factor)
}

/// Collects a glyph's outline as page segments: font units flipped (y up in fonts, down on
/// the page) and moved to the glyph's origin; quadratic curves raised to cubic ones.
struct Pen {
    origin: Pos2,
    segments: Vec<super::primitives::Segment>,
    last: Pos2,
}

impl Pen {
    fn at(&self, x: f32, y: f32) -> Pos2 {
        Pos2::new(self.origin.x + x, self.origin.y - y)
    }
}

impl skrifa::outline::OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.last = self.at(x, y);
        self.segments
            .push(super::primitives::Segment::MoveTo(self.last));
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.last = self.at(x, y);
        self.segments
            .push(super::primitives::Segment::LineTo(self.last));
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let (control, end) = (self.at(cx0, cy0), self.at(x, y));
        let first = self.last + (control - self.last) * (2.0 / 3.0);
        let second = end + (control - end) * (2.0 / 3.0);
        self.segments
            .push(super::primitives::Segment::CubicTo(first, second, end));
        self.last = end;
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let (first, second, end) = (self.at(cx0, cy0), self.at(cx1, cy1), self.at(x, y));
        self.segments
            .push(super::primitives::Segment::CubicTo(first, second, end));
        self.last = end;
    }

    fn close(&mut self) {
        self.segments.push(super::primitives::Segment::Close);
    }
}
