//! egui's painted shapes turned into what every vector format has: filled and stroked paths,
//! runs of glyphs, images, and clip rectangles. The PDF and SVG writers each turn these into
//! their own syntax; neither looks at egui's shapes itself.

use egui::epaint::{ClippedShape, ColorMode, PathStroke, RectShape, Shape, StrokeKind};
use egui::{Color32, Pos2, Rect, Stroke, pos2};

use super::fonts::{FontChain, GlyphRun, runs};

/// One piece of a path outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    /// Starts a new outline at the point.
    MoveTo(Pos2),
    /// A straight line to the point.
    LineTo(Pos2),
    /// A cubic Bézier curve through two control points to the last.
    CubicTo(Pos2, Pos2, Pos2),
    /// Closes the outline.
    Close,
}

/// What a writer draws.
pub enum Primitive {
    /// A path filled with a colour (non-zero winding).
    Fill(Vec<Segment>, Color32),
    /// A path's outline, `width` points wide, with round joins.
    Stroke(Vec<Segment>, f32, Color32),
    /// Text.
    Glyphs(GlyphRun),
    /// A photo filling the rectangle, clipped to its rounded corners (`radius`).
    Image(Rect, f32, egui::TextureId),
}

/// The primitives of one page, each group with the clip rectangle it is drawn inside.
pub struct Clipped {
    /// What the group is clipped to, in points on the page.
    pub clip: Rect,
    /// The group, back to front.
    pub primitives: Vec<Primitive>,
}

/// Converts a page's shapes, grouping neighbours with the same clip rectangle.
#[must_use]
pub fn convert(shapes: &[ClippedShape], chain: &FontChain) -> Vec<Clipped> {
    let mut groups: Vec<Clipped> = Vec::new();
    // Percorso paints with no layer transforms, so `transform_after_tessellation` is the identity.
    for ClippedShape {
        clip_rect, shape, ..
    } in shapes
    {
        if !clip_rect.is_positive() {
            continue;
        }
        if groups.last().is_none_or(|g| g.clip != *clip_rect) {
            groups.push(Clipped {
                clip: *clip_rect,
                primitives: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            shape_into(shape, chain, &mut group.primitives);
        }
    }
    groups
}

fn shape_into(shape: &Shape, chain: &FontChain, out: &mut Vec<Primitive>) {
    match shape {
        // Percorso paints no callbacks and no bands (paths of varying width).
        Shape::Noop | Shape::Callback(_) | Shape::Band(_) => {}
        Shape::Vec(shapes) => {
            for shape in shapes {
                shape_into(shape, chain, out);
            }
        }
        Shape::Rect(rect) => rect_into(rect, out),
        Shape::Circle(circle) => {
            let outline = ellipse(circle.center, circle.radius, circle.radius);
            fill_and_stroke(out, &outline, circle.fill, circle.stroke);
        }
        Shape::Ellipse(e) => {
            let outline = ellipse(e.center, e.radius.x, e.radius.y);
            fill_and_stroke(out, &outline, e.fill, e.stroke);
        }
        Shape::LineSegment { points, stroke } => {
            let line = vec![Segment::MoveTo(points[0]), Segment::LineTo(points[1])];
            fill_and_stroke(out, &line, Color32::TRANSPARENT, *stroke);
        }
        Shape::Path(path) => {
            let outline = polyline(&path.points, path.closed);
            fill_and_stroke(out, &outline, path.fill, solid(&path.stroke));
        }
        Shape::CubicBezier(curve) => {
            let [a, b, c, d] = curve.points;
            let mut outline = vec![Segment::MoveTo(a), Segment::CubicTo(b, c, d)];
            if curve.closed {
                outline.push(Segment::Close);
            }
            fill_and_stroke(out, &outline, curve.fill, solid(&curve.stroke));
        }
        Shape::QuadraticBezier(curve) => {
            let [a, b, c] = curve.points;
            // The same curve as a cubic: control points two thirds of the way to b.
            let (b1, b2) = (a + (b - a) * (2.0 / 3.0), c + (b - c) * (2.0 / 3.0));
            let mut outline = vec![Segment::MoveTo(a), Segment::CubicTo(b1, b2, c)];
            if curve.closed {
                outline.push(Segment::Close);
            }
            fill_and_stroke(out, &outline, curve.fill, solid(&curve.stroke));
        }
        Shape::Text(text) => out.extend(runs(text, chain).into_iter().map(Primitive::Glyphs)),
        Shape::Mesh(mesh) => mesh_into(mesh, out),
    }
}

/// A rectangle: its photo, or its fill, and its stroke where egui puts it.
fn rect_into(rect: &RectShape, out: &mut Vec<Primitive>) {
    let radius = f32::from(rect.corner_radius.nw);
    let texture = rect.fill_texture_id();
    if texture != egui::TextureId::default() {
        out.push(Primitive::Image(rect.rect, radius, texture));
    } else if rect.fill.a() > 0 {
        out.push(Primitive::Fill(rounded(rect.rect, rect), rect.fill));
    }
    if rect.stroke.width > 0.0 && rect.stroke.color.a() > 0 {
        let half = rect.stroke.width / 2.0;
        let centre_line = match rect.stroke_kind {
            StrokeKind::Inside => rect.rect.shrink(half),
            StrokeKind::Middle => rect.rect,
            StrokeKind::Outside => rect.rect.expand(half),
        };
        out.push(Primitive::Stroke(
            rounded(centre_line, rect),
            rect.stroke.width,
            rect.stroke.color,
        ));
    }
}

/// Solid-coloured triangles (the plain card blocks of a far zoom), each its own fill.
fn mesh_into(mesh: &egui::Mesh, out: &mut Vec<Primitive>) {
    for triangle in mesh.indices.chunks_exact(3) {
        let corner = |i: u32| mesh.vertices.get(i as usize);
        let (Some(a), Some(b), Some(c)) = (
            corner(triangle[0]),
            corner(triangle[1]),
            corner(triangle[2]),
        ) else {
            continue;
        };
        if a.color.a() == 0 {
            continue;
        }
        let outline = polyline(&[a.pos, b.pos, c.pos], true);
        out.push(Primitive::Fill(outline, a.color));
    }
}

fn solid(stroke: &PathStroke) -> Stroke {
    match &stroke.color {
        ColorMode::Solid(color) => Stroke::new(stroke.width, *color),
        // Percorso paints no gradients; the middle of one stands in for it.
        ColorMode::UV(colour_at) => Stroke::new(stroke.width, colour_at(Rect::ZERO, Pos2::ZERO)),
    }
}

fn fill_and_stroke(out: &mut Vec<Primitive>, outline: &[Segment], fill: Color32, stroke: Stroke) {
    if fill.a() > 0 {
        out.push(Primitive::Fill(outline.to_vec(), fill));
    }
    if stroke.width > 0.0 && stroke.color.a() > 0 {
        out.push(Primitive::Stroke(
            outline.to_vec(),
            stroke.width,
            stroke.color,
        ));
    }
}

fn polyline(points: &[Pos2], closed: bool) -> Vec<Segment> {
    let mut outline: Vec<Segment> = points
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            if i == 0 {
                Segment::MoveTo(p)
            } else {
                Segment::LineTo(p)
            }
        })
        .collect();
    if closed && !outline.is_empty() {
        outline.push(Segment::Close);
    }
    outline
}

/// How far along a tangent a cubic's control point sits to draw a quarter circle.
const KAPPA: f32 = 0.552_284_8;

fn ellipse(centre: Pos2, rx: f32, ry: f32) -> Vec<Segment> {
    let (kx, ky) = (rx * KAPPA, ry * KAPPA);
    let (c, x, y) = (centre, rx, ry);
    vec![
        Segment::MoveTo(pos2(c.x + x, c.y)),
        Segment::CubicTo(
            pos2(c.x + x, c.y + ky),
            pos2(c.x + kx, c.y + y),
            pos2(c.x, c.y + y),
        ),
        Segment::CubicTo(
            pos2(c.x - kx, c.y + y),
            pos2(c.x - x, c.y + ky),
            pos2(c.x - x, c.y),
        ),
        Segment::CubicTo(
            pos2(c.x - x, c.y - ky),
            pos2(c.x - kx, c.y - y),
            pos2(c.x, c.y - y),
        ),
        Segment::CubicTo(
            pos2(c.x + kx, c.y - y),
            pos2(c.x + x, c.y - ky),
            pos2(c.x + x, c.y),
        ),
        Segment::Close,
    ]
}

/// `r`'s outline with the corners of `shape` (each corner its own radius, as egui keeps them).
fn rounded(r: Rect, shape: &RectShape) -> Vec<Segment> {
    let c = shape.corner_radius;
    rounded_corners(r, [c.nw, c.ne, c.se, c.sw].map(f32::from))
}

/// `r`'s outline with every corner rounded by `radius`.
#[must_use]
pub fn rounded_rect(r: Rect, radius: f32) -> Vec<Segment> {
    rounded_corners(r, [radius; 4])
}

/// `r`'s outline with its corners (north-west, north-east, south-east, south-west) rounded.
fn rounded_corners(r: Rect, corners: [f32; 4]) -> Vec<Segment> {
    let limit = r.width().min(r.height()) / 2.0;
    let [nw, ne, se, sw] = corners.map(|corner| corner.min(limit).max(0.0));
    let mut outline = vec![Segment::MoveTo(pos2(r.min.x + nw, r.min.y))];
    let mut corner = |to: Pos2, control_a: Pos2, control_b: Pos2, end: Pos2, rounded: bool| {
        outline.push(Segment::LineTo(to));
        if rounded {
            outline.push(Segment::CubicTo(control_a, control_b, end));
        }
    };
    let k = 1.0 - KAPPA;
    corner(
        pos2(r.max.x - ne, r.min.y),
        pos2(r.max.x - ne * k, r.min.y),
        pos2(r.max.x, r.min.y + ne * k),
        pos2(r.max.x, r.min.y + ne),
        ne > 0.0,
    );
    corner(
        pos2(r.max.x, r.max.y - se),
        pos2(r.max.x, r.max.y - se * k),
        pos2(r.max.x - se * k, r.max.y),
        pos2(r.max.x - se, r.max.y),
        se > 0.0,
    );
    corner(
        pos2(r.min.x + sw, r.max.y),
        pos2(r.min.x + sw * k, r.max.y),
        pos2(r.min.x, r.max.y - sw * k),
        pos2(r.min.x, r.max.y - sw),
        sw > 0.0,
    );
    corner(
        pos2(r.min.x, r.min.y + nw),
        pos2(r.min.x, r.min.y + nw * k),
        pos2(r.min.x + nw * k, r.min.y),
        pos2(r.min.x + nw, r.min.y),
        nw > 0.0,
    );
    outline.push(Segment::Close);
    outline
}
