//! The small dense linear algebra both PCA backends share, in f64 on the CPU: a cyclic Jacobi
//! eigen solver for symmetric matrices, modified Gram–Schmidt orthonormalisation, and the
//! subspace (block power) iteration with Rayleigh–Ritz that drives the GPU or CPU matrix product.

use ndarray::{Array2, ArrayView2, s};
use rand::{Rng, SeedableRng, rngs::StdRng};

use crate::error::{Error, Result};
use crate::progress::Progress;

/// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (f64).
///
/// Returns the eigenvalues in decreasing order and the matching unit eigenvectors as the
/// columns of the second value. Only the upper triangle of `a` is trusted (it is symmetrised
/// first). Accurate to a few ulps of the largest eigenvalue; meant for small matrices (up to a
/// few hundred rows): it costs O(n³) per sweep and converges in ~6–10 sweeps.
///
/// ```
/// use ndarray::array;
/// let (vals, vecs) = projector_engine::pca::symmetric_eigen(array![[2.0, 1.0], [1.0, 2.0]].view());
/// assert!((vals[0] - 3.0).abs() < 1e-12 && (vals[1] - 1.0).abs() < 1e-12);
/// assert!((vecs[[0, 0]].abs() - 0.5f64.sqrt()).abs() < 1e-12);
/// ```
pub fn symmetric_eigen(a: ArrayView2<'_, f64>) -> (Vec<f64>, Array2<f64>) {
    let n = a.nrows().min(a.ncols());
    // Row-major working copies as flat slices (this runs once per subspace step, on a
    // (k + oversample)² matrix: 2-D ndarray indexing was most of its cost).
    let mut m = vec![0f64; n * n];
    for i in 0..n {
        for j in i..n {
            let v = 0.5 * (a[[i, j]] + a[[j, i]]);
            m[i * n + j] = v;
            m[j * n + i] = v;
        }
    }
    let mut v = vec![0f64; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _sweep in 0..100 {
        let mut off = 0.0;
        let mut diag = 0.0;
        for i in 0..n {
            diag += m[i * n + i] * m[i * n + i];
            for j in (i + 1)..n {
                off += m[i * n + j] * m[i * n + j];
            }
        }
        if off <= 1e-30 * diag.max(1e-300) || off == 0.0 {
            break;
        }
        for p in 0..n {
            for q in (p + 1)..n {
                let apq = m[p * n + q];
                if apq == 0.0 {
                    continue;
                }
                let app = m[p * n + p];
                let aqq = m[q * n + q];
                let theta = (aqq - app) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                // Columns p and q of m, then rows p and q, then columns p and q of v: the same
                // operations in the same order as the textbook cyclic Jacobi rotation.
                for row in m.chunks_exact_mut(n) {
                    let (mkp, mkq) = (row[p], row[q]);
                    row[p] = c * mkp - s * mkq;
                    row[q] = s * mkp + c * mkq;
                }
                let (head, tail) = m.split_at_mut(q * n);
                let row_p = &mut head[p * n..(p + 1) * n];
                let row_q = &mut tail[..n];
                for (mpk, mqk) in row_p.iter_mut().zip(row_q.iter_mut()) {
                    let (x, y) = (*mpk, *mqk);
                    *mpk = c * x - s * y;
                    *mqk = s * x + c * y;
                }
                for row in v.chunks_exact_mut(n) {
                    let (vkp, vkq) = (row[p], row[q]);
                    row[p] = c * vkp - s * vkq;
                    row[q] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| m[y * n + y].total_cmp(&m[x * n + x]));
    let vals = order.iter().map(|&i| m[i * n + i]).collect();
    let mut vecs = Array2::<f64>::zeros((n, n));
    for (dst, &src) in order.iter().enumerate() {
        for k in 0..n {
            vecs[[k, dst]] = v[k * n + src];
        }
    }
    (vals, vecs)
}

/// Orthonormalises the columns of `q` in place (modified Gram–Schmidt, applied twice). A column
/// that is (numerically) in the span of the previous ones is replaced by a seeded random vector
/// orthogonalised against them, so the block keeps full rank on rank-deficient data.
pub(crate) fn orthonormalise(q: &mut Array2<f64>, rng: &mut StdRng) {
    let (dim, b) = q.dim();
    for j in 0..b {
        let original = q.column(j).dot(&q.column(j)).sqrt();
        for _attempt in 0..4 {
            for _pass in 0..2 {
                for p in 0..j {
                    let dot = q.column(j).dot(&q.column(p));
                    let col_p = q.column(p).to_owned();
                    q.column_mut(j).scaled_add(-dot, &col_p);
                }
            }
            let norm = q.column(j).dot(&q.column(j)).sqrt();
            if norm > 1e-10 * original.max(1e-300) && norm > 1e-300 && norm.is_finite() {
                q.column_mut(j).mapv_inplace(|v| v / norm);
                break;
            }
            // Degenerate column: restart it from a random vector.
            for i in 0..dim {
                q[[i, j]] = rng.random::<f64>() - 0.5;
            }
        }
    }
}

/// Settings of the subspace iteration.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IterSettings {
    pub oversample: usize,
    pub max_iter: usize,
    pub tol: f64,
    /// Relative change of the Ritz values below which they count as settled.
    pub value_tol: f64,
    pub seed: u64,
}

/// Top-`k` eigenpairs of the symmetric positive semi-definite operator `apply` (Z = S·Q for a
/// `dim × b` block Q) by subspace iteration with Rayleigh–Ritz at every step.
///
/// Each step: Z = S·Q (the only O(dim²·b) work, on the backend); H = QᵀZ (b × b) and its Jacobi
/// eigen-decomposition H = VΛVᵀ give the Ritz vectors X = QV with Ritz values Λ; the next block
/// is orth(Z·V) = orth(S·X). The loop stops when the largest principal angle between the
/// top-`k` Ritz subspaces of two consecutive steps is below `tol`; when the top-`k` Ritz values
/// change by less than `value_tol` (relative) in a step, after at least 10 steps (their error is
/// quadratic in the angle, so only rotation within clusters of nearly equal eigenvalues is left);
/// when the angle stops decreasing for 20 steps (the f32 noise floor of a GPU product); or after
/// `max_iter` steps.
///
/// Returns the top-`k` Ritz values (decreasing), the `dim × k` Ritz vectors and the number of
/// products done.
pub(crate) fn subspace_iteration(
    dim: usize,
    k: usize,
    settings: IterSettings,
    progress: &dyn Progress,
    mut apply: impl FnMut(&Array2<f64>) -> Result<Array2<f64>>,
) -> Result<(Vec<f64>, Array2<f64>, usize)> {
    let b = (k + settings.oversample).min(dim).max(k);
    let mut rng = StdRng::seed_from_u64(settings.seed);
    let mut q = Array2::<f64>::zeros((dim, b));
    q.mapv_inplace(|_| rng.random::<f64>() - 0.5);
    orthonormalise(&mut q, &mut rng);
    let mut prev: Option<Array2<f64>> = None;
    let mut best = f64::INFINITY;
    let mut since_best = 0usize;
    let mut result: Option<(Vec<f64>, Array2<f64>)> = None;
    let mut prev_vals: Option<Vec<f64>> = None;
    let mut steps = 0;
    for it in 0..settings.max_iter.max(1) {
        if progress.cancelled() {
            return Err(Error::Cancelled);
        }
        let z = apply(&q)?;
        steps += 1;
        let h = q.t().dot(&z);
        let (vals, v) = symmetric_eigen(h.view());
        let x = q.dot(&v);
        let top = x.slice(s![.., ..k]).to_owned();
        let angle = prev.as_ref().map(|p| subspace_angle(p.view(), top.view()));
        // Largest relative change of the top-k Ritz values since the previous step.
        let value_change = prev_vals.as_ref().map(|p| {
            p.iter()
                .zip(&vals[..k])
                .map(|(a, b)| (a - b).abs() / b.abs().max(vals[0].abs() * 1e-12).max(1e-300))
                .fold(0.0f64, f64::max)
        });
        prev_vals = Some(vals[..k].to_vec());
        result = Some((vals[..k].to_vec(), top.clone()));
        prev = Some(top);
        progress.update("pca", it as u64 + 1, settings.max_iter as u64);
        if let Some(a) = angle {
            if a < settings.tol {
                break;
            }
            // Values settled far below the vector tolerance: what is left is rotation inside
            // clusters of (numerically) equal eigenvalues, which the data does not determine.
            if value_change.is_some_and(|c| c < settings.value_tol) && it >= 10 {
                break;
            }
            if a < 0.9 * best {
                best = a;
                since_best = 0;
            } else {
                since_best += 1;
                if since_best >= 20 {
                    break;
                }
            }
        }
        q = z.dot(&v);
        orthonormalise(&mut q, &mut rng);
    }
    let (vals, vecs) = result.ok_or_else(|| Error::Invalid("PCA: no iteration ran".into()))?;
    Ok((vals, vecs, steps))
}

/// Sine of the largest principal angle between the column spans of two `dim × k` matrices with
/// orthonormal columns.
pub(crate) fn subspace_angle(a: ArrayView2<'_, f64>, b: ArrayView2<'_, f64>) -> f64 {
    let m = a.t().dot(&b);
    let (vals, _) = symmetric_eigen(m.t().dot(&m).view());
    let smallest = vals.last().copied().unwrap_or(1.0).clamp(0.0, 1.0);
    (1.0 - smallest).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn jacobi_reconstructs_the_matrix() {
        let a = array![
            [4.0, 1.0, -2.0, 2.0],
            [1.0, 2.0, 0.0, 1.0],
            [-2.0, 0.0, 3.0, -2.0],
            [2.0, 1.0, -2.0, -1.0]
        ];
        let (vals, vecs) = symmetric_eigen(a.view());
        assert!(vals.windows(2).all(|w| w[0] >= w[1]));
        let lam = Array2::from_diag(&ndarray::Array1::from(vals.clone()));
        let back = vecs.dot(&lam).dot(&vecs.t());
        for (x, y) in back.iter().zip(a.iter()) {
            assert!((x - y).abs() < 1e-10, "{x} vs {y}");
        }
        let trace: f64 = vals.iter().sum();
        assert!((trace - 8.0).abs() < 1e-10);
    }

    #[test]
    fn subspace_iteration_finds_top_eigenvectors() {
        let n = 30;
        let mut rng = StdRng::seed_from_u64(3);
        let mut basis = Array2::<f64>::zeros((n, n));
        basis.mapv_inplace(|_| rng.random::<f64>() - 0.5);
        orthonormalise(&mut basis, &mut rng);
        let diag: Vec<f64> = (0..n).map(|i| 1.0 / (1.0 + i as f64)).collect();
        let s = basis
            .dot(&Array2::from_diag(&ndarray::Array1::from(diag.clone())))
            .dot(&basis.t());
        let settings = IterSettings {
            oversample: 8,
            max_iter: 500,
            tol: 1e-9,
            value_tol: 1e-15,
            seed: 1,
        };
        let (vals, vecs, _) =
            subspace_iteration(n, 3, settings, &crate::NoProgress, |q| Ok(s.dot(q))).unwrap();
        for i in 0..3 {
            assert!((vals[i] - diag[i]).abs() < 1e-9);
        }
        let angle = subspace_angle(vecs.view(), basis.slice(s![.., ..3]));
        assert!(angle < 1e-6, "angle {angle}");
    }
}
