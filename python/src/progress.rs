//! Running engine work off the interpreter's thread: progress to a Python callable, and Ctrl-C.
//!
//! Python runs signal handlers only on its main thread, and the engine's parallel stages run
//! on rayon's threads, so [`run`] puts the work on a scoped thread and keeps the calling thread
//! for Python: every [`POLL`] it runs the signal handlers (`check_signals`, which raises
//! `KeyboardInterrupt` after Ctrl-C) and passes the latest progress to the callback
//! `(stage, done, total)` (a tqdm bar on the Python side), with the GIL released in between.
//! A raised exception sets the stop flag that [`Progress::cancelled`] reads (an atomic load,
//! cheap enough for the engine to poll inside its loops); the run stops at its next check and
//! the exception reaches the caller.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use projector_engine::Progress;
use pyo3::prelude::*;

/// How often the calling thread checks signals and reports progress.
const POLL: Duration = Duration::from_millis(50);

/// The engine's side: the latest progress, and the stop flag.
#[derive(Default)]
pub struct Shared {
    latest: Mutex<Option<(String, u64, u64)>>,
    stop: AtomicBool,
}

impl Progress for Shared {
    fn update(&self, stage: &str, done: u64, total: u64) {
        let mut l = self.latest.lock().unwrap_or_else(|p| p.into_inner());
        match l.as_mut() {
            Some((s, d, t)) if s == stage => {
                *d = done;
                *t = total;
            }
            _ => *l = Some((stage.to_string(), done, total)),
        }
    }

    fn cancelled(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Runs `work` on another thread with `progress` as its [`Progress`], reporting to
/// `callback` and watching for Ctrl-C on this one. Returns the work's result and the
/// exception that stopped it, if one did (the work then saw [`Progress::cancelled`]).
pub fn run<T: Send>(
    py: Python<'_>,
    callback: Option<&Py<PyAny>>,
    work: impl FnOnce(&Shared) -> T + Send,
) -> (T, Option<PyErr>) {
    let shared = Shared::default();
    let mut error: Option<PyErr> = None;
    let mut reported: Option<(String, u64, u64)> = None;
    let result = std::thread::scope(|scope| {
        let handle = scope.spawn(|| work(&shared));
        loop {
            let finished = py.detach(|| {
                let start = std::time::Instant::now();
                while start.elapsed() < POLL {
                    if handle.is_finished() {
                        return true;
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                false
            });
            if error.is_none() {
                let latest = shared
                    .latest
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clone();
                let polled = py.check_signals().and_then(|()| {
                    match (callback, &latest) {
                        (Some(cb), Some(now)) if reported.as_ref() != Some(now) => {
                            // A new stage: finish the last one's bar first.
                            if let Some((stage, _, total)) = &reported
                                && *stage != now.0
                            {
                                cb.call1(py, (stage.as_str(), *total, *total))?;
                            }
                            cb.call1(py, (now.0.as_str(), now.1, now.2))?;
                        }
                        _ => {}
                    }
                    Ok(())
                });
                reported = latest;
                if let Err(e) = polled {
                    shared.stop.store(true, Ordering::Relaxed);
                    error = Some(e);
                }
            }
            if finished {
                break;
            }
        }
        handle.join()
    });
    if let (Some(cb), Some((stage, _, total)), None) = (callback, &reported, &error) {
        let _ = cb.call1(py, (stage.as_str(), *total, *total));
    }
    match result {
        Ok(r) => (r, error),
        // A panic in the engine: resumed here, where PyO3 turns it into PanicException.
        Err(p) => std::panic::resume_unwind(p),
    }
}
