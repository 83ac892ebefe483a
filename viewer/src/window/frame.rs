//! The window's GPU side: [`WindowState`] creates the surface, the device the reducers share and
//! the renderers, and draws one frame: the points through the crate's [`PointRenderer`] (the
//! component host applications use) within the plot area, the highlighted ones (selection,
//! neighbours, box) outlined on top, then egui. The renderer keeps its buffers and bind groups
//! from frame to frame; the window's own position and colour buffers are rewritten only when
//! they change ([`Viewer::upload`]). It also carries out the panel's actions (Run, exports).

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use projector_engine::{Compute, Gpu};
use winit::event_loop::ActiveEventLoop;
use winit::window::Window;

use super::ViewRequest;
use super::state::{Action, Viewer};
use crate::camera::PlotRect;
use crate::component::{
    Colors, PointRenderer, Points, PositionsSource, ThumbPoints, ThumbRenderer, ViewTransform,
};
use crate::offscreen::density_alpha;
use crate::{RenderOptions, Scene, ViewerError};

pub(super) struct WindowState {
    pub(super) window: Arc<Window>,
    pub(super) surface: wgpu::Surface<'static>,
    pub(super) config: wgpu::SurfaceConfiguration,
    pub(super) gpu: Arc<Gpu>,
    pub(super) compute: Compute,
    pub(super) points: PointRenderer,
    /// Images as points, drawn over the sprites when zoomed in.
    pub(super) thumbs: ThumbRenderer,
    /// The atlas generation uploaded to `thumbs`.
    pub(super) thumbs_generation: u64,
    pub(super) egui_ctx: egui::Context,
    pub(super) egui_state: egui_winit::State,
    pub(super) egui_renderer: egui_wgpu::Renderer,
    pub(super) v: Viewer,
    /// When egui wants the next frame (from the last frame's `repaint_delay`); None: only on
    /// input.
    pub(super) repaint_at: Option<Instant>,
    /// The window title last set.
    pub(super) shown_title: String,
}

impl WindowState {
    pub(super) fn new(event_loop: &ActiveEventLoop, req: ViewRequest) -> Result<Self, ViewerError> {
        let attrs = Window::default_attributes()
            .with_title(format!("projector — {}", req.source))
            .with_inner_size(winit::dpi::LogicalSize::new(1280.0, 800.0));
        let window = Arc::new(
            event_loop
                .create_window(attrs)
                .map_err(|e| ViewerError::Window(e.to_string()))?,
        );
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let surface = instance
            .create_surface(window.clone())
            .map_err(|e| ViewerError::Window(format!("creating the surface: {e}")))?;
        let adapter = pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions {
            power_preference: wgpu::PowerPreference::HighPerformance,
            compatible_surface: Some(&surface),
            ..Default::default()
        }))
        .map_err(|e| ViewerError::Engine(projector_engine::Error::NoAdapter(e.to_string())))?;
        let wanted = wgpu::Features::SUBGROUP
            | wgpu::Features::SHADER_FLOAT32_ATOMIC
            | wgpu::Features::SHADER_F16
            | wgpu::Features::TIMESTAMP_QUERY;
        let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
            label: Some("projector viewer"),
            required_features: adapter.features() & wanted,
            required_limits: Gpu::wanted_limits(&adapter.limits()),
            ..Default::default()
        }))
        .map_err(|e| ViewerError::Gpu(e.to_string()))?;
        let gpu = Arc::new(Gpu::from_device(device, queue, adapter.get_info()));
        let caps = surface.get_capabilities(&adapter);
        // A non-sRGB format: egui and the point colours are gamma-space bytes.
        let format = caps
            .formats
            .iter()
            .copied()
            .find(|f| !f.is_srgb())
            .or_else(|| caps.formats.first().copied())
            .ok_or_else(|| ViewerError::Window("the surface supports no format".into()))?;
        let size = window.inner_size();
        let config = crate::surface_config(&caps, format, [size.width, size.height]);
        surface.configure(&gpu.device, &config);
        let compute = match req.compute {
            Compute::Gpu(_) => Compute::Gpu(gpu.clone()),
            Compute::Cpu => Compute::Cpu,
        };
        let egui_ctx = egui::Context::default();
        egui_ctx.set_theme(egui::Theme::Light);
        let egui_state = egui_winit::State::new(
            egui_ctx.clone(),
            egui::ViewportId::ROOT,
            &window,
            Some(window.scale_factor() as f32),
            None,
            Some(gpu.limits.max_texture_dimension_2d as usize),
        );
        let egui_renderer =
            egui_wgpu::Renderer::new(&gpu.device, format, egui_wgpu::RendererOptions::default());
        let points = PointRenderer::new(&gpu.device, format, 1);
        let thumbs = ThumbRenderer::new(&gpu.device, format, 1);
        let v = Viewer::new(req)?;
        Ok(WindowState {
            window,
            surface,
            config,
            gpu,
            compute,
            points,
            thumbs,
            thumbs_generation: 0,
            egui_ctx,
            egui_state,
            egui_renderer,
            v,
            repaint_at: None,
            shown_title: String::new(),
        })
    }

    pub(super) fn resize(&mut self, w: u32, h: u32) {
        if w > 0 && h > 0 {
            self.config.width = w;
            self.config.height = h;
            self.surface.configure(&self.gpu.device, &self.config);
        }
    }

    pub(super) fn wants_redraw(&self) -> bool {
        self.v.shared.running.load(Ordering::Relaxed)
            || self.v.shared.quality_pending.load(Ordering::Relaxed)
            || self.v.shared.snapshot.lock().is_ok_and(|s| s.is_some())
            || self.v.shared.quality.lock().is_ok_and(|s| s.is_some())
            || self.v.shared.error.lock().is_ok_and(|s| s.is_some())
    }

    pub(super) fn frame(&mut self) -> Result<(), ViewerError> {
        self.v.poll_worker();
        let raw = self.egui_state.take_egui_input(&self.window);
        let mut actions = Vec::new();
        let v = &mut self.v;
        let mut out = self.egui_ctx.run_ui(raw, |ui| v.ui(ui, &mut actions));
        self.egui_state
            .handle_platform_output(&self.window, out.platform_output);
        self.repaint_at = out
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .and_then(|vp| Instant::now().checked_add(vp.repaint_delay));
        let title = format!("projector — {}", self.v.title());
        if title != self.shown_title {
            self.window.set_title(&title);
            self.shown_title = title;
        }
        for a in actions {
            self.act(a);
        }
        let ppp = out.pixels_per_point;
        for (id, deltas) in &out.textures_delta.set {
            for delta in deltas {
                self.egui_renderer
                    .update_texture(&self.gpu.device, &self.gpu.queue, *id, delta);
            }
        }
        for id in &out.textures_delta.free {
            self.egui_renderer.free_texture(id);
        }
        out.textures_delta.clear();
        let Some(frame) = crate::next_frame(&self.surface, &self.gpu.device, &self.config) else {
            return Ok(());
        };
        let view = frame.texture.create_view(&Default::default());
        let device = &self.gpu.device;
        let (w, h) = (self.config.width, self.config.height);
        let plot = PlotRect {
            x: self.v.plot.x * ppp,
            y: self.v.plot.y * ppp,
            w: self.v.plot.w * ppp,
            h: self.v.plot.h * ppp,
        };
        self.v.upload(&self.gpu);
        let camera = self.v.camera(plot);
        let m = camera.matrix(plot);
        let n = self.v.coords.nrows();
        let visible = n; // density uses all points
        let alpha = density_alpha(visible, self.v.point_size * ppp, plot.w * plot.h);
        let mut encoder = device.create_command_encoder(&Default::default());
        // Contours are tessellated on their own and rendered before the points.
        let clip = egui::Rect::from_min_size(
            egui::Pos2::new(self.v.plot.x, self.v.plot.y),
            egui::Vec2::new(self.v.plot.w, self.v.plot.h),
        );
        let under: Vec<egui::epaint::ClippedShape> = std::mem::take(&mut self.v.density.under)
            .into_iter()
            .map(|s| egui::epaint::ClippedShape::new(clip, s))
            .collect();
        let under = self.egui_ctx.tessellate(under, ppp);
        let over = self.egui_ctx.tessellate(out.shapes, ppp);
        let (prims, k, masked) = crate::overlay::split_under(under, over);
        let sd = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [w, h],
            pixels_per_point: ppp,
        };
        let extra =
            self.egui_renderer
                .update_buffers(device, &self.gpu.queue, &mut encoder, &prims, &sd);
        let pos = self
            .v
            .live_buffer
            .as_ref()
            .or(self.v.gpu_positions.as_ref());
        let (Some(pos), Some(col)) = (pos, self.v.gpu_colors.as_ref()) else {
            return Err(ViewerError::Gpu("point buffers missing".into()));
        };
        let points = Points::new(
            PositionsSource::Buffer {
                buffer: pos,
                count: n,
            },
            self.v.dims,
            Colors::Buffer(col),
        )
        .with_alpha(alpha)
        .with_highlight(&self.v.highlight, (self.v.point_size + 5.0) * ppp);
        self.points.prepare(
            device,
            &self.gpu.queue,
            &points,
            &ViewTransform::Screen(m),
            [w, h],
            self.v.point_size * ppp,
        )?;
        let thumbs = &self.v.thumbs;
        if thumbs.generation != self.thumbs_generation {
            self.thumbs
                .set_atlas(device, &self.gpu.queue, thumbs.atlas.as_deref());
            self.thumbs_generation = thumbs.generation;
        }
        let show_thumbs = match (thumbs.enabled, thumbs.spacing) {
            (true, Some(world_size)) => {
                let tp = ThumbPoints {
                    positions: pos,
                    colors: col,
                    dims: self.v.dims,
                    count: n,
                    world_size,
                    right: camera.right(),
                };
                self.thumbs.prepare(
                    device,
                    &self.gpu.queue,
                    &tp,
                    &ViewTransform::Screen(m),
                    [w, h],
                )?;
                self.thumbs.active()
            }
            _ => false,
        };
        {
            let load = wgpu::LoadOp::Clear(wgpu::Color::WHITE);
            let mut pass =
                crate::color_pass(&mut encoder, "viewer", &view, None, load).forget_lifetime();
            if k > 0 {
                self.egui_renderer.render(&mut pass, &prims[..k], &sd);
            }
            self.points.draw_clipped(&mut pass, plot, [w, h]);
            if show_thumbs {
                self.thumbs.draw_clipped(&mut pass, plot, [w, h]);
            }
            self.egui_renderer.render(&mut pass, &masked, &sd);
        }
        self.gpu
            .queue
            .submit(extra.into_iter().chain(Some(encoder.finish())));
        self.window.pre_present_notify();
        self.gpu.queue.present(frame);
        Ok(())
    }

    pub(super) fn act(&mut self, action: Action) {
        match action {
            Action::Run => self.v.start(&self.compute),
            Action::ProjectSelection => match self.v.focus_selection(&self.compute) {
                Ok(()) => self.v.start(&self.compute),
                Err(e) => self.v.status = e.to_string(),
            },
            Action::Back => self.v.back(),
            Action::ExportPng => {
                let scene = Scene {
                    positions: self.v.flat.clone(),
                    dims: self.v.dims,
                    coloring: self.v.coloring.clone(),
                    title: self.v.title(),
                };
                let path = std::path::PathBuf::from(&self.v.export_png);
                self.v.status =
                    match crate::render_png(&self.gpu, &scene, &RenderOptions::default(), &path) {
                        Ok(()) => format!("wrote {}", path.display()),
                        Err(e) => format!("export failed: {e}"),
                    };
            }
            Action::ExportCsv | Action::ExportSelection => {
                let path = std::path::PathBuf::from(&self.v.export_csv);
                let only =
                    matches!(action, Action::ExportSelection).then(|| self.v.box_sel.clone());
                self.v.status = match self.v.write_csv(&path, only.as_deref()) {
                    Ok(()) => format!("wrote {}", path.display()),
                    Err(e) => format!("export failed: {e}"),
                };
            }
        }
    }
}
