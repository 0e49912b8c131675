//! A broken rule of the format and where it is: the message (in the current language) and the
//! path from the document's root to the value at fault, which the file reader turns into a
//! line and column. Nothing here checks anything; [`super::validate`] does.

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
    pub(super) fn root() -> Self {
        Self(Vec::new())
    }

    pub(super) fn at(&self, step: Step) -> Self {
        let mut steps = self.0.clone();
        steps.push(step);
        Self(steps)
    }

    pub(super) fn field(&self, name: &'static str) -> Self {
        self.at(Step::Field(name))
    }

    pub(super) fn item(&self, list: &'static str, index: usize) -> Self {
        self.field(list).at(Step::Index(index))
    }
}
