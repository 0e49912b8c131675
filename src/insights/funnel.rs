//! The funnel: the customers reaching each stage, counted by the stage metric the map names
//! (`Map::funnel`), the share lost between each pair of neighbouring stages, and the largest
//! loss, the place where the journey loses the most customers.

use crate::model::Map;

/// The funnel of a map, stage by stage in the map's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Funnel {
    /// The metric that counts the customers.
    pub metric: String,
    /// Each stage's count; `None` where the stage has no such metric (a gap, not a zero).
    pub counts: Vec<Option<f64>>,
    /// The share lost on the way into each stage from the one before, 0 to 1 (negative when
    /// more customers arrive than left the stage before); `None` for the first stage, and
    /// where either count is missing or the stage before counted nobody.
    pub losses: Vec<Option<f64>>,
    /// The stage that the largest loss leads into (the first of equal ones), if any stage
    /// loses customers.
    pub largest_loss: Option<usize>,
    /// The largest count, which a bar the full width stands for.
    pub largest_count: f64,
}

impl Funnel {
    /// The funnel of `map`, or `None` when it names no funnel.
    #[must_use]
    pub fn of(map: &Map) -> Option<Funnel> {
        let metric = map.funnel.clone()?;
        let counts: Vec<Option<f64>> = map
            .stages
            .iter()
            .map(|stage| {
                stage
                    .metrics
                    .iter()
                    .find(|m| m.name == metric)
                    .map(|m| m.value)
                    .filter(|value| value.is_finite())
            })
            .collect();
        let losses: Vec<Option<f64>> = (0..counts.len())
            .map(|i| {
                let before = counts.get(i.checked_sub(1)?).copied().flatten()?;
                let here = counts[i]?;
                (before > 0.0).then(|| (before - here) / before)
            })
            .collect();
        let mut largest_loss = None;
        let mut largest = 0.0;
        for (i, loss) in losses.iter().enumerate() {
            if let Some(loss) = *loss
                && loss > largest
            {
                largest = loss;
                largest_loss = Some(i);
            }
        }
        let largest_count = counts.iter().flatten().copied().fold(0.0, f64::max);
        Some(Funnel {
            metric,
            counts,
            losses,
            largest_loss,
            largest_count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, Stage, StageId};

    fn map_with(counts: &[Option<f64>]) -> Map {
        let mut map = Map::new("Funnel");
        map.funnel = Some("Visitors".to_owned());
        for (i, count) in counts.iter().enumerate() {
            map.stages.push(Stage {
                id: StageId::from(format!("s{i}").as_str()),
                name: format!("Stage {i}"),
                description: String::new(),
                duration: String::new(),
                color: None,
                metrics: count
                    .map(|value| Metric {
                        name: "Visitors".to_owned(),
                        value,
                        unit: String::new(),
                    })
                    .into_iter()
                    .collect(),
            });
        }
        map
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn the_losses_and_the_largest_one() {
        let funnel = Funnel::of(&map_with(&[Some(85_000.0), Some(12_000.0), Some(3_100.0)]))
            .unwrap_or_else(|| panic!("a funnel"));
        assert_eq!(funnel.losses[0], None);
        assert!(close(funnel.losses[1], 73_000.0 / 85_000.0));
        assert!(close(funnel.losses[2], 8_900.0 / 12_000.0));
        assert_eq!(funnel.largest_loss, Some(1));
        assert!((funnel.largest_count - 85_000.0).abs() < 1e-9);
    }

    #[test]
    fn a_gap_a_zero_rising_counts_equal_losses_and_one_stage() {
        let gap =
            Funnel::of(&map_with(&[Some(100.0), None, Some(50.0)])).unwrap_or_else(|| panic!());
        assert_eq!(gap.counts[1], None, "a gap, not a zero");
        assert_eq!(gap.losses, vec![None, None, None], "no loss across a gap");
        assert_eq!(gap.largest_loss, None);
        let zero = Funnel::of(&map_with(&[Some(0.0), Some(10.0)])).unwrap_or_else(|| panic!());
        assert_eq!(zero.losses[1], None, "nobody to lose");
        let rising = Funnel::of(&map_with(&[Some(10.0), Some(20.0)])).unwrap_or_else(|| panic!());
        assert!(close(rising.losses[1], -1.0));
        assert_eq!(rising.largest_loss, None, "no stage loses anyone");
        let equal = Funnel::of(&map_with(&[Some(100.0), Some(50.0), Some(25.0)]))
            .unwrap_or_else(|| panic!());
        assert_eq!(equal.largest_loss, Some(1), "the first of equal losses");
        let one = Funnel::of(&map_with(&[Some(7.0)])).unwrap_or_else(|| panic!());
        assert_eq!((one.losses.clone(), one.largest_loss), (vec![None], None));
        let mut none = map_with(&[Some(1.0)]);
        none.funnel = None;
        assert_eq!(Funnel::of(&none), None);
    }
}
