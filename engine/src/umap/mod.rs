//! UMAP (McInnes, Healy & Melville), on the GPU or the CPU, reproducible with a seed.
//!
//! How it works, stage by stage (the backend of each is named):
//! 1. **k-NN graph** ([`crate::knn::knn`], on the given [`Compute`]): `neighbors − 1` nearest other
//!    points per point; like umap-learn, `neighbors` counts the point itself.
//! 2. **Fuzzy simplicial set** (CPU, `graph.rs`): per-point ρ and σ (umap-learn's
//!    `smooth_knn_dist`, with its `MIN_K_DIST_SCALE` floor), weights `exp(−(d − ρ)/σ)`, the fuzzy
//!    union `w + wᵀ − w∘wᵀ` (a sparse transpose by sorting), and the edges below `max / epochs`
//!    dropped.
//! 3. **Curve** (`curve.rs`): `a`, `b` of `1 / (1 + a·d^(2b))` fitted to `min_dist` and `spread`
//!    by Levenberg–Marquardt (0.1, 1 → a ≈ 1.577, b ≈ 0.895).
//! 4. **Initialisation** (CPU, `init.rs`, the same for both backends): spectral (subspace
//!    iteration on the normalised adjacency), falling back to PCA when the graph is disconnected
//!    or the iteration does not converge; scaled like umap-learn with seeded noise.
//! 5. **Optimisation** (`umap_epoch.wgsl` + `umap_apply.wgsl`, or their CPU twin in
//!    `epoch.rs`): umap-learn's edge sampling, negative sampling, gradient clipping and
//!    linearly decaying learning rate, with each epoch's moves accumulated as fixed-point
//!    integers (atomics on the GPU) and applied at the end of the epoch, so a seeded run is
//!    bit-identical from one run to the next on either backend, and the two backends agree
//!    closely.
//!
//! [`Umap`] is the step API (a viewer animates [`Umap::step`] and draws
//! [`Umap::positions_buffer`]); [`run`] does it all at once. [`Umap::transform`] places new
//! points in a finished map as umap-learn does.
//!
//! ```
//! use projector_engine::{Compute, NoProgress, umap};
//! use ndarray::Array2;
//!
//! // Two blobs of 60 points in 5-D.
//! let data = Array2::from_shape_fn((120, 5), |(i, j)| {
//!     let blob = if i < 60 { 0.0 } else { 10.0 };
//!     blob + ((i * 7 + j * 13) % 17) as f32 / 17.0
//! });
//! let mut params = umap::UmapParams::default();
//! params.epochs = Some(100);
//! let y = umap::run(&Compute::Cpu, data.view(), &params, &NoProgress).unwrap();
//! assert_eq!(y.dim(), (120, 2));
//! // The blobs stay apart.
//! let mean = |r: std::ops::Range<usize>| y.slice(ndarray::s![r, 0]).mean().unwrap();
//! assert!((mean(0..60) - mean(60..120)).abs() > 1.0);
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use ndarray::{Array2, ArrayView2};
use rayon::prelude::*;

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::input::Input;
use crate::knn::{self, Method, Metric};
use crate::progress::Progress;

mod curve;
mod epoch;
mod gpu;
mod graph;
mod init;

pub use curve::fit_ab;
pub use graph::FuzzyGraph;
pub use init::InitKind;

use epoch::{EpochArgs, Sched};

/// UMAP parameters. Build with `UmapParams::default()` and set fields, or chain the `with_*`
/// builders. `#[non_exhaustive]`: other crates cannot use struct-literal syntax (new
/// parameters will be added), so they start from `default()`.
///
/// ```
/// use projector_engine::umap::UmapParams;
/// let p = UmapParams::default().with_neighbors(30).with_min_dist(0.5).with_epochs(200);
/// assert_eq!((p.neighbors, p.min_dist, p.epochs), (30, 0.5, Some(200)));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UmapParams {
    /// Neighbourhood size, counting the point itself as umap-learn does (default 15).
    pub neighbors: usize,
    /// Distance in the input space (default euclidean).
    pub metric: Metric,
    /// Minimum distance between points in the layout (default 0.1).
    pub min_dist: f32,
    /// Scale of the layout (default 1.0).
    pub spread: f32,
    /// Optimisation epochs; `None` = umap-learn's choice (500 up to 10,000 points, else 200).
    pub epochs: Option<usize>,
    /// Negative samples per positive sample (default 5).
    pub negative_samples: usize,
    /// Initial learning rate, decaying linearly to 0 (default 1.0).
    pub learning_rate: f32,
    /// Output dimensions: 2 or 3 (default 2).
    pub dims: usize,
    /// Seed of the initial noise and the negative samples (default [`crate::params::DEFAULT_SEED`], 0).
    pub seed: u64,
    /// k-NN search: exact, approximate (NN-descent) or chosen by size (default).
    pub knn: Method,
}

impl Default for UmapParams {
    fn default() -> Self {
        UmapParams {
            neighbors: 15,
            metric: Metric::Euclidean,
            min_dist: 0.1,
            spread: 1.0,
            epochs: None,
            negative_samples: 5,
            learning_rate: 1.0,
            dims: 2,
            seed: crate::params::DEFAULT_SEED,
            knn: Method::Auto,
        }
    }
}

crate::params::setters!(UmapParams {
    with_neighbors: neighbors: usize,
    with_metric: metric: Metric,
    with_min_dist: min_dist: f32,
    with_spread: spread: f32,
    with_negative_samples: negative_samples: usize,
    with_learning_rate: learning_rate: f32,
    with_dims: dims: usize,
    with_seed: seed: u64,
    with_knn: knn: Method,
});

impl UmapParams {
    /// Sets [`UmapParams::epochs`] (a fixed count instead of umap-learn's choice).
    pub fn with_epochs(mut self, v: usize) -> Self {
        self.epochs = Some(v);
        self
    }

    /// The number of epochs for `n` points: `epochs`, or 500 up to 10,000 points, else 200.
    pub fn epochs_for(&self, n: usize) -> usize {
        self.epochs.unwrap_or(if n <= 10_000 { 500 } else { 200 })
    }

    fn validate(&self) -> Result<()> {
        if self.neighbors < 2 {
            return Err(Error::Invalid(format!(
                "UMAP needs at least 2 neighbors (got {})",
                self.neighbors
            )));
        }
        if !(2..=3).contains(&self.dims) {
            return Err(Error::Invalid(format!(
                "UMAP output dimensions must be 2 or 3 (got {})",
                self.dims
            )));
        }
        if !(self.learning_rate > 0.0 && self.learning_rate.is_finite()) {
            return Err(Error::Invalid(format!(
                "UMAP learning rate must be positive (got {})",
                self.learning_rate
            )));
        }
        fit_ab(self.min_dist, self.spread).map(|_| ())
    }

    fn seed32(&self) -> u32 {
        (self.seed ^ (self.seed >> 32)) as u32
    }
}

/// A UMAP run in progress: the graph, the layout and the optimiser's state.
///
/// On the GPU backend the layout lives in [`Umap::positions_buffer`] between steps.
pub struct Umap {
    params: UmapParams,
    n: usize,
    dims: usize,
    a: f32,
    b: f32,
    n_epochs: usize,
    epoch: usize,
    seed: u32,
    head: Vec<u32>,
    tail: Vec<u32>,
    sched: Vec<Sched>,
    positions: Vec<f32>,
    delta: Vec<i32>,
    gpu: Option<gpu::GpuLayout>,
    /// The training rows, at the scale the map was fitted at (`factor` times the input's).
    data: Array2<f32>,
    /// The power of two the input was multiplied by ([`crate::scale`]); 1 for ordinary input.
    factor: f64,
    init_kind: InitKind,
    timings: Vec<(&'static str, f64)>,
    context: Option<Arc<Gpu>>,
    in_flight: Option<Arc<AtomicBool>>,
}

impl std::fmt::Debug for Umap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Umap")
            .field("n", &self.n)
            .field("dims", &self.dims)
            .field("edges", &self.head.len())
            .field("epoch", &self.epoch)
            .field("n_epochs", &self.n_epochs)
            .field("init", &self.init_kind)
            .field("gpu", &self.gpu.is_some())
            .finish()
    }
}

fn check_finite(data: ArrayView2<'_, f32>) -> Result<()> {
    if let Some((pos, _)) = data.iter().enumerate().find(|(_, v)| !v.is_finite()) {
        let cols = data.ncols().max(1);
        return Err(Error::Invalid(format!(
            "UMAP input has a non-finite value at row {}, column {}",
            pos / cols,
            pos % cols
        )));
    }
    Ok(())
}

impl Umap {
    /// Builds the k-NN graph (on `compute`), the fuzzy graph and the initial layout, and uploads
    /// the optimiser's state when `compute` is a GPU. Fails with [`Error::Invalid`] on bad
    /// parameters or fewer than 3 rows, [`Error::Cancelled`] when stopped during the k-NN.
    pub fn new<'a>(
        compute: &Compute,
        data: impl Into<Input<'a>>,
        params: &UmapParams,
        progress: &dyn Progress,
    ) -> Result<Umap> {
        params.validate()?;
        let input = data.into();
        let host = input.to_host(compute)?;
        let data = host.view();
        let n = data.nrows();
        if n < 3 || data.ncols() == 0 {
            return Err(Error::Invalid(format!(
                "UMAP needs at least 3 rows and 1 column (got {} × {})",
                n,
                data.ncols()
            )));
        }
        check_finite(data)?;
        // Far from 1, f32 distances overflow or vanish; the layout does not depend on scale.
        let (scaled, factor) = crate::scale::safe(data)?;
        let data = scaled.view();
        let mut timings = Vec::new();
        let (a, b) = fit_ab(params.min_dist, params.spread)?;
        let n_epochs = params.epochs_for(n);
        let seed = params.seed32();

        let t = Instant::now();
        let k = (params.neighbors - 1).min(n - 1);
        let graph_knn = knn::knn_with(
            compute,
            data,
            k,
            params.metric,
            params.knn,
            params.seed,
            progress,
        )?;
        timings.push(("k-NN", t.elapsed().as_secs_f64()));

        let t = Instant::now();
        progress.update("UMAP graph", 0, 1);
        let w = graph::directed_weights(&graph_knn, 1.0);
        let mut g = graph::fuzzy_union(&graph_knn, &w);
        // umap-learn prunes with the epoch count, or its default when that is 10 or fewer.
        let prune_epochs = if n_epochs > 10 {
            n_epochs
        } else {
            UmapParams::default().epochs_for(n)
        };
        g.prune(prune_epochs);
        timings.push(("graph", t.elapsed().as_secs_f64()));
        if progress.cancelled() {
            return Err(Error::Cancelled);
        }

        let t = Instant::now();
        progress.update("UMAP init", 0, 1);
        let (layout, init_kind) = match init::spectral(&g, params.dims, seed) {
            Some(y) => (y, InitKind::Spectral),
            None => (init::pca_layout(data, params.dims)?, InitKind::Pca),
        };
        let layout = init::scale(layout, seed);
        let positions: Vec<f32> = layout.iter().copied().collect();
        timings.push(("init", t.elapsed().as_secs_f64()));

        let mut sched = epoch::schedule(&g.weight, n_epochs, params.negative_samples);
        let (samples, negatives) = epoch::sample_counts(&sched, n_epochs);
        progress.message(&format!(
            "UMAP epochs: {} edges, {samples} edge samples and about {negatives} negative samples \
             in {n_epochs} epochs",
            sched.len()
        ));
        let FuzzyGraph {
            mut head, mut tail, ..
        } = g;
        epoch::sort_by_rate(&mut head, &mut tail, &mut sched);
        let dims = params.dims;
        let gpu = match compute {
            Compute::Gpu(gpu) => Some(gpu::GpuLayout::new(
                gpu.clone(),
                &head,
                &tail,
                &sched,
                &positions,
                dims,
                a,
                b,
                seed,
            )?),
            Compute::Cpu => None,
        };
        let delta = if gpu.is_some() {
            Vec::new()
        } else {
            vec![0i32; positions.len()]
        };
        Ok(Umap {
            params: params.clone(),
            n,
            dims,
            a,
            b,
            n_epochs,
            epoch: 0,
            seed,
            head,
            tail,
            sched,
            positions,
            delta,
            gpu,
            data: data.to_owned(),
            factor,
            init_kind,
            timings,
            context: compute.gpu().cloned(),
            in_flight: None,
        })
    }

    /// Runs up to `epochs` more epochs (fewer when the schedule ends first), checking
    /// `progress.cancelled()` between epochs; returns how many ran. The layout after the last
    /// completed epoch is kept, so a stopped run can still be read.
    pub fn step(&mut self, epochs: usize, progress: &dyn Progress) -> Result<usize> {
        let todo = epochs.min(self.n_epochs - self.epoch);
        let t = Instant::now();
        let mut done = 0;
        if let Some(g) = &self.gpu {
            // Batches of `gpu::SLOTS` epochs, one submission each. One batch stays queued while
            // the next is recorded; waiting on the one before bounds the queue and reports.
            let mut last: Option<wgpu::SubmissionIndex> = None;
            while done < todo {
                if progress.cancelled() {
                    break;
                }
                let k = (todo - done).min(gpu::SLOTS);
                let batch: Vec<(u32, f32)> = (self.epoch..self.epoch + k)
                    .map(|e| {
                        let alpha = epoch::alpha(self.params.learning_rate, e, self.n_epochs);
                        (e as u32, alpha)
                    })
                    .collect();
                let index = g.submit_epochs(&batch);
                self.epoch += k;
                done += k;
                if let Some(i) = last.replace(index) {
                    g.wait(i)?;
                    progress.update("UMAP", self.epoch as u64, self.n_epochs as u64);
                }
            }
            if let Some(i) = last {
                g.wait(i)?;
            }
        } else {
            while done < todo {
                if progress.cancelled() {
                    break;
                }
                let alpha = epoch::alpha(self.params.learning_rate, self.epoch, self.n_epochs);
                let args = EpochArgs {
                    head_pos: &self.positions,
                    tail_pos: &self.positions,
                    dims: self.dims,
                    a: self.a,
                    b: self.b,
                    alpha,
                    epoch: self.epoch as u32,
                    seed: self.seed,
                    move_other: true,
                };
                epoch::epoch_cpu(
                    &self.head,
                    &self.tail,
                    &mut self.sched,
                    &args,
                    &mut self.delta,
                );
                epoch::apply_cpu(&mut self.positions, &mut self.delta);
                self.epoch += 1;
                done += 1;
                if done % 16 == 0 {
                    progress.update("UMAP", self.epoch as u64, self.n_epochs as u64);
                }
            }
        }
        progress.update("UMAP", self.epoch as u64, self.n_epochs as u64);
        match self.timings.iter_mut().find(|(s, _)| *s == "optimize") {
            Some(entry) => entry.1 += t.elapsed().as_secs_f64(),
            None => self.timings.push(("optimize", t.elapsed().as_secs_f64())),
        }
        Ok(done)
    }

    /// Queues up to `epochs` more epochs and returns without waiting for the GPU: the frame-loop
    /// form of [`Umap::step`]. Returns how many epochs were queued.
    ///
    /// On the GPU backend the epochs are submitted to the queue and the call returns at once;
    /// wgpu runs queue submissions in order, so a render pass the host submits afterwards reads
    /// [`Umap::positions_buffer`] after these epochs, with no wait on the CPU. To keep the queue
    /// short, a call made while the previous batch is still running queues nothing and returns
    /// `Ok(0)` (check with [`Umap::is_idle`]); so a host calls `submit(k)` once per frame and the
    /// layout advances at most `k` epochs per frame, never blocking the frame. The CPU backend
    /// has nothing to overlap with: there `submit` is [`Umap::step`] (it runs the epochs).
    ///
    /// [`Umap::epoch`] counts queued epochs. Errors raised by queued work are reported by a later
    /// [`Umap::is_idle`], [`Umap::step`] or [`Umap::positions`].
    ///
    /// ```
    /// use projector_engine::{Compute, NoProgress, umap};
    /// let data = ndarray::Array2::from_shape_fn((60, 4), |(i, j)| ((i * 7 + j * 3) % 13) as f32);
    /// let mut params = umap::UmapParams::default();
    /// params.epochs = Some(30);
    /// let compute = match projector_engine::gpu::test_context() {
    ///     Some(gpu) => Compute::Gpu(gpu),
    ///     None => Compute::Cpu,
    /// };
    /// let mut u = umap::Umap::new(&compute, data.view(), &params, &NoProgress).unwrap();
    /// // A host's frame loop: a few epochs per frame, then draw `positions_buffer()`.
    /// while !u.is_finished() {
    ///     u.submit(5, &NoProgress).unwrap();
    ///     // ... render a frame ...
    /// }
    /// assert_eq!(u.epoch(), 30);
    /// assert_eq!(u.positions().unwrap().dim(), (60, 2));
    /// ```
    pub fn submit(&mut self, epochs: usize, progress: &dyn Progress) -> Result<usize> {
        if self.gpu.is_none() || self.context.is_none() {
            return self.step(epochs, progress);
        }
        if !self.is_idle()? {
            return Ok(0);
        }
        let (Some(g), Some(ctx)) = (&self.gpu, &self.context) else {
            return Ok(0);
        };
        let todo = epochs.min(self.n_epochs - self.epoch);
        let mut done = 0;
        while done < todo && !progress.cancelled() {
            let k = (todo - done).min(gpu::SLOTS);
            let batch: Vec<(u32, f32)> = (self.epoch..self.epoch + k)
                .map(|e| {
                    let alpha = epoch::alpha(self.params.learning_rate, e, self.n_epochs);
                    (e as u32, alpha)
                })
                .collect();
            g.submit_epochs(&batch);
            self.epoch += k;
            done += k;
        }
        if done > 0 {
            let flag = Arc::new(AtomicBool::new(false));
            let f = flag.clone();
            ctx.queue
                .on_submitted_work_done(move || f.store(true, Ordering::Release));
            self.in_flight = Some(flag);
        }
        progress.update("UMAP", self.epoch as u64, self.n_epochs as u64);
        Ok(done)
    }

    /// True when no epoch queued by [`Umap::submit`] is still running on the GPU. Polls the
    /// device without blocking and reports any GPU error raised by the queued work. Always
    /// true on the CPU backend.
    pub fn is_idle(&mut self) -> Result<bool> {
        let (Some(flag), Some(ctx)) = (&self.in_flight, &self.context) else {
            return Ok(true);
        };
        ctx.poll()?;
        if flag.load(Ordering::Acquire) {
            self.in_flight = None;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Epochs completed so far.
    pub fn epoch(&self) -> usize {
        self.epoch
    }

    /// Total epochs of the schedule.
    pub fn n_epochs(&self) -> usize {
        self.n_epochs
    }

    /// True when every epoch has run.
    pub fn is_finished(&self) -> bool {
        self.epoch >= self.n_epochs
    }

    /// How the layout was initialised (spectral, or PCA as the fallback).
    pub fn init_kind(&self) -> InitKind {
        self.init_kind
    }

    /// The fitted curve parameters `(a, b)`.
    pub fn curve(&self) -> (f32, f32) {
        (self.a, self.b)
    }

    /// Number of directed edges optimised (both directions of each fuzzy edge).
    pub fn n_edges(&self) -> usize {
        self.head.len()
    }

    /// Seconds spent per stage so far: "k-NN", "graph", "init", "optimize".
    pub fn timings(&self) -> &[(&'static str, f64)] {
        &self.timings
    }

    /// The current layout, `n × dims` (read back from the GPU on that backend).
    pub fn positions(&self) -> Result<Array2<f32>> {
        let flat = match &self.gpu {
            Some(g) => g.read_positions()?,
            None => self.positions.clone(),
        };
        Array2::from_shape_vec((self.n, self.dims), flat)
            .map_err(|e| Error::Gpu(format!("UMAP positions: {e}")))
    }

    /// On the GPU backend, the buffer holding the current layout: `n × dims` f32, tightly packed
    /// row by row (point `i`'s coordinates at floats `i·dims .. (i+1)·dims`), with usage
    /// `STORAGE | VERTEX | COPY_SRC | COPY_DST`, so a renderer can bind it as a vertex buffer
    /// without a copy. It is updated in place by every [`Umap::step`]. `None` on the CPU backend.
    pub fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        self.gpu.as_ref().map(|g| g.positions())
    }

    /// Places new points into this map as umap-learn's `transform` does: their `neighbors`
    /// nearest training points (same metric), membership weights with local connectivity 0,
    /// initial positions at the weighted mean of those neighbours' positions, then a third of the
    /// fitting epochs (100 by default; 30 above 10,000 new points) at a quarter of the learning
    /// rate, moving only the new points. The training layout is the current one. The neighbour
    /// search and these epochs run on the CPU whatever `compute` is (they are small); `compute` is
    /// only used to read the layout back.
    pub fn transform(&self, compute: &Compute, new: ArrayView2<'_, f32>) -> Result<Array2<f32>> {
        let _ = compute;
        let (m, d) = new.dim();
        if d != self.data.ncols() {
            return Err(Error::Invalid(format!(
                "UMAP transform: new points have {d} columns, the map was fitted on {}",
                self.data.ncols()
            )));
        }
        check_finite(new)?;
        // The new points at the training data's scale (see `Umap::new`).
        let scaled;
        let new = if self.factor == 1.0 {
            new
        } else {
            scaled = new.mapv(|v| (f64::from(v) * self.factor) as f32);
            check_finite(scaled.view())?;
            scaled.view()
        };
        let dims = self.dims;
        if m == 0 {
            return Ok(Array2::zeros((0, dims)));
        }
        let train_pos = self.positions()?;
        let train_flat: Vec<f32> = train_pos.iter().copied().collect();
        let k = self.params.neighbors.min(self.n);
        let (idx, dist) = query_knn(self.data.view(), new, k, self.params.metric);
        // Weights (umap-learn: local connectivity 0 in transform).
        let mean_all = dist.iter().map(|&v| v as f64).sum::<f64>() / dist.len().max(1) as f64;
        let mut w = vec![0f32; m * k];
        w.par_chunks_mut(k)
            .zip(dist.par_chunks(k))
            .for_each(|(out, row)| {
                let (rho, sigma) = graph::smooth_knn_dist(row, 0.0, mean_all);
                for (o, &dj) in out.iter_mut().zip(row) {
                    *o = graph::membership(dj, rho, sigma);
                }
            });
        // Initial positions: weighted mean of the neighbours' positions.
        let mut pos = vec![0f32; m * dims];
        pos.par_chunks_mut(dims).enumerate().for_each(|(i, p)| {
            let total: f32 = w[i * k..(i + 1) * k].iter().sum();
            for j in 0..k {
                let wt = if total > 0.0 {
                    w[i * k + j] / total
                } else {
                    1.0 / k as f32
                };
                let t = idx[i * k + j] as usize;
                for c in 0..dims {
                    p[c] += wt * train_flat[t * dims + c];
                }
            }
        });
        let n_epochs = match self.params.epochs {
            Some(e) => e / 3,
            None => {
                if m <= 10_000 {
                    100
                } else {
                    30
                }
            }
        };
        if n_epochs == 0 {
            return Array2::from_shape_vec((m, dims), pos)
                .map_err(|e| Error::Invalid(e.to_string()));
        }
        let max = w.iter().copied().fold(0f32, f32::max);
        let cut = max / n_epochs as f32;
        let (mut head, mut tail, mut weight) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..m {
            for j in 0..k {
                let v = w[i * k + j];
                if v >= cut && v > 0.0 {
                    head.push(i as u32);
                    tail.push(idx[i * k + j]);
                    weight.push(v);
                }
            }
        }
        let mut sched = epoch::schedule(&weight, n_epochs, self.params.negative_samples);
        let mut delta = vec![0i32; pos.len()];
        let lr = self.params.learning_rate / 4.0;
        for epoch in 0..n_epochs {
            let args = EpochArgs {
                head_pos: &pos,
                tail_pos: &train_flat,
                dims,
                a: self.a,
                b: self.b,
                alpha: epoch::alpha(lr, epoch, n_epochs),
                epoch: epoch as u32,
                seed: self.seed,
                move_other: false,
            };
            epoch::epoch_cpu(&head, &tail, &mut sched, &args, &mut delta);
            epoch::apply_cpu(&mut pos, &mut delta);
        }
        Array2::from_shape_vec((m, dims), pos).map_err(|e| Error::Invalid(e.to_string()))
    }
}

/// Brute-force k nearest training rows of every query row (CPU): indices and distances,
/// `m × k` row-major, sorted, ties by index. Distances as [`crate::knn::knn`] gives them.
fn query_knn(
    train: ArrayView2<'_, f32>,
    query: ArrayView2<'_, f32>,
    k: usize,
    metric: Metric,
) -> (Vec<u32>, Vec<f32>) {
    let prep = |x: ArrayView2<'_, f32>| match metric {
        Metric::Euclidean => x.as_standard_layout().into_owned(),
        Metric::Cosine => knn::normalized_rows(x),
    };
    let (t, q) = (prep(train), prep(query));
    let d = t.ncols();
    let tf: Vec<f32> = t.iter().copied().collect();
    let qf: Vec<f32> = q.iter().copied().collect();
    let m = q.nrows();
    let mut idx = vec![0u32; m * k];
    let mut dist = vec![0f32; m * k];
    idx.par_chunks_mut(k)
        .zip(dist.par_chunks_mut(k))
        .enumerate()
        .for_each(|(i, (ir, dr))| {
            let qr = &qf[i * d..(i + 1) * d];
            let mut best: Vec<(f32, u32)> = Vec::with_capacity(k + 1);
            for (j, row) in tf.chunks_exact(d.max(1)).enumerate() {
                let d2: f32 = qr.iter().zip(row).map(|(a, b)| (a - b) * (a - b)).sum();
                if best.len() < k || (d2, j as u32) < best[k - 1] {
                    let p = best.partition_point(|e| *e < (d2, j as u32));
                    best.insert(p, (d2, j as u32));
                    best.truncate(k);
                }
            }
            for (s, (d2, j)) in best.into_iter().enumerate() {
                ir[s] = j;
                dr[s] = match metric {
                    Metric::Euclidean => d2.sqrt(),
                    Metric::Cosine => d2 / 2.0,
                };
            }
        });
    (idx, dist)
}

/// UMAP of the rows of `data` in one call: [`Umap::new`], every epoch, the layout (`n × dims`).
/// When `progress` asks to stop during the optimisation, returns the layout reached so far.
pub fn run<'a>(
    compute: &Compute,
    data: impl Into<Input<'a>>,
    params: &UmapParams,
    progress: &dyn Progress,
) -> Result<Array2<f32>> {
    let mut u = Umap::new(compute, data, params, progress)?;
    let n = u.n_epochs();
    u.step(n, progress)?;
    u.positions()
}

#[cfg(test)]
mod tests;
