//! What the panel and the plot change, with no window-system types: [`Viewer`] (the table, the
//! layout shown, colouring, selection, camera, the run's results) and the operations on it that
//! are neither drawing nor input (selection and its neighbours, search, the embedding switch,
//! the upload of positions and colours to the GPU).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use glam::{Mat4, Vec2};
use ndarray::Array2;
use projector_engine::metrics::Quality;
use projector_engine::pipeline::{Loss, Settings};
use projector_engine::{ColumnData, EmbeddingSpec, Gpu, Table};

use super::worker::Shared;
use super::{ViewRequest, coloring_for};
use crate::camera::{Camera, PlotRect};
use crate::color::{STYLE_DIM, STYLE_HIDDEN, STYLE_NORMAL, pack};
use crate::offscreen::point_colors;
use crate::picking::PickIndex;
use crate::{Coloring, ViewerError};

/// Everything the panel and the plot change; no window-system types.
pub(super) struct Viewer {
    /// Shared with the thumbnail atlas's worker thread.
    pub(super) table: Arc<Table>,
    pub(super) spec: EmbeddingSpec,
    /// Numeric columns ticked in the panel's embedding picker.
    pub(super) embed_pick: std::collections::BTreeSet<String>,
    pub(super) data: Option<Arc<Array2<f32>>>,
    pub(super) rows: Vec<usize>,
    pub(super) coords: Array2<f32>,
    pub(super) flat: Vec<f32>,
    pub(super) dims: usize,
    pub(super) source: String,
    /// The reducer (or origin) of the layout shown.
    pub(super) layout: String,
    /// The reducer of the run last started.
    pub(super) run_layout: String,
    pub(super) color_column: Option<String>,
    pub(super) coloring: Coloring,
    pub(super) hidden: Vec<bool>,
    /// The numeric range filter: column, bounds, and which points pass.
    pub(super) range: Option<RangeFilter>,
    pub(super) search: String,
    pub(super) matches: Option<Vec<bool>>,
    pub(super) camera: Option<Camera>,
    pub(super) plot: PlotRect,
    pub(super) point_size: f32,
    pub(super) hover: Option<usize>,
    pub(super) selected: Option<usize>,
    pub(super) neighbors: Vec<(usize, f32)>,
    pub(super) k: usize,
    pub(super) box_start: Option<Vec2>,
    pub(super) box_sel: Vec<usize>,
    /// The lasso being drawn (ctrl-drag), screen pixels.
    pub(super) lasso: Vec<Vec2>,
    /// The reducer and parameters Run uses (the panel edits them).
    pub(super) settings: Settings,
    pub(super) follow: bool,
    pub(super) live_buffer: Option<wgpu::Buffer>,
    pub(super) loss: Option<Loss>,
    pub(super) quality: Option<Result<Quality, String>>,
    pub(super) pick_index: Option<PickIndex>,
    pub(super) vis_cache: Option<Vec<bool>>,
    pub(super) shared: Arc<Shared>,
    pub(super) status: String,
    pub(super) export_png: String,
    pub(super) export_csv: String,
    pub(super) images: HashMap<usize, Option<egui::TextureHandle>>,
    pub(super) positions_dirty: bool,
    pub(super) colors_dirty: bool,
    pub(super) gpu_positions: Option<wgpu::Buffer>,
    pub(super) gpu_colors: Option<wgpu::Buffer>,
    /// The points drawn outlined on top: the neighbours, the box selection, the selected point.
    pub(super) highlight: Vec<u32>,
    /// The whole view, while a selection is projected on its own ("back" returns to it).
    pub(super) parent: Option<Box<Viewer>>,
    /// Density contours and cluster labels (panel toggles, the engine's result).
    pub(super) density: super::density::DensityView,
    /// Images as points (panel toggle, the atlas, the layout's thumbnail size).
    pub(super) thumbs: super::thumbs::ThumbsView,
}

pub(super) enum Action {
    Run,
    ExportPng,
    ExportCsv,
    ExportSelection,
    ProjectSelection,
    Back,
}

impl Viewer {
    pub(super) fn new(req: ViewRequest) -> Result<Self, ViewerError> {
        let dims = req.coords.ncols();
        let mut settings = req.settings;
        if (2..=3).contains(&dims) {
            settings.layout.dims = dims;
        }
        let color_column = req
            .color
            .clone()
            .or_else(|| req.table.default_color().map(str::to_string));
        let coloring = coloring_for(&req.table, color_column.as_deref(), &req.rows);
        let data = req
            .table
            .embedding(&req.embedding, true)
            .ok()
            .filter(|e| e.rows == req.rows)
            .map(|e| Arc::new(e.data));
        let classes = match &coloring {
            Coloring::Categorical { classes, .. } => classes.len(),
            _ => 0,
        };
        let embed_pick = match &req.embedding {
            EmbeddingSpec::Numeric(cols) => cols.iter().cloned().collect(),
            _ => Default::default(),
        };
        Ok(Viewer {
            thumbs: super::thumbs::ThumbsView::new(projector_engine::row::has_images(&req.table)),
            table: Arc::new(req.table),
            spec: req.embedding,
            embed_pick,
            data,
            rows: req.rows,
            flat: req.coords.iter().copied().collect(),
            coords: req.coords,
            dims,
            source: req.source,
            run_layout: req.layout.clone(),
            layout: req.layout,
            color_column,
            coloring,
            hidden: vec![false; classes],
            range: None,
            search: String::new(),
            matches: None,
            camera: None,
            plot: PlotRect {
                x: 0.0,
                y: 0.0,
                w: 1.0,
                h: 1.0,
            },
            point_size: 4.0,
            hover: None,
            selected: None,
            neighbors: Vec::new(),
            k: 10,
            box_start: None,
            box_sel: Vec::new(),
            lasso: Vec::new(),
            settings,
            follow: false,
            live_buffer: None,
            loss: None,
            quality: None,
            pick_index: None,
            vis_cache: None,
            shared: Arc::new(Shared::default()),
            status: String::new(),
            export_png: "projector_view.png".into(),
            export_csv: "projector_view.csv".into(),
            images: HashMap::new(),
            positions_dirty: true,
            colors_dirty: true,
            gpu_positions: None,
            gpu_colors: None,
            highlight: Vec::new(),
            parent: None,
            density: super::density::DensityView::shown(req.overlay.0, req.overlay.1),
        })
    }

    /// The heading: input, the layout's reducer, rows and embedding dimensions.
    pub(super) fn title(&self) -> String {
        let d = self.data.as_ref().map_or(0, |d| d.ncols());
        format!(
            "{} · {} · {} points × {d} dims",
            self.source,
            self.layout,
            self.coords.nrows()
        )
    }

    pub(super) fn camera(&mut self, plot: PlotRect) -> Camera {
        match self.camera {
            Some(c) => c,
            None => {
                let c = Camera::fit(&self.flat, self.dims, plot);
                self.camera = Some(c);
                c
            }
        }
    }

    pub(super) fn positions(&self) -> &[f32] {
        &self.flat
    }

    pub(super) fn visible(&self, i: usize) -> bool {
        if let Some(r) = &self.range
            && !r.pass.get(i).copied().unwrap_or(true)
        {
            return false;
        }
        match &self.coloring {
            Coloring::Categorical { codes, .. } => {
                !self.hidden.get(codes[i] as usize).copied().unwrap_or(false)
            }
            _ => true,
        }
    }

    /// Writes what changed to the GPU: the positions (unless the reducer's own buffer is
    /// drawn) and the colours with their styles (hidden classes, search misses dimmed), and
    /// gathers the highlighted points.
    pub(super) fn upload(&mut self, gpu: &Gpu) {
        if self.live_buffer.is_some() {
            // The reducer's own buffer is drawn; nothing to upload.
            self.positions_dirty = false;
        } else if self.positions_dirty || self.gpu_positions.is_none() {
            write_storage(gpu, &mut self.gpu_positions, "view positions", &self.flat);
            self.positions_dirty = false;
        }
        if self.colors_dirty || self.gpu_colors.is_none() {
            let n = self.coords.nrows();
            let mut colors = point_colors(&self.coloring, n);
            for (i, c) in colors.iter_mut().enumerate() {
                let style = if !self.visible(i) {
                    STYLE_HIDDEN
                } else if self.matches.as_ref().is_some_and(|m| !m[i]) {
                    STYLE_DIM
                } else {
                    STYLE_NORMAL
                };
                let b = c.to_le_bytes();
                *c = pack([b[0], b[1], b[2]], style);
            }
            write_storage(gpu, &mut self.gpu_colors, "view colors", &colors);
            self.highlight.clear();
            self.highlight
                .extend(self.neighbors.iter().map(|&(i, _)| i as u32));
            self.highlight
                .extend(self.box_sel.iter().map(|&i| i as u32));
            self.highlight.extend(self.selected.map(|i| i as u32));
            self.colors_dirty = false;
        }
    }

    /// Which points are visible (None: all), cached until the colouring or hidden classes change.
    pub(super) fn visible_mask(&mut self) -> Option<&[bool]> {
        if !self.filtering() {
            return None;
        }
        if self
            .vis_cache
            .as_ref()
            .is_none_or(|v| v.len() != self.coords.nrows())
        {
            let v = (0..self.coords.nrows()).map(|i| self.visible(i)).collect();
            self.vis_cache = Some(v);
        }
        self.vis_cache.as_deref()
    }

    /// The pick index for the current positions under `m` (rebuilt only when they changed, or
    /// in 3-D when the camera moved).
    pub(super) fn pick_index(&mut self, m: &Mat4) -> &PickIndex {
        let n = self.coords.nrows();
        if !self
            .pick_index
            .as_ref()
            .is_some_and(|ix| ix.valid_for(n, self.dims, m))
        {
            self.pick_index = None;
        }
        let (flat, dims) = (&self.flat, self.dims);
        self.pick_index
            .get_or_insert_with(|| PickIndex::new(flat, dims, m))
    }

    /// Switches the embedding columns. Rows whose new embedding cells are invalid are left out;
    /// when that changes the set of rows shown, the layout no longer matches them and `Ok(true)`
    /// asks the caller to run the chosen reducer again at once. With the same rows the current
    /// layout stays until the next Run.
    pub(super) fn set_embedding(&mut self, spec: EmbeddingSpec) -> Result<bool, String> {
        if self.shared.running.load(Ordering::Relaxed) {
            return Err("stop the running projection before changing the embedding".into());
        }
        if matches!(&spec, EmbeddingSpec::Numeric(c) if c.is_empty()) {
            return Err("tick at least one numeric column".into());
        }
        let e = self
            .table
            .embedding(&spec, true)
            .map_err(|e| format!("embedding: {e}"))?;
        let described = spec.columns().join(", ");
        self.spec = spec;
        self.data = Some(Arc::new(e.data));
        self.quality = None;
        if e.rows == self.rows {
            self.status = format!("embedding: {described} (press Run to project it)");
            return Ok(false);
        }
        // Another row set: everything indexed by point changes.
        let n = e.rows.len();
        self.rows = e.rows;
        self.coords = Array2::zeros((n, self.dims));
        self.flat = vec![0.0; n * self.dims];
        self.density.invalidate();
        let enabled = self.thumbs.enabled;
        self.thumbs = super::thumbs::ThumbsView::new(self.thumbs.available);
        self.thumbs.enabled = enabled;
        self.coloring = coloring_for(&self.table, self.color_column.as_deref(), &self.rows);
        self.hidden = match &self.coloring {
            Coloring::Categorical { classes, .. } => vec![false; classes.len()],
            _ => Vec::new(),
        };
        self.hover = None;
        self.selected = None;
        self.neighbors.clear();
        self.box_sel.clear();
        self.images.clear();
        self.pick_index = None;
        self.vis_cache = None;
        self.camera = None;
        self.positions_dirty = true;
        self.colors_dirty = true;
        self.update_search();
        self.status = format!("embedding: {described}, {n} rows with valid cells: projecting");
        Ok(true)
    }

    pub(super) fn update_search(&mut self) {
        let q = self.search.trim().to_lowercase();
        self.matches = (!q.is_empty()).then(|| {
            self.rows
                .iter()
                .map(|&r| {
                    self.table.columns().iter().any(|c| match &c.data {
                        ColumnData::Text(v) => v[r].to_lowercase().contains(&q),
                        ColumnData::Numeric(v) => format!("{}", v[r]) == q,
                        _ => false,
                    })
                })
                .collect()
        });
        self.colors_dirty = true;
    }

    pub(super) fn select(&mut self, i: Option<usize>) {
        self.selected = i;
        self.neighbors.clear();
        if let (Some(i), Some(data)) = (i, self.data.as_ref()) {
            let q = data.row(i);
            let mut d: Vec<(usize, f32)> = data
                .rows()
                .into_iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(j, r)| {
                    (
                        j,
                        r.iter()
                            .zip(q.iter())
                            .map(|(a, b)| (a - b) * (a - b))
                            .sum::<f32>()
                            .sqrt(),
                    )
                })
                .collect();
            let k = self.k.min(d.len());
            if k > 0 {
                d.select_nth_unstable_by(k - 1, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
                d.truncate(k);
                d.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            }
            self.neighbors = d;
        }
        self.colors_dirty = true;
    }
}

/// Shows only the points whose `column` lies in `lo..=hi` (the engine's
/// [`projector_engine::filter::Filter::Range`]).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RangeFilter {
    pub(super) column: String,
    pub(super) lo: f64,
    pub(super) hi: f64,
    /// The column's own range (the sliders' ends).
    pub(super) min: f64,
    pub(super) max: f64,
    pub(super) pass: Vec<bool>,
}

impl Viewer {
    /// True when some points are hidden (by class or by range).
    pub(super) fn filtering(&self) -> bool {
        self.hidden.iter().any(|&h| h) || self.range.is_some()
    }

    /// Sets the range filter on `column` to `lo..=hi` (`None`: no range filter).
    pub(super) fn set_range(&mut self, range: Option<(String, f64, f64)>) {
        self.range = range.and_then(|(column, lo, hi)| {
            let f = projector_engine::filter::Filter::Range {
                column: column.clone(),
                lo,
                hi,
            };
            let pass = f.mask(&self.table, &self.rows).ok()?;
            let (min, max) = match self.table.column(&column).map(|c| &c.data) {
                Some(ColumnData::Numeric(v)) => self
                    .rows
                    .iter()
                    .map(|&r| v[r])
                    .filter(|x| x.is_finite())
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
                        (a.min(x), b.max(x))
                    }),
                _ => return None,
            };
            Some(RangeFilter {
                column,
                lo,
                hi,
                min,
                max,
                pass,
            })
        });
        self.vis_cache = None;
        self.colors_dirty = true;
    }
}

/// Writes `data` into `slot`'s storage buffer when it is large enough, else puts a new one
/// there: the buffer is made once and rewritten in place while the size allows.
fn write_storage<T: bytemuck::Pod>(
    gpu: &Gpu,
    slot: &mut Option<wgpu::Buffer>,
    label: &str,
    data: &[T],
) {
    let bytes = std::mem::size_of_val(data) as u64;
    match slot {
        Some(b) if bytes > 0 && b.size() >= bytes => {
            gpu.queue.write_buffer(b, 0, bytemuck::cast_slice(data));
        }
        _ => *slot = Some(gpu.storage_init(label, data)),
    }
}
