//! A headless wgpu device and an `egui_wgpu::Renderer` that draws egui meshes into an offscreen
//! texture and reads the pixels back.

use std::sync::mpsc::channel;
use std::time::Duration;

use crate::t;

use egui_wgpu::{Renderer, RendererOptions, ScreenDescriptor, wgpu};

use super::ExportError;

/// How long to wait for the GPU (a software one can be slow on big tiles).
const WAIT: Duration = Duration::from_mins(2);
/// The pixel format of exported images: 8-bit RGBA, values already gamma-encoded.
const FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// A device, its queue and a renderer for egui meshes.
pub struct Gpu {
    device: wgpu::Device,
    queue: wgpu::Queue,
    renderer: Renderer,
    /// The largest texture side the device allows (the font atlas may use it all).
    pub max_side: u32,
    /// The side of the tiles an image is rendered in: at most `max_side`, smaller to bound
    /// memory (and in tests, to exercise stitching).
    pub tile_side: u32,
    /// The largest buffer the device allows, in bytes.
    pub max_buffer: u64,
    /// The adapter's name, for messages.
    pub adapter: String,
}

impl Gpu {
    /// A device without a window: any adapter (a GPU, or Mesa's llvmpipe / lavapipe on the CPU).
    pub fn headless() -> Result<Self, ExportError> {
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let adapter =
            pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions::default()))
                .or_else(|_| {
                    let fallback = wgpu::RequestAdapterOptions {
                        force_fallback_adapter: true,
                        ..Default::default()
                    };
                    pollster::block_on(instance.request_adapter(&fallback))
                })
                .map_err(|_| ExportError::NoAdapter)?;
        let limits = adapter.limits();
        let descriptor = wgpu::DeviceDescriptor {
            label: Some("percorso export"),
            required_limits: limits.clone(),
            ..Default::default()
        };
        let (device, queue) =
            pollster::block_on(adapter.request_device(&descriptor)).map_err(|err| {
                ExportError::Gpu(t!("export-device-failed", detail = err.to_string()))
            })?;
        let renderer = Renderer::new(&device, FORMAT, RendererOptions::PREDICTABLE);
        Ok(Self {
            device,
            queue,
            renderer,
            max_side: limits.max_texture_dimension_2d,
            tile_side: limits.max_texture_dimension_2d.min(4096),
            max_buffer: limits.max_buffer_size,
            adapter: adapter.get_info().name,
        })
    }

    /// A renderer of its own on an existing device (the app's, from eframe).
    #[must_use]
    pub fn from_render_state(state: &egui_wgpu::RenderState) -> Self {
        let limits = state.device.limits();
        Self {
            renderer: Renderer::new(&state.device, FORMAT, RendererOptions::PREDICTABLE),
            device: state.device.clone(),
            queue: state.queue.clone(),
            max_side: limits.max_texture_dimension_2d,
            tile_side: limits.max_texture_dimension_2d.min(4096),
            max_buffer: limits.max_buffer_size,
            adapter: state.adapter.get_info().name,
        }
    }

    /// Uploads and frees the textures egui asks for (the font atlas, avatars).
    pub fn apply_textures(&mut self, delta: &mut egui::TexturesDelta) {
        // The order of uploads does not matter: each is for its own texture.
        #[allow(clippy::iter_over_hash_type)]
        for (id, images) in delta.set.drain() {
            for image in images {
                self.renderer
                    .update_texture(&self.device, &self.queue, id, &image);
            }
        }
        #[allow(clippy::iter_over_hash_type)]
        for id in delta.free.drain() {
            self.renderer.free_texture(&id);
        }
    }

    /// Draws `meshes` into a `width` x `height` texture cleared to `clear`, and returns its
    /// pixels, row by row, 4 bytes each.
    pub fn render(
        &mut self,
        meshes: &[egui::ClippedPrimitive],
        width: u32,
        height: u32,
        pixels_per_point: f32,
        clear: egui::Color32,
    ) -> Result<Vec<u8>, ExportError> {
        let texture = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("export tile"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let screen = ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point,
        };
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("export"),
            });
        let extra =
            self.renderer
                .update_buffers(&self.device, &self.queue, &mut encoder, meshes, &screen);
        {
            let [r, g, b, a] = clear.to_srgba_unmultiplied().map(|c| f64::from(c) / 255.0);
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("export pass"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color { r, g, b, a }),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, meshes, &screen);
        }
        self.queue
            .submit(extra.into_iter().chain(std::iter::once(encoder.finish())));
        self.read_back(&texture, width, height)
    }

    fn read_back(
        &self,
        texture: &wgpu::Texture,
        width: u32,
        height: u32,
    ) -> Result<Vec<u8>, ExportError> {
        let row = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = row.div_ceil(align) * align;
        let buffer = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("export read-back"),
            size: (padded * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("read-back"),
            });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(u32::try_from(padded).unwrap_or(u32::MAX)),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
        );
        let submission = self.queue.submit(std::iter::once(encoder.finish()));
        let slice = buffer.slice(..);
        let (sender, receiver) = channel();
        slice.map_async(wgpu::MapMode::Read, move |result| drop(sender.send(result)));
        self.device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(WAIT),
            })
            .map_err(|err| {
                ExportError::Gpu(t!("export-device-unfinished", detail = err.to_string()))
            })?;
        receiver
            .recv()
            .map_err(|_| ExportError::Gpu(t!("export-read-back-lost")))?
            .map_err(|err| {
                ExportError::Gpu(t!("export-read-back-failed", detail = err.to_string()))
            })?;
        let mapped = buffer.slice(..).get_mapped_range().map_err(|err| {
            ExportError::Gpu(t!("export-read-back-failed", detail = err.to_string()))
        })?;
        let mut pixels = Vec::with_capacity(row * height as usize);
        for chunk in mapped.chunks_exact(padded) {
            pixels.extend_from_slice(&chunk[..row]);
        }
        Ok(pixels)
    }
}
