//! Property tests: any valid map survives write -> read unchanged, and writing is idempotent.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use percorso::file;
use percorso::model::{
    Card, CardId, CardKind, Channel, Color, EmotionPoint, EmotionScale, Evidence, Lane, LaneId,
    LaneKind, Map, Metric, Persona, PersonaId, Stage, StageId, validate,
};
use proptest::prelude::*;

/// Text with the characters that stress a writer: quotes, backslashes, newlines, `#`, accents,
/// emoji, CJK, combining marks, control characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ]{1,20}",
        "[\"\\\\#\n\t\r ]{1,6}",
        "[à-ÿ€—😀🎸顧客の旅\u{301}\u{200d}\u{0}\u{7f}]{1,8}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ]
}

fn color() -> impl Strategy<Value = Option<Color>> {
    prop_oneof![
        Just(None),
        any::<[u8; 3]>().prop_map(|[r, g, b]| Some(Color::from_rgb(r, g, b))),
        Just(Some(Color("#abcdef80".into()))),
    ]
}

fn channel() -> impl Strategy<Value = Option<Channel>> {
    prop_oneof![
        Just(None),
        (0..Channel::NAMED.len()).prop_map(|i| Some(Channel::NAMED[i].clone())),
        text().prop_map(|t| Some(Channel::Other(t))),
    ]
}

fn stage(index: usize) -> impl Strategy<Value = Stage> {
    let metric = (text(), -1e12f64..1e12, text()).prop_map(|(name, value, unit)| Metric {
        name,
        value,
        unit,
    });
    (
        text(),
        text(),
        text(),
        color(),
        prop::collection::vec(metric, 0..3),
    )
        .prop_map(move |(name, description, duration, color, metrics)| Stage {
            id: StageId(format!("stage-{index}")),
            name,
            description,
            duration,
            color,
            metrics,
        })
}

fn card(id: String, stages: usize) -> impl Strategy<Value = Card> {
    let kind = prop::option::of((0..CardKind::ALL.len()).prop_map(|i| CardKind::ALL[i]));
    let evidence = prop::option::of((0..3usize).prop_map(|i| Evidence::ALL[i]));
    (
        0..stages,
        text(),
        text(),
        kind,
        channel(),
        prop::option::of(1u8..=3),
        evidence,
        any::<u32>(),
        color(),
    )
        .prop_map(
            move |(stage, text, detail, kind, channel, severity, evidence, votes, color)| Card {
                id: CardId(id.clone()),
                stage: StageId(format!("stage-{stage}")),
                text,
                detail,
                kind,
                channel,
                severity,
                evidence,
                votes,
                color,
            },
        )
}

fn lane(id: String, stages: usize, scale: EmotionScale) -> impl Strategy<Value = Lane> {
    let kind = (0..LaneKind::ALL.len()).prop_map(|i| LaneKind::ALL[i]);
    (kind, prop::option::of(text()), 0..4usize).prop_flat_map(move |(kind, title, count)| {
        let id = id.clone();
        let cards = if kind == LaneKind::Emotions { 0 } else { count };
        let card_ids: Vec<_> = (0..cards)
            .map(|c| card(format!("{id}-card-{c}"), stages))
            .collect();
        let points = if kind == LaneKind::Emotions {
            prop::collection::vec((scale.min..=scale.max, text()), stages).boxed()
        } else {
            Just(Vec::new()).boxed()
        };
        (
            card_ids,
            points,
            prop::collection::vec(any::<bool>(), stages),
        )
            .prop_map(move |(cards, values, keep)| Lane {
                id: LaneId(id.clone()),
                kind,
                title: title.clone(),
                cards,
                points: values
                    .into_iter()
                    .enumerate()
                    .filter(|(s, _)| keep[*s])
                    .map(|(s, (value, note))| EmotionPoint {
                        stage: StageId(format!("stage-{s}")),
                        value,
                        note,
                    })
                    .collect(),
            })
    })
}

fn persona(index: usize, stages: usize, scale: EmotionScale) -> impl Strategy<Value = Persona> {
    let lanes: Vec<_> = (0..3)
        .map(|l| lane(format!("p{index}-lane-{l}"), stages, scale))
        .collect();
    (
        text(),
        text(),
        text(),
        prop::collection::vec(text(), 0..3),
        color(),
        lanes,
        0..=3usize,
    )
        .prop_map(
            move |(name, description, quote, goals, color, mut lanes, keep)| {
                lanes.truncate(keep);
                Persona {
                    id: PersonaId(format!("persona-{index}")),
                    name,
                    description,
                    quote,
                    goals,
                    color,
                    avatar: None,
                    lanes,
                }
            },
        )
}

fn map() -> impl Strategy<Value = Map> {
    let scale = (-10..=9i32)
        .prop_flat_map(|min| (Just(min), (min + 1)..=10))
        .prop_map(|(min, max)| EmotionScale { min, max });
    (1..5usize, 0..3usize, scale).prop_flat_map(|(stages, personas, scale)| {
        let stage_list: Vec<_> = (0..stages).map(stage).collect();
        let persona_list: Vec<_> = (0..personas).map(|p| persona(p, stages, scale)).collect();
        (text(), text(), stage_list, persona_list).prop_map(
            move |(title, description, stages, personas)| {
                let mut map = Map::new(&title);
                map.description = description;
                map.emotion_scale = scale;
                map.stages = stages;
                map.personas = personas;
                map.canonicalize();
                map
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_maps_survive_write_then_read(map in map()) {
        prop_assert_eq!(validate(&map), Vec::new());
        let text = file::to_canonical_string(&map);
        let read = file::read_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&read, &map);
        prop_assert_eq!(file::to_canonical_string(&read), text);
    }

    #[test]
    fn reading_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = file::read_bytes(&bytes);
    }

    #[test]
    fn reading_never_panics_on_mangled_maps(map in map(), cut in 0usize..2000, junk in "[(){}\\[\\]\",:#!/*a-z0-9 ]{0,5}") {
        let text = file::to_canonical_string(&map);
        let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count().max(1)).unwrap_or(0);
        let mangled = format!("{}{junk}{}", &text[..at], &text[at..]);
        let _ = file::read_str(&mangled);
    }
}
