//! Percorso: a native desktop designer for customer journey maps.
//!
//! One library with a thin binary; `docs/ARCHITECTURE.md` has the bird's-eye view. From the
//! bottom up: [`model`] is the document and its rules, [`file`] reads and writes it, [`edit`]
//! and [`history`] change it and undo the changes, [`safety`] keeps drafts, backups and locks,
//! [`insights`] reads its numbers together (the funnel), [`layout`] turns a map into geometry,
//! [`paint`] draws it (the one drawing code of the canvas and every export), [`export`] renders
//! it into images and documents, [`words`] says things about it in the language of [`lang`],
//! and at the top [`app`] is the editor window and [`cli`] the command line. Without the `editor`
//! feature the library is the model, the files and the edits only (what the fuzz targets build).

#[cfg(feature = "editor")]
pub mod app;
#[cfg(feature = "editor")]
pub mod cli;
pub mod edit;
#[cfg(feature = "editor")]
pub mod export;
pub mod file;
pub mod history;
pub mod insights;
pub mod lang;
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
