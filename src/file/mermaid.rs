//! Mermaid's `journey` diagrams, both ways: [`read_mermaid`] turns one into a map, and
//! [`to_mermaid`] writes a map as one.
//!
//! Reading takes the grammar Mermaid's own parser takes: keywords in any case, `%%` and `#`
//! comments, `;` ending a statement, `title`, `accTitle:`, `accDescr:` and `accDescr { … }`,
//! `section`, and tasks (`name: score: actor, actor`) also before the first section. Each
//! section becomes a stage (the tasks before the first get a stage of their own), each actor a
//! persona with an actions lane and an emotion lane, each task a card in the actions lane of
//! each of its actors (a task with none goes to a persona named for that), and each actor's
//! scores in a section one emotion point on a 1..5 scale, their mean rounded half up. A line
//! Mermaid would refuse is refused with its line number. The map built is then read back
//! through the RON reader, so that every limit and rule of the format applies.

use std::fmt::Write as _;

use super::error::{Diagnostic, Position, ReadError};
use crate::model::{
    Card, EmotionPoint, EmotionScale, Lane, LaneKind, Map, Persona, Stage, StageId,
};
use crate::t;

/// Mermaid's score scale.
const SCALE: EmotionScale = EmotionScale { min: 1, max: 5 };

/// Whether `text` is a Mermaid journey: its first statement is `journey`.
#[must_use]
pub fn is_mermaid(text: &str) -> bool {
    statements(text)
        .next()
        .is_some_and(|(_, s)| s.eq_ignore_ascii_case("journey"))
}

/// The statements of `text` with their line numbers (from 1): comments removed, `;` splitting
/// a line, blank ones skipped. An `accDescr {` block is handed on whole by [`read_mermaid`].
fn statements(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().flat_map(|(i, line)| {
        let line = line.strip_prefix('\u{FEFF}').unwrap_or(line);
        let code = if line.trim_start().starts_with("%%") {
            ""
        } else {
            line.split('#').next().unwrap_or("")
        };
        code.split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(move |s| (i + 1, s))
    })
}

/// A task as read: its name, score and actors.
struct Task {
    name: String,
    score: i32,
    actors: Vec<String>,
}

/// What a diagram says, before it becomes a map.
#[derive(Default)]
struct Diagram {
    title: String,
    description: String,
    /// Sections with their tasks; the first is the one before any `section` line.
    sections: Vec<(Option<String>, Vec<Task>)>,
}

/// Reads a Mermaid journey into a map.
pub fn read_mermaid(text: &str) -> Result<Map, ReadError> {
    let diagram = parse(text)?;
    let map = build(&diagram);
    // Through the canonical text and the RON reader: the format's limits and rules apply.
    super::read_str(&super::to_canonical_string(&map))
}

fn at(line: usize, message: String) -> ReadError {
    ReadError {
        problems: vec![Diagnostic {
            position: Some(Position { line, column: 1 }),
            message,
        }],
    }
}

fn parse(text: &str) -> Result<Diagram, ReadError> {
    let mut diagram = Diagram {
        sections: vec![(None, Vec::new())],
        ..Diagram::default()
    };
    let mut lines = statements(text).peekable();
    match lines.next() {
        Some((_, first)) if first.eq_ignore_ascii_case("journey") => {}
        Some((line, _)) => return Err(at(line, t!("mermaid-not-journey"))),
        None => return Err(ReadError::whole_file(t!("mermaid-not-journey"))),
    }
    let mut limits = Limits::default();
    while let Some((line, statement)) = lines.next() {
        let lower = statement.to_ascii_lowercase();
        if let Some(rest) = keyword(statement, &lower, "title") {
            diagram.title = words(rest);
        } else if let Some(rest) = labelled(statement, &lower, "acctitle") {
            if diagram.title.is_empty() {
                diagram.title = words(rest);
            }
        } else if let Some(rest) = block_start(statement, &lower) {
            diagram.description = block(rest, text, line, &mut lines)?;
        } else if let Some(rest) = labelled(statement, &lower, "accdescr") {
            diagram.description = words(rest);
        } else if let Some(rest) = keyword(statement, &lower, "section") {
            if rest.contains(':') {
                return Err(at(line, t!("mermaid-bad-line", text = statement)));
            }
            diagram.sections.push((Some(words(rest)), Vec::new()));
        } else {
            let task = task(line, statement)?;
            limits.count(&task).map_err(|message| at(line, message))?;
            if let Some((_, section)) = diagram.sections.last_mut() {
                section.push(task);
            }
        }
    }
    Ok(diagram)
}

/// What a journey has taken so far, against the map's limits: a card per task and actor, a
/// persona per actor (and one for the tasks without).
#[derive(Default)]
struct Limits {
    cards: usize,
    actors: std::collections::HashSet<String>,
    without_actor: bool,
}

impl Limits {
    /// Counts `task`; the reason when the map would be too big.
    fn count(&mut self, task: &Task) -> Result<(), String> {
        self.cards += task.actors.len().max(1);
        self.without_actor |= task.actors.is_empty();
        for actor in &task.actors {
            self.actors.insert(actor.clone());
        }
        let personas = self.actors.len() + usize::from(self.without_actor);
        if self.cards > crate::model::bounded::MAX_CARDS {
            Err(t!("mermaid-too-many"))
        } else if personas > crate::model::bounded::MAX_PERSONAS {
            Err(t!(
                "mermaid-too-many-actors",
                limit = crate::model::bounded::MAX_PERSONAS
            ))
        } else {
            Ok(())
        }
    }
}

/// After `word` and whitespace (Mermaid's `title\s…`), the rest.
fn keyword<'s>(statement: &'s str, lower: &str, word: &str) -> Option<&'s str> {
    let rest = lower.strip_prefix(word)?;
    rest.starts_with(char::is_whitespace)
        .then(|| statement[word.len()..].trim())
}

/// After `word`, optional spaces and a colon (`accTitle: …`), the rest.
fn labelled<'s>(statement: &'s str, lower: &str, word: &str) -> Option<&'s str> {
    let rest = lower.strip_prefix(word)?;
    let after = rest.trim_start().strip_prefix(':')?;
    Some(statement[statement.len() - after.len()..].trim())
}

/// `accDescr {`: what follows the brace on its line.
fn block_start<'s>(statement: &'s str, lower: &str) -> Option<&'s str> {
    let rest = lower.strip_prefix("accdescr")?;
    let after = rest.trim_start().strip_prefix('{')?;
    Some(&statement[statement.len() - after.len()..])
}

/// The text of an `accDescr { … }` block begun on `line`, up to its closing brace, taken from
/// the raw `text` (a block keeps its `#` and `;`); the statements it covered are skipped.
fn block<'t>(
    first: &str,
    text: &'t str,
    line: usize,
    lines: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'t str)>>,
) -> Result<String, ReadError> {
    if let Some((inside, _)) = first.split_once('}') {
        return Ok(inside.trim().to_owned());
    }
    let raw: Vec<&str> = text.lines().skip(line).collect();
    let mut parts = vec![first.trim().to_owned()];
    for (offset, raw_line) in raw.iter().enumerate() {
        let end = line + offset + 1;
        while lines.peek().is_some_and(|(l, _)| *l <= end) {
            lines.next();
        }
        if let Some((inside, _)) = raw_line.split_once('}') {
            parts.push(inside.trim().to_owned());
            let joined: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
            return Ok(joined.join("\n"));
        }
        parts.push(raw_line.trim().to_owned());
    }
    Err(at(line, t!("mermaid-unclosed-description")))
}

fn task(line: usize, statement: &str) -> Result<Task, ReadError> {
    let bad = || at(line, t!("mermaid-bad-line", text = statement));
    let (name, data) = statement.split_once(':').ok_or_else(bad)?;
    let name = words(name);
    if name.is_empty() {
        return Err(bad());
    }
    let (score, actors) = data.split_once(':').unwrap_or((data, ""));
    let score_text = score.trim();
    let score: i32 = score_text.parse().map_err(|_| {
        at(
            line,
            t!(
                "mermaid-bad-score",
                score = score_text,
                task = name.as_str()
            ),
        )
    })?;
    if !SCALE.contains(score) {
        return Err(at(
            line,
            t!(
                "mermaid-bad-score",
                score = score_text,
                task = name.as_str()
            ),
        ));
    }
    let actors = actors
        .split(',')
        .map(|actor| words(actor).replace('\u{FF0C}', ","))
        .filter(|a| !a.is_empty())
        .collect();
    Ok(Task {
        name,
        score,
        actors,
    })
}

/// A name as Mermaid shows it: `<br>` is a line break, the look-alikes [`to_mermaid`] writes
/// for `:`, `#` and `;` are those characters again.
fn words(text: &str) -> String {
    let mut out = text.trim().to_owned();
    for br in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"] {
        out = out.replace(br, "\n");
    }
    out.replace('\u{2236}', ":")
        .replace('\u{FF03}', "#")
        .replace('\u{FF1B}', ";")
}

/// The map a diagram describes.
fn build(diagram: &Diagram) -> Map {
    let unsectioned = diagram.sections.first().is_some_and(|(_, t)| !t.is_empty());
    let sections: Vec<(String, &Vec<Task>)> = diagram
        .sections
        .iter()
        .enumerate()
        .filter(|(i, _)| *i > 0 || unsectioned)
        .map(|(_, (name, tasks))| {
            (
                name.clone().unwrap_or_else(|| t!("mermaid-first-stage")),
                tasks,
            )
        })
        .collect();
    let stages: Vec<Stage> = sections
        .iter()
        .enumerate()
        .map(|(i, (name, _))| Stage {
            id: StageId::from(format!("s{}", i + 1).as_str()),
            name: name.clone(),
            description: String::new(),
            duration: String::new(),
            color: None,
            metrics: Vec::new(),
        })
        .collect();
    let mut actors: Vec<String> = Vec::new();
    for (_, tasks) in &sections {
        for task in *tasks {
            let names = if task.actors.is_empty() {
                vec![t!("mermaid-no-actor")]
            } else {
                task.actors.clone()
            };
            for actor in names {
                if !actors.contains(&actor) {
                    actors.push(actor);
                }
            }
        }
    }
    let mut next_card = 0;
    let personas = actors
        .iter()
        .enumerate()
        .map(|(i, actor)| persona(i, actor, &sections, &stages, &mut next_card))
        .collect();
    Map {
        version: 1,
        title: diagram.title.clone(),
        description: diagram.description.clone(),
        emotion_scale: SCALE,
        funnel: None,
        stages,
        personas,
    }
}

fn persona(
    index: usize,
    actor: &str,
    sections: &[(String, &Vec<Task>)],
    stages: &[Stage],
    next_card: &mut usize,
) -> Persona {
    let no_actor = t!("mermaid-no-actor");
    let mut cards = Vec::new();
    let mut points = Vec::new();
    for ((_, tasks), stage) in sections.iter().zip(stages) {
        let mine: Vec<&Task> = tasks
            .iter()
            .filter(|t| {
                t.actors.iter().any(|a| a == actor) || (t.actors.is_empty() && actor == no_actor)
            })
            .collect();
        for task in &mine {
            *next_card += 1;
            cards.push(card(*next_card, &stage.id, &task.name));
        }
        if let Some(value) = mean_score(&mine) {
            points.push(EmotionPoint {
                stage: stage.id.clone(),
                value,
                note: String::new(),
            });
        }
    }
    let number = index + 1;
    Persona {
        id: format!("p{number}").as_str().into(),
        name: actor.to_owned(),
        description: String::new(),
        quote: String::new(),
        goals: Vec::new(),
        color: None,
        avatar: None,
        lanes: vec![
            Lane {
                id: format!("p{number}-actions").as_str().into(),
                kind: LaneKind::Actions,
                title: None,
                cards,
                points: Vec::new(),
            },
            Lane {
                id: format!("p{number}-emotions").as_str().into(),
                kind: LaneKind::Emotions,
                title: None,
                cards: Vec::new(),
                points,
            },
        ],
    }
}

/// Card number `number` of the journey: a task's name at `stage`.
fn card(number: usize, stage: &StageId, text: &str) -> Card {
    Card {
        id: format!("c{number}").as_str().into(),
        stage: stage.clone(),
        text: text.to_owned(),
        detail: String::new(),
        kind: None,
        channel: None,
        severity: None,
        evidence: None,
        votes: 0,
        color: None,
    }
}

/// The mean of the tasks' scores, rounded half up; `None` for no tasks.
fn mean_score(tasks: &[&Task]) -> Option<i32> {
    if tasks.is_empty() {
        return None;
    }
    let sum: i64 = tasks.iter().map(|t| i64::from(t.score)).sum();
    let count = i64::try_from(tasks.len()).unwrap_or(i64::MAX);
    // In integers: floor((2 * sum + count) / (2 * count)).
    let mean = (2 * sum + count).div_euclid(2 * count);
    Some(i32::try_from(mean).unwrap_or(SCALE.max))
}

/// `map` as a Mermaid journey: a task per card of the lanes of `kinds`, scored with its
/// persona's emotion at that stage on Mermaid's 1..5 (3 where it has none), its persona as the
/// actor.
#[must_use]
pub fn to_mermaid(map: &Map, kinds: &[LaneKind]) -> String {
    let mut out = String::from("journey\n");
    if !map.title.is_empty() {
        let _ = writeln!(out, "    title {}", line(&map.title));
        let _ = writeln!(out, "    accTitle: {}", line(&map.title));
    }
    if !map.description.is_empty() {
        let lines: Vec<&str> = map.description.lines().collect();
        if lines.len() > 1 || map.description.contains(['#', ';']) {
            let body = map.description.replace('}', ")");
            let _ = writeln!(out, "    accDescr {{\n{body}\n    }}");
        } else {
            let _ = writeln!(out, "    accDescr: {}", line(&map.description));
        }
    }
    for stage in &map.stages {
        let _ = writeln!(out, "    section {}", name(&stage.name));
        for persona in &map.personas {
            let score = score(map, persona, &stage.id);
            for lane in persona.lanes.iter().filter(|l| kinds.contains(&l.kind)) {
                for card in lane.cards.iter().filter(|c| c.stage == stage.id) {
                    let text = name(&card.text);
                    if text.is_empty() {
                        continue; // Mermaid has no task without a name.
                    }
                    let actor = name(&persona.name).replace(',', "\u{FF0C}");
                    let _ = writeln!(out, "      {text}: {score}: {actor}");
                }
            }
        }
    }
    out
}

/// How many tasks [`to_mermaid`] writes for `map` with `kinds`.
#[must_use]
pub fn task_count(map: &Map, kinds: &[LaneKind]) -> usize {
    map.personas
        .iter()
        .flat_map(|p| &p.lanes)
        .filter(|l| kinds.contains(&l.kind))
        .flat_map(|l| &l.cards)
        .filter(|c| !name(&c.text).is_empty())
        .count()
}

/// The lanes whose cards [`to_mermaid`] writes unless told otherwise.
pub const DEFAULT_MERMAID_LANES: [LaneKind; 2] = [LaneKind::Touchpoints, LaneKind::Actions];

/// `persona`'s emotion at `stage` on 1..5.
fn score(map: &Map, persona: &Persona, stage: &StageId) -> i32 {
    let value = persona
        .lanes
        .iter()
        .flat_map(|l| &l.points)
        .find(|p| &p.stage == stage)
        .map(|p| p.value);
    let Some(value) = value else { return 3 };
    let scale = map.emotion_scale;
    let span = f64::from(scale.max - scale.min).max(1.0);
    let share = f64::from(value - scale.min) / span;
    // Within 1..5 by construction.
    #[allow(clippy::cast_possible_truncation)]
    let score = (1.0 + share * 4.0).round() as i32;
    score.clamp(1, 5)
}

/// Text as a Mermaid title or description line: one line, with look-alikes for `#` and `;`,
/// which end it (a colon is its own there).
fn line(text: &str) -> String {
    name(text).replace('\u{2236}', ":")
}

/// Text as a Mermaid name: on one line (`<br>` for its breaks), with look-alikes for the
/// characters that end a Mermaid name (`:`, `#`, `;`); an actor's commas, which would split
/// it, become full-width commas (read back as commas).
fn name(text: &str) -> String {
    text.trim()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("<br>")
        .replace(':', "\u{2236}")
        .replace('#', "\u{FF03}")
        .replace(';', "\u{FF1B}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_grammar_is_read() {
        let text = "%% a wiki's journey\nJOURNEY\n  Title My day # the title\n  accDescr {\n  \
                    Two lines;\n  of words\n  }\n  Wake up: 2\n  Section Go to work\n    Make \
                    tea: 5: Me; Go upstairs: 3: Me, Cat\n  section Go home\n    Do<br>work: 1: \
                    Me, Cat\n";
        let map = read_mermaid(text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(map.title, "My day");
        assert_eq!(map.description, "Two lines;\nof words");
        let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages[1..], ["Go to work", "Go home"]);
        let personas: Vec<&str> = map.personas.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(personas.len(), 3, "{personas:?}");
        let me = &map.personas[1];
        assert_eq!(me.name, "Me");
        let values: Vec<i32> = me.lanes[1].points.iter().map(|p| p.value).collect();
        assert_eq!(values, [4, 1], "(5 + 3) / 2 = 4, then 1");
        assert_eq!(me.lanes[0].cards[2].text, "Do\nwork");
    }

    #[test]
    fn a_score_off_the_scale_or_a_broken_line_is_refused_with_its_line() {
        for (text, line) in [
            ("journey\nsection A\n  Task: 6: Me\n", 3),
            ("journey\nsection A\n  Task: high: Me\n", 3),
            ("journey\n  just words\n", 2),
            ("journey\naccDescr {\n never closed\n", 2),
            ("flowchart LR\n", 1),
        ] {
            let error = read_mermaid(text).err().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                error.problems[0].position.map(|p| p.line),
                Some(line),
                "{text}"
            );
        }
    }

    #[test]
    fn a_journey_with_more_actors_than_a_map_has_personas_is_refused_at_the_line() {
        let mut text = String::from("journey\nsection A\n");
        for i in 0..=crate::model::bounded::MAX_PERSONAS {
            let _ = writeln!(text, "  task: 3: actor {i}");
        }
        let error = read_mermaid(&text)
            .err()
            .unwrap_or_else(|| panic!("too many actors"));
        let line = crate::model::bounded::MAX_PERSONAS + 3;
        assert_eq!(error.problems[0].position.map(|p| p.line), Some(line));
    }

    #[test]
    fn half_is_rounded_up() {
        let map = read_mermaid("journey\nsection A\n a: 2: X\n b: 3: X\n")
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(map.personas[0].lanes[1].points[0].value, 3);
    }
}
