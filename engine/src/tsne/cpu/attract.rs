//! CPU twin of `tsne_attract.wgsl`: the attractive forces over the sparse P.
//!
//! [`attractive`] follows the kernel point by point (one task per point, its row of P in
//! order); the optimiser runs [`attractive_pairs`], the same sum with each pair visited once,
//! which the tests hold to it. Per-part buffers summed in a fixed order keep a seeded run
//! bit-identical whatever the thread count.

use rayon::prelude::*;

use crate::tsne::affinity::Csr;

/// Attractive forces `exag · Σ_j p_ij w_ij (y_i − y_j)` (w = 1 / (1 + |y_i − y_j|²)), one point
/// per task. Mirrors `tsne_attract.wgsl`; the optimiser uses [`attractive_pairs`], which the
/// tests hold to this.
#[cfg(test)]
pub(crate) fn attractive(p: &Csr, y: &[f32], dims: usize, exag: f32, out: &mut [f32]) {
    out.par_chunks_mut(dims).enumerate().for_each(|(i, o)| {
        let yi = &y[i * dims..i * dims + dims];
        let mut acc = [0f32; 3];
        for e in p.row_ptr[i] as usize..p.row_ptr[i + 1] as usize {
            let j = p.col[e] as usize;
            let yj = &y[j * dims..j * dims + dims];
            let mut diff = [0f32; 3];
            let mut d2 = 0f32;
            for d in 0..dims {
                diff[d] = yi[d] - yj[d];
                d2 += diff[d] * diff[d];
            }
            let f = exag * p.val[e] / (1.0 + d2);
            for d in 0..dims {
                acc[d] += f * diff[d];
            }
        }
        o.copy_from_slice(&acc[..dims]);
    });
}

/// The strict upper triangle of a symmetric P (entries `j > i`), split into [`PAIR_PARTS`]
/// row ranges of about equal entry counts: the input of [`attractive_pairs`].
#[derive(Debug, Clone)]
pub(crate) struct Pairs {
    upper: Csr,
    parts: Vec<std::ops::Range<usize>>,
    /// One force accumulator (`n × dims`) per part.
    acc: Vec<Vec<f32>>,
}

/// Parts of [`attractive_pairs`]: a fixed partition (not the thread count), so the sums, and
/// the run, do not depend on how many threads there are.
const PAIR_PARTS: usize = 8;

impl Pairs {
    /// The pairs of `p` (which must be symmetric, as `affinity::symmetrize` makes it).
    pub(crate) fn new(p: &Csr, dims: usize) -> Pairs {
        let n = p.n();
        let mut row_ptr = Vec::with_capacity(n + 1);
        let (mut col, mut val) = (Vec::new(), Vec::new());
        row_ptr.push(0u32);
        for i in 0..n {
            for e in p.row_ptr[i] as usize..p.row_ptr[i + 1] as usize {
                if p.col[e] as usize > i {
                    col.push(p.col[e]);
                    val.push(p.val[e]);
                }
            }
            row_ptr.push(col.len() as u32);
        }
        let total = col.len();
        let mut parts = Vec::with_capacity(PAIR_PARTS);
        let mut start = 0;
        for k in 1..=PAIR_PARTS {
            let goal = (total * k).div_ceil(PAIR_PARTS) as u32;
            let end = if k == PAIR_PARTS {
                n
            } else {
                row_ptr.partition_point(|&r| r < goal).clamp(start, n)
            };
            parts.push(start..end);
            start = end;
        }
        Pairs {
            upper: Csr { row_ptr, col, val },
            acc: vec![vec![0.0; n * dims]; parts.len()],
            parts,
        }
    }
}

/// Attractive forces `exag · Σ_j p_ij w_ij (y_i − y_j)` (w = 1 / (1 + |y_i − y_j|²)), the same
/// sum as `tsne_attract.wgsl` computes point by point, but each pair `i < j` visited once: its
/// force goes to both ends (P is symmetric), which halves the memory read and the arithmetic.
/// Each part of the rows adds into its own buffer; the buffers are summed in part order.
pub(crate) fn attractive_pairs(
    pairs: &mut Pairs,
    y: &[f32],
    dims: usize,
    exag: f32,
    out: &mut [f32],
) {
    // `Params` are validated to 2 or 3 output dimensions.
    if dims == 3 {
        pairs_dims::<3>(pairs, y, exag, out)
    } else {
        pairs_dims::<2>(pairs, y, exag, out)
    }
}

fn pairs_dims<const D: usize>(pairs: &mut Pairs, y: &[f32], exag: f32, out: &mut [f32]) {
    let (pts, _) = y.as_chunks::<D>();
    let upper = &pairs.upper;
    pairs
        .acc
        .par_iter_mut()
        .zip(pairs.parts.par_iter())
        .for_each(|(acc, rows)| {
            acc.fill(0.0);
            let (acc, _) = acc.as_chunks_mut::<D>();
            for i in rows.clone() {
                let yi = pts[i];
                let mut fi = [0f32; D];
                for e in upper.row_ptr[i] as usize..upper.row_ptr[i + 1] as usize {
                    let j = upper.col[e] as usize;
                    let yj = pts[j];
                    let mut diff = [0f32; D];
                    let mut d2 = 0f32;
                    for d in 0..D {
                        diff[d] = yi[d] - yj[d];
                        d2 += diff[d] * diff[d];
                    }
                    let f = upper.val[e] / (1.0 + d2);
                    for d in 0..D {
                        fi[d] += f * diff[d];
                        acc[j][d] -= f * diff[d];
                    }
                }
                for d in 0..D {
                    acc[i][d] += fi[d];
                }
            }
        });
    let acc = &pairs.acc;
    out.par_chunks_mut(4096).enumerate().for_each(|(c, o)| {
        let at = c * 4096;
        for (k, v) in o.iter_mut().enumerate() {
            let mut sum = 0f32;
            for part in acc {
                sum += part[at + k];
            }
            *v = exag * sum;
        }
    });
}
