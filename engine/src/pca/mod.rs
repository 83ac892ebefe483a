//! PCA: column means, covariance, the top-k eigenvectors by subspace iteration, projection.

use ndarray::{Array1, Array2, ArrayView2, Axis};

use crate::backend::Compute;
use crate::error::{Error, Result};

/// A fitted PCA.
#[derive(Debug, Clone)]
pub struct Pca {
    /// Column means (length d).
    pub mean: Array1<f32>,
    /// `k × d` principal axes, unit length, largest-magnitude loading positive.
    pub components: Array2<f32>,
    /// Variance along each axis.
    pub explained_variance: Vec<f32>,
    /// Fraction of the total variance along each axis.
    pub explained_variance_ratio: Vec<f32>,
}

impl Pca {
    /// Projects rows onto the axes: `(x − mean) · componentsᵀ`.
    pub fn transform(&self, data: ArrayView2<'_, f32>) -> Array2<f32> {
        let centred = &data - &self.mean.view().insert_axis(Axis(0));
        centred.dot(&self.components.t())
    }
}

/// Fits `k` components.
pub fn fit(compute: &Compute, data: ArrayView2<'_, f32>, k: usize) -> Result<Pca> {
    let (n, d) = data.dim();
    if n < 2 || k == 0 || k > d {
        return Err(Error::Invalid(format!(
            "PCA needs at least 2 rows and 0 < k ≤ d (n = {n}, d = {d}, k = {k})"
        )));
    }
    let _ = compute;
    let x = data.mapv(f64::from);
    let mean = x
        .mean_axis(Axis(0))
        .ok_or_else(|| Error::Invalid("empty".into()))?;
    let c = &x - &mean.view().insert_axis(Axis(0));
    let cov = c.t().dot(&c) / (n as f64 - 1.0);
    let total: f64 = cov.diag().sum();
    // Subspace iteration with Gram-Schmidt.
    let mut q = Array2::<f64>::zeros((d, k));
    for j in 0..k {
        for i in 0..d {
            q[[i, j]] = (((i * 7919 + j * 104729) % 1000) as f64 / 1000.0) - 0.5
                + if i == j { 1.0 } else { 0.0 };
        }
    }
    for _ in 0..500 {
        let mut z = cov.dot(&q);
        for j in 0..k {
            for p in 0..j {
                let dot = z.column(j).dot(&z.column(p));
                let col_p = z.column(p).to_owned();
                z.column_mut(j).scaled_add(-dot, &col_p);
            }
            let norm = z.column(j).dot(&z.column(j)).sqrt().max(1e-300);
            z.column_mut(j).mapv_inplace(|v| v / norm);
        }
        let diff: f64 = (&z - &q).iter().map(|v| v.abs()).fold(0.0, f64::max);
        q = z;
        if diff < 1e-12 {
            break;
        }
    }
    let mut components = Array2::<f32>::zeros((k, d));
    let mut var = Vec::with_capacity(k);
    for j in 0..k {
        let col = q.column(j);
        let lam = col.dot(&cov.dot(&col));
        let big = col
            .iter()
            .copied()
            .fold(0.0f64, |a, b| if b.abs() > a.abs() { b } else { a });
        let s = if big < 0.0 { -1.0 } else { 1.0 };
        for i in 0..d {
            components[[j, i]] = (s * col[i]) as f32;
        }
        var.push(lam as f32);
    }
    let ratio = var
        .iter()
        .map(|v| (*v as f64 / total.max(1e-300)) as f32)
        .collect();
    Ok(Pca {
        mean: mean.mapv(|v| v as f32),
        components,
        explained_variance: var,
        explained_variance_ratio: ratio,
    })
}
