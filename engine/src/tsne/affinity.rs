//! Input affinities: the per-point bandwidth search and the sparse symmetrisation.
//!
//! For every point the Gaussian precision β is found by bisection so that the entropy of its
//! conditional distribution over its k nearest neighbours equals `ln(perplexity)` (the GPU runs
//! the same search in `tsne_affinity.wgsl`, one invocation per point; its CPU twin is
//! `cpu/affinity.rs`, written to follow the kernel operation by operation). The rows are then
//! symmetrised on the CPU, `P = (P + Pᵀ) / 2n`, as a sparse transpose-and-merge into CSR: that
//! step is a scatter with no arithmetic to speak of, so it stays on the CPU for both backends.

use rayon::prelude::*;

/// Number of bisection steps of the bandwidth search (both backends).
pub(crate) const SEARCH_STEPS: u32 = 100;
/// Entropy tolerance of the bandwidth search (nats).
pub(crate) const SEARCH_TOL: f32 = 1e-5;

/// Rows merged per block by [`symmetrize`].
const SYMMETRIZE_BLOCK_ROWS: usize = 16384;

/// The symmetric affinity matrix in compressed sparse rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Csr {
    /// `row_ptr[i]..row_ptr[i + 1]` are the entries of row i (length n + 1).
    pub row_ptr: Vec<u32>,
    /// Column of each entry, ascending within a row.
    pub col: Vec<u32>,
    /// Value of each entry; all values sum to 1.
    pub val: Vec<f32>,
}

impl Csr {
    /// Number of rows.
    pub fn n(&self) -> usize {
        self.row_ptr.len().saturating_sub(1)
    }
}

/// `P = (P + Pᵀ) / 2n` from the conditional rows (`n × k`, neighbour `indices`), as CSR with
/// sorted columns. Deterministic (no floating-point reduction depends on thread scheduling).
pub fn symmetrize(n: usize, k: usize, indices: &[u32], cond: &[f32]) -> Csr {
    // Transposed entries grouped by target row.
    let mut indeg = vec![0u32; n + 1];
    for &j in indices {
        indeg[j as usize + 1] += 1;
    }
    for i in 0..n {
        indeg[i + 1] += indeg[i];
    }
    let mut t_col = vec![0u32; indices.len()];
    let mut t_val = vec![0f32; indices.len()];
    let mut fill = indeg.clone();
    for i in 0..n {
        for s in 0..k {
            let j = indices[i * k + s] as usize;
            let at = fill[j] as usize;
            t_col[at] = i as u32;
            t_val[at] = cond[i * k + s];
            fill[j] += 1;
        }
    }
    let scale = 1.0 / (2.0 * n as f64);
    // Row i merged: its own entries and its transposed ones, summed by column.
    let merged = |i: usize| -> Vec<(u32, f32)> {
        let mut e: Vec<(u32, f64)> = Vec::with_capacity(k + (indeg[i + 1] - indeg[i]) as usize);
        for s in 0..k {
            e.push((indices[i * k + s], cond[i * k + s] as f64));
        }
        for at in indeg[i] as usize..indeg[i + 1] as usize {
            e.push((t_col[at], t_val[at] as f64));
        }
        e.sort_by_key(|x| x.0);
        let mut out: Vec<(u32, f32)> = Vec::with_capacity(e.len());
        let mut idx = 0;
        while idx < e.len() {
            let c = e[idx].0;
            let mut v = 0.0f64;
            while idx < e.len() && e[idx].0 == c {
                v += e[idx].1;
                idx += 1;
            }
            out.push((c, (v * scale) as f32));
        }
        out
    };
    // Rows are merged in parallel a block at a time and appended, so the per-row vectors of
    // only one block exist beside the result (all of them would double P's memory).
    let mut row_ptr = Vec::with_capacity(n + 1);
    row_ptr.push(0u32);
    let mut col = Vec::with_capacity(2 * indices.len());
    let mut val = Vec::with_capacity(2 * indices.len());
    for start in (0..n).step_by(SYMMETRIZE_BLOCK_ROWS) {
        let end = (start + SYMMETRIZE_BLOCK_ROWS).min(n);
        let rows: Vec<Vec<(u32, f32)>> = (start..end).into_par_iter().map(merged).collect();
        for r in rows {
            for (c, v) in r {
                col.push(c);
                val.push(v);
            }
            row_ptr.push(col.len() as u32);
        }
    }
    col.shrink_to_fit();
    val.shrink_to_fit();
    Csr { row_ptr, col, val }
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;

    #[test]
    fn symmetric_and_normalised() {
        // 4 points, k = 2.
        let idx = [1u32, 2, 0, 3, 3, 0, 2, 1];
        let cond = [0.6f32, 0.4, 0.7, 0.3, 0.5, 0.5, 0.9, 0.1];
        let p = symmetrize(4, 2, &idx, &cond);
        let mut dense = [[0f32; 4]; 4];
        for i in 0..4 {
            for e in p.row_ptr[i] as usize..p.row_ptr[i + 1] as usize {
                dense[i][p.col[e] as usize] = p.val[e];
            }
        }
        for i in 0..4 {
            for j in 0..4 {
                assert_eq!(dense[i][j], dense[j][i]);
            }
        }
        assert!((p.val.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!((dense[0][1] - (0.6 + 0.7) / 8.0).abs() < 1e-7);
    }
}
