//! The emotion curve: a smooth line through points that never overshoots them.
//!
//! Monotone cubic Hermite interpolation (Fritsch–Carlson): between two neighbouring points the
//! curve stays within their values, so it never leaves the emotion scale and never invents a dip
//! or a peak that the data does not have.

use egui::{Pos2, pos2};

/// Samples a monotone curve through `points` (sorted by x), `per_segment` samples a segment.
#[must_use]
pub fn monotone_curve(points: &[Pos2], per_segment: usize) -> Vec<Pos2> {
    if points.len() < 2 {
        return points.to_vec();
    }
    let tangents = tangents(points);
    let per_segment = per_segment.max(1);
    let mut out = Vec::with_capacity((points.len() - 1) * per_segment + 1);
    out.push(points[0]);
    for k in 0..points.len() - 1 {
        let (start, end) = (points[k], points[k + 1]);
        let width = end.x - start.x;
        for step in 1..=per_segment {
            #[allow(clippy::cast_precision_loss)] // Small sample counts.
            let along = step as f32 / per_segment as f32;
            let (squared, cubed) = (along * along, along * along * along);
            let y = (2.0 * cubed - 3.0 * squared + 1.0) * start.y
                + (cubed - 2.0 * squared + along) * width * tangents[k]
                + (-2.0 * cubed + 3.0 * squared) * end.y
                + (cubed - squared) * width * tangents[k + 1];
            out.push(pos2(start.x + along * width, y));
        }
    }
    out
}

/// Fritsch–Carlson tangents: zero at local extremes, limited so each segment stays monotone.
fn tangents(points: &[Pos2]) -> Vec<f32> {
    let n = points.len();
    let slopes: Vec<f32> = points
        .windows(2)
        .map(|w| {
            let dx = w[1].x - w[0].x;
            if dx.abs() < f32::EPSILON {
                0.0
            } else {
                (w[1].y - w[0].y) / dx
            }
        })
        .collect();
    let mut m = vec![0.0; n];
    m[0] = slopes[0];
    m[n - 1] = slopes[n - 2];
    for i in 1..n - 1 {
        m[i] = if slopes[i - 1] * slopes[i] <= 0.0 {
            0.0
        } else {
            f32::midpoint(slopes[i - 1], slopes[i])
        };
    }
    for k in 0..n - 1 {
        if slopes[k] == 0.0 {
            m[k] = 0.0;
            m[k + 1] = 0.0;
            continue;
        }
        let a = m[k] / slopes[k];
        let b = m[k + 1] / slopes[k];
        let length = a.hypot(b);
        if length > 3.0 {
            let scale = 3.0 / length;
            m[k] = scale * a * slopes[k];
            m[k + 1] = scale * b * slopes[k];
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_through_every_point() {
        let points = [
            pos2(0.0, 10.0),
            pos2(100.0, 50.0),
            pos2(200.0, 0.0),
            pos2(300.0, 0.0),
        ];
        let curve = monotone_curve(&points, 8);
        assert_eq!(curve.len(), 25);
        for (i, point) in points.iter().enumerate() {
            let sample = curve[i * 8];
            assert!((sample.x - point.x).abs() < 1e-3 && (sample.y - point.y).abs() < 1e-3);
        }
    }

    #[test]
    fn never_overshoots_its_neighbours() {
        let points = [
            pos2(0.0, 0.0),
            pos2(10.0, 100.0),
            pos2(20.0, 100.0),
            pos2(30.0, -100.0),
            pos2(40.0, 90.0),
            pos2(50.0, 95.0),
        ];
        let curve = monotone_curve(&points, 32);
        for (k, pair) in points.windows(2).enumerate() {
            let (low, high) = (pair[0].y.min(pair[1].y), pair[0].y.max(pair[1].y));
            for sample in &curve[k * 32..=(k + 1) * 32] {
                assert!(
                    sample.y >= low - 1e-3 && sample.y <= high + 1e-3,
                    "segment {k}: {sample:?}"
                );
            }
        }
    }

    #[test]
    fn one_or_no_point_is_returned_as_is() {
        assert!(monotone_curve(&[], 4).is_empty());
        assert_eq!(monotone_curve(&[pos2(1.0, 2.0)], 4), [pos2(1.0, 2.0)]);
    }
}
