//! The rules of format v1 that the types alone do not enforce, and the problems they report.
//!
//! [`validate`] checks a whole map and returns every problem, not just the first. Each
//! [`Problem`] carries a message naming the element (by id) and the rule, and a [`Place`]: the
//! element's position in the document tree, which the file reader turns into a line and column.

use std::collections::HashMap;

use super::bounded::{
    MAX_CARDS, MAX_LANES_PER_PERSONA, MAX_PERSONAS, MAX_STAGES, text_too_long, thousands,
};
use super::color::Color;
use super::ids::is_valid_id;
use super::map::{FORMAT_VERSION, Lane, Map, Persona, Stage};
use super::{LaneKind, avatar};

/// The lowest and highest values an emotion scale may reach.
pub const SCALE_BOUNDS: (i32, i32) = (-10, 10);

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document the rule is broken.
    pub place: Place,
    /// What is wrong, naming the element and the rule.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// One step down the document tree: a named field or an index in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A field of a struct.
    Field(&'static str),
    /// An element of a list.
    Index(usize),
}

/// The path from the document's root to the value at fault.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place(pub Vec<Step>);

impl Place {
    fn root() -> Self {
        Self(Vec::new())
    }

    fn at(&self, step: Step) -> Self {
        let mut steps = self.0.clone();
        steps.push(step);
        Self(steps)
    }

    fn field(&self, name: &'static str) -> Self {
        self.at(Step::Field(name))
    }

    fn item(&self, list: &'static str, index: usize) -> Self {
        self.field(list).at(Step::Index(index))
    }
}

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
    ids: HashMap<&'a str, &'static str>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, place: Place, message: String) {
        self.problems.push(Problem { place, message });
    }

    fn document(&mut self) {
        let map = self.map;
        let root = Place::root();
        if map.version != FORMAT_VERSION {
            self.report(root.field("version"), version_message(map.version));
        }
        self.text(&root.field("title"), "title of the map", &map.title);
        self.text(
            &root.field("description"),
            "description of the map",
            &map.description,
        );
        let scale = map.emotion_scale;
        let (lowest, highest) = SCALE_BOUNDS;
        if !(lowest <= scale.min && scale.min < scale.max && scale.max <= highest) {
            self.report(
                root.field("emotion_scale"),
                format!(
                    "emotion scale {}..{} is invalid: min must be below max, both within {lowest}..{highest}",
                    scale.min, scale.max
                ),
            );
        }
        self.limit(
            &root.field("stages"),
            map.stages.len(),
            MAX_STAGES,
            "stages in the map",
        );
        self.limit(
            &root.field("personas"),
            map.personas.len(),
            MAX_PERSONAS,
            "personas in the map",
        );
        self.limit(
            &root.field("personas"),
            map.card_count(),
            MAX_CARDS,
            "cards in the map",
        );
        for (index, stage) in map.stages.iter().enumerate() {
            self.stage(&root.item("stages", index), stage);
        }
        for (index, persona) in map.personas.iter().enumerate() {
            self.persona(&root.item("personas", index), persona);
        }
    }

    fn stage(&mut self, place: &Place, stage: &'a Stage) {
        let name = format!("stage \"{}\"", stage.id);
        self.id(place, "stage", &stage.id.0);
        self.text(
            &place.field("name"),
            &format!("name of {name}"),
            &stage.name,
        );
        self.text(
            &place.field("description"),
            &format!("description of {name}"),
            &stage.description,
        );
        self.text(
            &place.field("duration"),
            &format!("duration of {name}"),
            &stage.duration,
        );
        self.color(&place.field("color"), &name, stage.color.as_ref());
        for (index, metric) in stage.metrics.iter().enumerate() {
            let at = place.item("metrics", index);
            self.text(
                &at.field("name"),
                &format!("metric name on {name}"),
                &metric.name,
            );
            self.text(
                &at.field("unit"),
                &format!("metric unit on {name}"),
                &metric.unit,
            );
            if !metric.value.is_finite() {
                self.report(
                    at.field("value"),
                    format!(
                        "metric \"{}\" on {name} has the value {}; use a finite number",
                        metric.name, metric.value
                    ),
                );
            }
        }
    }

    fn persona(&mut self, place: &Place, persona: &'a Persona) {
        let name = format!("persona \"{}\"", persona.id);
        self.id(place, "persona", &persona.id.0);
        self.text(
            &place.field("name"),
            &format!("name of {name}"),
            &persona.name,
        );
        self.text(
            &place.field("description"),
            &format!("description of {name}"),
            &persona.description,
        );
        self.text(
            &place.field("quote"),
            &format!("quote of {name}"),
            &persona.quote,
        );
        for (index, goal) in persona.goals.iter().enumerate() {
            self.text(
                &place.item("goals", index),
                &format!("goal of {name}"),
                goal,
            );
        }
        self.color(&place.field("color"), &name, persona.color.as_ref());
        if let Some(encoded) = &persona.avatar {
            self.text(
                &place.field("avatar"),
                &format!("avatar of {name}"),
                encoded,
            );
            if let Err(why) = avatar::check(encoded) {
                self.report(place.field("avatar"), format!("avatar of {name} {why}"));
            }
        }
        let lanes = format!("lanes in {name}");
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
        let name = format!("lane \"{}\"", lane.id);
        self.id(place, "lane", &lane.id.0);
        if let Some(title) = &lane.title {
            self.text(&place.field("title"), &format!("title of {name}"), title);
        }
        if lane.kind == LaneKind::Emotions && !lane.cards.is_empty() {
            self.report(
                place.field("cards"),
                format!(
                    "{name} is an Emotions lane but holds {}; cards belong in other lanes, emotions are points",
                    if lane.cards.len() == 1 { "a card".to_owned() } else { format!("{} cards", lane.cards.len()) }
                ),
            );
        }
        if lane.kind != LaneKind::Emotions && !lane.points.is_empty() {
            self.report(
                place.field("points"),
                format!(
                    "{name} is a {:?} lane but holds emotion points; points belong in Emotions lanes",
                    lane.kind
                ),
            );
        }
        for (index, card) in lane.cards.iter().enumerate() {
            let at = place.item("cards", index);
            let card_name = format!("card \"{}\"", card.id);
            self.id(&at, "card", &card.id.0);
            self.stage_ref(&at.field("stage"), &card.stage.0, &card_name);
            self.text(
                &at.field("text"),
                &format!("text of {card_name}"),
                &card.text,
            );
            self.text(
                &at.field("detail"),
                &format!("detail of {card_name}"),
                &card.detail,
            );
            if let Some(super::Channel::Other(channel)) = &card.channel {
                self.text(
                    &at.field("channel"),
                    &format!("channel of {card_name}"),
                    channel,
                );
            }
            if let Some(severity) = card.severity.filter(|s| !(1..=3).contains(s)) {
                self.report(
                    at.field("severity"),
                    format!("severity {severity} on {card_name} is outside 1..3 (1 minor, 2 major, 3 critical)"),
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
            self.stage_ref(
                &at.field("stage"),
                stage,
                &format!("emotion point in {name}"),
            );
            if seen.insert(stage, index).is_some() {
                self.report(
                    at.field("stage"),
                    format!("two emotion points for stage \"{stage}\" in {name}; a lane has at most one point per stage"),
                );
            }
            if !scale.contains(point.value) {
                self.report(
                    at.field("value"),
                    format!(
                        "emotion value {} on stage \"{stage}\" in {name} is outside the scale {}..{}",
                        point.value, scale.min, scale.max
                    ),
                );
            }
            self.text(
                &at.field("note"),
                &format!("note on stage \"{stage}\" in {name}"),
                &point.note,
            );
        }
    }

    fn id(&mut self, place: &Place, kind: &'static str, id: &'a str) {
        if !is_valid_id(id) {
            self.report(
                place.field("id"),
                format!("{kind} id \"{id}\" is invalid: an id is 1 to 64 characters from A-Z a-z 0-9 _ -"),
            );
        } else if let Some(first) = self.ids.get(id) {
            self.report(
                place.field("id"),
                format!("duplicate id \"{id}\" on a {kind}: already used by a {first}; ids are unique across stages, personas, lanes and cards"),
            );
        } else {
            self.ids.insert(id, kind);
        }
    }

    fn stage_ref(&mut self, place: &Place, stage: &str, owner: &str) {
        if self.map.stages.iter().any(|s| s.id.as_str() == stage) {
            return;
        }
        let known: Vec<&str> = self.map.stages.iter().map(|s| s.id.as_str()).collect();
        let listed = if known.is_empty() {
            "the map has no stages".to_owned()
        } else {
            format!("stages: {}", known.join(", "))
        };
        self.report(
            place.clone(),
            format!("unknown stage \"{stage}\" on {owner} ({listed})"),
        );
    }

    fn text(&mut self, place: &Place, what: &str, text: &str) {
        if let Some(why) = text_too_long(text) {
            self.report(place.clone(), format!("{what}: {why}"));
        }
    }

    fn color(&mut self, place: &Place, owner: &str, color: Option<&Color>) {
        if let Some(color) = color.filter(|c| c.rgba().is_none()) {
            self.report(
                place.clone(),
                format!(
                    "invalid colour \"{}\" on {owner}: use \"#RRGGBB\" or \"#RRGGBBAA\"",
                    color.0
                ),
            );
        }
    }

    fn limit(&mut self, place: &Place, count: usize, limit: usize, what: &str) {
        if count > limit {
            self.report(
                place.clone(),
                format!(
                    "{} {what}; the limit is {}",
                    thousands(count),
                    thousands(limit)
                ),
            );
        }
    }
}

/// The message for a format version this code does not read.
#[must_use]
pub fn version_message(version: u32) -> String {
    if version > FORMAT_VERSION {
        format!(
            "this map was made by a newer Percorso (format version {version}); this Percorso reads version {FORMAT_VERSION}: update Percorso to open it"
        )
    } else {
        format!("unsupported format version {version}; Percorso maps are version {FORMAT_VERSION}")
    }
}
