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
            Tile::Stage => "Stage".to_owned(),
            Tile::Persona => "Persona".to_owned(),
            Tile::Lane(kind) => format!("{} lane", kind.display_name()),
            Tile::Card(kind) => format!("{} card", kind.display_name()),
            Tile::Emotion => "Emotion point".to_owned(),
        }
    }
}
