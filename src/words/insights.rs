//! The insights in words, in the current language: one sentence per finding, for the insights
//! panel (each a line that selects what it talks about) and `percorso report` (each a bullet of
//! Markdown). The numbers come from [`crate::insights`]; the map's own text is quoted as written.

use crate::insights::{EvidenceCount, Funnel, Happiness, Insights, Moment};
use crate::lang::{number, percent};
use crate::model::{CardAt, Evidence, Map};
use crate::t;

/// A stage's name as people read it: its own, or "Stage 3" when it has none.
#[must_use]
pub fn stage_name(map: &Map, stage: usize) -> String {
    match map.stages.get(stage) {
        Some(s) if !s.name.trim().is_empty() => s.name.clone(),
        _ => t!("insight-unnamed-stage", number = stage + 1),
    }
}

/// A card's text on one line, or "(empty card)".
fn card_text(map: &Map, at: CardAt) -> String {
    let text = map.card_at(at).map_or("", |card| card.text.as_str());
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        t!("md-empty-card")
    } else {
        line
    }
}

/// A share from 0 to 1 as a whole percentage.
fn share_words(share: f64) -> String {
    percent((share * 100.0).round())
}

/// "-74 %" lost on the way in (or "+12 %" gained, "0 %" the same); the largest loss says so.
#[must_use]
pub fn loss_words(loss: f64, largest: bool) -> String {
    let percent = (loss * 100.0).round();
    let change = if percent > 0.0 {
        t!("funnel-loss", share = crate::lang::percent(percent))
    } else if percent < 0.0 {
        t!("funnel-gain", share = crate::lang::percent(-percent))
    } else {
        // Nobody lost, nobody gained: no sign.
        crate::lang::percent(0.0)
    };
    if largest {
        t!("funnel-largest-loss", change = change)
    } else {
        change
    }
}

/// Where the journey loses the most customers, in a sentence; `None` when no stage loses any.
#[must_use]
pub fn funnel_headline(map: &Map, funnel: &Funnel) -> Option<String> {
    let into = funnel.largest_loss?;
    let before = funnel.counts.get(into.checked_sub(1)?).copied().flatten()?;
    let here = funnel.counts.get(into).copied().flatten()?;
    let loss = funnel.losses.get(into).copied().flatten()?;
    Some(t!(
        "insight-funnel-headline",
        stage = stage_name(map, into),
        before = number(before),
        here = number(here),
        metric = funnel.metric.as_str(),
        change = loss_words(loss, false)
    ))
}

/// One stage of the funnel: "Purchase: 3,100, largest loss -90 %", or that it has no count.
#[must_use]
pub fn funnel_stage(map: &Map, funnel: &Funnel, stage: usize) -> String {
    let name = stage_name(map, stage);
    let Some(count) = funnel.counts.get(stage).copied().flatten() else {
        return t!(
            "insight-funnel-gap",
            stage = name,
            metric = funnel.metric.as_str()
        );
    };
    match funnel.losses.get(stage).copied().flatten() {
        Some(loss) => t!(
            "insight-funnel-stage-loss",
            stage = name,
            count = number(count),
            change = loss_words(loss, funnel.largest_loss == Some(stage))
        ),
        None => t!("insight-funnel-stage", stage = name, count = number(count)),
    }
}

/// A stage's pain: "Purchase: pain 49".
#[must_use]
pub fn stage_pain(map: &Map, stage: usize, weight: u32) -> String {
    t!(
        "insight-stage-pain",
        stage = stage_name(map, stage),
        weight = weight
    )
}

/// Where it hurts most, in a sentence; `None` when the map has no pain point.
#[must_use]
pub fn hurts_headline(map: &Map, insights: &Insights) -> Option<String> {
    let heaviest = *insights.pain_points.first()?;
    let (stage, weight) = insights
        .pain
        .iter()
        .copied()
        .enumerate()
        .max_by_key(|&(i, weight)| (weight, std::cmp::Reverse(i)))?;
    Some(t!(
        "insight-hurts-headline",
        stage = stage_name(map, stage),
        weight = weight,
        card = card_text(map, heaviest)
    ))
}

/// A pain point under its stage: "“Too many checkout steps”: critical, 3 votes (weight 12)".
#[must_use]
pub fn pain_point(map: &Map, at: CardAt) -> String {
    let Some(card) = map.card_at(at) else {
        return String::new();
    };
    t!(
        "insight-pain-point",
        card = card_text(map, at),
        severity = crate::words::severity_name(card.severity.unwrap_or(1)),
        votes = card.votes,
        weight = crate::insights::heat::pain_weight(card)
    )
}

/// An opportunity beside the pain points of its stage: "“One-page checkout”, 4 votes".
#[must_use]
pub fn opportunity(map: &Map, at: CardAt) -> String {
    let votes = map.card_at(at).map_or(0, |card| card.votes);
    t!(
        "insight-opportunity",
        card = card_text(map, at),
        votes = votes
    )
}

/// A moment of truth: "Marta at Purchase: -2 on -2 to 2, “frustrated by…”".
#[must_use]
pub fn moment(map: &Map, moment: &Moment) -> String {
    let persona = map
        .personas
        .get(moment.lane.persona)
        .map_or("", |p| p.name.as_str());
    let point = map
        .lane_at(moment.lane)
        .and_then(|lane| lane.points.get(moment.point));
    let stage = point
        .and_then(|p| map.stage_index(&p.stage))
        .unwrap_or(usize::MAX);
    let note = point.map_or("", |p| p.note.trim());
    let scale = &map.emotion_scale;
    let line = t!(
        "insight-moment",
        persona = persona,
        stage = stage_name(map, stage),
        value = moment.value,
        min = scale.min,
        max = scale.max
    );
    if note.is_empty() {
        line
    } else {
        line + &t!("insight-moment-note", note = note)
    }
}

/// How much one stage is known: "Purchase: 33 % observed, 8 % assumed, 25 % proposed, 33 % not
/// marked", and "built mostly on assumptions" when it is.
#[must_use]
pub fn evidence_stage(map: &Map, count: &EvidenceCount, stage: usize) -> String {
    let name = stage_name(map, stage);
    if count.cards() == 0 {
        return t!("insight-evidence-no-cards", stage = name);
    }
    let unmarked = 1.0
        - count.share(Evidence::Observed)
        - count.share(Evidence::Assumed)
        - count.share(Evidence::Proposed);
    let line = t!(
        "insight-evidence-stage",
        stage = name,
        observed = share_words(count.share(Evidence::Observed)),
        assumed = share_words(count.share(Evidence::Assumed)),
        proposed = share_words(count.share(Evidence::Proposed)),
        unmarked = share_words(unmarked.max(0.0))
    );
    if count.mostly_assumed() {
        t!("insight-evidence-flagged", line = line)
    } else {
        line
    }
}

/// How much of the whole map is evidence, in a sentence, with the stages built mostly on
/// assumptions named.
#[must_use]
pub fn evidence_headline(map: &Map, insights: &Insights) -> String {
    let total: EvidenceCount = insights.evidence.iter().copied().sum();
    let observed = share_words(total.share(Evidence::Observed));
    let assumed: Vec<String> = insights
        .assumed_stages()
        .into_iter()
        .map(|stage| stage_name(map, stage))
        .collect();
    if assumed.is_empty() {
        t!("insight-evidence-headline", observed = observed)
    } else {
        t!(
            "insight-evidence-headline-assumed",
            observed = observed,
            stages = crate::lang::list(&assumed)
        )
    }
}

/// One persona's happiness: "Marta: positive at 3 of 6 stages (50 %), mean 0.3 on -2 to 2".
#[must_use]
pub fn happiness(map: &Map, happiness: &Happiness) -> String {
    let persona = map
        .personas
        .get(happiness.persona)
        .map_or("", |p| p.name.as_str());
    let (Some(score), Some(mean)) = (happiness.score(), happiness.mean) else {
        return t!("insight-happiness-none", persona = persona);
    };
    t!(
        "insight-happiness",
        persona = persona,
        positive = happiness.positive,
        felt = happiness.stages_felt,
        score = share_words(score),
        mean = number((mean * 10.0).round() / 10.0),
        min = map.emotion_scale.min,
        max = map.emotion_scale.max
    )
}

/// What a stage's evidence comes to, in a few words: "mostly assumed (67 %)", "60 % observed",
/// or "evidence not marked".
#[must_use]
pub fn evidence_short(count: &EvidenceCount) -> String {
    if count.mostly_assumed() {
        let share = share_words(count.share(Evidence::Assumed));
        t!("evidence-mostly-assumed", share = share)
    } else if count.any_marked() {
        let share = share_words(count.share(Evidence::Observed));
        t!("evidence-observed-share", share = share)
    } else {
        t!("evidence-unmarked")
    }
}
