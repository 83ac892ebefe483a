//! Live projections: what the viewer runs and animates.
//!
//! The viewer drives any reducer through [`LiveProjection`]: `step` advances it a little (a few
//! iterations, so the window stays responsive and can stop it), `positions` gives the current
//! coordinates, and `positions_buffer` the GPU buffer the reducer writes, which the renderer
//! binds directly (no copy through the CPU while it runs). PCA is one-shot ([`PcaProjection`]).
//!
//! Plugging in t-SNE and UMAP: implement the trait over `projector_engine::tsne::Tsne` /
//! `umap::Umap`: `step(n)` → `Tsne::step(n, progress)`, `positions()` → `Tsne::positions()`,
//! `positions_buffer()` → `Tsne::positions_buffer()`, `done()` when the iteration count is
//! reached; then add the constructor to `window::start_projection`.

use ndarray::{Array2, ArrayView2};
use projector_engine::{Compute, Progress, pca};

use crate::ViewerError;

/// A reducer the viewer can run step by step.
pub trait LiveProjection: Send {
    /// Advances by up to `n` iterations; returns the iterations done so far.
    fn step(&mut self, n: usize, progress: &dyn Progress) -> Result<usize, ViewerError>;
    /// Iterations in a full run.
    fn total(&self) -> usize;
    /// True when the run is complete.
    fn done(&self) -> bool;
    /// Current coordinates, `n × dims`.
    fn positions(&self) -> Result<Array2<f32>, ViewerError>;
    /// The GPU buffer holding the positions (`n × dims` f32), when the reducer runs on the GPU.
    fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        None
    }
    /// Name shown in the panel ("PCA", "t-SNE", ...).
    fn name(&self) -> &str;
}

/// PCA as a one-step projection: `step` fits and projects.
pub struct PcaProjection {
    compute: Compute,
    data: Array2<f32>,
    dims: usize,
    result: Option<Array2<f32>>,
    /// Explained variance ratio of each axis, after the step.
    pub explained: Vec<f32>,
}

impl PcaProjection {
    /// PCA of `data` to `dims` (2 or 3) axes.
    pub fn new(
        compute: Compute,
        data: ArrayView2<'_, f32>,
        dims: usize,
    ) -> Result<Self, ViewerError> {
        if dims != 2 && dims != 3 {
            return Err(ViewerError::Invalid(format!(
                "PCA to {dims} dimensions: expected 2 or 3"
            )));
        }
        Ok(PcaProjection {
            compute,
            data: data.to_owned(),
            dims,
            result: None,
            explained: Vec::new(),
        })
    }
}

impl LiveProjection for PcaProjection {
    fn step(&mut self, _n: usize, progress: &dyn Progress) -> Result<usize, ViewerError> {
        if self.result.is_none() {
            progress.update("pca", 0, 1);
            let fit = pca::fit(
                &self.compute,
                self.data.view(),
                self.dims.min(self.data.ncols()),
            )?;
            let mut out = fit.transform(self.data.view());
            if out.ncols() < self.dims {
                // Fewer input columns than output dims: pad with zeros.
                let mut padded = Array2::zeros((out.nrows(), self.dims));
                padded
                    .slice_mut(ndarray::s![.., ..out.ncols()])
                    .assign(&out);
                out = padded;
            }
            self.explained = fit.explained_variance_ratio;
            self.result = Some(out);
            progress.update("pca", 1, 1);
        }
        Ok(1)
    }
    fn total(&self) -> usize {
        1
    }
    fn done(&self) -> bool {
        self.result.is_some()
    }
    fn positions(&self) -> Result<Array2<f32>, ViewerError> {
        self.result
            .clone()
            .ok_or_else(|| ViewerError::Invalid("PCA has not run yet".into()))
    }
    fn name(&self) -> &str {
        "PCA"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use projector_engine::NoProgress;

    #[test]
    fn pca_projection_runs_in_one_step() {
        let data = ndarray::array![
            [0.0f32, 0.0, 1.0],
            [1.0, 1.0, 0.0],
            [2.0, 2.1, 1.0],
            [3.0, 2.9, 0.0]
        ];
        let mut p = PcaProjection::new(Compute::Cpu, data.view(), 2).unwrap();
        assert!(!p.done());
        assert!(p.positions().is_err());
        p.step(10, &NoProgress).unwrap();
        assert!(p.done());
        assert_eq!(p.positions().unwrap().dim(), (4, 2));
        assert!(PcaProjection::new(Compute::Cpu, data.view(), 4).is_err());
    }
}
