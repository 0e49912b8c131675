//! SVG: the painted page as paths and text, for browsers, Inkscape and slides. Text stays text
//! (selectable, searchable), in the bundled font's family with common fallbacks, each run
//! fitted (`textLength`) to the width egui gave it, so that another font keeps the layout;
//! symbols from the emoji fonts (channel icons) are drawn as their glyphs' outlines. The map's
//! canonical text rides in `<metadata>` (base64, in Percorso's namespace) for `file::svg` to
//! read back; photos are embedded as PNG.

use std::fmt::Write as _;

use base64::Engine as _;

use super::fonts::{FontChain, GlyphRun};
use super::primitives::{Primitive, Segment, convert, rounded_rect};
use super::{Drawing, PaintedPage};
use crate::file::svg::{MAP_ELEMENT, MAP_NAMESPACE};

/// The SVG text of `drawing`'s whole page (title block, map, legend) with `map_text` inside.
#[must_use]
pub fn svg_text(drawing: &Drawing, map_text: &str) -> String {
    let page = drawing.whole_page();
    let chain = FontChain::bundled();
    let mut svg = Svg::default();
    svg.header(&page, drawing, map_text);
    let whole = egui::Rect::from_min_size(egui::Pos2::ZERO, page.size);
    if page.background.a() > 0 {
        svg.fill(&rounded_rect(whole, 0.0), page.background);
    }
    for group in convert(&page.shapes, &chain) {
        let clipped = !group.clip.contains_rect(whole);
        if clipped {
            let id = svg.clip(&rounded_rect(group.clip, 0.0));
            let _ = writeln!(svg.out, "<g clip-path=\"url(#{id})\">");
        }
        for primitive in &group.primitives {
            svg.primitive(primitive, drawing, &chain);
        }
        if clipped {
            svg.out.push_str("</g>\n");
        }
    }
    svg.out.push_str("</svg>\n");
    svg.out
}

#[derive(Default)]
struct Svg {
    out: String,
    clips: usize,
    /// The symbols' outlines defined so far, by face, glyph and size (in hundredths of a
    /// point): each is defined once and used where it appears.
    symbols: std::collections::HashMap<(usize, u32, i64), String>,
}

impl Svg {
    fn header(&mut self, page: &PaintedPage, drawing: &Drawing, map_text: &str) {
        let (w, h) = (num(page.size.x), num(page.size.y));
        let map = drawing.map();
        let _ = writeln!(
            self.out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" \
             xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" \
             width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">"
        );
        let _ = writeln!(self.out, "<title>{}</title>", escape(&map.title));
        if !map.description.is_empty() {
            let _ = writeln!(self.out, "<desc>{}</desc>", escape(&map.description));
        }
        let encoded = base64::engine::general_purpose::STANDARD.encode(map_text);
        let _ = writeln!(
            self.out,
            "<metadata><percorso:{MAP_ELEMENT} xmlns:percorso=\"{MAP_NAMESPACE}\" \
             encoding=\"base64\">"
        );
        // Lines of 76 characters, as MIME writes base64, so that editors cope with the file.
        for line in encoded.as_bytes().chunks(76) {
            self.out.push_str(&String::from_utf8_lossy(line));
            self.out.push('\n');
        }
        let _ = writeln!(self.out, "</percorso:{MAP_ELEMENT}></metadata>");
    }

    fn primitive(&mut self, primitive: &Primitive, drawing: &Drawing, chain: &FontChain) {
        match primitive {
            Primitive::Fill(outline, color) => self.fill(outline, *color),
            Primitive::Stroke(outline, width, color) => {
                let _ = writeln!(
                    self.out,
                    "<path d=\"{}\" fill=\"none\" stroke-width=\"{}\" \
                     stroke-linejoin=\"round\"{}/>",
                    path_data(outline),
                    num(*width),
                    paint("stroke", *color)
                );
            }
            Primitive::Glyphs(run) => self.text(run, chain),
            Primitive::Image(rect, radius, texture) => {
                let Some(photo) = drawing.photo(*texture) else {
                    return;
                };
                let Some(png) = png_data(photo) else { return };
                let id = self.clip(&rounded_rect(*rect, *radius));
                let _ = writeln!(
                    self.out,
                    "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" \
                     preserveAspectRatio=\"none\" clip-path=\"url(#{id})\" \
                     href=\"data:image/png;base64,{png}\"/>",
                    num(rect.min.x),
                    num(rect.min.y),
                    num(rect.width()),
                    num(rect.height())
                );
            }
        }
    }

    fn fill(&mut self, outline: &[Segment], color: egui::Color32) {
        let _ = writeln!(
            self.out,
            "<path d=\"{}\"{}/>",
            path_data(outline),
            paint("fill", color)
        );
    }

    /// The id of the outline of glyph `glyph` of `face` at `size`, defined at its first use;
    /// `None` for a glyph with no outline (a space).
    fn symbol(&mut self, chain: &FontChain, face: usize, glyph: u32, size: f32) -> Option<String> {
        // Sizes are whole hundredths of a point, far within i64.
        #[allow(clippy::cast_possible_truncation)]
        let key = (face, glyph, (size * 100.0).round() as i64);
        if let Some(id) = self.symbols.get(&key) {
            return Some(id.clone());
        }
        let outline = chain.outline(face, glyph, size, egui::Pos2::ZERO)?;
        if outline.is_empty() {
            return None;
        }
        let id = format!("symbol{}", self.symbols.len() + 1);
        let _ = writeln!(
            self.out,
            "<defs><path id=\"{id}\" d=\"{}\"/></defs>",
            path_data(&outline)
        );
        self.symbols.insert(key, id.clone());
        Some(id)
    }

    /// Defines a clip path of `outline`; its id.
    fn clip(&mut self, outline: &[Segment]) -> String {
        self.clips += 1;
        let id = format!("clip{}", self.clips);
        let _ = writeln!(
            self.out,
            "<clipPath id=\"{id}\"><path d=\"{}\"/></clipPath>",
            path_data(outline)
        );
        id
    }

    fn text(&mut self, run: &GlyphRun, chain: &FontChain) {
        // Symbols (channel icons, faces) come from the emoji fonts, which few machines have:
        // they are drawn as their outlines, so they look the same everywhere.
        // The chain's first face is the text face (Ubuntu Light); the others hold symbols.
        if run.face != 0 {
            for glyph in &run.glyphs {
                let Some(id) = self.symbol(chain, run.face, glyph.id, run.size) else {
                    continue;
                };
                let _ = writeln!(
                    self.out,
                    "<use href=\"#{id}\" x=\"{}\" y=\"{}\"{}/>",
                    num(run.origin.x + glyph.x),
                    num(run.origin.y),
                    paint("fill", run.color)
                );
            }
            return;
        }
        let family = chain
            .faces
            .get(run.face)
            .map_or("sans-serif", |face| face.family.as_str());
        let (Some(first), Some(last)) = (run.glyphs.first(), run.glyphs.last()) else {
            return;
        };
        // The run's width as egui laid it out: a fallback font is fitted to it, so that text
        // in any font stays where the layout put it.
        let width = last.x + last.advance - first.x;
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\" \
             font-family=\"'{}', Ubuntu, 'DejaVu Sans', sans-serif\" font-size=\"{}\" \
             xml:space=\"preserve\"{}>{}</text>",
            num(run.origin.x + first.x),
            num(run.origin.y),
            num(width.max(0.0)),
            escape(family),
            num(run.size),
            paint("fill", run.color),
            escape(&run.text)
        );
    }
}

/// ` fill="#rrggbb"` (or stroke) with its opacity when not opaque.
fn paint(what: &str, color: egui::Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut text = format!(" {what}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(text, " {what}-opacity=\"{}\"", num(f32::from(a) / 255.0));
    }
    text
}

fn path_data(outline: &[Segment]) -> String {
    let mut d = String::new();
    for segment in outline {
        match *segment {
            Segment::MoveTo(p) => {
                let _ = write!(d, "M{} {}", num(p.x), num(p.y));
            }
            Segment::LineTo(p) => {
                let _ = write!(d, "L{} {}", num(p.x), num(p.y));
            }
            Segment::CubicTo(a, b, p) => {
                let _ = write!(
                    d,
                    "C{} {} {} {} {} {}",
                    num(a.x),
                    num(a.y),
                    num(b.x),
                    num(b.y),
                    num(p.x),
                    num(p.y)
                );
            }
            Segment::Close => d.push('Z'),
        }
    }
    d
}

/// A number with at most two decimals and no trailing zeros.
fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// `text` safe inside an XML element or attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // XML 1.0 allows no other control characters.
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A photo as base64 PNG.
fn png_data(photo: &super::Photo) -> Option<String> {
    let mut bytes = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new(&mut bytes);
    image::ImageEncoder::write_image(
        encoder,
        &photo.rgba,
        photo.width,
        photo.height,
        image::ExtendedColorType::Rgba8,
    )
    .ok()?;
    Some(base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_text_is_escaped() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(escape("a < b & \"c\"\u{7}"), "a &lt; b &amp; &quot;c&quot;");
    }
}
