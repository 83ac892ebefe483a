//! Quality metrics of an embedding, defined exactly as scikit-learn defines them so the figures
//! compare with the reference tools': trustworthiness (Venna & Kaski, as
//! `sklearn.manifold.trustworthiness`, euclidean) and the k-NN classifier accuracy under K-fold
//! cross-validation (as `cross_val_score(KNeighborsClassifier(k), Y, y, cv=folds)`).
//!
//! How it works:
//! - **Trustworthiness** penalises low-d neighbours that are far in the original space:
//!   `T = 1 − 2 / (n k (2n − 3k − 1)) · Σ_i Σ_{j ∈ N_k^low(i)} max(0, r(i, j) − k)` where
//!   `r(i, j)` is the rank of `j` among the high-d neighbours of `i` (1 = nearest). Rather than
//!   sorting each row of the `n × n` high-d distance matrix (O(n² log n)), each row's squared
//!   distances are computed from dot products (`‖x‖² + ‖y‖² − 2 x·y`, a blocked f32 matrix
//!   product, row blocks in parallel with rayon) and the ranks of the `k` low-d neighbours come
//!   from one pass over the row against their `k` sorted distances (binary search, difference
//!   arrays). Distances are those scikit-learn uses for float32 input (squared distance in f64,
//!   rounded to f32, f32 square root): a point whose f32 dot-product distance is within a
//!   margin (8√d·ε relative) of a threshold is recomputed that way, so comparisons are exact. Points at
//!   the same distance share the mean of the ranks they span (NumPy's argsort leaves their order
//!   unspecified; the mean is its average), which reproduces scikit-learn to ~1e-7 or better.
//! - **k-NN accuracy**: the folds are scikit-learn's `StratifiedKFold(folds)` without shuffling
//!   (what `cv=folds` means for a classifier), reproduced exactly: classes numbered by first
//!   appearance, a round-robin allocation of each class over the folds, and each class's samples
//!   given to folds in blocks in data order. Each test point votes among its `k` nearest training
//!   points (uniform weights; ties go to the smallest label, like `KNeighborsClassifier`); the
//!   result is the mean of the per-fold accuracies.
//! - [`quality`] runs both with scikit-learn's usual settings (k = 15; 10-NN, 5 folds), exactly
//!   up to 20,000 points and on a seeded sample of 20,000 rows above that.

use ndarray::{Array1, Array2, ArrayView2, Axis, s};
use rand::{SeedableRng, rngs::StdRng};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};

/// Rows per block of the high-d distance product.
const BLOCK: usize = 64;
/// Largest number of points [`quality`] evaluates exactly.
pub const QUALITY_MAX_POINTS: usize = 20_000;
/// Neighbours of [`quality`]'s trustworthiness.
pub const TRUSTWORTHINESS_K: usize = 15;
/// Neighbours of [`quality`]'s k-NN accuracy.
pub const ACCURACY_K: usize = 10;

/// Trustworthiness of `low` as an embedding of `high` with `k` neighbours (euclidean), as
/// `sklearn.manifold.trustworthiness(high, low, n_neighbors=k)`.
///
/// ```
/// use ndarray::array;
/// use projector_engine::metrics::trustworthiness;
/// let high = array![[0.0f32, 0.0, 0.0], [1.0, 0.1, 0.0], [2.0, 0.0, 0.1], [3.0, 0.1, 0.1],
///                   [4.0, 0.0, 0.0], [5.0, 0.1, 0.0], [6.0, 0.0, 0.1]];
/// let low = high.slice(ndarray::s![.., ..1]).to_owned();
/// assert!((trustworthiness(high.view(), low.view(), 2).unwrap() - 1.0).abs() < 1e-12);
/// ```
pub fn trustworthiness(
    high: ArrayView2<'_, f32>,
    low: ArrayView2<'_, f32>,
    k: usize,
) -> Result<f64> {
    let n = high.nrows();
    if low.nrows() != n {
        return Err(Error::Invalid(format!(
            "trustworthiness: {n} high-dimensional rows but {} embedded rows",
            low.nrows()
        )));
    }
    if k == 0 || 2 * k >= n {
        return Err(Error::Invalid(format!(
            "trustworthiness: k = {k} must be at least 1 and less than n / 2 = {}",
            n as f64 / 2.0
        )));
    }
    check_finite(high, "trustworthiness (high)")?;
    check_finite(low, "trustworthiness (low)")?;
    // Ranks do not depend on scale; far from 1 the f32 squared distances would overflow or
    // vanish (see `crate::scale`). Ordinary input is not touched.
    let (high, _) = crate::scale::safe(high)?;
    let (low, _) = crate::scale::safe(low)?;
    let high = high.as_standard_layout().into_owned();
    let d = high.ncols();
    let norms: Array1<f32> = high.rows().into_iter().map(|r| r.dot(&r)).collect();
    let norms64: Vec<f64> = high
        .rows()
        .into_iter()
        .map(|r| r.iter().map(|&v| f64::from(v) * f64::from(v)).sum())
        .collect();
    // scikit-learn's distance for float32 input: squared distance in f64 by the dot-product
    // formula, rounded to f32, then the f32 square root.
    let exact = |i: usize, m: usize| -> f32 {
        let dot: f64 = high
            .row(i)
            .iter()
            .zip(high.row(m).iter())
            .map(|(&a, &b)| f64::from(a) * f64::from(b))
            .sum();
        ((norms64[i] + norms64[m] - 2.0 * dot) as f32)
            .max(0.0)
            .sqrt()
    };
    // Margin on the error of the f32 dot-product squared distance, relative to ‖x‖² + ‖y‖²,
    // widened by the f32 rounding of the reference distance. The rounding errors of a length-d
    // dot product add up like a random walk (≈ √d·ε, Higham §2.8); 8√d·ε is far outside that
    // (the worst case d·ε would send many more points to the exact recomputation).
    let rel_err = (8.0 * (d as f32).sqrt() + 8.0) * f32::EPSILON;
    let low64 = low.mapv(f64::from);
    let penalty: f64 = (0..n.div_ceil(BLOCK))
        .into_par_iter()
        .map(|b| {
            let r0 = b * BLOCK;
            let r1 = (r0 + BLOCK).min(n);
            let dots = high.slice(s![r0..r1, ..]).dot(&high.t());
            let mut sum = 0.0f64;
            let mut is_neighbour = vec![false; n];
            for (bi, i) in (r0..r1).enumerate() {
                let neighbours = nearest(low64.view(), i, k, |m| m != i, None);
                // Thresholds: the neighbours' reference distances, ascending, and their squares.
                let mut thr: Vec<f32> = neighbours.iter().map(|&j| exact(i, j)).collect();
                thr.sort_by(f32::total_cmp);
                let thr2: Vec<f32> = thr.iter().map(|t| t * t).collect();
                // less[t]: points strictly closer than threshold t; equal[t]: points at the same
                // distance (difference arrays over the sorted thresholds).
                let mut less = vec![0i64; k + 1];
                let mut equal = vec![0i64; k + 1];
                let place = |e: f32, less: &mut [i64], equal: &mut [i64]| {
                    let a = thr.partition_point(|&t| t < e);
                    let b = thr.partition_point(|&t| t <= e);
                    less[b] += 1;
                    equal[a] += 1;
                    equal[b] -= 1;
                };
                for &j in &neighbours {
                    is_neighbour[j] = true;
                }
                for m in 0..n {
                    if m == i || is_neighbour[m] {
                        continue;
                    }
                    let approx = norms[i] + norms[m] - 2.0 * dots[[bi, m]];
                    let err = rel_err * (norms[i] + norms[m]) + f32::MIN_POSITIVE;
                    let p = thr2.partition_point(|&t| t < approx - err);
                    if p < k && thr2[p] <= approx + err {
                        place(exact(i, m), &mut less, &mut equal);
                    } else {
                        // Unambiguous: strictly between thresholds p − 1 and p.
                        less[p] += 1;
                    }
                }
                for &j in &neighbours {
                    is_neighbour[j] = false;
                }
                // The neighbours themselves, exactly (each also ties with itself: removed below).
                for &j in &neighbours {
                    place(exact(i, j), &mut less, &mut equal);
                }
                let (mut closer, mut same) = (0i64, 0i64);
                for t in 0..k {
                    closer += less[t];
                    same += equal[t];
                    // Ties take the mean of the ranks they span (NumPy's argsort order for
                    // ties is unspecified; the mean is what it gives on average).
                    let rank = 1.0 + closer as f64 + 0.5 * (same - 1) as f64;
                    if rank > k as f64 {
                        sum += rank - k as f64;
                    }
                }
            }
            sum
        })
        .sum();
    let (nf, kf) = (n as f64, k as f64);
    Ok(1.0 - penalty * (2.0 / (nf * kf * (2.0 * nf - 3.0 * kf - 1.0))))
}

fn check_finite(x: ArrayView2<'_, f32>, what: &str) -> Result<()> {
    match x.iter().position(|v| !v.is_finite()) {
        Some(p) => Err(Error::Invalid(format!(
            "{what}: non-finite value at row {}",
            p / x.ncols().max(1)
        ))),
        None => Ok(()),
    }
}

/// The `k` points nearest to row `i` of `pts` among those `keep` accepts (euclidean, f64),
/// nearest first, ties by index. `among` restricts the candidates to a list.
fn nearest(
    pts: ArrayView2<'_, f64>,
    i: usize,
    k: usize,
    keep: impl Fn(usize) -> bool,
    among: Option<&[usize]>,
) -> Vec<usize> {
    let p = pts.row(i);
    let dist = |m: usize| -> f64 {
        pts.row(m)
            .iter()
            .zip(p.iter())
            .map(|(a, b)| (a - b) * (a - b))
            .sum()
    };
    let mut cand: Vec<(f64, usize)> = match among {
        Some(list) => list
            .iter()
            .copied()
            .filter(|&m| keep(m))
            .map(|m| (dist(m), m))
            .collect(),
        None => (0..pts.nrows())
            .filter(|&m| keep(m))
            .map(|m| (dist(m), m))
            .collect(),
    };
    let cmp = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
    if cand.len() > k {
        cand.select_nth_unstable_by(k - 1, cmp);
        cand.truncate(k);
    }
    cand.sort_by(cmp);
    cand.into_iter().map(|(_, m)| m).collect()
}

/// scikit-learn's `StratifiedKFold(folds, shuffle=False)` test-fold of every sample.
pub fn stratified_folds(labels: &[u32], folds: usize) -> Result<Vec<usize>> {
    if folds < 2 {
        return Err(Error::Invalid(format!(
            "k-NN accuracy: {folds} folds (need at least 2)"
        )));
    }
    // Classes numbered by first appearance.
    let mut order: Vec<u32> = Vec::new();
    let mut encoded = Vec::with_capacity(labels.len());
    let mut index = std::collections::HashMap::new();
    for &l in labels {
        let next = order.len();
        let c = *index.entry(l).or_insert_with(|| {
            order.push(l);
            next
        });
        encoded.push(c);
    }
    let classes = order.len();
    let mut counts = vec![0usize; classes];
    for &c in &encoded {
        counts[c] += 1;
    }
    if counts.iter().all(|&c| c < folds) {
        return Err(Error::Invalid(format!(
            "k-NN accuracy: {folds} folds but no class has that many members"
        )));
    }
    // allocation[f][c]: samples of class c in fold f, by round robin over the sorted classes.
    let mut sorted = encoded.clone();
    sorted.sort_unstable();
    let mut allocation = vec![vec![0usize; classes]; folds];
    for (pos, &c) in sorted.iter().enumerate() {
        allocation[pos % folds][c] += 1;
    }
    let mut next_in_class = vec![(0usize, 0usize); classes]; // (fold, used in that fold)
    let mut out = Vec::with_capacity(labels.len());
    for &c in &encoded {
        let (mut f, mut used) = next_in_class[c];
        while f < folds && used >= allocation[f][c] {
            f += 1;
            used = 0;
        }
        out.push(f.min(folds - 1));
        next_in_class[c] = (f, used + 1);
    }
    Ok(out)
}

/// Accuracy of a `k`-nearest-neighbour classifier (uniform weights, ties to the smallest label)
/// on `low` under `folds`-fold cross-validation, as scikit-learn's
/// `cross_val_score(KNeighborsClassifier(k), low, labels, cv=folds).mean()`: the split is
/// `StratifiedKFold` without shuffling, so it is deterministic and `seed` does not change it (it
/// is kept for a shuffled split).
pub fn knn_accuracy(
    low: ArrayView2<'_, f32>,
    labels: &[u32],
    k: usize,
    folds: usize,
    seed: u64,
) -> Result<f64> {
    let _ = seed;
    let n = low.nrows();
    if labels.len() != n {
        return Err(Error::Invalid(format!(
            "k-NN accuracy: {n} points but {} labels",
            labels.len()
        )));
    }
    if k == 0 {
        return Err(Error::Invalid("k-NN accuracy: k must be at least 1".into()));
    }
    check_finite(low, "k-NN accuracy")?;
    let fold = stratified_folds(labels, folds)?;
    let mut classes: Vec<u32> = labels.to_vec();
    classes.sort_unstable();
    classes.dedup();
    let class_of: Vec<usize> = labels
        .iter()
        .map(|l| classes.binary_search(l).unwrap_or(0))
        .collect();
    let pts = low.mapv(f64::from);
    let mut total = 0.0;
    for f in 0..folds {
        let train: Vec<usize> = (0..n).filter(|&i| fold[i] != f).collect();
        let test: Vec<usize> = (0..n).filter(|&i| fold[i] == f).collect();
        if test.is_empty() || train.len() < k {
            return Err(Error::Invalid(format!(
                "k-NN accuracy: fold {f} has {} test and {} training points (k = {k})",
                test.len(),
                train.len()
            )));
        }
        let correct: usize = test
            .par_iter()
            .map(|&i| {
                let nb = nearest(pts.view(), i, k, |_| true, Some(&train));
                let mut votes = vec![0usize; classes.len()];
                for j in nb {
                    votes[class_of[j]] += 1;
                }
                usize::from(majority(&votes) == class_of[i])
            })
            .sum();
        total += correct as f64 / test.len() as f64;
    }
    Ok(total / folds as f64)
}

/// Accuracy of a `k`-NN classifier fitted on `train_low` (labels `train_labels`) and scored on
/// `new_low` (labels `new_labels`), as scikit-learn's
/// `KNeighborsClassifier(k).fit(train_low, train_labels).score(new_low, new_labels)` (euclidean,
/// ties between classes to the smallest label, between neighbours to the lower index). It measures
/// how well points placed by a transform land among training points of their class. The two label
/// sets must share one coding. Above [`QUALITY_MAX_POINTS`] new points, a sample of that many drawn
/// with `seed` is scored.
pub fn transfer_accuracy(
    train_low: ArrayView2<'_, f32>,
    train_labels: &[u32],
    new_low: ArrayView2<'_, f32>,
    new_labels: &[u32],
    k: usize,
    seed: u64,
) -> Result<f64> {
    let (n, m) = (train_low.nrows(), new_low.nrows());
    if train_labels.len() != n || new_labels.len() != m {
        return Err(Error::Invalid(format!(
            "transfer accuracy: {n} training points with {} labels, {m} new points with {} labels",
            train_labels.len(),
            new_labels.len()
        )));
    }
    if train_low.ncols() != new_low.ncols() {
        return Err(Error::Invalid(format!(
            "transfer accuracy: training points have {} coordinates, new points {}",
            train_low.ncols(),
            new_low.ncols()
        )));
    }
    if k == 0 || k > n || m == 0 {
        return Err(Error::Invalid(format!(
            "transfer accuracy: k = {k} with {n} training and {m} new points"
        )));
    }
    check_finite(train_low, "transfer accuracy")?;
    check_finite(new_low, "transfer accuracy")?;
    let queries: Vec<usize> = if m > QUALITY_MAX_POINTS {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut idx = rand::seq::index::sample(&mut rng, m, QUALITY_MAX_POINTS).into_vec();
        idx.sort_unstable();
        idx
    } else {
        (0..m).collect()
    };
    let mut classes: Vec<u32> = train_labels.to_vec();
    classes.sort_unstable();
    classes.dedup();
    let train = train_low.mapv(f64::from);
    let correct: usize = queries
        .par_iter()
        .map(|&q| {
            let p = new_low.row(q);
            let mut cand: Vec<(f64, usize)> = (0..n)
                .map(|j| {
                    let d: f64 = train
                        .row(j)
                        .iter()
                        .zip(p.iter())
                        .map(|(a, b)| (a - f64::from(*b)) * (a - f64::from(*b)))
                        .sum();
                    (d, j)
                })
                .collect();
            let cmp = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
            if cand.len() > k {
                cand.select_nth_unstable_by(k - 1, cmp);
                cand.truncate(k);
            }
            let mut votes = vec![0usize; classes.len()];
            for (_, j) in cand {
                if let Ok(c) = classes.binary_search(&train_labels[j]) {
                    votes[c] += 1;
                }
            }
            usize::from(classes.get(majority(&votes)) == Some(&new_labels[q]))
        })
        .sum();
    Ok(correct as f64 / queries.len() as f64)
}

/// The class with the most votes; the first maximum, so the smallest class wins ties (as
/// scikit-learn's `KNeighborsClassifier`).
fn majority(votes: &[usize]) -> usize {
    votes
        .iter()
        .enumerate()
        .fold((0, 0), |b, (c, &v)| if v > b.1 { (c, v) } else { b })
        .0
}

/// Quality of an embedding.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Quality {
    /// Trustworthiness with k = 15.
    pub trustworthiness: f64,
    /// 10-NN classifier accuracy under 5-fold stratified cross-validation (when labels exist).
    pub knn_accuracy: Option<f64>,
    /// `Some(rows)` when the metrics were computed on a seeded sample of that many rows.
    pub sampled: Option<usize>,
}

/// Trustworthiness (k = 15) and, with labels, 10-NN 5-fold accuracy of `low` as an embedding of
/// `high`; exact up to [`QUALITY_MAX_POINTS`] rows, above that on a sample of that many rows
/// drawn with `seed`.
pub fn quality(
    high: ArrayView2<'_, f32>,
    low: ArrayView2<'_, f32>,
    labels: Option<&[u32]>,
    seed: u64,
) -> Result<Quality> {
    quality_k(high, low, labels, seed, TRUSTWORTHINESS_K, ACCURACY_K)
}

/// [`quality`] with other neighbourhood sizes: trustworthiness with `k_trust` neighbours and
/// k-NN accuracy with `k_accuracy` (each made smaller on tiny tables, as [`quality`] does).
pub fn quality_k(
    high: ArrayView2<'_, f32>,
    low: ArrayView2<'_, f32>,
    labels: Option<&[u32]>,
    seed: u64,
    k_trust: usize,
    k_accuracy: usize,
) -> Result<Quality> {
    if k_trust == 0 || k_accuracy == 0 {
        return Err(Error::Invalid(
            "quality: the neighbourhood sizes must be at least 1".into(),
        ));
    }
    let k = (k_trust, k_accuracy);
    let n = high.nrows();
    if low.nrows() != n || labels.is_some_and(|l| l.len() != n) {
        return Err(Error::Invalid(
            "quality: the data, embedding and labels have different numbers of rows".into(),
        ));
    }
    if n <= QUALITY_MAX_POINTS {
        return Ok(Quality {
            sampled: None,
            ..quality_exact(high, low, labels, seed, k)?
        });
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut idx = rand::seq::index::sample(&mut rng, n, QUALITY_MAX_POINTS).into_vec();
    idx.sort_unstable();
    let h: Array2<f32> = high.select(Axis(0), &idx);
    let l: Array2<f32> = low.select(Axis(0), &idx);
    let lab: Option<Vec<u32>> = labels.map(|lab| idx.iter().map(|&i| lab[i]).collect());
    Ok(Quality {
        sampled: Some(QUALITY_MAX_POINTS),
        ..quality_exact(h.view(), l.view(), lab.as_deref(), seed, k)?
    })
}

/// [`quality`] on all rows. Tiny tables get smaller neighbourhoods so the figures exist:
/// trustworthiness needs k < n / 2, and each training fold needs at least k rows.
fn quality_exact(
    high: ArrayView2<'_, f32>,
    low: ArrayView2<'_, f32>,
    labels: Option<&[u32]>,
    seed: u64,
    (k_trust, k_accuracy): (usize, usize),
) -> Result<Quality> {
    let n = high.nrows();
    let k_tw = k_trust.min(n.saturating_sub(1) / 2);
    let trustworthiness = if k_tw >= 1 {
        trustworthiness(high, low, k_tw)?
    } else {
        f64::NAN
    };
    let knn_accuracy = match labels {
        Some(l) => {
            // Stratified folds need a class with at least as many members as folds.
            let mut counts = std::collections::HashMap::new();
            for c in l {
                *counts.entry(c).or_insert(0usize) += 1;
            }
            let folds = 5.min(counts.values().copied().max().unwrap_or(0));
            let train = n - n.div_ceil(folds.max(1));
            let k_acc = k_accuracy.min(train);
            if folds >= 2 && k_acc >= 1 {
                Some(knn_accuracy(low, l, k_acc, folds, seed)?)
            } else {
                None
            }
        }
        None => None,
    };
    Ok(Quality {
        trustworthiness,
        knn_accuracy,
        sampled: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfer_accuracy_counts_new_points_among_their_class() {
        let train = ndarray::array![
            [0.0f32, 0.0],
            [0.1, 0.0],
            [0.0, 0.1],
            [5.0, 5.0],
            [5.1, 5.0],
            [5.0, 5.1]
        ];
        let train_labels = [0, 0, 0, 1, 1, 1];
        let new = ndarray::array![[0.05f32, 0.05], [5.05, 5.05], [4.9, 4.9], [0.2, 0.2]];
        // The last new point sits among class 0 but is labelled 1: 3 of 4 are right.
        let new_labels = [0, 1, 1, 1];
        let acc =
            transfer_accuracy(train.view(), &train_labels, new.view(), &new_labels, 3, 0).unwrap();
        assert!((acc - 0.75).abs() < 1e-12, "{acc}");
        assert!(
            transfer_accuracy(train.view(), &train_labels, new.view(), &new_labels, 7, 0).is_err()
        );
        assert!(transfer_accuracy(train.view(), &[0, 1], new.view(), &new_labels, 3, 0).is_err());
    }

    #[test]
    fn folds_match_sklearn_allocation() {
        // sklearn: StratifiedKFold(3)._make_test_folds(None, [1,1,1,0,0,1,2,2,2,2,0])
        //          -> [0 0 1 0 1 2 0 1 1 2 2]
        let y = [1, 1, 1, 0, 0, 1, 2, 2, 2, 2, 0];
        assert_eq!(
            stratified_folds(&y, 3).unwrap(),
            vec![0, 0, 1, 0, 1, 2, 0, 1, 1, 2, 2]
        );
    }
}
