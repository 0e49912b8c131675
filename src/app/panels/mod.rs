//! The panels around the canvas: the menu bar and toolbar ([`MenuBar`]), the tile palette on the
//! left ([`TilePalette`]), the inspector on the right ([`Inspector`]) and, when shown, the
//! insights beside it ([`InsightsPanel`]). Each reads what it shows
//! and asks for changes with actions; none changes the document or another part itself.

mod insights;
mod inspector;
mod menus;
mod tiles;

pub use insights::{InsightsFrame, InsightsPanel};
pub use inspector::{Inspector, InspectorFrame};
pub use menus::MenuBar;
pub use tiles::{TilePalette, TileUse, quick_add};
