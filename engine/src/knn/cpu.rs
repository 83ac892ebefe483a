//! CPU exact k-NN: every query row against every row, in parallel over queries.

use ndarray::ArrayView2;
use rayon::prelude::*;

use super::{KnnGraph, Metric, normalized_rows};
use crate::error::{Error, Result};
use crate::progress::Progress;

/// Exact k-NN by brute force.
pub fn exact(
    data: ArrayView2<'_, f32>,
    k: usize,
    metric: Metric,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let owned;
    let x = match metric {
        Metric::Euclidean => data.as_standard_layout().into_owned(),
        Metric::Cosine => {
            owned = normalized_rows(data);
            owned
        }
    };
    let (n, d) = x.dim();
    let flat = x
        .as_slice()
        .ok_or_else(|| Error::Invalid("non-contiguous data".into()))?;
    let norms: Vec<f32> = flat
        .chunks_exact(d)
        .map(|r| r.iter().map(|v| v * v).sum())
        .collect();
    let mut indices = vec![0u32; n * k];
    let mut distances = vec![0f32; n * k];
    let done = std::sync::atomic::AtomicU64::new(0);
    indices
        .par_chunks_mut(k)
        .zip(distances.par_chunks_mut(k))
        .enumerate()
        .try_for_each(|(i, (ir, dr))| {
            if progress.cancelled() {
                return Err(Error::Cancelled);
            }
            let q = &flat[i * d..(i + 1) * d];
            let mut best: Vec<(f32, u32)> = Vec::with_capacity(k + 1);
            for (j, row) in flat.chunks_exact(d).enumerate() {
                if j == i {
                    continue;
                }
                let dot: f32 = q.iter().zip(row).map(|(a, b)| a * b).sum();
                let d2 = (norms[i] + norms[j] - 2.0 * dot).max(0.0);
                if best.len() < k || (d2, j as u32) < best[k - 1] {
                    let pos = best.partition_point(|e| *e < (d2, j as u32));
                    best.insert(pos, (d2, j as u32));
                    best.truncate(k);
                }
            }
            for (slot, (d2, j)) in best.into_iter().enumerate() {
                ir[slot] = j;
                dr[slot] = match metric {
                    Metric::Euclidean => d2.sqrt(),
                    Metric::Cosine => d2 / 2.0,
                };
            }
            let c = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if c.is_multiple_of(1024) {
                progress.update("k-NN", c, n as u64);
            }
            Ok(())
        })?;
    Ok(KnnGraph {
        n,
        k,
        indices,
        distances,
    })
}
