//! What a map says about itself when its numbers are read together: where the journey loses
//! customers (the funnel). Pure reading of the model, in numbers; below the editor, the
//! exports and the command line, which say it in words and pictures. Knows nothing of egui.

pub mod funnel;

pub use funnel::Funnel;
