//! What Percorso says about a map in words: counts with their plurals, and the one-line summary
//! that `percorso check`, the map's inspector and the list of previous versions show. Below the
//! command line and the editor, so that both say the same.

use crate::model::Map;

/// `count` followed by the word for one or for many: "1 stage", "5 stages".
#[must_use]
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// What a map holds: "5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points".
#[must_use]
pub fn summary(map: &Map) -> String {
    format!(
        "{}, {}, {}, {}, {}",
        plural(map.stages.len(), "stage", "stages"),
        plural(map.personas.len(), "persona", "personas"),
        plural(map.lane_count(), "lane", "lanes"),
        plural(map.card_count(), "card", "cards"),
        plural(map.point_count(), "emotion point", "emotion points"),
    )
}
