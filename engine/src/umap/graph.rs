//! The fuzzy simplicial set: from the k-NN graph to symmetric edge weights (CPU).
//!
//! Per point, ρ is the distance to the nearest neighbour at non-zero distance and σ is found by
//! bisection so that `Σ exp(−max(0, d − ρ)/σ) = log2(k)`, with umap-learn's floor of
//! `1e-3 ×` the mean neighbour distance (`smooth_knn_dist`). Like umap-learn, `k` counts the point
//! itself (distance 0, weight 0), so the k-NN graph holds `neighbors − 1` other points. The
//! directed weights `w = exp(−(d − ρ)/σ)` are symmetrised by the fuzzy union `w + wᵀ − w∘wᵀ`.
//! All of this runs on the CPU: it is a sort and a sparse transpose, a small share of the time.

use rayon::prelude::*;

use crate::knn::KnnGraph;

const SMOOTH_K_TOLERANCE: f64 = 1e-5;
const MIN_K_DIST_SCALE: f64 = 1e-3;

/// Sparse symmetric weights in coordinate form, sorted by `head` then `tail`; both directions of
/// every edge are present.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzyGraph {
    /// Number of points.
    pub n: usize,
    /// Source point of each edge.
    pub head: Vec<u32>,
    /// Target point of each edge.
    pub tail: Vec<u32>,
    /// Membership strength in (0, 1].
    pub weight: Vec<f32>,
}

/// ρ and σ of one point from its k-NN distance row as umap-learn sees it: `row[0]` is the
/// nearest entry (the point itself at distance 0 when fitting), which the σ equation skips, and
/// `k = row.len()`. `local_connectivity` is 1 for fitting and 0 for transform; `mean_all` is the
/// mean of all rows' distances (the floor for points whose ρ is 0).
pub fn smooth_knn_dist(row: &[f32], local_connectivity: f64, mean_all: f64) -> (f64, f64) {
    let k = row.len().max(1);
    let target = (k as f64).log2();
    let dists = row.get(1..).unwrap_or(&[]);
    let non_zero: Vec<f64> = row.iter().map(|&d| d as f64).filter(|&d| d > 0.0).collect();
    let mut rho = 0.0;
    if non_zero.len() as f64 >= local_connectivity {
        let index = local_connectivity.floor() as usize;
        let interpolation = local_connectivity - index as f64;
        if index > 0 {
            rho = non_zero[index - 1];
            if interpolation > SMOOTH_K_TOLERANCE && index < non_zero.len() {
                rho += interpolation * (non_zero[index] - non_zero[index - 1]);
            }
        } else if let Some(&first) = non_zero.first() {
            rho = interpolation * first;
        }
    } else if let Some(&m) = non_zero.last() {
        rho = m;
    }
    let (mut lo, mut hi, mut mid) = (0.0f64, f64::INFINITY, 1.0f64);
    for _ in 0..64 {
        let mut psum = 0.0;
        for &d in dists {
            let d = d as f64 - rho;
            psum += if d > 0.0 { (-(d / mid)).exp() } else { 1.0 };
        }
        if (psum - target).abs() < SMOOTH_K_TOLERANCE {
            break;
        }
        if psum > target {
            hi = mid;
            mid = (lo + hi) / 2.0;
        } else {
            lo = mid;
            if hi == f64::INFINITY {
                mid *= 2.0;
            } else {
                mid = (lo + hi) / 2.0;
            }
        }
    }
    let mean_i = row.iter().map(|&d| d as f64).sum::<f64>() / k as f64;
    let floor = if rho > 0.0 { mean_i } else { mean_all };
    (rho, mid.max(MIN_K_DIST_SCALE * floor))
}

/// Mean of all k-NN distances including each point's zero self-distance (umap-learn's
/// `mean_distances`).
pub fn mean_distance(distances: &[f32], n_rows: usize, k_with_self: usize) -> f64 {
    let total: f64 = distances.iter().map(|&d| d as f64).sum();
    total / (n_rows * k_with_self).max(1) as f64
}

/// Membership strength of a neighbour at distance `d` given the point's ρ and σ.
pub fn membership(d: f32, rho: f64, sigma: f64) -> f32 {
    let x = d as f64 - rho;
    if x <= 0.0 || sigma == 0.0 {
        1.0
    } else {
        (-(x / sigma)).exp() as f32
    }
}

/// The directed weights of every k-NN edge (the graph excludes each point itself), row-major
/// like `knn.indices`.
pub fn directed_weights(knn: &KnnGraph, local_connectivity: f64) -> Vec<f32> {
    let k = knn.k;
    let mean_all = mean_distance(&knn.distances, knn.n, k + 1);
    let mut w = vec![0f32; knn.n * k];
    w.par_chunks_mut(k.max(1)).enumerate().for_each(|(i, out)| {
        let d = knn.neighbor_distances(i);
        // umap-learn's row: the point itself at distance 0, then its neighbours.
        let mut row = Vec::with_capacity(k + 1);
        row.push(0f32);
        row.extend_from_slice(d);
        let (rho, sigma) = smooth_knn_dist(&row, local_connectivity, mean_all);
        for (slot, &dj) in out.iter_mut().zip(d) {
            *slot = membership(dj, rho, sigma);
        }
    });
    w
}

/// The fuzzy union `w + wᵀ − w∘wᵀ` of the directed k-NN weights, sorted by head then tail.
pub fn fuzzy_union(knn: &KnnGraph, w: &[f32]) -> FuzzyGraph {
    let (n, k) = (knn.n, knn.k);
    // Both directions of each k-NN edge, with the weight in that direction (0 if absent).
    let mut entries: Vec<(u32, u32, f32)> = Vec::with_capacity(2 * n * k);
    for i in 0..n {
        for (j, &t) in knn.neighbors(i).iter().enumerate() {
            if t as usize == i {
                continue;
            }
            let v = w[i * k + j];
            entries.push((i as u32, t, v));
            entries.push((t, i as u32, -v - 1.0)); // transposed entry, marked by a negative code
        }
    }
    entries.par_sort_unstable_by_key(|e| (e.0, e.1, e.2 < 0.0));
    let mut head = Vec::with_capacity(entries.len() / 2);
    let mut tail = Vec::with_capacity(entries.len() / 2);
    let mut weight = Vec::with_capacity(entries.len() / 2);
    let mut s = 0;
    while s < entries.len() {
        let (h, t) = (entries[s].0, entries[s].1);
        let mut e = s;
        let (mut fwd, mut bwd) = (0f32, 0f32);
        while e < entries.len() && entries[e].0 == h && entries[e].1 == t {
            let v = entries[e].2;
            if v >= 0.0 {
                fwd = v;
            } else {
                bwd = -v - 1.0;
            }
            e += 1;
        }
        let u = fwd + bwd - fwd * bwd;
        if u > 0.0 {
            head.push(h);
            tail.push(t);
            weight.push(u);
        }
        s = e;
    }
    FuzzyGraph {
        n,
        head,
        tail,
        weight,
    }
}

impl FuzzyGraph {
    /// Drops edges below `max / epochs` (they would never be sampled), as umap-learn does.
    pub fn prune(&mut self, epochs: usize) {
        let max = self.weight.iter().copied().fold(0f32, f32::max);
        let cut = max / epochs.max(1) as f32;
        let mut keep = 0;
        for e in 0..self.weight.len() {
            if self.weight[e] >= cut {
                self.head[keep] = self.head[e];
                self.tail[keep] = self.tail[e];
                self.weight[keep] = self.weight[e];
                keep += 1;
            }
        }
        self.head.truncate(keep);
        self.tail.truncate(keep);
        self.weight.truncate(keep);
    }

    /// Number of edges (each direction counts).
    pub fn len(&self) -> usize {
        self.head.len()
    }

    /// True when there are no edges.
    pub fn is_empty(&self) -> bool {
        self.head.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigma_solves_the_log2_k_equation() {
        let d = [1.0f32, 1.5, 2.0, 2.2, 3.0, 3.1, 4.0];
        let row = [0.0f32, 1.0, 1.5, 2.0, 2.2, 3.0, 3.1, 4.0];
        let (rho, sigma) = smooth_knn_dist(&row, 1.0, 1.0);
        assert_eq!(rho, 1.0);
        let s: f64 = d
            .iter()
            .map(|&x| (-((x as f64 - rho).max(0.0)) / sigma).exp())
            .sum();
        assert!((s - 8f64.log2()).abs() < 1e-4, "sum {s}");
    }

    #[test]
    fn sigma_floor_applies_to_duplicates() {
        // All neighbours at the same distance: the bisection cannot reach log2(k) and σ grows
        // toward its cap; all weights are 1.
        let d = [0.0f32, 0.0, 0.0, 0.0];
        let (rho, sigma) = smooth_knn_dist(&d, 1.0, 2.0);
        assert_eq!(rho, 0.0);
        assert!(sigma >= 2e-3);
    }

    #[test]
    fn union_is_symmetric_and_combines_both_directions() {
        // 3 points, k = 1: 0 -> 1 (0.5), 1 -> 0 (0.5), 2 -> 1 (1.0)
        let knn = KnnGraph {
            n: 3,
            k: 1,
            indices: vec![1, 0, 1],
            distances: vec![1.0, 1.0, 2.0],
        };
        let w = vec![0.5f32, 0.5, 1.0];
        let g = fuzzy_union(&knn, &w);
        assert_eq!(g.head, vec![0, 1, 1, 2]);
        assert_eq!(g.tail, vec![1, 0, 2, 1]);
        assert_eq!(g.weight, vec![0.75, 0.75, 1.0, 1.0]);
    }
}
