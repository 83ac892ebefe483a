//! Finite input far from 1 (values around 1e30 or 1e-30) projects as ordinary input does: the
//! reducers see it rescaled by a power of two (`projector_engine::scale`), so the t-SNE and UMAP
//! layouts of `X · 2^±100` are bit for bit those of `X`, PCA's are `2^±100` times `X`'s, and the
//! quality figures are `X`'s. Before, t-SNE wrote NaN coordinates with exit code 0 and PCA's
//! trustworthiness came out near 0.

use std::path::Path;

use super::cli::{metrics_line, projector, stderr, write_npy_f32};

/// Three clusters in 6-D, 150 rows, largest magnitude in [0.5, 1) (an ordinary scale).
fn clusters() -> Vec<f32> {
    let mut s = 7u64;
    let mut rnd = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 40) as f32 / (1u64 << 24) as f32 - 0.5
    };
    (0..150 * 6)
        .map(|i| {
            let c = ((i / 6) % 3) as f32;
            (c * 0.3 - 0.3 + rnd() * 0.2) * if i % 6 == c as usize { 2.0 } else { 1.0 }
        })
        .collect()
}

/// The float32 values of a C-order .npy written by `project`.
fn read_npy_f32(path: &Path) -> Vec<f32> {
    let bytes = std::fs::read(path).unwrap();
    let header = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    bytes[10 + header..]
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn project(dir: &Path, name: &str, data: &[f32], algo: &str, backend: &str) -> (Vec<f32>, f64) {
    let input = dir.join(format!("{name}.npy"));
    write_npy_f32(&input, 150, 6, data);
    let out = dir.join(format!("{name}-{algo}-{backend}.npy"));
    let o = projector(&[
        "project",
        input.to_str().unwrap(),
        "--algo",
        algo,
        "--backend",
        backend,
        "--iterations",
        "300",
        "--epochs",
        "100",
        "--metrics",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        o.status.success(),
        "{name} {algo} {backend}: {}",
        stderr(&o)
    );
    let m = metrics_line(&o);
    let tw = m["trustworthiness"].as_f64().expect("trustworthiness");
    (read_npy_f32(&out), tw)
}

fn check_backend(backend: &str) {
    let dir = tempfile::tempdir().unwrap();
    let x = clusters();
    let max = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!((0.5..1.0).contains(&max), "{max}");
    for (tag, f) in [("huge", 2f32.powi(100)), ("tiny", 2f32.powi(-100))] {
        let scaled: Vec<f32> = x.iter().map(|v| v * f).collect();
        for algo in ["pca", "tsne", "umap"] {
            let (base, tw) = project(dir.path(), "x", &x, algo, backend);
            let (got, tw_scaled) = project(dir.path(), tag, &scaled, algo, backend);
            assert!(tw > 0.9, "{algo} {backend}: trustworthiness {tw}");
            assert!(
                got.iter().all(|v| v.is_finite()),
                "{tag} {algo} {backend}: non-finite coordinates"
            );
            let expect: Vec<f32> = if algo == "pca" {
                base.iter().map(|v| v * f).collect()
            } else {
                base.clone()
            };
            assert_eq!(got, expect, "{tag} {algo} {backend}: layout differs");
            assert_eq!(tw_scaled, tw, "{tag} {algo} {backend}: trustworthiness");
        }
    }
}

#[test]
fn huge_and_tiny_values_project_as_ordinary_ones_on_the_cpu() {
    check_backend("cpu");
}

#[test]
fn huge_and_tiny_values_project_as_ordinary_ones_on_the_gpu() {
    if projector_engine::gpu::test_context().is_none() {
        return; // test_context fails the test in CI (CI=true) when no adapter exists
    }
    check_backend("gpu");
}
