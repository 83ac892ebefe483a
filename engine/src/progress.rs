//! Progress reporting and cancellation. The engine never prints: long stages report through a
//! [`Progress`] that the caller supplies (a terminal bar in the CLI, a bar in the viewer), and
//! poll [`Progress::cancelled`] between steps so a run can stop and keep what it computed.

use std::sync::atomic::{AtomicBool, Ordering};

/// Receives progress from long stages; all methods have do-nothing defaults.
pub trait Progress: Sync {
    /// Stage `stage` has done `done` of `total` units.
    fn update(&self, stage: &str, done: u64, total: u64) {
        let _ = (stage, done, total);
    }
    /// A free-form message (for example the KL divergence every 50 iterations).
    fn message(&self, text: &str) {
        let _ = text;
    }
    /// True when the user asked to stop; long loops check it between steps.
    fn cancelled(&self) -> bool {
        false
    }
}

/// A [`Progress`] that ignores everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;
impl Progress for NoProgress {}

/// A [`Progress`] that only carries a stop flag (set it from another thread or a signal handler).
#[derive(Debug, Default)]
pub struct StopFlag(pub AtomicBool);
impl StopFlag {
    /// Asks the run to stop.
    pub fn stop(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}
impl Progress for StopFlag {
    fn cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
