//! The sample maps in `maps/` and the built-in templates: valid, canonical and full.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use std::fs;
use std::path::Path;

use percorso::file::{self, templates};
use percorso::lang::Language;
use percorso::model::{LaneKind, Map};

fn sample(name: &str) -> (String, Map) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("maps")
        .join(name);
    let text = fs::read_to_string(&path).unwrap();
    let map = file::read_str(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
    (text, map)
}

const SAMPLES: [&str; 3] = ["guitar.ron", "ecommerce.ron", "omnicanale.ron"];

#[test]
fn samples_are_canonical() {
    for name in SAMPLES {
        let (text, map) = sample(name);
        assert_eq!(
            file::to_canonical_string(&map),
            text,
            "{name} is not canonical"
        );
    }
}

#[test]
fn every_persona_of_every_sample_is_complete() {
    for name in SAMPLES {
        let (_, map) = sample(name);
        assert!(map.stages.len() >= 4, "{name}");
        assert!(
            map.stages.iter().any(|s| !s.metrics.is_empty()),
            "{name} has no metrics"
        );
        for persona in &map.personas {
            let lanes = |kind| persona.lanes.iter().filter(move |l| l.kind == kind);
            let who = format!("{name}: {}", persona.id);
            assert!(
                lanes(LaneKind::Touchpoints)
                    .flat_map(|l| &l.cards)
                    .all(|c| c.channel.is_some()),
                "{who}: a touchpoint has no channel"
            );
            assert!(
                lanes(LaneKind::Touchpoints).flat_map(|l| &l.cards).count() >= 5,
                "{who}"
            );
            let points = lanes(LaneKind::Emotions).flat_map(|l| &l.points).count();
            assert_eq!(
                points,
                map.stages.len(),
                "{who}: one emotion point per stage"
            );
            let pains: Vec<_> = lanes(LaneKind::PainPoints).flat_map(|l| &l.cards).collect();
            assert!(
                pains.len() >= 3 && pains.iter().all(|c| c.severity.is_some()),
                "{who}"
            );
            assert!(
                lanes(LaneKind::Opportunities)
                    .flat_map(|l| &l.cards)
                    .count()
                    >= 3,
                "{who}"
            );
        }
    }
}

#[test]
fn the_three_journeys_of_the_domain() {
    let (_, guitar) = sample("guitar.ron");
    assert_eq!(guitar.personas.len(), 1);
    assert_eq!(guitar.stages.len(), 5);
    let (_, shop) = sample("ecommerce.ron");
    let names: Vec<&str> = shop.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Awareness",
            "Consideration",
            "Purchase",
            "Support",
            "Loyalty",
            "Advocacy"
        ]
    );
    // Where the shop loses the most: 31,000 shoppers consider, 3,100 buy (-90 %).
    let funnel = percorso::insights::Funnel::of(&shop).unwrap();
    assert_eq!(funnel.metric, "Shoppers");
    assert_eq!(funnel.largest_loss, Some(2), "{:?}", funnel.losses);
    assert!(funnel.losses[2].is_some_and(|loss| (loss - 0.9).abs() < 1e-9));
    assert_eq!(shop.version, 2, "a map with a funnel is version 2");
    let guitar_funnel = percorso::insights::Funnel::of(&guitar).unwrap();
    assert_eq!(
        guitar_funnel.largest_loss,
        Some(2),
        "the guitar shop loses the most at its failing checkout: {:?}",
        guitar_funnel.losses
    );
    let (_, omnichannel) = sample("omnichannel.ron");
    assert_eq!(omnichannel.version, 1, "and one without stays version 1");
    let (_, italian) = sample("omnicanale.ron");
    assert_eq!(italian.personas.len(), 2);
    let names: Vec<&str> = italian.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Scoperta", "Considerazione", "Acquisto", "Fidelizzazione"]
    );
}

#[test]
fn templates_are_the_samples_plus_blank_each_in_english_and_italian() {
    assert_eq!(
        templates::names(),
        ["blank", "guitar", "ecommerce", "omnichannel", "omnicanale"]
    );
    for name in templates::names() {
        for language in Language::ALL {
            let template = templates::find_in(name, language)
                .unwrap_or_else(|| panic!("{name} has no {language:?} map"));
            assert_eq!(template.language, language);
        }
    }
    // The same journey in both languages: the same elements, only the words differ.
    for name in ["blank", "guitar", "ecommerce", "omnichannel"] {
        let english = templates::find_in(name, Language::English)
            .unwrap()
            .map()
            .unwrap();
        let italian = templates::find_in(name, Language::Italian)
            .unwrap()
            .map()
            .unwrap();
        assert_ne!(english.title, italian.title, "{name}");
        let ids = |map: &percorso::model::Map| -> Vec<String> {
            map.lanes()
                .flat_map(|lane| lane.cards.iter().map(|card| card.id.to_string()))
                .chain(map.stages.iter().map(|s| s.id.to_string()))
                .collect()
        };
        assert_eq!(ids(&english), ids(&italian), "{name}");
    }
    let italian = templates::find_in("ecommerce", Language::Italian)
        .unwrap()
        .map()
        .unwrap();
    let stages: Vec<&str> = italian.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, common::ITALIAN_ECOMMERCE_STAGES);
    for template in &templates::TEMPLATES {
        let map = template
            .map()
            .unwrap_or_else(|err| panic!("{}: {err}", template.name));
        assert_eq!(
            file::to_canonical_string(&map),
            template.text,
            "{} is not canonical",
            template.name
        );
    }
    let blank = templates::find_in("blank", Language::English)
        .unwrap()
        .map()
        .unwrap();
    let stages: Vec<&str> = blank.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages,
        [
            "Awareness",
            "Consideration",
            "Purchase",
            "Retention",
            "Advocacy"
        ]
    );
    assert_eq!(blank.personas.len(), 1);
    let kinds: Vec<LaneKind> = blank.personas[0].lanes.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LaneKind::Touchpoints,
            LaneKind::Emotions,
            LaneKind::PainPoints
        ]
    );
    assert_eq!(
        templates::find_in("guitar", Language::English)
            .unwrap()
            .text,
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/guitar.ron")).unwrap()
    );
}
