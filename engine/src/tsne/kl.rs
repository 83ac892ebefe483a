//! The KL divergence of a layout, computed on the host for both backends (the GPU path reads
//! the positions back for it every `KL_EVERY` iterations): the P-only parts once per run, the
//! rest from the sparse P and Z.

use rayon::prelude::*;

use super::affinity::Csr;

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
