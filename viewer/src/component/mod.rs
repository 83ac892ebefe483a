//! The point renderer as a component for a host's own render pass.
//!
//! [`PointRenderer`] draws the projector's round, anti-aliased point sprites into a
//! `wgpu::RenderPass` that the host owns, on the host's device, for any colour format and sample
//! count, with whatever camera the host has. It is the renderer behind [`crate::render_rgba`].
//!
//! How it works:
//! - [`PointRenderer::new`] builds the sprite pipeline (`render_points.wgsl`) for the target
//!   format and sample count, once.
//! - [`PointRenderer::prepare`] (each frame, or when something changed) takes the positions —
//!   the host's own GPU buffer (for example a reducer's [`projector_engine::umap::Umap::positions_buffer`],
//!   read in place, never copied) or a slice it uploads — their colours (host memory, or a
//!   packed buffer of the host's, also bound in place), an optional highlight layer, the view
//!   transform, the viewport and the point size. It writes what changed through the queue into
//!   buffers it keeps (grown when too small, never made per frame) and keeps its bind groups
//!   while the buffers they bind stay the same, so a host that calls it every frame with the
//!   same buffers only rewrites a uniform when the view moved. Inputs larger than one storage
//!   binding are split into ranges of rows (aligned to the device's storage offset alignment),
//!   one draw each.
//! - The highlight layer ([`Points::with_highlight`]: a selection, a point's neighbours) is the
//!   listed points drawn again after all the others, larger, opaque and with a dark outline.
//! - [`PointRenderer::draw`] records the draws into the host's pass: no encoder, no submit, no
//!   wait; [`PointRenderer::draw_clipped`] does the same within a rectangle of the target (the
//!   window's plot area). Queue order makes the draw read the positions as of the host's latest
//!   submissions.
//!
//! Colours are sRGB bytes. On an sRGB target (`*Srgb` formats, where the hardware encodes the
//! shader's output) they are converted to linear first, so a point shows the same colour on
//! `Rgba8Unorm` and `Bgra8UnormSrgb` targets.
//!
//! ```
//! use projector_viewer::component::{Colors, PointRenderer, Points, PositionsSource, ViewTransform};
//! let Some(gpu) = projector_engine::gpu::test_context() else { return };
//! let (device, queue) = (&gpu.device, &gpu.queue);
//! let format = wgpu::TextureFormat::Rgba8Unorm;
//! let mut renderer = PointRenderer::new(device, format, 1);
//! let target = device.create_texture(&wgpu::TextureDescriptor {
//!     label: None,
//!     size: wgpu::Extent3d { width: 64, height: 64, depth_or_array_layers: 1 },
//!     mip_level_count: 1,
//!     sample_count: 1,
//!     dimension: wgpu::TextureDimension::D2,
//!     format,
//!     usage: wgpu::TextureUsages::RENDER_ATTACHMENT,
//!     view_formats: &[],
//! });
//! let view = target.create_view(&Default::default());
//! // One red point in the middle: data (0, 0) maps to the centre with the identity clip camera.
//! let positions = [0.0f32, 0.0];
//! renderer
//!     .prepare(
//!         device,
//!         queue,
//!         &Points::new(PositionsSource::Slice(&positions), 2, Colors::Uniform([255, 0, 0])),
//!         &ViewTransform::Clip(glam::Mat4::IDENTITY),
//!         [64, 64],
//!         8.0,
//!     )
//!     .unwrap();
//! let mut encoder = device.create_command_encoder(&Default::default());
//! {
//!     // Any render pass of the host's; `color_pass` is a shorthand for a plain one.
//!     let mut pass = projector_viewer::color_pass(
//!         &mut encoder, "host", &view, None, wgpu::LoadOp::Clear(wgpu::Color::WHITE),
//!     );
//!     renderer.draw(&mut pass);
//! }
//! let done = queue.submit(Some(encoder.finish()));
//! // A host presents here; this example waits so the work finishes before the device is dropped.
//! gpu.wait(Some(done)).unwrap();
//! ```

use std::sync::Arc;

use glam::Mat4;

use crate::ViewerError;
use crate::camera::{Camera, PlotRect};
use crate::color::{DEFAULT_POINT, STYLE_NORMAL, pack};
use crate::offscreen::density_alpha;
use crate::points::{PointParams, PointPipeline};

mod thumbs;
pub use thumbs::{ThumbParams, ThumbPoints, ThumbRenderer, side_px};

/// Where the point positions come from: `n × dims` f32, row-major (point `i` at floats
/// `i·dims .. (i+1)·dims`) — the layout every reducer writes.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PositionsSource<'a> {
    /// A GPU buffer on the renderer's device with `STORAGE` usage, holding at least
    /// `count · dims` f32 from offset 0. It is bound in place, never copied.
    Buffer {
        /// The buffer (for example `Umap::positions_buffer()`).
        buffer: &'a wgpu::Buffer,
        /// Number of points.
        count: usize,
    },
    /// Host memory, `len / dims` points; uploaded by [`PointRenderer::prepare`].
    Slice(&'a [f32]),
}

/// Point colours: sRGB bytes.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Colors<'a> {
    /// Every point the same colour.
    Uniform([u8; 3]),
    /// One colour per point.
    PerPoint(&'a [[u8; 3]]),
    /// One packed RGBA8 `u32` per point as [`crate::color::pack`] makes it (red in the low
    /// byte); the alpha byte is a style: 0 hides the point, 255 draws it, others fade it
    /// ([`crate::color::STYLE_DIM`], [`crate::color::STYLE_HIDDEN`]).
    Packed(&'a [u32]),
    /// Packed colours as in [`Colors::Packed`] in a GPU buffer on the renderer's device with
    /// `STORAGE` usage, one `u32` per point from offset 0. It is bound in place, never copied
    /// or converted: on an `*Srgb` target the host packs linear bytes.
    Buffer(&'a wgpu::Buffer),
}

/// Points drawn again after all the others: larger, opaque, with a dark outline (a selection,
/// a point's neighbours). They are drawn in list order; when the points are split into several
/// draws (more than one storage binding holds), draw by draw, in list order within each.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Highlight<'a> {
    /// Indices of the points, each below the number of points.
    pub ids: &'a [u32],
    /// Sprite diameter in pixels.
    pub point_size: f32,
}

/// The points to draw: positions, their dimension (2 or 3) and colours.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Points<'a> {
    /// Positions.
    pub positions: PositionsSource<'a>,
    /// 2 or 3 floats per point.
    pub dims: usize,
    /// Colours.
    pub colors: Colors<'a>,
    /// Global opacity in `(0, 1]`; `None` adapts it to the density ([`density_alpha`]).
    pub alpha: Option<f32>,
    /// Points drawn again on top, outlined (none by default).
    pub highlight: Option<Highlight<'a>>,
}

impl<'a> Points<'a> {
    /// Points with density-adapted opacity.
    pub fn new(positions: PositionsSource<'a>, dims: usize, colors: Colors<'a>) -> Self {
        Points {
            positions,
            dims,
            colors,
            alpha: None,
            highlight: None,
        }
    }

    /// Draws the points `ids` again after all the others, `point_size` pixels across, opaque
    /// and outlined. An empty list draws nothing more.
    pub fn with_highlight(mut self, ids: &'a [u32], point_size: f32) -> Self {
        self.highlight = Some(Highlight { ids, point_size });
        self
    }

    /// Sets a fixed global opacity.
    pub fn with_alpha(mut self, alpha: f32) -> Self {
        self.alpha = Some(alpha);
        self
    }

    /// Number of points.
    pub fn count(&self) -> usize {
        match self.positions {
            PositionsSource::Buffer { count, .. } => count,
            PositionsSource::Slice(s) => s.len().checked_div(self.dims).unwrap_or(0),
        }
    }
}

/// How data coordinates reach the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum ViewTransform {
    /// Data → clip space, the usual host camera (`projection · view · model`, wgpu's clip space:
    /// x and y in −1..1, y up, perspective in w).
    Clip(Mat4),
    /// Data → target pixels (x right, y down, perspective in w), as [`Camera::matrix`] gives.
    Screen(Mat4),
}

impl ViewTransform {
    /// The projector's own camera over `rect` of the target.
    pub fn camera(camera: &Camera, rect: PlotRect) -> Self {
        ViewTransform::Screen(camera.matrix(rect))
    }

    /// The data → pixels matrix for a `viewport` of `[width, height]` pixels.
    pub fn to_screen(&self, viewport: [f32; 2]) -> Mat4 {
        match *self {
            ViewTransform::Screen(m) => m,
            ViewTransform::Clip(m) => crate::camera::clip_to_screen(viewport) * m,
        }
    }
}

/// One draw: a range of rows (or of highlight ids) bound through its own bind group, with its
/// own uniform buffer.
#[derive(Debug)]
struct Chunk {
    bind: wgpu::BindGroup,
    params: Uniform,
    count: u32,
}

/// A uniform buffer of [`PointParams`] and what was last written to it.
#[derive(Debug)]
struct Uniform {
    buffer: wgpu::Buffer,
    last: Option<PointParams>,
}

impl Uniform {
    fn new(device: &wgpu::Device) -> Self {
        Uniform {
            buffer: device.create_buffer(&wgpu::BufferDescriptor {
                label: Some("point params"),
                size: std::mem::size_of::<PointParams>() as u64,
                usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
                mapped_at_creation: false,
            }),
            last: None,
        }
    }

    /// Writes `p` unless it is what the buffer already holds.
    fn set(&mut self, queue: &wgpu::Queue, p: PointParams) {
        if self.last != Some(p) {
            queue.write_buffer(&self.buffer, 0, bytemuck::bytes_of(&p));
            self.last = Some(p);
        }
    }
}

/// What the bind groups bind: they are rebuilt only when this changes.
#[derive(Debug, PartialEq)]
struct BindKey {
    positions: wgpu::Buffer,
    colors: wgpu::Buffer,
    ids: Option<wgpu::Buffer>,
    dims: usize,
    /// Rows of each draw: `(first, count)`.
    rows: Vec<(usize, usize)>,
    /// Highlight ids of each draw: `(chunk, first word, count)`.
    ids_ranges: Vec<(usize, usize, usize)>,
}

/// Draws point sprites into a render pass the host owns. See the [module docs](self).
#[derive(Debug)]
pub struct PointRenderer {
    pipeline: Arc<PointPipeline>,
    srgb: bool,
    positions: Option<wgpu::Buffer>,
    colors: Option<wgpu::Buffer>,
    /// Bound where no highlight ids are read.
    no_ids: wgpu::Buffer,
    /// Highlight ids, laid out per chunk, and the words last written there.
    ids: Option<wgpu::Buffer>,
    ids_written: Vec<u32>,
    key: Option<BindKey>,
    chunks: Vec<Chunk>,
    highlights: Vec<Chunk>,
    /// Most rows per draw (tests force the chunked path with a small value).
    rows_cap: usize,
}

impl PointRenderer {
    /// A renderer for targets of `target_format` with `sample_count` samples per pixel (1, or
    /// the host's MSAA count).
    pub fn new(
        device: &wgpu::Device,
        target_format: wgpu::TextureFormat,
        sample_count: u32,
    ) -> Self {
        Self::from_pipeline(
            device,
            Arc::new(PointPipeline::with_samples(
                device,
                target_format,
                sample_count,
            )),
            target_format,
        )
    }

    /// A renderer sharing an already built pipeline (for `target_format`).
    pub(crate) fn from_pipeline(
        device: &wgpu::Device,
        pipeline: Arc<PointPipeline>,
        target_format: wgpu::TextureFormat,
    ) -> Self {
        let no_ids = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("point ids (unused)"),
            size: 16,
            usage: wgpu::BufferUsages::STORAGE,
            mapped_at_creation: false,
        });
        PointRenderer {
            pipeline,
            srgb: target_format.is_srgb(),
            positions: None,
            colors: None,
            no_ids,
            ids: None,
            ids_written: Vec::new(),
            key: None,
            chunks: Vec::new(),
            highlights: Vec::new(),
            rows_cap: usize::MAX,
        }
    }

    /// Uploads what the next [`PointRenderer::draw`] needs: `points` seen through `view` on a
    /// target of `viewport` = `[width, height]` pixels, sprites `point_size` pixels across.
    ///
    /// Fails with [`ViewerError::Invalid`] when `dims` is not 2 or 3, a slice's length is not a
    /// multiple of `dims`, there are more or fewer per-point colours than points, a position or
    /// colour buffer lacks `STORAGE` usage or is too small, a highlight id is not below the
    /// number of points, the viewport is empty or a point size is not positive. Zero points is
    /// fine (nothing is drawn).
    pub fn prepare(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        points: &Points<'_>,
        view: &ViewTransform,
        viewport: [u32; 2],
        point_size: f32,
    ) -> Result<(), ViewerError> {
        let dims = points.dims;
        let bad = |m: String| Err(ViewerError::Invalid(m));
        if dims != 2 && dims != 3 {
            return bad(format!("points must have 2 or 3 dimensions, not {dims}"));
        }
        if viewport[0] == 0 || viewport[1] == 0 {
            return bad(format!("empty viewport {}×{}", viewport[0], viewport[1]));
        }
        if !(point_size.is_finite() && point_size > 0.0) {
            return bad(format!("point size must be positive, not {point_size}"));
        }
        let n = points.count();
        match points.positions {
            PositionsSource::Slice(s) if !s.len().is_multiple_of(dims) => {
                return bad(format!(
                    "{} position values do not make rows of {dims}",
                    s.len()
                ));
            }
            PositionsSource::Buffer { buffer, count } => {
                let need = (count as u64) * dims as u64 * 4;
                check_buffer(
                    buffer,
                    "positions",
                    need,
                    &format!("{count} points of {dims} f32"),
                )?;
            }
            _ => {}
        }
        if let Colors::Buffer(buffer) = points.colors {
            check_buffer(buffer, "colour", n as u64 * 4, &format!("{n} points"))?;
        }
        if let Some(h) = &points.highlight {
            if !(h.point_size.is_finite() && h.point_size > 0.0) {
                return bad(format!(
                    "highlight point size must be positive, not {}",
                    h.point_size
                ));
            }
            if let Some(&i) = h.ids.iter().find(|&&i| i as usize >= n) {
                return bad(format!("highlight id {i} is outside the {n} points"));
            }
        }
        let packed = self.pack_colors(&points.colors, n)?;
        if n == 0 {
            self.chunks.clear();
            self.highlights.clear();
            self.key = None;
            return Ok(());
        }
        let vp = [viewport[0] as f32, viewport[1] as f32];
        let m = view.to_screen(vp);
        let alpha = points
            .alpha
            .unwrap_or_else(|| density_alpha(n, point_size, vp[0] * vp[1]))
            .clamp(0.0, 1.0);

        // Colours and host positions go into buffers of ours, grown when needed; a host's
        // buffers are bound as they are.
        let colors = match (points.colors, packed) {
            (Colors::Buffer(b), _) => b.clone(),
            (_, packed) => {
                let b = grow(device, &mut self.colors, "point colors", (n * 4) as u64);
                queue.write_buffer(&b, 0, bytemuck::cast_slice(&packed));
                b
            }
        };
        let pos_buf = match points.positions {
            PositionsSource::Buffer { buffer, .. } => buffer.clone(),
            PositionsSource::Slice(s) => {
                let b = grow(
                    device,
                    &mut self.positions,
                    "point positions",
                    (s.len() * 4) as u64,
                );
                queue.write_buffer(&b, 0, bytemuck::cast_slice(s));
                b
            }
        };

        // Rows per binding: fits the binding limit, and row offsets stay aligned.
        let limits = device.limits();
        let max_bytes = limits
            .max_storage_buffer_binding_size
            .min(limits.max_buffer_size);
        let align = limits.min_storage_buffer_offset_alignment.max(4) as usize;
        // A chunk start `r` must make both r·dims·4 and r·4 multiples of `align`.
        let step = align / gcd(align, 4);
        let by_limit = (max_bytes / (dims as u64 * 4)) as usize;
        let per_draw = (by_limit.min(self.rows_cap) / step * step).max(step);
        let rows: Vec<(usize, usize)> = (0..n)
            .step_by(per_draw)
            .map(|start| (start, per_draw.min(n - start)))
            .collect();

        // Highlight ids, relative to their chunk, each chunk's list at an aligned offset.
        let (words, ids_ranges) = match &points.highlight {
            Some(h) => highlight_layout(h.ids, &rows, align / 4),
            None => (Vec::new(), Vec::new()),
        };
        let ids = if words.is_empty() {
            None
        } else {
            let old = self.ids.clone();
            let b = grow(
                device,
                &mut self.ids,
                "highlight ids",
                (words.len() * 4) as u64,
            );
            if old.as_ref() != Some(&b) || words != self.ids_written {
                queue.write_buffer(&b, 0, bytemuck::cast_slice(&words));
                self.ids_written = words;
            }
            Some(b)
        };

        let key = BindKey {
            positions: pos_buf,
            colors,
            ids,
            dims,
            rows,
            ids_ranges,
        };
        if self.key.as_ref() != Some(&key) {
            self.rebind(device, &key);
            self.key = Some(key);
        }
        for c in &mut self.chunks {
            let p = PointParams::new(m, vp, point_size, alpha, dims, c.count as usize);
            c.params.set(queue, p);
        }
        if let (Some(h), Some(key)) = (&points.highlight, &self.key) {
            for (c, &(chunk, _, _)) in self.highlights.iter_mut().zip(&key.ids_ranges) {
                let rows = key.rows[chunk].1;
                let mut p = PointParams::new(m, vp, h.point_size, 1.0, dims, rows);
                p.use_ids = 1;
                p.ring = 1;
                c.params.set(queue, p);
            }
        }
        Ok(())
    }

    /// Builds the bind groups of `key` (reusing the uniform buffers already made).
    fn rebind(&mut self, device: &wgpu::Device, key: &BindKey) {
        let dims = key.dims;
        let mut uniforms: Vec<Uniform> = self
            .chunks
            .drain(..)
            .chain(self.highlights.drain(..))
            .map(|c| c.params)
            .collect();
        let mut uniform = || uniforms.pop().unwrap_or_else(|| Uniform::new(device));
        for &(start, count) in &key.rows {
            let params = uniform();
            let bind = self.pipeline.bind_ranges(
                device,
                &params.buffer,
                range(&key.positions, start * dims * 4, count * dims * 4),
                range(&key.colors, start * 4, count * 4),
                wgpu::BufferBinding {
                    buffer: &self.no_ids,
                    offset: 0,
                    size: None,
                },
            );
            self.chunks.push(Chunk {
                bind,
                params,
                count: count as u32,
            });
        }
        if let Some(ids) = &key.ids {
            for &(chunk, first, count) in &key.ids_ranges {
                let (start, rows) = key.rows[chunk];
                let params = uniform();
                let bind = self.pipeline.bind_ranges(
                    device,
                    &params.buffer,
                    range(&key.positions, start * dims * 4, rows * dims * 4),
                    range(&key.colors, start * 4, rows * 4),
                    range(ids, first * 4, count * 4),
                );
                self.highlights.push(Chunk {
                    bind,
                    params,
                    count: count as u32,
                });
            }
        }
    }

    /// The positions buffer the last [`PointRenderer::prepare`] bound (the host's, or the
    /// renderer's own upload).
    pub fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        self.key.as_ref().map(|k| &k.positions)
    }

    /// The packed colour buffer the last [`PointRenderer::prepare`] bound (the host's, or the
    /// renderer's own upload), for a layer drawn over the points ([`ThumbRenderer`]).
    pub fn colors_buffer(&self) -> Option<&wgpu::Buffer> {
        self.key.as_ref().map(|k| &k.colors)
    }

    /// Records the draws of the last [`PointRenderer::prepare`] into `pass` (whose colour
    /// target has the format and sample count this renderer was built for). Draws nothing
    /// before the first `prepare` or for zero points.
    pub fn draw(&self, pass: &mut wgpu::RenderPass<'_>) {
        for c in self.chunks.iter().chain(&self.highlights) {
            self.pipeline.draw(pass, &c.bind, c.count);
        }
    }

    /// Like [`PointRenderer::draw`], within `clip` of a target of `target` = `[width, height]`
    /// pixels (the scissor rectangle, clamped to the target and at least one pixel), then
    /// sets the scissor back to the whole target.
    pub fn draw_clipped(&self, pass: &mut wgpu::RenderPass<'_>, clip: PlotRect, target: [u32; 2]) {
        let [w, h] = target;
        if w == 0 || h == 0 {
            return;
        }
        let sx = (clip.x.max(0.0) as u32).min(w - 1);
        let sy = (clip.y.max(0.0) as u32).min(h - 1);
        let sw = (clip.w as u32).min(w - sx).max(1);
        let sh = (clip.h as u32).min(h - sy).max(1);
        pass.set_scissor_rect(sx, sy, sw, sh);
        self.draw(pass);
        pass.set_scissor_rect(0, 0, w, h);
    }

    fn pack_colors(&self, colors: &Colors<'_>, n: usize) -> Result<Vec<u32>, ViewerError> {
        let lin = |c: [u8; 3]| if self.srgb { c.map(srgb_to_linear) } else { c };
        let count_err = |k: usize| Err(ViewerError::Invalid(format!("{k} colours for {n} points")));
        Ok(match *colors {
            Colors::Uniform(c) => vec![pack(lin(c), STYLE_NORMAL); n],
            Colors::PerPoint(v) => {
                if v.len() != n {
                    return count_err(v.len());
                }
                v.iter().map(|&c| pack(lin(c), STYLE_NORMAL)).collect()
            }
            Colors::Buffer(_) => Vec::new(),
            Colors::Packed(v) => {
                if v.len() != n {
                    return count_err(v.len());
                }
                if self.srgb {
                    v.iter()
                        .map(|&p| {
                            let b = p.to_le_bytes();
                            pack(lin([b[0], b[1], b[2]]), b[3])
                        })
                        .collect()
                } else {
                    v.to_vec()
                }
            }
        })
    }
}

impl Default for Colors<'_> {
    fn default() -> Self {
        Colors::Uniform(DEFAULT_POINT)
    }
}

/// Fails unless `buffer` has `STORAGE` usage and at least `need` bytes (`what` names it, `for_`
/// says what needs them).
fn check_buffer(
    buffer: &wgpu::Buffer,
    what: &str,
    need: u64,
    for_: &str,
) -> Result<(), ViewerError> {
    if !buffer.usage().contains(wgpu::BufferUsages::STORAGE) {
        return Err(ViewerError::Invalid(format!(
            "the {what} buffer needs STORAGE usage (it has {:?})",
            buffer.usage()
        )));
    }
    if buffer.size() < need {
        return Err(ViewerError::Invalid(format!(
            "the {what} buffer holds {} bytes; {for_} need {need}",
            buffer.size()
        )));
    }
    Ok(())
}

/// The highlight id buffer's words: for each chunk of `rows` holding some of `ids`, those ids
/// relative to the chunk's first row, starting at a multiple of `align_words`; and each such
/// list as `(chunk, first word, count)`.
fn highlight_layout(
    ids: &[u32],
    rows: &[(usize, usize)],
    align_words: usize,
) -> (Vec<u32>, Vec<(usize, usize, usize)>) {
    let mut words = Vec::new();
    let mut ranges = Vec::new();
    if ids.is_empty() {
        return (words, ranges);
    }
    for (c, &(start, count)) in rows.iter().enumerate() {
        let before = words.len();
        let first = before.next_multiple_of(align_words.max(1));
        words.resize(first, 0);
        words.extend(
            ids.iter()
                .filter(|&&i| (start..start + count).contains(&(i as usize)))
                .map(|&i| i - start as u32),
        );
        if words.len() > first {
            ranges.push((c, first, words.len() - first));
        } else {
            words.truncate(before);
        }
    }
    (words, ranges)
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn range(buffer: &wgpu::Buffer, offset: usize, size: usize) -> wgpu::BufferBinding<'_> {
    wgpu::BufferBinding {
        buffer,
        offset: offset as u64,
        size: wgpu::BufferSize::new(size.max(4) as u64),
    }
}

/// `slot`'s buffer if it holds `bytes`, else a new one (with room to grow) put in `slot`.
fn grow(
    device: &wgpu::Device,
    slot: &mut Option<wgpu::Buffer>,
    label: &str,
    bytes: u64,
) -> wgpu::Buffer {
    let bytes = bytes.max(16).next_multiple_of(4);
    if let Some(b) = slot.as_ref()
        && b.size() >= bytes
    {
        return b.clone();
    }
    let b = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some(label),
        size: bytes
            .next_power_of_two()
            .min(device.limits().max_buffer_size.max(bytes)),
        usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    *slot = Some(b.clone());
    b
}

/// sRGB byte → linear byte (the inverse of what an `*Srgb` target applies on store).
fn srgb_to_linear(c: u8) -> u8 {
    let s = c as f32 / 255.0;
    let l = if s <= 0.04045 {
        s / 12.92
    } else {
        ((s + 0.055) / 1.055).powf(2.4)
    };
    (l * 255.0).round().clamp(0.0, 255.0) as u8
}

#[cfg(test)]
mod tests;
