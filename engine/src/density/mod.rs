//! Density contours and cluster labels of a 2-D layout, as embedding-atlas draws them.
//!
//! One call, [`analyze`], turns a layout (and optionally a column to name clusters by) into a
//! [`DensityMap`]: a kernel density estimate on a grid, contour lines at a few density levels,
//! and clusters found on the density, each with a centre and a label. The window, `projector
//! render --contours --labels` and the browser page (`GET /api/density`) all draw that one
//! result; [`place_labels`] keeps labels from overlapping in whatever space they are drawn in.
//!
//! How it works, one file per step:
//! - `grid.rs` — the [`Geometry`]: Scott's-rule bandwidth per axis (`h = σ · n^(−1/6)`, times
//!   [`DensityParams::bandwidth_adjust`]) and a grid of square cells over the points plus 3h.
//! - `cpu.rs` / `gpu.rs` — the estimate itself, in two cheap steps that scale to millions of
//!   points: bin the points into integer cell counts (`density_bin.wgsl`, atomics), then blur
//!   the counts with a separable Gaussian (`density_blur.wgsl`: rows, then columns). The CPU
//!   twin computes every cell the way the shader does; a test holds the two to the same grid
//!   (counts exactly, blurred values within 1e-5 of the peak). Cost: O(n) for the binning,
//!   O(cells · r) for the blur, whatever n is. Dividing by `n · cell²` makes it a density.
//! - `contour.rs` — marching squares at the levels enclosing [`DensityParams::contour_masses`]
//!   of the mass (highest-density regions).
//! - `cluster.rs` — peaks and their basins, merged by persistence
//!   ([`DensityParams::prominence`]) above a floor ([`DensityParams::floor_mass`]); each point
//!   takes its cell's cluster, small clusters are dropped.
//! - `labels.rs` — the label of each cluster: the majority class of a categorical column, or
//!   the most distinctive words (TF-IDF of the cluster's rows against the rest) of a text one.
//! - `place.rs` — greedy overlap-free placement, highest priority first.
//!
//! Only 2-D layouts have a density map: a 3-D one is refused with [`Error::Invalid`] saying
//! "2-D only" (check [`supports`] first to skip the call).
//!
//! ```
//! use projector_engine::Compute;
//! use projector_engine::density::{self, DensityParams, LabelSource};
//!
//! // Two Gaussian blobs of 1,000 points (Box–Muller on a xorshift), classes "a" and "b".
//! let mut s = 0x2545_f491_4f6c_dd1du64;
//! let mut uniform = move || {
//!     s ^= s << 13;
//!     s ^= s >> 7;
//!     s ^= s << 17;
//!     (s >> 11) as f32 / (1u64 << 53) as f32
//! };
//! let (mut pos, mut codes) = (Vec::new(), Vec::new());
//! for i in 0..2000u32 {
//!     let c = i % 2;
//!     let r = (-2.0 * uniform().max(1e-9).ln()).sqrt();
//!     let t = uniform() * std::f32::consts::TAU;
//!     pos.extend([c as f32 * 10.0 + r * t.cos(), r * t.sin()]);
//!     codes.push(c);
//! }
//! let labels = LabelSource::Categories { codes, classes: vec!["a".into(), "b".into()] };
//! let map = density::analyze(&Compute::Cpu, &pos, 2, &labels, &DensityParams::default()).unwrap();
//! let mut names: Vec<_> = map.clusters.iter().filter_map(|c| c.label.clone()).collect();
//! names.sort();
//! assert_eq!(names, ["a", "b"]);
//! assert!(!map.contours.is_empty());
//! assert!(density::analyze(&Compute::Cpu, &pos, 3, &labels, &DensityParams::default()).is_err());
//! ```

mod cluster;
mod contour;
pub(crate) mod cpu;
mod gpu;
mod grid;
mod labels;
mod place;
#[cfg(test)]
mod tests;

use serde::Serialize;

pub use contour::{Contour, lines_at, mass_levels};
pub use grid::Geometry;
pub use labels::{LabelSource, words};
pub use place::{LabelBox, place_labels};

use crate::backend::Compute;
use crate::error::{Error, Result};

/// Every parameter of the density map, with its default (the one place they are set).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DensityParams {
    /// Cells along the longer side of the grid [256] (16..=4096).
    pub grid: usize,
    /// Multiplies Scott's-rule bandwidth [0.5]: below 1 resolves clusters Scott's rule (made
    /// for one Gaussian) would smooth together.
    pub bandwidth_adjust: f32,
    /// Contour lines: the fractions of the mass each encloses, in (0, 1)
    /// [0.25, 0.5, 0.75, 0.9].
    pub contour_masses: Vec<f32>,
    /// Cells outside the region enclosing this fraction of the mass are background for the
    /// clusters [0.97].
    pub floor_mass: f32,
    /// A peak is a cluster of its own when the density falls by more than this fraction of its
    /// height before meeting a higher peak [0.3] (0..=1).
    pub prominence: f32,
    /// Clusters with fewer points than `max(min_points, min_fraction · n)` get no label [10].
    pub min_points: usize,
    /// See `min_points` [0.005].
    pub min_fraction: f32,
    /// Words in a text column's label [3].
    pub words: usize,
    /// At most this many clusters are kept, the largest [64].
    pub max_clusters: usize,
}

impl Default for DensityParams {
    fn default() -> Self {
        DensityParams {
            grid: 256,
            bandwidth_adjust: 0.5,
            contour_masses: vec![0.25, 0.5, 0.75, 0.9],
            floor_mass: 0.97,
            prominence: 0.3,
            min_points: 10,
            min_fraction: 0.005,
            words: 3,
            max_clusters: 64,
        }
    }
}

crate::params::setters!(DensityParams {
    with_grid: grid: usize,
    with_bandwidth_adjust: bandwidth_adjust: f32,
    with_contour_masses: contour_masses: Vec<f32>,
    with_floor_mass: floor_mass: f32,
    with_prominence: prominence: f32,
    with_min_points: min_points: usize,
    with_words: words: usize,
});

impl DensityParams {
    /// Checks every parameter's range.
    pub fn validate(&self) -> Result<()> {
        let bad = |what: &str| Err(Error::Invalid(format!("density: {what}")));
        if !(16..=4096).contains(&self.grid) {
            return bad(&format!("grid must be 16..=4096, not {}", self.grid));
        }
        if !(self.bandwidth_adjust.is_finite() && self.bandwidth_adjust > 0.0) {
            return bad("bandwidth_adjust must be positive");
        }
        if self.contour_masses.iter().any(|m| !(*m > 0.0 && *m < 1.0)) {
            return bad("contour_masses must lie in (0, 1)");
        }
        if !(self.floor_mass > 0.0 && self.floor_mass <= 1.0) {
            return bad("floor_mass must lie in (0, 1]");
        }
        if !(0.0..=1.0).contains(&self.prominence) {
            return bad("prominence must lie in 0..=1");
        }
        if !(0.0..=1.0).contains(&self.min_fraction) {
            return bad("min_fraction must lie in 0..=1");
        }
        Ok(())
    }
}

/// A density estimate on a grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DensityGrid {
    /// Where the grid lies and the bandwidth used.
    pub geometry: Geometry,
    /// Probability density per cell (row-major, `width × height`, y up from `y0`).
    #[serde(skip)]
    pub values: Vec<f32>,
}

/// A cluster found on the density.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// Its index in [`DensityMap::clusters`] (largest first).
    pub id: u32,
    /// Where its label goes: the mean of its points, or its peak when the mean falls outside.
    pub centre: [f32; 2],
    /// Its densest cell's centre.
    pub peak: [f32; 2],
    /// The density there.
    pub peak_density: f32,
    /// Points in it.
    pub points: usize,
    /// Its name: the majority class or the distinctive words (none without a label column).
    pub label: Option<String>,
    /// For a categorical label: the share of the cluster's points in that class.
    pub share: Option<f32>,
}

/// Density, contours and clusters of one layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DensityMap {
    /// The density estimate.
    pub grid: DensityGrid,
    /// Contour lines, one entry per level, outermost (largest mass) last as given.
    pub contours: Vec<Contour>,
    /// The clusters, largest first.
    pub clusters: Vec<Cluster>,
    /// Each point's cluster (an index into `clusters`), `u32::MAX` for none.
    #[serde(skip)]
    pub point_cluster: Vec<u32>,
}

/// Whether a layout of `dims` dimensions has a density map (2-D only).
pub fn supports(dims: usize) -> bool {
    dims == 2
}

/// The finite points of a 2-D layout, borrowed when all are finite.
fn finite_points(positions: &[f32], dims: usize) -> Result<std::borrow::Cow<'_, [f32]>> {
    if !supports(dims) {
        return Err(Error::Invalid(format!(
            "density contours and cluster labels are 2-D only (this layout has {dims} dimensions)"
        )));
    }
    if !positions.len().is_multiple_of(2) {
        return Err(Error::Invalid(format!(
            "{} position values do not make rows of 2",
            positions.len()
        )));
    }
    if positions.iter().all(|v| v.is_finite()) {
        return Ok(positions.into());
    }
    Ok(positions
        .chunks_exact(2)
        .filter(|p| p[0].is_finite() && p[1].is_finite())
        .flatten()
        .copied()
        .collect::<Vec<f32>>()
        .into())
}

/// The kernel density estimate of a 2-D layout (`positions`: `n × dims` f32, row-major) on
/// a grid, on the WGSL path or the CPU twin as `compute` says. Non-finite points are left out.
pub fn estimate(
    compute: &Compute,
    positions: &[f32],
    dims: usize,
    params: &DensityParams,
) -> Result<DensityGrid> {
    params.validate()?;
    let pts = finite_points(positions, dims)?;
    let geometry = Geometry::new(&pts, params.grid, params.bandwidth_adjust)?;
    let mut values = match compute {
        Compute::Cpu => cpu::estimate(&pts, &geometry),
        Compute::Gpu(gpu) => gpu::estimate(gpu, &pts, &geometry, false)?,
    };
    let scale = 1.0 / ((pts.len() / 2) as f32 * geometry.cell * geometry.cell);
    values.iter_mut().for_each(|v| *v *= scale);
    Ok(DensityGrid { geometry, values })
}

/// Density, contours and labelled clusters of a 2-D layout (`positions`: `n × dims`,
/// row-major). `labels` names the clusters (one entry per point, or [`LabelSource::None`]).
/// Fails for a layout that is not 2-D, one without a finite point, labels of another length,
/// or parameters out of range.
pub fn analyze(
    compute: &Compute,
    positions: &[f32],
    dims: usize,
    labels: &LabelSource<'_>,
    params: &DensityParams,
) -> Result<DensityMap> {
    let grid = estimate(compute, positions, dims, params)?;
    let n = positions.len() / 2;
    if !labels.is_empty() && labels.len() != n {
        return Err(Error::Invalid(format!(
            "density: {} labels for {n} points",
            labels.len()
        )));
    }
    let g = &grid.geometry;
    let contours = contour::contours(&grid.values, g, &params.contour_masses);
    let floor = contour::mass_levels(&grid.values, &[params.floor_mass])[0];
    let basins = cluster::basins(&grid.values, g, floor, params.prominence);
    let min_points = params
        .min_points
        .max((params.min_fraction * n as f32).ceil() as usize);
    let (mut point_cluster, mut found) =
        cluster::assign(&basins, &grid.values, g, positions, min_points);
    if found.len() > params.max_clusters {
        found.truncate(params.max_clusters);
        let k = params.max_clusters as u32;
        point_cluster
            .iter_mut()
            .filter(|c| **c >= k)
            .for_each(|c| *c = u32::MAX);
    }
    let names = labels::name(labels, &point_cluster, found.len(), params.words);
    let clusters = found
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(i, (f, (label, share)))| Cluster {
            id: i as u32,
            centre: f.centre,
            peak: f.peak,
            peak_density: f.peak_density,
            points: f.points,
            label,
            share,
        })
        .collect();
    Ok(DensityMap {
        grid,
        contours,
        clusters,
        point_cluster,
    })
}
