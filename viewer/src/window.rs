//! The interactive viewer window (winit + egui + the point pipeline).
//!
//! How it works:
//! - [`view`] opens a winit window, creates a wgpu surface and a device on an adapter that can
//!   present to it, and wraps that device as the [`Gpu`] the reducers run on (so a reducer's
//!   output buffer lives on the device that draws it).
//! - Each frame: egui lays out the side panel and the plot area; the plot area's input drives the
//!   camera (drag pans, or orbits in 3-D; wheel zooms about the cursor; F fits; R resets;
//!   shift-drag selects a box); the points are drawn with the scissor set to the plot area, then
//!   the highlighted ones (selection, neighbours) with an outline, then egui on top.
//! - Hover picks the point under the cursor on the CPU ([`crate::picking`]) and shows a tooltip
//!   with the row's fields and its image (an image column, or an 8×8 image from `pixel_R_C`
//!   columns as in the digits data). A click selects a point and lists its k nearest neighbours
//!   in the original space (one brute-force query over the embedding, exact).
//! - Run starts the chosen reducer on a worker thread behind [`LiveProjection`]; the frame loop
//!   polls its progress and new positions, and Stop sets the flag the reducer polls.
//!
//! Set `PROJECTOR_VIEWER_EXIT_AFTER_FRAMES=N` to close the window after N frames (used by the
//! Xvfb check).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use egui::{Color32, Pos2, Rect, Sense, Vec2 as EVec2};
use glam::Vec2;
use ndarray::Array2;
use projector_engine::{
    ColumnData, Compute, EmbeddingSpec, Gpu, ImageCell, Progress, Table, Value,
};
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, EventLoop};
use winit::window::{Window, WindowId};

use crate::camera::{Camera, PlotRect};
use crate::color::{STYLE_DIM, STYLE_HIDDEN, STYLE_NORMAL, pack};
use crate::legend::format_value;
use crate::live::{LiveProjection, PcaProjection};
use crate::offscreen::{density_alpha, point_colors};
use crate::points::{PointParams, PointPipeline};
use crate::{Coloring, RenderOptions, Scene, ViewerError};

/// What `projector view` opens: the table, which columns embed, the colour column, the
/// initial projection and the backend for the reducers the panel runs.
#[derive(Debug, Clone)]
pub struct ViewRequest {
    /// The data.
    pub table: Table,
    /// Which columns make the embedding.
    pub embedding: EmbeddingSpec,
    /// Column that colours the points (None: the table's default, if any).
    pub color: Option<String>,
    /// Initial projection (`rows.len() × 2` or `× 3`), rows aligned with `rows`.
    pub coords: Array2<f32>,
    /// Table row of each projected point.
    pub rows: Vec<usize>,
    /// Where the reducers run.
    pub compute: Compute,
    /// Window title.
    pub title: String,
}

/// True when a display is available (`DISPLAY` or `WAYLAND_DISPLAY` set).
pub fn display_available() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens the viewer window and returns when it is closed. Fails with
/// [`ViewerError::NoDisplay`] (pointing to `projector render`) when there is no display.
pub fn view(req: ViewRequest) -> Result<(), ViewerError> {
    if !display_available() {
        return Err(ViewerError::NoDisplay(format!("viewing '{}'", req.title)));
    }
    check_request(&req)?;
    let event_loop = EventLoop::new().map_err(|e| ViewerError::Window(e.to_string()))?;
    let mut app = App {
        req: Some(req),
        state: None,
        error: None,
        frames: 0,
        exit_after: exit_after(),
    };
    event_loop
        .run_app(&mut app)
        .map_err(|e| ViewerError::Window(e.to_string()))?;
    match app.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn exit_after() -> Option<u64> {
    std::env::var("PROJECTOR_VIEWER_EXIT_AFTER_FRAMES")
        .ok()
        .and_then(|s| s.parse().ok())
}

fn check_request(req: &ViewRequest) -> Result<(), ViewerError> {
    let (n, d) = req.coords.dim();
    if n == 0 {
        return Err(ViewerError::Invalid("nothing to view: no rows".into()));
    }
    if d != 2 && d != 3 {
        return Err(ViewerError::Invalid(format!(
            "coordinates have {d} columns; expected 2 or 3"
        )));
    }
    if req.rows.len() != n {
        return Err(ViewerError::Invalid(format!(
            "{} row ids for {n} coordinates",
            req.rows.len()
        )));
    }
    if let Some(r) = req.rows.iter().find(|&&r| r >= req.table.num_rows()) {
        return Err(ViewerError::Invalid(format!(
            "row {r} is outside the table"
        )));
    }
    Ok(())
}

/// The colouring of `rows` by column `name`: classes for categorical columns, a colour map for
/// numbers, nothing for other columns.
pub fn coloring_for(table: &Table, name: Option<&str>, rows: &[usize]) -> Coloring {
    let Some(name) = name else {
        return Coloring::None;
    };
    let Some(col) = table.column(name) else {
        return Coloring::None;
    };
    if table.is_categorical(col)
        && let Ok(Some(l)) = table.labels(name, rows)
    {
        return Coloring::Categorical {
            codes: l.codes,
            classes: l.classes,
        };
    }
    match &col.data {
        ColumnData::Numeric(v) => Coloring::Continuous {
            values: rows.iter().map(|&r| v[r] as f32).collect(),
            name: name.to_string(),
        },
        _ => Coloring::None,
    }
}

struct App {
    req: Option<ViewRequest>,
    state: Option<Box<WindowState>>,
    error: Option<ViewerError>,
    frames: u64,
    exit_after: Option<u64>,
}

impl ApplicationHandler for App {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.state.is_some() {
            return;
        }
        let Some(req) = self.req.take() else { return };
        match WindowState::new(event_loop, req) {
            Ok(s) => self.state = Some(Box::new(s)),
            Err(e) => {
                self.error = Some(e);
                event_loop.exit();
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        let Some(state) = self.state.as_mut() else {
            return;
        };
        let response = state.egui_state.on_window_event(&state.window, &event);
        match event {
            WindowEvent::CloseRequested => event_loop.exit(),
            WindowEvent::Resized(size) => {
                state.resize(size.width, size.height);
                state.window.request_redraw();
            }
            WindowEvent::RedrawRequested => {
                if let Err(e) = state.frame() {
                    self.error = Some(e);
                    event_loop.exit();
                    return;
                }
                self.frames += 1;
                if self.frames == 3 {
                    eprintln!("projector viewer: first frames presented");
                }
                if self.exit_after.is_some_and(|n| self.frames >= n) {
                    event_loop.exit();
                }
                if state.wants_redraw() || self.exit_after.is_some() {
                    state.window.request_redraw();
                }
            }
            _ => {
                if response.repaint {
                    state.window.request_redraw();
                }
            }
        }
    }

    fn about_to_wait(&mut self, _event_loop: &ActiveEventLoop) {
        if let Some(s) = self.state.as_ref()
            && s.wants_redraw()
        {
            s.window.request_redraw();
        }
    }
}

/// Progress shared between the worker thread and the frame loop.
#[derive(Default)]
struct Shared {
    done: AtomicU64,
    total: AtomicU64,
    stop: AtomicBool,
    running: AtomicBool,
    result: Mutex<Option<Result<Array2<f32>, String>>>,
}

impl Progress for Shared {
    fn update(&self, _stage: &str, done: u64, total: u64) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }
    fn cancelled(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Algorithm {
    Pca,
    Tsne,
    Umap,
}

struct WindowState {
    window: Arc<Window>,
    surface: wgpu::Surface<'static>,
    config: wgpu::SurfaceConfiguration,
    gpu: Arc<Gpu>,
    compute: Compute,
    points: PointPipeline,
    egui_ctx: egui::Context,
    egui_state: egui_winit::State,
    egui_renderer: egui_wgpu::Renderer,
    v: Viewer,
}

/// Everything the panel and the plot change; no window-system types.
struct Viewer {
    table: Table,
    spec: EmbeddingSpec,
    data: Option<Array2<f32>>,
    rows: Vec<usize>,
    coords: Array2<f32>,
    flat: Vec<f32>,
    dims: usize,
    title: String,
    color_column: Option<String>,
    coloring: Coloring,
    hidden: Vec<bool>,
    search: String,
    matches: Option<Vec<bool>>,
    camera: Option<Camera>,
    plot: PlotRect,
    point_size: f32,
    hover: Option<usize>,
    selected: Option<usize>,
    neighbors: Vec<(usize, f32)>,
    k: usize,
    box_start: Option<Vec2>,
    box_sel: Vec<usize>,
    algorithm: Algorithm,
    out_dims: usize,
    shared: Arc<Shared>,
    status: String,
    export_png: String,
    export_csv: String,
    images: HashMap<usize, Option<egui::TextureHandle>>,
    positions_dirty: bool,
    colors_dirty: bool,
    gpu_positions: Option<wgpu::Buffer>,
    gpu_colors: Option<wgpu::Buffer>,
    gpu_ids: Option<(wgpu::Buffer, u32)>,
}

impl WindowState {
    fn new(event_loop: &ActiveEventLoop, req: ViewRequest) -> Result<Self, ViewerError> {
        let attrs = Window::default_attributes()
            .with_title(format!("projector — {}", req.title))
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
        let config = wgpu::SurfaceConfiguration {
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT,
            format,
            width: size.width.max(1),
            height: size.height.max(1),
            present_mode: wgpu::PresentMode::AutoVsync,
            desired_maximum_frame_latency: 2,
            alpha_mode: caps
                .alpha_modes
                .first()
                .copied()
                .unwrap_or(wgpu::CompositeAlphaMode::Auto),
            view_formats: vec![],
            color_space: wgpu::SurfaceColorSpace::Auto,
        };
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
        let points = PointPipeline::new(&gpu.device, format);
        let v = Viewer::new(req)?;
        Ok(WindowState {
            window,
            surface,
            config,
            gpu,
            compute,
            points,
            egui_ctx,
            egui_state,
            egui_renderer,
            v,
        })
    }

    fn resize(&mut self, w: u32, h: u32) {
        if w > 0 && h > 0 {
            self.config.width = w;
            self.config.height = h;
            self.surface.configure(&self.gpu.device, &self.config);
        }
    }

    fn wants_redraw(&self) -> bool {
        self.v.shared.running.load(Ordering::Relaxed)
    }

    fn frame(&mut self) -> Result<(), ViewerError> {
        self.v.poll_worker();
        let raw = self.egui_state.take_egui_input(&self.window);
        let mut actions = Vec::new();
        let v = &mut self.v;
        let mut out = self.egui_ctx.run_ui(raw, |ui| v.ui(ui, &mut actions));
        self.egui_state
            .handle_platform_output(&self.window, out.platform_output);
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
        let frame = match self.surface.get_current_texture() {
            wgpu::CurrentSurfaceTexture::Success(f)
            | wgpu::CurrentSurfaceTexture::Suboptimal(f) => f,
            wgpu::CurrentSurfaceTexture::Outdated | wgpu::CurrentSurfaceTexture::Lost => {
                self.surface.configure(&self.gpu.device, &self.config);
                return Ok(());
            }
            _ => {
                log::warn!("surface texture not available this frame");
                return Ok(());
            }
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
        let prims = self.egui_ctx.tessellate(out.shapes, ppp);
        let sd = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [w, h],
            pixels_per_point: ppp,
        };
        let extra =
            self.egui_renderer
                .update_buffers(device, &self.gpu.queue, &mut encoder, &prims, &sd);
        let (Some(pos), Some(col)) = (self.v.gpu_positions.as_ref(), self.v.gpu_colors.as_ref())
        else {
            return Err(ViewerError::Gpu("point buffers missing".into()));
        };
        let params = self.gpu.uniform(
            "view params",
            &PointParams::new(
                m,
                [w as f32, h as f32],
                self.v.point_size * ppp,
                alpha,
                self.v.dims,
                n,
            ),
        );
        let dummy = self.gpu.storage("ids", 16);
        let bind = self.points.bind(device, &params, pos, col, &dummy);
        let highlight = self.v.gpu_ids.as_ref().map(|(ids, count)| {
            let mut p = PointParams::new(
                m,
                [w as f32, h as f32],
                (self.v.point_size + 5.0) * ppp,
                1.0,
                self.v.dims,
                n,
            );
            p.use_ids = 1;
            p.ring = 1;
            let params = self.gpu.uniform("highlight params", &p);
            (self.points.bind(device, &params, pos, col, ids), *count)
        });
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("viewer"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        depth_slice: None,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::WHITE),
                            store: wgpu::StoreOp::Store,
                        },
                    })],
                    depth_stencil_attachment: None,
                    timestamp_writes: None,
                    occlusion_query_set: None,
                    multiview_mask: None,
                })
                .forget_lifetime();
            let sx = (plot.x.max(0.0) as u32).min(w - 1);
            let sy = (plot.y.max(0.0) as u32).min(h - 1);
            let sw = (plot.w as u32).min(w - sx).max(1);
            let sh = (plot.h as u32).min(h - sy).max(1);
            pass.set_scissor_rect(sx, sy, sw, sh);
            self.points.draw(&mut pass, &bind, n as u32);
            if let Some((b, c)) = &highlight {
                self.points.draw(&mut pass, b, *c);
            }
            pass.set_scissor_rect(0, 0, w, h);
            self.egui_renderer.render(&mut pass, &prims, &sd);
        }
        self.gpu
            .queue
            .submit(extra.into_iter().chain(Some(encoder.finish())));
        self.window.pre_present_notify();
        self.gpu.queue.present(frame);
        Ok(())
    }

    fn act(&mut self, action: Action) {
        match action {
            Action::Run => self.v.start(&self.compute),
            Action::ExportPng => {
                let scene = Scene {
                    positions: self.v.flat.clone(),
                    dims: self.v.dims,
                    coloring: self.v.coloring.clone(),
                    title: self.v.title.clone(),
                };
                let path = std::path::PathBuf::from(&self.v.export_png);
                self.v.status =
                    match crate::render_png(&self.gpu, &scene, &RenderOptions::default(), &path) {
                        Ok(()) => format!("wrote {}", path.display()),
                        Err(e) => format!("export failed: {e}"),
                    };
            }
            Action::ExportCsv => {
                let path = std::path::PathBuf::from(&self.v.export_csv);
                self.v.status = match self.v.write_csv(&path) {
                    Ok(()) => format!("wrote {}", path.display()),
                    Err(e) => format!("export failed: {e}"),
                };
            }
        }
    }
}

enum Action {
    Run,
    ExportPng,
    ExportCsv,
}

impl Viewer {
    fn new(req: ViewRequest) -> Result<Self, ViewerError> {
        let dims = req.coords.ncols();
        let color_column = req
            .color
            .clone()
            .or_else(|| req.table.default_color().map(str::to_string));
        let coloring = coloring_for(&req.table, color_column.as_deref(), &req.rows);
        let data = req
            .table
            .embedding(&req.embedding, true)
            .ok()
            .filter(|e| e.rows == req.rows)
            .map(|e| e.data);
        let classes = match &coloring {
            Coloring::Categorical { classes, .. } => classes.len(),
            _ => 0,
        };
        Ok(Viewer {
            table: req.table,
            spec: req.embedding,
            data,
            rows: req.rows,
            flat: req.coords.iter().copied().collect(),
            coords: req.coords,
            dims,
            title: req.title,
            color_column,
            coloring,
            hidden: vec![false; classes],
            search: String::new(),
            matches: None,
            camera: None,
            plot: PlotRect {
                x: 0.0,
                y: 0.0,
                w: 1.0,
                h: 1.0,
            },
            point_size: 4.0,
            hover: None,
            selected: None,
            neighbors: Vec::new(),
            k: 10,
            box_start: None,
            box_sel: Vec::new(),
            algorithm: Algorithm::Pca,
            out_dims: dims,
            shared: Arc::new(Shared::default()),
            status: String::new(),
            export_png: "projector_view.png".into(),
            export_csv: "projector_view.csv".into(),
            images: HashMap::new(),
            positions_dirty: true,
            colors_dirty: true,
            gpu_positions: None,
            gpu_colors: None,
            gpu_ids: None,
        })
    }

    fn camera(&mut self, plot: PlotRect) -> Camera {
        match self.camera {
            Some(c) => c,
            None => {
                let c = Camera::fit(&self.flat, self.dims, plot);
                self.camera = Some(c);
                c
            }
        }
    }

    fn positions(&self) -> &[f32] {
        &self.flat
    }

    fn visible(&self, i: usize) -> bool {
        match &self.coloring {
            Coloring::Categorical { codes, .. } => {
                !self.hidden.get(codes[i] as usize).copied().unwrap_or(false)
            }
            _ => true,
        }
    }

    fn upload(&mut self, gpu: &Gpu) {
        if self.positions_dirty || self.gpu_positions.is_none() {
            self.gpu_positions = Some(gpu.storage_init("view positions", &self.flat));
            self.positions_dirty = false;
        }
        if self.colors_dirty || self.gpu_colors.is_none() {
            let n = self.coords.nrows();
            let mut colors = point_colors(&self.coloring, n);
            for (i, c) in colors.iter_mut().enumerate() {
                let style = if !self.visible(i) {
                    STYLE_HIDDEN
                } else if self.matches.as_ref().is_some_and(|m| !m[i]) {
                    STYLE_DIM
                } else {
                    STYLE_NORMAL
                };
                let b = c.to_le_bytes();
                *c = pack([b[0], b[1], b[2]], style);
            }
            self.gpu_colors = Some(gpu.storage_init("view colors", &colors));
            let mut ids: Vec<u32> = self.neighbors.iter().map(|&(i, _)| i as u32).collect();
            ids.extend(self.box_sel.iter().map(|&i| i as u32));
            ids.extend(self.selected.map(|i| i as u32));
            self.gpu_ids = (!ids.is_empty())
                .then(|| (gpu.storage_init("highlight ids", &ids), ids.len() as u32));
            self.colors_dirty = false;
        }
    }

    fn start(&mut self, compute: &Compute) {
        if self.shared.running.load(Ordering::Relaxed) {
            return;
        }
        let Some(data) = self.data.clone() else {
            self.status = "the embedding columns could not be read".into();
            return;
        };
        let proj: Box<dyn LiveProjection> = match self.algorithm {
            Algorithm::Pca => match PcaProjection::new(compute.clone(), data.view(), self.out_dims)
            {
                Ok(p) => Box::new(p),
                Err(e) => {
                    self.status = e.to_string();
                    return;
                }
            },
            Algorithm::Tsne | Algorithm::Umap => {
                self.status =
                    "t-SNE and UMAP are not wired into this build yet (see live.rs)".into();
                return;
            }
        };
        let shared = Arc::new(Shared::default());
        shared.running.store(true, Ordering::Relaxed);
        self.shared = shared.clone();
        self.status = format!("running {}", proj.name());
        std::thread::spawn(move || {
            let mut proj = proj;
            let result = (|| {
                while !proj.done() {
                    if shared.cancelled() {
                        break;
                    }
                    proj.step(10, shared.as_ref())?;
                    if let Ok(mut r) = shared.result.lock() {
                        *r = proj.positions().ok().map(Ok);
                    }
                }
                proj.positions()
            })();
            if let Ok(mut r) = shared.result.lock() {
                *r = Some(result.map_err(|e| e.to_string()));
            }
            shared.running.store(false, Ordering::Relaxed);
        });
    }

    fn poll_worker(&mut self) {
        let taken = self.shared.result.lock().ok().and_then(|mut r| r.take());
        match taken {
            Some(Ok(coords)) => {
                let changed_dims = coords.ncols() != self.dims;
                self.dims = coords.ncols();
                self.flat = coords.iter().copied().collect();
                self.coords = coords;
                self.positions_dirty = true;
                if changed_dims || !self.shared.running.load(Ordering::Relaxed) {
                    self.camera = None;
                }
                if !self.shared.running.load(Ordering::Relaxed) {
                    self.status = "done".into();
                }
            }
            Some(Err(e)) => self.status = format!("failed: {e}"),
            None => {}
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::right("panel")
            .default_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.panel(ui, actions));
            });
        egui::CentralPanel::no_frame().show(ui, |ui| self.plot_ui(ui));
    }

    fn panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.heading(&self.title);
        ui.label(format!("{} points, {}-D", self.coords.nrows(), self.dims));
        ui.label(format!("embedding: {}", self.spec.columns().join(", ")));
        ui.separator();
        // Colour by.
        let names: Vec<String> = self
            .table
            .columns()
            .iter()
            .filter(|c| !matches!(c.data, ColumnData::Vector { .. } | ColumnData::Image(_)))
            .map(|c| c.name.clone())
            .collect();
        let mut chosen = self.color_column.clone();
        egui::ComboBox::from_label("colour by")
            .selected_text(chosen.clone().unwrap_or_else(|| "(none)".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "(none)");
                for n in &names {
                    ui.selectable_value(&mut chosen, Some(n.clone()), n);
                }
            });
        if chosen != self.color_column {
            self.color_column = chosen;
            self.coloring = coloring_for(&self.table, self.color_column.as_deref(), &self.rows);
            self.hidden = match &self.coloring {
                Coloring::Categorical { classes, .. } => vec![false; classes.len()],
                _ => Vec::new(),
            };
            self.colors_dirty = true;
        }
        self.legend_ui(ui);
        ui.separator();
        // Search.
        ui.horizontal(|ui| {
            ui.label("search");
            if ui.text_edit_singleline(&mut self.search).changed() {
                self.update_search();
            }
        });
        if let Some(m) = &self.matches {
            ui.label(format!(
                "{} matching rows",
                m.iter().filter(|&&b| b).count()
            ));
        }
        ui.separator();
        // Algorithm.
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.algorithm, Algorithm::Pca, "PCA");
            ui.selectable_value(&mut self.algorithm, Algorithm::Tsne, "t-SNE");
            ui.selectable_value(&mut self.algorithm, Algorithm::Umap, "UMAP");
        });
        ui.horizontal(|ui| {
            ui.label("dimensions");
            ui.selectable_value(&mut self.out_dims, 2, "2");
            ui.selectable_value(&mut self.out_dims, 3, "3");
        });
        match self.algorithm {
            Algorithm::Pca => ui.label("PCA: exact, centred; no parameters"),
            Algorithm::Tsne => {
                ui.label("t-SNE: perplexity 30, learning rate auto, 1000 iterations")
            }
            Algorithm::Umap => ui.label("UMAP: 15 neighbours, min_dist 0.1, 200 epochs"),
        };
        let running = self.shared.running.load(Ordering::Relaxed);
        ui.horizontal(|ui| {
            if ui.add_enabled(!running, egui::Button::new("Run")).clicked() {
                actions.push(Action::Run);
            }
            if ui.add_enabled(running, egui::Button::new("Stop")).clicked() {
                self.shared.stop.store(true, Ordering::Relaxed);
            }
        });
        let total = self.shared.total.load(Ordering::Relaxed);
        let done = self.shared.done.load(Ordering::Relaxed);
        if total > 0 {
            ui.add(
                egui::ProgressBar::new(done as f32 / total as f32)
                    .text(format!("{done} / {total}")),
            );
        }
        if !self.status.is_empty() {
            ui.label(&self.status);
        }
        ui.label("quality: trustworthiness / k-NN accuracy appear here once projector_engine::metrics lands");
        ui.separator();
        ui.add(egui::Slider::new(&mut self.point_size, 1.0..=20.0).text("point size"));
        ui.label("drag: pan (3-D: orbit, right-drag pans) · wheel: zoom · F: fit · R: reset · shift-drag: box select · click: neighbours");
        ui.separator();
        self.selection_ui(ui);
        ui.separator();
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.export_png).desired_width(180.0));
            if ui.button("PNG").clicked() {
                actions.push(Action::ExportPng);
            }
        });
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.export_csv).desired_width(180.0));
            if ui.button("CSV").clicked() {
                actions.push(Action::ExportCsv);
            }
        });
    }

    fn legend_ui(&mut self, ui: &mut egui::Ui) {
        match &self.coloring {
            Coloring::None => {}
            Coloring::Categorical { classes, codes } => {
                let mut counts = vec![0usize; classes.len()];
                for &c in codes {
                    counts[c as usize] += 1;
                }
                let mut toggle = None;
                let mut isolate = None;
                for (i, name) in classes.iter().enumerate().take(256) {
                    ui.horizontal(|ui| {
                        let rgb = crate::color::class_color(i as u32);
                        let (r, _) = ui.allocate_exact_size(EVec2::splat(12.0), Sense::hover());
                        let off = self.hidden[i];
                        ui.painter().circle_filled(
                            r.center(),
                            5.0,
                            if off {
                                Color32::LIGHT_GRAY
                            } else {
                                Color32::from_rgb(rgb[0], rgb[1], rgb[2])
                            },
                        );
                        let resp = ui.selectable_label(!off, format!("{name} ({})", counts[i]));
                        if resp.clicked() {
                            toggle = Some(i);
                        }
                        if resp.double_clicked() || ui.small_button("only").clicked() {
                            isolate = Some(i);
                        }
                    });
                }
                if let Some(i) = toggle {
                    self.hidden[i] = !self.hidden[i];
                    self.colors_dirty = true;
                }
                if let Some(i) = isolate {
                    let all_others_hidden =
                        self.hidden.iter().enumerate().all(|(j, &h)| j == i || h);
                    for (j, h) in self.hidden.iter_mut().enumerate() {
                        *h = !all_others_hidden && j != i;
                    }
                    self.colors_dirty = true;
                }
            }
            Coloring::Continuous { values, name } => {
                let (lo, hi) = crate::color::finite_range(values).unwrap_or((0.0, 0.0));
                ui.label(format!(
                    "{name}: {} … {}",
                    format_value(lo),
                    format_value(hi)
                ));
                let (r, _) = ui.allocate_exact_size(EVec2::new(200.0, 12.0), Sense::hover());
                for s in 0..50 {
                    let t = s as f32 / 50.0;
                    let c = crate::color::viridis(t + 0.01);
                    let x0 = r.left() + t * r.width();
                    ui.painter().rect_filled(
                        Rect::from_min_max(
                            Pos2::new(x0, r.top()),
                            Pos2::new(x0 + r.width() / 50.0 + 0.5, r.bottom()),
                        ),
                        0.0,
                        Color32::from_rgb(c[0], c[1], c[2]),
                    );
                }
            }
        }
    }

    fn selection_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(s) = self.selected {
            ui.label(format!("selected row {}", self.rows[s]));
            ui.add(egui::Slider::new(&mut self.k, 1..=50).text("k"));
            egui::Grid::new("nn").striped(true).show(ui, |ui| {
                for &(j, d) in &self.neighbors {
                    ui.label(format!("row {}", self.rows[j]));
                    ui.label(self.class_name(j));
                    ui.label(format!("{d:.4}"));
                    ui.end_row();
                }
            });
        }
        if !self.box_sel.is_empty() {
            ui.label(format!("box: {} points", self.box_sel.len()));
            if let Coloring::Categorical { codes, classes } = &self.coloring {
                let mut counts = vec![0usize; classes.len()];
                for &i in &self.box_sel {
                    counts[codes[i] as usize] += 1;
                }
                let max = counts.iter().copied().max().unwrap_or(1).max(1);
                for (c, &k) in counts.iter().enumerate().filter(|(_, k)| **k > 0) {
                    ui.horizontal(|ui| {
                        let rgb = crate::color::class_color(c as u32);
                        let (r, _) = ui.allocate_exact_size(
                            EVec2::new(120.0 * k as f32 / max as f32 + 1.0, 10.0),
                            Sense::hover(),
                        );
                        ui.painter()
                            .rect_filled(r, 0.0, Color32::from_rgb(rgb[0], rgb[1], rgb[2]));
                        ui.label(format!("{} {k}", classes[c]));
                    });
                }
            }
        }
    }

    fn class_name(&self, i: usize) -> String {
        match &self.coloring {
            Coloring::Categorical { codes, classes } => classes[codes[i] as usize].clone(),
            Coloring::Continuous { values, .. } => format_value(values[i]),
            Coloring::None => String::new(),
        }
    }

    fn update_search(&mut self) {
        let q = self.search.trim().to_lowercase();
        self.matches = (!q.is_empty()).then(|| {
            self.rows
                .iter()
                .map(|&r| {
                    self.table.columns().iter().any(|c| match &c.data {
                        ColumnData::Text(v) => v[r].to_lowercase().contains(&q),
                        ColumnData::Numeric(v) => format!("{}", v[r]) == q,
                        _ => false,
                    })
                })
                .collect()
        });
        self.colors_dirty = true;
    }

    fn select(&mut self, i: Option<usize>) {
        self.selected = i;
        self.neighbors.clear();
        if let (Some(i), Some(data)) = (i, self.data.as_ref()) {
            let q = data.row(i);
            let mut d: Vec<(usize, f32)> = data
                .rows()
                .into_iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(j, r)| {
                    (
                        j,
                        r.iter()
                            .zip(q.iter())
                            .map(|(a, b)| (a - b) * (a - b))
                            .sum::<f32>()
                            .sqrt(),
                    )
                })
                .collect();
            let k = self.k.min(d.len());
            if k > 0 {
                d.select_nth_unstable_by(k - 1, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
                d.truncate(k);
                d.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            }
            self.neighbors = d;
        }
        self.colors_dirty = true;
    }

    fn plot_ui(&mut self, ui: &mut egui::Ui) {
        let rect = ui.max_rect();
        let (_, response) = ui.allocate_exact_size(rect.size(), Sense::click_and_drag());
        self.plot = PlotRect {
            x: rect.left(),
            y: rect.top(),
            w: rect.width().max(1.0),
            h: rect.height().max(1.0),
        };
        let plot = self.plot;
        let mut cam = self.camera(plot);
        let (shift, scroll, zoom, keys_f, keys_r) = ui.input(|i| {
            (
                i.modifiers.shift,
                i.smooth_scroll_delta.y,
                i.zoom_delta(),
                i.key_pressed(egui::Key::F),
                i.key_pressed(egui::Key::R),
            )
        });
        let pointer = response.hover_pos().map(|p| Vec2::new(p.x, p.y));
        if response.dragged() {
            let d = response.drag_delta();
            let d = Vec2::new(d.x, d.y);
            if shift && self.dims == 2 {
                if self.box_start.is_none() {
                    self.box_start = response
                        .interact_pointer_pos()
                        .map(|p| Vec2::new(p.x, p.y) - d);
                }
            } else if response.dragged_by(egui::PointerButton::Secondary) || self.dims == 2 {
                cam.pan(d);
            } else {
                cam.orbit(d);
            }
        }
        if let (Some(start), Some(now)) = (self.box_start, response.interact_pointer_pos()) {
            let a = Pos2::new(start.x, start.y);
            ui.painter().rect_stroke(
                Rect::from_two_pos(a, now),
                0.0,
                egui::Stroke::new(1.0, Color32::DARK_GRAY),
                egui::StrokeKind::Middle,
            );
            if response.drag_stopped() {
                let m = cam.matrix(plot);
                let vis: Vec<bool> = (0..self.coords.nrows()).map(|i| self.visible(i)).collect();
                self.box_sel = crate::picking::select_box(
                    self.positions(),
                    self.dims,
                    &m,
                    start,
                    Vec2::new(now.x, now.y),
                    Some(&vis),
                );
                self.box_start = None;
                self.colors_dirty = true;
            }
        }
        if let Some(p) = pointer {
            let factor = zoom * (scroll * 0.002).exp();
            if (factor - 1.0).abs() > 1e-6 {
                cam.zoom(factor, p, plot);
            }
        }
        if keys_f {
            cam = Camera::fit(self.positions(), self.dims, plot);
        }
        if keys_r {
            cam = Camera::fit(self.positions(), self.dims, plot);
            self.hidden.iter_mut().for_each(|h| *h = false);
            self.box_sel.clear();
            self.select(None);
        }
        self.camera = Some(cam);
        // Hover and click.
        let m = cam.matrix(plot);
        self.hover = pointer.and_then(|p| {
            let vis: Vec<bool> = (0..self.coords.nrows()).map(|i| self.visible(i)).collect();
            crate::picking::pick(
                self.positions(),
                self.dims,
                &m,
                p,
                (self.point_size * 0.5 + 3.0).max(5.0),
                Some(&vis),
            )
        });
        if response.clicked() {
            self.select(self.hover);
        }
        if let Some(i) = self.hover {
            let tex = self.row_image(ui.ctx(), i);
            let fields = self.row_fields(i);
            response.on_hover_ui_at_pointer(|ui| {
                for (k, v) in fields {
                    ui.label(format!("{k}: {v}"));
                }
                if let Some(t) = tex {
                    ui.image((t.id(), EVec2::splat(96.0)));
                }
            });
        }
    }

    fn row_fields(&self, i: usize) -> Vec<(String, String)> {
        let r = self.rows[i];
        let mut out = vec![("row".to_string(), r.to_string())];
        for c in self.table.columns().iter().take(12) {
            let v = match c.data.get(r) {
                Some(Value::Number(x)) => format!("{x}"),
                Some(Value::Text(s)) => s.chars().take(80).collect(),
                Some(Value::Vector(v)) => format!("[{} values]", v.len()),
                Some(Value::Image(_)) => "(image)".into(),
                None => String::new(),
            };
            if c.name.starts_with("pixel_") {
                continue;
            }
            out.push((c.name.clone(), v));
        }
        out
    }

    /// The row's image: an image column, or an 8×8 image from `pixel_R_C` columns.
    fn row_image(&mut self, ctx: &egui::Context, i: usize) -> Option<egui::TextureHandle> {
        if let Some(t) = self.images.get(&i) {
            return t.clone();
        }
        let img = row_image(&self.table, self.rows[i]);
        let tex =
            img.map(|im| ctx.load_texture(format!("row{i}"), im, egui::TextureOptions::NEAREST));
        if self.images.len() > 256 {
            self.images.clear();
        }
        self.images.insert(i, tex.clone());
        tex
    }

    fn write_csv(&self, path: &std::path::Path) -> Result<(), ViewerError> {
        use std::io::Write;
        let io = |source: std::io::Error| ViewerError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
        let axes = ["x", "y", "z"];
        let color = self.color_column.clone();
        write!(f, "id").map_err(io)?;
        for a in axes.iter().take(self.dims) {
            write!(f, ",{a}").map_err(io)?;
        }
        if let Some(c) = &color {
            write!(f, ",{}", csv_field(c)).map_err(io)?;
        }
        writeln!(f).map_err(io)?;
        for (i, &r) in self.rows.iter().enumerate() {
            write!(f, "{r}").map_err(io)?;
            for d in 0..self.dims {
                write!(f, ",{}", self.coords[[i, d]]).map_err(io)?;
            }
            if let Some(c) = &color {
                let v = match self.table.column(c).and_then(|col| col.data.get(r)) {
                    Some(Value::Number(x)) => x.to_string(),
                    Some(Value::Text(s)) => s,
                    _ => String::new(),
                };
                write!(f, ",{}", csv_field(&v)).map_err(io)?;
            }
            writeln!(f).map_err(io)?;
        }
        f.flush().map_err(io)
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The image of table row `r`: the first image column (PNG bytes or file), or an image built
/// from `pixel_R_C` numeric columns (greyscale, scaled to the row's maximum).
pub fn row_image(table: &Table, r: usize) -> Option<egui::ColorImage> {
    for c in table.columns() {
        if let ColumnData::Image(cells) = &c.data {
            let decoded = match cells.get(r)? {
                ImageCell::Encoded(b) => image::load_from_memory(b).ok(),
                ImageCell::Path(p) => image::open(p).ok(),
                ImageCell::Unresolved(_) => None,
            };
            if let Some(img) = decoded {
                let rgba = img.to_rgba8();
                let size = [rgba.width() as usize, rgba.height() as usize];
                return Some(egui::ColorImage::from_rgba_unmultiplied(
                    size,
                    rgba.as_raw(),
                ));
            }
        }
    }
    let mut pixels: Vec<(usize, usize, f64)> = Vec::new();
    for c in table.columns() {
        let Some(rest) = c.name.strip_prefix("pixel_") else {
            continue;
        };
        let mut it = rest.split('_');
        let (Some(a), Some(b), None) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let (Ok(y), Ok(x)) = (a.parse::<usize>(), b.parse::<usize>()) else {
            continue;
        };
        if let ColumnData::Numeric(v) = &c.data {
            pixels.push((y, x, v.get(r).copied().unwrap_or(0.0)));
        }
    }
    if pixels.is_empty() {
        return None;
    }
    let h = pixels.iter().map(|p| p.0).max()? + 1;
    let w = pixels.iter().map(|p| p.1).max()? + 1;
    if w * h > 4096 * 4096 {
        return None;
    }
    let max = pixels.iter().map(|p| p.2).fold(0.0f64, f64::max).max(1e-12);
    let mut grey = vec![0u8; w * h];
    for (y, x, v) in pixels {
        grey[y * w + x] = (255.0 - (v / max).clamp(0.0, 1.0) * 255.0) as u8;
    }
    let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
    Some(egui::ColorImage::from_rgba_unmultiplied([w, h], &rgba))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_rows_make_8x8_images_and_colouring_follows_the_column() {
        let mut t = Table::new();
        for y in 0..8 {
            for x in 0..8 {
                t.add_column(
                    format!("pixel_{y}_{x}"),
                    ColumnData::Numeric(vec![(y * 8 + x) as f64, 0.0]),
                )
                .unwrap();
            }
        }
        t.add_column("target", ColumnData::Numeric(vec![3.0, 7.0]))
            .unwrap();
        let img = row_image(&t, 0).unwrap();
        assert_eq!(img.size, [8, 8]);
        // Ink is dark: the largest value is black, zero is white.
        assert_eq!(img.pixels[63], Color32::from_gray(0));
        assert_eq!(img.pixels[0], Color32::from_gray(255));
        match coloring_for(&t, Some("target"), &[0, 1]) {
            Coloring::Categorical { codes, classes } => {
                assert_eq!(codes, vec![0, 1]);
                assert_eq!(classes, vec!["3", "7"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            coloring_for(&t, Some("pixel_0_1"), &[0, 1]),
            Coloring::Continuous { .. }
        ));
        assert_eq!(coloring_for(&t, None, &[0]), Coloring::None);
    }

    #[test]
    fn view_without_display_points_to_render() {
        if display_available() {
            return;
        }
        let mut t = Table::new();
        t.add_column("a", ColumnData::Numeric(vec![0.0, 1.0]))
            .unwrap();
        let req = ViewRequest {
            table: t,
            embedding: EmbeddingSpec::Numeric(vec!["a".into()]),
            color: None,
            coords: Array2::zeros((2, 2)),
            rows: vec![0, 1],
            compute: Compute::Cpu,
            title: "t".into(),
        };
        let e = view(req).unwrap_err();
        assert!(matches!(e, ViewerError::NoDisplay(_)));
        assert!(e.to_string().contains("projector render"), "{e}");
    }
}
