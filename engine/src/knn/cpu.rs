//! CPU twin of the exact GPU search (`knn_exact_tile.wgsl`): the same tiles, the same
//! `‖q‖² + ‖b‖² − 2 q·b` expansion clamped at 0, the same running top-k lists ordered by
//! `(d², index)`. The dot products of one query tile against one base tile are a single matrix
//! product (ndarray `dot`), and query tiles run in parallel on rayon's threads.

use ndarray::{ArrayView2, s};
use rayon::prelude::*;

use super::{KnnGraph, offer_products, row_norms};
use crate::error::{Error, Result};
use crate::progress::Progress;

/// Query rows per task.
const QUERY_TILE: usize = 128;
/// Base rows per matrix product.
const BASE_TILE: usize = 1024;

/// Exact k-NN by brute force on prepared rows (see [`super::prepare`]). The returned distances
/// are squared euclidean; `refine` turns them into the metric.
pub(super) fn exact(x: ArrayView2<'_, f32>, k: usize, progress: &dyn Progress) -> Result<KnnGraph> {
    let n = x.nrows();
    let norms = row_norms(x);
    let mut indices = vec![u32::MAX; n * k];
    let mut distances = vec![f32::INFINITY; n * k];
    let done = std::sync::atomic::AtomicU64::new(0);
    indices
        .par_chunks_mut(QUERY_TILE * k)
        .zip(distances.par_chunks_mut(QUERY_TILE * k))
        .enumerate()
        .try_for_each_init(Vec::new, |scratch, (t, (it, dt))| {
            let q0 = t * QUERY_TILE;
            let q1 = (q0 + QUERY_TILE).min(n);
            let q = x.slice(s![q0..q1, ..]);
            for b0 in (0..n).step_by(BASE_TILE) {
                if progress.cancelled() {
                    return Err(Error::Cancelled);
                }
                let b1 = (b0 + BASE_TILE).min(n);
                let dots = q.dot(&x.slice(s![b0..b1, ..]).t());
                offer_products(dots.view(), (q0, b0), &norms, (dt, it), k, scratch);
            }
            let c = done.fetch_add((q1 - q0) as u64, std::sync::atomic::Ordering::Relaxed);
            progress.update("k-NN", c + (q1 - q0) as u64, n as u64);
            Ok(())
        })?;
    Ok(KnnGraph {
        n,
        k,
        indices,
        distances,
    })
}
