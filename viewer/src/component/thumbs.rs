//! Images as points: [`ThumbRenderer`] draws each point's thumbnail from a
//! [`ThumbAtlas`](crate::thumbs::ThumbAtlas) over the point sprites, where the thumbnail would
//! be at least [`MIN_THUMB_PX`] pixels across (`render_thumbs.wgsl`).
//!
//! How it works:
//! - [`ThumbRenderer::new`] builds the pipeline and its sampler once, for one target format.
//! - [`ThumbRenderer::set_atlas`] uploads an atlas (one texture array, one layer per
//!   [`ThumbAtlas::side`]² texels, and a buffer with each point's cell) when the images or the rows
//!   change — not per frame.
//! - [`ThumbRenderer::prepare`] binds the positions and packed colours the point renderer draws
//!   (the host's buffers, in place) and writes the uniform when the view moved. On a 2-D view
//!   it does nothing more when a thumbnail would be smaller than [`MIN_THUMB_PX`] (the common
//!   case at the fitted view, so an image table costs nothing until zoomed in); in 3-D the
//!   shader decides per point, as perspective makes near thumbnails larger.
//! - [`ThumbRenderer::draw`] records one draw of `6 · n` vertices after the points.

use glam::{Mat4, Vec3, Vec4};

use super::ViewTransform;
use crate::ViewerError;
use crate::camera::PlotRect;
use crate::thumbs::{MAX_THUMB_PX, MIN_THUMB_PX, ThumbAtlas};

projector_engine::wgsl_struct! {
    /// Uniforms of `render_thumbs.wgsl` (its `Params`; `thumb_params_match_wgsl` compares them).
    #[derive(Debug, Clone, Copy, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
    pub struct ThumbParams: render_thumbs::Params, test thumb_params_match_wgsl {
        /// Data → screen pixels.
        pub to_screen: [[f32; 4]; 4],
        /// Target size in pixels.
        pub viewport: [f32; 2],
        /// Thumbnail side in data units.
        pub world_size: f32,
        /// Smallest side drawn, in pixels.
        pub min_px: f32,
        /// The camera's right axis in data space.
        pub right: [f32; 3],
        /// Largest side drawn, in pixels.
        pub max_px: f32,
        /// 2 or 3.
        pub dims: u32,
        /// Number of points.
        pub n: u32,
        /// Cells along a layer's side.
        pub cells_per_row: u32,
        /// Texels along a cell's side.
        pub cell_px: u32,
    }
}

/// What [`ThumbRenderer::prepare`] draws from: the buffers the point renderer draws.
#[derive(Debug, Clone, Copy)]
pub struct ThumbPoints<'a> {
    /// `count × dims` f32 positions (`STORAGE` usage).
    pub positions: &'a wgpu::Buffer,
    /// One packed colour per point ([`crate::color::pack`], `STORAGE` usage): the frame's
    /// colour and the style byte (hidden points show no thumbnail).
    pub colors: &'a wgpu::Buffer,
    /// 2 or 3.
    pub dims: usize,
    /// Number of points: the atlas's.
    pub count: usize,
    /// A thumbnail's side in data units ([`crate::thumbs::spacing`]).
    pub world_size: f32,
    /// The camera's right axis in data space (`Vec3::X` in 2-D).
    pub right: Vec3,
}

#[derive(Debug)]
struct GpuAtlas {
    /// Kept with its view.
    _texture: wgpu::Texture,
    view: wgpu::TextureView,
    slots: wgpu::Buffer,
    cell: u32,
    cells_per_row: u32,
    points: usize,
}

/// Draws points as their images. See the [module docs](self).
#[derive(Debug)]
pub struct ThumbRenderer {
    pipeline: wgpu::RenderPipeline,
    layout: wgpu::BindGroupLayout,
    sampler: wgpu::Sampler,
    srgb: bool,
    params: wgpu::Buffer,
    last: Option<ThumbParams>,
    atlas: Option<GpuAtlas>,
    /// The bind group and the position and colour buffers it binds.
    bind: Option<(wgpu::Buffer, wgpu::Buffer, wgpu::BindGroup)>,
    /// Whether the last `prepare` left something to draw, and how many points.
    draw_count: u32,
}

impl ThumbRenderer {
    /// The pipeline for targets of `format` with `sample_count` samples per pixel.
    pub fn new(device: &wgpu::Device, format: wgpu::TextureFormat, sample_count: u32) -> Self {
        let pipeline = crate::points::sprite_pipeline(
            device,
            "render_thumbs",
            projector_shaders::RENDER_THUMBS,
            format,
            sample_count,
        );
        let layout = pipeline.get_bind_group_layout(0);
        let sampler = device.create_sampler(&wgpu::SamplerDescriptor {
            label: Some("thumbnails"),
            mag_filter: wgpu::FilterMode::Linear,
            min_filter: wgpu::FilterMode::Linear,
            ..Default::default()
        });
        let params = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("thumb params"),
            size: std::mem::size_of::<ThumbParams>() as u64,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        ThumbRenderer {
            pipeline,
            layout,
            sampler,
            srgb: format.is_srgb(),
            params,
            last: None,
            atlas: None,
            bind: None,
            draw_count: 0,
        }
    }

    /// Uploads `atlas` (or forgets the current one with `None`): its layers as one texture
    /// array and its slots as a buffer.
    pub fn set_atlas(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        atlas: Option<&ThumbAtlas>,
    ) {
        self.bind = None;
        self.draw_count = 0;
        let Some(atlas) = atlas.filter(|a| !a.layers.is_empty() && !a.slots.is_empty()) else {
            self.atlas = None;
            return;
        };
        // At least two layers: through an array view, a texture of one layer reads as empty
        // on lavapipe (a test caught it); an unused second layer stays blank.
        let side = atlas.side;
        let size = wgpu::Extent3d {
            width: side,
            height: side,
            depth_or_array_layers: (atlas.layers.len() as u32).max(2),
        };
        // On an sRGB target the texture decodes to linear and the target encodes again.
        let format = if self.srgb {
            wgpu::TextureFormat::Rgba8UnormSrgb
        } else {
            wgpu::TextureFormat::Rgba8Unorm
        };
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("thumbnail atlas"),
            size,
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format,
            usage: wgpu::TextureUsages::TEXTURE_BINDING | wgpu::TextureUsages::COPY_DST,
            view_formats: &[],
        });
        for (l, layer) in atlas.layers.iter().enumerate() {
            queue.write_texture(
                wgpu::TexelCopyTextureInfo {
                    texture: &texture,
                    mip_level: 0,
                    origin: wgpu::Origin3d {
                        x: 0,
                        y: 0,
                        z: l as u32,
                    },
                    aspect: wgpu::TextureAspect::All,
                },
                layer,
                wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(side * 4),
                    rows_per_image: Some(side),
                },
                wgpu::Extent3d {
                    width: side,
                    height: side,
                    depth_or_array_layers: 1,
                },
            );
        }
        let view = texture.create_view(&wgpu::TextureViewDescriptor {
            dimension: Some(wgpu::TextureViewDimension::D2Array),
            ..Default::default()
        });
        let slots = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("thumbnail slots"),
            size: (atlas.slots.len() * 4).max(16) as u64,
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        queue.write_buffer(&slots, 0, bytemuck::cast_slice(&atlas.slots));
        self.atlas = Some(GpuAtlas {
            _texture: texture,
            view,
            slots,
            cell: atlas.cell,
            cells_per_row: atlas.cells_per_row(),
            points: atlas.slots.len(),
        });
    }

    /// Whether an atlas is uploaded, and for how many points.
    pub fn atlas_points(&self) -> Option<usize> {
        self.atlas.as_ref().map(|a| a.points)
    }

    /// Whether the last [`ThumbRenderer::prepare`] left thumbnails to draw.
    pub fn active(&self) -> bool {
        self.draw_count > 0
    }

    /// Gets the next [`ThumbRenderer::draw`] ready for `points` seen through `view` on a target
    /// of `viewport` pixels. Nothing is drawn without an atlas for `points.count` points, or
    /// when (2-D) a thumbnail would be under [`MIN_THUMB_PX`] pixels across.
    pub fn prepare(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        points: &ThumbPoints<'_>,
        view: &ViewTransform,
        viewport: [u32; 2],
    ) -> Result<(), ViewerError> {
        self.draw_count = 0;
        let Some(atlas) = &self.atlas else {
            return Ok(());
        };
        let (n, dims) = (points.count, points.dims);
        if n == 0 || n != atlas.points || !(dims == 2 || dims == 3) {
            return Ok(());
        }
        if !(points.world_size.is_finite() && points.world_size > 0.0) {
            return Ok(());
        }
        if points.positions.size() < (n * dims * 4) as u64 || points.colors.size() < (n * 4) as u64
        {
            return Err(ViewerError::Invalid(format!(
                "thumbnails: position or colour buffer too small for {n} points"
            )));
        }
        let vp = [viewport[0] as f32, viewport[1] as f32];
        let m = view.to_screen(vp);
        if dims == 2 && side_px(&m, points.right, points.world_size) < MIN_THUMB_PX {
            return Ok(());
        }
        let stale = match &self.bind {
            Some((p, c, _)) => p != points.positions || c != points.colors,
            None => true,
        };
        if stale {
            let bind = device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some("render_thumbs"),
                layout: &self.layout,
                entries: &[
                    wgpu::BindGroupEntry {
                        binding: 0,
                        resource: self.params.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 1,
                        resource: points.positions.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 2,
                        resource: points.colors.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 3,
                        resource: atlas.slots.as_entire_binding(),
                    },
                    wgpu::BindGroupEntry {
                        binding: 4,
                        resource: wgpu::BindingResource::TextureView(&atlas.view),
                    },
                    wgpu::BindGroupEntry {
                        binding: 5,
                        resource: wgpu::BindingResource::Sampler(&self.sampler),
                    },
                ],
            });
            self.bind = Some((points.positions.clone(), points.colors.clone(), bind));
        }
        let p = ThumbParams {
            to_screen: m.to_cols_array_2d(),
            viewport: vp,
            world_size: points.world_size,
            min_px: MIN_THUMB_PX,
            right: points.right.to_array(),
            max_px: MAX_THUMB_PX,
            dims: dims as u32,
            n: n as u32,
            cells_per_row: atlas.cells_per_row,
            cell_px: atlas.cell,
        };
        if self.last != Some(p) {
            queue.write_buffer(&self.params, 0, bytemuck::bytes_of(&p));
            self.last = Some(p);
        }
        self.draw_count = n as u32;
        Ok(())
    }

    /// Records the thumbnails' draw (after the points') into `pass`.
    pub fn draw(&self, pass: &mut wgpu::RenderPass<'_>) {
        if let (Some((_, _, bind)), true) = (&self.bind, self.draw_count > 0) {
            pass.set_pipeline(&self.pipeline);
            pass.set_bind_group(0, bind, &[]);
            pass.draw(0..self.draw_count.saturating_mul(6), 0..1);
        }
    }

    /// Like [`ThumbRenderer::draw`] within `clip` of a `target`-sized target, then the scissor
    /// back to the whole target.
    pub fn draw_clipped(&self, pass: &mut wgpu::RenderPass<'_>, clip: PlotRect, target: [u32; 2]) {
        let [w, h] = target;
        if w == 0 || h == 0 || !self.active() {
            return;
        }
        let sx = (clip.x.max(0.0) as u32).min(w - 1);
        let sy = (clip.y.max(0.0) as u32).min(h - 1);
        pass.set_scissor_rect(
            sx,
            sy,
            (clip.w as u32).min(w - sx).max(1),
            (clip.h as u32).min(h - sy).max(1),
        );
        self.draw(pass);
        pass.set_scissor_rect(0, 0, w, h);
    }
}

/// The on-screen side of a thumbnail `world_size` across along `right`, at the data origin
/// (exact for any point of a 2-D view, which has no perspective).
pub fn side_px(m: &Mat4, right: Vec3, world_size: f32) -> f32 {
    let a = *m * Vec4::new(0.0, 0.0, 0.0, 1.0);
    let b = *m * (right * world_size).extend(1.0);
    if a.w <= 1e-6 || b.w <= 1e-6 {
        return 0.0;
    }
    (b.truncate().truncate() / b.w - a.truncate().truncate() / a.w).length()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::Camera;
    use crate::color::{STYLE_HIDDEN, STYLE_NORMAL, pack};
    use crate::component::{Colors, PointRenderer, Points, PositionsSource};
    use crate::thumbs::{BuildControl, ThumbAtlas};
    use glam::Vec2;
    use projector_engine::{ColumnData, ImageCell, Table};

    /// An 8×8 PNG, red on the left half and green on the right.
    fn halves() -> Vec<u8> {
        let img = image::RgbaImage::from_fn(8, 8, |x, _| {
            image::Rgba(if x < 4 {
                [255, 0, 0, 255]
            } else {
                [0, 255, 0, 255]
            })
        });
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    /// Two points at data (−1, 0) and (1, 0), blue; point 0 has the two-colour image, point 1
    /// none. Drawn at `scale` pixels per data unit on 200 × 100 pixels, thumbnails one unit
    /// across; `styles` hides points. RGBA bytes.
    fn draw(scale: f32, styles: [u8; 2]) -> Option<Vec<u8>> {
        let gpu = projector_engine::gpu::test_context()?;
        let (device, queue) = (&gpu.device, &gpu.queue);
        let format = wgpu::TextureFormat::Rgba8Unorm;
        let mut t = Table::new();
        t.add_column(
            "img",
            ColumnData::Image(vec![
                ImageCell::Encoded(halves()),
                ImageCell::Unresolved("x".into()),
            ]),
        )
        .unwrap();
        let atlas = ThumbAtlas::build(&t, &[0, 1], &BuildControl::default())
            .unwrap()
            .unwrap();
        let (w, h) = (200u32, 100u32);
        let rect = PlotRect {
            x: 0.0,
            y: 0.0,
            w: w as f32,
            h: h as f32,
        };
        let cam = Camera::Flat {
            center: Vec2::ZERO,
            scale,
        };
        let view = ViewTransform::camera(&cam, rect);
        let positions = gpu.storage_init("pos", &[-1.0f32, 0.0, 1.0, 0.0]);
        let colors = gpu.storage_init("col", &styles.map(|s| pack([0, 0, 255], s)));
        let mut points = PointRenderer::new(device, format, 1);
        let pts = Points::new(
            PositionsSource::Buffer {
                buffer: &positions,
                count: 2,
            },
            2,
            Colors::Buffer(&colors),
        )
        .with_alpha(1.0);
        points
            .prepare(device, queue, &pts, &view, [w, h], 6.0)
            .unwrap();
        let mut thumbs = ThumbRenderer::new(device, format, 1);
        thumbs.set_atlas(device, queue, Some(&atlas));
        let tp = ThumbPoints {
            positions: &positions,
            colors: &colors,
            dims: 2,
            count: 2,
            world_size: 1.0,
            right: cam.right(),
        };
        thumbs.prepare(device, queue, &tp, &view, [w, h]).unwrap();
        let target = device.create_texture(&wgpu::TextureDescriptor {
            label: None,
            size: wgpu::Extent3d {
                width: w,
                height: h,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let tv = target.create_view(&Default::default());
        let mut enc = device.create_command_encoder(&Default::default());
        {
            let load = wgpu::LoadOp::Clear(wgpu::Color::WHITE);
            let mut pass = crate::color_pass(&mut enc, "test", &tv, None, load);
            points.draw(&mut pass);
            thumbs.draw_clipped(&mut pass, rect, [w, h]);
        }
        let bpr = (w * 4).next_multiple_of(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT);
        let out = gpu.storage("shot", bpr as u64 * h as u64);
        crate::pass::copy_to_buffer(&mut enc, &target, &out, (w, h), bpr);
        gpu.submit_and_wait(enc).unwrap();
        let bytes: Vec<u8> = gpu.read_back(&out, (bpr * h) as usize).unwrap();
        Some(
            bytes
                .chunks_exact(bpr as usize)
                .flat_map(|row| row[..(w * 4) as usize].to_vec())
                .collect(),
        )
    }

    fn at(px: &[u8], x: u32, y: u32) -> [u8; 3] {
        let o = ((y * 200 + x) * 4) as usize;
        [px[o], px[o + 1], px[o + 2]]
    }

    #[test]
    fn zoomed_in_a_point_shows_its_image_framed_in_its_colour() {
        // 40 px per unit: point 0's thumbnail spans x 40..80, y 30..70; point 1 has no image.
        let Some(px) = draw(40.0, [STYLE_NORMAL; 2]) else {
            return;
        };
        assert_eq!(at(&px, 50, 50), [255, 0, 0], "left half of the image");
        assert_eq!(at(&px, 70, 50), [0, 255, 0], "right half of the image");
        assert_eq!(
            at(&px, 40, 50),
            [0, 0, 255],
            "the frame in the point's colour"
        );
        assert_eq!(
            at(&px, 60, 25),
            [255, 255, 255],
            "nothing outside the thumbnail"
        );
        assert_eq!(
            at(&px, 140, 50),
            [0, 0, 255],
            "a point without an image keeps its dot"
        );
        assert_eq!(at(&px, 150, 50), [255, 255, 255]);
    }

    #[test]
    fn below_24_pixels_and_for_hidden_points_the_dot_stays() {
        // 20 px per unit: a thumbnail would be 20 px across, under the threshold.
        let Some(px) = draw(20.0, [STYLE_NORMAL; 2]) else {
            return;
        };
        assert_eq!(at(&px, 80, 50), [0, 0, 255], "the dot");
        assert_eq!(at(&px, 74, 50), [255, 255, 255], "no thumbnail around it");
        let Some(px) = draw(40.0, [STYLE_HIDDEN, STYLE_NORMAL]) else {
            return;
        };
        assert_eq!(
            at(&px, 50, 50),
            [255, 255, 255],
            "a hidden point shows no thumbnail"
        );
    }

    #[test]
    fn the_side_on_screen_follows_the_zoom() {
        let rect = PlotRect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 100.0,
        };
        let cam = Camera::Flat {
            center: Vec2::new(3.0, 4.0),
            scale: 30.0,
        };
        assert!((side_px(&cam.matrix(rect), cam.right(), 2.0) - 60.0).abs() < 1e-3);
    }
}
