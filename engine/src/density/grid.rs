//! The grid a density estimate lives on, and its bandwidth.
//!
//! How it works:
//! - **Bandwidth** (Scott's rule, per axis): `h = adjust · σ · n^(−1/6)`, σ the standard
//!   deviation of that coordinate over the `n` finite points (`n^(−1/(d+4))` with `d = 2`).
//!   `adjust` ([`DensityParams::bandwidth_adjust`](super::DensityParams)) scales it, as
//!   seaborn's `bw_adjust` does; an axis with no spread takes the other axis' σ (or 1).
//! - **Grid**: square cells covering the points' bounding box plus `3h` on every side (so the
//!   kernel mass stays on the grid), `grid` cells along the longer side.
//! - **Kernel**: a Gaussian sampled at whole-cell offsets `−r..=r`, `r = ⌈3h / cell⌉` (at most
//!   `MAX_RADIUS` of `density_blur.wgsl`), normalised to sum 1 per axis: the separable blur
//!   of the binned counts is then a discrete Gaussian KDE whose binning error is under half a
//!   cell. Both the WGSL path and the CPU twin take these weights from [`Geometry::weights`].

use serde::Serialize;

use crate::error::{Error, Result};
use crate::shaders;

/// Where the grid is and how wide the kernel is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Geometry {
    /// Lower-left corner of the grid (layout units).
    pub x0: f32,
    /// Lower-left corner of the grid (layout units).
    pub y0: f32,
    /// Side of one square cell.
    pub cell: f32,
    /// Cells along x.
    pub width: usize,
    /// Cells along y.
    pub height: usize,
    /// Kernel radius in cells along x and y.
    pub radius: [usize; 2],
    /// The Gaussian kernel's standard deviation along x and y (layout units).
    pub bandwidth: [f32; 2],
}

/// Mean and standard deviation of one coordinate of interleaved `n × 2` points.
fn moments(pts: &[f32], axis: usize) -> (f64, f64, f32, f32) {
    let n = (pts.len() / 2).max(1) as f64;
    let (mut s, mut lo, mut hi) = (0.0f64, f32::INFINITY, f32::NEG_INFINITY);
    for p in pts.chunks_exact(2) {
        s += f64::from(p[axis]);
        lo = lo.min(p[axis]);
        hi = hi.max(p[axis]);
    }
    let mean = s / n;
    let var = pts
        .chunks_exact(2)
        .map(|p| (f64::from(p[axis]) - mean).powi(2))
        .sum::<f64>()
        / n;
    (mean, var.sqrt(), lo, hi)
}

impl Geometry {
    /// The grid for the finite 2-D points `pts` (`n × 2`, interleaved): Scott's bandwidth
    /// times `adjust`, `grid` cells along the longer side.
    pub fn new(pts: &[f32], grid: usize, adjust: f32) -> Result<Geometry> {
        let n = pts.len() / 2;
        if n == 0 {
            return Err(Error::Invalid(
                "density: no point has finite coordinates".into(),
            ));
        }
        if !(16..=4096).contains(&grid) {
            return Err(Error::Invalid(format!(
                "density: grid must be 16..=4096 cells, not {grid}"
            )));
        }
        if !(adjust.is_finite() && adjust > 0.0) {
            return Err(Error::Invalid(format!(
                "density: bandwidth_adjust must be positive, not {adjust}"
            )));
        }
        let (_, sx, xlo, xhi) = moments(pts, 0);
        let (_, sy, ylo, yhi) = moments(pts, 1);
        let sx = if sx > 0.0 {
            sx
        } else if sy > 0.0 {
            sy
        } else {
            1.0
        };
        let sy = if sy > 0.0 { sy } else { sx };
        let scott = (n as f64).powf(-1.0 / 6.0) * f64::from(adjust);
        let h = [(sx * scott) as f32, (sy * scott) as f32];
        let (x0, y0) = (xlo - 3.0 * h[0], ylo - 3.0 * h[1]);
        let (ex, ey) = (xhi - xlo + 6.0 * h[0], yhi - ylo + 6.0 * h[1]);
        let cell = ex.max(ey) / grid as f32;
        if !(cell.is_finite() && cell > 0.0) {
            return Err(Error::Invalid(
                "density: the layout's extent is not finite".into(),
            ));
        }
        let width = ((ex / cell).ceil() as usize).clamp(1, grid);
        let height = ((ey / cell).ceil() as usize).clamp(1, grid);
        let max_r = shaders::density_blur::MAX_RADIUS as usize;
        let radius = h.map(|h| ((3.0 * h / cell).ceil() as usize).clamp(1, max_r));
        Ok(Geometry {
            x0,
            y0,
            cell,
            width,
            height,
            radius,
            bandwidth: h,
        })
    }

    /// The blur taps: `2·rx + 1` normalised Gaussian weights along x, then `2·ry + 1` along y.
    pub fn weights(&self) -> Vec<f32> {
        let mut out = Vec::with_capacity(2 * (self.radius[0] + self.radius[1] + 1));
        for axis in 0..2 {
            let r = self.radius[axis] as i64;
            let s = f64::from(self.bandwidth[axis]) / f64::from(self.cell);
            let w: Vec<f64> = (-r..=r)
                .map(|k| (-0.5 * (k as f64 / s).powi(2)).exp())
                .collect();
            let sum: f64 = w.iter().sum();
            out.extend(w.iter().map(|w| (w / sum) as f32));
        }
        out
    }

    /// Cells in all.
    pub fn cells(&self) -> usize {
        self.width * self.height
    }

    /// The centre of cell `(cx, cy)` in layout units.
    pub fn centre(&self, cx: usize, cy: usize) -> [f32; 2] {
        [
            self.x0 + (cx as f32 + 0.5) * self.cell,
            self.y0 + (cy as f32 + 0.5) * self.cell,
        ]
    }

    /// The cell holding layout point `(x, y)`, as `density_bin.wgsl` computes it (None outside
    /// the grid or for a non-finite point).
    pub fn cell_of(&self, x: f32, y: f32) -> Option<usize> {
        let inv = 1.0 / self.cell;
        let fx = (x - self.x0) * inv;
        let fy = (y - self.y0) * inv;
        // Written as in the shader; a NaN fails every comparison and is skipped too.
        if !(fx >= 0.0 && fy >= 0.0 && fx < self.width as f32 && fy < self.height as f32) {
            return None;
        }
        let cx = (fx as usize).min(self.width - 1);
        let cy = (fy as usize).min(self.height - 1);
        Some(cy * self.width + cx)
    }
}
