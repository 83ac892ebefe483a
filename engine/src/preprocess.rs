//! PCA before t-SNE and UMAP: the one place the rule "to 50 dimensions when the input has more"
//! lives, used by the CLI's pipeline, the viewer's runs and `projector bench`.

use ndarray::{Array2, ArrayView2};

use crate::error::Result;
use crate::rows::RowSource;
use crate::{Compute, Progress, pca};

/// PCA before t-SNE and UMAP: the one place the rule "to 50 dimensions when d > 50" lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preprocess {
    /// Target dimensions; `None`: [`Preprocess::AUTO_DIMS`] when the input has more, else none.
    /// `Some(0)` turns preprocessing off.
    pub pca_dims: Option<usize>,
}

impl Preprocess {
    /// The automatic target (and the input size above which it applies).
    pub const AUTO_DIMS: usize = 50;

    /// The PCA target for `d` input dimensions, or `None` when the reducer takes the input as
    /// it is (a target of 0, or not below `d`).
    ///
    /// ```
    /// use projector_engine::preprocess::Preprocess;
    /// assert_eq!(Preprocess::default().target(784), Some(50));
    /// assert_eq!(Preprocess::default().target(50), None);
    /// assert_eq!(Preprocess { pca_dims: Some(0) }.target(784), None);
    /// assert_eq!(Preprocess { pca_dims: Some(30) }.target(64), Some(30));
    /// ```
    pub fn target(&self, d: usize) -> Option<usize> {
        let t = self.pca_dims.unwrap_or(if d > Self::AUTO_DIMS {
            Self::AUTO_DIMS
        } else {
            0
        });
        (t > 0 && t < d).then_some(t)
    }
}

impl Preprocess {
    /// Fits the PCA this step calls for on `data` and projects it: `None` when the reducer
    /// takes `data` as it is. Reports progress as "PCA preprocessing".
    pub fn fit(
        &self,
        compute: &Compute,
        data: ArrayView2<'_, f32>,
        progress: &dyn Progress,
    ) -> Result<Option<(pca::Pca, Array2<f32>)>> {
        self.fit_rows(compute, &data, progress)
    }

    /// [`Preprocess::fit`] of rows read a block at a time (a mapped file): the same model and
    /// the same reduced rows as of the equal matrix in memory.
    pub fn fit_rows(
        &self,
        compute: &Compute,
        data: &dyn RowSource,
        progress: &dyn Progress,
    ) -> Result<Option<(pca::Pca, Array2<f32>)>> {
        let Some(target) = self.target(data.dim().1) else {
            return Ok(None);
        };
        progress.update("PCA preprocessing", 0, 1);
        let fit = pca::fit_rows(
            compute,
            data,
            target,
            &pca::PcaOptions::preprocessing(),
            progress,
        )?;
        // The host projection, as the CLI has always done it (its seeded outputs depend on it).
        let reduced = fit.transform_rows(data);
        progress.update("PCA preprocessing", 1, 1);
        Ok(Some((fit, reduced)))
    }
}
