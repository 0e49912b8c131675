//! Percorso: a native desktop designer for customer journey maps.
//!
//! The crate is one library with a thin binary. [`model`] is the document and its rules,
//! [`file`] reads and writes it (format v1), [`cli`] is the command line.

#[cfg(feature = "editor")]
pub mod app;
#[cfg(feature = "editor")]
pub mod cli;
pub mod edit;
#[cfg(feature = "editor")]
pub mod export;
pub mod file;
pub mod history;
#[cfg(feature = "editor")]
pub mod layout;
pub mod model;
#[cfg(feature = "editor")]
pub mod paint;
pub mod safety;
pub mod synthetic;
#[cfg(feature = "editor")]
pub mod theme;
pub mod words;
