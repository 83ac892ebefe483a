//! Runs from the page, one WebSocket per tab (`/ws/run`; messages in `web/API.md`).
//!
//! A `run` message names the reducer and any described parameters (as text, checked by the
//! engine's description, so the page and the CLI accept the same values) and optionally other
//! embedding columns. The run waits for the engine (one run at a time across tabs, in
//! arrival order, its place in the queue sent while it waits), then the engine's
//! [`Run`] starts on a worker thread and is stepped a few iterations at a time: progress as
//! text, positions as binary frames at most every [`FRAME_EVERY`], the loss when t-SNE reports
//! one, and trustworthiness and k-NN accuracy when it completes. `stop`, or the socket closing
//! (the tab closed), stops it between steps; the engine is then free for the next tab.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::extract::State as Extract;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use ndarray::Array2;
use projector_engine::pipeline::{Algo, Run, Settings};
use projector_engine::{Error, Progress};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::mpsc::UnboundedSender;

use crate::State;
use crate::state::RunControl;

/// The longest message the page may send.
const MAX_MESSAGE: usize = 64 * 1024;
/// How often a running reducer's positions are pushed.
pub const FRAME_EVERY: Duration = Duration::from_millis(150);
/// Iterations between checks of the clock and the stop flag.
const STEP_BATCH: usize = 5;

/// Another embedding matrix than the page's first one.
type Matrix = Arc<Array2<f32>>;

/// Parameters by group, then name, as the page sends them.
type Params = std::collections::BTreeMap<String, std::collections::BTreeMap<String, Value>>;

/// What the page sends.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Request {
    Run {
        algo: String,
        #[serde(default)]
        params: Params,
        #[serde(default)]
        embedding: Option<Vec<String>>,
    },
    Stop,
}

/// `GET /ws/run`: upgrades to the run socket.
pub async fn ws(Extract(state): Extract<Arc<State>>, upgrade: WebSocketUpgrade) -> Response {
    upgrade
        .max_message_size(MAX_MESSAGE)
        .on_upgrade(move |socket| session(socket, state))
}

async fn session(socket: WebSocket, state: Arc<State>) {
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Message>();
    let writer = tokio::spawn(async move {
        while let Some(m) = rx.recv().await {
            if sink.send(m).await.is_err() {
                break;
            }
        }
    });
    let mut current: Option<Arc<RunControl>> = None;
    while let Some(Ok(msg)) = stream.next().await {
        let text = match msg {
            Message::Text(t) => t.to_string(),
            Message::Close(_) => break,
            _ => continue,
        };
        match serde_json::from_str::<Request>(&text) {
            Err(e) => send(
                &tx,
                json!({"type": "error", "message": format!("bad message: {e}")}),
            ),
            Ok(Request::Stop) => {
                if let Some(c) = &current {
                    c.stop.store(true, Ordering::Relaxed);
                }
            }
            Ok(Request::Run {
                algo,
                params,
                embedding,
            }) => {
                if current.as_ref().is_some_and(|c| !c.done()) {
                    send(
                        &tx,
                        json!({"type": "error", "message": "a run is already going: stop it first"}),
                    );
                    continue;
                }
                match prepare(&state, &algo, &params, embedding.as_deref()) {
                    Err(e) => send(&tx, json!({"type": "error", "message": e.to_string()})),
                    Ok((settings, matrix)) => {
                        let control = Arc::new(RunControl::default());
                        current = Some(control.clone());
                        tokio::spawn(queue_and_run(
                            state.clone(),
                            settings,
                            matrix,
                            control,
                            tx.clone(),
                        ));
                    }
                }
            }
        }
    }
    // The tab went away: its run stops at the next step.
    if let Some(c) = current {
        c.stop.store(true, Ordering::Relaxed);
    }
    drop(tx);
    let _ = writer.await;
}

fn send(tx: &UnboundedSender<Message>, v: Value) {
    let _ = tx.send(Message::Text(v.to_string().into()));
}

/// The settings and matrix of a run request, checked: the reducer, each parameter against the
/// engine's description, and other embedding columns (over the same rows as the page shows).
fn prepare(
    state: &State,
    algo: &str,
    params: &Params,
    embedding: Option<&[String]>,
) -> Result<(Settings, Option<Matrix>), Error> {
    let data = &state.data;
    let mut settings = data.settings.clone();
    settings.algo = algo.parse::<Algo>()?;
    for (group, values) in params {
        for (name, v) in values {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            settings.set(group, name, &text)?;
        }
    }
    let matrix = match embedding {
        None => None,
        Some(cols) => {
            let table = &data.prepared.table;
            let spec = table.resolve_embedding(cols)?;
            if spec == data.prepared.spec {
                None
            } else {
                let e = table.embedding(&spec, true)?;
                if e.rows != data.prepared.embedding.rows {
                    return Err(Error::Invalid(format!(
                        "the columns {} have invalid cells in rows the page shows: choose others",
                        cols.join(", ")
                    )));
                }
                Some(Arc::new(e.data))
            }
        }
    };
    Ok((settings, matrix))
}

/// Waits for the engine (sending the place in the queue), then runs on a worker thread.
async fn queue_and_run(
    state: Arc<State>,
    settings: Settings,
    matrix: Option<Matrix>,
    control: Arc<RunControl>,
    tx: UnboundedSender<Message>,
) {
    let ticket = state.tickets.fetch_add(1, Ordering::SeqCst);
    let engine = state.engine.clone();
    let lock = engine.lock_owned();
    tokio::pin!(lock);
    let guard = loop {
        tokio::select! {
            g = &mut lock => break g,
            _ = tokio::time::sleep(Duration::from_millis(400)) => {
                if control.stopped() || tx.is_closed() {
                    control.finish();
                    state.finished.fetch_add(1, Ordering::SeqCst);
                    send(&tx, json!({"type": "done", "completed": false, "iterations": 0}));
                    return;
                }
                let ahead = ticket.saturating_sub(state.finished.load(Ordering::SeqCst));
                send(&tx, json!({"type": "queued", "ahead": ahead.max(1)}));
            }
        }
    };
    let finished = state.finished.clone();
    let worker = tokio::task::spawn_blocking(move || {
        let _guard = guard;
        let out = run(&state, &settings, matrix.as_deref(), &control, &tx);
        // Over before the page hears so: its next Run must not find this one still going.
        control.finish();
        match out {
            Ok(done) => send(&tx, done),
            Err(e) => {
                let message = match e {
                    Error::Cancelled => "stopped".to_string(),
                    e => e.to_string(),
                };
                send(&tx, json!({"type": "error", "message": message}));
            }
        }
    });
    let _ = worker.await;
    finished.fetch_add(1, Ordering::SeqCst);
}

/// Progress of a page's run: text messages, rate-limited, and the stop flag.
struct PageProgress<'a> {
    tx: &'a UnboundedSender<Message>,
    control: &'a RunControl,
    last: std::sync::Mutex<Option<Instant>>,
}

impl Progress for PageProgress<'_> {
    fn update(&self, stage: &str, done: u64, total: u64) {
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        if done < total && last.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) {
            return;
        }
        *last = Some(Instant::now());
        send(
            self.tx,
            json!({"type": "progress", "stage": stage, "done": done, "total": total}),
        );
    }
    fn cancelled(&self) -> bool {
        self.control.stopped() || self.tx.is_closed()
    }
}

fn frame(run: &Run) -> Result<Message, Error> {
    let y = run.positions()?;
    let mut bytes = Vec::with_capacity(8 + y.len() * 4);
    bytes.extend_from_slice(&(y.ncols() as u32).to_le_bytes());
    bytes.extend_from_slice(&(run.iteration() as u32).to_le_bytes());
    for v in y.iter() {
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    Ok(Message::Binary(bytes.into()))
}

fn run(
    state: &State,
    settings: &Settings,
    matrix: Option<&Array2<f32>>,
    control: &RunControl,
    tx: &UnboundedSender<Message>,
) -> Result<Value, Error> {
    let data = &state.data;
    let x = matrix.unwrap_or(&data.prepared.embedding.data);
    let progress = PageProgress {
        tx,
        control,
        last: std::sync::Mutex::new(None),
    };
    let mut run = Run::start(&data.compute, x.view(), settings, &progress)?;
    let _ = tx.send(frame(&run)?);
    let name = settings.algo.name();
    let mut shown = Instant::now();
    let mut loss_sent = None;
    while !run.is_finished() && !progress.cancelled() {
        let it = run.step(STEP_BATCH, &progress)?;
        if shown.elapsed() >= FRAME_EVERY {
            let _ = tx.send(frame(&run)?);
            send(
                tx,
                json!({"type": "progress", "stage": name, "done": it, "total": run.total()}),
            );
            shown = Instant::now();
        }
        if let Some(l) = run.loss()
            && loss_sent != Some(l.iteration)
        {
            loss_sent = Some(l.iteration);
            send(
                tx,
                json!({"type": "loss", "name": l.name, "value": l.value, "iteration": l.iteration}),
            );
        }
    }
    let _ = tx.send(frame(&run)?);
    let out = run.finish()?;
    let mut done =
        json!({"type": "done", "completed": out.completed, "iterations": out.iterations});
    if out.completed {
        send(
            tx,
            json!({"type": "progress", "stage": "quality", "done": 0, "total": 1}),
        );
        let q = out.quality(x.view(), data.prepared.codes())?;
        done["quality"] = json!({
            "trustworthiness": q.trustworthiness,
            "knn_accuracy": q.knn_accuracy,
            "sampled": q.sampled,
        });
    }
    Ok(done)
}
