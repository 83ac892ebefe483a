//! The winit application: opens the window state on `resumed`, routes window events to egui
//! and to [`WindowState`], and decides when the next frame is drawn (a steady rate while a run
//! animates, egui's repaint requests, otherwise nothing: an idle window stays idle).

use std::time::{Duration, Instant};

use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow};
use winit::window::WindowId;

use super::ViewRequest;
use super::frame::WindowState;
use crate::ViewerError;

pub(super) struct App {
    pub(super) req: Option<ViewRequest>,
    pub(super) state: Option<Box<WindowState>>,
    pub(super) error: Option<ViewerError>,
    pub(super) frames: u64,
    /// "first frames presented" was said.
    pub(super) announced: bool,
    pub(super) exit_after: Option<u64>,
    /// `PROJECTOR_VIEWER_FRAME_LOG`: each frame's time on stderr, the GPU's work included.
    pub(super) frame_log: bool,
    pub(super) last_frame: Instant,
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
                if self.frame_log {
                    // Waits for the GPU, so the time is the frame's whole cost.
                    let _ = state.gpu.wait(None);
                    eprintln!(
                        "projector viewer: frame {:.1} ms",
                        self.last_frame.elapsed().as_secs_f64() * 1e3
                    );
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
