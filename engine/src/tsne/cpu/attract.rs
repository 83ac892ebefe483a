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
///
/// The points may be visited in a locality order (`order`, from `knn::locality_order`): then
/// rows and columns are renumbered by position in that order, so the positions a row reads and
/// the forces it adds to belong to near points, stored near each other. With the caller's
/// numbering those reads and writes land all over `n × dims` floats; at 100k points that made
/// the attraction two thirds of an iteration, mostly waiting for memory.
#[derive(Debug, Clone)]
pub(crate) struct Pairs {
    upper: Csr,
    parts: Vec<std::ops::Range<usize>>,
    /// One force accumulator (`n × dims`) per part, by position.
    acc: Vec<Vec<f32>>,
    /// `order[a]`: the point at position `a`, and `pos` its inverse; empty for the identity.
    order: Vec<u32>,
    pos: Vec<u32>,
    /// The positions gathered into that order (`n × dims`), when there is one.
    y_local: Vec<f32>,
}

/// Parts of [`attractive_pairs`]: a fixed partition (not the thread count), so the sums, and
/// the run, do not depend on how many threads there are.
const PAIR_PARTS: usize = 8;

impl Pairs {
    /// The pairs of `p` (which must be symmetric, as `affinity::symmetrize` makes it), visited
    /// in `order` (a permutation of the points) or in the points' own order.
    pub(crate) fn new(p: &Csr, dims: usize, order: Option<Vec<u32>>) -> Pairs {
        let n = p.n();
        let order = order.filter(|o| o.len() == n).unwrap_or_default();
        let pos = if order.is_empty() {
            Vec::new()
        } else {
            crate::knn::inverse_order(&order)
        };
        let point = |a: usize| order.get(a).map_or(a, |&i| i as usize);
        let position = |j: u32| pos.get(j as usize).copied().unwrap_or(j);
        let mut row_ptr = Vec::with_capacity(n + 1);
        let (mut col, mut val) = (Vec::new(), Vec::new());
        row_ptr.push(0u32);
        for a in 0..n {
            let i = point(a);
            for e in p.row_ptr[i] as usize..p.row_ptr[i + 1] as usize {
                let b = position(p.col[e]);
                if b as usize > a {
                    col.push(b);
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
        let y_local = if order.is_empty() {
            Vec::new()
        } else {
            vec![0.0; n * dims]
        };
        Pairs {
            upper: Csr { row_ptr, col, val },
            acc: vec![vec![0.0; n * dims]; parts.len()],
            parts,
            order,
            pos,
            y_local,
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
    let Pairs {
        upper,
        parts,
        acc,
        order,
        pos,
        y_local,
    } = pairs;
    if !order.is_empty() {
        let (dst, _) = y_local.as_chunks_mut::<D>();
        let (src, _) = y.as_chunks::<D>();
        dst.par_iter_mut()
            .zip(order.par_iter())
            .for_each(|(d, &i)| *d = src[i as usize]);
    }
    let (pts, _) = if order.is_empty() {
        y.as_chunks::<D>()
    } else {
        y_local.as_chunks::<D>()
    };
    let upper = &*upper;
    acc.par_iter_mut()
        .zip(parts.par_iter())
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
    let acc = &*acc;
    let pos = &*pos;
    let (out, _) = out.as_chunks_mut::<D>();
    out.par_chunks_mut(2048).enumerate().for_each(|(c, o)| {
        for (k, v) in o.iter_mut().enumerate() {
            let i = c * 2048 + k;
            let at = pos.get(i).map_or(i, |&a| a as usize) * D;
            for d in 0..D {
                let mut sum = 0f32;
                for part in acc {
                    sum += part[at + d];
                }
                v[d] = exag * sum;
            }
        }
    });
}
