//! The rules of format v1 that the types alone do not enforce, and the problems they report.
//!
//! [`validate`] checks a whole map and returns every problem, not just the first. Each
//! [`Problem`] carries a message in the current language (from [`crate::lang`]) naming the
//! element (by id) and the rule, and a [`Place`]: the element's position in the document tree,
//! which the file reader turns into a line and column.

use std::collections::HashMap;

use super::bounded::{MAX_CARDS, MAX_LANES_PER_PERSONA, MAX_PERSONAS, MAX_STAGES, text_too_long};
use super::color::Color;
use super::ids::is_valid_id;
use super::map::{FORMAT_VERSION, Lane, Map, Persona, Stage};
use super::problem::{Place, Problem};
use super::{LaneKind, avatar};
use crate::t;

/// The kinds of element that carry an id, for the messages about ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Stage,
    Persona,
    Lane,
    Card,
}

impl Owner {
    fn noun(self) -> String {
        match self {
            Owner::Stage => t!("noun-stage"),
            Owner::Persona => t!("noun-persona"),
            Owner::Lane => t!("noun-lane"),
            Owner::Card => t!("noun-card"),
        }
    }
}

/// The lowest and highest values an emotion scale may reach.
pub const SCALE_BOUNDS: (i32, i32) = (-10, 10);

/// Checks every rule of format v1 on `map` and returns all problems, in document order.
#[must_use]
pub fn validate(map: &Map) -> Vec<Problem> {
    let mut check = Checker {
        map,
        problems: Vec::new(),
        ids: HashMap::new(),
    };
    check.document();
    check.problems
}

struct Checker<'a> {
    map: &'a Map,
    problems: Vec<Problem>,
    /// Every id seen so far, with the kind of element that first used it.
    ids: HashMap<&'a str, Owner>,
}

impl<'a> Checker<'a> {
    /// The funnel (format version 2): only in a version 2 file, naming a metric that a stage
    /// has, whose counts are not negative.
    fn funnel(&mut self) {
        let map = self.map;
        let Some(name) = map.funnel.as_deref() else {
            return;
        };
        let root = Place::root();
        if map.version < 2 {
            self.report(root.field("funnel"), t!("check-funnel-needs-version-2"));
        }
        let mut found = false;
        for (stage_index, stage) in map.stages.iter().enumerate() {
            for (index, metric) in stage.metrics.iter().enumerate() {
                if metric.name != name {
                    continue;
                }
                found = true;
                if metric.value.is_finite() && metric.value < 0.0 {
                    let at = root.item("stages", stage_index).item("metrics", index);
                    let message = t!("check-funnel-negative", name = name, stage = &stage.name);
                    self.report(at.field("value"), message);
                }
            }
        }
        if !found {
            let mut names: Vec<&str> = map
                .stages
                .iter()
                .flat_map(|s| s.metrics.iter().map(|m| m.name.as_str()))
                .collect();
            names.sort_unstable();
            names.dedup();
            let message = if names.is_empty() {
                t!("check-funnel-no-metrics", name = name)
            } else {
                t!(
                    "check-funnel-unknown",
                    name = name,
                    names = names.join(", ")
                )
            };
            self.report(root.field("funnel"), message);
        }
    }

    fn report(&mut self, place: Place, message: String) {
        self.problems.push(Problem { place, message });
    }

    fn document(&mut self) {
        let map = self.map;
        let root = Place::root();
        if !(1..=FORMAT_VERSION).contains(&map.version) {
            self.report(root.field("version"), version_message(map.version));
        }
        self.funnel();
        self.text(&root.field("title"), &t!("what-map-title"), &map.title);
        self.text(
            &root.field("description"),
            &t!("what-map-description"),
            &map.description,
        );
        let scale = map.emotion_scale;
        let (lowest, highest) = SCALE_BOUNDS;
        if !(lowest <= scale.min && scale.min < scale.max && scale.max <= highest) {
            self.report(
                root.field("emotion_scale"),
                t!(
                    "check-scale",
                    min = scale.min,
                    max = scale.max,
                    lowest = lowest,
                    highest = highest
                ),
            );
        }
        self.limit(
            &root.field("stages"),
            map.stages.len(),
            MAX_STAGES,
            &t!("what-stages-in-map"),
        );
        self.limit(
            &root.field("personas"),
            map.personas.len(),
            MAX_PERSONAS,
            &t!("what-personas-in-map"),
        );
        self.limit(
            &root.field("personas"),
            map.card_count(),
            MAX_CARDS,
            &t!("what-cards-in-map"),
        );
        for (index, stage) in map.stages.iter().enumerate() {
            self.stage(&root.item("stages", index), stage);
        }
        for (index, persona) in map.personas.iter().enumerate() {
            self.persona(&root.item("personas", index), persona);
        }
    }

    fn stage(&mut self, place: &Place, stage: &'a Stage) {
        let name = t!("owner-stage", id = stage.id.as_str());
        self.id(place, Owner::Stage, &stage.id.0);
        self.text(
            &place.field("name"),
            &t!("what-name-of", owner = &name),
            &stage.name,
        );
        self.text(
            &place.field("description"),
            &t!("what-description-of", owner = &name),
            &stage.description,
        );
        self.text(
            &place.field("duration"),
            &t!("what-duration-of", owner = &name),
            &stage.duration,
        );
        self.color(&place.field("color"), &name, stage.color.as_ref());
        for (index, metric) in stage.metrics.iter().enumerate() {
            let at = place.item("metrics", index);
            self.text(
                &at.field("name"),
                &t!("what-metric-name-on", owner = &name),
                &metric.name,
            );
            self.text(
                &at.field("unit"),
                &t!("what-metric-unit-on", owner = &name),
                &metric.unit,
            );
            if !metric.value.is_finite() {
                self.report(
                    at.field("value"),
                    t!(
                        "check-metric-not-finite",
                        metric = &metric.name,
                        owner = &name,
                        value = metric.value.to_string()
                    ),
                );
            }
        }
    }

    fn persona(&mut self, place: &Place, persona: &'a Persona) {
        let name = t!("owner-persona", id = persona.id.as_str());
        self.id(place, Owner::Persona, &persona.id.0);
        self.text(
            &place.field("name"),
            &t!("what-name-of", owner = &name),
            &persona.name,
        );
        self.text(
            &place.field("description"),
            &t!("what-description-of", owner = &name),
            &persona.description,
        );
        self.text(
            &place.field("quote"),
            &t!("what-quote-of", owner = &name),
            &persona.quote,
        );
        for (index, goal) in persona.goals.iter().enumerate() {
            self.text(
                &place.item("goals", index),
                &t!("what-goal-of", owner = &name),
                goal,
            );
        }
        self.color(&place.field("color"), &name, persona.color.as_ref());
        if let Some(encoded) = &persona.avatar {
            self.text(
                &place.field("avatar"),
                &t!("what-avatar-of", owner = &name),
                encoded,
            );
            if let Err(why) = avatar::check(encoded) {
                self.report(
                    place.field("avatar"),
                    t!("check-avatar", owner = &name, why = why),
                );
            }
        }
        let lanes = t!("what-lanes-in", owner = &name);
        self.limit(
            &place.field("lanes"),
            persona.lanes.len(),
            MAX_LANES_PER_PERSONA,
            &lanes,
        );
        for (index, lane) in persona.lanes.iter().enumerate() {
            self.lane(&place.item("lanes", index), lane);
        }
    }

    fn lane(&mut self, place: &Place, lane: &'a Lane) {
        let name = t!("owner-lane", id = lane.id.as_str());
        self.id(place, Owner::Lane, &lane.id.0);
        if let Some(title) = &lane.title {
            self.text(
                &place.field("title"),
                &t!("what-title-of", owner = &name),
                title,
            );
        }
        if lane.kind == LaneKind::Emotions && !lane.cards.is_empty() {
            self.report(
                place.field("cards"),
                t!(
                    "check-cards-in-emotions-lane",
                    owner = &name,
                    count = lane.cards.len()
                ),
            );
        }
        if lane.kind != LaneKind::Emotions && !lane.points.is_empty() {
            self.report(
                place.field("points"),
                t!(
                    "check-points-outside-emotions-lane",
                    owner = &name,
                    kind = lane.kind.display_name()
                ),
            );
        }
        for (index, card) in lane.cards.iter().enumerate() {
            let at = place.item("cards", index);
            let card_name = t!("owner-card", id = card.id.as_str());
            self.id(&at, Owner::Card, &card.id.0);
            self.stage_ref(&at.field("stage"), &card.stage.0, Ok(&card_name));
            self.text(
                &at.field("text"),
                &t!("what-text-of", owner = &card_name),
                &card.text,
            );
            self.text(
                &at.field("detail"),
                &t!("what-detail-of", owner = &card_name),
                &card.detail,
            );
            if let Some(super::Channel::Other(channel)) = &card.channel {
                self.text(
                    &at.field("channel"),
                    &t!("what-channel-of", owner = &card_name),
                    channel,
                );
            }
            if let Some(severity) = card.severity.filter(|s| !(1..=3).contains(s)) {
                self.report(
                    at.field("severity"),
                    t!("check-severity", severity = severity, owner = &card_name),
                );
            }
            self.color(&at.field("color"), &card_name, card.color.as_ref());
        }
        self.points(place, lane, &name);
    }

    fn points(&mut self, place: &Place, lane: &'a Lane, name: &str) {
        let scale = self.map.emotion_scale;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (index, point) in lane.points.iter().enumerate() {
            let at = place.item("points", index);
            let stage = point.stage.as_str();
            self.stage_ref(&at.field("stage"), stage, Err(name));
            if seen.insert(stage, index).is_some() {
                self.report(
                    at.field("stage"),
                    t!("check-two-points", stage = stage, owner = name),
                );
            }
            if !scale.contains(point.value) {
                self.report(
                    at.field("value"),
                    t!(
                        "check-point-outside-scale",
                        value = point.value,
                        stage = stage,
                        owner = name,
                        min = scale.min,
                        max = scale.max
                    ),
                );
            }
            self.text(
                &at.field("note"),
                &t!("what-note-on", stage = stage, owner = name),
                &point.note,
            );
        }
    }

    fn id(&mut self, place: &Place, kind: Owner, id: &'a str) {
        if !is_valid_id(id) {
            self.report(
                place.field("id"),
                t!("check-id-invalid", kind = kind.noun(), id = id),
            );
        } else if let Some(first) = self.ids.get(id) {
            self.report(
                place.field("id"),
                t!(
                    "check-id-duplicate",
                    id = id,
                    kind = kind.noun(),
                    first = first.noun()
                ),
            );
        } else {
            self.ids.insert(id, kind);
        }
    }

    /// Reports `stage` if the map has no such stage: on a card (`Ok(card)`) or on an emotion point
    /// of a lane (`Err(lane)`).
    fn stage_ref(&mut self, place: &Place, stage: &str, owner: Result<&str, &str>) {
        if self.map.stages.iter().any(|s| s.id.as_str() == stage) {
            return;
        }
        let known: Vec<&str> = self.map.stages.iter().map(|s| s.id.as_str()).collect();
        let listed = if known.is_empty() {
            t!("check-no-stages")
        } else {
            t!("check-stages-are", stages = known.join(", "))
        };
        let message = match owner {
            Ok(card) => t!(
                "check-unknown-stage",
                stage = stage,
                owner = card,
                listed = listed
            ),
            Err(lane) => t!(
                "check-unknown-stage-of-point",
                stage = stage,
                owner = lane,
                listed = listed
            ),
        };
        self.report(place.clone(), message);
    }

    fn text(&mut self, place: &Place, what: &str, text: &str) {
        if let Some(why) = text_too_long(text) {
            self.report(place.clone(), t!("check-text", what = what, why = why));
        }
    }

    fn color(&mut self, place: &Place, owner: &str, color: Option<&Color>) {
        if let Some(color) = color.filter(|c| c.rgba().is_none()) {
            self.report(
                place.clone(),
                t!("check-color", color = &color.0, owner = owner),
            );
        }
    }

    fn limit(&mut self, place: &Place, count: usize, limit: usize, what: &str) {
        if count > limit {
            self.report(
                place.clone(),
                t!("check-limit", count = count, what = what, limit = limit),
            );
        }
    }
}

/// The message for a format version this code does not read.
#[must_use]
pub fn version_message(version: u32) -> String {
    // Versions are names, not quantities: passed as text so that no language groups their digits.
    let newer = version > FORMAT_VERSION;
    let (version, supported) = (version.to_string(), FORMAT_VERSION.to_string());
    if newer {
        t!(
            "check-version-newer",
            version = version,
            supported = supported
        )
    } else {
        t!(
            "check-version-unsupported",
            version = version,
            supported = supported
        )
    }
}
