//! The painted shapes drawn into pixels on the CPU with `vello_cpu` (linebender's SIMD 2D
//! renderer, the one epaint draws its glyphs with): the same primitives as the PDF and SVG
//! writers (filled and stroked paths, glyph runs from the bundled font files, photos clipped
//! round, clip rectangles), so a PNG needs no graphics driver at all. Colours are blended in
//! sRGB as egui's own renderer blends them.

use std::sync::Arc;

use egui::Color32;
use vello_cpu::color::{AlphaColor, PremulRgba8, Srgb};
use vello_cpu::kurbo::{Affine, BezPath, Cap, Join, Point, Rect as KRect, Stroke};
use vello_cpu::peniko::{Blob, FontData};
use vello_cpu::{
    Glyph, Image, ImageSource, Pixmap, PixmapMut, RenderContext, RenderSettings, Resources,
};

use super::Drawing;
use super::fonts::{FontChain, GlyphRun};
use super::primitives::{Clipped, Primitive, Segment, rounded_rect};

/// What the rasteriser keeps between bands: the fonts as vello takes them and the photos as
/// premultiplied pixmaps.
pub struct Raster {
    fonts: Vec<FontData>,
    photos: std::collections::HashMap<egui::TextureId, Arc<Pixmap>>,
}

impl Raster {
    /// Ready to draw `drawing`'s primitives with `chain`'s faces.
    #[must_use]
    pub fn new(drawing: &Drawing, chain: &FontChain) -> Self {
        Self::with_photos(chain, &drawing.photos)
    }

    /// Ready to draw primitives with `chain`'s faces and these photos, by the texture they are
    /// painted with (the tests draw the editor's own frames this way).
    #[must_use]
    pub fn with_photos(
        chain: &FontChain,
        photos: &std::collections::HashMap<egui::TextureId, super::Photo>,
    ) -> Self {
        let fonts = chain
            .faces
            .iter()
            .map(|face| FontData::new(Blob::new(Arc::clone(&face.data)), face.index))
            .collect();
        let photos = photos
            .iter()
            .filter_map(|(id, photo)| Some((*id, Arc::new(pixmap(photo)?))))
            .collect();
        Self { fonts, photos }
    }

    /// `groups` (in points from the image's top-left) drawn into a `width` x `height` image at
    /// `scale` pixels per point, on `background`: RGBA rows, unmultiplied as PNG wants them.
    #[must_use]
    pub fn draw(
        &self,
        groups: &[Clipped],
        (width, height): (u16, u16),
        scale: f32,
        background: Color32,
    ) -> Vec<u8> {
        let settings = RenderSettings {
            num_threads: 0,
            ..RenderSettings::default()
        };
        let mut context = RenderContext::new_with(width, height, settings);
        let mut resources = Resources::new();
        let to_pixels = Affine::scale(f64::from(scale));
        if background.a() > 0 {
            context.set_paint(colour(background));
            context.fill_rect(&KRect::new(0.0, 0.0, f64::from(width), f64::from(height)));
        }
        context.set_transform(to_pixels);
        for group in groups {
            context.push_clip_layer(&path(&rounded_rect(group.clip, 0.0)));
            for primitive in &group.primitives {
                self.primitive(&mut context, &mut resources, primitive);
            }
            context.pop_layer();
        }
        // Rendered straight into the bytes handed on, premultiplied, then unmultiplied in place.
        let mut bytes = vec![0; usize::from(width) * usize::from(height) * 4];
        context.flush();
        if let Some(target) = PixmapMut::new(width, height, &mut bytes) {
            context.render(target, &mut resources);
        }
        unmultiply(&mut bytes);
        bytes
    }

    fn primitive(&self, context: &mut RenderContext, resources: &mut Resources, p: &Primitive) {
        match p {
            Primitive::Fill(outline, color) => {
                context.set_paint(colour(*color));
                context.fill_path(&path(outline));
            }
            Primitive::Stroke(outline, width, color) => {
                context.set_paint(colour(*color));
                let stroke = Stroke::new(f64::from(*width))
                    .with_join(Join::Round)
                    .with_caps(Cap::Round);
                context.set_stroke(stroke);
                context.stroke_path(&path(outline));
            }
            Primitive::Glyphs(run) => self.glyphs(context, resources, run),
            Primitive::Image(rect, radius, texture) => {
                let Some(photo) = self.photos.get(texture) else {
                    return;
                };
                // The photo's pixels mapped onto the rectangle.
                let (w, h) = (f64::from(photo.width()), f64::from(photo.height()));
                let fit = Affine::translate((f64::from(rect.min.x), f64::from(rect.min.y)))
                    * Affine::scale_non_uniform(
                        f64::from(rect.width()) / w,
                        f64::from(rect.height()) / h,
                    );
                context.set_paint_transform(fit);
                context.set_paint(Image {
                    image: ImageSource::Pixmap(Arc::clone(photo)),
                    sampler: vello_cpu::peniko::ImageSampler::default(),
                });
                context.fill_path(&path(&rounded_rect(*rect, *radius)));
                context.reset_paint_transform();
            }
        }
    }

    fn glyphs(&self, context: &mut RenderContext, resources: &mut Resources, run: &GlyphRun) {
        let Some(font) = self.fonts.get(run.face) else {
            return;
        };
        if run.size <= 0.0 {
            return;
        }
        context.set_paint(colour(run.color));
        let glyphs = run.glyphs.iter().map(|glyph| Glyph {
            id: glyph.id,
            x: run.origin.x + glyph.x,
            y: run.origin.y,
        });
        context
            .glyph_run(resources, font)
            .font_size(run.size)
            .hint(true)
            .fill_glyphs(glyphs);
    }
}

/// egui's premultiplied colour as vello takes it.
fn colour(color: Color32) -> AlphaColor<Srgb> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    AlphaColor::from_rgba8(r, g, b, a)
}

/// An outline as a vello path.
fn path(outline: &[Segment]) -> BezPath {
    let point = |p: egui::Pos2| Point::new(f64::from(p.x), f64::from(p.y));
    let mut path = BezPath::new();
    for segment in outline {
        match *segment {
            Segment::MoveTo(p) => path.move_to(point(p)),
            Segment::LineTo(p) => path.line_to(point(p)),
            Segment::CubicTo(a, b, p) => path.curve_to(point(a), point(b), point(p)),
            Segment::Close => path.close_path(),
        }
    }
    path
}

/// A photo as a premultiplied pixmap; `None` when it is too large for one (it never is: photos
/// are at most 512 pixels a side).
fn pixmap(photo: &super::Photo) -> Option<Pixmap> {
    let (width, height) = (
        u16::try_from(photo.width).ok()?,
        u16::try_from(photo.height).ok()?,
    );
    let pixels = photo
        .rgba
        .chunks_exact(4)
        .map(|p| {
            let premultiply = |c: u8| {
                // Rounded: c * a / 255 fits a u8 for every c and a.
                u8::try_from((u16::from(c) * u16::from(p[3]) + 127) / 255).unwrap_or(u8::MAX)
            };
            PremulRgba8 {
                r: premultiply(p[0]),
                g: premultiply(p[1]),
                b: premultiply(p[2]),
                a: p[3],
            }
        })
        .collect();
    Some(Pixmap::from_parts(pixels, width, height))
}

/// Premultiplied RGBA pixels unmultiplied in place, as PNG wants them (opaque ones, most of
/// a map, are left as they are).
fn unmultiply(bytes: &mut [u8]) {
    for pixel in bytes.chunks_exact_mut(4) {
        let alpha = pixel[3];
        if alpha != 0 && alpha != u8::MAX {
            for c in &mut pixel[..3] {
                // c <= alpha, so the quotient is at most 255.
                *c = u8::try_from((u16::from(*c) * 255 + u16::from(alpha) / 2) / u16::from(alpha))
                    .unwrap_or(u8::MAX);
            }
        }
    }
}
