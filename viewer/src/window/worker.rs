//! The worker thread behind Run: [`run_worker`] starts the engine's pipeline
//! ([`projector_engine::pipeline::Run`], the same one `projector project` runs, with the
//! panel's [`Settings`](projector_engine::pipeline::Settings)), steps it a few iterations at a
//! time and publishes [`Snapshot`]s into [`Shared`], which the frame loop polls
//! ([`Viewer::poll_worker`]); [`Viewer::start`] spawns it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ndarray::Array2;
use projector_engine::metrics::Quality;
use projector_engine::{Compute, Progress};

use projector_engine::pipeline::{Loss, Run, Settings};

use super::state::Viewer;
use crate::{Coloring, ViewerError};

/// Positions published by the worker.
pub(super) struct Snapshot {
    pub(super) coords: Array2<f32>,
    /// The reducer's GPU positions buffer (on the window's device) while it runs there.
    pub(super) buffer: Option<wgpu::Buffer>,
    /// The run is over (completed or stopped): the window goes back to its own buffer.
    pub(super) last: bool,
    /// The run reached its full iteration count.
    pub(super) completed: bool,
    /// Iterations done.
    pub(super) iteration: usize,
}

/// Progress shared between the worker thread and the frame loop.
#[derive(Default)]
pub(super) struct Shared {
    pub(super) done: AtomicU64,
    pub(super) total: AtomicU64,
    pub(super) stage: Mutex<String>,
    pub(super) stop: AtomicBool,
    pub(super) running: AtomicBool,
    pub(super) quality_pending: AtomicBool,
    pub(super) snapshot: Mutex<Option<Snapshot>>,
    pub(super) error: Mutex<Option<String>>,
    pub(super) loss: Mutex<Option<Loss>>,
    pub(super) quality: Mutex<Option<Result<Quality, String>>>,
}

impl Shared {
    fn publish(&self, proj: &Run, last: bool, iteration: usize) -> Result<(), ViewerError> {
        let coords = proj.positions()?;
        let snap = Snapshot {
            coords,
            buffer: if last {
                None
            } else {
                proj.positions_buffer().cloned()
            },
            last,
            completed: proj.is_finished(),
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

/// The worker thread's body: starts the pipeline run, steps it, publishes snapshots, and
/// computes the quality figures when the run completes.
fn run_worker(
    shared: &Shared,
    compute: &Compute,
    settings: &Settings,
    data: &Array2<f32>,
    labels: Option<Vec<u32>>,
) -> Result<(), ViewerError> {
    let mut proj = Run::start(compute, data.view(), settings, shared)?;
    let mut iteration = 0;
    let name = settings.algo.name();
    shared.publish(&proj, false, iteration)?;
    let mut last = Instant::now();
    while !proj.is_finished() && !shared.cancelled() {
        iteration = proj.step(STEP_BATCH, shared)?;
        shared.update(name, iteration as u64, proj.total() as u64);
        if let (Some(l), Ok(mut slot)) = (proj.loss(), shared.loss.lock()) {
            *slot = Some(l);
        }
        if proj.positions_buffer().is_none() || last.elapsed() >= SNAPSHOT_EVERY {
            shared.publish(&proj, false, iteration)?;
            last = Instant::now();
        }
    }
    iteration = proj.iteration();
    shared.publish(&proj, true, iteration)?;
    // Reads the layout back once more and checks it finite: a NaN layout is an error here too.
    let outcome = proj.finish()?;
    if outcome.completed {
        shared.quality_pending.store(true, Ordering::Relaxed);
        shared.running.store(false, Ordering::Relaxed);
        shared.update("quality", 0, 1);
        let q = outcome
            .quality(data.view(), labels.as_deref())
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

impl Viewer {
    pub(super) fn start(&mut self, compute: &Compute) {
        if self.shared.running.load(Ordering::Relaxed) {
            return;
        }
        let Some(data) = self.data.clone() else {
            self.status = "the embedding columns could not be read".into();
            return;
        };
        let settings = self.settings.clone();
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
        let name = settings.algo.name();
        self.run_layout = name.to_string();
        self.status = format!("running {name}");
        std::thread::spawn(move || {
            if let Err(e) = run_worker(&shared, &compute, &settings, &data, labels)
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

    pub(super) fn poll_worker(&mut self) {
        let taken = self.shared.snapshot.lock().ok().and_then(|mut r| r.take());
        if let Some(snap) = taken {
            let changed_dims = snap.coords.ncols() != self.dims;
            self.dims = snap.coords.ncols();
            self.flat = snap.coords.iter().copied().collect();
            self.density.invalidate();
            self.thumbs.invalidate_layout();
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
}
