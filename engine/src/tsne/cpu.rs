//! CPU twins of the per-iteration kernels: attractive forces over the sparse P, exact O(n²)
//! repulsion, the gains/momentum update and the KL divergence. Every function writes per-point
//! outputs in parallel and sums in a fixed order, so a seeded run is bit-identical.

use rayon::prelude::*;

use super::affinity::Csr;

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

/// Exact repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` into `out` and the row sums
/// `Σ_{j≠i} w_ij` into `zrow`; returns Z = Σ zrow (summed in order). Mirrors
/// `tsne_repulse_exact.wgsl` (which walks j in the same order, in tiles).
pub(crate) fn repulsive_exact(y: &[f32], dims: usize, out: &mut [f32], zrow: &mut [f32]) -> f64 {
    let n = y.len() / dims;
    out.par_chunks_mut(dims)
        .zip(zrow.par_iter_mut())
        .enumerate()
        .for_each(|(i, (o, z))| {
            let mut yi = [0f32; 3];
            yi[..dims].copy_from_slice(&y[i * dims..i * dims + dims]);
            let mut acc = [0f32; 3];
            let mut zs = 0f32;
            for j in 0..n {
                if j == i {
                    continue;
                }
                let mut diff = [0f32; 3];
                let mut d2 = 0f32;
                for d in 0..dims {
                    diff[d] = yi[d] - y[j * dims + d];
                    d2 += diff[d] * diff[d];
                }
                let w = 1.0 / (1.0 + d2);
                zs += w;
                let w2 = w * w;
                for d in 0..dims {
                    acc[d] += w2 * diff[d];
                }
            }
            o.copy_from_slice(&acc[..dims]);
            *z = zs;
        });
    zrow.iter().map(|&v| v as f64).sum()
}

/// One optimiser step on every coordinate: gradient `attr − rep / Z`, per-coordinate gains
/// (+0.2 when the gradient turns against the last update, ×0.8 otherwise, at least `min_gain`),
/// momentum, position update. Mirrors `tsne_update.wgsl`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn update(
    y: &mut [f32],
    upd: &mut [f32],
    gains: &mut [f32],
    attr: &[f32],
    rep: &[f32],
    z: f32,
    lr: f32,
    momentum: f32,
    min_gain: f32,
) {
    let inv_z = 1.0 / z;
    y.par_iter_mut()
        .zip(upd.par_iter_mut())
        .zip(gains.par_iter_mut())
        .zip(attr.par_iter().zip(rep.par_iter()))
        .for_each(|(((y, u), g), (a, r))| {
            let grad = a - r * inv_z;
            let mut gain = if grad * *u < 0.0 { *g + 0.2 } else { *g * 0.8 };
            if gain < min_gain {
                gain = min_gain;
            }
            *g = gain;
            *u = momentum * *u - lr * gain * grad;
            *y += *u;
        });
}

/// The parts of KL(P ‖ Q) that depend on P alone: `(Σ p log p, Σ p)`, computed once per run.
pub(crate) fn kl_constants(p: &Csr) -> (f64, f64) {
    let plogp = p
        .val
        .par_iter()
        .map(|&v| {
            if v > 0.0 {
                v as f64 * (v as f64).ln()
            } else {
                0.0
            }
        })
        .sum();
    let psum = p.val.iter().map(|&v| v as f64).sum();
    (plogp, psum)
}

/// KL(P ‖ Q) from the sparse P and Z: `Σ p log p − Σ p log w_ij + log Z`, with the P-only parts
/// from [`kl_constants`]. `log(1 + d²)` is taken in f32 (a relative error of 1e-7 per entry, far
/// below what the figure is read for) and summed in f64.
pub(crate) fn kl_divergence(p: &Csr, y: &[f32], dims: usize, z: f64, consts: (f64, f64)) -> f64 {
    let n = p.n();
    let parts: Vec<f64> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut s = 0f64;
            for e in p.row_ptr[i] as usize..p.row_ptr[i + 1] as usize {
                let j = p.col[e] as usize;
                let pv = p.val[e];
                if pv <= 0.0 {
                    continue;
                }
                let mut d2 = 0f32;
                for d in 0..dims {
                    let t = y[i * dims + d] - y[j * dims + d];
                    d2 += t * t;
                }
                s += (pv * d2.ln_1p()) as f64;
            }
            s
        })
        .collect();
    let total: f64 = parts.iter().sum();
    consts.0 + total + consts.1 * z.ln()
}
