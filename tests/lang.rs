//! The message catalogs: both languages say every message, with the same arguments; the files
//! parse cleanly; every message the code asks for exists; plurals and numbers follow each
//! language.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use percorso::lang::{self, Language, files, text_in};

/// Each message of a language, with the variables it uses (in its value, its variants and the
/// selectors), and the file it is in.
fn messages(language: Language) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut messages = BTreeMap::new();
    for (name, source) in files(language) {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{language:?} {name} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_variables(pattern, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    let before = messages.insert(id.clone(), (name.to_owned(), variables));
                    assert!(before.is_none(), "{language:?} says {id} twice");
                }
                ast::Entry::Junk { content } => panic!("{language:?} {name}: junk {content:?}"),
                _ => {}
            }
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn both_languages_say_every_message_with_the_same_arguments_in_the_same_file() {
    let english = messages(Language::English);
    let italian = messages(Language::Italian);
    assert!(
        english.len() > 300,
        "only {} English messages",
        english.len()
    );
    let only_english: Vec<&String> = english
        .keys()
        .filter(|id| !italian.contains_key(*id))
        .collect();
    let only_italian: Vec<&String> = italian
        .keys()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(only_english.is_empty(), "not in Italian: {only_english:?}");
    assert!(only_italian.is_empty(), "not in English: {only_italian:?}");
    for (id, (file, variables)) in &english {
        let (italian_file, italian_variables) = &italian[id];
        assert_eq!(
            file, italian_file,
            "{id} is in {file} and in {italian_file}"
        );
        assert_eq!(
            variables, italian_variables,
            "{id} takes other arguments in Italian"
        );
    }
}

/// Every `t!("id"` in the sources, and the command names of the command table.
fn ids_in_the_code() -> BTreeSet<String> {
    fn walk(dir: &Path, ids: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, ids);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (at, _) in source.match_indices("t!(") {
                    // `t!(`, not `format!(` or `print!(`.
                    let before = source[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = source[at + 3..].trim_start();
                    if let Some(quoted) = rest.strip_prefix('"') {
                        let id: String = quoted.chars().take_while(|c| *c != '"').collect();
                        ids.insert(id);
                    }
                }
            }
        }
    }
    let mut ids = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut ids);
    ids
}

#[test]
fn every_message_the_code_asks_for_is_in_both_catalogs() {
    let ids = ids_in_the_code();
    assert!(ids.len() > 250, "only {} ids found in the code", ids.len());
    for language in Language::ALL {
        let missing: Vec<&String> = ids.iter().filter(|id| !lang::has(language, id)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
}

#[test]
fn no_message_is_left_unused() {
    let ids = ids_in_the_code();
    // The command table names its messages `command-NAME` and `command-NAME-tooltip`.
    let unused: Vec<String> = messages(Language::English)
        .into_keys()
        .filter(|id| !ids.contains(id) && !id.starts_with("command-"))
        .collect();
    assert!(unused.is_empty(), "messages nothing asks for: {unused:?}");
}

#[test]
fn plurals_follow_each_language() {
    let cards = |language, count: usize| {
        text_in(
            language,
            "count-cards",
            &[("count", lang::Arg::from(count))],
        )
    };
    assert_eq!(cards(Language::English, 1), "1 card");
    assert_eq!(cards(Language::English, 2), "2 cards");
    assert_eq!(cards(Language::Italian, 1), "1 carta");
    assert_eq!(cards(Language::Italian, 2), "2 carte");
    assert_eq!(cards(Language::Italian, 0), "0 carte");
    assert_eq!(cards(Language::Italian, 85_000), "85.000 carte");
    assert_eq!(cards(Language::English, 85_000), "85,000 cards");
    let ago = |language, count: u64| {
        text_in(
            language,
            "ago-minutes",
            &[("count", lang::Arg::from(count))],
        )
    };
    assert_eq!(ago(Language::Italian, 3), "3 minuti fa");
    assert_eq!(ago(Language::Italian, 1), "1 minuto fa");
    assert_eq!(ago(Language::English, 3), "3 minutes ago");
}

#[test]
fn percentages_follow_each_language() {
    lang::set(Language::English);
    assert_eq!(lang::percent(1.8), "1.8%");
    lang::set(Language::Italian);
    assert_eq!(lang::percent(1.8), "1,8\u{a0}%");
}

#[test]
fn the_language_comes_from_the_locale() {
    assert_eq!(Language::from_locale("it_IT.UTF-8"), Language::Italian);
    assert_eq!(Language::from_locale("it_CH"), Language::Italian);
    assert_eq!(Language::from_locale("it-IT"), Language::Italian);
    assert_eq!(Language::from_locale("en_GB.UTF-8"), Language::English);
    assert_eq!(Language::from_locale("de_DE"), Language::English);
    assert_eq!(Language::from_locale("C"), Language::English);
    assert_eq!(Language::from_code("IT"), Some(Language::Italian));
    assert_eq!(Language::from_code("fr"), None);
}

#[test]
fn no_message_carries_isolation_marks_or_stray_spaces() {
    for language in Language::ALL {
        for id in messages(language).keys() {
            let said = text_in(language, id, &[]);
            assert!(
                !said.contains(['\u{2068}', '\u{2069}']),
                "{language:?} {id} has isolation marks"
            );
            assert_eq!(said.trim(), said, "{language:?} {id} has stray spaces");
        }
    }
}
