//! What a map says about itself when its numbers are read together: where the journey loses
//! customers (the funnel), where it hurts (the pain points' weight per stage, the pain points
//! ranked, the opportunities beside them), where each persona feels worst (moments of truth),
//! how much is known (evidence per stage) and how happy each persona is. Pure reading of the
//! model, in numbers; below the editor, the exports and the command line, which say it in words
//! and pictures. Knows nothing of egui.

pub mod evidence;
pub mod funnel;
pub mod happiness;
pub mod heat;
pub mod moments;

pub use evidence::EvidenceCount;
pub use funnel::Funnel;
pub use happiness::Happiness;
pub use moments::{Moment, is_moment_of_truth};

use crate::model::{CardAt, Map};

/// Everything the insights panel and `percorso report` say about one map, worked out at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    /// The funnel, when the map names one.
    pub funnel: Option<Funnel>,
    /// Each stage's pain weight, by stage index.
    pub pain: Vec<u32>,
    /// Every pain point, heaviest first.
    pub pain_points: Vec<CardAt>,
    /// Each stage's opportunities, most voted first, by stage index.
    pub opportunities: Vec<Vec<CardAt>>,
    /// Every moment of truth, worst first.
    pub moments: Vec<Moment>,
    /// Each stage's evidence, by stage index.
    pub evidence: Vec<EvidenceCount>,
    /// Each persona's happiness, by persona index.
    pub happiness: Vec<Happiness>,
}

impl Insights {
    /// Reads all of it from `map`.
    #[must_use]
    pub fn of(map: &Map) -> Insights {
        Insights {
            funnel: Funnel::of(map),
            pain: heat::pain_weights(map),
            pain_points: heat::ranked_pain_points(map),
            opportunities: heat::opportunities_by_stage(map),
            moments: moments::moments_of_truth(map),
            evidence: evidence::evidence_by_stage(map),
            happiness: happiness::happiness(map),
        }
    }

    /// The stages built mostly on assumptions, by index.
    #[must_use]
    pub fn assumed_stages(&self) -> Vec<usize> {
        (0..self.evidence.len())
            .filter(|&i| self.evidence[i].mostly_assumed())
            .collect()
    }
}
