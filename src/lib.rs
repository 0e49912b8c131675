//! Percorso: a native desktop designer for customer journey maps.
//!
//! The crate is one library with a thin binary. [`model`] is the document and its rules,
//! [`file`] reads and writes it (format v1), [`cli`] is the command line.

pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod file;
pub mod history;
pub mod layout;
pub mod model;
pub mod paint;
pub mod synthetic;
pub mod theme;
