//! Edits, the operations built on them, and the history: every change undoes exactly.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

use percorso::edit::{Edit, LaneAt, MapInfo, ops};
use percorso::file::{self, templates};
use percorso::history::History;
use percorso::model::{CardId, EmotionScale, LaneKind, Map, StageId, validate};
use proptest::prelude::*;

fn guitar() -> Map {
    templates::find("guitar").unwrap().map().unwrap()
}

fn cell_texts(map: &Map, at: LaneAt, stage: &str) -> Vec<String> {
    let lane = &map.personas[at.persona].lanes[at.lane];
    lane.cards
        .iter()
        .filter(|c| c.stage.as_str() == stage)
        .map(|c| c.text.clone())
        .collect()
}

const TOUCH: LaneAt = LaneAt {
    persona: 0,
    lane: 0,
};
const PAIN: LaneAt = LaneAt {
    persona: 0,
    lane: 4,
};

/// Applies `edit`, checks the map stays valid, undoes it and checks the map is as before.
fn apply_and_undo(map: &mut Map, edit: Edit) {
    let before = map.clone();
    let inverse = edit.apply(map).unwrap();
    assert_eq!(validate(map), vec![], "the edit left an invalid map");
    inverse.apply(map).unwrap();
    assert_eq!(*map, before, "undo did not restore the map");
}

#[test]
fn moving_a_card_reorders_its_cell_and_moves_between_cells() {
    let mut map = guitar();
    assert_eq!(
        cell_texts(&map, TOUCH, "awareness")[2],
        "Banner ads for beginner guitars on news sites"
    );
    let banner = CardId::from("g-t3");
    let edit = ops::move_cards(
        &map,
        std::slice::from_ref(&banner),
        TOUCH,
        &StageId::from("awareness"),
        0,
    )
    .unwrap();
    let mut moved = map.clone();
    edit.clone().apply(&mut moved).unwrap();
    assert_eq!(
        cell_texts(&moved, TOUCH, "awareness")[0],
        "Banner ads for beginner guitars on news sites"
    );
    apply_and_undo(&mut map, edit);

    let edit = ops::move_cards(&map, &[banner], PAIN, &StageId::from("purchase"), 1).unwrap();
    let mut moved = map.clone();
    edit.clone().apply(&mut moved).unwrap();
    assert_eq!(
        cell_texts(&moved, PAIN, "purchase")[1],
        "Banner ads for beginner guitars on news sites"
    );
    assert_eq!(cell_texts(&moved, TOUCH, "awareness").len(), 2);
    apply_and_undo(&mut map, edit);
}

#[test]
fn moving_a_card_to_where_it_is_changes_nothing() {
    let map = guitar();
    let first = CardId::from("g-t1");
    assert!(ops::move_cards(&map, &[first], TOUCH, &StageId::from("awareness"), 0).is_none());
}

#[test]
fn moving_several_cards_keeps_their_order() {
    let map = guitar();
    let cards = [CardId::from("g-t9"), CardId::from("g-t1")];
    let edit = ops::move_cards(&map, &cards, TOUCH, &StageId::from("advocacy"), 1).unwrap();
    let mut moved = map.clone();
    edit.apply(&mut moved).unwrap();
    let texts = cell_texts(&moved, TOUCH, "advocacy");
    assert_eq!(
        texts[1..3],
        [
            "Order confirmation with delivery estimate",
            "Friends talk about their guitars at dinner"
        ]
    );
    assert_eq!(texts.len(), 4);
}

#[test]
fn deleting_a_stage_takes_its_cards_and_points_and_undo_brings_them_back() {
    let mut map = guitar();
    assert_eq!(ops::stage_contents(&map, 2), (12, 1));
    let edit = ops::delete_stage(&map, 2).unwrap();
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    assert_eq!(after.stages.len(), 4);
    assert_eq!(after.card_count(), 43 - 12);
    assert_eq!(after.point_count(), 4);
    apply_and_undo(&mut map, edit);
}

#[test]
fn new_things_get_fresh_ids_and_the_usual_lanes() {
    let mut map = guitar();
    let (edit, id) = ops::add_persona(&map, 1);
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    let kinds: Vec<LaneKind> = after.personas[1].lanes.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LaneKind::Touchpoints,
            LaneKind::Emotions,
            LaneKind::PainPoints
        ]
    );
    assert_eq!(after.personas[1].id, id);
    apply_and_undo(&mut map, edit);

    let (edit, stage) = ops::add_stage(&map, 2);
    assert_eq!(stage.as_str(), "stage-1");
    apply_and_undo(&mut map, edit);

    let (edit, card) = ops::new_card(&map, PAIN, &StageId::from("awareness"), None).unwrap();
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    let place = after.card_place(&card).unwrap();
    let (at, index) = (place.lane, place.card);
    assert_eq!(at, PAIN);
    assert_eq!(
        after.personas[0].lanes[4].cards[index].severity,
        Some(2),
        "pain points start as major"
    );
    apply_and_undo(&mut map, edit);
    assert!(
        ops::new_card(
            &map,
            LaneAt {
                persona: 0,
                lane: 3
            },
            &StageId::from("awareness"),
            None
        )
        .is_none(),
        "no cards in an emotion lane"
    );
}

#[test]
fn pasted_cards_get_new_ids_and_the_target_cell() {
    let mut map = guitar();
    let copied = vec![
        map.personas[0].lanes[0].cards[0].clone(),
        map.personas[0].lanes[0].cards[1].clone(),
    ];
    let (edit, ids) = ops::paste_cards(&map, copied, PAIN, &StageId::from("advocacy")).unwrap();
    assert_eq!(ids.len(), 2);
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    assert_eq!(
        cell_texts(&after, PAIN, "advocacy"),
        [
            "Friends talk about their guitars at dinner",
            "Instagram and TikTok fill up with guitar ads"
        ]
    );
    apply_and_undo(&mut map, edit);
}

#[test]
fn a_narrower_scale_clamps_the_points_outside_it() {
    let mut map = guitar();
    let scale = EmotionScale { min: -1, max: 1 };
    assert_eq!(ops::points_outside(&map, scale), 3);
    let info = MapInfo {
        emotion_scale: scale,
        funnel: None,
        ..MapInfo::of(&map)
    };
    let edit = ops::set_map_info_clamping(&map, info);
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    assert_eq!(ops::points_outside(&after, scale), 0);
    assert_eq!(after.personas[0].lanes[3].points[2].value, -1);
    apply_and_undo(&mut map, edit);
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut map = guitar();
    let before = map.clone();
    let batch = Edit::Batch(vec![
        Edit::RemoveCard(TOUCH, 0),
        Edit::RemoveCard(TOUCH, 999),
    ]);
    assert!(batch.apply(&mut map).is_err());
    assert_eq!(map, before);
}

#[test]
fn history_undoes_redoes_merges_and_restores_selections() {
    let mut map = guitar();
    let original = map.clone();
    let mut history: History<&str> = History::default();
    let (edit, _) = ops::add_stage(&map, 0);
    history.apply(&mut map, edit, "before add", None).unwrap();
    let renamed = |map: &Map, name: &str| {
        let mut stage = map.stages[0].clone();
        stage.name = name.to_owned();
        Edit::SetStage(0, stage)
    };
    for name in ["S", "St", "Sta"] {
        let edit = renamed(&map, name);
        history
            .apply(&mut map, edit, "while typing", Some("stage-name".into()))
            .unwrap();
    }
    assert_eq!(history.len(), 2, "typing merged into one step");
    assert_eq!(map.stages[0].name, "Sta");
    assert_eq!(history.undo(&mut map, "after"), Some("while typing"));
    assert_eq!(map.stages[0].name, "New stage");
    assert_eq!(history.undo(&mut map, "x"), Some("before add"));
    assert_eq!(map, original);
    assert_eq!(history.undo(&mut map, "y"), None);
    assert_eq!(history.redo(&mut map, "z"), Some("x"));
    assert_eq!(history.redo(&mut map, "z"), Some("after"));
    assert_eq!(map.stages[0].name, "Sta");
    assert!(!history.can_redo());
}

#[test]
fn history_is_bounded() {
    let mut map = Map::new("");
    let mut history: History<()> = History::default();
    for i in 0..(percorso::history::MAX_STEPS + 20) {
        let edit = Edit::SetMapInfo(MapInfo {
            title: i.to_string(),
            ..MapInfo::of(&map)
        });
        history.apply(&mut map, edit, (), None).unwrap();
    }
    assert_eq!(history.len(), percorso::history::MAX_STEPS);
    while history.undo(&mut map, ()).is_some() {}
    assert_eq!(map.title, "19", "the oldest steps were dropped");
}

#[test]
fn history_holds_at_most_64_mib_dropping_the_oldest_steps() {
    let mut map = Map::new("");
    let mut history: History<()> = History::default();
    let mib = 1024 * 1024;
    for i in 0..100 {
        // Each step keeps the megabyte the edit replaces, to undo it.
        let edit = Edit::SetMapInfo(MapInfo {
            description: format!("{i:03}").repeat(mib / 3),
            ..MapInfo::of(&map)
        });
        history.apply(&mut map, edit, (), None).unwrap();
    }
    assert!(
        history.bytes() <= percorso::history::MAX_BYTES,
        "{} bytes kept",
        history.bytes()
    );
    assert!(
        history.bytes() > percorso::history::MAX_BYTES - 2 * mib,
        "it keeps what fits"
    );
    let kept = history.len();
    assert!((60..=64).contains(&kept), "{kept} of 100 steps kept");
    while history.undo(&mut map, ()).is_some() {}
    assert!(
        map.description.starts_with(&format!("{:03}", 99 - kept)),
        "undo goes back as far as the kept steps reach"
    );
}

fn any_op(map: &Map) -> impl Strategy<Value = Edit> + use<> {
    let map = map.clone();
    let cards: Vec<CardId> = map
        .lanes()
        .flat_map(|l| &l.cards)
        .map(|c| c.id.clone())
        .collect();
    let lanes = map.personas[0].lanes.len();
    let stages = map.stages.len();
    (0..6usize, 0..cards.len(), 0..lanes, 0..stages, 0..4usize).prop_filter_map(
        "applicable",
        move |(op, card, lane, stage, position)| {
            let at = LaneAt { persona: 0, lane };
            let stage_id = map.stages[stage].id.clone();
            match op {
                0 => ops::move_cards(&map, &[cards[card].clone()], at, &stage_id, position),
                1 => ops::delete_cards(&map, &[cards[card].clone()]),
                2 => ops::delete_stage(&map, stage),
                3 => ops::new_card(&map, at, &stage_id, None).map(|(e, _)| e),
                4 => Some(ops::add_persona(&map, position).0),
                _ => ops::set_point_value(
                    &map,
                    LaneAt {
                        persona: 0,
                        lane: 3,
                    },
                    &stage_id,
                    i32::try_from(position).unwrap() - 2,
                ),
            }
        },
    )
}

proptest! {
    #[test]
    fn every_operation_keeps_the_map_valid_and_undoes_exactly(edit in any_op(&guitar())) {
        let mut map = guitar();
        let before = file::to_canonical_string(&map);
        let inverse = edit.apply(&mut map).unwrap();
        prop_assert_eq!(validate(&map), vec![]);
        inverse.apply(&mut map).unwrap();
        prop_assert_eq!(file::to_canonical_string(&map), before);
    }
}

#[test]
fn renaming_or_removing_the_funnel_s_last_metric_takes_the_funnel_with_it_and_undo_brings_both() {
    let mut map = guitar();
    map.funnel = Some("NPS".to_owned());
    map.version = 2;
    let advocacy = map
        .stages
        .iter()
        .position(|s| s.id.as_str() == "advocacy")
        .unwrap();
    let mut renamed = map.stages[advocacy].clone();
    let nps = renamed
        .metrics
        .iter()
        .position(|m| m.name == "NPS")
        .unwrap();
    renamed.metrics[nps].name = "Net promoter score".to_owned();
    let edit = Edit::SetStage(advocacy, renamed);
    let mut after = map.clone();
    edit.clone().apply(&mut after).unwrap();
    assert_eq!(
        after.funnel, None,
        "no stage has the metric: the funnel goes"
    );
    assert_eq!(after.version, 1);
    assert!(
        percorso::file::read_str(&percorso::file::to_canonical_string(&after)).is_ok(),
        "and the file opens again"
    );
    apply_and_undo(&mut map, edit);
    let mut kept = map.clone();
    kept.stages[0].name = "Discovery".to_owned();
    let mut after = map.clone();
    Edit::SetStage(0, kept.stages[0].clone())
        .apply(&mut after)
        .unwrap();
    assert_eq!(
        after.funnel.as_deref(),
        Some("NPS"),
        "another stage's change keeps it"
    );
}
