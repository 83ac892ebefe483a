//! CPU twin of the grid repulsion's stages (`tsne_grid_bounds`, `tsne_grid_bin`,
//! `tsne_grid_scan`, `tsne_grid_spread`, `tsne_grid_charges`, `tsne_grid_conv`,
//! `tsne_grid_interp`, then `tsne_reduce`), one step per stage in the same order: the reference
//! the GPU path is tested against (the CPU backend itself runs the faster FFT of `fft.rs`).
//! `grid.rs` describes the stages.

use rayon::prelude::*;

use crate::tsne::fft::lagrange;
use crate::tsne::grid::{FIXED_ONE, Layout};

impl Layout {
    fn box_of(&self, v: f32) -> usize {
        let t = (v - self.lo) / self.h;
        (t.floor().max(0.0) as usize).min(self.nb - 1)
    }

    /// Box index and the 3 + 3 Lagrange weights of a point.
    fn weights(&self, x: f32, y: f32) -> (usize, [f32; 3], [f32; 3]) {
        let (bx, by) = (self.box_of(x), self.box_of(y));
        let wx = lagrange((x - self.lo) / self.h - bx as f32);
        let wy = lagrange((y - self.lo) / self.h - by as f32);
        (by * self.nb + bx, wx, wy)
    }
}

/// A weight as `tsne_grid_spread` adds it: `round(w · 2^28)`, ties to even as WGSL's `round`.
fn to_fixed(w: f32) -> i32 {
    (w * FIXED_ONE).round_ties_even() as i32
}

/// A node's charge from its 64-bit fixed-point sum, as `tsne_grid_charges` computes it from the
/// high and low words.
fn from_fixed(s: i64) -> f32 {
    let (hi, lo) = ((s >> 32) as i32, s as u32);
    hi as f32 * (4_294_967_296.0 / FIXED_ONE) + lo as f32 / FIXED_ONE
}

/// Bounds of every coordinate (step 1).
pub(crate) fn bounds(y: &[f32]) -> (f32, f32) {
    y.iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)))
}

/// CPU twin of the GPU grid repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` (approximated),
/// returns `Z = Σ_i Σ_{j≠i} w_ij` (approximated). Mirrors the WGSL stages one by one, with the
/// direct node sums of `tsne_grid_conv`.
pub(crate) fn repulsive(y: &[f32], rep: &mut [f32]) -> f64 {
    let n = y.len() / 2;
    // 1. Bounds and layout.
    let (lo, hi) = bounds(y);
    let g = Layout::new(lo, hi);
    let nb = g.nb;
    // 2. Bin: each point's box, and the rank of each non-empty box in box order.
    let pbox: Vec<usize> = (0..n)
        .map(|i| g.weights(y[2 * i], y[2 * i + 1]).0)
        .collect();
    let mut filled = vec![false; nb * nb];
    for &b in &pbox {
        filled[b] = true;
    }
    let mut rank = vec![0u32; nb * nb];
    let mut cbox = Vec::new();
    for b in 0..nb * nb {
        rank[b] = cbox.len() as u32;
        if filled[b] {
            cbox.push(b);
        }
    }
    // 3. Spread: the charges' exact fixed-point sums (any order gives the same), then floats.
    let nodes = 9 * cbox.len();
    let mut acc = vec![0i64; nodes];
    for (i, &b) in pbox.iter().enumerate() {
        let (_, wx, wy) = g.weights(y[2 * i], y[2 * i + 1]);
        let base = 9 * rank[b] as usize;
        for r in 0..3 {
            for c in 0..3 {
                acc[base + 3 * r + c] += i64::from(to_fixed(wy[r] * wx[c]));
            }
        }
    }
    let charges: Vec<f32> = acc.iter().map(|&s| from_fixed(s)).collect();
    let npos: Vec<[f32; 2]> = cbox
        .iter()
        .flat_map(|&b| {
            let (bx, by) = (b % nb, b / nb);
            (0..9).map(move |t| [(3 * bx + t % 3) as f32, (3 * by + t / 3) as f32])
        })
        .collect();
    // 4. Direct node-to-node sums, sources in order (as the chunked GPU dispatches): the forces
    //    and Z's node sums.
    let sp = g.spacing;
    let pot: Vec<[f32; 3]> = npos
        .par_iter()
        .map(|pt| {
            let mut a = [0f32; 3];
            for (&q, ps) in charges.iter().zip(&npos) {
                let (dx, dy) = ((pt[0] - ps[0]) * sp, (pt[1] - ps[1]) * sp);
                let k1 = 1.0 / (1.0 + (dx * dx + dy * dy));
                a[0] += q * k1 * k1 * dx;
                a[1] += q * k1 * k1 * dy;
                a[2] += q * k1;
            }
            a
        })
        .collect();
    let z_nodes: f64 = charges
        .iter()
        .zip(&pot)
        .map(|(&q, p)| (q * p[2]) as f64)
        .sum();
    // 5. Interpolate the forces back.
    rep.par_chunks_mut(2).enumerate().for_each(|(i, o)| {
        let (b, wx, wy) = g.weights(y[2 * i], y[2 * i + 1]);
        let k = rank[b] as usize;
        let mut f = [0f32; 2];
        for r in 0..3 {
            for c in 0..3 {
                let w = wy[r] * wx[c];
                let p = &pot[9 * k + 3 * r + c];
                f[0] += w * p[0];
                f[1] += w * p[1];
            }
        }
        o.copy_from_slice(&f);
    });
    z_nodes - n as f64
}
