//! Linear-time repulsion for 2-D output on the GPU: FIt-SNE's grid interpolation in the force
//! form of `fft.rs`. This file holds what the host needs to drive it (the grid [`Layout`], the
//! FFT size, the kernel spectra, the constants the shaders share); the CPU twin of the stages,
//! the tests' reference, is `cpu/grid.rs`.
//!
//! The GPU stages (`tsne_grid_*.wgsl`, driven by `gpu/grid.rs`) and the twin run the same
//! steps in the same order:
//! 1. **Bounds** (`tsne_grid_bounds`): `lo`/`hi` over every coordinate; the host reads the two
//!    floats back and picks the grid exactly as `fft.rs` does ([`Layout::new`] calls
//!    `FftRepulsion::grid_for` with `FORCE_BOX_WIDTH`): `nb × nb` boxes of width `h`, 3 × 3
//!    Lagrange nodes per box, node spacing `h / 3`.
//! 2. **Bin** (`tsne_grid_bin`, `tsne_grid_scan`): each point's box, a count per box (u32
//!    atomics), and the rank of each non-empty box in box order (an exclusive prefix sum).
//! 3. **Spread** (`tsne_grid_spread`, `tsne_grid_charges`): one invocation per point adds the
//!    charge `w` (the Lagrange weight) of each of its box's 9 nodes, rounded to the integer
//!    `round(w · 2^28)` ([`FIXED_ONE`]), into a 64-bit sum held in two u32 atomics; then one
//!    invocation per non-empty box turns its nodes' sums into floats. Integer sums do not
//!    depend on the order the points run in, so the GPU path stays repeatable and this twin
//!    gets the same charges; float atomics would be neither (and are optional). The work per
//!    invocation is fixed however many points share a box. (An earlier design gathered per box
//!    after sorting each box's points by index: on lavapipe, whose loops share a budget of
//!    65535 iterations per shader invocation, the sort of a box of a few hundred points was
//!    cut short and the run stopped being repeatable.)
//! 4. **Convolution**: the node forces `Σ_s q_s G(d)` with `G(d) = d·K1(d)²`,
//!    `K1 = 1/(1+|d|²)`, and `Z`'s node sums `q_t Σ_s q_s K1(d)`. On the GPU by zero-padded FFT
//!    (`tsne_fft_pass`, Stockham passes of radix 16, 9, 8, 4, 3 and 2, mixed as the grid side
//!    factors): the charges are real, so the forward row transform packs two rows per complex
//!    line and the forward column transform takes half the columns; its last pass multiplies
//!    by the spectrum of `Gx + i·Gy` (so one inverse gives both forces) and sums `Z` by Parseval
//!    from the spectrum of `K1`; the first pass gathers the charges and the last inverse pass
//!    writes the node forces, so the transforms need no padding or read-back kernels. Grid
//!    side [`fft_size`], spectra from [`kernel_spectrum`], O(N² log N). When one grid does not
//!    fit a storage binding it falls back to the direct sum over the nodes of the non-empty boxes
//!    (`tsne_grid_conv`, tiled through workgroup memory, split over dispatches of
//!    [`CONV_CHUNK`] source nodes), O(M²) for `M = 9 ·` non-empty boxes. This twin runs the
//!    direct sum: the GPU's direct sum matches it to 1e-4, its FFT to the transforms' rounding,
//!    both checked by the tests.
//! 5. **Interpolate** (`tsne_grid_interp`): each point gathers its 9 nodes' forces,
//!    `rep_i = Σ_j G(y_i − y_j)`; `tsne_reduce` sums `Z`'s partial sums and takes off the `n`
//!    self terms, then `tsne_update` runs as on the exact path.

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
}

impl Layout {
    /// The grid for coordinates in `[lo, hi]`: boxes as `fft.rs` chooses them, as many as the
    /// next 3-smooth count.
    pub(crate) fn new(lo: f32, hi: f32) -> Layout {
        let range = (hi - lo).max(1e-6) * (1.0 + 1e-5);
        let Grid { boxes, h, .. } = FftRepulsion::grid_for(range, super::fft::FORCE_BOX_WIDTH);
        Layout {
            // The CPU's sizes may have a factor 5; the GPU's passes take 2 and 3 only.
            nb: smooth3_ceil(boxes),
            lo,
            h,
            spacing: h / 3.0,
        }
    }
}

/// FFT size of the GPU's convolution grid for `nb` boxes per side: `6·nb`, the `m = 3·nb` nodes
/// with the zero padding a linear convolution needs (`2m`). [`Layout::new`] keeps `nb`
/// 3-smooth, so the size factors into the passes `tsne_fft_pass` has (radix 16, 4, 3, 2).
pub(crate) fn fft_size(nb: usize) -> usize {
    6 * nb
}

/// The smallest `2^a · 3^b` at or above `x`.
pub(crate) fn smooth3_ceil(x: usize) -> usize {
    let mut v = x.max(1);
    loop {
        let mut r = v;
        for p in [2, 3] {
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

/// The kernel spectra of the GPU's FFT convolution for `m` nodes per side at spacing `s`, as
/// `tsne_fft_pass` reads them: for the frequencies `(ky, kx)` with `kx ≤ N/2` (row-major
/// `N × (N/2 + 1)`; the multiply reaches the others by symmetry), `[Re, Im]` of `Ĝ / N²` and
/// `K̂1 / N²`, then a zero. `Ĝ` is the spectrum of the circular embedding of `Gx + i·Gy` (so
/// that the product with the charges' spectrum transforms back to `Fx + i·Fy`), `K̂1` that of
/// `K1` (real and even, so its spectrum is real); values from [`super::fft::kernel_value`].
pub(crate) fn kernel_spectrum(n: usize, m: usize, s: f32) -> Vec<[f32; 4]> {
    use rustfft::num_complex::Complex32;
    let zero = Complex32::new(0.0, 0.0);
    let mut g = vec![zero; n * n];
    let mut k = vec![zero; n * n];
    g.par_chunks_mut(n)
        .zip(k.par_chunks_mut(n))
        .enumerate()
        .for_each(|(r, (grow, krow))| {
            for c in 0..n {
                if let Some([k1, gx, gy]) = super::fft::kernel_value(n, m, s, r, c) {
                    grow[c] = Complex32::new(gx, gy);
                    krow[c] = Complex32::new(k1, 0.0);
                }
            }
        });
    let fft = rustfft::FftPlanner::<f32>::new().plan_fft_forward(n);
    let transform2 = |grid: &mut Vec<Complex32>| {
        let pass = |g: &mut [Complex32]| {
            g.par_chunks_mut(n).for_each_init(
                || vec![zero; fft.get_inplace_scratch_len()],
                |scratch, row| fft.process_with_scratch(row, scratch),
            );
        };
        let transpose = |g: &[Complex32]| -> Vec<Complex32> {
            let mut t = vec![zero; n * n];
            t.par_chunks_mut(n).enumerate().for_each(|(c, out)| {
                for (r, v) in out.iter_mut().enumerate() {
                    *v = g[r * n + c];
                }
            });
            t
        };
        pass(grid);
        let mut cols = transpose(grid);
        pass(&mut cols);
        *grid = transpose(&cols);
    };
    transform2(&mut g);
    transform2(&mut k);
    let scale = 1.0 / (n * n) as f32;
    let half = n / 2 + 1;
    (0..n * half)
        .map(|f| {
            let at = (f / half) * n + f % half;
            let (gv, kv) = (g[at], k[at]);
            [gv.re * scale, gv.im * scale, kv.re * scale, 0.0]
        })
        .collect()
}

/// The scale of the charges' fixed-point sums: a weight `w` counts as the integer
/// `round(w · 2^28)`. Lagrange weights reach 1.875 at a box's edge, so `|w| ≤ 3.52` and the
/// integer fits an i32, and 64-bit sums hold 2^33 points (the WGSL twin is `FIXED_ONE` in
/// `shaders/wgsl/shared/tsne_grid.wgsl`).
pub(crate) const FIXED_ONE: f32 = (1u32 << 28) as f32;
