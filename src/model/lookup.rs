//! Finding things in a map by id, counting them, and the canonical form of lane-dependent
//! defaults. Every lookup returns an `Option`: an id may name nothing (an element just deleted,
//! undone or never there).

use super::ids::{CardId, LaneId, PersonaId, StageId};
use super::map::{Card, CardAt, EmotionScale, Lane, LaneAt, Map, Persona, Stage};

impl Map {
    /// A map with a title and nothing else (format version 1, all it needs).
    #[must_use]
    pub fn new(title: &str) -> Self {
        Self {
            version: 1,
            title: title.to_owned(),
            description: String::new(),
            emotion_scale: EmotionScale::default(),
            funnel: None,
            stages: Vec::new(),
            personas: Vec::new(),
        }
    }

    /// The stage with this id, if any.
    #[must_use]
    pub fn stage(&self, id: &StageId) -> Option<&Stage> {
        self.stages.iter().find(|stage| &stage.id == id)
    }

    /// Where the stage with this id is in [`Map::stages`], if it is there.
    #[must_use]
    pub fn stage_index(&self, id: &StageId) -> Option<usize> {
        self.stages.iter().position(|stage| &stage.id == id)
    }

    /// The persona with this id, if any.
    #[must_use]
    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|persona| &persona.id == id)
    }

    /// Where the persona with this id is in [`Map::personas`], if it is there.
    #[must_use]
    pub fn persona_index(&self, id: &PersonaId) -> Option<usize> {
        self.personas.iter().position(|persona| &persona.id == id)
    }

    /// Where the lane with this id is, if it is there.
    #[must_use]
    pub fn lane_place(&self, id: &LaneId) -> Option<LaneAt> {
        self.personas.iter().enumerate().find_map(|(persona, p)| {
            p.lanes
                .iter()
                .position(|lane| &lane.id == id)
                .map(|lane| LaneAt { persona, lane })
        })
    }

    /// The lane with this id, if any.
    #[must_use]
    pub fn lane(&self, id: &LaneId) -> Option<&Lane> {
        self.lane_place(id).and_then(|at| self.lane_at(at))
    }

    /// The lane at a place, if there is one.
    #[must_use]
    pub fn lane_at(&self, at: LaneAt) -> Option<&Lane> {
        self.personas.get(at.persona)?.lanes.get(at.lane)
    }

    /// Where the card with this id is, if it is there.
    #[must_use]
    pub fn card_place(&self, id: &CardId) -> Option<CardAt> {
        self.personas.iter().enumerate().find_map(|(persona, p)| {
            p.lanes.iter().enumerate().find_map(|(lane, l)| {
                l.cards
                    .iter()
                    .position(|card| &card.id == id)
                    .map(|card| CardAt {
                        lane: LaneAt { persona, lane },
                        card,
                    })
            })
        })
    }

    /// The card with this id, if any.
    #[must_use]
    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.card_place(id).and_then(|at| self.card_at(at))
    }

    /// The card at a place, if there is one.
    #[must_use]
    pub fn card_at(&self, at: CardAt) -> Option<&Card> {
        self.lane_at(at.lane)?.cards.get(at.card)
    }

    /// All lanes of all personas.
    pub fn lanes(&self) -> impl Iterator<Item = &Lane> {
        self.personas.iter().flat_map(|persona| &persona.lanes)
    }

    /// The number of lanes of all personas.
    #[must_use]
    pub fn lane_count(&self) -> usize {
        self.lanes().count()
    }

    /// The number of cards in all lanes.
    #[must_use]
    pub fn card_count(&self) -> usize {
        self.lanes().map(|lane| lane.cards.len()).sum()
    }

    /// The number of emotion points in all lanes.
    #[must_use]
    pub fn point_count(&self) -> usize {
        self.lanes().map(|lane| lane.points.len()).sum()
    }

    /// Drops explicit values equal to their lane-dependent defaults (a lane title equal to its
    /// kind's name, a card kind equal to its lane's), so that two maps that write the same file
    /// compare equal.
    pub fn canonicalize(&mut self) {
        // A version 2 file that uses nothing of version 2 is written back as version 1.
        self.version = super::map::required_version(self);
        for lane in self.personas.iter_mut().flat_map(|p| &mut p.lanes) {
            if lane.title.as_deref() == Some(lane.kind.format_name()) {
                lane.title = None;
            }
            let default_kind = lane.kind.default_card_kind();
            for card in &mut lane.cards {
                if card.kind.is_some() && card.kind == default_kind {
                    card.kind = None;
                }
            }
        }
    }
}
