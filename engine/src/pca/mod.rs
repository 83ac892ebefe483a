//! PCA on the GPU (WGSL) or the CPU: column means, the centred covariance (or Gram) matrix, the
//! top-`k` eigenvectors by subspace iteration, and the projection of every row.
//!
//! How it works, stage by stage (the GPU kernels are in `shaders/wgsl/pca_*.wgsl`, their CPU
//! twins in `cpu.rs`, both behind one internal `Stages` trait so the driver below is shared):
//!
//! 1. **Column statistics.** Rows are streamed in chunks (on the GPU, at most
//!    [`Gpu::max_binding_rows`](crate::gpu::Gpu::max_binding_rows) rows uploaded into one reused
//!    buffer, so `n` is bounded by host memory, not by one binding). Each chunk's column sums come
//!    back and are added in f64; the mean is their quotient.
//! 2. **The matrix.** With `d ≤ n` (or when the `n × n` matrix would not fit), the centred
//!    covariance `C = X_cᵀ X_c` is accumulated in f32 from centred rows, so there is no
//!    cancellation. On the GPU the default is `pca_matmul_ubo`: the host centres the rows
//!    (`x − mean` in f32) and packs a few of them into each 64 KiB *uniform* window (20 rows
//!    of MNIST's 784); one dispatch adds up to four windows to `C`, one invocation per output
//!    row, its 64 outputs in registers, each window row read as a broadcast (same address for
//!    every invocation: one scalar load per SIMD batch on lavapipe, where storage and
//!    workgroup loads are per-lane loops). Rows wider than a window (d > 16384) or devices with
//!    uniform bindings below 64 KiB use the tiled workgroup-memory product `pca_matmul`, which
//!    subtracts the means as it reads. Either way only the upper blocks are computed and
//!    `pca_symmetrize` mirrors them. With
//!    `d > n` the `n × n` Gram matrix `G = X_c X_cᵀ` is used instead (same non-zero spectrum;
//!    the components are `X_cᵀ u / sqrt(λ (n − 1))`, renormalised). The centred sum of squares
//!    (the total variance) comes from the same pass.
//! 3. **Eigenvectors.** Subspace (block power) iteration on a block of `k + p` vectors
//!    (`p = 10` oversampling by default, so close eigenvalues converge at the rate
//!    `λ_{k+p+1}/λ_k` rather than `λ_{k+1}/λ_k`), with Rayleigh–Ritz at every step: the GPU
//!    computes `Z = S Q` (the only `O(d² b)` work); the CPU forms `H = QᵀZ` (`b × b`), solves it
//!    with Jacobi ([`symmetric_eigen`]), rotates `Z` onto the Ritz basis and re-orthonormalises
//!    it by modified Gram–Schmidt in f64. That small step is `O(d b²)` — a few percent of the
//!    product — and is sequential and reduction-heavy, so it is done on the CPU in f64 for
//!    accuracy; the round trip is one `d × b` block each way. Iteration stops when the largest
//!    principal angle between two consecutive top-`k` subspaces is below `tol` (1e-6); when the
//!    top-`k` Ritz values change by less than `1e3·tol²` in a step (at least 1e-6 on the GPU,
//!    whose f32 products give them to ~1e-7; their error is quadratic in
//!    the angle: what is left is rotation within clusters of nearly equal eigenvalues, which the
//!    data does not determine and which does not change the explained variance); when the angle
//!    stops improving (the f32 noise floor of the GPU product); or after `max_iter` steps.
//! 4. **Signs and variance.** Each axis is flipped so that its largest-magnitude loading is
//!    positive (deterministic output); the Ritz values over `n − 1` are the explained variances,
//!    their ratios to the total variance the explained-variance ratios.
//! 5. **Projection** ([`Pca::transform_with`]) streams the rows through the same product,
//!    centring on the fly, chunk by chunk.
//!
//! ```
//! use projector_engine::{Compute, pca};
//! use ndarray::array;
//!
//! let data = array![[1.0f32, 2.0, 0.5], [2.0, 4.1, 0.4], [3.0, 5.9, 0.6], [4.0, 8.0, 0.5]];
//! let (fit, projected) = pca::fit_transform(&Compute::Cpu, data.view(), 2).unwrap();
//! assert!(fit.explained_variance_ratio[0] > 0.99);
//! assert_eq!(projected.dim(), (4, 2));
//! ```

mod cpu;
mod eigen;
mod gpu;

use ndarray::{Array1, Array2, ArrayView2, Axis};
use rayon::prelude::*;

pub use eigen::symmetric_eigen;

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::input::Input;
use crate::progress::{NoProgress, Progress};
use crate::rows::RowSource;

/// Rows per block of [`Pca::transform`].
pub const TRANSFORM_BLOCK_ROWS: usize = 2048;

/// Which matrix the eigenvectors are taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Method {
    /// The `d × d` covariance unless `d > n`, then the `n × n` Gram matrix.
    #[default]
    Auto,
    /// The `d × d` centred covariance.
    Covariance,
    /// The `n × n` centred Gram matrix.
    Gram,
}

/// Settings of [`fit_with`].
///
/// Not `#[non_exhaustive]` (yet): the crate's tests build it with struct-literal syntax and
/// `..Default::default()`. Prefer the `with_*` builders; a new field will come with a default,
/// so literals that end in `..Default::default()` keep compiling.
///
/// ```
/// use projector_engine::pca::{Method, PcaOptions};
/// let opts = PcaOptions::default().with_method(Method::Covariance).with_seed(7);
/// assert_eq!(opts.seed, 7);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PcaOptions {
    /// Extra vectors in the iterated block (speeds up convergence when eigenvalues are close).
    pub oversample: usize,
    /// Most subspace-iteration steps.
    pub max_iter: usize,
    /// Convergence threshold on the sine of the largest principal angle between steps.
    pub tol: f64,
    /// Seed of the random starting block.
    pub seed: u64,
    /// Matrix to use ([`Method::Auto`] picks).
    pub method: Method,
    /// Rows per streamed chunk (testing knob; by default what one binding holds).
    #[doc(hidden)]
    pub chunk_rows: Option<usize>,
}

impl PcaOptions {
    /// Settings for PCA as preprocessing (before k-NN, t-SNE or UMAP): the defaults with a
    /// subspace tolerance of 1e-3 instead of 1e-6. Distances after the projection depend only
    /// on the subspace, not on the axes inside it, and the subspace is settled long before the
    /// axes are: on MNIST-10k to 50 components the captured variance equals a 1e-6 fit's to
    /// 1e-5 (relative) after 12 steps instead of 35. scikit-learn's randomized PCA, which
    /// umap-learn and openTSNE users run first, stops after a fixed few power iterations.
    ///
    /// ```
    /// use projector_engine::pca::PcaOptions;
    /// assert_eq!(PcaOptions::preprocessing().tol, 1e-3);
    /// ```
    pub fn preprocessing() -> Self {
        PcaOptions::default().with_tol(1e-3)
    }
    /// Sets [`PcaOptions::oversample`].
    pub fn with_oversample(mut self, v: usize) -> Self {
        self.oversample = v;
        self
    }
    /// Sets [`PcaOptions::max_iter`].
    pub fn with_max_iter(mut self, v: usize) -> Self {
        self.max_iter = v;
        self
    }
    /// Sets [`PcaOptions::tol`].
    pub fn with_tol(mut self, v: f64) -> Self {
        self.tol = v;
        self
    }
    /// Sets [`PcaOptions::seed`].
    pub fn with_seed(mut self, v: u64) -> Self {
        self.seed = v;
        self
    }
    /// Sets [`PcaOptions::method`].
    pub fn with_method(mut self, v: Method) -> Self {
        self.method = v;
        self
    }
}

impl Default for PcaOptions {
    fn default() -> Self {
        PcaOptions {
            oversample: 10,
            max_iter: 300,
            tol: 1e-6,
            seed: 0,
            method: Method::Auto,
            chunk_rows: None,
        }
    }
}

/// A fitted PCA.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Pca {
    /// Column means (length d).
    pub mean: Array1<f32>,
    /// `k × d` principal axes, unit length, largest-magnitude loading positive.
    pub components: Array2<f32>,
    /// Variance along each axis.
    pub explained_variance: Vec<f32>,
    /// Fraction of the total variance along each axis.
    pub explained_variance_ratio: Vec<f32>,
    /// The matrix that was used ([`Method::Covariance`] or [`Method::Gram`]).
    pub method: Method,
    /// Subspace-iteration steps done.
    pub iterations: usize,
}

impl Pca {
    /// Projects rows onto the axes on the CPU: `(x − mean) · componentsᵀ`, in blocks of
    /// [`TRANSFORM_BLOCK_ROWS`] rows (in parallel), so no centred copy of the whole input is
    /// ever made: at a million 384-d rows that copy was 1.5 GB on top of the input. Every
    /// output value is the same sum whatever the blocks (the product's order over the columns
    /// does not depend on which rows share a block).
    pub fn transform(&self, data: ArrayView2<'_, f32>) -> Array2<f32> {
        self.transform_rows(&data)
    }

    /// [`Pca::transform`] of a [`RowSource`]: the same blocks, each read (and released) as
    /// the thread that projects it gets to it, so a mapped file is never whole in memory.
    pub fn transform_rows(&self, data: &dyn RowSource) -> Array2<f32> {
        let n = data.dim().0;
        let mut out = Array2::zeros((n, self.components.nrows()));
        let mean = self.mean.view().insert_axis(Axis(0));
        out.axis_chunks_iter_mut(Axis(0), TRANSFORM_BLOCK_ROWS)
            .into_par_iter()
            .enumerate()
            .for_each(|(b, mut o)| {
                let r0 = b * TRANSFORM_BLOCK_ROWS;
                let r1 = r0 + o.nrows();
                let centred = &data.block(r0, r1) - &mean;
                data.release(r0, r1);
                o.assign(&centred.dot(&self.components.t()));
            });
        out
    }

    /// Projects rows with the chosen backend (the `pca_matmul` kernel, chunked, on the GPU).
    pub fn transform_with(
        &self,
        compute: &Compute,
        data: ArrayView2<'_, f32>,
    ) -> Result<Array2<f32>> {
        self.transform_chunked(compute, data, None)
    }

    #[doc(hidden)]
    pub fn transform_chunked(
        &self,
        compute: &Compute,
        data: ArrayView2<'_, f32>,
        chunk_rows: Option<usize>,
    ) -> Result<Array2<f32>> {
        self.transform_rows_with(compute, &data, chunk_rows)
    }

    /// [`Pca::transform_with`] of a [`RowSource`] (the GPU uploads it a chunk at a time).
    pub fn transform_rows_with(
        &self,
        compute: &Compute,
        data: &dyn RowSource,
        chunk_rows: Option<usize>,
    ) -> Result<Array2<f32>> {
        let (n, d) = data.dim();
        if d != self.mean.len() {
            return Err(Error::Invalid(format!(
                "PCA was fitted on {} columns, the data has {d}",
                self.mean.len(),
            )));
        }
        match compute {
            Compute::Cpu => Ok(self.transform_rows(data)),
            Compute::Gpu(g) => {
                if n == 0 {
                    return Ok(Array2::zeros((0, self.components.nrows())));
                }
                let mean = self.mean.to_vec();
                gpu::project(g, data, &mean, self.components.view(), chunk_rows)
            }
        }
    }
}

/// One PCA backend: the stages the driver calls in order.
pub(crate) trait Stages {
    /// Column sums over all rows (per chunk, added in f64).
    fn column_sums(&mut self, progress: &dyn Progress) -> Result<Vec<f64>>;
    /// Builds the covariance or Gram matrix of the rows centred on `mean`; returns the centred
    /// sum of squares.
    fn build(&mut self, method: Method, mean: &[f64], progress: &dyn Progress) -> Result<f64>;
    /// `S · q` for the built matrix `S`.
    fn apply(&mut self, q: &Array2<f64>) -> Result<Array2<f64>>;
    /// `X_cᵀ u` (Gram path).
    fn gram_components(&mut self, u: &Array2<f64>) -> Result<Array2<f64>>;
    /// The built matrix (tests).
    fn matrix(&mut self) -> Result<Array2<f64>>;
}

/// Fits `k` components with the default [`PcaOptions`].
pub fn fit<'a>(compute: &Compute, data: impl Into<Input<'a>>, k: usize) -> Result<Pca> {
    let input = data.into();
    let host = input.to_host(compute)?;
    fit_with(compute, host.view(), k, &PcaOptions::default(), &NoProgress)
}

/// Fits `k` components and projects the same rows (on the chosen backend).
pub fn fit_transform(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    k: usize,
) -> Result<(Pca, Array2<f32>)> {
    let fit = fit(compute, data, k)?;
    let projected = fit.transform_with(compute, data)?;
    Ok((fit, projected))
}

fn choose(compute: &Compute, n: usize, d: usize, k: usize, opts: &PcaOptions) -> Result<Method> {
    let gram_fits = match compute {
        Compute::Cpu => true,
        Compute::Gpu(g) => {
            let max = g
                .limits
                .max_storage_buffer_binding_size
                .min(g.limits.max_buffer_size);
            (n as u64 * d as u64 * 4) <= max && (n as u64 * n as u64 * 4) <= max
        }
    };
    match opts.method {
        Method::Auto => Ok(if d > n && k < n && gram_fits {
            Method::Gram
        } else {
            Method::Covariance
        }),
        Method::Gram if k >= n => Err(Error::Invalid(format!(
            "PCA: the Gram path gives at most n − 1 = {} components, {k} asked",
            n - 1
        ))),
        m => Ok(m),
    }
}

fn stages<'a>(
    compute: &Compute,
    data: &'a dyn RowSource,
    method: Method,
    opts: &PcaOptions,
) -> Result<Box<dyn Stages + 'a>> {
    let (n, d) = data.dim();
    Ok(match compute {
        Compute::Cpu => Box::new(cpu::CpuStages::new(data, opts.chunk_rows)),
        Compute::Gpu(g) => {
            let rows = if method == Method::Gram {
                n
            } else {
                gpu::chunk_rows(g, d, opts.chunk_rows)
            };
            let windows = if method == Method::Gram {
                None
            } else {
                gpu::window_rows(g, d, opts.chunk_rows)
            };
            Box::new(gpu::GpuStages::new(g.clone(), data, rows)?.with_windows(windows))
        }
    })
}

/// Fits `k` components with explicit options, reporting progress and honouring cancellation.
pub fn fit_with(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    k: usize,
    opts: &PcaOptions,
    progress: &dyn Progress,
) -> Result<Pca> {
    fit_rows(compute, &data, k, opts, progress)
}

/// [`fit_with`] of a [`RowSource`] (a mapped file, read a block at a time): the same stages
/// over the same blocks, so the same model as the equal matrix in memory.
pub fn fit_rows(
    compute: &Compute,
    data: &dyn RowSource,
    k: usize,
    opts: &PcaOptions,
    progress: &dyn Progress,
) -> Result<Pca> {
    let (n, d) = data.dim();
    if n < 2 || k == 0 || k > d {
        return Err(Error::Invalid(format!(
            "PCA needs at least 2 rows and 0 < k ≤ d (n = {n}, d = {d}, k = {k})"
        )));
    }
    // Far from 1, the GPU's f32 products overflow or vanish: fit at a safe scale and give the
    // model back in the input's units (the axes do not depend on scale; see `crate::scale`).
    let max = crate::rows::max_abs(data, "PCA input")?;
    let scale = crate::scale::factor_of_max(max);
    let factor = scale.unwrap_or(1.0);
    let scaled = crate::rows::Scaled {
        inner: data,
        factor,
    };
    let data: &dyn RowSource = if scale.is_some() { &scaled } else { data };
    let method = choose(compute, n, d, k, opts)?;
    let mut st = stages(compute, data, method, opts)?;
    let sums = st.column_sums(progress)?;
    let mean: Vec<f64> = sums.iter().map(|s| s / n as f64).collect();
    let total = st.build(method, &mean, progress)?;
    let dim = if method == Method::Gram { n } else { d };
    let settings = eigen::IterSettings {
        oversample: opts.oversample,
        max_iter: opts.max_iter,
        tol: opts.tol,
        // f32 GPU products give Ritz values to ~1e-7 relative: ask no more than 1e-6 there.
        value_tol: match compute {
            Compute::Cpu => 1e3 * opts.tol * opts.tol,
            Compute::Gpu(_) => (1e3 * opts.tol * opts.tol).max(1e-6),
        },
        seed: opts.seed,
    };
    let (vals, vecs, iterations) =
        eigen::subspace_iteration(dim, k, settings, progress, |q| st.apply(q))?;
    let mut axes = if method == Method::Gram {
        let mut v = st.gram_components(&vecs)?;
        for mut col in v.columns_mut() {
            let norm = col.dot(&col).sqrt();
            if norm > 0.0 {
                col.mapv_inplace(|x| x / norm);
            }
        }
        v
    } else {
        vecs
    };
    let denom = (n - 1) as f64;
    let mut components = Array2::<f32>::zeros((k, d));
    for (j, mut col) in axes.columns_mut().into_iter().enumerate() {
        let big = col
            .iter()
            .copied()
            .fold(0.0f64, |a, b| if b.abs() > a.abs() { b } else { a });
        if big < 0.0 {
            col.mapv_inplace(|x| -x);
        }
        components.row_mut(j).assign(&col.mapv(|x| x as f32));
    }
    let variance: Vec<f64> = vals.iter().map(|v| v.max(0.0) / denom).collect();
    let total_var = total / denom;
    Ok(Pca {
        mean: mean.iter().map(|&m| (m / factor) as f32).collect(),
        components,
        // In the input's units; a variance beyond f32's range (input around 1e20 and above)
        // is f32::MAX rather than infinity.
        explained_variance: variance
            .iter()
            .map(|&v| ((v / (factor * factor)) as f32).min(f32::MAX))
            .collect(),
        explained_variance_ratio: variance
            .iter()
            .map(|&v| {
                if total_var > 0.0 {
                    (v / total_var) as f32
                } else {
                    0.0
                }
            })
            .collect(),
        method,
        iterations,
    })
}

/// The column means and the centred matrix (covariance `X_cᵀX_c/(n−1)` or Gram `X_cX_cᵀ/(n−1)`)
/// exactly as a fit builds them, with an optional chunk size (tests compare chunked and one-shot
/// results, and the backends with each other).
#[doc(hidden)]
pub fn centred_matrix(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    method: Method,
    chunk_rows: Option<usize>,
) -> Result<(Vec<f64>, Array2<f64>)> {
    let n = data.nrows();
    if n < 2 {
        return Err(Error::Invalid(format!(
            "PCA needs at least 2 rows (n = {n})"
        )));
    }
    crate::rows::max_abs(&data, "PCA input")?;
    let opts = PcaOptions {
        method,
        chunk_rows,
        ..Default::default()
    };
    let method = choose(compute, n, data.ncols(), 1, &opts)?;
    let mut st = stages(compute, &data, method, &opts)?;
    let sums = st.column_sums(&NoProgress)?;
    let mean: Vec<f64> = sums.iter().map(|s| s / n as f64).collect();
    st.build(method, &mean, &NoProgress)?;
    Ok((mean, st.matrix()? / (n - 1) as f64))
}
