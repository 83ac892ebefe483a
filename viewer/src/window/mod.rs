//! The interactive viewer window (winit + egui + the point pipeline).
//!
//! How it works:
//! - [`view`] opens a winit window, creates a wgpu surface and a device on an adapter that can
//!   present to it, and wraps that device as the [`Gpu`](projector_engine::Gpu) the reducers run
//!   on (so a reducer's output buffer lives on the device that draws it).
//! - Each frame: egui lays out the side panel and the plot area; the plot area's input drives the
//!   camera (drag pans, or orbits in 3-D; wheel zooms about the cursor; F fits; R resets;
//!   shift-drag selects a box); the points are drawn through the crate's
//!   [`PointRenderer`](crate::PointRenderer) (the component host applications use) with the
//!   scissor set to the plot area, then its highlight layer (selection, neighbours, box) with an
//!   outline, then egui on top. Buffers and bind groups are kept from frame to frame: the
//!   window's position and colour buffers are rewritten in place when they change, the
//!   renderer rebuilds a bind group only when a buffer it binds changes.
//! - Hover picks the point under the cursor on the CPU through a grid index
//!   ([`crate::picking::PickIndex`], built once per change of positions, or of camera in 3-D, so
//!   a hover only looks at the points near the cursor) and shows a tooltip with the row's fields
//!   and its image (an image column, or an 8×8 image from `pixel_R_C` columns as in the digits
//!   data). A click selects a point and lists its k nearest neighbours in the original space (one
//!   brute-force query over the embedding, exact).
//! - Run starts the chosen reducer (PCA, t-SNE or UMAP with the panel's parameters) on a worker
//!   thread behind [`LiveProjection`](crate::LiveProjection): the worker builds it (PCA
//!   preprocessing, k-NN, affinities: the slow part stays off the frame loop), steps it a few
//!   iterations at a time and publishes snapshots. On the GPU the reducers run on the window's own device, so the renderer binds the
//!   reducer's positions buffer directly and the points move every frame with no copy through
//!   the CPU; a CPU snapshot is read back only a few times a second, for picking and for the
//!   camera, which follows the layout as it grows until the user pans or zooms. CPU reducers
//!   publish a snapshot after every step and the window uploads it. Stop sets the flag the
//!   reducer polls; the positions reached stay. When a run completes, the worker computes
//!   trustworthiness and k-NN accuracy ([`projector_engine::metrics::quality`], sampled above
//!   20,000 rows) and the panel shows them, with t-SNE's last KL divergence.
//!
//! Set `PROJECTOR_VIEWER_EXIT_AFTER_FRAMES=N` to close the window after N frames (used by the
//! Xvfb check), and `PROJECTOR_VIEWER_FRAME_LOG=1` to print each frame's time, the GPU's work
//! included (`scripts/window_frames.sh` measures with it).
//!
//! Where each part lives:
//! - `app`: the winit application (events, when to draw the next frame);
//! - `frame`: the surface, the device, and drawing one frame;
//! - `state`: `Viewer`, everything the panel and the plot change;
//! - `worker`: the reducer's worker thread and what it shares with the frame loop;
//! - `panel`: the side panel; `plot`: the plot area's input, picking and tooltip;
//! - `tooltip`: a row's fields and image; `export`: the CSV export.

mod app;
mod density;
mod export;
mod focus;
mod frame;
mod panel;
mod plot;
mod state;
#[cfg(test)]
mod tests;
mod thumbs;
mod tooltip;
mod worker;

use std::time::Instant;

use ndarray::Array2;
use projector_engine::pipeline::Settings;
use projector_engine::{ColumnData, Compute, EmbeddingSpec, Table};
use winit::event_loop::EventLoop;

use crate::{Coloring, ViewerError};
use app::App;

pub use tooltip::row_image;

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
    /// follows it.
    pub layout: String,
    /// The panel's reducer and parameters at start: those that made the layout, seed and
    /// preprocessing included, so Run repeats it (its dimensions follow `coords`).
    pub settings: Settings,
    /// Start with the density contours, and with the cluster labels, shown (the panel's
    /// toggles; 2-D layouts).
    pub overlay: (bool, bool),
}

/// True when a display is available (`DISPLAY` or `WAYLAND_DISPLAY` set).
pub fn display_available() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens the viewer window and returns when it is closed. Fails with
/// [`ViewerError::NoDisplay`] (pointing to `projector serve` and `render`) when there is no display.
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
        frame_log: std::env::var_os("PROJECTOR_VIEWER_FRAME_LOG").is_some_and(|v| v == "1"),
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
