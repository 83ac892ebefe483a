//! Linear-time repulsion for 2-D output on the GPU: FIt-SNE's grid interpolation, and its CPU
//! twin.
//!
//! The GPU stages (`tsne_grid_*.wgsl`, driven by `gpu.rs`) and [`repulsive`] here run the same
//! steps in the same order:
//! 1. **Bounds** (`tsne_grid_bounds`): `lo`/`hi` over every coordinate; the host reads the two
//!    floats back and picks the grid exactly as `fft.rs` does ([`Layout::new`] calls
//!    `FftRepulsion::grid_for`): `nb × nb` boxes of width `h`, 3 × 3 Lagrange nodes per box,
//!    node spacing `h / 3`, charges centred on the middle of the box.
//! 2. **Bin** (`tsne_grid_bin`, `tsne_grid_scan`, `tsne_grid_scatter`): each point's box, a
//!    count per box (u32 atomics), exclusive prefix sums giving each box's slice of a point list
//!    and each non-empty box's rank, and the point list itself.
//! 3. **Spread** (`tsne_grid_spread`): one invocation per non-empty box sorts its slice by
//!    point index and sums the charges `(w, w·cx, w·cy)` of its 9 nodes. This is a gather, not
//!    a scatter: no float atomics (an optional feature, and order-dependent), and fixed-point
//!    i32 atomics were rejected because `w·cx` grows with the embedding (tens of units times
//!    thousands of points per node at scale) and a single fixed scale would either overflow or
//!    lose the small charges. The per-box sort makes the sums run in index order, so the GPU
//!    path stays repeatable and this twin reproduces it. The insertion sort is O(c²) in the
//!    points c of one box: a few dozen per box in practice (boxes are at most 1 unit wide).
//! 4. **Convolution**: the node potentials `Σ K2·q` and `Σ K1·q0` (`K1 = 1/(1+r²)`,
//!    `K2 = K1²`). On the GPU by zero-padded FFT (`tsne_fft_pad`, Stockham passes of radix 16, 4
//!    and 2 in `tsne_fft_pass`, `tsne_fft_multiply`, `tsne_fft_unpad`; grid side [`fft_size`], kernel
//!    spectra from [`kernel_spectrum`]), O(N² log N). When one grid does not fit a storage
//!    binding it falls back to the direct sum over the nodes of the non-empty boxes
//!    (`tsne_grid_conv`, tiled through workgroup memory, split over dispatches of
//!    [`CONV_CHUNK`] source nodes), O(M²) for `M = 9 ·` non-empty boxes. This twin runs the
//!    direct sum: the GPU's direct sum matches it to 1e-4, its FFT to the transforms' rounding
//!    (below 2e-3 of the forces at N = 2048), both checked by the tests.
//! 5. **Interpolate** (`tsne_grid_interp`): each point gathers its 9 nodes' potentials, giving
//!    `Σ_j K2 (y_i − y_j)` and `Σ_{j≠i} K1`, as step 4 of `fft.rs`. `tsne_reduce` and
//!    `tsne_update` then run as on the exact path.

// The CPU twin is the tests' reference (the CPU backend itself runs the faster FFT).
#![cfg_attr(not(test), allow(dead_code))]

use rayon::prelude::*;

use super::fft::{FftRepulsion, Grid};

/// Source nodes per convolution dispatch (keeps each dispatch short on slow drivers).
pub(crate) const CONV_CHUNK: u32 = 8192;

/// Grid layout of one iteration, from the positions' bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Layout {
    /// Boxes per side.
    pub nb: usize,
    /// Lower bound of every coordinate.
    pub lo: f32,
    /// Box width.
    pub h: f32,
    /// Node spacing, `h / 3`.
    pub spacing: f32,
    /// Centre of the square bounding box (charges are taken relative to it).
    pub centre: f32,
}

impl Layout {
    /// The grid for coordinates in `[lo, hi]`, as `fft.rs` chooses it.
    pub(crate) fn new(lo: f32, hi: f32) -> Layout {
        let range = (hi - lo).max(1e-6) * (1.0 + 1e-5);
        let Grid { boxes, h, .. } = FftRepulsion::grid_for(range, super::fft::BOX_WIDTH);
        Layout {
            nb: boxes,
            lo,
            h,
            spacing: h / 3.0,
            centre: lo + 0.5 * range,
        }
    }

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

fn lagrange(u: f32) -> [f32; 3] {
    // Nodes at 1/6, 1/2, 5/6 of the box (as fft.rs).
    let (a, b, c) = (1.0 / 6.0f32, 0.5f32, 5.0 / 6.0f32);
    [
        (u - b) * (u - c) / ((a - b) * (a - c)),
        (u - a) * (u - c) / ((b - a) * (b - c)),
        (u - a) * (u - b) / ((c - a) * (c - b)),
    ]
}

/// FFT size of the GPU's convolution grid for `nb` boxes per side: the smallest power of two
/// that holds the `m = 3·nb` nodes with the zero padding a linear convolution needs (`2m`).
pub(crate) fn fft_size(nb: usize) -> usize {
    (6 * nb).next_power_of_two()
}

/// The kernel spectra of the GPU's FFT convolution, `(K1^, K2^) / N²` per frequency (row-major
/// `N × N`), for `m` nodes per side at spacing `s`: the circular embedding of
/// `K1 = 1/(1 + d²s²)` and `K2 = K1²` for offsets `|d| < m` (zero elsewhere: those lags never
/// meet two nodes), transformed as one complex grid `K1 + i·K2`. Both kernels are real and even,
/// so both spectra are real: the real part is `K1^`, the imaginary part `K2^`.
pub(crate) fn kernel_spectrum(n: usize, m: usize, s: f32) -> Vec<[f32; 2]> {
    use rustfft::num_complex::Complex32;
    let mut grid = vec![Complex32::new(0.0, 0.0); n * n];
    grid.par_chunks_mut(n).enumerate().for_each(|(r, row)| {
        for (c, v) in row.iter_mut().enumerate() {
            if let Some([k1, k2]) = super::fft::kernel_value(n, m, s, r, c) {
                *v = Complex32::new(k1, k2);
            }
        }
    });
    let fft = rustfft::FftPlanner::<f32>::new().plan_fft_forward(n);
    let pass = |g: &mut [Complex32]| {
        g.par_chunks_mut(n).for_each_init(
            || vec![Complex32::new(0.0, 0.0); fft.get_inplace_scratch_len()],
            |scratch, row| fft.process_with_scratch(row, scratch),
        );
    };
    let transpose = |g: &[Complex32]| -> Vec<Complex32> {
        let mut t = vec![Complex32::new(0.0, 0.0); n * n];
        t.par_chunks_mut(n).enumerate().for_each(|(c, out)| {
            for (r, v) in out.iter_mut().enumerate() {
                *v = g[r * n + c];
            }
        });
        t
    };
    pass(&mut grid);
    let mut cols = transpose(&grid);
    pass(&mut cols);
    // Back to row-major (the spectrum of a symmetric grid is symmetric, but keep it exact).
    let spec = transpose(&cols);
    let scale = 1.0 / (n * n) as f32;
    spec.iter().map(|v| [v.re * scale, v.im * scale]).collect()
}

/// Bounds of every coordinate (step 1).
pub(crate) fn bounds(y: &[f32]) -> (f32, f32) {
    y.iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)))
}

/// CPU twin of the GPU grid repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` and
/// `zrow_i = Σ_{j≠i} w_ij` (approximated), returns Z. Mirrors the WGSL stages one by one.
pub(crate) fn repulsive(y: &[f32], rep: &mut [f32], zrow: &mut [f32]) -> f64 {
    let n = y.len() / 2;
    // 1. Bounds and layout.
    let (lo, hi) = bounds(y);
    let g = Layout::new(lo, hi);
    let nb = g.nb;
    // 2. Bin: boxes, counts, prefix sums, the point list (stable, i.e. by index in each box,
    //    which is the order the GPU spread sorts to).
    let pbox: Vec<usize> = (0..n)
        .map(|i| g.weights(y[2 * i], y[2 * i + 1]).0)
        .collect();
    let mut count = vec![0u32; nb * nb];
    for &b in &pbox {
        count[b] += 1;
    }
    let mut start = vec![0u32; nb * nb + 1];
    let mut rank = vec![0u32; nb * nb];
    let mut cbox = Vec::new();
    let mut acc = 0u32;
    for b in 0..nb * nb {
        start[b] = acc;
        rank[b] = cbox.len() as u32;
        if count[b] > 0 {
            cbox.push(b);
        }
        acc += count[b];
    }
    start[nb * nb] = acc;
    let mut fill = vec![0u32; nb * nb];
    let mut plist = vec![0u32; n];
    for (i, &b) in pbox.iter().enumerate() {
        plist[(start[b] + fill[b]) as usize] = i as u32;
        fill[b] += 1;
    }
    // 3. Spread, one task per non-empty box.
    let nodes = 9 * cbox.len();
    let mut charges = vec![[0f32; 3]; nodes];
    let mut npos = vec![[0f32; 2]; nodes];
    charges
        .par_chunks_mut(9)
        .zip(npos.par_chunks_mut(9))
        .zip(cbox.par_iter())
        .for_each(|((q, p), &b)| {
            let (bx, by) = (b % nb, b / nb);
            for &i in &plist[start[b] as usize..start[b + 1] as usize] {
                let i = i as usize;
                let (px, py) = (y[2 * i], y[2 * i + 1]);
                let (_, wx, wy) = g.weights(px, py);
                let (cx, cy) = (px - g.centre, py - g.centre);
                for r in 0..3 {
                    for c in 0..3 {
                        let w = wy[r] * wx[c];
                        let v = &mut q[3 * r + c];
                        v[0] += w;
                        v[1] += w * cx;
                        v[2] += w * cy;
                    }
                }
            }
            for r in 0..3 {
                for c in 0..3 {
                    p[3 * r + c] = [(3 * bx + c) as f32, (3 * by + r) as f32];
                }
            }
        });
    // 4. Direct node-to-node sums, sources in order (as the chunked GPU dispatches).
    let s2 = g.spacing * g.spacing;
    let pot: Vec<[f32; 4]> = npos
        .par_iter()
        .map(|pt| {
            let mut a = [0f32; 4];
            for (q, ps) in charges.iter().zip(&npos) {
                let (dx, dy) = (pt[0] - ps[0], pt[1] - ps[1]);
                let r2 = (dx * dx + dy * dy) * s2;
                let k1 = 1.0 / (1.0 + r2);
                let k2 = k1 * k1;
                a[0] += k2 * q[0];
                a[1] += k2 * q[1];
                a[2] += k2 * q[2];
                a[3] += k1 * q[0];
            }
            a
        })
        .collect();
    // 5. Interpolate back.
    rep.par_chunks_mut(2)
        .zip(zrow.par_iter_mut())
        .enumerate()
        .for_each(|(i, (o, z))| {
            let (px, py) = (y[2 * i], y[2 * i + 1]);
            let (b, wx, wy) = g.weights(px, py);
            let k = rank[b] as usize;
            let mut phi = [0f32; 4];
            for r in 0..3 {
                for c in 0..3 {
                    let w = wy[r] * wx[c];
                    let p = &pot[9 * k + 3 * r + c];
                    for ch in 0..4 {
                        phi[ch] += w * p[ch];
                    }
                }
            }
            let (cx, cy) = (px - g.centre, py - g.centre);
            o[0] = cx * phi[0] - phi[1];
            o[1] = cy * phi[0] - phi[2];
            *z = phi[3] - 1.0;
        });
    zrow.iter().map(|&v| v as f64).sum()
}
