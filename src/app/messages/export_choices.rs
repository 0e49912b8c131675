//! What the export dialog lets the user choose, handed to the export that runs.

use crate::export::{Background, ExportOptions};
use crate::layout::ViewOptions;
use crate::model::{Map, PersonaId};

/// The choices of the export dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportChoices {
    /// Pixels per point.
    pub scale: f32,
    /// The background.
    pub background: Background,
    /// Each persona (id and name) with whether it is exported.
    pub personas: Vec<(PersonaId, String, bool)>,
    /// The format.
    pub format: crate::export::Format,
    /// The PDF's pages, the CSV's table, Mermaid's lanes.
    pub share: crate::export::ShareOptions,
}

impl ExportChoices {
    /// The defaults for `map`: 2x, white, every persona.
    #[must_use]
    pub fn for_map(map: &Map) -> Self {
        Self {
            scale: 2.0,
            background: Background::White,
            personas: map
                .personas
                .iter()
                .map(|p| (p.id.clone(), p.name.clone(), true))
                .collect(),
            format: crate::export::Format::Png,
            share: crate::export::ShareOptions::default(),
        }
    }

    /// The export options, with the view's folded personas and lanes.
    #[must_use]
    pub fn options(&self, view: &ViewOptions) -> ExportOptions {
        let all = self.personas.iter().all(|(_, _, on)| *on);
        ExportOptions {
            renderer: crate::export::Renderer::default(),
            scale: self.scale,
            background: self.background,
            personas: if all {
                Vec::new()
            } else {
                self.personas
                    .iter()
                    .filter(|(_, _, on)| *on)
                    .map(|(id, _, _)| id.clone())
                    .collect()
            },
            view: view.clone(),
        }
    }
}
