//! Building a [`MapLayout`] from a map, view options and a text measure.

use std::collections::HashMap;

use egui::{Pos2, Rangef, Rect, pos2, vec2};

use super::{
    BAND_GAP, Band, CARD_FOOTER, CARD_GAP, CARD_PADDING, CARD_STRIPE, CARD_TEXT_SIZE, CELL_PADDING,
    COLLAPSED_ROW_HEIGHT, COLUMN_WIDTH, CardBox, Column, EMOTION_ROW_HEIGHT, GUTTER_WIDTH,
    HEADER_LINE, MIN_ROW_HEIGHT, MapLayout, MeasureText, PERSONA_HEADER, PointBox, Row,
    STAGE_NAME_SIZE, ViewOptions,
};
use crate::model::{Card, EmotionScale, Lane, LaneKind, Map, Persona, StageId};

/// Width of a card.
pub const CARD_WIDTH: f32 = COLUMN_WIDTH - 2.0 * CELL_PADDING;
/// Width available to a card's text.
pub const CARD_TEXT_WIDTH: f32 = CARD_WIDTH - CARD_STRIPE - 2.0 * CARD_PADDING;
/// Space above the highest and below the lowest emotion level in an emotion row.
pub const EMOTION_MARGIN: f32 = 24.0;

impl MapLayout {
    /// Lays out `map` as `options` ask, measuring text with `measure`.
    #[must_use]
    pub fn new(map: &Map, options: &ViewOptions, measure: &dyn MeasureText) -> Self {
        let columns: Vec<Column> = (0..map.stages.len())
            .map(|stage| {
                #[allow(clippy::cast_precision_loss)] // At most 1,000 stages.
                let left = GUTTER_WIDTH + stage as f32 * COLUMN_WIDTH;
                Column {
                    stage,
                    x: Rangef::new(left, left + COLUMN_WIDTH),
                }
            })
            .collect();
        let stage_column: HashMap<&StageId, usize> = map
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (&s.id, i))
            .collect();
        let mut builder = Builder {
            map,
            measure,
            columns: &columns,
            stage_column,
            cards: Vec::new(),
            points: Vec::new(),
        };
        // One pass over the cards: the line is shown when any of them says how it is known.
        let evidence = Some(crate::insights::evidence::evidence_by_stage(map)).filter(|counts| {
            counts
                .iter()
                .any(crate::insights::EvidenceCount::any_marked)
        });
        let header_height = header_height(map, evidence.is_some());
        let mut y = header_height;
        let mut bands = Vec::with_capacity(map.personas.len());
        for (index, persona) in map.personas.iter().enumerate() {
            let band = builder.band(index, persona, y, options);
            y = band.y.max + BAND_GAP;
            bands.push(band);
        }
        if !bands.is_empty() {
            y -= BAND_GAP;
        }
        #[allow(clippy::cast_precision_loss)] // At most 1,000 stages.
        let width = GUTTER_WIDTH + columns.len() as f32 * COLUMN_WIDTH;
        let (cards, points) = (builder.cards, builder.points);
        MapLayout {
            size: vec2(width, y),
            header_height,
            columns,
            bands,
            cards,
            points,
            funnel: crate::insights::Funnel::of(map),
            pain: crate::insights::heat::pain_weights(map),
            evidence,
        }
    }
}

/// The stage header row's height: the tallest stage's name, duration and metrics, the evidence
/// line when any card says how it is known, and the funnel row when the map has a funnel.
fn header_height(map: &Map, evidence_line: bool) -> f32 {
    let tallest = map
        .stages
        .iter()
        .map(|stage| usize::from(!stage.duration.is_empty()) + stage.metrics.len())
        .max()
        .unwrap_or(0);
    #[allow(clippy::cast_precision_loss)] // A handful of lines.
    let lines = tallest as f32;
    let funnel = if map.funnel.is_some() {
        super::FUNNEL_ROW
    } else {
        0.0
    };
    let evidence = if evidence_line {
        super::EVIDENCE_ROW
    } else {
        0.0
    };
    20.0 + STAGE_NAME_SIZE * 1.4 + lines * HEADER_LINE + evidence + funnel
}

/// The height of a card's face: padding, wrapped text, and the badge row if it has badges.
#[must_use]
pub fn card_height(card: &Card, measure: &dyn MeasureText) -> f32 {
    let text = measure
        .height(&card.text, CARD_TEXT_SIZE, CARD_TEXT_WIDTH)
        .max(CARD_TEXT_SIZE * 1.25);
    let footer = if has_badges(card) { CARD_FOOTER } else { 0.0 };
    2.0 * CARD_PADDING + text + footer
}

/// Whether a card shows a badge row (channel, severity, evidence or votes).
#[must_use]
pub fn has_badges(card: &Card) -> bool {
    card.channel.is_some() || card.severity.is_some() || card.evidence.is_some() || card.votes > 0
}

/// The height in an emotion row at which `value` sits: the scale's top near the row's top.
/// [`emotion_value_at`] is its inverse.
#[must_use]
pub fn emotion_y(row: Rangef, value: f32, scale: EmotionScale) -> f32 {
    #[allow(clippy::cast_precision_loss)] // Within -10..=10.
    let (min, max) = (scale.min as f32, scale.max as f32);
    let t = ((value - min) / (max - min).max(1.0)).clamp(0.0, 1.0);
    row.max - EMOTION_MARGIN - t * usable_height(row)
}

/// The value on `scale` nearest to the height `y` of an emotion row (clamped to the scale):
/// the inverse of [`emotion_y`].
#[must_use]
pub fn emotion_value_at(row: Rangef, y: f32, scale: EmotionScale) -> i32 {
    let t = ((row.max - EMOTION_MARGIN - y) / usable_height(row).max(1.0)).clamp(0.0, 1.0);
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)] // Within -10..=10.
    let value = (scale.min as f32 + t * (scale.max - scale.min) as f32).round() as i32;
    value.clamp(scale.min, scale.max)
}

/// The height of an emotion row between its margins, where the scale is spread.
fn usable_height(row: Rangef) -> f32 {
    (row.max - row.min - 2.0 * EMOTION_MARGIN).max(0.0)
}

struct Builder<'a> {
    map: &'a Map,
    measure: &'a dyn MeasureText,
    columns: &'a [Column],
    stage_column: HashMap<&'a StageId, usize>,
    cards: Vec<CardBox>,
    points: Vec<PointBox>,
}

impl Builder<'_> {
    /// The band of persona `index` from `top`: its header, then its lanes unless it is folded.
    fn band(&mut self, index: usize, persona: &Persona, top: f32, options: &ViewOptions) -> Band {
        let header_y = Rangef::new(top, top + PERSONA_HEADER);
        let mut y = header_y.max;
        let collapsed = options.collapsed_personas.contains(persona.id.as_str());
        let mut rows = Vec::new();
        if !collapsed {
            for (lane_index, lane) in persona.lanes.iter().enumerate() {
                let folded = options.collapsed_lanes.contains(lane.id.as_str());
                let row = self.row(index, lane_index, lane, y, folded);
                y = row.y.max;
                rows.push(row);
            }
        }
        Band {
            persona: index,
            y: Rangef::new(top, y),
            header_y,
            collapsed,
            rows,
        }
    }

    fn row(
        &mut self,
        persona: usize,
        lane_index: usize,
        lane: &Lane,
        top: f32,
        folded: bool,
    ) -> Row {
        let empty_cells = vec![self.cards.len()..self.cards.len(); self.columns.len()];
        let points_start = self.points.len();
        if folded {
            return Row {
                lane: lane_index,
                y: Rangef::new(top, top + COLLAPSED_ROW_HEIGHT),
                collapsed: true,
                emotions: lane.kind == LaneKind::Emotions,
                cells: empty_cells,
                points: points_start..points_start,
            };
        }
        if lane.kind == LaneKind::Emotions {
            let y = Rangef::new(top, top + EMOTION_ROW_HEIGHT);
            self.emotion_points(persona, lane_index, lane, y);
            return Row {
                lane: lane_index,
                y,
                collapsed: false,
                emotions: true,
                cells: empty_cells,
                points: points_start..self.points.len(),
            };
        }
        let (cells, bottom) = self.stack_cards(persona, lane_index, lane, top);
        Row {
            lane: lane_index,
            y: Rangef::new(top, bottom.max(top + MIN_ROW_HEIGHT)),
            collapsed: false,
            emotions: false,
            cells,
            points: points_start..points_start,
        }
    }

    /// Stacks a lane's cards in their cells; returns each cell's range and the lowest bottom.
    fn stack_cards(
        &mut self,
        persona: usize,
        lane_index: usize,
        lane: &Lane,
        top: f32,
    ) -> (Vec<std::ops::Range<usize>>, f32) {
        let mut per_column: Vec<Vec<usize>> = vec![Vec::new(); self.columns.len()];
        for (index, card) in lane.cards.iter().enumerate() {
            if let Some(&column) = self.stage_column.get(&card.stage) {
                per_column[column].push(index);
            }
        }
        let mut bottom = top;
        let mut cells = Vec::with_capacity(self.columns.len());
        for (column, indices) in per_column.iter().enumerate() {
            let start = self.cards.len();
            let mut y = top + CELL_PADDING;
            for &card in indices {
                let height = card_height(&lane.cards[card], self.measure);
                let min = pos2(self.columns[column].x.min + CELL_PADDING, y);
                self.cards.push(CardBox {
                    persona,
                    lane: lane_index,
                    card,
                    column,
                    rect: Rect::from_min_size(min, vec2(CARD_WIDTH, height)),
                });
                y += height + CARD_GAP;
            }
            if !indices.is_empty() {
                bottom = bottom.max(y - CARD_GAP + CELL_PADDING);
            }
            cells.push(start..self.cards.len());
        }
        (cells, bottom)
    }

    fn emotion_points(&mut self, persona: usize, lane_index: usize, lane: &Lane, y: Rangef) {
        let mut placed: Vec<PointBox> = lane
            .points
            .iter()
            .enumerate()
            .filter_map(|(point, emotion)| {
                let column = *self.stage_column.get(&emotion.stage)?;
                #[allow(clippy::cast_precision_loss)] // Within -10..=10.
                let value = emotion.value as f32;
                let pos = Pos2::new(
                    self.columns[column].x.center(),
                    emotion_y(y, value, self.map.emotion_scale),
                );
                Some(PointBox {
                    persona,
                    lane: lane_index,
                    point,
                    column,
                    pos,
                })
            })
            .collect();
        placed.sort_by_key(|point| point.column);
        self.points.extend(placed);
    }
}
