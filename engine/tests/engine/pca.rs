//! PCA against an exact eigen-decomposition, CPU against GPU, chunked against one-shot, Gram
//! against covariance.

use crate::digits;
use ndarray::{Array2, ArrayView2, Axis, s};
use projector_engine::pca::{self, Method, PcaOptions};
use projector_engine::{Compute, NoProgress};

/// Seeded Gaussian-ish data with a decaying spectrum.
fn generated(n: usize, d: usize, seed: u64) -> Array2<f32> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as f64 / (1u64 << 31) as f64) - 0.5
    };
    let mut x = Array2::<f32>::zeros((n, d));
    for i in 0..n {
        for j in 0..d {
            let scale = 1.0 / (1.0 + j as f64 * 0.3);
            x[[i, j]] = (next() * scale * 4.0 + j as f64 * 0.01) as f32;
        }
    }
    x
}

/// Exact reference: covariance in f64, full Jacobi decomposition.
fn exact(data: ArrayView2<'_, f32>, k: usize) -> (Array2<f64>, Vec<f64>, Vec<f64>) {
    let x = data.mapv(f64::from);
    let mean = x.mean_axis(Axis(0)).unwrap();
    let c = &x - &mean.insert_axis(Axis(0));
    let cov = c.t().dot(&c) / (x.nrows() as f64 - 1.0);
    let total: f64 = cov.diag().sum();
    let (vals, vecs) = pca::symmetric_eigen(cov.view());
    let ratio = vals[..k].iter().map(|v| v / total).collect();
    (
        vecs.slice(s![.., ..k]).to_owned(),
        vals[..k].to_vec(),
        ratio,
    )
}

/// Sine of the largest principal angle between the spans of `a` (d × k, columns) and the rows
/// of `b` (k × d).
fn angle(a: ArrayView2<'_, f64>, b: ArrayView2<'_, f32>) -> f64 {
    let b = b.t().mapv(f64::from);
    let m = a.t().dot(&b);
    let (vals, _) = pca::symmetric_eigen(m.t().dot(&m).view());
    (1.0 - vals.last().unwrap().clamp(0.0, 1.0)).max(0.0).sqrt()
}

fn check_against_exact(compute: &Compute, data: ArrayView2<'_, f32>, k: usize) -> pca::Pca {
    let fit = pca::fit(compute, data, k).unwrap();
    let (vecs, vals, ratio) = exact(data, k);
    let a = angle(vecs.view(), fit.components.view());
    assert!(a < 1e-3, "{}: subspace angle {a}", compute.describe());
    for i in 0..k {
        let rel = (f64::from(fit.explained_variance_ratio[i]) - ratio[i]).abs() / ratio[i];
        assert!(rel < 1e-4, "{}: ratio {i} off by {rel}", compute.describe());
        let rel = (f64::from(fit.explained_variance[i]) - vals[i]).abs() / vals[i];
        assert!(
            rel < 1e-4,
            "{}: variance {i} off by {rel}",
            compute.describe()
        );
        // Sign rule: the largest-magnitude loading is positive.
        let row = fit.components.row(i);
        let big = row
            .iter()
            .fold(0.0f32, |m, &v| if v.abs() > m.abs() { v } else { m });
        assert!(big > 0.0);
        // Each axis matches the exact eigenvector (gaps on digits are wide enough).
        let dot: f64 = row
            .iter()
            .zip(vecs.column(i))
            .map(|(&x, y)| f64::from(x) * y)
            .sum();
        assert!(dot.abs() > 1.0 - 1e-4, "axis {i}: |cos| = {}", dot.abs());
    }
    fit
}

#[test]
fn cpu_matches_exact_eigen_on_digits() {
    let (x, _) = digits();
    let fit = check_against_exact(&Compute::Cpu, x.view(), 10);
    assert_eq!(fit.method, Method::Covariance);
}

#[test]
fn gpu_matches_exact_eigen_and_cpu_on_digits() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let (x, _) = digits();
    let g = check_against_exact(&Compute::Gpu(gpu.clone()), x.view(), 10);
    let c = pca::fit(&Compute::Cpu, x.view(), 10).unwrap();
    let cv = c.components.t().mapv(f64::from);
    assert!(angle(cv.view(), g.components.view()) < 1e-3);
    // Same signs, same axes.
    for i in 0..10 {
        let dot: f32 = c.components.row(i).dot(&g.components.row(i));
        assert!(dot > 0.999, "axis {i}: cos {dot}");
    }
    // Projection on the GPU matches the CPU one.
    let yc = c.transform(x.view());
    let yg = g.transform_with(&Compute::Gpu(gpu), x.view()).unwrap();
    let ycg = g.transform(x.view());
    let max = yg
        .iter()
        .zip(ycg.iter())
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(max < 1e-3, "GPU projection differs by {max}");
    let max = yc
        .iter()
        .zip(yg.iter())
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(max < 1e-2, "GPU vs CPU projections differ by {max}");
}

#[test]
fn chunked_covariance_equals_one_shot() {
    let x = generated(300, 40, 7);
    let mut backends = vec![Compute::Cpu];
    if let Some(gpu) = projector_engine::gpu::test_context() {
        backends.push(Compute::Gpu(gpu));
    }
    let (_, reference) =
        pca::centred_matrix(&Compute::Cpu, x.view(), Method::Covariance, None).unwrap();
    for compute in &backends {
        let (m1, one) = pca::centred_matrix(compute, x.view(), Method::Covariance, None).unwrap();
        let (m2, chunked) =
            pca::centred_matrix(compute, x.view(), Method::Covariance, Some(37)).unwrap();
        let scale = one.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let diff = (&one - &chunked).iter().fold(0.0f64, |m, v| m.max(v.abs()));
        assert!(
            diff < 1e-5 * scale,
            "{}: chunked differs by {diff}",
            compute.describe()
        );
        let diff = (&one - &reference)
            .iter()
            .fold(0.0f64, |m, v| m.max(v.abs()));
        assert!(
            diff < 1e-5 * scale,
            "{}: differs from CPU by {diff}",
            compute.describe()
        );
        for (a, b) in m1.iter().zip(&m2) {
            assert!((a - b).abs() < 1e-5);
        }
        // A chunked fit and projection give the one-shot answer.
        let opts = PcaOptions {
            chunk_rows: Some(37),
            ..Default::default()
        };
        let f1 = pca::fit(compute, x.view(), 5).unwrap();
        let f2 = pca::fit_with(compute, x.view(), 5, &opts, &NoProgress).unwrap();
        for i in 0..5 {
            assert!(f1.components.row(i).dot(&f2.components.row(i)) > 0.9999);
        }
        let y1 = f1.transform_with(compute, x.view()).unwrap();
        let y2 = f1.transform_chunked(compute, x.view(), Some(37)).unwrap();
        let diff = y1
            .iter()
            .zip(y2.iter())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(
            diff < 1e-4,
            "{}: chunked projection differs by {diff}",
            compute.describe()
        );
    }
}

#[test]
fn gram_path_is_used_when_d_exceeds_n_and_agrees() {
    let x = generated(60, 150, 11);
    let mut backends = vec![Compute::Cpu];
    if let Some(gpu) = projector_engine::gpu::test_context() {
        backends.push(Compute::Gpu(gpu));
    }
    let (vecs, vals, ratio) = exact(x.view(), 5);
    for compute in &backends {
        let gram = pca::fit(compute, x.view(), 5).unwrap();
        assert_eq!(gram.method, Method::Gram, "{}", compute.describe());
        let opts = PcaOptions {
            method: Method::Covariance,
            ..Default::default()
        };
        let cov = pca::fit_with(compute, x.view(), 5, &opts, &NoProgress).unwrap();
        assert_eq!(cov.method, Method::Covariance);
        assert!(angle(vecs.view(), gram.components.view()) < 1e-3);
        for i in 0..5 {
            let dot = gram.components.row(i).dot(&cov.components.row(i));
            assert!(dot > 0.999, "{}: axis {i} cos {dot}", compute.describe());
            let rel = (f64::from(gram.explained_variance[i]) - vals[i]).abs() / vals[i];
            assert!(rel < 1e-4, "variance {i}: {rel}");
            let rel = (f64::from(gram.explained_variance_ratio[i]) - ratio[i]).abs() / ratio[i];
            assert!(rel < 1e-4, "ratio {i}: {rel}");
        }
    }
}

#[test]
fn bad_input_is_an_error() {
    let x = Array2::<f32>::zeros((5, 3));
    assert!(pca::fit(&Compute::Cpu, x.view(), 0).is_err());
    assert!(pca::fit(&Compute::Cpu, x.view(), 4).is_err());
    assert!(pca::fit(&Compute::Cpu, x.slice(s![..1, ..]), 1).is_err());
    let mut y = generated(10, 3, 1);
    y[[4, 1]] = f32::NAN;
    assert!(pca::fit(&Compute::Cpu, y.view(), 1).is_err());
}

/// The GPU covariance (uniform-window kernel, several windows and groups of four per dispatch,
/// sizes that divide neither the 64-wide blocks nor the windows, means near 100 as MNIST's
/// pixels) equals the CPU's to f32 rounding, and a GPU fit on such data matches the CPU fit.
#[test]
fn gpu_window_covariance_matches_cpu_with_large_means() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let gpu = Compute::Gpu(gpu);
    for (n, d, seed) in [(300, 70, 3), (257, 131, 5)] {
        let mut x = generated(n, d, seed);
        for (j, mut col) in x.columns_mut().into_iter().enumerate() {
            col += 100.0 + j as f32;
        }
        let (mc, cpu) =
            pca::centred_matrix(&Compute::Cpu, x.view(), Method::Covariance, None).unwrap();
        for chunk in [None, Some(7)] {
            let (mg, g) = pca::centred_matrix(&gpu, x.view(), Method::Covariance, chunk).unwrap();
            let mdiff = mc
                .iter()
                .zip(&mg)
                .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
            assert!(mdiff < 1e-5 * 200.0, "{n} × {d}: means differ by {mdiff}");
            let scale = cpu.iter().fold(0.0f64, |m, v| m.max(v.abs()));
            let diff = (&cpu - &g).iter().fold(0.0f64, |m, v| m.max(v.abs()));
            assert!(
                diff < 1e-5 * scale,
                "{n} × {d} chunk {chunk:?}: GPU covariance differs by {diff} (scale {scale})"
            );
            let asym = (&g - &g.t()).iter().fold(0.0f64, |m, v| m.max(v.abs()));
            assert_eq!(asym, 0.0, "{n} × {d}: not symmetric");
        }
        let k = 5;
        let fc = pca::fit(&Compute::Cpu, x.view(), k).unwrap();
        let fg = pca::fit(&gpu, x.view(), k).unwrap();
        for (a, b) in fc.explained_variance.iter().zip(&fg.explained_variance) {
            assert!(
                (a - b).abs() < 1e-4 * fc.explained_variance[0],
                "{n} × {d}: variance {a} vs {b}"
            );
        }
        let cv = fc.components.t().mapv(f64::from);
        let theta = angle(cv.view(), fg.components.view());
        assert!(theta < 1e-3, "{n} × {d}: subspace angle {theta}");
    }
}

/// More rows than one GPU invocation may loop over on lavapipe (65,535 loop iterations in all):
/// the column means and the variances count every row. The last 10,000 rows differ from the
/// rest, so a sum cut short shows in the means.
#[test]
fn gpu_column_statistics_count_every_row() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let gpu = Compute::Gpu(gpu);
    let (n, d) = (80_000, 6);
    let mut x = generated(n, d, 11);
    x.slice_mut(s![70_000.., ..]).mapv_inplace(|v| v + 10.0);
    let fc = pca::fit(&Compute::Cpu, x.view(), 3).unwrap();
    let fg = pca::fit(&gpu, x.view(), 3).unwrap();
    let mdiff = fc
        .mean
        .iter()
        .zip(&fg.mean)
        .fold(0f32, |m, (a, b)| m.max((a - b).abs()));
    assert!(mdiff < 1e-4, "means differ by {mdiff}");
    for (a, b) in fc.explained_variance.iter().zip(&fg.explained_variance) {
        assert!(
            (a - b).abs() < 1e-4 * fc.explained_variance[0],
            "variance {a} vs {b}"
        );
    }
}
