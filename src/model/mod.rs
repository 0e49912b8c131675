//! The document model: exactly the data of format v1, and its rules.
//!
//! Pure data: no egui, no files, no clock. The types derive serde so the file layer can read and
//! write them; the format's size limits are enforced while deserializing ([`bounded`]) and every
//! other rule by [`validate`].

pub mod avatar;
pub mod bounded;
mod color;
mod ids;
mod kinds;
mod lookup;
mod map;
mod problem;
mod serialize;
mod validate;

pub use color::Color;
pub use ids::{CardId, LaneId, MAX_ID_LEN, PersonaId, StageId, is_valid_id};
pub use kinds::{CardKind, Channel, Evidence, LaneKind};
pub use map::{
    Card, CardAt, EmotionPoint, EmotionScale, FORMAT_VERSION, Lane, LaneAt, Map, Metric, Persona,
    Stage, required_version,
};
pub use problem::{Place, Problem, Step};
pub use validate::{SCALE_BOUNDS, validate, version_message};
