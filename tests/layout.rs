//! The layout on numbers: cell rects, stacking, row heights, collapse, hit-testing, visibility.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.
#![allow(clippy::float_cmp)] // Sums of small whole numbers are exact; other values use `close`.

use egui::{Rangef, pos2};
use percorso::file;
use percorso::layout::{
    BAND_GAP, CARD_GAP, CELL_PADDING, COLLAPSED_ROW_HEIGHT, COLUMN_WIDTH, EMOTION_MARGIN,
    EMOTION_ROW_HEIGHT, GUTTER_WIDTH, Hit, MIN_ROW_HEIGHT, MapLayout, MeasureText, PERSONA_HEADER,
    ViewOptions,
};
use percorso::model::Map;

/// Every line holds 20 characters and is 20 units tall.
struct Lines;

impl MeasureText for Lines {
    fn height(&self, text: &str, _size: f32, _width: f32) -> f32 {
        #[allow(clippy::cast_precision_loss)]
        let lines = text.chars().count().div_ceil(20).max(1) as f32;
        lines * 20.0
    }
}

const MAP: &str = r#"(version: 1, title: "T",
    stages: [(id: "a", name: "A"), (id: "b", name: "B"), (id: "c", name: "C")],
    personas: [
        (id: "p", name: "P", lanes: [
            (id: "touch", kind: Touchpoints, cards: [
                (id: "c1", stage: "b", text: "one line"),
                (id: "c2", stage: "a", text: "forty characters make exactly two lines"),
                (id: "c3", stage: "b", text: "forty characters make exactly two lines", channel: Email),
            ]),
            (id: "feel", kind: Emotions, points: [(stage: "a", value: 2), (stage: "c", value: -2)]),
            (id: "empty", kind: Notes),
        ]),
        (id: "q", name: "Q", lanes: [(id: "q-touch", kind: Touchpoints, cards: [(id: "c4", stage: "c", text: "x")])]),
    ],
)"#;

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 1e-3
}

fn map() -> Map {
    file::read_str(MAP).unwrap()
}

fn layout(options: &ViewOptions) -> MapLayout {
    MapLayout::new(&map(), options, &Lines)
}

// Card heights with the `Lines` measure: padding 2 x 8, text, badge row 20 when badges.
const ONE_LINE: f32 = 16.0 + 20.0;
const TWO_LINES: f32 = 16.0 + 40.0;
const TWO_LINES_BADGES: f32 = 16.0 + 40.0 + 20.0;

#[test]
fn columns_follow_the_gutter_left_to_right() {
    let layout = layout(&ViewOptions::default());
    assert_eq!(layout.columns.len(), 3);
    for (i, column) in layout.columns.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let left = GUTTER_WIDTH + i as f32 * COLUMN_WIDTH;
        assert_eq!(column.x, Rangef::new(left, left + COLUMN_WIDTH));
    }
    assert_eq!(layout.size.x, GUTTER_WIDTH + 3.0 * COLUMN_WIDTH);
}

#[test]
fn cards_stack_in_file_order_and_rows_follow_the_tallest_cell() {
    let layout = layout(&ViewOptions::default());
    let band = &layout.bands[0];
    let row = &band.rows[0];
    assert_eq!(row.y.min, layout.header_height + PERSONA_HEADER);
    let in_b: Vec<_> = layout.cards[row.cells[1].clone()]
        .iter()
        .map(|c| c.card)
        .collect();
    assert_eq!(in_b, [0, 2], "c1 then c3, in file order");
    let (first, second) = (
        &layout.cards[row.cells[1].start],
        &layout.cards[row.cells[1].start + 1],
    );
    assert_eq!(
        first.rect.min,
        pos2(
            GUTTER_WIDTH + COLUMN_WIDTH + CELL_PADDING,
            row.y.min + CELL_PADDING
        )
    );
    assert_eq!(first.rect.height(), ONE_LINE);
    assert_eq!(second.rect.min.y, first.rect.max.y + CARD_GAP);
    assert_eq!(second.rect.height(), TWO_LINES_BADGES);
    assert_eq!(layout.cards[row.cells[0].start].rect.height(), TWO_LINES);
    let tallest = CELL_PADDING + ONE_LINE + CARD_GAP + TWO_LINES_BADGES + CELL_PADDING;
    assert!(close(row.y.max - row.y.min, tallest));
    assert!(row.cells[2].is_empty());
}

#[test]
fn emotion_rows_place_points_at_stage_centres_on_the_scale() {
    let layout = layout(&ViewOptions::default());
    let row = &layout.bands[0].rows[1];
    assert!(row.emotions);
    assert!(close(row.y.max - row.y.min, EMOTION_ROW_HEIGHT));
    let points = &layout.points[row.points.clone()];
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].pos.x, layout.columns[0].x.center());
    assert!(
        close(points[0].pos.y, row.y.min + EMOTION_MARGIN),
        "+2 at the top"
    );
    assert_eq!(points[1].pos.x, layout.columns[2].x.center());
    assert!(
        close(points[1].pos.y, row.y.max - EMOTION_MARGIN),
        "-2 at the bottom"
    );
    let empty = &layout.bands[0].rows[2];
    assert!(close(empty.y.max - empty.y.min, MIN_ROW_HEIGHT));
    assert!(close(layout.bands[1].y.min, empty.y.max + BAND_GAP));
}

#[test]
fn collapsed_personas_and_lanes_shrink_and_hide_their_contents() {
    let mut options = ViewOptions::default();
    options.collapsed_lanes.insert("touch".into());
    let folded_lane = layout(&options);
    let row = &folded_lane.bands[0].rows[0];
    assert!(row.collapsed);
    assert!(close(row.y.max - row.y.min, COLLAPSED_ROW_HEIGHT));
    assert_eq!(folded_lane.cards.len(), 1, "only q's card is laid out");

    options.collapsed_personas.insert("p".into());
    let folded = layout(&options);
    assert!(folded.bands[0].collapsed && folded.bands[0].rows.is_empty());
    assert!(close(
        folded.bands[0].y.max - folded.bands[0].y.min,
        PERSONA_HEADER
    ));
    assert!(folded.points.is_empty());
    assert!(folded.size.y < layout(&ViewOptions::default()).size.y);
}

#[test]
fn hit_testing_finds_what_is_drawn() {
    let layout = layout(&ViewOptions::default());
    let card = &layout.cards[layout.bands[0].rows[0].cells[1].start + 1];
    assert_eq!(
        layout.hit(card.rect.center()),
        Some(Hit::Card {
            persona: 0,
            lane: 0,
            card: 2
        })
    );
    let header = layout.stage_header_rect(2).center();
    assert_eq!(layout.hit(header), Some(Hit::StageHeader { stage: 2 }));
    let band_header = layout.persona_header_rect(1).center();
    assert_eq!(
        layout.hit(band_header),
        Some(Hit::PersonaHeader { persona: 1 })
    );
    let title = layout.lane_title_rect(0, 2).center();
    assert_eq!(
        layout.hit(title),
        Some(Hit::LaneTitle {
            persona: 0,
            lane: 2
        })
    );
    let point = layout.points[0].pos;
    assert_eq!(
        layout.hit(point + egui::vec2(5.0, 5.0)),
        Some(Hit::Point {
            persona: 0,
            lane: 1,
            point: 0
        })
    );
    let empty = layout.cell_rect(0, 0, 2).center();
    assert_eq!(
        layout.hit(empty),
        Some(Hit::Cell {
            persona: 0,
            lane: 0,
            stage: 2
        })
    );
    assert_eq!(layout.hit(pos2(-1.0, 10.0)), None);
    assert_eq!(layout.hit(pos2(10.0, layout.size.y + 1.0)), None);
    let gap = layout.bands[0].y.max + BAND_GAP / 2.0;
    assert_eq!(
        layout.hit(pos2(GUTTER_WIDTH + 10.0, gap)),
        None,
        "between bands"
    );
}

#[test]
fn visible_ranges_are_what_a_rectangle_overlaps() {
    let layout = layout(&ViewOptions::default());
    let second_column = layout.columns[1].x;
    assert_eq!(
        layout.columns_in(Rangef::new(
            second_column.min + 1.0,
            second_column.max - 1.0
        )),
        1..2
    );
    assert_eq!(
        layout.columns_in(Rangef::new(0.0, GUTTER_WIDTH - 1.0)),
        0..0
    );
    assert_eq!(layout.columns_in(Rangef::new(-1e9, 1e9)), 0..3);
    assert_eq!(
        layout.bands_in(Rangef::new(0.0, layout.header_height - 1.0)),
        0..0
    );
    assert_eq!(layout.bands_in(Rangef::new(0.0, layout.size.y)), 0..2);
    let band = &layout.bands[0];
    assert_eq!(
        layout.rows_in(0, Rangef::point(band.rows[1].y.center())),
        1..2
    );
}

#[test]
fn cards_and_points_in_a_rectangle_are_those_of_the_visible_cells() {
    let layout = layout(&ViewOptions::default());
    assert_eq!(layout.cards_in(layout.rect()).count(), layout.cards.len());
    assert_eq!(layout.points_in(layout.rect()).count(), layout.points.len());
    let cell = layout.cell_rect(0, 0, 1);
    let in_cell: Vec<usize> = layout.cards_in(cell.shrink(1.0)).map(|c| c.card).collect();
    assert_eq!(in_cell, [0, 2], "c1 and c3, stacked in the second stage");
    let emotions = layout.cell_rect(0, 1, 2);
    assert_eq!(layout.points_in(emotions).count(), 1);
    assert_eq!(layout.cards_in(emotions).count(), 0);
}

#[test]
fn an_emotion_height_and_its_value_are_inverse_on_every_scale() {
    let row = Rangef::new(100.0, 100.0 + EMOTION_ROW_HEIGHT);
    for (min, max) in [(-2, 2), (1, 5), (0, 10), (-10, 10), (-1, 0)] {
        let scale = percorso::model::EmotionScale { min, max };
        for value in min..=max {
            #[allow(clippy::cast_precision_loss)] // Within -10..=10.
            let y = percorso::layout::emotion_y(row, value as f32, scale);
            assert_eq!(
                percorso::layout::emotion_value_at(row, y, scale),
                value,
                "{value} on {min}..{max}"
            );
        }
        assert_eq!(
            percorso::layout::emotion_value_at(row, row.min - 50.0, scale),
            max
        );
        assert_eq!(
            percorso::layout::emotion_value_at(row, row.max + 50.0, scale),
            min
        );
    }
}

#[test]
fn where_each_kind_of_drag_lands_and_where_its_mark_is_drawn() {
    use percorso::layout::{Dragged, DropMarker, DropTarget, Pinned, drop_target};
    use percorso::model::{CardId, LaneAt};
    let map = map();
    let layout = layout(&ViewOptions::default());
    let touch = layout.bands[0].rows[0].clone();
    let column_b = &layout.columns[1];
    // A new card below the first card of cell (touch, b) lands second.
    let first = layout.cards[touch.cells[1].start].rect;
    let below_first = pos2(column_b.x.center(), first.max.y + 1.0);
    let target = drop_target(&layout, &map, Dragged::NewCard, below_first).unwrap();
    let at = LaneAt {
        persona: 0,
        lane: 0,
    };
    assert_eq!(
        target,
        DropTarget::Cell {
            at,
            column: 1,
            position: 1
        }
    );
    let Some(DropMarker::Cell { line_y, .. }) = target.marker(&layout, &map, Pinned::NONE, &[])
    else {
        panic!("a cell is marked");
    };
    assert!(
        close(line_y, first.max.y + CARD_GAP / 2.0),
        "between the two cards"
    );
    // Moving that first card itself: it does not count, so the same place is the first.
    let moved = [CardId::from("c1")];
    let target = drop_target(&layout, &map, Dragged::Cards(&moved), below_first).unwrap();
    assert_eq!(
        target,
        DropTarget::Cell {
            at,
            column: 1,
            position: 0
        }
    );
    // No card lands in an emotion lane; an emotion value does, at the height's value.
    let feel = layout.bands[0].rows[1].clone();
    let top_of_feel = pos2(column_b.x.center(), feel.y.min + EMOTION_MARGIN);
    assert_eq!(
        drop_target(&layout, &map, Dragged::NewCard, top_of_feel),
        None
    );
    assert_eq!(
        drop_target(&layout, &map, Dragged::Emotion, top_of_feel),
        Some(DropTarget::Emotion {
            at: LaneAt {
                persona: 0,
                lane: 1
            },
            column: 1,
            value: 2
        })
    );
    // A stage in the header row lands in the gap before the nearest column's centre.
    let between = pos2(column_b.x.max + 10.0, layout.header_height / 2.0);
    let gap = drop_target(&layout, &map, Dragged::Stage, between).unwrap();
    assert_eq!(gap, DropTarget::StageGap(2));
    assert_eq!(
        gap.marker(&layout, &map, Pinned::NONE, &[]),
        Some(DropMarker::Vertical {
            x: layout.columns[2].x.min,
            y: Rangef::new(0.0, layout.header_height)
        })
    );
    assert_eq!(
        drop_target(
            &layout,
            &map,
            Dragged::Stage,
            pos2(column_b.x.center(), 500.0)
        ),
        None,
        "below the header row, a stage cannot land"
    );
    // A persona below the last band goes last; its line is at the map's bottom.
    let last = drop_target(
        &layout,
        &map,
        Dragged::Persona,
        pos2(300.0, layout.size.y - 1.0),
    );
    assert_eq!(last, Some(DropTarget::PersonaGap(2)));
    let first_band = drop_target(
        &layout,
        &map,
        Dragged::Persona,
        pos2(300.0, layout.bands[0].y.min + 1.0),
    );
    assert_eq!(first_band, Some(DropTarget::PersonaGap(0)));
    assert_eq!(
        DropTarget::PersonaGap(1).marker(&layout, &map, Pinned::NONE, &[]),
        Some(DropMarker::Horizontal {
            y: layout.bands[1].y.min - BAND_GAP / 2.0,
            x: Rangef::new(0.0, layout.size.x)
        })
    );
}
