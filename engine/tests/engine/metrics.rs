//! Quality metrics against scikit-learn's values on the same data.
//!
//! The reference values were computed once with scikit-learn 1.x (venv /work/.venv-peers) by
//! this script, run at the repository root:
//!
//! ```python
//! import numpy as np
//! from sklearn.manifold import trustworthiness
//! from sklearn.neighbors import KNeighborsClassifier
//! from sklearn.model_selection import cross_val_score
//! d = np.loadtxt("data/digits.csv", delimiter=",", skiprows=1)
//! y = d[:, 0].astype(np.int64); X = d[:, 1:].astype(np.float32)
//! X64 = X.astype(np.float64); C = X64 - X64.mean(0)
//! w, V = np.linalg.eigh(C.T @ C / (len(X) - 1))
//! Y = (C @ V[:, ::-1][:, :2]).astype(np.float32)
//! print("digits", repr(trustworthiness(X, Y, n_neighbors=15)), repr(trustworthiness(X, Y, n_neighbors=5)),
//!       repr(cross_val_score(KNeighborsClassifier(10), Y, y, cv=5).mean()))
//! n, dd = 300, 10
//! i = np.arange(n)[:, None]; j = np.arange(dd)[None, :]
//! lab = (i[:, 0] * 7 + i[:, 0] // 5) % 3
//! G = (((i * 7919 + j * 104729 + i * j * 31) % 1000) / 100.0 + (lab[:, None] == j % 3) * 4.0).astype(np.float32)
//! G64 = G.astype(np.float64); ii = np.arange(n)
//! L = np.stack([G64[:, 0] + 0.5 * G64[:, 3] + ((ii * 13) % 7) / 10.0,
//!               G64[:, 1] - G64[:, 2] + ((ii * 17) % 11) / 10.0], axis=1).astype(np.float32)
//! print("generated", repr(trustworthiness(G, L, n_neighbors=15)), repr(trustworthiness(G, L, n_neighbors=7)),
//!       repr(cross_val_score(KNeighborsClassifier(10), L, lab, cv=5).mean()),
//!       repr(cross_val_score(KNeighborsClassifier(3), L, lab, cv=4).mean()))
//! ```
//! Output:
//! ```text
//! digits 0.8288092789832819 0.8304273347946844 0.6127065923862581
//! generated 0.738632972322503 0.7357142857142858 0.7166666666666668 0.6799999999999999
//! ```

use crate::digits;
use ndarray::{Array2, Axis, s};
use projector_engine::metrics::{knn_accuracy, quality, stratified_folds, trustworthiness};
use projector_engine::pca;

// Trustworthiness ranks ties in the (f32-rounded, as sklearn's) high-d distances at their mean
// rank; sklearn's value depends on NumPy's unspecified argsort order for ties, so integer-valued
// data such as digits can differ by ~1e-7 (checked: 0.82880935 vs 0.82880928).

/// Exact PCA-2 of digits in f64 (the same computation as the Python above), cast to f32.
fn digits_pca2(x: &Array2<f32>) -> Array2<f32> {
    let x64 = x.mapv(f64::from);
    let mean = x64.mean_axis(Axis(0)).unwrap();
    let c = &x64 - &mean.insert_axis(Axis(0));
    let cov = c.t().dot(&c) / (x.nrows() as f64 - 1.0);
    let (_, vecs) = pca::symmetric_eigen(cov.view());
    c.dot(&vecs.slice(s![.., ..2])).mapv(|v| v as f32)
}

fn generated() -> (Array2<f32>, Array2<f32>, Vec<u32>) {
    let (n, d) = (300usize, 10usize);
    let lab: Vec<u32> = (0..n).map(|i| ((i * 7 + i / 5) % 3) as u32).collect();
    let mut g = Array2::<f32>::zeros((n, d));
    for i in 0..n {
        for j in 0..d {
            let base = ((i * 7919 + j * 104729 + i * j * 31) % 1000) as f64 / 100.0;
            let bump = if lab[i] as usize == j % 3 { 4.0 } else { 0.0 };
            g[[i, j]] = (base + bump) as f32;
        }
    }
    let mut l = Array2::<f32>::zeros((n, 2));
    for i in 0..n {
        let x = |j: usize| f64::from(g[[i, j]]);
        l[[i, 0]] = (x(0) + 0.5 * x(3) + ((i * 13) % 7) as f64 / 10.0) as f32;
        l[[i, 1]] = (x(1) - x(2) + ((i * 17) % 11) as f64 / 10.0) as f32;
    }
    (g, l, lab)
}

#[test]
fn trustworthiness_matches_sklearn_on_digits_pca2() {
    let (x, _) = digits();
    let y = digits_pca2(&x);
    let t15 = trustworthiness(x.view(), y.view(), 15).unwrap();
    let t5 = trustworthiness(x.view(), y.view(), 5).unwrap();
    assert!((t15 - 0.8288092789832819).abs() < 1e-6, "k=15: {t15}");
    assert!((t5 - 0.8304273347946844).abs() < 1e-6, "k=5: {t5}");
}

#[test]
fn knn_accuracy_matches_sklearn_on_digits_pca2() {
    let (x, labels) = digits();
    let y = digits_pca2(&x);
    let acc = knn_accuracy(y.view(), &labels, 10, 5, 0).unwrap();
    // One test point changing its vote moves a fold's accuracy by 1/360 (÷ 5 folds).
    assert!((acc - 0.6127065923862581).abs() < 1e-9, "accuracy {acc}");
}

#[test]
fn metrics_match_sklearn_on_generated_data() {
    let (g, l, lab) = generated();
    let t15 = trustworthiness(g.view(), l.view(), 15).unwrap();
    let t7 = trustworthiness(g.view(), l.view(), 7).unwrap();
    assert!((t15 - 0.738632972322503).abs() < 1e-6, "k=15: {t15}");
    assert!((t7 - 0.7357142857142858).abs() < 1e-6, "k=7: {t7}");
    let a10 = knn_accuracy(l.view(), &lab, 10, 5, 0).unwrap();
    let a3 = knn_accuracy(l.view(), &lab, 3, 4, 0).unwrap();
    assert!((a10 - 0.7166666666666668).abs() < 1e-9, "10-NN: {a10}");
    assert!((a3 - 0.6799999999999999).abs() < 1e-9, "3-NN: {a3}");
}

#[test]
fn perfect_embedding_is_trustworthy_and_quality_reports_it() {
    let (g, _, lab) = generated();
    // Identity embedding: 1 up to the f32-rounding ties of the high-d distances (their order
    // is arbitrary in NumPy's argsort; sklearn: trustworthiness(G, G, n_neighbors=15) =
    // 0.9999983955074208, the tie mid-rank gives 0.99999920).
    let t = trustworthiness(g.view(), g.view(), 15).unwrap();
    assert!((t - 0.9999983955074208).abs() < 1e-6, "{t}");
    assert!(t < 1.0 && t > 1.0 - 1e-5, "{t}");
    let q = quality(g.view(), g.view(), Some(&lab), 1).unwrap();
    assert_eq!(q.sampled, None);
    assert_eq!(q.trustworthiness, t);
    assert!(q.knn_accuracy.is_some());
    let q = quality(g.view(), g.view(), None, 1).unwrap();
    assert_eq!(q.knn_accuracy, None);
}

#[test]
fn stratified_folds_match_sklearn() {
    // sklearn: StratifiedKFold(4)._make_test_folds(None, y) for this y ->
    // [0 0 1 0 1 1 0 0 1 2 2 2 3 2 3 3 3]
    let y = [3, 3, 1, 0, 0, 3, 2, 2, 2, 2, 0, 1, 1, 3, 3, 0, 2];
    assert_eq!(
        stratified_folds(&y, 4).unwrap(),
        vec![0, 0, 1, 0, 1, 1, 0, 0, 1, 2, 2, 2, 3, 2, 3, 3, 3]
    );
}

#[test]
fn bad_arguments_are_errors() {
    let (g, l, lab) = generated();
    assert!(trustworthiness(g.view(), l.view(), 150).is_err());
    assert!(trustworthiness(g.view(), l.slice(s![..10, ..]), 5).is_err());
    assert!(knn_accuracy(l.view(), &lab[..10], 5, 5, 0).is_err());
    assert!(knn_accuracy(l.view(), &lab, 5, 1, 0).is_err());
    assert!(quality(g.view(), l.slice(s![..10, ..]), None, 0).is_err());
}
