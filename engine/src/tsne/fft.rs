//! Linear-time repulsion for 2-D output: FFT-accelerated interpolation (FIt-SNE, Linderman et
//! al. 2019), CPU implementation.
//!
//! How it works, per iteration:
//! 1. The points' square bounding box (side `range`) is covered by `nb × nb` boxes of width `h`:
//!    `h` is the largest power of 2^(1/4) not above `min(w, range / 50)`, with `w` =
//!    [`FORCE_BOX_WIDTH`] = 1 (FIt-SNE's `intervals_per_integer = 1`, openTSNE's default; see
//!    step 3 for its accuracy) and FIt-SNE's `min_num_intervals = 50`, quantised
//!    so the grid spacing, and with it the kernel spectra, only changes a few dozen times in a
//!    run; `nb` is the smallest 5-smooth number (2^a·3^b·5^c) with `nb·h ≥ range`. Each box
//!    holds 3 × 3 equispaced interpolation nodes, so the nodes form one uniform grid of
//!    `m = 3·nb` nodes per side with spacing `s = h / 3`.
//! 2. Each point spreads a unit charge onto the 3 × 3 nodes of its box with Lagrange weights
//!    (sequential: a fraction of a millisecond).
//! 3. The force on a point is a field of the charges, `rep_i = Σ_j G(y_i − y_j)` with the
//!    vector kernel `G(d) = d / (1 + |d|²)²`, so one charge channel convolved with the two
//!    components `Gx`, `Gy` gives the forces at the nodes directly. (FIt-SNE and openTSNE
//!    instead convolve three channels `1, x, y` with `K2 = 1/(1+|d|²)²` and form
//!    `y_i Σ K2 − Σ K2 y_j`: three forward and three inverse transforms against one forward and
//!    two inverse here, so this form is 1.8× faster on the same grid. `G` is steeper than
//!    `K2`, so on the same grid it interpolates 1.4–1.6× less accurately: relative gradient
//!    error against exact 5.7e-2 on MNIST-10k's end state (3.6e-2 for the potential form). That
//!    does not show in the embedding — see [`FORCE_BOX_WIDTH`].) The convolutions are done by a
//!    zero-padded 2-D FFT of size `N = 2m = 6·nb` (mixed radix, [`rustfft`] and [`realfft`];
//!    `N` has no prime factor above 5). The charges are real, so the channel takes a real row
//!    transform of its `m` non-zero rows (`N/2 + 1` complex columns out), then, column block
//!    by column block, a complex column transform, the products with the two kernel spectra
//!    and two inverse column transforms, all while the block is in cache (no full-grid
//!    transpose), and finally inverse real row transforms of the `2m` rows that are read.
//!    `Gx` is real, odd in x and even in y (`Gy` the reverse), so its spectrum is imaginary;
//!    `K1` is real and even, its spectrum real. The spectra are cached and recomputed only when
//!    `N` or `s` changes.
//! 4. `Z = Σ_i Σ_{j≠i} 1/(1+|y_i − y_j|²)` needs only a total, not a potential per point: with
//!    `q` the node charges, the interpolated total `Σ_i φ_K1(y_i)` equals
//!    `Σ_nodes q · (K1 ∗ q) = (1/N²) Σ_f K1^(f) |q^(f)|²` (Parseval), summed during the column
//!    pass from spectra that are there anyway; the self terms (`K1(0) = 1` per point) are taken
//!    off. So `K1` costs no transform at all.
//! 5. The node forces are interpolated back to the points with the same weights.
//!
//! All buffers, FFT plans and scratch space live in [`FftRepulsion`] and are reused between
//! iterations (no allocation once the grid has reached its size). The row and column passes run
//! in parallel over a fixed partition of the rows and column blocks, each part with its own
//! scratch, and `Z`'s partial sums are added in part order, so results do not depend on thread
//! scheduling and runs are bit-identical.

use std::sync::Arc;

use rayon::prelude::*;
use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};
use rustfft::num_complex::Complex32;
use rustfft::{Fft, FftPlanner};

/// Widest box: FIt-SNE's and openTSNE's width of 1. The steeper force kernels `G` interpolate
/// 1.6× less accurately there than the potential form (relative gradient error 5.7e-2 against
/// 3.6e-2 on MNIST-10k's end state). Boxes one quarter octave finer (`2^(-1/4)`, used before)
/// bring the error back to 3.5e-2, but on MNIST-10k (seed 0, both backends) the
/// embedding does not tell the two apart — trustworthiness 0.983 / 0.982 and 10-NN accuracy
/// 0.945 / 0.946 either way — while the KL divergence at iteration 950 moves by 1% (1.740 →
/// 1.758 CPU, 1.739 → 1.756 GPU); and the finer grid has 1.4× as many cells late in a run:
/// whole runs took 5.8 → 4.8 s on the CPU and 49 → 39 s on lavapipe.
pub(crate) const FORCE_BOX_WIDTH: f32 = 1.0;
/// Fewest boxes per side (FIt-SNE's `min_num_intervals`).
pub(crate) const MIN_BOXES: usize = 50;
/// Parts of the parallel passes (each with its own scratch): a fixed partition, so sums do not
/// depend on the thread count.
const PARTS: usize = 16;
/// Rows or columns gathered together between the row-major and column-major layouts: 32
/// complex values are four 64-byte cache lines read in a row (8, one line, was 30% slower per
/// repulsion at MNIST's end-of-run grid), and a tile of 32 columns of length `N ≤ 1920` (480
/// KiB) still sits in the L2 cache while it is transformed.
const TILE: usize = 32;
/// Output channels: the x and y forces.
const OUT: usize = 2;

type C = Complex32;
const ZERO: C = C { re: 0.0, im: 0.0 };

/// Plans for one size `n`: real row transforms and complex column transforms.
struct Plans {
    n: usize,
    r2c: Arc<dyn RealToComplex<f32>>,
    c2r: Arc<dyn ComplexToReal<f32>>,
    fwd: Arc<dyn Fft<f32>>,
    inv: Arc<dyn Fft<f32>>,
}

/// Scratch of one part of a parallel pass.
#[derive(Default)]
struct Scratch {
    /// `TILE` columns (or rows) of length `n`, contiguous.
    tile: Vec<C>,
    /// FFT scratch.
    fft: Vec<C>,
}

impl Plans {
    fn new(real: &mut RealFftPlanner<f32>, cplx: &mut FftPlanner<f32>, n: usize) -> Plans {
        Plans {
            n,
            r2c: real.plan_fft_forward(n),
            c2r: real.plan_fft_inverse(n),
            fwd: cplx.plan_fft_forward(n),
            inv: cplx.plan_fft_inverse(n),
        }
    }

    /// Scratch length that fits every transform of this size.
    fn scratch_len(&self) -> usize {
        self.r2c
            .get_scratch_len()
            .max(self.c2r.get_scratch_len())
            .max(self.fwd.get_inplace_scratch_len())
            .max(self.inv.get_inplace_scratch_len())
    }
}

/// Splits `0..len` into [`PARTS`] contiguous ranges whose bounds are multiples of `TILE`.
fn parts(len: usize) -> Vec<std::ops::Range<usize>> {
    let tiles = len.div_ceil(TILE);
    let per = tiles.div_ceil(PARTS).max(1) * TILE;
    (0..len)
        .step_by(per)
        .map(|a| a..(a + per).min(len))
        .collect()
}

/// Reusable state of the FFT repulsion (plans, kernel spectrum and grids), sized on demand.
pub(crate) struct FftRepulsion {
    real: RealFftPlanner<f32>,
    cplx: FftPlanner<f32>,
    plans: Option<Plans>,
    scratch: Vec<Scratch>,
    /// Kernel spectra `(K1^, Im Gx^, Im Gy^) / N²` for columns `0..=N/2`, column-major
    /// (`k[c·N + r]`), and the (N, spacing bits) they were computed for.
    k: Vec<[f32; 3]>,
    k_key: (usize, u32),
    /// The charges in the first `m` rows of `N` reals, later the x and y forces: `OUT`
    /// channels of `m` rows each.
    q: Vec<f32>,
    /// Row spectra of the charges: `m` rows of `N/2 + 1`.
    rs: Vec<C>,
    /// Convolved column spectra: column-major, `[column][channel][row < m]`.
    cs: Vec<C>,
    /// Per point: base node (x, y) and the 3 + 3 weights.
    interp: Vec<([u32; 2], [f32; 6])>,
}

impl Default for FftRepulsion {
    fn default() -> Self {
        FftRepulsion {
            real: RealFftPlanner::new(),
            cplx: FftPlanner::new(),
            plans: None,
            scratch: Vec::new(),
            k: Vec::new(),
            k_key: (0, 0),
            q: Vec::new(),
            rs: Vec::new(),
            cs: Vec::new(),
            interp: Vec::new(),
        }
    }
}

impl std::fmt::Debug for FftRepulsion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FftRepulsion").finish_non_exhaustive()
    }
}

/// The 3 Lagrange weights of a point at `u` ∈ [0, 1) across its box, nodes at 1/6, 1/2 and 5/6
/// (the GPU grid's CPU twin spreads with the same ones).
pub(crate) fn lagrange(u: f32) -> [f32; 3] {
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
    pub(crate) fn grid_for(range: f32, box_width: f32) -> Grid {
        let h_max = box_width
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

    /// Computes the kernel spectra for FFT size `n`, `m` nodes per side and spacing `s` (the
    /// circular embeddings of `K1(d) = 1/(1 + |d|²s²)` and of the force kernels
    /// `G(d) = d·s·K1(d)²` for `|d| < m`), scaled by the inverse transform's `1/N²`. `K1` is real
    /// and even, so its spectrum is real; `Gx` is odd in x and even in y (and `Gy` the reverse),
    /// so their spectra are imaginary: the real parts and the imaginary parts are kept. Runs a
    /// few dozen times per run, so it allocates freely.
    fn kernel(&mut self, n: usize, m: usize, s: f32) {
        let plans = self.plans.as_ref().expect("plans set before the kernel");
        let w = n / 2 + 1;
        // Row transforms of the three kernels: `rows[(k·n + r)·w + c]`.
        let mut rows = vec![ZERO; 3 * n * w];
        rows.par_chunks_mut(w).enumerate().for_each_init(
            || (vec![0f32; n], plans.r2c.make_scratch_vec()),
            |(line, scratch), (kr, out)| {
                let (which, r) = (kr / n, kr % n);
                for (c, v) in line.iter_mut().enumerate() {
                    *v = kernel_value(n, m, s, r, c).map_or(0.0, |k| k[which]);
                }
                // Lengths match the plan, so this cannot fail.
                let _ = plans.r2c.process_with_scratch(line, out, scratch);
            },
        );
        // Column transforms.
        let scale = 1.0 / (n * n) as f32;
        self.k.clear();
        self.k.resize(w * n, [0.0; 3]);
        self.k.par_chunks_mut(n).enumerate().for_each_init(
            || {
                (
                    vec![ZERO; n],
                    vec![ZERO; plans.fwd.get_inplace_scratch_len()],
                )
            },
            |(col, scratch), (c, out)| {
                for which in 0..3 {
                    for (r, v) in col.iter_mut().enumerate() {
                        *v = rows[(which * n + r) * w + c];
                    }
                    plans.fwd.process_with_scratch(col, scratch);
                    for (o, v) in out.iter_mut().zip(col.iter()) {
                        o[which] = if which == 0 { v.re } else { v.im } * scale;
                    }
                }
            },
        );
    }

    /// 2-D repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` into `out`; returns
    /// `Z = Σ_i Σ_{j≠i} w_ij`.
    pub(crate) fn repulsive(&mut self, y: &[f32], out: &mut [f32]) -> f64 {
        let npts = y.len() / 2;
        let (mut lo, mut hi) = (f32::MAX, f32::MIN);
        for &v in y {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let range = (hi - lo).max(1e-6) * (1.0 + 1e-5);
        let Grid { n, boxes: nb, h } = Self::grid_for(range, FORCE_BOX_WIDTH);
        let m = 3 * nb;
        let w = n / 2 + 1;
        let s = h / 3.0;
        if self.plans.as_ref().is_none_or(|p| p.n != n) {
            let plans = Plans::new(&mut self.real, &mut self.cplx, n);
            let len = plans.scratch_len();
            self.scratch = (0..PARTS)
                .map(|_| Scratch {
                    tile: vec![ZERO; OUT * TILE * n],
                    fft: vec![ZERO; len],
                })
                .collect();
            self.plans = Some(plans);
        }
        if self.k_key != (n, s.to_bits()) {
            self.kernel(n, m, s);
            self.k_key = (n, s.to_bits());
        }
        self.q.resize(OUT * m * n, 0.0);
        self.rs.resize(m * w, ZERO);
        self.cs.resize(w * OUT * m, ZERO);
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
        // Spread the unit charges onto the first m columns of the first m rows (channel 0 of
        // q; channel 1 is only written by the inverse pass).
        self.q[..m * n].par_iter_mut().for_each(|v| *v = 0.0);
        for (base, wt) in &self.interp {
            for r in 0..3 {
                let row = (base[1] as usize + r) * n;
                for c in 0..3 {
                    self.q[row + base[0] as usize + c] += wt[3 + r] * wt[c];
                }
            }
        }
        let plans = self.plans.as_ref().expect("plans set above");
        // Row transforms of the m charge rows (each row padded with zeros to n).
        {
            let rows = parts(m);
            let q_parts = split_rows(&mut self.q[..m * n], &rows, n);
            let rs_parts = split_rows(&mut self.rs, &rows, w);
            q_parts
                .into_par_iter()
                .zip(rs_parts)
                .zip(self.scratch.par_iter_mut())
                .for_each(|((q, rs), sc)| {
                    for (line, spec) in q.chunks_mut(n).zip(rs.chunks_mut(w)) {
                        // Lengths match the plan, so this cannot fail.
                        let _ = plans.r2c.process_with_scratch(line, spec, &mut sc.fft);
                    }
                });
        }
        // Column blocks: gather, transform, Z term, multiply by the spectra of the two force
        // kernels (`i·Gx^`, `i·Gy^`), inverse transforms, store column-major.
        let z_nodes: f64 = {
            let cols = parts(w);
            let cs_parts = split_rows(&mut self.cs, &cols, OUT * m);
            let (rs, k) = (&self.rs, &self.k);
            let partial: Vec<f64> = cs_parts
                .into_par_iter()
                .zip(cols.par_iter())
                .zip(self.scratch.par_iter_mut())
                .map(|((cs, range), sc)| {
                    let mut z = 0f64;
                    for c0 in range.clone().step_by(TILE) {
                        let c1 = (c0 + TILE).min(range.end);
                        let bw = c1 - c0;
                        // x forces in tile[..bw·n], y forces in tile[bw·n..2·bw·n].
                        let (fx, fy) = sc.tile[..2 * bw * n].split_at_mut(bw * n);
                        // Gather rows 0..m of columns c0..c1 (a run of bw values per row).
                        for r in 0..m {
                            let src = &rs[r * w + c0..r * w + c1];
                            for (j, v) in src.iter().enumerate() {
                                fx[j * n + r] = *v;
                            }
                        }
                        for j in 0..bw {
                            fx[j * n + m..(j + 1) * n].fill(ZERO);
                        }
                        plans.fwd.process_with_scratch(fx, &mut sc.fft);
                        for j in 0..bw {
                            let c = c0 + j;
                            let kc = &k[c * n..(c + 1) * n];
                            let qx = &mut fx[j * n..(j + 1) * n];
                            let qy = &mut fy[j * n..(j + 1) * n];
                            // Columns 1..N/2 stand for their mirror images too.
                            let twice = if c == 0 || c == n / 2 { 1.0 } else { 2.0 };
                            let mut acc = 0f64;
                            for ((vx, vy), kv) in qx.iter_mut().zip(qy.iter_mut()).zip(kc) {
                                let q = *vx;
                                acc += (kv[0] * q.norm_sqr()) as f64;
                                // q · (i g) = (−q.im·g, q.re·g)
                                *vy = C::new(-q.im * kv[2], q.re * kv[2]);
                                *vx = C::new(-q.im * kv[1], q.re * kv[1]);
                            }
                            z += twice * acc;
                        }
                        plans
                            .inv
                            .process_with_scratch(&mut sc.tile[..2 * bw * n], &mut sc.fft);
                        for j in 0..bw {
                            for ch in 0..OUT {
                                let at = ((c0 - range.start + j) * OUT + ch) * m;
                                let from = (ch * bw + j) * n;
                                cs[at..at + m].copy_from_slice(&sc.tile[from..from + m]);
                            }
                        }
                    }
                    z
                })
                .collect();
            partial.iter().sum()
        };
        // Inverse row transforms of the OUT·m rows: forces back into q.
        {
            let rows = parts(OUT * m);
            let q_parts = split_rows(&mut self.q, &rows, n);
            let cs = &self.cs;
            q_parts
                .into_par_iter()
                .zip(rows.par_iter())
                .zip(self.scratch.par_iter_mut())
                .for_each(|((q, range), sc)| {
                    for r0 in range.clone().step_by(TILE) {
                        let r1 = (r0 + TILE).min(range.end);
                        // Column `c` holds its OUT·m rows contiguously (`(c·OUT + ch)·m + r =
                        // c·OUT·m + rr` for row rr = ch·m + r), so each column gives one short
                        // contiguous run.
                        for c in 0..w {
                            let src = &cs[c * OUT * m + r0..c * OUT * m + r1];
                            for (j, v) in src.iter().enumerate() {
                                sc.tile[j * w + c] = *v;
                            }
                        }
                        for rr in r0..r1 {
                            let spec = &mut sc.tile[(rr - r0) * w..(rr - r0 + 1) * w];
                            // A real signal's spectrum has real DC and Nyquist terms; drop
                            // the rounding noise there.
                            spec[0].im = 0.0;
                            spec[w - 1].im = 0.0;
                            let line = &mut q[(rr - range.start) * n..(rr - range.start + 1) * n];
                            // Lengths match the plan, so this cannot fail.
                            let _ = plans.c2r.process_with_scratch(spec, line, &mut sc.fft);
                        }
                    }
                });
        }
        // Interpolate the forces back to the points.
        let q = &self.q;
        let plane = m * n;
        out.par_chunks_mut(2)
            .zip(self.interp.par_iter())
            .for_each(|(o, (base, wt))| {
                let mut f = [0f32; OUT];
                for r in 0..3 {
                    let row = (base[1] as usize + r) * n;
                    for c in 0..3 {
                        let w = wt[3 + r] * wt[c];
                        let at = row + base[0] as usize + c;
                        for (ch, v) in f.iter_mut().enumerate() {
                            *v += w * q[ch * plane + at];
                        }
                    }
                }
                o.copy_from_slice(&f);
            });
        z_nodes - npts as f64
    }
}

/// `(K1, Gx, Gy)` at cell `(r, c)` of the circular embedding of the kernels on an `n × n` grid
/// with `m` nodes per side at spacing `s`: `K1 = 1/(1 + d²s²)` and the force kernel
/// `G = d·s·K1²` for offsets `|d| < m` along both axes (`None` elsewhere: those lags never meet
/// two nodes). The GPU's kernel spectra (`grid::kernel_spectrum`) are built from these values,
/// and [`FftRepulsion`]'s from the same formulas.
pub(crate) fn kernel_value(n: usize, m: usize, s: f32, r: usize, c: usize) -> Option<[f32; 3]> {
    let (dy, dx) = kernel_offsets(n, m, r, c)?;
    let k1 = cauchy(dy, dx, s);
    Some([k1, dx * s * k1 * k1, dy * s * k1 * k1])
}

/// `K1 = 1/(1 + d²s²)` at node offset `(dy, dx)` and spacing `s`.
fn cauchy(dy: f32, dx: f32, s: f32) -> f32 {
    1.0 / (1.0 + (dx * dx + dy * dy) * s * s)
}

/// The node offsets `(dy, dx)` that cell `(r, c)` of the circular embedding on an `n × n` grid
/// with `m` nodes per side stands for (`None` for lags that never meet two nodes).
fn kernel_offsets(n: usize, m: usize, r: usize, c: usize) -> Option<(f32, f32)> {
    let offset = |i: usize| -> Option<f32> {
        if i < m {
            Some(i as f32)
        } else if i + m > n {
            Some(i as f32 - n as f32)
        } else {
            None
        }
    };
    Some((offset(r)?, offset(c)?))
}

/// Splits `buf` (rows of `width` values) into the disjoint row ranges `parts`.
fn split_rows<'a, T>(
    mut buf: &'a mut [T],
    parts: &[std::ops::Range<usize>],
    width: usize,
) -> Vec<&'a mut [T]> {
    let mut out = Vec::with_capacity(parts.len());
    let mut at = 0;
    for p in parts {
        let (head, tail) = std::mem::take(&mut buf).split_at_mut((p.end - at) * width);
        out.push(&mut head[(p.start - at) * width..]);
        buf = tail;
        at = p.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_is_fft_friendly_and_covers_the_range() {
        for (width, range) in [1.0, FORCE_BOX_WIDTH].into_iter().flat_map(|w| {
            [1e-4f32, 0.3, 7.0, 49.9, 50.0, 63.2, 131.0, 190.5, 400.0].map(|r| (w, r))
        }) {
            let g = FftRepulsion::grid_for(range, width);
            assert!(g.boxes >= MIN_BOXES, "{range}: {g:?}");
            assert_eq!(smooth_ceil(g.boxes), g.boxes, "{range}: {g:?}");
            assert_eq!(g.n, 6 * g.boxes);
            assert!(g.h <= width && g.h <= range / MIN_BOXES as f32 * 1.0001);
            // Wide spreads get the widest quantised box: no quarter octave lost to rounding.
            if range >= 131.0 {
                assert!(g.h > 0.99 * width, "{range}: {g:?}");
            }
            assert!(g.boxes as f32 * g.h >= range, "{range}: {g:?}");
            // At most one quarter-octave finer than needed, then rounded to a smooth size.
            assert!((g.boxes as f32) < 1.4 * (range / g.h).max(MIN_BOXES as f32) + 2.0);
        }
        assert_eq!(smooth_ceil(191), 192);
        assert_eq!(smooth_ceil(49), 50);
        assert_eq!(smooth_ceil(1), 1);
    }
}
