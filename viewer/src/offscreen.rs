//! Offscreen rendering: the scene into an RGBA texture (points, then title and legend through
//! egui), read back to an image.
//!
//! The points are drawn by the same [`PointRenderer`] component a host application uses (one
//! renderer, not two); inputs larger than one storage binding (`max_storage_buffer_binding_size`)
//! are drawn by it in ranges of rows, in the same render pass.

use std::path::Path;
use std::sync::{Arc, Mutex};

use egui::{LayerId, Pos2, Rect, Vec2};
use projector_engine::Gpu;

use crate::camera::{Camera, PlotRect};
use crate::color::{BACKGROUND, DEFAULT_POINT, STYLE_NORMAL, class_color, pack, scale_of, scaled};
use crate::component::{
    Colors, PointRenderer, Points, PositionsSource, ThumbPoints, ThumbRenderer, ViewTransform,
    side_px,
};
use crate::legend::{LEGEND_WIDTH, TITLE_HEIGHT, has_legend, paint_legend, paint_title};
use crate::points::PointPipeline;
use crate::{Coloring, RenderOptions, Scene, ViewerError};

/// The offscreen target format (gamma-space bytes, as egui expects).
pub(crate) const OFFSCREEN_FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// Global sprite opacity for `visible` points of diameter `point_size` pixels over
/// `plot_area` square pixels: `clamp(3 · plot_area / (visible · sprite_area), 0.06, 1)`. Sparse
/// plots are opaque; when sprites would cover the plot many times over, each one is faint so
/// dense regions build up and structure stays visible.
pub fn density_alpha(visible: usize, point_size: f32, plot_area: f32) -> f32 {
    let r = point_size.max(0.5) * 0.5;
    let sprite = std::f32::consts::PI * r * r;
    let a = 3.0 * plot_area / (visible.max(1) as f32 * sprite);
    if a.is_finite() {
        a.clamp(0.06, 1.0)
    } else {
        1.0
    }
}

/// Packed colours of the `n` points of a colouring (all [`STYLE_NORMAL`]).
pub(crate) fn point_colors(coloring: &Coloring, n: usize) -> Vec<u32> {
    match coloring {
        Coloring::None => vec![pack(DEFAULT_POINT, STYLE_NORMAL); n],
        Coloring::Categorical { codes, .. } => codes
            .iter()
            .map(|&c| pack(class_color(c), STYLE_NORMAL))
            .collect(),
        Coloring::Continuous { values, .. } => {
            let scale = scale_of(values);
            values
                .iter()
                .map(|&v| pack(scaled(&scale, v), STYLE_NORMAL))
                .collect()
        }
    }
}

struct OffscreenKernels {
    points: Arc<PointPipeline>,
    egui: Mutex<egui_wgpu::Renderer>,
    thumbs: Mutex<ThumbRenderer>,
}

/// Whether the points of `scene` would be drawn as their images by [`render_rgba`] with `opts`:
/// at the fitted view a thumbnail (the layout's [`crate::thumbs::spacing`] across) would be
/// at least [`crate::thumbs::MIN_THUMB_PX`] pixels (3-D: at the orbit's target). A caller
/// builds the atlas only then.
pub fn thumbnails_show(scene: &Scene, opts: &RenderOptions) -> bool {
    let lay = layout(
        opts.width,
        opts.height,
        !scene.title.is_empty(),
        opts.legend && has_legend(&scene.coloring),
    );
    let Some(world) = crate::thumbs::spacing(&scene.positions, scene.dims) else {
        return false;
    };
    let camera = Camera::fit(&scene.positions, scene.dims, lay.plot);
    let m = camera.matrix(lay.plot);
    let at = match camera {
        Camera::Orbit { target, .. } => target,
        Camera::Flat { .. } => glam::Vec3::ZERO,
    };
    let shifted = m * glam::Mat4::from_translation(at);
    side_px(&shifted, camera.right(), world) >= crate::thumbs::MIN_THUMB_PX
}

/// Layout of an image: egui's pixels per point, the plot rectangle and where the title and the
/// legend go (in egui points).
pub(crate) struct Layout {
    pub ppp: f32,
    pub plot: PlotRect,
    pub title: Option<Rect>,
    pub legend: Option<Rect>,
}

pub(crate) fn layout(width: u32, height: u32, title: bool, legend: bool) -> Layout {
    let (w, h) = (width as f32, height as f32);
    let ppp = (h.min(w * 0.75) / 800.0).clamp(0.5, 4.0);
    let mut title_h = if title { TITLE_HEIGHT * ppp } else { 0.0 };
    let mut legend_w = if legend { LEGEND_WIDTH * ppp } else { 0.0 };
    if w - legend_w < w * 0.5 || h - title_h < h * 0.5 {
        title_h = 0.0;
        legend_w = 0.0;
    }
    let margin = (8.0 * ppp).min(w * 0.05).min(h * 0.05);
    let plot = PlotRect {
        x: margin,
        y: title_h + margin,
        w: (w - legend_w - 2.0 * margin).max(1.0),
        h: (h - title_h - 2.0 * margin).max(1.0),
    };
    Layout {
        ppp,
        plot,
        title: (title_h > 0.0)
            .then(|| Rect::from_min_size(Pos2::ZERO, Vec2::new(w / ppp, title_h / ppp))),
        legend: (legend_w > 0.0).then(|| {
            Rect::from_min_size(
                Pos2::new((w - legend_w) / ppp, title_h / ppp + 8.0),
                Vec2::new(legend_w / ppp, (h - title_h) / ppp - 16.0),
            )
        }),
    }
}

/// Renders `scene` offscreen and returns the image (`opts.width × opts.height`, RGBA8,
/// sRGB). Fails on an empty scene (no point with finite coordinates) or a bad size.
pub fn render_rgba(
    gpu: &Gpu,
    scene: &Scene,
    opts: &RenderOptions,
) -> Result<image::RgbaImage, ViewerError> {
    scene.validate()?;
    let max = gpu.limits.max_texture_dimension_2d;
    if opts.width == 0 || opts.height == 0 || opts.width > max || opts.height > max {
        return Err(ViewerError::Invalid(format!(
            "image size {}×{} is outside 1..={max} pixels",
            opts.width, opts.height
        )));
    }
    if !(opts.point_size.is_finite() && opts.point_size > 0.0) {
        return Err(ViewerError::Invalid(format!(
            "point size must be positive, not {}",
            opts.point_size
        )));
    }
    let kernels = gpu.cached(|g| OffscreenKernels {
        points: Arc::new(PointPipeline::new(&g.device, OFFSCREEN_FORMAT)),
        egui: Mutex::new(egui_wgpu::Renderer::new(
            &g.device,
            OFFSCREEN_FORMAT,
            egui_wgpu::RendererOptions::PREDICTABLE,
        )),
        thumbs: Mutex::new(ThumbRenderer::new(&g.device, OFFSCREEN_FORMAT, 1)),
    });
    let (w, h) = (opts.width, opts.height);
    let lay = layout(
        w,
        h,
        !scene.title.is_empty(),
        opts.legend && has_legend(&scene.coloring),
    );
    let n = scene.len();
    let dims = scene.dims;
    let camera = Camera::fit(&scene.positions, dims, lay.plot);
    let m = camera.matrix(lay.plot);
    let alpha = density_alpha(n, opts.point_size, lay.plot.w * lay.plot.h);
    let colors = point_colors(&scene.coloring, n);

    let device = &gpu.device;
    let texture = device.create_texture(&wgpu::TextureDescriptor {
        label: Some("render target"),
        size: wgpu::Extent3d {
            width: w,
            height: h,
            depth_or_array_layers: 1,
        },
        mip_level_count: 1,
        sample_count: 1,
        dimension: wgpu::TextureDimension::D2,
        format: OFFSCREEN_FORMAT,
        usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
        view_formats: &[],
    });
    let view = texture.create_view(&Default::default());

    let mut renderer =
        PointRenderer::from_pipeline(device, kernels.points.clone(), OFFSCREEN_FORMAT);
    let points = Points::new(
        PositionsSource::Slice(&scene.positions),
        dims,
        Colors::Packed(&colors),
    )
    .with_alpha(alpha);
    renderer.prepare(
        device,
        &gpu.queue,
        &points,
        &ViewTransform::Screen(m),
        [w, h],
        opts.point_size,
    )?;

    // Images as points: the atlas uploaded for this call, drawn after the points.
    let mut thumbs = None;
    if let Some(atlas) = opts.thumbnails.as_deref().filter(|a| a.slots.len() == n)
        && let (Some(world_size), Some(pos), Some(col)) = (
            crate::thumbs::spacing(&scene.positions, dims),
            renderer.positions_buffer(),
            renderer.colors_buffer(),
        )
    {
        let mut t = kernels
            .thumbs
            .lock()
            .map_err(|_| ViewerError::Gpu("thumbnail renderer poisoned".into()))?;
        t.set_atlas(device, &gpu.queue, Some(atlas));
        let tp = ThumbPoints {
            positions: pos,
            colors: col,
            dims,
            count: n,
            world_size,
            right: camera.right(),
        };
        t.prepare(device, &gpu.queue, &tp, &ViewTransform::Screen(m), [w, h])?;
        thumbs = Some(t);
    }

    let mut encoder = device.create_command_encoder(&Default::default());
    // The overlay draws only on 2-D scenes (the engine's density map is 2-D only).
    let overlay = opts.overlay.as_ref().filter(|_| dims == 2);
    let painted = if lay.title.is_some() || lay.legend.is_some() || overlay.is_some() {
        let renderer = kernels
            .egui
            .lock()
            .map_err(|_| ViewerError::Gpu("egui renderer poisoned".into()))?;
        Some(renderer)
    } else {
        None
    };
    let mut egui_frame = None;
    if let Some(mut renderer) = painted {
        let ctx = egui::Context::default();
        let mut raw = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(
                Pos2::ZERO,
                Vec2::new(w as f32 / lay.ppp, h as f32 / lay.ppp),
            )),
            max_texture_side: Some(max as usize),
            ..Default::default()
        };
        raw.viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(lay.ppp);
        let plot_points = Rect::from_min_size(
            Pos2::new(lay.plot.x / lay.ppp, lay.plot.y / lay.ppp),
            Vec2::new(lay.plot.w / lay.ppp, lay.plot.h / lay.ppp),
        );
        let mut out = ctx.run_ui(raw, |ui| {
            let painter = ui.ctx().layer_painter(LayerId::background());
            if let Some(o) = overlay.filter(|o| o.labels) {
                crate::overlay::paint_labels(&painter, &o.map, &m, lay.ppp, plot_points);
            }
            if let Some(r) = lay.title {
                paint_title(&painter, r, &scene.title);
            }
            if let Some(r) = lay.legend {
                paint_legend(&painter, r, &scene.coloring, &[]);
            }
        });
        let under = crate::overlay::under_shapes(overlay, &m, lay.ppp, plot_points);
        let under = ctx.tessellate(under, out.pixels_per_point);
        let over = ctx.tessellate(out.shapes, out.pixels_per_point);
        let (prims, k, masked) = crate::overlay::split_under(under, over);
        let sd = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [w, h],
            pixels_per_point: out.pixels_per_point,
        };
        for (id, deltas) in &out.textures_delta.set {
            for delta in deltas {
                renderer.update_texture(device, &gpu.queue, *id, delta);
            }
        }
        let extra = renderer.update_buffers(device, &gpu.queue, &mut encoder, &prims, &sd);
        if !extra.is_empty() {
            gpu.queue.submit(extra);
        }
        for id in &out.textures_delta.free {
            renderer.free_texture(id);
        }
        out.textures_delta.clear();
        egui_frame = Some((renderer, prims, k, masked, sd));
    }
    {
        let bg = BACKGROUND.map(|c| c as f64 / 255.0);
        let clear = wgpu::Color {
            r: bg[0],
            g: bg[1],
            b: bg[2],
            a: 1.0,
        };
        let load = wgpu::LoadOp::Clear(clear);
        let mut pass =
            crate::color_pass(&mut encoder, "points", &view, None, load).forget_lifetime();
        if let Some((renderer, prims, k, _, sd)) = &egui_frame
            && *k > 0
        {
            // Contours first, under the points; then the whole target again for the points.
            renderer.render(&mut pass, &prims[..*k], sd);
            pass.set_scissor_rect(0, 0, w, h);
        }
        renderer.draw(&mut pass);
        if let Some(t) = &thumbs {
            t.draw_clipped(&mut pass, lay.plot, [w, h]);
        }
    }
    if let Some((renderer, _, _, masked, sd)) = &egui_frame {
        let pass = crate::color_pass(&mut encoder, "legend", &view, None, wgpu::LoadOp::Load);
        renderer.render(&mut pass.forget_lifetime(), masked, sd);
    }

    let bpr = (w * 4).next_multiple_of(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT);
    let readback = gpu.storage("image", bpr as u64 * h as u64);
    crate::pass::copy_to_buffer(&mut encoder, &texture, &readback, (w, h), bpr);
    gpu.submit_and_wait(encoder)?;
    let bytes: Vec<u8> = gpu.read_back(&readback, (bpr * h) as usize)?;
    let mut pixels = Vec::with_capacity((w * h * 4) as usize);
    for row in bytes.chunks_exact(bpr as usize) {
        pixels.extend_from_slice(&row[..(w * 4) as usize]);
    }
    image::RgbaImage::from_raw(w, h, pixels)
        .ok_or_else(|| ViewerError::Gpu("read-back image has the wrong size".into()))
}

/// Renders `scene` and writes it as a PNG to `path`, atomically (a temporary file in the same
/// folder, renamed over `path`).
pub fn render_png(
    gpu: &Gpu,
    scene: &Scene,
    opts: &RenderOptions,
    path: &Path,
) -> Result<(), ViewerError> {
    let img = render_rgba(gpu, scene, opts)?;
    write_png_atomic(&img, path)
}

/// Writes `img` to `path` through a temporary file in the same folder.
pub(crate) fn write_png_atomic(img: &image::RgbaImage, path: &Path) -> Result<(), ViewerError> {
    let io = |source: std::io::Error| ViewerError::Io {
        path: path.to_path_buf(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| ViewerError::Invalid(format!("'{}' is not a file path", path.display())))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let file = std::fs::File::create(&tmp).map_err(io)?;
    let mut writer = std::io::BufWriter::new(file);
    let res = img
        .write_to(&mut writer, image::ImageFormat::Png)
        .map_err(|e| io(std::io::Error::other(e)))
        .and_then(|_| {
            use std::io::Write;
            writer.flush().map_err(io)
        });
    drop(writer);
    if let Err(e) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}
