//! Live projections: what the viewer runs and animates.
//!
//! The viewer drives any reducer through [`LiveProjection`]: `step` advances it a little (a few
//! iterations, so the window stays responsive and can stop it), `positions` gives the current
//! coordinates, and `positions_buffer` the GPU buffer the reducer writes, which the renderer
//! binds directly (no copy through the CPU while it runs).
//!
//! Three projections exist:
//! - [`PcaProjection`]: one step that fits and projects.
//! - [`TsneProjection`] over [`projector_engine::tsne::Tsne`] and [`UmapProjection`] over
//!   [`projector_engine::umap::Umap`]. Their constructors do what `projector project` does
//!   before optimising: the engine's PCA preprocessing ([`Preprocess`], [`preprocess`]), then the reducer's own construction (k-NN graph,
//!   affinities or fuzzy graph, initial layout). That is the slow part, so the viewer calls the
//!   constructors on its worker thread, never in the frame loop. `step(n)` then runs up to `n`
//!   iterations (epochs for UMAP), never past the configured total.
//! - t-SNE computes its KL divergence every [`projector_engine::tsne::KL_EVERY`] iterations
//!   ([`Tsne::last_kl_divergence`]); [`TsneProjection`] keeps the latest value as its
//!   [`LiveProjection::loss`] (so the panel shows it without paying for an extra evaluation).
//!   UMAP has no cheap loss and reports none.
//!
//! ```
//! use projector_engine::{Compute, NoProgress, tsne};
//! use projector_viewer::live::{LiveProjection, TsneProjection};
//! let data = ndarray::Array2::from_shape_fn((60, 4), |(i, j)| ((i * 7 + j * 3) % 13) as f32);
//! let mut params = tsne::Params::default();
//! params.perplexity = 10.0;
//! params.iterations = 60;
//! let mut p = TsneProjection::new(&Compute::Cpu, data.view(), &params, &NoProgress).unwrap();
//! while !p.done() {
//!     p.step(25, &NoProgress).unwrap();
//! }
//! assert_eq!(p.positions().unwrap().dim(), (60, 2));
//! assert!(p.loss().is_some()); // the KL divergence at iteration 50
//! ```

use ndarray::{Array2, ArrayView2};
use projector_engine::preprocess::Preprocess;
use projector_engine::tsne::{self, Tsne};
use projector_engine::umap::{Umap, UmapParams};
use projector_engine::{Compute, Progress, pca};

use crate::ViewerError;

/// The latest value of a reducer's objective.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loss {
    /// What it is ("KL divergence").
    pub name: &'static str,
    /// Its value.
    pub value: f32,
    /// The iteration it was computed at.
    pub iteration: usize,
}

/// A reducer the viewer can run step by step.
pub trait LiveProjection: Send {
    /// Advances by up to `n` iterations; returns the iterations done so far.
    fn step(&mut self, n: usize, progress: &dyn Progress) -> Result<usize, ViewerError>;
    /// Iterations in a full run.
    fn total(&self) -> usize;
    /// True when the run is complete.
    fn done(&self) -> bool;
    /// Output dimensions (2 or 3).
    fn dims(&self) -> usize;
    /// Current coordinates, `n × dims`.
    fn positions(&self) -> Result<Array2<f32>, ViewerError>;
    /// The GPU buffer holding the positions (`n × dims` f32), when the reducer runs on the GPU.
    fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        None
    }
    /// The latest objective value, when the reducer has one (t-SNE's KL divergence).
    fn loss(&self) -> Option<Loss> {
        None
    }
    /// Name shown in the panel ("PCA", "t-SNE", ...).
    fn name(&self) -> &str;
}

/// `data` reduced by the engine's PCA preprocessing ([`Preprocess`], as the CLI does before
/// t-SNE and UMAP); `None` when it is narrow enough to use as it is.
pub fn preprocess(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    progress: &dyn Progress,
) -> Result<Option<Array2<f32>>, ViewerError> {
    Ok(Preprocess::default()
        .fit(compute, data, progress)?
        .map(|(_, reduced)| reduced))
}

/// t-SNE, live: [`Tsne`] behind [`LiveProjection`].
pub struct TsneProjection {
    tsne: Tsne,
    iterations: usize,
    dims: usize,
    loss: Option<Loss>,
}

impl std::fmt::Debug for TsneProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TsneProjection")
            .field("tsne", &self.tsne)
            .field("iterations", &self.iterations)
            .field("loss", &self.loss)
            .finish()
    }
}

impl TsneProjection {
    /// PCA preprocessing ([`preprocess`]), then [`Tsne::new`] (k-NN, affinities, PCA start) on
    /// `compute`. Slow for large inputs: call it off the frame loop. Bad parameters give
    /// [`ViewerError::Engine`] with an `Invalid` error.
    pub fn new(
        compute: &Compute,
        data: ArrayView2<'_, f32>,
        params: &tsne::Params,
        progress: &dyn Progress,
    ) -> Result<Self, ViewerError> {
        let reduced = preprocess(compute, data, progress)?;
        let input = reduced.as_ref().map_or(data, |r| r.view());
        let tsne = Tsne::new(compute, input, params, progress)?;
        Ok(TsneProjection {
            tsne,
            iterations: params.iterations,
            dims: params.dims,
            loss: None,
        })
    }

    /// The reducer itself (timings, affinities, an explicit KL evaluation).
    pub fn inner(&mut self) -> &mut Tsne {
        &mut self.tsne
    }
}

impl LiveProjection for TsneProjection {
    fn step(&mut self, n: usize, progress: &dyn Progress) -> Result<usize, ViewerError> {
        let n = n.min(self.iterations.saturating_sub(self.tsne.iteration()));
        if n > 0 {
            self.tsne.step(n, progress)?;
            if let Some((iteration, value)) = self.tsne.last_kl_divergence() {
                self.loss = Some(Loss {
                    name: "KL divergence",
                    value,
                    iteration,
                });
            }
        }
        Ok(self.tsne.iteration())
    }
    fn total(&self) -> usize {
        self.iterations
    }
    fn done(&self) -> bool {
        self.tsne.iteration() >= self.iterations
    }
    fn dims(&self) -> usize {
        self.dims
    }
    fn positions(&self) -> Result<Array2<f32>, ViewerError> {
        Ok(self.tsne.positions()?)
    }
    fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        self.tsne.positions_buffer()
    }
    fn loss(&self) -> Option<Loss> {
        self.loss
    }
    fn name(&self) -> &str {
        "t-SNE"
    }
}

/// UMAP, live: [`Umap`] behind [`LiveProjection`] (one iteration = one epoch).
#[derive(Debug)]
pub struct UmapProjection {
    umap: Umap,
    dims: usize,
}

impl UmapProjection {
    /// PCA preprocessing ([`preprocess`]), then [`Umap::new`] (k-NN, fuzzy graph, initial
    /// layout) on `compute`. Slow for large inputs: call it off the frame loop.
    pub fn new(
        compute: &Compute,
        data: ArrayView2<'_, f32>,
        params: &UmapParams,
        progress: &dyn Progress,
    ) -> Result<Self, ViewerError> {
        let reduced = preprocess(compute, data, progress)?;
        let input = reduced.as_ref().map_or(data, |r| r.view());
        let umap = Umap::new(compute, input, params, progress)?;
        Ok(UmapProjection {
            umap,
            dims: params.dims,
        })
    }

    /// The reducer itself.
    pub fn inner(&self) -> &Umap {
        &self.umap
    }
}

impl LiveProjection for UmapProjection {
    fn step(&mut self, n: usize, progress: &dyn Progress) -> Result<usize, ViewerError> {
        self.umap.step(n, progress)?;
        Ok(self.umap.epoch())
    }
    fn total(&self) -> usize {
        self.umap.n_epochs()
    }
    fn done(&self) -> bool {
        self.umap.is_finished()
    }
    fn dims(&self) -> usize {
        self.dims
    }
    fn positions(&self) -> Result<Array2<f32>, ViewerError> {
        Ok(self.umap.positions()?)
    }
    fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        self.umap.positions_buffer()
    }
    fn name(&self) -> &str {
        "UMAP"
    }
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
    fn dims(&self) -> usize {
        self.dims
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
    use projector_engine::progress::StopFlag;
    use std::sync::atomic::Ordering;

    /// The first `n` rows of data/digits.csv: (64 pixel columns, labels).
    pub(crate) fn digits(n: usize) -> (Array2<f32>, Vec<u32>) {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv"))
                .unwrap();
        let mut data = Vec::new();
        let mut labels = Vec::new();
        for line in text.lines().skip(1).take(n) {
            let mut cells = line.split(',').map(|c| c.trim().parse::<f32>().unwrap());
            labels.push(cells.next().unwrap() as u32);
            data.extend(cells);
        }
        (Array2::from_shape_vec((n, 64), data).unwrap(), labels)
    }

    fn tsne_params(iterations: usize) -> tsne::Params {
        let mut p = tsne::Params::default();
        p.perplexity = 20.0;
        p.iterations = iterations;
        p.exaggeration_iterations = iterations / 2;
        p
    }

    fn umap_params(epochs: usize) -> UmapParams {
        let mut p = UmapParams::default();
        p.epochs = Some(epochs);
        p
    }

    fn run_to_done(p: &mut dyn LiveProjection, batch: usize) -> Array2<f32> {
        let mut last = 0;
        while !p.done() {
            let it = p.step(batch, &NoProgress).unwrap();
            assert!(it > last && it <= p.total(), "{it} after {last}");
            last = it;
        }
        assert_eq!(last, p.total());
        // Stepping a finished run does nothing.
        assert_eq!(p.step(batch, &NoProgress).unwrap(), p.total());
        let y = p.positions().unwrap();
        assert!(y.iter().all(|v| v.is_finite()));
        y
    }

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

    #[test]
    fn wide_inputs_are_reduced_to_50_components() {
        let wide = Array2::from_shape_fn((80, 60), |(i, j)| ((i * 31 + j * 7) % 17) as f32);
        let r = preprocess(&Compute::Cpu, wide.view(), &NoProgress).unwrap();
        assert_eq!(r.map(|r| r.dim()), Some((80, 50)));
        // digits has 64 columns: reduced too; 50 columns pass unchanged.
        let (digits, _) = digits(80);
        let r = preprocess(&Compute::Cpu, digits.view(), &NoProgress).unwrap();
        assert_eq!(r.map(|r| r.dim()), Some((80, 50)));
        let narrow = wide.slice(ndarray::s![.., ..50]).to_owned();
        assert!(
            preprocess(&Compute::Cpu, narrow.view(), &NoProgress)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn tsne_on_the_cpu_steps_to_done_with_a_loss() {
        let (data, _) = digits(300);
        let mut p = TsneProjection::new(&Compute::Cpu, data.view(), &tsne_params(120), &NoProgress)
            .unwrap();
        assert!(p.loss().is_none());
        assert!(p.positions_buffer().is_none());
        assert_eq!((p.total(), p.dims(), p.name()), (120, 2, "t-SNE"));
        let y = run_to_done(&mut p, 35);
        assert_eq!(y.dim(), (300, 2));
        let loss = p.loss().unwrap();
        assert_eq!(loss.iteration, 100);
        assert!(loss.value.is_finite() && loss.value > 0.0, "{loss:?}");
        // The layout has spread out from the 1e-4 start.
        let spread = y.column(0).std(0.0);
        assert!(spread > 0.1, "std {spread}");
    }

    #[test]
    fn umap_on_the_cpu_steps_to_done() {
        let (data, _) = digits(300);
        let mut p =
            UmapProjection::new(&Compute::Cpu, data.view(), &umap_params(40), &NoProgress).unwrap();
        assert!(p.positions_buffer().is_none());
        assert!(p.loss().is_none());
        assert_eq!((p.total(), p.dims(), p.name()), (40, 2, "UMAP"));
        let y = run_to_done(&mut p, 16);
        assert_eq!(y.dim(), (300, 2));
    }

    #[test]
    fn stopping_midway_keeps_the_positions() {
        let (data, _) = digits(200);
        let stop = StopFlag::default();
        let projections: Vec<Box<dyn LiveProjection>> = vec![
            Box::new(
                TsneProjection::new(&Compute::Cpu, data.view(), &tsne_params(100), &NoProgress)
                    .unwrap(),
            ),
            Box::new(
                UmapProjection::new(&Compute::Cpu, data.view(), &umap_params(50), &NoProgress)
                    .unwrap(),
            ),
        ];
        for mut p in projections {
            let it = p.step(20, &stop).unwrap();
            assert_eq!(it, 20, "{}", p.name());
            let before = p.positions().unwrap();
            stop.stop();
            assert_eq!(p.step(20, &stop).unwrap(), 20, "{}", p.name());
            assert!(!p.done());
            assert_eq!(p.positions().unwrap(), before, "{}", p.name());
            stop.0.store(false, Ordering::Relaxed);
        }
    }

    #[test]
    fn bad_parameters_are_input_errors() {
        let (data, _) = digits(50);
        let mut p = tsne_params(10);
        p.perplexity = -1.0;
        let e = TsneProjection::new(&Compute::Cpu, data.view(), &p, &NoProgress).unwrap_err();
        assert!(e.is_input_error(), "{e}");
        let mut u = umap_params(10);
        u.neighbors = 1;
        let e = UmapProjection::new(&Compute::Cpu, data.view(), &u, &NoProgress).unwrap_err();
        assert!(e.is_input_error(), "{e}");
    }

    #[test]
    fn gpu_projections_expose_their_positions_buffer() {
        let Some(gpu) = projector_engine::gpu::test_context() else {
            return;
        };
        let compute = Compute::Gpu(gpu.clone());
        let (data, _) = digits(300);
        let projections: Vec<Box<dyn LiveProjection>> = vec![
            Box::new(
                TsneProjection::new(&compute, data.view(), &tsne_params(60), &NoProgress).unwrap(),
            ),
            Box::new(
                UmapProjection::new(&compute, data.view(), &umap_params(30), &NoProgress).unwrap(),
            ),
        ];
        for mut p in projections {
            let y = run_to_done(p.as_mut(), 25);
            let buf = p.positions_buffer().expect("GPU buffer");
            let back: Vec<f32> = gpu.read_back(buf, 300 * p.dims()).unwrap();
            assert_eq!(back, y.iter().copied().collect::<Vec<_>>(), "{}", p.name());
        }
    }
}
