//! PDF: the painted pages written with krilla (Typst's PDF writer) as vector paths and real
//! text in the bundled fonts (embedded and subset by krilla, so it can be searched and copied),
//! with the map's canonical text attached as an embedded file (`percorso-map.ron`) that
//! `file::pdf` reads back.

use krilla::Document;
use krilla::color::rgb;
use krilla::embed::EmbeddedFile;
use krilla::geom::{Path, PathBuilder, Point, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineJoin, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::fonts::{FontChain, GlyphRun};
use super::primitives::{Primitive, Segment, convert};
use super::{Drawing, PaintedPage};
use crate::export::ExportError;
use crate::export::pages::{PageSize, sheets};
use crate::file::pdf::MAP_ATTACHMENT;
use crate::t;

/// The PDF of `drawing` on `page_size` pages, with `map_text` attached; `progress` hears the
/// share of pages done.
pub fn pdf_bytes(
    drawing: &Drawing,
    page_size: PageSize,
    map_text: &str,
    progress: &mut dyn FnMut(f32),
) -> Result<(Vec<u8>, usize), ExportError> {
    let chain = FontChain::bundled();
    let fonts: Vec<Option<Font>> = chain
        .faces
        .iter()
        .map(|face| Font::new(face.data.clone().into(), face.index))
        .collect();
    let mut document = Document::new();
    document.set_metadata(metadata(drawing));
    let sheets = page_size
        .paper()
        .map(|paper| sheets(drawing.layout(), drawing.plan(), paper));
    let count = sheets.as_ref().map_or(1, Vec::len);
    // Page by page, painted and written: one page's shapes in memory at a time.
    for number in 1..=count {
        let painted = match &sheets {
            None => drawing.whole_page(),
            Some(sheets) => drawing.sheet_page(&sheets[number - 1], number, count),
        };
        let size = Size::from_wh(painted.size.x.max(1.0), painted.size.y.max(1.0))
            .ok_or_else(|| failed("page size"))?;
        let mut page = document.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        let mut writer = PageWriter {
            surface: &mut surface,
            drawing,
            fonts: &fonts,
        };
        writer.page(&painted, &chain);
        surface.finish();
        page.finish();
        #[allow(clippy::cast_precision_loss)] // Page counts are small.
        progress(number as f32 / count as f32);
    }
    attach(&mut document, map_text)?;
    let bytes = document
        .finish()
        .map_err(|err| failed(&format!("{err:?}")))?;
    Ok((bytes, count))
}

/// The document's title, description, language and maker.
fn metadata(drawing: &Drawing) -> Metadata {
    let map = drawing.map();
    let mut metadata = Metadata::new()
        .creator("Percorso".to_owned())
        .language(crate::lang::current().code().to_owned());
    if !map.title.is_empty() {
        metadata = metadata.title(map.title.clone());
    }
    if !map.description.is_empty() {
        metadata = metadata.description(map.description.clone());
    }
    metadata
}

/// Attaches the map's canonical text as [`MAP_ATTACHMENT`], compressed.
fn attach(document: &mut Document, map_text: &str) -> Result<(), ExportError> {
    let attached = document.embed_file(EmbeddedFile {
        path: MAP_ATTACHMENT.to_owned(),
        mime_type: krilla::embed::MimeType::new("text/plain"),
        description: Some(t!("pdf-attachment-description")),
        association_kind: krilla::embed::AssociationKind::Source,
        data: map_text.as_bytes().to_vec().into(),
        modification_date: None,
        compress: Some(true),
        location: None,
    });
    attached.ok_or_else(|| failed("embedded map"))
}

fn failed(detail: &str) -> ExportError {
    ExportError::Writer(t!("pdf-failed", detail = detail))
}

struct PageWriter<'s, 'p, 'd> {
    surface: &'s mut krilla::surface::Surface<'p>,
    drawing: &'d Drawing,
    fonts: &'d [Option<Font>],
}

impl PageWriter<'_, '_, '_> {
    fn page(&mut self, painted: &PaintedPage, chain: &FontChain) {
        if painted.background.a() > 0 {
            let whole = egui::Rect::from_min_size(egui::Pos2::ZERO, painted.size);
            self.fill(rect_path(whole).as_ref(), painted.background);
        }
        for group in convert(&painted.shapes, chain) {
            let clip = rect_path(group.clip);
            if let Some(clip) = &clip {
                self.surface.push_clip_path(clip, &FillRule::NonZero);
            }
            for primitive in &group.primitives {
                self.primitive(primitive);
            }
            if clip.is_some() {
                self.surface.pop();
            }
        }
    }

    fn primitive(&mut self, primitive: &Primitive) {
        match primitive {
            Primitive::Fill(outline, color) => self.fill(path(outline).as_ref(), *color),
            Primitive::Stroke(outline, width, color) => {
                let Some(outline) = path(outline) else { return };
                let (paint, opacity) = paint(*color);
                self.surface.set_fill(None);
                self.surface.set_stroke(Some(Stroke {
                    paint,
                    opacity,
                    width: *width,
                    line_join: LineJoin::Round,
                    ..Stroke::default()
                }));
                self.surface.draw_path(&outline);
                self.surface.set_stroke(None);
            }
            Primitive::Glyphs(run) => self.glyphs(run),
            Primitive::Image(rect, radius, texture) => self.image(*rect, *radius, *texture),
        }
    }

    fn fill(&mut self, outline: Option<&Path>, color: egui::Color32) {
        let Some(outline) = outline else { return };
        let (paint, opacity) = paint(color);
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(Fill {
            paint,
            opacity,
            rule: FillRule::NonZero,
        }));
        self.surface.draw_path(outline);
    }

    fn glyphs(&mut self, run: &GlyphRun) {
        let Some(Some(font)) = self.fonts.get(run.face) else {
            return;
        };
        if run.size <= 0.0 {
            return;
        }
        let glyphs: Vec<KrillaGlyph> = run
            .glyphs
            .iter()
            .enumerate()
            .map(|(i, glyph)| {
                // Each glyph advances to where egui put the next one.
                let next = run
                    .glyphs
                    .get(i + 1)
                    .map_or(glyph.x + glyph.advance, |n| n.x);
                KrillaGlyph {
                    glyph_id: GlyphId::new(glyph.id),
                    text_range: glyph.text_range.clone(),
                    x_advance: (next - glyph.x) / run.size,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect();
        let first_x = run.glyphs.first().map_or(0.0, |g| g.x);
        let (paint, opacity) = paint(run.color);
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(Fill {
            paint,
            opacity,
            rule: FillRule::NonZero,
        }));
        self.surface.draw_glyphs(
            Point::from_xy(run.origin.x + first_x, run.origin.y),
            &glyphs,
            font.clone(),
            &run.text,
            run.size,
            false,
        );
    }

    fn image(&mut self, rect: egui::Rect, radius: f32, texture: egui::TextureId) {
        let Some(photo) = self.drawing.photo(texture) else {
            return;
        };
        let Some(size) = Size::from_wh(rect.width(), rect.height()) else {
            return;
        };
        let clip = super::primitives::rounded_rect(rect, radius);
        let Some(clip) = path(&clip) else { return };
        self.surface.push_clip_path(&clip, &FillRule::NonZero);
        self.surface
            .push_transform(&Transform::from_translate(rect.min.x, rect.min.y));
        let image = krilla::image::Image::from_rgba8(photo.rgba.clone(), photo.width, photo.height);
        self.surface.draw_image(image, size);
        self.surface.pop();
        self.surface.pop();
    }
}

/// A colour as krilla takes it: the unmultiplied sRGB and the opacity.
fn paint(color: egui::Color32) -> (krilla::paint::Paint, NormalizedF32) {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let opacity = NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE);
    (rgb::Color::new(r, g, b).into(), opacity)
}

fn rect_path(rect: egui::Rect) -> Option<Path> {
    path(&super::primitives::rounded_rect(rect, 0.0))
}

fn path(outline: &[Segment]) -> Option<Path> {
    let mut builder = PathBuilder::new();
    for segment in outline {
        match *segment {
            Segment::MoveTo(p) => builder.move_to(p.x, p.y),
            Segment::LineTo(p) => builder.line_to(p.x, p.y),
            Segment::CubicTo(a, b, p) => builder.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y),
            Segment::Close => builder.close(),
        }
    }
    builder.finish()
}
