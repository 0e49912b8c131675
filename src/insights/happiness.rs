//! The happiness score of each persona, as `TheyDo` defines it: the share of stages where the
//! persona's emotion is positive (above the middle of the map's scale), and the mean emotion on
//! the map's scale. A persona with two emotion lanes feels, at a stage, the mean of its points
//! there; stages without a point are left out, not counted as neutral.

use crate::model::{LaneKind, Map};

/// How happy one persona is along the journey.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Happiness {
    /// The persona's index in the map.
    pub persona: usize,
    /// The stages where the persona's emotion is known.
    pub stages_felt: usize,
    /// Of those, the stages where it is positive.
    pub positive: usize,
    /// The mean emotion over those stages, on the map's scale; `None` when none is known.
    pub mean: Option<f64>,
}

impl Happiness {
    /// The share of felt stages that are positive, 0 to 1; `None` when none is felt.
    #[must_use]
    #[allow(clippy::cast_precision_loss)] // At most 1,000 stages.
    pub fn score(&self) -> Option<f64> {
        (self.stages_felt > 0).then(|| self.positive as f64 / self.stages_felt as f64)
    }
}

/// Every persona's happiness, in the map's order (personas without an emotion lane included,
/// with nothing felt).
#[must_use]
pub fn happiness(map: &Map) -> Vec<Happiness> {
    let middle = f64::midpoint(
        f64::from(map.emotion_scale.min),
        f64::from(map.emotion_scale.max),
    );
    map.personas
        .iter()
        .enumerate()
        .map(|(persona, p)| {
            let emotion_lanes: Vec<_> = p
                .lanes
                .iter()
                .filter(|lane| lane.kind == LaneKind::Emotions)
                .collect();
            let felt: Vec<f64> = map
                .stages
                .iter()
                .filter_map(|stage| {
                    let values: Vec<f64> = emotion_lanes
                        .iter()
                        .flat_map(|lane| &lane.points)
                        .filter(|point| point.stage == stage.id)
                        .map(|point| f64::from(point.value))
                        .collect();
                    #[allow(clippy::cast_precision_loss)] // A few lanes.
                    let count = values.len() as f64;
                    (!values.is_empty()).then(|| values.iter().sum::<f64>() / count)
                })
                .collect();
            #[allow(clippy::cast_precision_loss)] // At most 1,000 stages.
            let mean = (!felt.is_empty()).then(|| felt.iter().sum::<f64>() / felt.len() as f64);
            Happiness {
                persona,
                stages_felt: felt.len(),
                positive: felt.iter().filter(|&&value| value > middle).count(),
                mean,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EmotionScale;

    #[test]
    fn giulia_is_happy_at_four_stages_of_five() {
        let map = crate::file::read_str(include_str!("../../maps/guitar.ron"))
            .unwrap_or_else(|e| panic!("{e:?}"));
        let giulia = happiness(&map)[0];
        // 1, 1, -2, 2, 2 on -2..2.
        assert_eq!((giulia.stages_felt, giulia.positive), (5, 4));
        assert!((giulia.score().unwrap_or(0.0) - 0.8).abs() < 1e-12);
        assert!((giulia.mean.unwrap_or(0.0) - 0.8).abs() < 1e-12);
    }

    #[test]
    fn the_middle_of_another_scale_and_nothing_felt() {
        let mut map = crate::file::read_str(include_str!("../../maps/guitar.ron"))
            .unwrap_or_else(|e| panic!("{e:?}"));
        // On 1..5 the middle is 3: the same values shifted by 3 are 4, 4, 1, 5, 5.
        map.emotion_scale = EmotionScale { min: 1, max: 5 };
        for lane in &mut map.personas[0].lanes {
            for point in &mut lane.points {
                point.value += 3;
            }
        }
        let giulia = happiness(&map)[0];
        assert_eq!(giulia.positive, 4);
        assert!((giulia.mean.unwrap_or(0.0) - 3.8).abs() < 1e-12);
        for lane in &mut map.personas[0].lanes {
            lane.points.clear();
        }
        let nobody = happiness(&map)[0];
        assert_eq!(
            (nobody.stages_felt, nobody.score(), nobody.mean),
            (0, None, None)
        );
    }
}
