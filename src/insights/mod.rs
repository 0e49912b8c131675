//! What a map says about itself when its numbers are read together: where the journey loses
//! customers (the funnel), where it hurts (the pain points' weight per stage), and where each
//! persona feels worst (moments of truth). Pure reading of the model, in numbers; below the editor, the
//! exports and the command line, which say it in words and pictures. Knows nothing of egui.

pub mod funnel;
pub mod heat;
pub mod moments;

pub use funnel::Funnel;
pub use moments::is_moment_of_truth;
