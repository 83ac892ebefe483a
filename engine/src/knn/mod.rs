//! k-nearest neighbours: the graph t-SNE and UMAP stand on.
//!
//! [`knn`] returns, for every row, its `k` nearest other rows (never itself, even when other rows
//! are exact duplicates of it), sorted by distance, ties broken by the smaller index so the result
//! is deterministic. Distances are euclidean (not squared) or cosine distance (1 − cosine
//! similarity).
//!
//! How it works:
//! - **Preparation** ([`prepare`]): euclidean data is centred (the column means are subtracted:
//!   distances do not change, but the norms shrink, which keeps the f32 expansion below accurate);
//!   cosine data is scaled to unit rows, after which the cosine distance is `d² / 2` of the
//!   euclidean one, so both metrics share one kernel. Non-finite values are refused.
//! - **Exact search** (brute force, `cpu::exact` and `gpu::exact`): every query keeps its `k`
//!   best candidates under the order `(d², index)`, with squared distances
//!   `‖q‖² + ‖b‖² − 2 q·b` (clamped at 0, norms precomputed); the lists come back unsorted
//!   and `refine` (below) recomputes and sorts them. The CPU takes query and base rows in tiles,
//!   computes the dot products of a tile pair as one matrix product (ndarray `dot`) in parallel
//!   over query tiles, and inserts into sorted lists. The GPU keeps each query's list as a binary
//!   max-heap in storage (a candidate that beats the root replaces it and sifts down). Its
//!   default kernel (`knn_exact_ubo.wgsl`) packs the base rows into 64 KiB uniform-buffer
//!   windows, one dispatch per window and query block: an invocation owns a query and takes 16
//!   dot products at a time against window rows read at the same address by every invocation
//!   (a broadcast read). Rows wider than a window allows (more than 1020 dimensions), or
//!   devices with small uniform bindings, use the storage-tile kernel (`knn_exact_tile.wgsl`):
//!   a workgroup of 64 queries loops over 64-row base tiles staged in workgroup memory, each
//!   dispatch bounded in work. Inputs above `max_storage_buffer_binding_size` are split into row
//!   blocks on both paths.
//! - **Approximate search** (NN-descent, Dong et al. 2011, [`nndescent`]): random initial lists,
//!   then rounds in which every point looks at the neighbours of its neighbours (forward and
//!   reverse), keeping the best. All sampling is done by a seeded hash, and every point only ever
//!   writes its own list, so the result depends on the seed alone, never on thread or GPU
//!   scheduling. The GPU runs the join (sampling stays on the CPU), split over dispatches that
//!   each keep an invocation under llvmpipe's loop-iteration limit. The rows are first laid out
//!   in a seeded locality order (`locality.rs`, permuted in place): a point's neighbours'
//!   neighbours then sit in a few nearby stretches of memory, which made a round at 100k rows
//!   three times faster; the graph comes back in the caller's ids. From 10k rows the lists
//!   start from k-means cells instead of random-projection leaves (`blocks.rs`): every point's
//!   best among its own and the nearest cells' rows, compared by matrix products, which on a
//!   million rows is more than twice as fast to the same recall as wider lists from the forest.
//! - **Refinement** (`refine`): the selected neighbours' distances are recomputed directly as
//!   `Σ (q − b)²` and each row is sorted by `(distance, index)`. Duplicates therefore come out at
//!   distance exactly 0 in index order, and the CPU and GPU paths report the same distances
//!   for the same neighbours.
//!
//! [`Method::Auto`] runs the exact search up to [`auto_exact_max_rows`] rows (measured per
//! backend, see the constants) and NN-descent above.
//!
//! ```
//! use projector_engine::{Compute, NoProgress};
//! use projector_engine::knn::{knn, Method, Metric};
//! use ndarray::array;
//!
//! let data = array![[0.0f32, 0.0], [1.0, 0.0], [0.0, 3.0], [1.0, 0.1]];
//! let g = knn(&Compute::Cpu, data.view(), 2, Metric::Euclidean, Method::Exact, &NoProgress).unwrap();
//! assert_eq!(g.neighbors(0), &[1, 3]);
//! assert_eq!(g.neighbors(1), &[3, 0]);
//! assert!((g.neighbor_distances(1)[0] - 0.1).abs() < 1e-6);
//! ```

use ndarray::{Array2, ArrayView2};
use rayon::prelude::*;

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::input::Input;
use crate::progress::Progress;

mod blocks;
mod blocks_gpu;
mod cpu;
mod gpu;
mod locality;
pub mod nndescent;
mod rptree;

/// Largest `k` the search supports.
pub const MAX_K: usize = 128;

/// [`Method::Auto`] on the CPU searches exactly up to this many rows and approximately above,
/// for any `k`. Measured on 2 CPU cores, 50-d clusters, exact / NN-descent from cells
/// (`docs/bench/scale.md`), seconds: k = 15: 0.20 / 0.25 at 10k rows, 1.08 / 0.59 at 20k;
/// k = 90: 0.46 / 0.66 at 10k, 1.42 / 0.93 at 20k (recall 1.000). Exact grows as n², NN-descent
/// as n: they cross near 13k rows for k = 15 and 15k for k = 90.
pub const AUTO_EXACT_MAX_ROWS: usize = 15_000;

/// [`Method::Auto`] on a software adapter (lavapipe): exact below the block start
/// ([`nndescent::BLOCK_MIN_ROWS`]), where NN-descent's rounds on the adapter are few. Measured
/// on 2 cores, exact (uniform-window kernel) / NN-descent from cells, 50-d clusters, seconds:
/// k = 15: 1.44 / 1.21 at 5k rows, 4.05 / 2.41 at 10k, 39.8 / 7.2 at 30k; k = 90: 1.64 / 1.62
/// at 5k, 5.17 / 3.22 at 10k, 35.6 / 9.3 at 30k. From the forest NN-descent is slower than
/// exact there (10k, k = 90: 24.7 s), so below the block start the search stays exact.
pub const AUTO_EXACT_MAX_ROWS_SOFTWARE_GPU: usize = nndescent::BLOCK_MIN_ROWS - 1;

/// [`Method::Auto`] on a hardware GPU: the exact kernel is designed for 100k × 50 (k = 15) in
/// under a second there (not measured here: only lavapipe is present).
pub const AUTO_EXACT_MAX_ROWS_GPU: usize = 100_000;

/// The largest row count [`Method::Auto`] searches exactly on `compute` (for any `k`: on
/// each backend measured, exact and NN-descent cross at about the same size for k = 15 and 90).
pub fn auto_exact_max_rows(compute: &Compute) -> usize {
    match compute {
        Compute::Cpu => AUTO_EXACT_MAX_ROWS,
        Compute::Gpu(g) if g.is_software() => AUTO_EXACT_MAX_ROWS_SOFTWARE_GPU,
        Compute::Gpu(_) => AUTO_EXACT_MAX_ROWS_GPU,
    }
}

/// Distance between rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Metric {
    /// Euclidean distance.
    #[default]
    Euclidean,
    /// 1 − cosine similarity.
    Cosine,
}

impl std::str::FromStr for Metric {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "euclidean" => Ok(Metric::Euclidean),
            "cosine" => Ok(Metric::Cosine),
            o => Err(Error::Invalid(format!(
                "unknown metric '{o}' (expected euclidean or cosine)"
            ))),
        }
    }
}

/// Exact or approximate search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Method {
    /// Exact up to [`auto_exact_max_rows`] rows, approximate above.
    #[default]
    Auto,
    /// Brute force.
    Exact,
    /// Approximate (NN-descent).
    Approx,
}

/// The k-NN graph: `n × k` neighbour indices and distances, row-major, each row sorted.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KnnGraph {
    /// Number of points.
    pub n: usize,
    /// Neighbours per point.
    pub k: usize,
    /// `indices[i * k + j]`: the j-th nearest neighbour of i.
    pub indices: Vec<u32>,
    /// Matching distances.
    pub distances: Vec<f32>,
}

impl KnnGraph {
    /// Neighbours of point `i`.
    pub fn neighbors(&self, i: usize) -> &[u32] {
        &self.indices[i * self.k..(i + 1) * self.k]
    }
    /// Distances of point `i`'s neighbours.
    pub fn neighbor_distances(&self, i: usize) -> &[f32] {
        &self.distances[i * self.k..(i + 1) * self.k]
    }
    /// Fraction of `exact`'s neighbours (first `k` of each row, `k ≤` both graphs' k) that this
    /// graph's first `k` also lists: recall@k of an approximate graph.
    pub fn recall_against(&self, exact: &KnnGraph, k: usize) -> f64 {
        let k = k.min(self.k).min(exact.k);
        if self.n != exact.n || k == 0 {
            return 0.0;
        }
        let hits: usize = (0..self.n)
            .into_par_iter()
            .map(|i| {
                let mine = &self.neighbors(i)[..k];
                exact.neighbors(i)[..k]
                    .iter()
                    .filter(|j| mine.contains(j))
                    .count()
            })
            .sum();
        hits as f64 / (self.n * k) as f64
    }
}

/// Computes the k-NN graph of the rows of `data` with seed 0 (see [`knn_with`]).
/// `k` must be below the number of rows and at most [`MAX_K`].
pub fn knn<'a>(
    compute: &Compute,
    data: impl Into<Input<'a>>,
    k: usize,
    metric: Metric,
    method: Method,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let input = data.into();
    let host = input.to_host(compute)?;
    knn_with(compute, host.view(), k, metric, method, 0, progress)
}

/// Computes the k-NN graph of the rows of `data` on `compute`. `seed` drives the approximate
/// search (same seed, same graph, on either backend); the exact search ignores it.
pub fn knn_with(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    k: usize,
    metric: Metric,
    method: Method,
    seed: u64,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let n = data.nrows();
    check_args(n, k)?;
    let x = prepare(data, metric)?;
    let approx = match method {
        Method::Exact => false,
        Method::Approx => true,
        Method::Auto => n > auto_exact_max_rows(compute),
    };
    if approx {
        let params = nndescent::Params::default();
        return nndescent::search_local(compute, x, k, metric, seed, &params, progress);
    }
    let raw = match compute {
        Compute::Cpu => cpu::exact(x.view(), k, progress)?,
        Compute::Gpu(g) => gpu::exact(g, x.view(), k, usize::MAX, progress)?,
    };
    Ok(refine(x.view(), raw, metric))
}

/// A seeded locality order of the rows of `data`: `order[i]` is the row placed at position
/// `i` so that near rows sit near each other (the leaf order of one random-projection tree,
/// as NN-descent lays out its rows). For reducers whose per-iteration work follows the graph
/// (t-SNE's attraction), to visit points in an order that keeps memory reads local.
pub(crate) fn locality_order(data: ArrayView2<'_, f32>, seed: u64) -> Vec<u32> {
    let (n, dim) = data.dim();
    let x = data.as_standard_layout();
    match x.as_slice() {
        Some(flat) => locality::order(flat, dim, n, seed),
        None => (0..n as u32).collect(),
    }
}

/// The inverse of a permutation: `inverse_order(o)[o[i]] = i`.
pub(crate) fn inverse_order(order: &[u32]) -> Vec<u32> {
    locality::inverse(order)
}

/// Exact search on the GPU with inputs split into blocks of at most `block_rows` rows (as if
/// `max_storage_buffer_binding_size` were that small); for tests of the chunked path.
#[doc(hidden)]
pub fn exact_gpu_blocked(
    gpu: &std::sync::Arc<crate::gpu::Gpu>,
    data: ArrayView2<'_, f32>,
    k: usize,
    metric: Metric,
    block_rows: usize,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    check_args(data.nrows(), k)?;
    let x = prepare(data, metric)?;
    let raw = gpu::exact(gpu, x.view(), k, block_rows.max(1), progress)?;
    Ok(refine(x.view(), raw, metric))
}

fn check_args(n: usize, k: usize) -> Result<()> {
    if k == 0 || k >= n {
        return Err(Error::Invalid(format!(
            "k-NN needs 0 < k < n (k = {k}, n = {n})"
        )));
    }
    if k > MAX_K {
        return Err(Error::Invalid(format!(
            "k-NN supports k ≤ {MAX_K} (k = {k})"
        )));
    }
    if n > u32::MAX as usize - 1 {
        return Err(Error::Invalid(format!(
            "k-NN supports up to 2³² − 2 rows (n = {n})"
        )));
    }
    Ok(())
}

/// The rows the search runs on: centred (euclidean) or unit-length (cosine), contiguous.
/// Fails with [`Error::Invalid`] on NaN or infinite values.
pub fn prepare(data: ArrayView2<'_, f32>, metric: Metric) -> Result<Array2<f32>> {
    if data.iter().any(|v| !v.is_finite()) {
        return Err(Error::Invalid(
            "k-NN input contains NaN or infinite values".into(),
        ));
    }
    Ok(match metric {
        Metric::Cosine => normalized_rows(data),
        Metric::Euclidean => {
            let n = data.nrows().max(1) as f64;
            let mut mean = vec![0f64; data.ncols()];
            for row in data.rows() {
                for (m, v) in mean.iter_mut().zip(row) {
                    *m += *v as f64;
                }
            }
            let mean: Vec<f32> = mean.iter().map(|m| (m / n) as f32).collect();
            let mut out = data.as_standard_layout().into_owned();
            out.axis_iter_mut(ndarray::Axis(0))
                .into_par_iter()
                .for_each(|mut r| {
                    for (v, m) in r.iter_mut().zip(&mean) {
                        *v -= m;
                    }
                });
            out
        }
    })
}

/// Squared norms of the rows of a contiguous matrix.
pub(crate) fn row_norms(x: ArrayView2<'_, f32>) -> Vec<f32> {
    x.outer_iter()
        .into_par_iter()
        .map(|r| r.iter().map(|v| v * v).sum())
        .collect()
}

/// True when candidate `(d, j)` comes before `(e, i)`: smaller distance, then smaller index.
#[inline]
pub(crate) fn before(d: f32, j: u32, e: f32, i: u32) -> bool {
    d < e || (d == e && j < i)
}

/// Inserts `(d, j)` into the sorted list `(dist, idx)` if it beats the last entry (the same
/// insertion the GPU kernels do). Returns true when it was inserted.
#[inline]
pub(crate) fn insert_sorted(dist: &mut [f32], idx: &mut [u32], d: f32, j: u32) -> bool {
    let k = dist.len();
    if !before(d, j, dist[k - 1], idx[k - 1]) {
        return false;
    }
    let mut p = k - 1;
    while p > 0 && before(d, j, dist[p - 1], idx[p - 1]) {
        dist[p] = dist[p - 1];
        idx[p] = idx[p - 1];
        p -= 1;
    }
    dist[p] = d;
    idx[p] = j;
    true
}

/// Offers one tile of dot products to running top-`k` lists (the exact search's and the block
/// start's inner loop): row `qi` of `dots` holds query `q0 + qi` against rows `c0..` (indices
/// of `norms`, the squared norms of every row); each squared distance is
/// `‖q‖² + ‖b‖² − 2 q·b` clamped at 0, the query itself is skipped, and query `qi`'s list is
/// `dist`/`idx[qi · k..(qi + 1) · k]`. The distances of a row are formed in lanes first
/// (`scratch`), and eight at a time are passed over when none beats the list's last entry.
pub(crate) fn offer_products(
    dots: ArrayView2<'_, f32>,
    (q0, c0): (usize, usize),
    norms: &[f32],
    (dist, idx): (&mut [f32], &mut [u32]),
    k: usize,
    scratch: &mut Vec<f32>,
) {
    let cn = &norms[c0..c0 + dots.ncols()];
    scratch.resize(cn.len(), 0.0);
    for (qi, drow) in dots.outer_iter().enumerate() {
        let gq = q0 + qi;
        let qn = norms[gq];
        for ((p, &bn), &dot) in scratch.iter_mut().zip(cn).zip(drow.iter()) {
            *p = (qn + bn - 2.0 * dot).max(0.0);
        }
        let dl = &mut dist[qi * k..(qi + 1) * k];
        let il = &mut idx[qi * k..(qi + 1) * k];
        let mut thr = dl[k - 1];
        for (g, lane) in scratch.chunks(8).enumerate() {
            if !lane.iter().fold(false, |a, &v| a | (v <= thr)) {
                continue;
            }
            for (o, &d2) in lane.iter().enumerate() {
                let gb = c0 + g * 8 + o;
                if gb != gq && d2 <= thr && insert_sorted(dl, il, d2, gb as u32) {
                    thr = dl[k - 1];
                }
            }
        }
    }
}

/// Squared euclidean distance by direct differences (exactly 0 for identical rows).
///
/// Coordinate `t` is summed into lane `t mod 8`, and the lanes are added pairwise,
/// `((0 + 1) + (2 + 3)) + ((4 + 5) + (6 + 7))`: eight independent sums, which the compiler keeps
/// in one SIMD register (a single running sum is bound by the latency of each add), and the
/// order `knn_nnd_join.wgsl` follows, so both backends get the same bits.
#[inline]
pub(crate) fn dist2(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for j in 0..8 {
            let e = x[j] - y[j];
            acc[j] += e * e;
        }
    }
    for (j, (x, y)) in ra.iter().zip(rb).enumerate() {
        let e = x - y;
        acc[j] += e * e;
    }
    ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]))
}

/// Recomputes the selected neighbours' distances directly, converts them to the metric and
/// sorts each row by `(distance, index)`.
fn refine(x: ArrayView2<'_, f32>, g: KnnGraph, metric: Metric) -> KnnGraph {
    refine_in_order(x, g, metric, None)
}

/// [`refine`] of a graph found on rows laid out in a [`locality`] order: row `i` of `x` and of
/// `g` is the caller's row `order[i]`, and so are `g`'s entries. The result is in the caller's
/// ids and order, each row sorted by `(distance, caller's index)`.
fn refine_in_order(
    x: ArrayView2<'_, f32>,
    mut g: KnnGraph,
    metric: Metric,
    order: Option<&[u32]>,
) -> KnnGraph {
    let k = g.k;
    let flat = x.as_slice();
    let d = x.ncols();
    let id = |p: u32| order.map_or(p, |o| o[p as usize]);
    g.indices
        .par_chunks_mut(k)
        .zip(g.distances.par_chunks_mut(k))
        .enumerate()
        .for_each(|(i, (ir, dr))| {
            let row = |j: usize| -> &[f32] {
                match flat {
                    Some(f) => &f[j * d..(j + 1) * d],
                    None => &[],
                }
            };
            let mut pairs: Vec<(f32, u32)> = ir
                .iter()
                .map(|&j| {
                    let d2 = dist2(row(i), row(j as usize));
                    let dist = match metric {
                        Metric::Euclidean => d2.sqrt(),
                        Metric::Cosine => d2 / 2.0,
                    };
                    (dist, id(j))
                })
                .collect();
            pairs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            for (s, (dist, j)) in pairs.into_iter().enumerate() {
                ir[s] = j;
                dr[s] = dist;
            }
        });
    if let Some(order) = order {
        let back = locality::inverse(order);
        locality::permute_rows(&mut g.indices, k, &back);
        locality::permute_rows(&mut g.distances, k, &back);
    }
    g
}

/// Rows scaled to unit length (zero rows stay zero), for the cosine metric.
pub fn normalized_rows(data: ArrayView2<'_, f32>) -> ndarray::Array2<f32> {
    let mut out = data.as_standard_layout().into_owned();
    out.axis_iter_mut(ndarray::Axis(0))
        .into_par_iter()
        .for_each(|mut r| {
            let norm = r.dot(&r).sqrt();
            if norm > 0.0 {
                r.mapv_inplace(|x| x / norm);
            }
        });
    out
}

/// A seeded Gaussian mixture: `n` rows in `dim` dimensions around `clusters` centres drawn in
/// `[-10, 10)^dim`, unit spread. For tests, checks and benchmarks.
#[doc(hidden)]
pub fn synthetic_clusters(n: usize, dim: usize, clusters: usize, seed: u64) -> Array2<f32> {
    let clusters = clusters.max(1);
    let unif = |a: u64, b: u64| -> f64 {
        (nndescent::mix(nndescent::mix(seed ^ a.wrapping_mul(0x51_7cc1_b727_220a)) ^ b) >> 11)
            as f64
            / (1u64 << 53) as f64
    };
    let centres: Vec<f32> = (0..clusters * dim)
        .map(|i| (unif(1, i as u64) * 20.0 - 10.0) as f32)
        .collect();
    let mut out = Array2::zeros((n, dim));
    out.axis_iter_mut(ndarray::Axis(0))
        .into_par_iter()
        .enumerate()
        .for_each(|(i, mut r)| {
            let c = (unif(2, i as u64) * clusters as f64) as usize % clusters;
            for (t, v) in r.iter_mut().enumerate() {
                let key = (i * dim + t) as u64;
                let u1 = unif(3, key).max(1e-12);
                let u2 = unif(4, key);
                let g = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
                *v = centres[c * dim + t] + g as f32;
            }
        });
    out
}

#[cfg(test)]
mod tests;
