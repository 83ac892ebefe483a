//! t-SNE (van der Maaten & Hinton 2008) on every point, on the GPU (WGSL) or the CPU.
//!
//! How it works:
//! 1. **Input affinities** ([`Tsne::new`]): the `k = min(n − 1, 3·perplexity)` nearest
//!    neighbours of every row ([`crate::knn::knn`]), a per-point bisection of the Gaussian
//!    bandwidth to match the perplexity (GPU: `tsne_affinity.wgsl`, one invocation per point;
//!    CPU twin in `cpu/affinity.rs`), then `P = (P + Pᵀ) / 2n` as a sparse CSR matrix. The
//!    symmetrisation is a sparse transpose and runs on the CPU for both backends.
//! 2. **Initialisation**: the first `dims` principal components of the input
//!    ([`crate::pca::fit`]), scaled so the first coordinate has standard deviation 1e-4
//!    (openTSNE's default). If the data has fewer columns than `dims`, or no variance, the start
//!    is Gaussian noise from `seed` at the same scale.
//! 3. **Gradient** (without the conventional factor 4, as openTSNE writes it):
//!    `g_i = exag · Σ_j p_ij w_ij (y_i − y_j) − (1/Z) Σ_j w_ij² (y_i − y_j)`, with
//!    `w_ij = 1 / (1 + |y_i − y_j|²)` and `Z = Σ_{i≠j} w_ij`. Attraction on the GPU
//!    (`tsne_attract`) walks the CSR rows, one point per invocation, the points in order of
//!    degree, each edge read as one (column, value) pair; a row is taken in windows of 16,384
//!    edges, one dispatch per window of the longest row, so no invocation outruns lavapipe's
//!    loop budget. The CPU visits each pair `i < j` once and adds its force to both ends (P is
//!    symmetric), which halves the memory traffic. Repulsion is either exact (O(n²):
//!    `tsne_repulse_exact`, tiled through workgroup memory, or its CPU twin; small n and 3-D
//!    output) or, for 2-D output, FFT-accelerated interpolation on a grid as in FIt-SNE, in a
//!    force form: each point spreads a charge onto the 3 × 3 Lagrange nodes of its box, the node
//!    charges are convolved with the force kernel `G(d) = d / (1 + |d|²)²` by a zero-padded FFT
//!    (`Z` by Parseval from the charges' spectrum and that of `1 / (1 + |d|²)`), and the node
//!    forces are interpolated back to the points. On the CPU (`fft.rs`) with real row transforms
//!    and cache-blocked column passes. On the GPU (`grid.rs` describes the stages, `gpu/`
//!    runs them) the host sizes the grid from `tsne_grid_bounds`, the points are binned
//!    (`tsne_grid_bin`, `tsne_grid_scan`) and spread into exact 64-bit fixed-point sums
//!    (`tsne_grid_spread`, integer atomics) that `tsne_grid_charges` turns into floats, then
//!    convolved by mixed-radix Stockham passes (radix 16, 9, 8, 4, 3 and 2, grid sides
//!    `2^a·3^b`) of `tsne_fft_pass`, one pipeline per radix and override `ROLE` constant (the
//!    first pass reads the charges, the kernel product is fused into the last forward pass, the
//!    last inverse pass writes the node forces), and interpolated back (`tsne_grid_interp`). A
//!    grid too large for one storage binding falls back to the direct node-to-node sum
//!    (`tsne_grid_conv`); `cpu/grid.rs` is the CPU twin of the grid stages, against which the
//!    tests check both GPU paths. The twins of the other kernels are in `cpu/`, one file per
//!    shader.
//! 4. **Optimiser** as openTSNE/bhtsne do it: early exaggeration 12 for 250 iterations with
//!    momentum 0.5, then exaggeration 1 and momentum 0.8; per-coordinate gains (+0.2 when the
//!    gradient flips sign against the last update, ×0.8 otherwise, at least 0.01); learning
//!    rate `auto` = `max(n / exaggeration, 50)`, i.e. n/12 during early exaggeration and n after.
//! 5. **KL divergence** every 50 iterations, reported through [`Progress::message`].
//!
//! Backends: [`Compute::Gpu`] runs stages 1 (bandwidth search) and 3–4 in WGSL. There
//! `Repulsion::Approx` (2-D only) runs the grid repulsion, linear in n plus an FFT of the grid
//! (whose side grows with the spread of the embedding, not with n); it waits for the GPU once
//! per iteration (the grid is chosen on the host from the read-back bounds). `Auto` picks it for
//! 2-D output above [`GPU_EXACT_MAX_N`] points on the GPU and above [`EXACT_MAX_N`] on the CPU
//! ([`Compute::Cpu`] runs the CPU twins with rayon), exact repulsion otherwise (3-D output
//! always uses exact repulsion).
//!
//! Repeatability: no reduction depends on thread scheduling or float atomics. The CPU path is
//! bit-identical for the same input and seed; the GPU path is deterministic on one device.
//!
//! ```
//! use projector_engine::{Compute, NoProgress, tsne};
//! use ndarray::Array2;
//!
//! // Two clusters of 40 points in 5-D.
//! let data = Array2::from_shape_fn((80, 5), |(i, j)| {
//!     (if i < 40 { 0.0 } else { 10.0 }) + ((i * 7 + j * 13) % 11) as f32 * 0.1
//! });
//! let mut params = tsne::Params::default();
//! params.perplexity = 10.0;
//! params.iterations = 300;
//! let y = tsne::run(&Compute::Cpu, data.view(), &params, &NoProgress).unwrap();
//! assert_eq!(y.dim(), (80, 2));
//! ```

use ndarray::{Array2, ArrayView2};
use rand::{Rng, SeedableRng};

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::input::Input;
use crate::knn::{self, Method, Metric};
use crate::pca;
use crate::progress::Progress;

pub mod affinity;
mod cpu;
mod fft;
mod gpu;
mod grid;
mod kl;

pub use affinity::Csr;

/// Largest n for which `Repulsion::Auto` picks exact repulsion on the CPU.
pub const EXACT_MAX_N: usize = 2000;
/// Largest n for which `Repulsion::Auto` picks exact repulsion on the GPU. On lavapipe the
/// grid's cost is mostly its FFT convolution, which grows with the embedding's spread, not with
/// n (MNIST spreads to a grid of 1152² by the end of a run), while exact grows as n². 1000
/// iterations on MNIST rows: 5,000 rows exact 91 s, grid 72 s; 10,000 rows exact about 330 s,
/// grid 85 s. On a hardware GPU (not measured yet: none was available) both are far faster, and
/// exact at 70k points already costs 5·10⁹ pairs per iteration.
pub const GPU_EXACT_MAX_N: usize = 4_000;
/// Smallest per-coordinate gain.
pub(crate) const MIN_GAIN: f32 = 0.01;
/// KL divergence is computed and reported every this many iterations.
pub const KL_EVERY: usize = 50;

/// Learning rate of the gradient descent.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub enum LearningRate {
    /// `max(n / exaggeration, 50)` (openTSNE; Belkina et al. 2019).
    #[default]
    Auto,
    /// A fixed rate in both phases.
    Fixed(f32),
}

/// How repulsive forces are computed.
///
/// ```
/// use projector_engine::{Compute, NoProgress, tsne};
/// // Grid repulsion: FFT on the CPU, the WGSL grid stages on a GPU when one is available.
/// let data = ndarray::Array2::from_shape_fn((60, 4), |(i, j)| ((i * 5 + j * 7) % 17) as f32);
/// let compute = match projector_engine::gpu::test_context() {
///     Some(gpu) => Compute::Gpu(gpu),
///     None => Compute::Cpu,
/// };
/// let params = tsne::Params::default()
///     .with_perplexity(10.0)
///     .with_iterations(30)
///     .with_repulsion(tsne::Repulsion::Approx);
/// let t = tsne::Tsne::new(&compute, data.view(), &params, &NoProgress).unwrap();
/// assert!(!t.exact_repulsion());
/// let y = tsne::run(&compute, data.view(), &params, &NoProgress).unwrap();
/// assert!(y.iter().all(|v| v.is_finite()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Repulsion {
    /// Exact for small n, 3-D output and on the GPU; FFT interpolation otherwise.
    #[default]
    Auto,
    /// Exact O(n²) sums.
    Exact,
    /// Grid interpolation (2-D output only): FFT convolution on the CPU, direct node-to-node
    /// sums on the GPU (see the module docs for when that pays off).
    Approx,
}

/// t-SNE parameters. Build with `Params::default()` and set fields, or chain the `with_*`
/// builders. `#[non_exhaustive]`: other crates cannot use struct-literal syntax (new
/// parameters will be added), so they start from `default()`.
///
/// ```
/// use projector_engine::tsne::Params;
/// let p = Params::default().with_perplexity(15.0).with_iterations(500).with_dims(3);
/// assert_eq!((p.perplexity, p.iterations, p.dims), (15.0, 500, 3));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Params {
    /// Perplexity (effective number of neighbours), default 30.
    pub perplexity: f32,
    /// Total iterations including early exaggeration, default 1000.
    pub iterations: usize,
    /// Learning rate, default `Auto`.
    pub learning_rate: LearningRate,
    /// Early exaggeration factor, default 12.
    pub early_exaggeration: f32,
    /// Iterations with early exaggeration (and momentum 0.5), default 250.
    pub exaggeration_iterations: usize,
    /// Output dimensions, 2 or 3.
    pub dims: usize,
    /// Seed of the random start (used when PCA cannot initialise).
    pub seed: u64,
    /// Repulsion method.
    pub repulsion: Repulsion,
    /// k-NN search: exact, approximate (NN-descent) or chosen by size (default).
    pub knn: Method,
}

crate::params::setters!(Params {
    with_perplexity: perplexity: f32,
    with_iterations: iterations: usize,
    with_learning_rate: learning_rate: LearningRate,
    with_early_exaggeration: early_exaggeration: f32,
    with_exaggeration_iterations: exaggeration_iterations: usize,
    with_dims: dims: usize,
    with_seed: seed: u64,
    with_repulsion: repulsion: Repulsion,
    with_knn: knn: Method,
});

impl Default for Params {
    fn default() -> Self {
        Params {
            perplexity: 30.0,
            iterations: 1000,
            learning_rate: LearningRate::Auto,
            early_exaggeration: 12.0,
            exaggeration_iterations: 250,
            dims: 2,
            seed: crate::params::DEFAULT_SEED,
            knn: Method::Auto,
            repulsion: Repulsion::Auto,
        }
    }
}

struct CpuState {
    y: Vec<f32>,
    upd: Vec<f32>,
    gains: Vec<f32>,
    attr: Vec<f32>,
    rep: Vec<f32>,
    zrow: Vec<f32>,
    fft: fft::FftRepulsion,
    pairs: cpu::Pairs,
}

enum State {
    Cpu(Box<CpuState>),
    Gpu(std::sync::Arc<crate::gpu::Gpu>, Box<gpu::GpuState>),
}

/// A t-SNE run in progress: the affinities, the positions and the optimiser state.
pub struct Tsne {
    n: usize,
    dims: usize,
    params: Params,
    iteration: usize,
    exact: bool,
    p: Csr,
    state: State,
    kl_fft: fft::FftRepulsion,
    /// `(Σ p log p, Σ p)` for the KL divergence.
    kl_consts: (f64, f64),
    times: StageTimes,
    in_flight: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// The KL divergence `step` last computed (every [`KL_EVERY`] iterations) and its iteration.
    last_kl: Option<(usize, f32)>,
}

/// Wall time spent in each stage of a run so far (for benchmarks and `--verbose` output).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct StageTimes {
    /// k-NN graph.
    pub knn: std::time::Duration,
    /// Bandwidth search and symmetrisation.
    pub affinities: std::time::Duration,
    /// PCA start and upload.
    pub init: std::time::Duration,
    /// Gradient descent (including the KL reports).
    pub optimise: std::time::Duration,
}

impl std::fmt::Debug for Tsne {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tsne")
            .field("n", &self.n)
            .field("dims", &self.dims)
            .field("iteration", &self.iteration)
            .field("exact", &self.exact)
            .finish_non_exhaustive()
    }
}

fn validate(n: usize, params: &Params) -> Result<()> {
    let bad = |m: String| Err(Error::Invalid(m));
    if n < 3 {
        return bad(format!("t-SNE needs at least 3 rows (got {n})"));
    }
    if !(params.perplexity.is_finite() && params.perplexity > 0.0) {
        return bad(format!(
            "perplexity must be positive (got {})",
            params.perplexity
        ));
    }
    if !(params.early_exaggeration.is_finite() && params.early_exaggeration > 0.0) {
        return bad(format!(
            "early exaggeration must be positive (got {})",
            params.early_exaggeration
        ));
    }
    if let LearningRate::Fixed(lr) = params.learning_rate
        && !(lr.is_finite() && lr > 0.0)
    {
        return bad(format!("learning rate must be positive (got {lr})"));
    }
    if params.dims != 2 && params.dims != 3 {
        return bad(format!(
            "t-SNE output dims must be 2 or 3 (got {})",
            params.dims
        ));
    }
    Ok(())
}

impl Tsne {
    /// Computes the k-NN graph and the affinities of `data` (rows = points) and places the
    /// points at the scaled PCA start. Fails with [`Error::Invalid`] on bad parameters or
    /// non-finite data, [`Error::Cancelled`] when stopped during the k-NN search.
    pub fn new<'a>(
        compute: &Compute,
        data: impl Into<Input<'a>>,
        params: &Params,
        progress: &dyn Progress,
    ) -> Result<Tsne> {
        let input = data.into();
        let host = input.to_host(compute)?;
        let data = host.view();
        let n = data.nrows();
        validate(n, params)?;
        if data.iter().any(|v| !v.is_finite()) {
            return Err(Error::Invalid(
                "t-SNE input has NaN or infinite values".into(),
            ));
        }
        // Far from 1, squared f32 distances overflow or vanish; the layout does not depend on
        // the input's scale (see `crate::scale`).
        let (scaled, _) = crate::scale::safe(data)?;
        let data = scaled.view();
        let dims = params.dims;
        let exact = match params.repulsion {
            Repulsion::Exact => true,
            Repulsion::Approx => {
                if dims != 2 {
                    return Err(Error::Invalid(
                        "approximate t-SNE repulsion supports 2-D output only; use exact".into(),
                    ));
                }
                false
            }
            Repulsion::Auto => {
                let max = if compute.gpu().is_some() {
                    GPU_EXACT_MAX_N
                } else {
                    EXACT_MAX_N
                };
                dims != 2 || n <= max
            }
        };
        let k = (n - 1).min((3.0 * params.perplexity).floor().max(1.0) as usize);
        let t0 = std::time::Instant::now();
        let graph = knn::knn_with(
            compute,
            data,
            k,
            Metric::Euclidean,
            params.knn,
            params.seed,
            progress,
        )?;
        let t1 = std::time::Instant::now();
        progress.update("t-SNE affinities", 0, 1);
        let knn::KnnGraph {
            indices, distances, ..
        } = graph;
        let cond = match compute {
            Compute::Gpu(g) => gpu::conditional(g, &distances, k, params.perplexity)?,
            Compute::Cpu => cpu::conditional_cpu(&distances, k, params.perplexity),
        };
        // Each step frees what the next no longer needs: at 1M rows and k = 90 the distances
        // and the conditional rows are 360 MB each, the neighbour ids as much.
        drop(distances);
        let p = affinity::symmetrize(n, k, &indices, &cond);
        drop(cond);
        drop(indices);
        progress.update("t-SNE affinities", 1, 1);
        let t2 = std::time::Instant::now();
        let y0 = initial_positions(compute, data, dims, params.seed)?;
        let state = match compute {
            Compute::Gpu(g) => State::Gpu(
                g.clone(),
                Box::new(gpu::GpuState::new(g, &p, &y0, dims, !exact)?),
            ),
            Compute::Cpu => State::Cpu(Box::new(CpuState {
                upd: vec![0.0; n * dims],
                gains: vec![1.0; n * dims],
                attr: vec![0.0; n * dims],
                rep: vec![0.0; n * dims],
                zrow: vec![0.0; n],
                y: y0,
                fft: fft::FftRepulsion::default(),
                pairs: cpu::Pairs::new(&p, dims, Some(knn::locality_order(data, params.seed))),
            })),
        };
        let times = StageTimes {
            knn: t1 - t0,
            affinities: t2 - t1,
            init: t2.elapsed(),
            optimise: Default::default(),
        };
        let kl_consts = kl::kl_constants(&p);
        Ok(Tsne {
            times,
            n,
            dims,
            params: params.clone(),
            iteration: 0,
            exact,
            p,
            state,
            kl_fft: fft::FftRepulsion::default(),
            kl_consts,
            in_flight: None,
            last_kl: None,
        })
    }

    /// Iterations done (or, after [`Tsne::submit`], queued) so far.
    pub fn iteration(&self) -> usize {
        self.iteration
    }

    /// The planned number of iterations (`params.iterations`).
    pub fn total_iterations(&self) -> usize {
        self.params.iterations
    }

    /// True once [`Tsne::iteration`] has reached [`Tsne::total_iterations`]. ([`Tsne::step`]
    /// may run past it on request; [`Tsne::submit`] stops there.)
    pub fn is_finished(&self) -> bool {
        self.iteration >= self.params.iterations
    }

    /// Number of points.
    pub fn len(&self) -> usize {
        self.n
    }

    /// True when there is no point (never, for a constructed run: t-SNE needs 3 rows).
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Output dimensions (2 or 3).
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// Queues up to `n_iter` more iterations (no further than [`Tsne::total_iterations`]) and
    /// returns without waiting for the GPU: the frame-loop form of [`Tsne::step`]. Returns how
    /// many iterations were queued.
    ///
    /// On the GPU backend the iterations go to the queue and the call returns at once; queue
    /// order guarantees that a render pass the host submits afterwards reads
    /// [`Tsne::positions_buffer`] after them. While the previous batch still runs, a call
    /// queues nothing and returns `Ok(0)` (see [`Tsne::is_idle`]), so the queue stays short and
    /// the frame is never blocked (except with `Repulsion::Approx`, whose grid repulsion waits
    /// for the previous iteration to read back the bounds). The KL divergence is not computed here (it needs a read-back):
    /// ask [`Tsne::kl_divergence`] when you want it. On the CPU backend `submit` runs the
    /// iterations, like [`Tsne::step`].
    ///
    /// ```
    /// use projector_engine::{Compute, NoProgress, tsne};
    /// let data = ndarray::Array2::from_shape_fn((50, 4), |(i, j)| ((i * 7 + j * 3) % 13) as f32);
    /// let mut params = tsne::Params::default();
    /// params.perplexity = 10.0;
    /// params.iterations = 40;
    /// let compute = match projector_engine::gpu::test_context() {
    ///     Some(gpu) => Compute::Gpu(gpu),
    ///     None => Compute::Cpu,
    /// };
    /// let mut t = tsne::Tsne::new(&compute, data.view(), &params, &NoProgress).unwrap();
    /// while !t.is_finished() {
    ///     t.submit(10, &NoProgress).unwrap();
    ///     // ... draw `t.positions_buffer()` ...
    /// }
    /// assert!(t.kl_divergence().unwrap().is_finite());
    /// ```
    pub fn submit(&mut self, n_iter: usize, progress: &dyn Progress) -> Result<usize> {
        let n_iter = n_iter.min(self.params.iterations.saturating_sub(self.iteration));
        if matches!(self.state, State::Cpu(_)) {
            let before = self.iteration;
            self.step(n_iter, progress)?;
            return Ok(self.iteration - before);
        }
        if !self.is_idle()? {
            return Ok(0);
        }
        let mut done = 0;
        while done < n_iter && !progress.cancelled() {
            let (exag, lr, momentum) = self.schedule(self.iteration);
            if let State::Gpu(g, s) = &mut self.state {
                s.submit_iteration(g, exag, lr, momentum)?;
            }
            self.iteration += 1;
            done += 1;
        }
        if let (State::Gpu(g, _), true) = (&self.state, done > 0) {
            let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let f = flag.clone();
            g.queue.on_submitted_work_done(move || {
                f.store(true, std::sync::atomic::Ordering::Release)
            });
            self.in_flight = Some(flag);
        }
        progress.update(
            "t-SNE",
            self.iteration as u64,
            self.params.iterations as u64,
        );
        Ok(done)
    }

    /// True when no iteration queued by [`Tsne::submit`] is still running on the GPU (polls
    /// without blocking; reports GPU errors of the queued work). Always true on the CPU.
    pub fn is_idle(&mut self) -> Result<bool> {
        let (Some(flag), State::Gpu(g, _)) = (&self.in_flight, &self.state) else {
            return Ok(true);
        };
        g.poll()?;
        if flag.load(std::sync::atomic::Ordering::Acquire) {
            self.in_flight = None;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Wall time of each stage so far.
    pub fn times(&self) -> StageTimes {
        self.times
    }

    /// True when the repulsion is exact (false: grid interpolation, FFT on the CPU).
    pub fn exact_repulsion(&self) -> bool {
        self.exact
    }

    /// The symmetric input affinities.
    pub fn affinities(&self) -> &Csr {
        &self.p
    }

    fn schedule(&self, it: usize) -> (f32, f32, f32) {
        let early = it < self.params.exaggeration_iterations;
        let exag = if early {
            self.params.early_exaggeration
        } else {
            1.0
        };
        let momentum = if early { 0.5 } else { 0.8 };
        let lr = match self.params.learning_rate {
            LearningRate::Auto => (self.n as f32 / exag).max(50.0),
            LearningRate::Fixed(v) => v,
        };
        (exag, lr, momentum)
    }

    /// Runs `n_iter` more iterations (the phase, early exaggeration or not, follows the
    /// iteration count). Reports progress, and the KL divergence every [`KL_EVERY`] iterations
    /// through `progress.message`. When `progress.cancelled()` turns true it stops and returns
    /// `Ok`: the positions so far stay available.
    pub fn step(&mut self, n_iter: usize, progress: &dyn Progress) -> Result<()> {
        let start = std::time::Instant::now();
        let total = self.params.iterations.max(self.iteration + n_iter) as u64;
        let mut pending = 0usize;
        for _ in 0..n_iter {
            if progress.cancelled() {
                break;
            }
            let (exag, lr, momentum) = self.schedule(self.iteration);
            match &mut self.state {
                State::Cpu(s) => {
                    let s = &mut **s;
                    cpu::attractive_pairs(&mut s.pairs, &s.y, self.dims, exag, &mut s.attr);
                    let z = if self.exact {
                        cpu::repulsive_exact(&s.y, self.dims, &mut s.rep, &mut s.zrow)
                    } else {
                        s.fft.repulsive(&s.y, &mut s.rep)
                    };
                    cpu::update(
                        &mut s.y,
                        &mut s.upd,
                        &mut s.gains,
                        &s.attr,
                        &s.rep,
                        z as f32,
                        lr,
                        momentum,
                        MIN_GAIN,
                    );
                }
                State::Gpu(g, s) => {
                    s.submit_iteration(g, exag, lr, momentum)?;
                    pending += 1;
                    if pending >= 10 {
                        g.wait(None)?;
                        pending = 0;
                    }
                }
            }
            self.iteration += 1;
            progress.update("t-SNE", self.iteration as u64, total);
            if self.iteration.is_multiple_of(KL_EVERY) {
                let kl = self.kl_divergence()?;
                self.last_kl = Some((self.iteration, kl));
                progress.message(&format!(
                    "t-SNE iteration {}: KL divergence {kl:.4}",
                    self.iteration
                ));
            }
        }
        if let State::Gpu(g, _) = &self.state {
            g.wait(None)?;
        }
        self.times.optimise += start.elapsed();
        Ok(())
    }

    /// The KL divergence [`Tsne::step`] last reported (it computes it every [`KL_EVERY`]
    /// iterations) with that iteration; `None` before the first.
    pub fn last_kl_divergence(&self) -> Option<(usize, f32)> {
        self.last_kl
    }

    /// The current positions, `n × dims` (read back from the GPU on that path).
    pub fn positions(&self) -> Result<Array2<f32>> {
        let flat = match &self.state {
            State::Cpu(s) => s.y.clone(),
            State::Gpu(g, s) => s.positions(g)?,
        };
        Array2::from_shape_vec((self.n, self.dims), flat)
            .map_err(|e| Error::Gpu(format!("positions: {e}")))
    }

    /// The GPU buffer holding the positions, on the GPU path: `n × dims` f32, tightly packed
    /// (point i at floats `i·dims .. i·dims + dims`), usage `STORAGE | VERTEX | COPY_SRC |
    /// COPY_DST`, so a renderer can bind it as a vertex buffer directly. `None` on the CPU.
    pub fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        match &self.state {
            State::Gpu(_, s) => Some(&s.y),
            State::Cpu(_) => None,
        }
    }

    /// KL(P ‖ Q) of the current positions (unexaggerated P). Z is recomputed on the CPU with
    /// the exact sums, or the FFT sums when the run uses them, for both backends.
    pub fn kl_divergence(&mut self) -> Result<f32> {
        let y = match &self.state {
            State::Cpu(s) => s.y.clone(),
            State::Gpu(g, s) => s.positions(g)?,
        };
        let mut rep = vec![0f32; y.len()];
        let mut zrow = vec![0f32; self.n];
        let z = if let State::Cpu(s) = &mut self.state
            && !self.exact
        {
            // The run's own FFT state: its plans and kernel spectra are those of this grid
            // already (the result depends only on `y`).
            s.fft.repulsive(&y, &mut rep)
        } else if self.dims == 2 && (!self.exact || self.n > EXACT_MAX_N) {
            self.kl_fft.repulsive(&y, &mut rep)
        } else {
            cpu::repulsive_exact(&y, self.dims, &mut rep, &mut zrow)
        };
        Ok(kl::kl_divergence(&self.p, &y, self.dims, z, self.kl_consts) as f32)
    }
}

/// PCA start scaled to std 1e-4 on the first axis, or seeded Gaussian noise at that scale.
fn initial_positions(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    dims: usize,
    seed: u64,
) -> Result<Vec<f32>> {
    let (n, d) = data.dim();
    if d >= dims {
        let fit = pca::fit(compute, data, dims)?;
        let y = fit.transform(data);
        let std = y.column(0).std(0.0);
        if std.is_finite() && std > 0.0 {
            let s = 1e-4 / std;
            let y = y.mapv(|v| v * s);
            return Ok(y.as_standard_layout().iter().copied().collect());
        }
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    Ok((0..n * dims)
        .map(|_| {
            // Box-Muller.
            let u1: f32 = rng.random::<f32>().max(1e-12);
            let u2: f32 = rng.random::<f32>();
            1e-4 * (-2.0 * u1.ln()).sqrt() * (std::f32::consts::TAU * u2).cos()
        })
        .collect())
}

/// Runs t-SNE to the end (`params.iterations`) and returns the `n × dims` positions. When
/// stopped through `progress`, returns the positions reached so far.
pub fn run<'a>(
    compute: &Compute,
    data: impl Into<Input<'a>>,
    params: &Params,
    progress: &dyn Progress,
) -> Result<Array2<f32>> {
    let mut t = Tsne::new(compute, data, params, progress)?;
    t.step(params.iterations, progress)?;
    t.positions()
}

#[cfg(test)]
mod tests;
