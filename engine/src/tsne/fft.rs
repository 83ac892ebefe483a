//! Linear-time repulsion for 2-D output: FFT-accelerated interpolation (FIt-SNE, Linderman et
//! al. 2019), CPU implementation.
//!
//! How it works, per iteration:
//! 1. The points' square bounding box (side `range`) is covered by `nb × nb` boxes of width `h`:
//!    `h` is the largest power of 2^(1/4) not above `min(1, range / 50)` (FIt-SNE's
//!    `intervals_per_integer = 1` and `min_num_intervals = 50`, quantised so the grid spacing,
//!    and with it the kernel's spectrum, only changes a few dozen times in a run), and `nb` is
//!    the smallest 5-smooth number (2^a·3^b·5^c) with `nb·h ≥ range`. Each box holds 3 × 3
//!    equispaced interpolation nodes, so the nodes form one uniform grid of `m = 3·nb` nodes
//!    per side with spacing `s = h / 3`.
//! 2. Each point spreads its charges onto the 3 × 3 nodes of its box with Lagrange weights
//!    (sequential: 9 · 4 multiply-adds per point, a fraction of a millisecond).
//! 3. The node-to-node interactions are a discrete convolution with the kernels
//!    `K1 = 1/(1+r²)` and `K2 = 1/(1+r²)²`, done by zero-padded 2-D FFT of size `N = 2m = 6·nb`
//!    (mixed radix, [`rustfft`]; `N` has no prime factor above 5). Four real channels ride in
//!    two complex FFTs: `(1, x)` both under K2, and `(y under K2, 1 under K1)`, the second pair
//!    split in the frequency domain by Hermitian symmetry. Both kernels are real and even, so
//!    their spectra (`K1 + i·K2`, one FFT) are real; that spectrum is cached and recomputed
//!    only when `N` or `s` changes. Row passes skip the all-zero rows of the padded charges and
//!    the rows of the result that are never read.
//! 4. Potentials are interpolated back to the points with the same weights, giving
//!    `Σ_j K2 (y_i − y_j) = y_i Σ_j K2 − Σ_j K2 y_j` and `Σ_j K1` (minus the self term 1) for Z.
//!
//! All buffers, FFT plans and scratch space live in [`FftRepulsion`] and are reused between
//! iterations (no allocation once the grid has reached its size). Row FFTs run in parallel on a
//! fixed partition of the rows, transposes in parallel on disjoint output, so results do not
//! depend on thread scheduling and runs are bit-identical.

use std::sync::Arc;

use rayon::prelude::*;
use rustfft::num_complex::Complex32;
use rustfft::{Fft, FftPlanner};

/// Widest box allowed (in output units); FIt-SNE's default `intervals_per_integer = 1`.
pub(crate) const BOX_WIDTH: f32 = 1.0;
/// Fewest boxes per side (FIt-SNE's `min_num_intervals`).
pub(crate) const MIN_BOXES: usize = 50;
/// Row blocks of the parallel FFT passes (each with its own scratch buffer).
const BLOCKS: usize = 16;

type C = Complex32;
const ZERO: C = C { re: 0.0, im: 0.0 };

/// Forward and inverse plans of one size, with per-block scratch.
struct Plans {
    n: usize,
    fwd: Arc<dyn Fft<f32>>,
    inv: Arc<dyn Fft<f32>>,
    scratch: Vec<Vec<C>>,
}

impl Plans {
    fn new(planner: &mut FftPlanner<f32>, n: usize) -> Plans {
        let fwd = planner.plan_fft_forward(n);
        let inv = planner.plan_fft_inverse(n);
        let len = fwd
            .get_inplace_scratch_len()
            .max(inv.get_inplace_scratch_len());
        Plans {
            n,
            fwd,
            inv,
            scratch: vec![vec![ZERO; len]; BLOCKS],
        }
    }

    /// In-place FFT of every row of `buf` (rows of length `n`; inverse without the 1/n scale).
    fn rows(&mut self, buf: &mut [C], inverse: bool) {
        let n = self.n;
        let rows = buf.len() / n;
        if rows == 0 {
            return;
        }
        let per = rows.div_ceil(BLOCKS);
        let plan = if inverse { &self.inv } else { &self.fwd };
        buf.par_chunks_mut(per * n)
            .zip(self.scratch.par_iter_mut())
            .for_each(|(chunk, scratch)| plan.process_with_scratch(chunk, scratch));
    }
}

/// `dst = srcᵀ` for `n × n` grids, where only the first `src_rows` rows of `src` are read (the
/// others count as zero).
fn transpose(src: &[C], dst: &mut [C], n: usize, src_rows: usize) {
    const B: usize = 16;
    dst.par_chunks_mut(n * B)
        .enumerate()
        .for_each(|(blk, out)| {
            let r0 = blk * B;
            let rows = out.len() / n;
            for c0 in (0..src_rows).step_by(B) {
                for c in c0..(c0 + B).min(src_rows) {
                    let s = &src[c * n + r0..c * n + r0 + rows];
                    for (r, v) in s.iter().enumerate() {
                        out[r * n + c] = *v;
                    }
                }
            }
            if src_rows < n {
                for r in 0..rows {
                    out[r * n + src_rows..(r + 1) * n].fill(ZERO);
                }
            }
        });
}

/// Reusable state of the FFT repulsion (plans, kernel spectrum and grids), sized on demand.
pub(crate) struct FftRepulsion {
    planner: FftPlanner<f32>,
    plans: Option<Plans>,
    /// Kernel spectrum and the (N, spacing bits) it was computed for.
    k: Vec<C>,
    k_key: (usize, u32),
    a: Vec<C>,
    b: Vec<C>,
    tmp: Vec<C>,
    /// Per point: base node (x, y) and the 3 + 3 weights.
    interp: Vec<([u32; 2], [f32; 6])>,
}

impl Default for FftRepulsion {
    fn default() -> Self {
        FftRepulsion {
            planner: FftPlanner::new(),
            plans: None,
            k: Vec::new(),
            k_key: (0, 0),
            a: Vec::new(),
            b: Vec::new(),
            tmp: Vec::new(),
            interp: Vec::new(),
        }
    }
}

impl std::fmt::Debug for FftRepulsion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FftRepulsion").finish_non_exhaustive()
    }
}

fn lagrange(u: f32) -> [f32; 3] {
    // Nodes at 1/6, 1/2, 5/6 of the box.
    let (a, b, c) = (1.0 / 6.0f32, 0.5f32, 5.0 / 6.0f32);
    [
        (u - b) * (u - c) / ((a - b) * (a - c)),
        (u - a) * (u - c) / ((b - a) * (b - c)),
        (u - a) * (u - b) / ((c - a) * (c - b)),
    ]
}

/// Smallest number ≥ `x` with no prime factor above 5.
fn smooth_ceil(x: usize) -> usize {
    let mut v = x.max(1);
    loop {
        let mut r = v;
        for p in [2, 3, 5] {
            while r.is_multiple_of(p) {
                r /= p;
            }
        }
        if r == 1 {
            return v;
        }
        v += 1;
    }
}

/// Grid geometry of one iteration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Grid {
    /// FFT size per side, `6 · boxes`.
    pub n: usize,
    /// Boxes per side.
    pub boxes: usize,
    /// Box width.
    pub h: f32,
}

impl FftRepulsion {
    /// Grid geometry for a point spread of `range` (see the module docs).
    pub(crate) fn grid_for(range: f32) -> Grid {
        let h_max = BOX_WIDTH
            .min(range / MIN_BOXES as f32)
            .max(f32::MIN_POSITIVE);
        let q = (4.0 * (h_max as f64).log2()).floor() / 4.0;
        let mut h = q.exp2() as f32;
        // Guard against rounding in exp2/log2: the box must not exceed its bound.
        if h > h_max {
            h = ((q - 0.25).exp2()) as f32;
        }
        let boxes = smooth_ceil(MIN_BOXES.max((range / h).ceil() as usize));
        Grid {
            n: 6 * boxes,
            boxes,
            h,
        }
    }

    /// Fills the kernel grid `K1 + i·K2` (circular embedding) for spacing `s` and transforms it.
    fn kernel(&mut self, n: usize, m: usize, s: f32) {
        let plans = self.plans.as_mut().expect("plans set before the kernel");
        self.k.clear();
        self.k.resize(n * n, ZERO);
        self.k.par_chunks_mut(n).enumerate().for_each(|(r, row)| {
            let dy = if r < m {
                r as f32
            } else if r + m > n {
                r as f32 - n as f32
            } else {
                return;
            };
            for (c, v) in row.iter_mut().enumerate() {
                let dx = if c < m {
                    c as f32
                } else if c + m > n {
                    c as f32 - n as f32
                } else {
                    continue;
                };
                let r2 = (dx * dx + dy * dy) * s * s;
                let k1 = 1.0 / (1.0 + r2);
                *v = C::new(k1, k1 * k1);
            }
        });
        self.tmp.resize(n * n, ZERO);
        plans.rows(&mut self.k, false);
        transpose(&self.k, &mut self.tmp, n, n);
        plans.rows(&mut self.tmp, false);
        std::mem::swap(&mut self.k, &mut self.tmp);
        // Both kernels are even, so the spectra are real: K1^ = re, K2^ = im. Pre-scale by the
        // inverse transform's 1/N².
        let scale = 1.0 / (n * n) as f32;
        self.k.par_iter_mut().for_each(|v| *v *= scale);
    }

    /// 2-D repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` and `zrow_i = Σ_{j≠i} w_ij`, returns Z.
    pub(crate) fn repulsive(&mut self, y: &[f32], out: &mut [f32], zrow: &mut [f32]) -> f64 {
        let npts = y.len() / 2;
        let (mut lo, mut hi) = (f32::MAX, f32::MIN);
        for &v in y {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let range = (hi - lo).max(1e-6) * (1.0 + 1e-5);
        let Grid { n, boxes: nb, h } = Self::grid_for(range);
        let m = 3 * nb;
        let s = h / 3.0;
        let centre = lo + 0.5 * range;
        if self.plans.as_ref().is_none_or(|p| p.n != n) {
            self.plans = Some(Plans::new(&mut self.planner, n));
        }
        for g in [&mut self.a, &mut self.b, &mut self.tmp] {
            if g.len() != n * n {
                g.clear();
                g.resize(n * n, ZERO);
            }
        }
        if self.k_key != (n, s.to_bits()) {
            self.kernel(n, m, s);
            self.k_key = (n, s.to_bits());
        }
        // Interpolation weights.
        self.interp.resize(npts, ([0; 2], [0.0; 6]));
        self.interp
            .par_iter_mut()
            .zip(y.par_chunks(2))
            .for_each(|(w, p)| {
                let mut base = [0u32; 2];
                let mut wt = [0f32; 6];
                for d in 0..2 {
                    let t = (p[d] - lo) / h;
                    let bx = (t.floor().max(0.0) as usize).min(nb - 1);
                    let u = t - bx as f32;
                    base[d] = (3 * bx) as u32;
                    wt[3 * d..3 * d + 3].copy_from_slice(&lagrange(u));
                }
                *w = (base, wt);
            });
        // Spread charges: a = (1, x) under K2, b = (y under K2, 1 under K1), on the first m
        // rows (the other rows are never read: the transpose treats them as zero).
        self.a[..m * n].par_iter_mut().for_each(|v| *v = ZERO);
        self.b[..m * n].par_iter_mut().for_each(|v| *v = ZERO);
        for (i, (base, wt)) in self.interp.iter().enumerate() {
            let cx = y[2 * i] - centre;
            let cy = y[2 * i + 1] - centre;
            for r in 0..3 {
                let row = (base[1] as usize + r) * n;
                for c in 0..3 {
                    let w = wt[3 + r] * wt[c];
                    let at = row + base[0] as usize + c;
                    self.a[at].re += w;
                    self.a[at].im += w * cx;
                    self.b[at].re += w * cy;
                    self.b[at].im += w;
                }
            }
        }
        let plans = self.plans.as_mut().expect("plans set above");
        for g in [&mut self.a, &mut self.b] {
            plans.rows(&mut g[..m * n], false);
            transpose(g, &mut self.tmp, n, m);
            plans.rows(&mut self.tmp, false);
            std::mem::swap(g, &mut self.tmp);
        }
        // Multiply (layout is transposed, which does not matter for elementwise work or for
        // the index negation used to split the Hermitian parts).
        {
            let kk = &self.k;
            let bb = &self.b;
            self.a
                .par_chunks_mut(n)
                .zip(self.tmp.par_chunks_mut(n))
                .enumerate()
                .for_each(|(r, (arow, trow))| {
                    let nr = (n - r) % n;
                    let krow = &kk[r * n..(r + 1) * n];
                    let brow = &bb[r * n..(r + 1) * n];
                    let bneg = &bb[nr * n..(nr + 1) * n];
                    for c in 0..n {
                        let (f1, f2) = (krow[c].re, krow[c].im);
                        arow[c] *= f2;
                        let z = brow[c];
                        let zn = bneg[(n - c) % n];
                        // Y = (Z + conj Zn)/2, O = (Z − conj Zn)/(2i).
                        let yv = [0.5 * (z.re + zn.re), 0.5 * (z.im - zn.im)];
                        let ov = [0.5 * (z.im + zn.im), -0.5 * (z.re - zn.re)];
                        // R = f2·Y + i·f1·O.
                        trow[c] = C::new(f2 * yv[0] - f1 * ov[1], f2 * yv[1] + f1 * ov[0]);
                    }
                });
        }
        std::mem::swap(&mut self.b, &mut self.tmp);
        for g in [&mut self.a, &mut self.b] {
            plans.rows(g, true);
            transpose(g, &mut self.tmp, n, n);
            plans.rows(&mut self.tmp[..m * n], true);
            std::mem::swap(g, &mut self.tmp);
        }
        // Interpolate back.
        let (a, b) = (&self.a, &self.b);
        out.par_chunks_mut(2)
            .zip(zrow.par_iter_mut())
            .zip(self.interp.par_iter())
            .enumerate()
            .for_each(|(i, ((o, z), (base, wt)))| {
                let mut phi = [0f32; 4];
                for r in 0..3 {
                    let row = (base[1] as usize + r) * n;
                    for c in 0..3 {
                        let w = wt[3 + r] * wt[c];
                        let at = row + base[0] as usize + c;
                        phi[0] += w * a[at].re;
                        phi[1] += w * a[at].im;
                        phi[2] += w * b[at].re;
                        phi[3] += w * b[at].im;
                    }
                }
                let cx = y[2 * i] - centre;
                let cy = y[2 * i + 1] - centre;
                o[0] = cx * phi[0] - phi[1];
                o[1] = cy * phi[0] - phi[2];
                *z = phi[3] - 1.0;
            });
        zrow.iter().map(|&v| v as f64).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_is_fft_friendly_and_covers_the_range() {
        for range in [1e-4f32, 0.3, 7.0, 49.9, 50.0, 63.2, 131.0, 190.5, 400.0] {
            let g = FftRepulsion::grid_for(range);
            assert!(g.boxes >= MIN_BOXES, "{range}: {g:?}");
            assert_eq!(smooth_ceil(g.boxes), g.boxes, "{range}: {g:?}");
            assert_eq!(g.n, 6 * g.boxes);
            assert!(g.h <= BOX_WIDTH && g.h <= range / MIN_BOXES as f32 * 1.0001);
            assert!(g.boxes as f32 * g.h >= range, "{range}: {g:?}");
            // At most one quarter-octave finer than needed, then rounded to a smooth size.
            assert!((g.boxes as f32) < 1.4 * (range / g.h).max(MIN_BOXES as f32) + 2.0);
        }
        assert_eq!(smooth_ceil(191), 192);
        assert_eq!(smooth_ceil(49), 50);
        assert_eq!(smooth_ceil(1), 1);
    }

    #[test]
    fn transpose_zero_fills() {
        let n = 20;
        let src: Vec<C> = (0..n * n).map(|i| C::new(i as f32, -(i as f32))).collect();
        let mut dst = vec![C::new(9.0, 9.0); n * n];
        transpose(&src, &mut dst, n, 7);
        for r in 0..n {
            for c in 0..n {
                let want = if c < 7 { src[c * n + r] } else { ZERO };
                assert_eq!(dst[r * n + c], want);
            }
        }
    }
}
