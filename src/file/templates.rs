//! The built-in templates: the sample maps in `maps/` and a blank map, each in English and in
//! Italian, embedded in the binary. A template's title and description are Percorso's words (in
//! the interface language); the map inside is written in the template's own language and, once
//! created, is the user's text.

use super::error::ReadError;
use super::read::read_str;
use crate::lang::{self, Language};
use crate::model::Map;
use crate::t;

/// A built-in map that `percorso new` and File > New from template start from.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// The name given to `--template`; the same for a template's English and Italian maps.
    pub name: &'static str,
    /// The language the map is written in.
    pub language: Language,
    /// The template's canonical RON text.
    pub text: &'static str,
}

impl Template {
    /// The template's map.
    pub fn map(&self) -> Result<Map, ReadError> {
        read_str(self.text)
    }

    /// What the template is called, in the current language.
    #[must_use]
    pub fn title(&self) -> String {
        match self.name {
            "blank" => t!("template-blank"),
            "guitar" => t!("template-guitar"),
            "ecommerce" => t!("template-ecommerce"),
            _ => t!("template-omnichannel"),
        }
    }

    /// One line saying what the template holds, in the current language.
    #[must_use]
    pub fn description(&self) -> String {
        match self.name {
            "blank" => t!("template-blank-description"),
            "guitar" => t!("template-guitar-description"),
            "ecommerce" => t!("template-ecommerce-description"),
            _ => t!("template-omnichannel-description"),
        }
    }

    /// The language of the map, in the current language: "English", "Italian".
    #[must_use]
    pub fn language_name(&self) -> String {
        match self.language {
            Language::English => t!("language-english"),
            Language::Italian => t!("language-italian"),
        }
    }
}

/// Every built-in template, English first; the first is the default.
pub const TEMPLATES: [Template; 8] = [
    Template {
        name: "blank",
        language: Language::English,
        text: include_str!("../../assets/templates/blank.ron"),
    },
    Template {
        name: "guitar",
        language: Language::English,
        text: include_str!("../../maps/guitar.ron"),
    },
    Template {
        name: "ecommerce",
        language: Language::English,
        text: include_str!("../../maps/ecommerce.ron"),
    },
    Template {
        name: "omnichannel",
        language: Language::English,
        text: include_str!("../../maps/omnichannel.ron"),
    },
    Template {
        name: "blank",
        language: Language::Italian,
        text: include_str!("../../assets/templates/blank-it.ron"),
    },
    Template {
        name: "guitar",
        language: Language::Italian,
        text: include_str!("../../maps/guitar-it.ron"),
    },
    Template {
        name: "ecommerce",
        language: Language::Italian,
        text: include_str!("../../maps/ecommerce-it.ron"),
    },
    Template {
        name: "omnichannel",
        language: Language::Italian,
        text: include_str!("../../maps/omnicanale.ron"),
    },
];

/// Another name `--template` takes: the omnichannel journey was first offered, in Italian
/// only, as `omnicanale`.
const ALIASES: [(&str, &str); 1] = [("omnicanale", "omnichannel")];

/// The template named `name` in `language`, if there is one.
#[must_use]
pub fn find_in(name: &str, language: Language) -> Option<&'static Template> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, real)| real);
    TEMPLATES
        .iter()
        .find(|template| template.name == name && template.language == language)
}

/// The template named `name` in the current language, if there is one.
#[must_use]
pub fn find(name: &str) -> Option<&'static Template> {
    find_in(name, lang::current())
}

/// The templates in `language` first, then the others, for File > New from template.
pub fn offered(language: Language) -> impl Iterator<Item = &'static Template> {
    let first = TEMPLATES.iter().filter(move |t| t.language == language);
    first.chain(TEMPLATES.iter().filter(move |t| t.language != language))
}

/// The names `--template` takes, each once (with the aliases), for the command line.
#[must_use]
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for template in &TEMPLATES {
        if !names.contains(&template.name) {
            names.push(template.name);
        }
    }
    names.extend(ALIASES.iter().map(|(alias, _)| *alias));
    names
}
