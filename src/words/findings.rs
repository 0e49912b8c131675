//! The insights as sections of findings, in the current language: what the insights panel shows
//! (each finding a line that selects what it is about) and what `percorso report` writes (each a
//! bullet), in one order, so that both say the same. Built from [`Insights`] and the sentences
//! of [`super::insights`].

use super::insights as say;
use crate::insights::Insights;
use crate::model::{CardAt, LaneAt, Map};
use crate::t;

/// What a finding talks about, for the panel to select it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    /// Nothing in particular (a sub-heading).
    Nothing,
    /// A stage, by index.
    Stage(usize),
    /// A card.
    Card(CardAt),
    /// An emotion point: its lane and its index there.
    Point(LaneAt, usize),
    /// A persona, by index.
    Persona(usize),
}

/// One line of a section.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What it says.
    pub text: String,
    /// What it is about.
    pub about: About,
    /// How far it is indented under the line before (0, 1 or 2).
    pub depth: u8,
}

impl Finding {
    fn new(text: String, about: About, depth: u8) -> Finding {
        Finding { text, about, depth }
    }
}

/// A section: its heading, the sentence that sums it up, and its findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// What it comes to, in a sentence, if anything.
    pub summary: Option<String>,
    /// The lines.
    pub findings: Vec<Finding>,
}

/// Every section, in the order the panel and the report show them: the funnel, where it
/// hurts, the moments of truth, how much is known, happiness.
#[must_use]
pub fn sections(map: &Map, insights: &Insights) -> Vec<Section> {
    vec![
        funnel(map, insights),
        hurts(map, insights),
        moments(map, insights),
        evidence(map, insights),
        happiness(map, insights),
    ]
}

fn funnel(map: &Map, insights: &Insights) -> Section {
    let heading = t!("insights-funnel");
    let Some(funnel) = &insights.funnel else {
        let summary = Some(t!("insights-no-funnel"));
        return Section {
            heading,
            summary,
            findings: Vec::new(),
        };
    };
    let findings = (0..map.stages.len())
        .map(|stage| {
            Finding::new(
                say::funnel_stage(map, funnel, stage),
                About::Stage(stage),
                0,
            )
        })
        .collect();
    let summary = say::funnel_headline(map, funnel);
    Section {
        heading,
        summary,
        findings,
    }
}

/// The stages that have pain, heaviest first, each with its pain points ranked and the
/// opportunities on it by votes.
fn hurts(map: &Map, insights: &Insights) -> Section {
    let mut stages: Vec<usize> = (0..insights.pain.len())
        .filter(|&s| insights.pain[s] > 0)
        .collect();
    stages.sort_by_key(|&s| std::cmp::Reverse(insights.pain[s]));
    let mut findings = Vec::new();
    for stage in stages {
        let line = say::stage_pain(map, stage, insights.pain[stage]);
        findings.push(Finding::new(line, About::Stage(stage), 0));
        let stage_id = &map.stages[stage].id;
        let on_stage = |at: &&CardAt| map.card_at(**at).is_some_and(|c| &c.stage == stage_id);
        for &at in insights.pain_points.iter().filter(on_stage) {
            findings.push(Finding::new(say::pain_point(map, at), About::Card(at), 1));
        }
        let opportunities = insights
            .opportunities
            .get(stage)
            .map_or(&[][..], Vec::as_slice);
        if !opportunities.is_empty() {
            let heading = t!(
                "insights-opportunities-here",
                stage = say::stage_name(map, stage)
            );
            findings.push(Finding::new(heading, About::Nothing, 1));
        }
        for &at in opportunities {
            findings.push(Finding::new(say::opportunity(map, at), About::Card(at), 2));
        }
    }
    let summary = say::hurts_headline(map, insights).or_else(|| Some(t!("insights-no-pain")));
    Section {
        heading: t!("insights-hurts"),
        summary,
        findings,
    }
}

fn moments(map: &Map, insights: &Insights) -> Section {
    let findings: Vec<Finding> = insights
        .moments
        .iter()
        .map(|m| Finding::new(say::moment(map, m), About::Point(m.lane, m.point), 0))
        .collect();
    let summary = findings.is_empty().then(|| t!("insights-no-moments"));
    Section {
        heading: t!("insights-moments"),
        summary,
        findings,
    }
}

fn evidence(map: &Map, insights: &Insights) -> Section {
    let findings = insights
        .evidence
        .iter()
        .enumerate()
        .map(|(stage, count)| {
            Finding::new(
                say::evidence_stage(map, count, stage),
                About::Stage(stage),
                0,
            )
        })
        .collect();
    let summary = Some(say::evidence_headline(map, insights));
    Section {
        heading: t!("insights-evidence"),
        summary,
        findings,
    }
}

fn happiness(map: &Map, insights: &Insights) -> Section {
    let findings = insights
        .happiness
        .iter()
        .map(|h| Finding::new(say::happiness(map, h), About::Persona(h.persona), 0))
        .collect();
    Section {
        heading: t!("insights-happiness"),
        summary: None,
        findings,
    }
}
