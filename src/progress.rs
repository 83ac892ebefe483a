//! The terminal progress bar: an [`projector_engine::Progress`] drawn with indicatif on stderr
//! (hidden when stderr is not a terminal), and the Ctrl-C stop flag. The first Ctrl-C asks the
//! running stage to stop and keep what it computed; a second one exits at once.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

static STOP: AtomicBool = AtomicBool::new(false);
static PRESSES: AtomicUsize = AtomicUsize::new(0);

/// Installs the Ctrl-C handler (once).
pub fn install_stop_handler() {
    let _ = ctrlc::set_handler(|| {
        // A SIGINT sent to the whole process group (GNU `timeout`, some shells) can arrive twice
        // at once: a second one within a second of the first is the same request, not "quit".
        let now = std::time::Instant::now();
        let first = FIRST_PRESS.get_or_init(|| now);
        if PRESSES.fetch_add(1, Ordering::SeqCst) >= 1 {
            if now.duration_since(*first) < std::time::Duration::from_secs(1) {
                return;
            }
            eprintln!("\nstopped");
            std::process::exit(130);
        }
        eprintln!(
            "\nstopping: finishing the current step and keeping what was computed (Ctrl-C again to quit)"
        );
        STOP.store(true, Ordering::SeqCst);
    });
}

/// When the first Ctrl-C arrived.
static FIRST_PRESS: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// True once the user pressed Ctrl-C.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// A bar per stage on stderr.
pub struct TerminalProgress {
    bar: ProgressBar,
    stage: Mutex<String>,
}

impl TerminalProgress {
    /// A new bar, hidden when stderr is not a terminal.
    pub fn new() -> Self {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(0), target);
        bar.set_style(
            ProgressStyle::with_template("{prefix:>10} [{bar:30}] {pos}/{len} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        TerminalProgress {
            bar,
            stage: Mutex::new(String::new()),
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Default for TerminalProgress {
    fn default() -> Self {
        Self::new()
    }
}

impl projector_engine::Progress for TerminalProgress {
    fn update(&self, stage: &str, done: u64, total: u64) {
        if let Ok(mut s) = self.stage.lock()
            && *s != stage
        {
            *s = stage.to_string();
            self.bar.set_prefix(stage.to_string());
            self.bar.set_message("");
            self.bar.reset_elapsed();
        }
        self.bar.set_length(total);
        self.bar.set_position(done);
    }
    fn message(&self, text: &str) {
        self.bar.set_message(text.to_string());
    }
    fn cancelled(&self) -> bool {
        stop_requested()
    }
}
