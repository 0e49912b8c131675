//! Generated maps of any size, for benchmarks and tests of big maps.
//!
//! The maps are valid and look like real ones: eight stages, personas with six lanes each
//! (touchpoints, actions, emotions, pain points, opportunities, backstage), cards with text of
//! varied length, channels, severities, evidence and votes, spread evenly over the stages.

use crate::model::{
    Card, CardId, Channel, Color, EmotionPoint, Evidence, Lane, LaneId, LaneKind, Map, Metric,
    Persona, PersonaId, Stage, StageId,
};

const STAGE_NAMES: [&str; 8] = [
    "Awareness",
    "Consideration",
    "Purchase",
    "Delivery",
    "Onboarding",
    "Support",
    "Retention",
    "Advocacy",
];

const CARD_LANES: [LaneKind; 5] = [
    LaneKind::Touchpoints,
    LaneKind::Actions,
    LaneKind::PainPoints,
    LaneKind::Opportunities,
    LaneKind::Backstage,
];

const PHRASES: [&str; 6] = [
    "Checks the price",
    "Reads reviews on the phone during the commute",
    "Asks a friend who bought one last year whether it was worth it",
    "Card payment fails twice, tries another card",
    "Gets a delivery update by email",
    "Compares three shops and two marketplaces side by side, then waits for a discount code",
];

/// The cards each persona holds before another persona is added.
const CARDS_PER_PERSONA: usize = 500;

/// A valid map with exactly `cards` cards (and at most 200 personas).
#[must_use]
pub fn map_with_cards(cards: usize) -> Map {
    let mut map = Map::new(&format!("Generated journey with {cards} cards"));
    map.stages = (0..STAGE_NAMES.len()).map(stage).collect();
    let personas = cards.div_ceil(CARDS_PER_PERSONA).clamp(1, 200);
    map.personas = (0..personas).map(|p| persona(p, &map.stages)).collect();
    for index in 0..cards {
        let persona = index % personas;
        let within = index / personas;
        let lane_slot = within % CARD_LANES.len();
        // Lane 2 is the emotions lane; card lanes sit around it.
        let lane = if lane_slot < 2 {
            lane_slot
        } else {
            lane_slot + 1
        };
        let stage = (within / CARD_LANES.len()) % STAGE_NAMES.len();
        let card = card(index, &map.stages[stage].id, CARD_LANES[lane_slot]);
        map.personas[persona].lanes[lane].cards.push(card);
    }
    map
}

fn stage(index: usize) -> Stage {
    Stage {
        id: StageId(format!("stage-{index}")),
        name: STAGE_NAMES[index].to_owned(),
        description: format!("What happens in {}", STAGE_NAMES[index].to_lowercase()),
        duration: format!("{} days", index + 1),
        color: index
            .is_multiple_of(2)
            .then(|| Color::from_rgb(0x4E, 0x79, 0xA7)),
        metrics: vec![Metric {
            name: "Visitors".to_owned(),
            value: 1000.0 * f64::from(u32::try_from(index).unwrap_or(0) + 1),
            unit: String::new(),
        }],
    }
}

fn persona(index: usize, stages: &[Stage]) -> Persona {
    let lane = |slot: usize, kind: LaneKind| Lane {
        id: LaneId(format!("p{index}-lane-{slot}")),
        kind,
        title: None,
        cards: Vec::new(),
        points: Vec::new(),
    };
    let mut lanes: Vec<Lane> = CARD_LANES
        .iter()
        .enumerate()
        .map(|(s, k)| lane(s, *k))
        .collect();
    let mut emotions = lane(5, LaneKind::Emotions);
    emotions.points = stages
        .iter()
        .enumerate()
        .map(|(s, stage)| EmotionPoint {
            stage: stage.id.clone(),
            value: i32::try_from((s + index) % 5).unwrap_or(0) - 2,
            note: "feels it".to_owned(),
        })
        .collect();
    lanes.insert(2, emotions);
    Persona {
        id: PersonaId(format!("persona-{index}")),
        name: format!("Persona {index}"),
        description: "A generated customer".to_owned(),
        quote: "I want it to just work.".to_owned(),
        goals: vec!["Buy quickly".to_owned()],
        color: None,
        avatar: None,
        lanes,
    }
}

fn card(index: usize, stage: &StageId, lane: LaneKind) -> Card {
    Card {
        id: CardId(format!("card-{index}")),
        stage: stage.clone(),
        text: format!("{} ({index})", PHRASES[index % PHRASES.len()]),
        detail: if index.is_multiple_of(7) {
            "Seen in 4 of 6 interviews".to_owned()
        } else {
            String::new()
        },
        kind: None,
        channel: (lane == LaneKind::Touchpoints).then(|| Channel::NAMED[index % 15].clone()),
        severity: (lane == LaneKind::PainPoints).then(|| u8::try_from(index % 3).unwrap_or(0) + 1),
        evidence: index.is_multiple_of(4).then_some(Evidence::Observed),
        votes: u32::try_from(index % 5).unwrap_or(0),
        color: None,
    }
}
