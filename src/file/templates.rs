//! The built-in templates: the sample maps in `maps/` and a blank map, embedded in the binary.

use super::error::ReadError;
use super::read::read_str;
use crate::model::Map;

/// A built-in map that `percorso new` and File > New start from.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// The name given to `--template`.
    pub name: &'static str,
    /// One line saying what the template holds.
    pub description: &'static str,
    /// The template's canonical RON text.
    pub text: &'static str,
}

impl Template {
    /// The template's map.
    pub fn map(&self) -> Result<Map, ReadError> {
        read_str(self.text)
    }
}

/// Every built-in template; the first is the default.
pub const TEMPLATES: [Template; 4] = [
    Template {
        name: "blank",
        description: "Five classic stages and one persona with touchpoint, emotion and pain point lanes",
        text: include_str!("../../assets/templates/blank.ron"),
    },
    Template {
        name: "guitar",
        description: "Buying a guitar online: a beginner's journey from first ads to a proud review",
        text: include_str!("../../maps/guitar.ron"),
    },
    Template {
        name: "ecommerce",
        description: "E-commerce journey from awareness to advocacy, with metrics on every stage",
        text: include_str!("../../maps/ecommerce.ron"),
    },
    Template {
        name: "omnicanale",
        description: "Percorso omnicanale (in Italian): a ROPO shopper and a showroomer, click & collect",
        text: include_str!("../../maps/omnicanale.ron"),
    },
];

/// The template named `name`, if there is one.
#[must_use]
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|template| template.name == name)
}

/// The names of all templates, for the command line's help and checks.
#[must_use]
pub fn names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|template| template.name).collect()
}
