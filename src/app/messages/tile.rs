//! The tiles of the palette: something new to drag onto the map (or click to add).

use crate::model::{CardKind, LaneKind};

/// A palette tile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tile {
    /// A new stage, dropped between two stage headers.
    Stage,
    /// A new persona, dropped between two bands.
    Persona,
    /// A new lane of this kind, dropped in a persona's band.
    Lane(LaneKind),
    /// A new card of this kind, dropped on a cell.
    Card(CardKind),
    /// An emotion value, dropped in an emotion lane's cell.
    Emotion,
}

impl Tile {
    /// The tile's name, also its accessible name.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Tile::Stage => crate::t!("tile-stage"),
            Tile::Persona => crate::t!("tile-persona"),
            Tile::Lane(kind) => crate::t!("tile-lane", kind = kind.display_name()),
            Tile::Card(kind) => crate::t!("tile-card", kind = kind.display_name()),
            Tile::Emotion => crate::t!("tile-emotion"),
        }
    }
}
