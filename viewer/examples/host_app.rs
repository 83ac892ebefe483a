//! A minimal host application: its own winit window, wgpu device and render loop, with the
//! projector engine and point renderer as libraries inside it.
//!
//! It loads the digits fixture (`data/digits.csv`, 1797 images of 8 × 8 pixels), starts UMAP on
//! the window's own device, and every frame queues a few epochs ([`Umap::submit`], which never
//! waits for the GPU) and draws the live layout straight from the reducer's positions buffer with
//! [`PointRenderer`] into the frame's render pass, coloured by digit.
//!
//! ```text
//! cargo run -p projector-viewer --example host_app                 # until the window closes
//! xvfb-run -a cargo run -p projector-viewer --example host_app -- --frames 120   # headless check
//! ```
//!
//! With `--frames N` it exits after N frames, printing the epochs reached and how long the frames
//! and the `submit` calls took, and fails (exit 1) when the layout is not finite or any step
//! failed. `--blocking` uses the blocking [`Umap::step`] instead, for comparison.

use std::path::PathBuf;
use std::sync::Arc;

use glam::{Mat4, Vec3};
use projector_engine::umap::{Umap, UmapParams};
use projector_engine::{Compute, Gpu, Input, NoProgress, load};
use projector_viewer::color::class_color;
use projector_viewer::{Colors, PointRenderer, Points, PositionsSource, ViewTransform};
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, EventLoop};
use winit::window::{Window, WindowId};

/// UMAP epochs queued per frame: small enough that a frame never waits long for the GPU.
const EPOCHS_PER_FRAME: usize = 5;

fn main() {
    let mut frames = None;
    let mut blocking = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--blocking" {
            blocking = true;
            continue;
        }
        match (a.as_str(), args.next().map(|v| v.parse::<u64>())) {
            ("--frames", Some(Ok(n))) => frames = Some(n),
            _ => {
                eprintln!("usage: host_app [--frames N] [--blocking]");
                std::process::exit(2);
            }
        }
    }
    let mut app = App {
        frames_limit: frames,
        frames: 0,
        frame_times: Vec::new(),
        blocking,
        state: None,
        error: None,
    };
    let result = EventLoop::new()
        .map_err(|e| e.to_string())
        .and_then(|el| el.run_app(&mut app).map_err(|e| e.to_string()));
    if let Err(e) = result {
        eprintln!("host_app: event loop: {e}");
        std::process::exit(1);
    }
    if let Some(e) = app.error {
        eprintln!("host_app: {e}");
        std::process::exit(1);
    }
    if !app.frame_times.is_empty() {
        let mut t = app.frame_times.clone();
        t.sort_by(f64::total_cmp);
        println!(
            "host_app: frame time (CPU side) median {:.1} ms, max {:.1} ms",
            t[t.len() / 2],
            t[t.len() - 1]
        );
    }
    if let Some(s) = &app.state
        && !s.submit_ms.is_empty()
    {
        let mut t = s.submit_ms.clone();
        t.sort_by(f64::total_cmp);
        println!(
            "host_app: Umap::{} median {:.2} ms, max {:.2} ms over {} calls",
            if app.blocking { "step" } else { "submit" },
            t[t.len() / 2],
            t[t.len() - 1],
            t.len()
        );
    }
    if let Some(s) = &app.state {
        match s.umap.positions() {
            Ok(y) if y.iter().all(|v| v.is_finite()) => println!(
                "host_app: {} frames, UMAP epoch {}/{} on {}, {} points",
                app.frames,
                s.umap.epoch(),
                s.umap.n_epochs(),
                s.gpu.describe(),
                y.nrows()
            ),
            Ok(_) => {
                eprintln!("host_app: the layout has non-finite coordinates");
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("host_app: reading the layout: {e}");
                std::process::exit(1);
            }
        }
    }
}

struct App {
    frames_limit: Option<u64>,
    frames: u64,
    /// CPU time of each frame (queueing the epochs, recording and presenting).
    frame_times: Vec<f64>,
    /// Use the blocking `Umap::step` instead of `Umap::submit` (for comparison).
    blocking: bool,
    state: Option<State>,
    error: Option<String>,
}

/// Everything the host owns: window, surface, device (wrapped in the engine's `Gpu`), the
/// reducer run and the renderer component.
struct State {
    window: Arc<Window>,
    surface: wgpu::Surface<'static>,
    config: wgpu::SurfaceConfiguration,
    gpu: Arc<Gpu>,
    umap: Umap,
    colors: Vec<[u8; 3]>,
    renderer: PointRenderer,
    /// Data → clip transform, refitted to the layout now and then.
    fit: Mat4,
    /// Milliseconds spent in each `Umap::submit` call.
    submit_ms: Vec<f64>,
}

impl State {
    fn new(event_loop: &ActiveEventLoop) -> Result<State, String> {
        let window = Arc::new(
            event_loop
                .create_window(
                    Window::default_attributes()
                        .with_title("host app: UMAP of digits")
                        .with_inner_size(winit::dpi::LogicalSize::new(800.0, 600.0)),
                )
                .map_err(|e| e.to_string())?,
        );
        // The host's own instance, surface, adapter and device.
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let surface = instance
            .create_surface(window.clone())
            .map_err(|e| e.to_string())?;
        let adapter = pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions {
            compatible_surface: Some(&surface),
            ..Default::default()
        }))
        .map_err(|e| e.to_string())?;
        let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
            required_limits: Gpu::wanted_limits(&adapter.limits()),
            ..Default::default()
        }))
        .map_err(|e| e.to_string())?;
        // The engine on the host's device: checked up front.
        let gpu = Arc::new(
            Gpu::try_from_device(device, queue, adapter.get_info()).map_err(|e| e.to_string())?,
        );
        let caps = surface.get_capabilities(&adapter);
        let format = *caps
            .formats
            .first()
            .ok_or("the surface supports no format")?;
        let size = window.inner_size();
        let config = projector_viewer::surface_config(&caps, format, [size.width, size.height]);
        surface.configure(&gpu.device, &config);

        // Data: the digits fixture, coloured by its `target` column.
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/digits.csv");
        let table = load::load(&path, &Default::default()).map_err(|e| e.to_string())?;
        let spec = table
            .default_embedding(Some("target"))
            .map_err(|e| e.to_string())?;
        let emb = table.embedding(&spec, false).map_err(|e| e.to_string())?;
        let colors = match table
            .labels("target", &emb.rows)
            .map_err(|e| e.to_string())?
        {
            Some(l) => l.codes.iter().map(|&c| class_color(c)).collect(),
            None => vec![[31, 119, 180]; emb.rows.len()],
        };
        let compute = Compute::Gpu(gpu.clone());
        let params = UmapParams::default().with_seed(1);
        let umap = Umap::new(&compute, Input::from(&emb), &params, &NoProgress)
            .map_err(|e| e.to_string())?;
        let renderer = PointRenderer::new(&gpu.device, format, 1);
        let mut s = State {
            window,
            surface,
            config,
            gpu,
            umap,
            colors,
            renderer,
            fit: Mat4::IDENTITY,
            submit_ms: Vec::new(),
        };
        s.refit()?;
        Ok(s)
    }

    /// Fits the view to the layout's bounds (a small read-back, done every few frames; the
    /// frames in between draw the buffer without touching the CPU).
    fn refit(&mut self) -> Result<(), String> {
        let y = self.umap.positions().map_err(|e| e.to_string())?;
        let (mut lo, mut hi) = (Vec3::splat(f32::MAX), Vec3::splat(f32::MIN));
        for r in y.rows() {
            let p = Vec3::new(r[0], r[1], 0.0);
            lo = lo.min(p);
            hi = hi.max(p);
        }
        let centre = (lo + hi) * 0.5;
        let half = ((hi - lo) * 0.5 * 1.1).max(Vec3::splat(1e-3));
        let aspect = self.config.width as f32 / self.config.height.max(1) as f32;
        // Keep the aspect ratio: scale both axes by the tighter fit.
        let s = (1.0 / half.x).min(aspect / half.y);
        self.fit =
            Mat4::from_scale(Vec3::new(s / aspect, s, 1.0)) * Mat4::from_translation(-centre);
        Ok(())
    }

    fn frame(&mut self, frame_no: u64, blocking: bool) -> Result<(), String> {
        // Compute: queue a few epochs (returns at once; 0 while the last batch still runs).
        if !self.umap.is_finished() {
            let t = std::time::Instant::now();
            if blocking {
                self.umap.step(EPOCHS_PER_FRAME, &NoProgress)
            } else {
                self.umap.submit(EPOCHS_PER_FRAME, &NoProgress)
            }
            .map_err(|e| e.to_string())?;
            self.submit_ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        if frame_no.is_multiple_of(20) {
            self.refit()?;
        }
        let Some(frame) =
            projector_viewer::next_frame(&self.surface, &self.gpu.device, &self.config)
        else {
            return Ok(());
        };
        let view = frame.texture.create_view(&Default::default());
        // Draw: the reducer's buffer, bound in place.
        let buffer = self
            .umap
            .positions_buffer()
            .ok_or("UMAP is not on the GPU")?;
        let points = Points::new(
            PositionsSource::Buffer {
                buffer,
                count: self.colors.len(),
            },
            2,
            Colors::PerPoint(&self.colors),
        );
        self.renderer
            .prepare(
                &self.gpu.device,
                &self.gpu.queue,
                &points,
                &ViewTransform::Clip(self.fit),
                [self.config.width, self.config.height],
                5.0,
            )
            .map_err(|e| e.to_string())?;
        let mut encoder = self.gpu.device.create_command_encoder(&Default::default());
        {
            let load = wgpu::LoadOp::Clear(wgpu::Color::WHITE);
            let mut pass =
                projector_viewer::color_pass(&mut encoder, "host frame", &view, None, load);
            // ... the host's own drawing would go here too ...
            self.renderer.draw(&mut pass);
        }
        self.gpu.queue.submit(Some(encoder.finish()));
        self.window.pre_present_notify();
        self.gpu.queue.present(frame);
        Ok(())
    }
}

impl ApplicationHandler for App {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.state.is_some() {
            return;
        }
        match State::new(event_loop) {
            Ok(s) => {
                s.window.request_redraw();
                self.state = Some(s);
            }
            Err(e) => {
                self.error = Some(e);
                event_loop.exit();
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        let Some(s) = self.state.as_mut() else { return };
        match event {
            WindowEvent::CloseRequested => event_loop.exit(),
            WindowEvent::Resized(size) if size.width > 0 && size.height > 0 => {
                s.config.width = size.width;
                s.config.height = size.height;
                s.surface.configure(&s.gpu.device, &s.config);
                s.window.request_redraw();
            }
            WindowEvent::RedrawRequested => {
                let t = std::time::Instant::now();
                let result = s.frame(self.frames, self.blocking);
                self.frame_times.push(t.elapsed().as_secs_f64() * 1e3);
                if let Err(e) = result {
                    self.error = Some(e);
                    event_loop.exit();
                    return;
                }
                self.frames += 1;
                if self.frames_limit.is_some_and(|n| self.frames >= n) {
                    event_loop.exit();
                    return;
                }
                s.window.request_redraw();
            }
            _ => {}
        }
    }
}
