//! The window's density contours and cluster labels: the engine's
//! [`density::analyze`](projector_engine::density::analyze) run off the UI thread whenever the
//! layout (or the colour column naming the clusters) changes, and drawn every frame from that
//! one result — contours under the points (handed to the frame as shapes), labels placed in
//! screen space each frame so they follow pan and zoom without overlapping.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::{Rect, Shape};
use projector_engine::density::{self, DensityMap, DensityParams, LabelSource};
use projector_engine::{ColumnData, Compute};

use super::state::Viewer;
use crate::Coloring;

/// A result being computed on a worker thread.
type Slot = Arc<Mutex<Option<Result<DensityMap, String>>>>;

/// What names the clusters, owned so the worker thread can take it.
enum Names {
    None,
    Classes(Vec<u32>, Vec<String>),
    Text(Vec<String>),
}

/// The panel's two toggles, the last result and the job computing the next.
#[derive(Default)]
pub(super) struct DensityView {
    pub(super) contours: bool,
    pub(super) labels: bool,
    pub(super) map: Option<Arc<DensityMap>>,
    /// The layout or the labelling changed since `map` was computed.
    stale: bool,
    job: Option<Slot>,
    started: Option<Instant>,
    /// The contours of this frame, in screen points (taken by the frame, drawn under the
    /// points).
    pub(super) under: Vec<Shape>,
    /// Why there is no map (3-D layout, a failure), for the panel.
    pub(super) note: Option<String>,
}

impl DensityView {
    /// Nothing computed yet; the toggles as given.
    pub(super) fn shown(contours: bool, labels: bool) -> Self {
        DensityView {
            contours,
            labels,
            ..Default::default()
        }
    }

    /// The layout or the cluster names changed: recompute when next shown.
    pub(super) fn invalidate(&mut self) {
        self.stale = true;
    }

    fn on(&self) -> bool {
        self.contours || self.labels
    }
}

impl Viewer {
    fn cluster_names(&self) -> Names {
        match &self.coloring {
            Coloring::Categorical { codes, classes } => {
                return Names::Classes(codes.clone(), classes.clone());
            }
            Coloring::Continuous { .. } => return Names::None,
            Coloring::None => {}
        }
        match self
            .color_column
            .as_deref()
            .and_then(|c| self.table.column(c))
            .map(|c| &c.data)
        {
            Some(ColumnData::Text(v)) => Names::Text(
                self.rows
                    .iter()
                    .map(|&r| v.get(r).cloned().unwrap_or_default())
                    .collect(),
            ),
            _ => Names::None,
        }
    }

    /// Starts a computation when the map is stale and shown, collects a finished one, and
    /// leaves this frame's contour shapes in `density.under`; paints the labels.
    pub(super) fn density_ui(&mut self, ui: &egui::Ui, m: &glam::Mat4, rect: Rect) {
        let d = &mut self.density;
        d.under.clear();
        if !d.on() {
            return;
        }
        if self.dims != 2 {
            d.map = None;
            d.note = Some("contours and labels: 2-D only".into());
            return;
        }
        if let Some(slot) = &d.job {
            let done = slot.lock().ok().and_then(|mut s| s.take());
            match done {
                Some(Ok(map)) => {
                    d.map = Some(Arc::new(map));
                    d.note = None;
                    d.job = None;
                }
                Some(Err(e)) => {
                    d.note = Some(format!("density: {e}"));
                    d.job = None;
                }
                None => ui.ctx().request_repaint_after(Duration::from_millis(50)),
            }
        }
        let d = &self.density;
        // While a reducer streams positions, at most a few maps a second.
        let due = d
            .started
            .is_none_or(|t| t.elapsed() > Duration::from_millis(300));
        if (d.stale || (d.map.is_none() && d.note.is_none()))
            && d.job.is_none()
            && due
            && !self.flat.is_empty()
        {
            let flat = self.flat.clone();
            let names = self.cluster_names();
            let slot: Slot = Arc::default();
            let out = slot.clone();
            let repaint = ui.ctx().clone();
            std::thread::spawn(move || {
                let source = match &names {
                    Names::None => LabelSource::None,
                    Names::Classes(codes, classes) => LabelSource::Categories {
                        codes: codes.clone(),
                        classes: classes.clone(),
                    },
                    Names::Text(t) => LabelSource::Text(t.iter().map(String::as_str).collect()),
                };
                let r =
                    density::analyze(&Compute::Cpu, &flat, 2, &source, &DensityParams::default())
                        .map_err(|e| e.to_string());
                if let Ok(mut s) = out.lock() {
                    *s = Some(r);
                }
                repaint.request_repaint();
            });
            let d = &mut self.density;
            d.job = Some(slot);
            d.stale = false;
            d.started = Some(Instant::now());
        }
        let d = &mut self.density;
        let Some(map) = d.map.clone() else { return };
        if d.contours {
            d.under = crate::overlay::contour_shapes(&map, m, 1.0);
        }
        if d.labels {
            let painter = ui.painter().with_clip_rect(rect);
            crate::overlay::paint_labels(&painter, &map, m, 1.0, rect);
        }
    }
}
