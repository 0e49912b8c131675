//! Moments of truth: where a persona feels worst. The lowest point of each emotion lane's
//! curve (every point that low, when several are), and any point at the scale's minimum.

use crate::model::{Lane, LaneAt, LaneKind, Map};

/// One moment of truth: an emotion lane and the index of its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// The emotion lane.
    pub lane: LaneAt,
    /// The point's index in the lane.
    pub point: usize,
    /// The point's value on the map's scale.
    pub value: i32,
}

/// Every moment of truth of `map`, worst first (equal ones in the map's order).
#[must_use]
pub fn moments_of_truth(map: &Map) -> Vec<Moment> {
    let mut moments = Vec::new();
    for (p, persona) in map.personas.iter().enumerate() {
        for (l, lane) in persona.lanes.iter().enumerate() {
            if lane.kind != LaneKind::Emotions {
                continue;
            }
            let at = LaneAt {
                persona: p,
                lane: l,
            };
            for (point, value) in lane.points.iter().enumerate() {
                if is_moment_of_truth(map, lane, point) {
                    moments.push(Moment {
                        lane: at,
                        point,
                        value: value.value,
                    });
                }
            }
        }
    }
    moments.sort_by_key(|moment| moment.value);
    moments
}

/// Whether point `point` of `lane` is a moment of truth on `map`'s scale.
#[must_use]
pub fn is_moment_of_truth(map: &Map, lane: &Lane, point: usize) -> bool {
    let Some(value) = lane.points.get(point).map(|p| p.value) else {
        return false;
    };
    let lowest = lane.points.iter().map(|p| p.value).min();
    // A flat curve has no low point: only the scale's minimum counts there.
    let flat = lane.points.iter().all(|p| p.value == value);
    value <= map.emotion_scale.min || (!flat && lowest == Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EmotionPoint, LaneId, LaneKind, StageId};

    fn lane(values: &[i32]) -> Lane {
        Lane {
            id: LaneId::from("e"),
            kind: LaneKind::Emotions,
            title: None,
            cards: Vec::new(),
            points: values
                .iter()
                .enumerate()
                .map(|(i, &value)| EmotionPoint {
                    stage: StageId::from(format!("s{i}").as_str()),
                    value,
                    note: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_lowest_point_and_every_point_at_the_minimum() {
        let map = Map::new("m");
        let curve = lane(&[1, -1, 2, 0]);
        let moments: Vec<bool> = (0..4)
            .map(|i| is_moment_of_truth(&map, &curve, i))
            .collect();
        assert_eq!(moments, [false, true, false, false]);
        let two_lows = lane(&[-2, 1, -2]);
        assert!(is_moment_of_truth(&map, &two_lows, 0) && is_moment_of_truth(&map, &two_lows, 2));
        let flat = lane(&[1, 1]);
        assert!(
            !is_moment_of_truth(&map, &flat, 0),
            "a flat curve has no low point"
        );
        let flat_at_minimum = lane(&[-2, -2]);
        assert!(
            is_moment_of_truth(&map, &flat_at_minimum, 1),
            "the scale's minimum is one"
        );
        assert!(!is_moment_of_truth(&map, &curve, 9));
    }

    #[test]
    fn the_guitar_journey_hurts_at_purchase() {
        let map = crate::file::read_str(include_str!("../../maps/guitar.ron"))
            .unwrap_or_else(|e| panic!("{e:?}"));
        let moments = moments_of_truth(&map);
        assert!(!moments.is_empty());
        let values: Vec<i32> = moments.iter().map(|m| m.value).collect();
        assert!(
            values.windows(2).all(|w| w[0] <= w[1]),
            "worst first: {values:?}"
        );
        let first = moments[0];
        let lane = map.lane_at(first.lane).unwrap_or_else(|| panic!("a lane"));
        assert_eq!(lane.points[first.point].stage.as_str(), "purchase");
    }
}
