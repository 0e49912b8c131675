//! Persona photos as textures for the canvas, decoded once per map revision.

use egui::{ColorImage, TextureHandle, TextureId, TextureOptions};

use crate::file::photo::decode_avatar;
use crate::model::Map;

/// The textures of the personas' avatars, by persona index.
#[derive(Default)]
pub struct AvatarTextures {
    revision: Option<u64>,
    textures: Vec<Option<TextureHandle>>,
}

impl AvatarTextures {
    /// The texture ids for `map` at `revision`, decoding again only when the map changed.
    pub fn ids(&mut self, ctx: &egui::Context, map: &Map, revision: u64) -> Vec<Option<TextureId>> {
        if self.revision != Some(revision) {
            self.textures = map
                .personas
                .iter()
                .map(|persona| {
                    let pixels = decode_avatar(persona.avatar.as_deref()?)?;
                    let size = [pixels.width() as usize, pixels.height() as usize];
                    let image = ColorImage::from_rgba_unmultiplied(size, pixels.as_raw());
                    Some(ctx.load_texture(
                        format!("avatar-{}", persona.id),
                        image,
                        TextureOptions::LINEAR,
                    ))
                })
                .collect();
            self.revision = Some(revision);
        }
        self.textures
            .iter()
            .map(|t| t.as_ref().map(TextureHandle::id))
            .collect()
    }
}
