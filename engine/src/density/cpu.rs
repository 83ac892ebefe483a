//! CPU twin of the density estimate's kernels, one function per WGSL entry point, computing
//! each cell the way the shader does (same cell formula, same tap order, f32 sums): the
//! reference the WGSL path is tested against and the CPU backend itself.
//!
//! - [`bin`] ↔ `density_bin.wgsl` `main`: integer counts per cell.
//! - [`blur_rows`] ↔ `density_blur.wgsl` `blur_rows`: counts → row-blurred f32.
//! - [`blur_cols`] ↔ `density_blur.wgsl` `blur_cols`: row-blurred → fully blurred.

use rayon::prelude::*;

use super::grid::Geometry;

/// Counts of the finite points `pts` (`n × 2`) per cell, row-major (`density_bin`).
pub(crate) fn bin(pts: &[f32], g: &Geometry) -> Vec<u32> {
    let mut counts = vec![0u32; g.cells()];
    for p in pts.chunks_exact(2) {
        if let Some(c) = g.cell_of(p[0], p[1]) {
            counts[c] += 1;
        }
    }
    counts
}

/// `blur_rows`: each cell the weighted sum of the counts `−rx..=rx` cells along its row.
pub(crate) fn blur_rows(counts: &[u32], g: &Geometry, weights: &[f32]) -> Vec<f32> {
    let (gw, r) = (g.width as i64, g.radius[0] as i64);
    let mut out = vec![0.0f32; g.cells()];
    out.par_chunks_mut(g.width)
        .zip(counts.par_chunks(g.width))
        .for_each(|(dst, row)| {
            for (x, d) in dst.iter_mut().enumerate() {
                let mut s = 0.0f32;
                for k in -r..=r {
                    let xx = x as i64 + k;
                    if xx >= 0 && xx < gw {
                        s += weights[(k + r) as usize] * row[xx as usize] as f32;
                    }
                }
                *d = s;
            }
        });
    out
}

/// `blur_cols`: each cell the weighted sum of `src` `−ry..=ry` cells along its column.
pub(crate) fn blur_cols(src: &[f32], g: &Geometry, weights: &[f32]) -> Vec<f32> {
    let (gw, gh, r) = (g.width, g.height as i64, g.radius[1] as i64);
    let base = 2 * g.radius[0] + 1;
    let mut out = vec![0.0f32; g.cells()];
    out.par_chunks_mut(gw).enumerate().for_each(|(y, dst)| {
        for (x, d) in dst.iter_mut().enumerate() {
            let mut s = 0.0f32;
            for k in -r..=r {
                let yy = y as i64 + k;
                if yy >= 0 && yy < gh {
                    s += weights[base + (k + r) as usize] * src[yy as usize * gw + x];
                }
            }
            *d = s;
        }
    });
    out
}

/// The three steps in order: the blurred counts on `g`.
pub(crate) fn estimate(pts: &[f32], g: &Geometry) -> Vec<f32> {
    let w = g.weights();
    let counts = bin(pts, g);
    let rows = blur_rows(&counts, g, &w);
    blur_cols(&rows, g, &w)
}
