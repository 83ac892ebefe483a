//! Linear-time repulsion for 2-D output: FFT-accelerated interpolation (FIt-SNE, Linderman et
//! al. 2019), CPU implementation.
//!
//! How it works, per iteration:
//! 1. The square bounding box of the points is cut into `nb × nb` boxes of width ≤ [`BOX_WIDTH`];
//!    each box holds 3 × 3 equispaced interpolation nodes, so the nodes form one uniform grid of
//!    `m = 3·nb` nodes per side with spacing `s = width / m`.
//! 2. Each point spreads its charges onto the 3 × 3 nodes of its box with Lagrange weights
//!    (sequential: 9 · 4 multiply-adds per point, a fraction of a millisecond).
//! 3. The node-to-node interactions are a discrete convolution with the kernels
//!    `K1 = 1/(1+r²)` and `K2 = 1/(1+r²)²`, done by zero-padded 2-D FFT of size `N ≥ 2m − 1`
//!    (radix 2). Four real channels ride in two complex FFTs: `(1, x)` both under K2, and
//!    `(y under K2, 1 under K1)`, the second pair split in the frequency domain by Hermitian
//!    symmetry. Both kernels are real and even, so their spectra (`K1 + i·K2`, one FFT) are real.
//! 4. Potentials are interpolated back to the points with the same weights, giving
//!    `Σ_j K2 (y_i − y_j) = y_i Σ_j K2 − Σ_j K2 y_j` and `Σ_j K1` (minus the self term 1) for Z.
//!
//! All buffers live in [`FftRepulsion`] and are reused between iterations; the row FFTs and the
//! transposes run in parallel (rayon), each on disjoint output, so results are deterministic.

use rayon::prelude::*;

/// Widest box allowed (in output units); FIt-SNE's default `intervals_per_integer = 1`.
pub(crate) const BOX_WIDTH: f32 = 1.0;
/// Fewest boxes per side.
pub(crate) const MIN_BOXES: usize = 42;

type C = [f32; 2];

/// A radix-2 complex FFT plan of one size.
struct Plan {
    n: usize,
    twiddles: Vec<C>,
    rev: Vec<u32>,
}

impl Plan {
    fn new(n: usize) -> Plan {
        let bits = n.trailing_zeros();
        let twiddles = (0..n / 2)
            .map(|k| {
                let a = -2.0 * std::f64::consts::PI * k as f64 / n as f64;
                [a.cos() as f32, a.sin() as f32]
            })
            .collect();
        let rev = (0..n as u32)
            .map(|i| {
                if bits == 0 {
                    0
                } else {
                    i.reverse_bits() >> (32 - bits)
                }
            })
            .collect();
        Plan { n, twiddles, rev }
    }

    /// In-place FFT of one row (inverse without the 1/n scale when `inverse`).
    fn run(&self, a: &mut [C], inverse: bool) {
        let n = self.n;
        for i in 0..n {
            let j = self.rev[i] as usize;
            if i < j {
                a.swap(i, j);
            }
        }
        let sign = if inverse { -1.0 } else { 1.0 };
        let mut len = 2;
        while len <= n {
            let half = len / 2;
            let step = n / len;
            for start in (0..n).step_by(len) {
                for k in 0..half {
                    let w = self.twiddles[k * step];
                    let (wr, wi) = (w[0], sign * w[1]);
                    let b = a[start + k + half];
                    let t = [b[0] * wr - b[1] * wi, b[0] * wi + b[1] * wr];
                    let u = a[start + k];
                    a[start + k] = [u[0] + t[0], u[1] + t[1]];
                    a[start + k + half] = [u[0] - t[0], u[1] - t[1]];
                }
            }
            len *= 2;
        }
    }
}

fn transpose(src: &[C], dst: &mut [C], n: usize) {
    const B: usize = 16;
    dst.par_chunks_mut(n * B)
        .enumerate()
        .for_each(|(blk, out)| {
            let r0 = blk * B;
            let rows = out.len() / n;
            for c0 in (0..n).step_by(B) {
                for c in c0..(c0 + B).min(n) {
                    for r in 0..rows {
                        out[r * n + c] = src[c * n + r0 + r];
                    }
                }
            }
        });
}

/// Reusable state of the FFT repulsion (plans and grids), sized on demand.
#[derive(Default)]
pub(crate) struct FftRepulsion {
    plan: Option<Plan>,
    a: Vec<C>,
    b: Vec<C>,
    k: Vec<C>,
    tmp: Vec<C>,
    /// Per point: base node (x, y) and the 3 + 3 weights.
    interp: Vec<([u32; 2], [f32; 6])>,
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

impl FftRepulsion {
    /// Grid geometry for a point spread of `range`: (FFT size N, boxes per side).
    pub(crate) fn grid_for(range: f32) -> (usize, usize) {
        let need = MIN_BOXES.max((range / BOX_WIDTH).ceil() as usize);
        let n = (6 * need - 1).next_power_of_two();
        (n, (n + 1) / 6)
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
        let (n, nb) = Self::grid_for(range);
        let m = 3 * nb;
        let h = range / nb as f32;
        let s = h / 3.0;
        let centre = lo + 0.5 * range;
        if self.plan.as_ref().is_none_or(|p| p.n != n) {
            self.plan = Some(Plan::new(n));
        }
        for g in [&mut self.a, &mut self.b, &mut self.k, &mut self.tmp] {
            g.clear();
            g.resize(n * n, [0.0; 2]);
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
                    let bx = (t.floor() as usize).min(nb - 1);
                    let u = t - bx as f32;
                    base[d] = (3 * bx) as u32;
                    wt[3 * d..3 * d + 3].copy_from_slice(&lagrange(u));
                }
                *w = (base, wt);
            });
        // Spread charges: a = (1, x) under K2, b = (y under K2, 1 under K1).
        for (i, (base, wt)) in self.interp.iter().enumerate() {
            let cx = y[2 * i] - centre;
            let cy = y[2 * i + 1] - centre;
            for r in 0..3 {
                let row = (base[1] as usize + r) * n;
                for c in 0..3 {
                    let w = wt[3 + r] * wt[c];
                    let at = row + base[0] as usize + c;
                    self.a[at][0] += w;
                    self.a[at][1] += w * cx;
                    self.b[at][0] += w * cy;
                    self.b[at][1] += w;
                }
            }
        }
        // Kernel grid (circular embedding), K1 + i·K2.
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
                *v = [k1, k1 * k1];
            }
        });
        let plan = self.plan.as_ref().expect("plan set above");
        let fwd = |g: &mut Vec<C>, tmp: &mut Vec<C>, rows: usize| {
            g[..rows * n]
                .par_chunks_mut(n)
                .for_each(|r| plan.run(r, false));
            transpose(g, tmp, n);
            tmp.par_chunks_mut(n).for_each(|r| plan.run(r, false));
            std::mem::swap(g, tmp);
        };
        fwd(&mut self.k, &mut self.tmp, n);
        fwd(&mut self.a, &mut self.tmp, m);
        fwd(&mut self.b, &mut self.tmp, m);
        // Multiply (layout is transposed, which does not matter for elementwise work or for
        // the index negation used to split the Hermitian parts).
        let scale = 1.0 / (n * n) as f32;
        {
            let kk = &self.k;
            let bb = &self.b;
            self.a
                .par_chunks_mut(n)
                .zip(self.tmp.par_chunks_mut(n))
                .enumerate()
                .for_each(|(r, (arow, trow))| {
                    let nr = (n - r) % n;
                    for c in 0..n {
                        let f = kk[r * n + c];
                        let (f1, f2) = (f[0] * scale, f[1] * scale);
                        arow[c] = [arow[c][0] * f2, arow[c][1] * f2];
                        let z = bb[r * n + c];
                        let zn = bb[nr * n + (n - c) % n];
                        // Y = (Z + conj Zn)/2, O = (Z − conj Zn)/(2i).
                        let yv = [0.5 * (z[0] + zn[0]), 0.5 * (z[1] - zn[1])];
                        let ov = [0.5 * (z[1] + zn[1]), -0.5 * (z[0] - zn[0])];
                        // R = f2·Y + i·f1·O.
                        trow[c] = [f2 * yv[0] - f1 * ov[1], f2 * yv[1] + f1 * ov[0]];
                    }
                });
        }
        std::mem::swap(&mut self.b, &mut self.tmp);
        let inv = |g: &mut Vec<C>, tmp: &mut Vec<C>| {
            g.par_chunks_mut(n).for_each(|r| plan.run(r, true));
            transpose(g, tmp, n);
            tmp[..m * n]
                .par_chunks_mut(n)
                .for_each(|r| plan.run(r, true));
            std::mem::swap(g, tmp);
        };
        inv(&mut self.a, &mut self.tmp);
        inv(&mut self.b, &mut self.tmp);
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
                        phi[0] += w * a[at][0];
                        phi[1] += w * a[at][1];
                        phi[2] += w * b[at][0];
                        phi[3] += w * b[at][1];
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
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;

    #[test]
    fn fft_matches_dft() {
        let n = 16;
        let plan = Plan::new(n);
        let x: Vec<C> = (0..n)
            .map(|i| [(i as f32 * 0.3).sin(), i as f32 * 0.1])
            .collect();
        let mut a = x.clone();
        plan.run(&mut a, false);
        for k in 0..n {
            let mut s = [0f64; 2];
            for (j, v) in x.iter().enumerate() {
                let ang = -2.0 * std::f64::consts::PI * (j * k) as f64 / n as f64;
                s[0] += v[0] as f64 * ang.cos() - v[1] as f64 * ang.sin();
                s[1] += v[0] as f64 * ang.sin() + v[1] as f64 * ang.cos();
            }
            assert!((s[0] - a[k][0] as f64).abs() < 1e-4 && (s[1] - a[k][1] as f64).abs() < 1e-4);
        }
        plan.run(&mut a, true);
        for (v, w) in a.iter().zip(&x) {
            assert!((v[0] / n as f32 - w[0]).abs() < 1e-5);
        }
    }
}
