//! k-nearest neighbours: the graph t-SNE and UMAP stand on.
//!
//! [`knn`] returns, for every row, its `k` nearest other rows (never itself), sorted by distance,
//! ties broken by the smaller index so the result is deterministic. Distances are euclidean
//! (not squared) or cosine distance (1 − cosine similarity).

use ndarray::ArrayView2;
use rayon::prelude::*;

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::progress::Progress;

mod cpu;

/// Distance between rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
pub enum Method {
    /// Exact below a size threshold, approximate above.
    #[default]
    Auto,
    /// Brute force.
    Exact,
    /// Approximate (NN-descent).
    Approx,
}

/// The k-NN graph: `n × k` neighbour indices and distances, row-major, each row sorted.
#[derive(Debug, Clone, PartialEq)]
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
}

/// Computes the k-NN graph of the rows of `data`. `k` must be below the number of rows.
pub fn knn(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    k: usize,
    metric: Metric,
    method: Method,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let n = data.nrows();
    if k == 0 || k >= n {
        return Err(Error::Invalid(format!(
            "k-NN needs 0 < k < n (k = {k}, n = {n})"
        )));
    }
    let _ = (compute, method);
    cpu::exact(data, k, metric, progress)
}

/// Rows scaled to unit length (zero rows stay zero), for the cosine metric.
pub fn normalized_rows(data: ArrayView2<'_, f32>) -> ndarray::Array2<f32> {
    let mut out = data.to_owned();
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
