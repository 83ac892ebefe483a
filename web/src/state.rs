//! What the server holds: the dataset, the session token, the current layout and its progress,
//! and the queue of runs waiting for the engine.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use ndarray::Array2;
use projector_engine::pipeline::{self, LayoutCache, Prepared, Provenance, Settings};
use projector_engine::{Compute, Error, Progress};

/// What the page shows: a prepared table and the settings of its first layout.
#[derive(Debug)]
pub struct Dataset {
    /// The table, its embedding matrix and rows, the colour column.
    pub prepared: Prepared,
    /// The input's file name, for the heading.
    pub source: String,
    /// Where the reducers run.
    pub compute: Compute,
    /// The settings of the first layout (the page's panel starts from them).
    pub settings: Settings,
    /// Coordinates computed elsewhere (`--coords`), shown instead of projecting.
    pub coords: Option<Array2<f32>>,
    /// Where computed layouts are kept, to reuse one for the same input, settings and seed.
    pub cache: Option<LayoutCache>,
}

impl Dataset {
    /// Embedded rows.
    pub fn n(&self) -> usize {
        self.prepared.embedding.data.nrows()
    }

    /// The provenance of the first layout.
    pub fn provenance(&self) -> Provenance {
        Provenance::new(&self.settings, &self.compute, self.prepared.input_info())
    }

    /// The first layout and what made it: `--coords` as given; else one computed before for
    /// the same input, parameters and seed, from the cache; else the engine's projection
    /// (stored in the cache when it completes).
    pub fn first_layout(&self, progress: &dyn Progress) -> Result<(Array2<f32>, String), Error> {
        if let Some(c) = &self.coords {
            return Ok((c.clone(), "given coordinates".into()));
        }
        let name = self.settings.algo.name();
        let provenance = self.provenance();
        if let Some(cached) = self.cache.as_ref().and_then(|c| c.get(&provenance)) {
            return Ok((cached, format!("{name} (cached)")));
        }
        let out = pipeline::project(
            &self.compute,
            &self.prepared.embedding,
            &self.settings,
            progress,
        )?;
        if let Some(c) = &self.cache
            && out.completed
        {
            // A cache that cannot be written only costs a recomputation next time.
            let _ = c.put(&provenance, &out.coords);
        }
        Ok((out.coords, name.to_string()))
    }
}

/// The layout the page shows on load, and how far its computation is.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// `running`, `ready` or `failed`.
    pub state: &'static str,
    /// The stage being computed.
    pub stage: String,
    /// Progress within the stage.
    pub done: u64,
    /// The stage's total.
    pub total: u64,
    /// Why it failed.
    pub error: Option<String>,
    /// The reducer (or origin) of the layout.
    pub name: String,
    /// Output dimensions.
    pub dims: usize,
    /// `n × dims` f32, row-major, once ready.
    pub positions: Option<Arc<Vec<f32>>>,
    /// Grows with each new layout.
    pub version: u64,
}

/// The server's state, shared by every request.
pub struct State {
    /// What is shown.
    pub data: Arc<Dataset>,
    /// The session token every request must carry.
    pub token: String,
    /// The `Host` values accepted (name or address with the port); empty: any.
    pub hosts: Vec<String>,
    /// The port served (the cookie's name carries it: cookies are per host, not port).
    pub port: u16,
    /// The layout shown on load.
    pub layout: RwLock<Layout>,
    /// One run holds the engine at a time; the others wait in order.
    pub engine: Arc<tokio::sync::Mutex<()>>,
    /// Tickets handed to runs and tickets finished: `ahead = ticket − finished`.
    pub(crate) tickets: AtomicU64,
    pub(crate) finished: Arc<AtomicU64>,
}

impl State {
    /// The state for `data` served on `port` at `host` (a loopback or specific address: only
    /// that name is accepted in `Host`, with `localhost` for loopback; an unspecified address,
    /// `0.0.0.0` or `::`, accepts any `Host` and relies on the token).
    pub fn new(data: Dataset, host: std::net::IpAddr, port: u16) -> State {
        let mut hosts = Vec::new();
        if !host.is_unspecified() {
            let name = match host {
                std::net::IpAddr::V6(a) => format!("[{a}]"),
                std::net::IpAddr::V4(a) => a.to_string(),
            };
            hosts.push(format!("{name}:{port}"));
            if host.is_loopback() {
                hosts.push(format!("localhost:{port}"));
                hosts.push(format!("127.0.0.1:{port}"));
                hosts.push(format!("[::1]:{port}"));
            }
        }
        let layout = Layout {
            state: "running",
            stage: "starting".into(),
            name: data.settings.algo.name().to_string(),
            dims: data.settings.dims(),
            ..Layout::default()
        };
        State {
            data: Arc::new(data),
            token: crate::auth::new_token(),
            hosts,
            port,
            layout: RwLock::new(layout),
            engine: Arc::new(tokio::sync::Mutex::new(())),
            tickets: AtomicU64::new(0),
            finished: Arc::new(AtomicU64::new(0)),
        }
    }

    /// The URL to print: `http://HOST:PORT/?token=…`.
    pub fn url(&self, host: &str) -> String {
        format!("http://{host}:{}/?token={}", self.port, self.token)
    }

    /// The cookie that carries the token.
    pub fn cookie_name(&self) -> String {
        format!("projector_token_{}", self.port)
    }

    /// Computes the first layout on a worker thread (it holds the engine meanwhile) with
    /// [`Dataset::first_layout`]. Progress goes to [`State::layout`]; the page polls it.
    pub fn start_initial(self: &Arc<Self>) {
        let state = self.clone();
        let engine = self.engine.clone();
        std::thread::spawn(move || {
            let _guard = engine.blocking_lock();
            let result = state.data.first_layout(&InitialProgress(&state));
            let mut l = state.write_layout();
            match result {
                Ok((coords, name)) => {
                    l.state = "ready";
                    l.stage = "done".into();
                    l.name = name;
                    l.dims = coords.ncols();
                    l.positions = Some(Arc::new(coords.iter().copied().collect()));
                    l.version += 1;
                }
                Err(e) => {
                    l.state = "failed";
                    l.error = Some(e.to_string());
                }
            }
        });
    }

    pub(crate) fn write_layout(&self) -> std::sync::RwLockWriteGuard<'_, Layout> {
        self.layout.write().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn read_layout(&self) -> std::sync::RwLockReadGuard<'_, Layout> {
        self.layout.read().unwrap_or_else(|p| p.into_inner())
    }
}

struct InitialProgress<'a>(&'a State);

impl Progress for InitialProgress<'_> {
    fn update(&self, stage: &str, done: u64, total: u64) {
        let mut l = self.0.write_layout();
        if l.stage != stage {
            l.stage = stage.to_string();
        }
        l.done = done;
        l.total = total;
    }
}

/// A run's stop flag and whether it is over, shared between its thread and its socket.
#[derive(Default)]
pub(crate) struct RunControl {
    pub(crate) stop: AtomicBool,
    done: AtomicBool,
}

impl RunControl {
    pub(crate) fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
    pub(crate) fn done(&self) -> bool {
        self.done.load(Ordering::Relaxed)
    }
    pub(crate) fn finish(&self) {
        self.done.store(true, Ordering::Relaxed);
    }
}
