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
//! - Hover picks the point under the cursor on the CPU through a grid index
//!   ([`crate::picking::PickIndex`], built once per change of positions, or of camera in 3-D, so
//!   a hover only looks at the points near the cursor) and shows a tooltip with the row's fields
//!   and its image (an image column, or an 8×8 image from `pixel_R_C` columns as in the digits
//!   data). A click selects a point and lists its k nearest neighbours in the original space (one
//!   brute-force query over the embedding, exact).
//! - Run starts the chosen reducer (PCA, t-SNE or UMAP with the panel's parameters) on a worker
//!   thread behind [`LiveProjection`]: the worker builds it (PCA preprocessing, k-NN, affinities:
//!   the slow part stays off the frame loop), steps it a few iterations at a time and publishes
//!   snapshots. On the GPU the reducers run on the window's own device, so the renderer binds the
//!   reducer's positions buffer directly and the points move every frame with no copy through
//!   the CPU; a CPU snapshot is read back only a few times a second, for picking and for the
//!   camera, which follows the layout as it grows until the user pans or zooms. CPU reducers
//!   publish a snapshot after every step and the window uploads it. Stop sets the flag the
//!   reducer polls; the positions reached stay. When a run completes, the worker computes
//!   trustworthiness and k-NN accuracy ([`projector_engine::metrics::quality`], sampled above
//!   20,000 rows) and the panel shows them, with t-SNE's last KL divergence.
//!
//! Set `PROJECTOR_VIEWER_EXIT_AFTER_FRAMES=N` to close the window after N frames (used by the
//! Xvfb check).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::{Color32, Pos2, Rect, Sense, Vec2 as EVec2};
use glam::{Mat4, Vec2};
use ndarray::Array2;
use projector_engine::metrics::Quality;
use projector_engine::tsne;
use projector_engine::umap::UmapParams;
use projector_engine::{
    ColumnData, Compute, EmbeddingSpec, Gpu, ImageCell, Progress, Table, Value,
};
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::window::{Window, WindowId};

use crate::camera::{Camera, PlotRect};
use crate::color::{STYLE_DIM, STYLE_HIDDEN, STYLE_NORMAL, pack};
use crate::legend::format_value;
use crate::live::{LiveProjection, Loss, PcaProjection, TsneProjection, UmapProjection};
use crate::offscreen::{density_alpha, point_colors};
use crate::picking::PickIndex;
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
    /// What is shown: the input's file name (the panel's heading and the window title).
    pub source: String,
    /// How `coords` were made ("PCA", "t-SNE", "UMAP", or where they came from); the heading
    /// follows it, and the panel's algorithm starts on the matching reducer.
    pub layout: String,
    /// The panel's t-SNE parameters at start (those that made the layout, seed included, so
    /// Run repeats it).
    pub tsne: tsne::Params,
    /// The panel's UMAP parameters at start.
    pub umap: UmapParams,
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
        return Err(ViewerError::NoDisplay(format!("viewing '{}'", req.source)));
    }
    check_request(&req)?;
    let event_loop = EventLoop::new().map_err(|e| ViewerError::Window(e.to_string()))?;
    let mut app = App {
        req: Some(req),
        state: None,
        error: None,
        frames: 0,
        announced: false,
        exit_after: exit_after(),
        last_frame: Instant::now(),
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
    /// "first frames presented" was said.
    announced: bool,
    exit_after: Option<u64>,
    last_frame: Instant,
}

/// Frame interval while a run animates (about 30 frames per second, leaving CPU to the
/// reducer on software adapters).
const LIVE_FRAME: Duration = Duration::from_millis(33);

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
                self.last_frame = Instant::now();
                if let Err(e) = state.frame() {
                    self.error = Some(e);
                    event_loop.exit();
                    return;
                }
                self.frames += 1;
                // Said once the layout has settled (egui wants no further frame) or after three.
                if !self.announced && (self.frames >= 3 || state.repaint_at.is_none()) {
                    self.announced = true;
                    eprintln!("projector viewer: first frames presented");
                }
                if self.exit_after.is_some_and(|n| self.frames >= n) {
                    event_loop.exit();
                }
                if self.exit_after.is_some() {
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

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        let Some(s) = self.state.as_mut() else {
            return;
        };
        // Animate at a steady rate while a run or its quality figures are under way, and
        // repaint when egui asked for it (a tooltip after its delay, a second layout pass):
        // whichever comes first. With neither, wait for the next event: an idle window stays idle.
        let live = s.wants_redraw().then_some(self.last_frame + LIVE_FRAME);
        let next = match (live, s.repaint_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match next {
            Some(t) if Instant::now() >= t => {
                s.repaint_at = None;
                s.window.request_redraw();
                event_loop.set_control_flow(ControlFlow::Wait);
            }
            Some(t) => event_loop.set_control_flow(ControlFlow::WaitUntil(t)),
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}

/// Positions published by the worker.
struct Snapshot {
    coords: Array2<f32>,
    /// The reducer's GPU positions buffer (on the window's device) while it runs there.
    buffer: Option<wgpu::Buffer>,
    /// The run is over (completed or stopped): the window goes back to its own buffer.
    last: bool,
    /// The run reached its full iteration count.
    completed: bool,
    /// Iterations done.
    iteration: usize,
}

/// Progress shared between the worker thread and the frame loop.
#[derive(Default)]
struct Shared {
    done: AtomicU64,
    total: AtomicU64,
    stage: Mutex<String>,
    stop: AtomicBool,
    running: AtomicBool,
    quality_pending: AtomicBool,
    snapshot: Mutex<Option<Snapshot>>,
    error: Mutex<Option<String>>,
    loss: Mutex<Option<Loss>>,
    quality: Mutex<Option<Result<Quality, String>>>,
}

impl Shared {
    fn publish(
        &self,
        proj: &dyn LiveProjection,
        last: bool,
        iteration: usize,
    ) -> Result<(), ViewerError> {
        let coords = proj.positions()?;
        let snap = Snapshot {
            coords,
            buffer: if last {
                None
            } else {
                proj.positions_buffer().cloned()
            },
            last,
            completed: proj.done(),
            iteration,
        };
        if let Ok(mut s) = self.snapshot.lock() {
            // A pending final snapshot is never replaced by an older one.
            if !s.as_ref().is_some_and(|old| old.last) {
                *s = Some(snap);
            }
        }
        Ok(())
    }
}

/// Iterations per step of a live run.
const STEP_BATCH: usize = 10;
/// How often a GPU run's positions are read back for picking and the camera.
const SNAPSHOT_EVERY: Duration = Duration::from_millis(250);

/// The worker thread's body: builds the projection, steps it, publishes snapshots, and computes
/// the quality figures when the run completes.
fn run_worker(
    shared: &Shared,
    build: impl FnOnce(&dyn Progress) -> Result<Box<dyn LiveProjection>, ViewerError>,
    data: &Array2<f32>,
    labels: Option<Vec<u32>>,
) -> Result<(), ViewerError> {
    let mut proj = build(shared)?;
    let mut iteration = 0;
    shared.publish(proj.as_ref(), false, iteration)?;
    let mut last = Instant::now();
    while !proj.done() && !shared.cancelled() {
        iteration = proj.step(STEP_BATCH, shared)?;
        shared.update(proj.name(), iteration as u64, proj.total() as u64);
        if let (Some(l), Ok(mut slot)) = (proj.loss(), shared.loss.lock()) {
            *slot = Some(l);
        }
        if proj.positions_buffer().is_none() || last.elapsed() >= SNAPSHOT_EVERY {
            shared.publish(proj.as_ref(), false, iteration)?;
            last = Instant::now();
        }
    }
    let completed = proj.done();
    let coords = proj.positions()?;
    shared.publish(proj.as_ref(), true, iteration)?;
    drop(proj);
    if completed {
        shared.quality_pending.store(true, Ordering::Relaxed);
        shared.running.store(false, Ordering::Relaxed);
        shared.update("quality", 0, 1);
        let q =
            projector_engine::metrics::quality(data.view(), coords.view(), labels.as_deref(), 0)
                .map_err(|e| e.to_string());
        if let Ok(mut slot) = shared.quality.lock() {
            *slot = Some(q);
        }
        shared.update("quality", 1, 1);
        shared.quality_pending.store(false, Ordering::Relaxed);
    }
    Ok(())
}

impl Progress for Shared {
    fn update(&self, stage: &str, done: u64, total: u64) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        if let Ok(mut s) = self.stage.lock()
            && s.as_str() != stage
        {
            *s = stage.to_string();
        }
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

impl Algorithm {
    const ALL: [Algorithm; 3] = [Algorithm::Pca, Algorithm::Tsne, Algorithm::Umap];

    fn name(self) -> &'static str {
        match self {
            Algorithm::Pca => "PCA",
            Algorithm::Tsne => "t-SNE",
            Algorithm::Umap => "UMAP",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }
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
    /// When egui wants the next frame (from the last frame's `repaint_delay`); None: only on
    /// input.
    repaint_at: Option<Instant>,
    /// The window title last set.
    shown_title: String,
}

/// Everything the panel and the plot change; no window-system types.
struct Viewer {
    table: Table,
    spec: EmbeddingSpec,
    /// Numeric columns ticked in the panel's embedding picker.
    embed_pick: std::collections::BTreeSet<String>,
    data: Option<Arc<Array2<f32>>>,
    rows: Vec<usize>,
    coords: Array2<f32>,
    flat: Vec<f32>,
    dims: usize,
    source: String,
    /// The reducer (or origin) of the layout shown.
    layout: String,
    /// The reducer of the run last started.
    run_layout: String,
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
    tsne: tsne::Params,
    umap: UmapParams,
    follow: bool,
    live_buffer: Option<wgpu::Buffer>,
    loss: Option<Loss>,
    quality: Option<Result<Quality, String>>,
    pick_index: Option<PickIndex>,
    vis_cache: Option<Vec<bool>>,
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
            repaint_at: None,
            shown_title: String::new(),
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
            || self.v.shared.quality_pending.load(Ordering::Relaxed)
            || self.v.shared.snapshot.lock().is_ok_and(|s| s.is_some())
            || self.v.shared.quality.lock().is_ok_and(|s| s.is_some())
            || self.v.shared.error.lock().is_ok_and(|s| s.is_some())
    }

    fn frame(&mut self) -> Result<(), ViewerError> {
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
        let pos = self
            .v
            .live_buffer
            .as_ref()
            .or(self.v.gpu_positions.as_ref());
        let (Some(pos), Some(col)) = (pos, self.v.gpu_colors.as_ref()) else {
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
                    title: self.v.title(),
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
            .map(|e| Arc::new(e.data));
        let classes = match &coloring {
            Coloring::Categorical { classes, .. } => classes.len(),
            _ => 0,
        };
        let embed_pick = match &req.embedding {
            EmbeddingSpec::Numeric(cols) => cols.iter().cloned().collect(),
            _ => Default::default(),
        };
        Ok(Viewer {
            table: req.table,
            spec: req.embedding,
            embed_pick,
            data,
            rows: req.rows,
            flat: req.coords.iter().copied().collect(),
            coords: req.coords,
            dims,
            algorithm: Algorithm::from_name(&req.layout).unwrap_or(Algorithm::Pca),
            source: req.source,
            run_layout: req.layout.clone(),
            layout: req.layout,
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
            out_dims: dims,
            tsne: req.tsne,
            umap: req.umap,
            follow: false,
            live_buffer: None,
            loss: None,
            quality: None,
            pick_index: None,
            vis_cache: None,
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

    /// The heading: input, the layout's reducer, rows and embedding dimensions.
    fn title(&self) -> String {
        let d = self.data.as_ref().map_or(0, |d| d.ncols());
        format!(
            "{} · {} · {} points × {d} dims",
            self.source,
            self.layout,
            self.coords.nrows()
        )
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
        if self.live_buffer.is_some() {
            // The reducer's own buffer is drawn; nothing to upload.
            self.positions_dirty = false;
        } else if self.positions_dirty || self.gpu_positions.is_none() {
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
        let algorithm = self.algorithm;
        let dims = self.out_dims;
        let mut tsne = self.tsne.clone();
        tsne.dims = dims;
        let mut umap = self.umap.clone();
        umap.dims = dims;
        let labels = match &self.coloring {
            Coloring::Categorical { codes, .. } => Some(codes.clone()),
            _ => None,
        };
        let compute = compute.clone();
        let shared = Arc::new(Shared::default());
        shared.running.store(true, Ordering::Relaxed);
        self.shared = shared.clone();
        self.loss = None;
        self.quality = None;
        self.follow = true;
        let name = algorithm.name();
        self.run_layout = name.to_string();
        self.status = format!("running {name}");
        let build_data = data.clone();
        let build = move |progress: &dyn Progress| -> Result<Box<dyn LiveProjection>, ViewerError> {
            let view = build_data.view();
            Ok(match algorithm {
                Algorithm::Pca => Box::new(PcaProjection::new(compute, view, dims)?),
                Algorithm::Tsne => Box::new(TsneProjection::new(&compute, view, &tsne, progress)?),
                Algorithm::Umap => Box::new(UmapProjection::new(&compute, view, &umap, progress)?),
            })
        };
        std::thread::spawn(move || {
            if let Err(e) = run_worker(&shared, build, &data, labels)
                && let Ok(mut slot) = shared.error.lock()
            {
                *slot = Some(match e {
                    ViewerError::Engine(projector_engine::Error::Cancelled) => "stopped".into(),
                    e => format!("failed: {e}"),
                });
            }
            shared.running.store(false, Ordering::Relaxed);
        });
    }

    fn poll_worker(&mut self) {
        let taken = self.shared.snapshot.lock().ok().and_then(|mut r| r.take());
        if let Some(snap) = taken {
            let changed_dims = snap.coords.ncols() != self.dims;
            self.dims = snap.coords.ncols();
            self.flat = snap.coords.iter().copied().collect();
            self.coords = snap.coords;
            self.pick_index = None;
            // The layout shown is now the run's: the heading says so from its first positions.
            self.layout.clone_from(&self.run_layout);
            match snap.buffer {
                Some(b) => self.live_buffer = Some(b),
                None => {
                    self.live_buffer = None;
                    self.positions_dirty = true;
                }
            }
            if changed_dims || self.follow {
                self.camera = None;
            }
            if snap.last {
                self.status = if snap.completed {
                    format!("done ({} iterations)", snap.iteration.max(1))
                } else {
                    format!("stopped at iteration {}", snap.iteration)
                };
            }
        }
        if let Some(e) = self.shared.error.lock().ok().and_then(|mut r| r.take()) {
            self.status = e;
        }
        if let Some(l) = self.shared.loss.lock().ok().and_then(|r| *r) {
            self.loss = Some(l);
        }
        if let Some(q) = self.shared.quality.lock().ok().and_then(|mut r| r.take()) {
            self.quality = Some(q);
        }
    }

    /// Which points are visible (None: all), cached until the colouring or hidden classes change.
    fn visible_mask(&mut self) -> Option<&[bool]> {
        if !self.hidden.iter().any(|&h| h) {
            return None;
        }
        if self
            .vis_cache
            .as_ref()
            .is_none_or(|v| v.len() != self.coords.nrows())
        {
            let v = (0..self.coords.nrows()).map(|i| self.visible(i)).collect();
            self.vis_cache = Some(v);
        }
        self.vis_cache.as_deref()
    }

    /// The pick index for the current positions under `m` (rebuilt only when they changed, or
    /// in 3-D when the camera moved).
    fn pick_index(&mut self, m: &Mat4) -> &PickIndex {
        let n = self.coords.nrows();
        if !self
            .pick_index
            .as_ref()
            .is_some_and(|ix| ix.valid_for(n, self.dims, m))
        {
            self.pick_index = None;
        }
        let (flat, dims) = (&self.flat, self.dims);
        self.pick_index
            .get_or_insert_with(|| PickIndex::new(flat, dims, m))
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
        ui.heading(self.title());
        ui.label(format!("{} points, {}-D", self.coords.nrows(), self.dims));
        self.embedding_ui(ui, actions);
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
            for a in Algorithm::ALL {
                ui.selectable_value(&mut self.algorithm, a, a.name());
            }
        });
        ui.horizontal(|ui| {
            ui.label("dimensions");
            ui.selectable_value(&mut self.out_dims, 2, "2");
            ui.selectable_value(&mut self.out_dims, 3, "3");
        });
        let running = self.shared.running.load(Ordering::Relaxed);
        ui.add_enabled_ui(!running, |ui| self.params_ui(ui));
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
        if total > 0 && (running || self.shared.quality_pending.load(Ordering::Relaxed)) {
            let stage = self
                .shared
                .stage
                .lock()
                .map(|s| s.clone())
                .unwrap_or_default();
            ui.add(
                egui::ProgressBar::new(done as f32 / total as f32)
                    .text(format!("{stage} {done} / {total}")),
            );
        }
        if !self.status.is_empty() {
            ui.label(&self.status);
        }
        if let Some(l) = self.loss {
            ui.label(format!(
                "{} {:.4} (iteration {})",
                l.name, l.value, l.iteration
            ));
        }
        match &self.quality {
            Some(Ok(q)) => {
                ui.label(format!(
                    "trustworthiness (k = 15): {:.4}",
                    q.trustworthiness
                ));
                match q.knn_accuracy {
                    Some(a) => ui.label(format!("10-NN accuracy (5-fold): {a:.4}")),
                    None => ui.label("10-NN accuracy: needs a categorical colour column"),
                };
                if let Some(m) = q.sampled {
                    ui.label(format!("(on a sample of {m} points)"));
                }
            }
            Some(Err(e)) => {
                ui.label(format!("quality: {e}"));
            }
            None if self.shared.quality_pending.load(Ordering::Relaxed) => {
                ui.label("computing trustworthiness and k-NN accuracy…");
            }
            None => {}
        }
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

    /// The chosen algorithm's parameters, each with its default shown (from the engine's
    /// description: see `params_panel`).
    fn params_ui(&mut self, ui: &mut egui::Ui) {
        let n = self.coords.nrows();
        egui::Grid::new("params")
            .num_columns(3)
            .show(ui, |ui| match self.algorithm {
                Algorithm::Pca => {
                    ui.label("PCA: exact, centred; no parameters");
                    ui.end_row();
                }
                Algorithm::Tsne => {
                    crate::params_panel::described_ui(ui, &mut self.tsne, n);
                }
                Algorithm::Umap => {
                    crate::params_panel::described_ui(ui, &mut self.umap, n);
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

    /// The embedding picker: a vector column, or numeric columns ticked together.
    fn embedding_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let spec_text = match &self.spec {
            EmbeddingSpec::Vector(c) => c.clone(),
            EmbeddingSpec::Numeric(c) => format!("{} numeric columns", c.len()),
        };
        let mut wanted = None;
        egui::CollapsingHeader::new(format!("embedding: {spec_text}"))
            .id_salt("embedding")
            .show(ui, |ui| {
                for c in self.table.columns() {
                    if let ColumnData::Vector { dim, .. } = &c.data {
                        let on = self.spec == EmbeddingSpec::Vector(c.name.clone());
                        if ui
                            .radio(on, format!("{} ({dim}-d vector)", c.name))
                            .clicked()
                            && !on
                        {
                            wanted = Some(EmbeddingSpec::Vector(c.name.clone()));
                        }
                    }
                }
                let numeric: Vec<String> = self
                    .table
                    .columns()
                    .iter()
                    .filter(|c| matches!(c.data, ColumnData::Numeric(_)))
                    .map(|c| c.name.clone())
                    .collect();
                if numeric.is_empty() {
                    return;
                }
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "numeric columns ({} ticked)",
                        self.embed_pick.len()
                    ));
                    if ui.small_button("all").clicked() {
                        self.embed_pick = numeric
                            .iter()
                            .filter(|c| Some(c.as_str()) != self.color_column.as_deref())
                            .cloned()
                            .collect();
                    }
                    if ui.small_button("none").clicked() {
                        self.embed_pick.clear();
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("numeric columns")
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for c in &numeric {
                            let mut on = self.embed_pick.contains(c);
                            if ui.checkbox(&mut on, c).changed() {
                                if on {
                                    self.embed_pick.insert(c.clone());
                                } else {
                                    self.embed_pick.remove(c);
                                }
                            }
                        }
                    });
                if ui.button("embed the ticked columns").clicked() {
                    // In table order, as the CLI's --embedding resolves them.
                    let cols = numeric
                        .iter()
                        .filter(|c| self.embed_pick.contains(*c))
                        .cloned()
                        .collect();
                    wanted = Some(EmbeddingSpec::Numeric(cols));
                }
            });
        if let Some(spec) = wanted {
            match self.set_embedding(spec) {
                Ok(true) => actions.push(Action::Run),
                Ok(false) => {}
                Err(e) => self.status = e,
            }
        }
    }

    /// Switches the embedding columns. Rows whose new embedding cells are invalid are left out;
    /// when that changes the set of rows shown, the layout no longer matches them and `Ok(true)`
    /// asks the caller to run the chosen reducer again at once. With the same rows the current
    /// layout stays until the next Run.
    fn set_embedding(&mut self, spec: EmbeddingSpec) -> Result<bool, String> {
        if self.shared.running.load(Ordering::Relaxed) {
            return Err("stop the running projection before changing the embedding".into());
        }
        if matches!(&spec, EmbeddingSpec::Numeric(c) if c.is_empty()) {
            return Err("tick at least one numeric column".into());
        }
        let e = self
            .table
            .embedding(&spec, true)
            .map_err(|e| format!("embedding: {e}"))?;
        let described = spec.columns().join(", ");
        self.spec = spec;
        self.data = Some(Arc::new(e.data));
        self.quality = None;
        if e.rows == self.rows {
            self.status = format!("embedding: {described} (press Run to project it)");
            return Ok(false);
        }
        // Another row set: everything indexed by point changes.
        let n = e.rows.len();
        self.rows = e.rows;
        self.coords = Array2::zeros((n, self.dims));
        self.flat = vec![0.0; n * self.dims];
        self.coloring = coloring_for(&self.table, self.color_column.as_deref(), &self.rows);
        self.hidden = match &self.coloring {
            Coloring::Categorical { classes, .. } => vec![false; classes.len()],
            _ => Vec::new(),
        };
        self.hover = None;
        self.selected = None;
        self.neighbors.clear();
        self.box_sel.clear();
        self.images.clear();
        self.pick_index = None;
        self.vis_cache = None;
        self.camera = None;
        self.positions_dirty = true;
        self.colors_dirty = true;
        self.update_search();
        self.status = format!("embedding: {described}, {n} rows with valid cells: projecting");
        Ok(true)
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
        if self.colors_dirty {
            self.vis_cache = None;
        }
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
            self.follow = false;
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
                self.visible_mask();
                let vis = if self.hidden.iter().any(|&h| h) {
                    self.vis_cache.as_deref()
                } else {
                    None
                };
                let index = match self.pick_index.as_ref() {
                    Some(ix) if ix.valid_for(self.coords.nrows(), self.dims, &m) => None,
                    _ => Some(PickIndex::new(&self.flat, self.dims, &m)),
                };
                let ix = index.as_ref().or(self.pick_index.as_ref());
                self.box_sel = match ix {
                    Some(ix) => ix.select_box(&self.flat, &m, start, Vec2::new(now.x, now.y), vis),
                    None => Vec::new(),
                };
                self.box_start = None;
                self.colors_dirty = true;
                ui.ctx().request_repaint();
            }
        }
        if let Some(p) = pointer {
            let factor = zoom * (scroll * 0.002).exp();
            if (factor - 1.0).abs() > 1e-6 {
                cam.zoom(factor, p, plot);
                self.follow = false;
            }
        }
        if keys_f {
            cam = Camera::fit(self.positions(), self.dims, plot);
            self.follow = self.shared.running.load(Ordering::Relaxed);
        }
        if keys_r {
            cam = Camera::fit(self.positions(), self.dims, plot);
            self.hidden.iter_mut().for_each(|h| *h = false);
            self.box_sel.clear();
            self.select(None);
        }
        self.camera = Some(cam);
        // Hover and click (not while dragging: a 3-D orbit would rebuild the index each frame).
        let m = cam.matrix(plot);
        let radius = (self.point_size * 0.5 + 3.0).max(5.0);
        self.hover = match pointer {
            Some(p) if !response.dragged() => {
                self.visible_mask();
                self.pick_index(&m);
                let vis = if self.hidden.iter().any(|&h| h) {
                    self.vis_cache.as_deref()
                } else {
                    None
                };
                self.pick_index
                    .as_ref()
                    .and_then(|ix| ix.pick(&self.flat, &m, p, radius, vis))
            }
            _ => None,
        };
        if response.clicked() {
            self.select(self.hover);
            // The panel, drawn before the plot in this pass, lists the neighbours next frame.
            ui.ctx().request_repaint();
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
            source: "t".into(),
            layout: "PCA".into(),
            tsne: Default::default(),
            umap: Default::default(),
        };
        let e = view(req).unwrap_err();
        assert!(matches!(e, ViewerError::NoDisplay(_)));
        assert!(e.to_string().contains("projector render"), "{e}");
    }

    #[test]
    fn embedding_picker_switches_columns_and_rows() {
        let mut v = digits_viewer(40, &Compute::Cpu);
        assert_eq!(v.data.as_ref().unwrap().ncols(), 64);
        // The same rows: the data changes, the layout waits for Run.
        let two = EmbeddingSpec::Numeric(vec!["pixel_0_2".into(), "pixel_0_3".into()]);
        assert_eq!(v.set_embedding(two), Ok(false));
        assert_eq!(v.data.as_ref().unwrap().dim(), (40, 2));
        assert_eq!(v.data.as_ref().unwrap()[[0, 0]], 5.0);
        // A column with invalid cells in some rows: those rows leave, everything follows.
        let mut bad: Vec<f64> = (0..40).map(f64::from).collect();
        bad[3] = f64::NAN;
        bad[7] = f64::INFINITY;
        v.table
            .add_column("score", ColumnData::Numeric(bad))
            .unwrap();
        assert_eq!(
            v.set_embedding(EmbeddingSpec::Numeric(vec!["score".into()])),
            Ok(true)
        );
        assert_eq!(v.rows.len(), 38);
        assert!(!v.rows.contains(&3) && !v.rows.contains(&7));
        assert_eq!(v.coords.nrows(), 38);
        match &v.coloring {
            Coloring::Categorical { codes, .. } => assert_eq!(codes.len(), 38),
            c => panic!("{c:?}"),
        }
        // A text column cannot embed; nothing changes.
        let err = v
            .set_embedding(EmbeddingSpec::Numeric(vec!["target".into(), "nope".into()]))
            .unwrap_err();
        assert!(err.contains("nope"), "{err}");
        assert_eq!(v.rows.len(), 38);
        assert!(v.set_embedding(EmbeddingSpec::Numeric(vec![])).is_err());
    }

    /// A viewer over the first `n` rows of data/digits.csv, coloured by `target`.
    fn digits_viewer(n: usize, compute: &Compute) -> Viewer {
        let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv"));
        let rows: Vec<usize> = (0..n).collect();
        let table = projector_engine::load::load(path, &Default::default())
            .unwrap()
            .select_rows(&rows);
        let spec = table.default_embedding(Some("target")).unwrap();
        Viewer::new(ViewRequest {
            table,
            embedding: spec,
            color: Some("target".into()),
            coords: Array2::zeros((n, 2)),
            rows,
            compute: compute.clone(),
            source: "digits".into(),
            layout: "PCA".into(),
            tsne: Default::default(),
            umap: Default::default(),
        })
        .unwrap()
    }

    /// Polls the worker until the run (and its quality figures) end; returns whether the
    /// reducer's GPU buffer was drawn at some point.
    fn poll_until_idle(v: &mut Viewer) -> bool {
        let mut saw_buffer = false;
        let t = Instant::now();
        loop {
            v.poll_worker();
            saw_buffer |= v.live_buffer.is_some();
            let busy = v.shared.running.load(Ordering::Relaxed)
                || v.shared.quality_pending.load(Ordering::Relaxed)
                || v.shared.snapshot.lock().unwrap().is_some()
                || v.shared.quality.lock().unwrap().is_some();
            if !busy {
                return saw_buffer;
            }
            assert!(t.elapsed() < Duration::from_secs(600), "run did not end");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn tsne_and_umap_run_live_and_report_quality() {
        let mut v = digits_viewer(300, &Compute::Cpu);
        assert!(v.data.is_some());
        let before = v.flat.clone();
        v.tsne.iterations = 150;
        v.tsne.exaggeration_iterations = 60;
        v.umap.epochs = Some(40);
        assert_eq!(v.title(), "digits · PCA · 300 points × 64 dims");
        for algo in [Algorithm::Tsne, Algorithm::Umap] {
            v.algorithm = algo;
            v.start(&Compute::Cpu);
            assert!(v.follow);
            let saw_buffer = poll_until_idle(&mut v);
            // The heading names the reducer of the layout shown, not the one the window opened on.
            assert_eq!(
                v.title(),
                format!("digits · {} · 300 points × 64 dims", algo.name())
            );
            assert!(!saw_buffer, "a CPU run has no GPU buffer");
            assert!(v.status.starts_with("done"), "{algo:?}: {}", v.status);
            assert_eq!(v.coords.dim(), (300, 2));
            assert!(v.flat.iter().all(|x| x.is_finite()));
            assert_ne!(v.flat, before);
            assert!(v.positions_dirty || v.gpu_positions.is_none());
            let q = v.quality.clone().unwrap().unwrap();
            assert!(q.trustworthiness > 0.8, "{algo:?}: {q:?}");
            assert!(q.knn_accuracy.unwrap() > 0.7, "{algo:?}: {q:?}");
            match algo {
                Algorithm::Tsne => {
                    let l = v.loss.unwrap();
                    assert_eq!(l.iteration, 150);
                    assert!(l.value.is_finite() && l.value > 0.0);
                }
                _ => assert!(v.loss.is_none()),
            }
        }
    }

    #[test]
    fn stop_keeps_the_positions_reached() {
        let mut v = digits_viewer(300, &Compute::Cpu);
        v.algorithm = Algorithm::Tsne;
        v.tsne.iterations = 100_000;
        v.start(&Compute::Cpu);
        // Wait for a few steps, then stop.
        let t = Instant::now();
        while v.shared.done.load(Ordering::Relaxed) < 30
            || v.shared.stage.lock().unwrap().as_str() != "t-SNE"
        {
            assert!(t.elapsed() < Duration::from_secs(300));
            std::thread::sleep(Duration::from_millis(5));
        }
        v.shared.stop.store(true, Ordering::Relaxed);
        poll_until_idle(&mut v);
        assert!(v.status.starts_with("stopped at iteration"), "{}", v.status);
        assert!(v.quality.is_none(), "no quality figures for a stopped run");
        assert!(v.flat.iter().all(|x| x.is_finite()));
        assert!(v.flat.iter().any(|&x| x != 0.0));
    }

    #[test]
    fn bad_parameters_show_in_the_status() {
        let mut v = digits_viewer(50, &Compute::Cpu);
        v.algorithm = Algorithm::Umap;
        v.umap.neighbors = 1;
        let before = v.flat.clone();
        v.start(&Compute::Cpu);
        poll_until_idle(&mut v);
        assert!(v.status.starts_with("failed"), "{}", v.status);
        assert_eq!(v.flat, before);
    }

    #[test]
    fn gpu_runs_are_drawn_from_the_reducer_buffer() {
        let Some(gpu) = projector_engine::gpu::test_context() else {
            return;
        };
        let compute = Compute::Gpu(gpu.clone());
        let mut v = digits_viewer(300, &compute);
        v.algorithm = Algorithm::Umap;
        v.umap.epochs = None; // 500: long enough for the poll to see the run.
        v.start(&compute);
        assert!(
            poll_until_idle(&mut v),
            "the reducer's buffer was never drawn"
        );
        assert!(v.status.starts_with("done"), "{}", v.status);
        // After the run the window draws its own copy of the final positions.
        assert!(v.live_buffer.is_none());
        v.upload(&gpu);
        let pos = v.gpu_positions.as_ref().unwrap();
        let back: Vec<f32> = gpu.read_back(pos, v.flat.len()).unwrap();
        assert_eq!(back, v.flat);
        assert!(v.quality.clone().unwrap().is_ok());
    }
}
