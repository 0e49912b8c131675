//! Finds where an element sits in a map's source text, to put a line and column on a problem.
//!
//! Theory of operation: `ron` reports positions for syntax errors but keeps none for the values it
//! builds, so a rule broken by a parsed map (an unknown stage, a duplicate id) is located here.
//! [`Outline::parse`] skims the text (already known to be valid RON) into a tree of groups and
//! entries with their positions, and [`Outline::find`] follows a [`Place`]'s path down it:
//! fields by name, list items by index, looking through `Some(...)` and struct names. If the
//! path ends early (a field left out), the deepest element found is reported.

use crate::model::{Place, Step};

/// A 1-based line and column (in characters) in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A value: an atom (string, number, identifier) or a group `name(...)`, `[...]`, `{...}`.
struct Node {
    position: Position,
    name: Option<String>,
    entries: Option<Vec<Entry>>,
}

/// One element of a group: a `key: value` field or a bare value.
struct Entry {
    key: Option<String>,
    value: Node,
}

/// The skimmed tree of a RON text.
pub struct Outline {
    root: Option<Node>,
}

impl Outline {
    /// Skims `text`; a text that is not valid RON gives an outline that finds nothing.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let mut scanner = Scanner {
            chars: text.chars().collect(),
            at: 0,
            position: Position { line: 1, column: 1 },
        };
        scanner.skip_trivia();
        Self {
            root: scanner.value(),
        }
    }

    /// The position of the value at `place`, or of its deepest ancestor present in the text.
    #[must_use]
    pub fn find(&self, place: &Place) -> Option<Position> {
        let mut node = self.root.as_ref()?;
        for step in &place.0 {
            let entries = unwrap_some(node).entries.as_ref();
            let next = entries.and_then(|entries| match step {
                Step::Field(name) => entries
                    .iter()
                    .find(|entry| entry.key.as_deref() == Some(name)),
                Step::Index(index) => entries.get(*index),
            });
            match next {
                Some(entry) => node = unwrap_some(&entry.value),
                None => break,
            }
        }
        Some(node.position)
    }
}

impl Outline {
    /// The name of the field whose value starts nearest before `position`: the field a parse
    /// error at `position` is about.
    #[must_use]
    pub fn field_before(&self, position: Position) -> Option<&str> {
        fn walk<'a>(node: &'a Node, position: Position, best: &mut Option<(Position, &'a str)>) {
            for entry in node.entries.iter().flatten() {
                if entry.value.position > position {
                    return;
                }
                if let Some(key) = &entry.key
                    && best.is_none_or(|(at, _)| at <= entry.value.position)
                {
                    *best = Some((entry.value.position, key));
                }
                walk(&entry.value, position, best);
            }
        }
        let mut best = None;
        walk(self.root.as_ref()?, position, &mut best);
        best.map(|(_, key)| key)
    }
}

/// Looks through `Some(x)` to `x`.
fn unwrap_some(node: &Node) -> &Node {
    match (&node.name, &node.entries) {
        (Some(name), Some(entries)) if name == "Some" && entries.len() == 1 => {
            unwrap_some(&entries[0].value)
        }
        _ => node,
    }
}

struct Scanner {
    chars: Vec<char>,
    at: usize,
    position: Position,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.at + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.position.line += 1;
            self.position.column = 1;
        } else {
            self.position.column += 1;
        }
        Some(c)
    }

    /// Skips whitespace, comments and `#![...]` attributes.
    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => self.skip_block_comment(),
                (Some('#'), Some('!')) => {
                    while self.peek().is_some_and(|c| c != ']') {
                        self.bump();
                    }
                    self.bump();
                }
                _ => return,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.bump() {
            match (c, self.peek()) {
                ('/', Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                ('*', Some('/')) => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    fn value(&mut self) -> Option<Node> {
        let position = self.position;
        match self.peek()? {
            '(' | '[' | '{' => Some(Node {
                position,
                name: None,
                entries: Some(self.group()),
            }),
            '"' => {
                self.string(0);
                Some(atom(position))
            }
            'r' if matches!(self.peek_at(1), Some('"' | '#')) => {
                self.bump();
                let mut hashes = 0;
                while self.peek() == Some('#') {
                    self.bump();
                    hashes += 1;
                }
                self.string(hashes);
                Some(atom(position))
            }
            c if c.is_alphabetic() || c == '_' => Some(self.named(position)),
            _ => {
                while self
                    .peek()
                    .is_some_and(|c| !c.is_whitespace() && !",:)]}".contains(c))
                {
                    self.bump();
                }
                Some(atom(position))
            }
        }
    }

    /// An identifier, possibly followed by a group: `Some(...)`, `Card(...)`, `Other("x")`.
    fn named(&mut self, position: Position) -> Node {
        let mut name = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
            name.push(c);
            self.bump();
        }
        self.skip_trivia();
        let entries = (self.peek() == Some('(')).then(|| self.group());
        Node {
            position,
            name: Some(name),
            entries,
        }
    }

    /// A string from its opening quote; `hashes` is the count of a raw string's `#`s.
    fn string(&mut self, hashes: usize) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' && hashes == 0 {
                self.bump();
            } else if c == '"' && (0..hashes).all(|i| self.peek_at(i) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                return;
            }
        }
    }

    /// The entries of a group, from its opening bracket to its closing one.
    fn group(&mut self) -> Vec<Entry> {
        self.bump();
        let mut entries = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return entries,
                Some(')' | ']' | '}') => {
                    self.bump();
                    return entries;
                }
                Some(',') => {
                    self.bump();
                    continue;
                }
                Some(_) => {}
            }
            let Some(first) = self.value() else {
                return entries;
            };
            self.skip_trivia();
            if self.peek() == Some(':') {
                self.bump();
                self.skip_trivia();
                let key = first.name.clone();
                match self.value() {
                    Some(value) => entries.push(Entry { key, value }),
                    None => return entries,
                }
            } else {
                entries.push(Entry {
                    key: None,
                    value: first,
                });
            }
        }
    }
}

fn atom(position: Position) -> Node {
    Node {
        position,
        name: None,
        entries: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(steps: &[Step]) -> Place {
        Place(steps.to_vec())
    }

    const TEXT: &str = "#![enable(implicit_some)]\n// A comment (with parens]\nMap(\n    version: 1, /* c */\n    stages: [\n        (id: \"a\", name: \"A \\\" )\"),\n        Stage(id: r#\"b\"#, color: Some(\"#FFF\")),\n    ],\n)\n";

    #[test]
    fn finds_fields_items_and_looks_through_some() {
        let outline = Outline::parse(TEXT);
        let at = |steps: &[Step]| outline.find(&place(steps)).map(|p| (p.line, p.column));
        assert_eq!(at(&[]), Some((3, 1)));
        assert_eq!(at(&[Step::Field("version")]), Some((4, 14)));
        assert_eq!(
            at(&[Step::Field("stages"), Step::Index(0), Step::Field("name")]),
            Some((6, 25))
        );
        assert_eq!(
            at(&[Step::Field("stages"), Step::Index(1), Step::Field("id")]),
            Some((7, 19))
        );
        assert_eq!(
            at(&[Step::Field("stages"), Step::Index(1), Step::Field("color")]),
            Some((7, 39))
        );
    }

    #[test]
    fn missing_steps_stop_at_the_deepest_found() {
        let outline = Outline::parse(TEXT);
        let found = outline.find(&place(&[
            Step::Field("stages"),
            Step::Index(0),
            Step::Field("color"),
        ]));
        assert_eq!(found, Some(Position { line: 6, column: 9 }));
    }
}
