//! Initial positions (CPU, shared by both backends so they start from the same layout).
//!
//! Spectral: the leading non-trivial eigenvectors of `S = D^-1/2 W D^-1/2` (the smallest of the
//! normalised graph Laplacian, as umap-learn), found by Chebyshev-filtered subspace iteration
//! (Zhou & Saad 2007): a block of `dims + 4` vectors is multiplied by a degree-8 Chebyshev
//! polynomial of `S` that damps the spectrum below the block's smallest Ritz value, then
//! orthonormalised with the trivial eigenvector `D^1/2·1` projected out, then rotated by
//! Rayleigh–Ritz. Plain subspace iteration converges at the ratio of neighbouring eigenvalues,
//! which for a k-NN graph are all close to 1 (hundreds of products with S); the filter separates
//! them, and the same tolerance is reached in a few times fewer products. It gives up (and the
//! caller falls back to PCA) when the graph is disconnected, the block does not converge within
//! the iteration budget, or the result is degenerate.
//!
//! Both initialisations are then scaled like umap-learn: to max |coord| 10, plus seeded Gaussian
//! noise of scale 1e-4, then each axis mapped to [0, 10].

use ndarray::{Array2, ArrayView2};
use rayon::prelude::*;

use super::epoch::pcg;
use super::graph::FuzzyGraph;
use crate::backend::Compute;
use crate::error::Result;

/// How the layout was initialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum InitKind {
    /// Spectral embedding of the fuzzy graph.
    Spectral,
    /// PCA of the input (spectral did not converge, or the graph is disconnected).
    Pca,
}

/// Number of connected components of the graph.
pub fn components(g: &FuzzyGraph) -> usize {
    let mut parent: Vec<u32> = (0..g.n as u32).collect();
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            p[x as usize] = p[p[x as usize] as usize];
            x = p[x as usize];
        }
        x
    }
    for (&h, &t) in g.head.iter().zip(&g.tail) {
        let (a, b) = (find(&mut parent, h), find(&mut parent, t));
        if a != b {
            parent[a.max(b) as usize] = a.min(b);
        }
    }
    (0..g.n as u32)
        .filter(|&i| find(&mut parent, i) == i)
        .count()
}

/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi: eigenvalues (descending) and
/// eigenvectors as columns of the returned matrix (row-major `p × p`).
fn jacobi(mut a: Vec<f64>, p: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0f64; p * p];
    for i in 0..p {
        v[i * p + i] = 1.0;
    }
    for _ in 0..100 {
        let off: f64 = (0..p)
            .flat_map(|i| (0..p).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * p + j] * a[i * p + j])
            .sum();
        if off < 1e-30 {
            break;
        }
        for i in 0..p {
            for j in i + 1..p {
                let aij = a[i * p + j];
                if aij.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[j * p + j] - a[i * p + i]) / (2.0 * aij);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..p {
                    let (aki, akj) = (a[k * p + i], a[k * p + j]);
                    a[k * p + i] = c * aki - s * akj;
                    a[k * p + j] = s * aki + c * akj;
                }
                for k in 0..p {
                    let (aik, ajk) = (a[i * p + k], a[j * p + k]);
                    a[i * p + k] = c * aik - s * ajk;
                    a[j * p + k] = s * aik + c * ajk;
                }
                for k in 0..p {
                    let (vki, vkj) = (v[k * p + i], v[k * p + j]);
                    v[k * p + i] = c * vki - s * vkj;
                    v[k * p + j] = s * vki + c * vkj;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..p).collect();
    order.sort_by(|&x, &y| a[y * p + y].total_cmp(&a[x * p + x]));
    let vals = order.iter().map(|&i| a[i * p + i]).collect();
    let mut vecs = vec![0f64; p * p];
    for (c, &i) in order.iter().enumerate() {
        for r in 0..p {
            vecs[r * p + c] = v[r * p + i];
        }
    }
    (vals, vecs)
}

/// Column-major block of `p` vectors of length `n`.
struct Block {
    n: usize,
    p: usize,
    v: Vec<f64>,
}

impl Block {
    fn col(&self, c: usize) -> &[f64] {
        &self.v[c * self.n..(c + 1) * self.n]
    }
    /// Removes the component along `u` (unit) from every column.
    fn project_out(&mut self, u: &[f64]) {
        for col in self.v.chunks_mut(self.n) {
            let du: f64 = col.iter().zip(u).map(|(a, b)| a * b).sum();
            col.iter_mut().zip(u).for_each(|(a, b)| *a -= du * b);
        }
    }
    /// Projects out `u` (unit) and orthonormalises the columns (modified Gram–Schmidt, twice).
    fn orthonormalize(&mut self, u: &[f64]) -> bool {
        let n = self.n;
        for _ in 0..2 {
            for c in 0..self.p {
                let (before, rest) = self.v.split_at_mut(c * n);
                let col = &mut rest[..n];
                let du: f64 = col.iter().zip(u).map(|(a, b)| a * b).sum();
                col.iter_mut().zip(u).for_each(|(a, b)| *a -= du * b);
                for q in 0..c {
                    let prev = &before[q * n..(q + 1) * n];
                    let d: f64 = col.iter().zip(prev).map(|(a, b)| a * b).sum();
                    col.iter_mut().zip(prev).for_each(|(a, b)| *a -= d * b);
                }
                let norm = col.iter().map(|a| a * a).sum::<f64>().sqrt();
                if norm < 1e-12 {
                    return false;
                }
                col.iter_mut().for_each(|a| *a /= norm);
            }
        }
        true
    }
}

/// `y = S x` for every column, `S = D^-1/2 W D^-1/2` in CSR form.
fn matvec(row_ptr: &[usize], col: &[u32], val: &[f64], x: &Block, y: &mut Block) {
    let n = x.n;
    y.v.par_chunks_mut(n).enumerate().for_each(|(c, out)| {
        let xc = x.col(c);
        for (i, o) in out.iter_mut().enumerate() {
            let mut s = 0f64;
            for e in row_ptr[i]..row_ptr[i + 1] {
                s += val[e] * xc[col[e] as usize];
            }
            *o = s;
        }
    });
}

/// Degree of the Chebyshev filter applied between two Rayleigh–Ritz steps.
const FILTER_DEGREE: usize = 8;

/// Replaces `x` by `T_m((S − c)/e) x`, the degree-[`FILTER_DEGREE`] Chebyshev polynomial that
/// stays within [−1, 1] on the damped interval `[lo, hi]` of `S`'s spectrum and grows fast above
/// it (Zhou & Saad's Chebyshev-filtered subspace iteration). The trivial eigenvector `u` (of
/// eigenvalue 1, the most amplified) is projected out after every product so round-off cannot
/// grow it. `y` and `z` are scratch blocks.
fn chebyshev_filter(
    csr: (&[usize], &[u32], &[f64]),
    u: &[f64],
    (lo, hi): (f64, f64),
    x: &mut Block,
    y: &mut Block,
    z: &mut Block,
) {
    let (row_ptr, col, val) = csr;
    let c = 0.5 * (lo + hi);
    let e = 0.5 * (hi - lo);
    // y = (S x − c x) / e
    matvec(row_ptr, col, val, x, y);
    y.v.iter_mut()
        .zip(&x.v)
        .for_each(|(yv, xv)| *yv = (*yv - c * xv) / e);
    y.project_out(u);
    for _ in 1..FILTER_DEGREE {
        // z = 2 (S y − c y) / e − x; then (x, y) ← (y, z)
        matvec(row_ptr, col, val, y, z);
        z.v.iter_mut()
            .zip(y.v.iter().zip(&x.v))
            .for_each(|(zv, (yv, xv))| *zv = 2.0 * (*zv - c * yv) / e - xv);
        z.project_out(u);
        std::mem::swap(x, y);
        std::mem::swap(y, z);
    }
    std::mem::swap(x, y);
}

/// The spectral layout (`n × dims`, unscaled), or `None` when it cannot be trusted.
pub fn spectral(g: &FuzzyGraph, dims: usize, seed: u32) -> Option<Array2<f32>> {
    let n = g.n;
    if n <= dims + 1 || g.is_empty() || components(g) > 1 {
        return None;
    }
    let mut deg = vec![0f64; n];
    for (&h, &w) in g.head.iter().zip(&g.weight) {
        deg[h as usize] += w as f64;
    }
    if deg.iter().any(|&d| d <= 0.0) {
        return None;
    }
    let isq: Vec<f64> = deg.iter().map(|d| 1.0 / d.sqrt()).collect();
    let mut row_ptr = vec![0usize; n + 1];
    for &h in &g.head {
        row_ptr[h as usize + 1] += 1;
    }
    for i in 0..n {
        row_ptr[i + 1] += row_ptr[i];
    }
    let val: Vec<f64> = (0..g.len())
        .map(|e| g.weight[e] as f64 * isq[g.head[e] as usize] * isq[g.tail[e] as usize])
        .collect();
    let dsum: f64 = deg.iter().sum();
    let u: Vec<f64> = deg.iter().map(|d| (d / dsum).sqrt()).collect();

    let p = (dims + 4).min(n - 1);
    let mut x = Block {
        n,
        p,
        v: (0..n * p)
            .map(|i| (pcg(seed ^ pcg(i as u32)) as f64 / u32::MAX as f64) - 0.5)
            .collect(),
    };
    if !x.orthonormalize(&u) {
        return None;
    }
    let mut y = Block {
        n,
        p,
        v: vec![0f64; n * p],
    };
    let mut z = Block {
        n,
        p,
        v: vec![0f64; n * p],
    };
    let csr = (row_ptr.as_slice(), g.tail.as_slice(), val.as_slice());
    // The budget in products with S, as the plain subspace iteration this replaced had.
    let max_outer = 2000 / FILTER_DEGREE;
    let mut converged = false;
    let mut vals = vec![0f64; p];
    for outer in 0..=max_outer {
        if outer > 0 {
            // Damp everything below the block's smallest Ritz value (the unwanted part of the
            // spectrum, S's eigenvalues lie in [−1, 1]); the wanted ones, above it, grow.
            let hi = vals[p - 1].clamp(-0.99, 0.999);
            chebyshev_filter(csr, &u, (-1.0, hi), &mut x, &mut y, &mut z);
            if !x.orthonormalize(&u) {
                return None;
            }
        }
        // Rayleigh–Ritz: rotate the block onto the eigenvectors of H = Xᵀ S X.
        matvec(&row_ptr, &g.tail, &val, &x, &mut y);
        let mut h = vec![0f64; p * p];
        for r in 0..p {
            for c in 0..p {
                h[r * p + c] = x.col(r).iter().zip(y.col(c)).map(|(a, b)| a * b).sum();
            }
        }
        let (ev, vecs) = jacobi(h, p);
        let mut rx = vec![0f64; n * p];
        let mut ry = vec![0f64; n * p];
        for c in 0..p {
            for q in 0..p {
                let w = vecs[q * p + c];
                if w == 0.0 {
                    continue;
                }
                let (xq, yq) = (x.col(q), y.col(q));
                for i in 0..n {
                    rx[c * n + i] += w * xq[i];
                    ry[c * n + i] += w * yq[i];
                }
            }
        }
        x.v = rx;
        vals = ev;
        // Residuals of the wanted vectors: ‖S x − θ x‖, halved to match the tolerance on the
        // shifted matrix (I + S) / 2 that umap-learn's eigsh-based tolerance was set against.
        let worst = (0..dims)
            .map(|c| {
                (0..n)
                    .map(|i| {
                        let r = ry[c * n + i] - vals[c] * x.v[c * n + i];
                        r * r
                    })
                    .sum::<f64>()
                    .sqrt()
                    * 0.5
            })
            .fold(0f64, f64::max);
        if worst < 1e-4 {
            converged = true;
            break;
        }
    }
    if !converged || vals[..dims].iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mut out = Array2::<f32>::zeros((n, dims));
    for c in 0..dims {
        let colv = x.col(c);
        let big = colv
            .iter()
            .copied()
            .fold(0f64, |a, b| if b.abs() > a.abs() { b } else { a });
        let s = if big < 0.0 { -1.0 } else { 1.0 };
        for i in 0..n {
            out[[i, c]] = (s * colv[i]) as f32;
        }
    }
    Some(out)
}

/// PCA layout of the input (`n × dims`, unscaled), on the CPU so both backends agree.
pub fn pca_layout(data: ArrayView2<'_, f32>, dims: usize) -> Result<Array2<f32>> {
    if data.ncols() < dims {
        // Fewer input columns than output dims: pad with zeros (the noise separates points).
        let mut out = Array2::<f32>::zeros((data.nrows(), dims));
        out.slice_mut(ndarray::s![.., ..data.ncols()]).assign(&data);
        return Ok(out);
    }
    let fit = crate::pca::fit(&Compute::Cpu, data, dims)?;
    Ok(fit.transform(data))
}

/// A standard normal draw from the hash of (seed, index) (Box–Muller).
pub fn normal(seed: u32, index: u32) -> f32 {
    let h1 = pcg(seed.wrapping_add(pcg(index.wrapping_mul(2))));
    let h2 = pcg(seed.wrapping_add(pcg(index.wrapping_mul(2).wrapping_add(1))));
    let u1 = (h1 as f64 + 1.0) / (u32::MAX as f64 + 2.0);
    let u2 = h2 as f64 / (u32::MAX as f64 + 1.0);
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}

/// umap-learn's scaling: max |coord| 10, noise 1e-4, then each axis to [0, 10].
pub fn scale(mut y: Array2<f32>, seed: u32) -> Array2<f32> {
    let max = y.iter().fold(0f32, |m, v| m.max(v.abs()));
    let expansion = if max > 0.0 { 10.0 / max } else { 1.0 };
    for (i, v) in y.iter_mut().enumerate() {
        *v = *v * expansion + 1e-4 * normal(seed, i as u32);
    }
    for mut c in y.columns_mut() {
        let lo = c.iter().copied().fold(f32::INFINITY, f32::min);
        let hi = c.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let range = hi - lo;
        if range > 0.0 {
            c.mapv_inplace(|v| 10.0 * (v - lo) / range);
        }
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: usize) -> FuzzyGraph {
        // A cycle: the Laplacian's leading eigenvectors are cos and sin of the angle.
        let mut e: Vec<(u32, u32)> = Vec::new();
        for i in 0..n as u32 {
            e.push((i, (i + 1) % n as u32));
            e.push((i, (i + n as u32 - 1) % n as u32));
        }
        e.sort();
        FuzzyGraph {
            n,
            head: e.iter().map(|x| x.0).collect(),
            tail: e.iter().map(|x| x.1).collect(),
            weight: vec![1.0; e.len()],
        }
    }

    #[test]
    fn spectral_of_a_ring_is_a_circle() {
        let y = spectral(&ring(40), 2, 1).expect("converges");
        let r: Vec<f32> = y.rows().into_iter().map(|r| r.dot(&r).sqrt()).collect();
        let mean = r.iter().sum::<f32>() / r.len() as f32;
        for v in r {
            assert!(
                (v - mean).abs() < 1e-3 * mean.max(1e-6) + 1e-4,
                "radius {v} vs {mean}"
            );
        }
    }

    /// A connected random k-NN-like graph: each point linked to its ring neighbours and to a few
    /// hashed far points, with hashed weights, symmetrised.
    fn random_graph(n: usize) -> FuzzyGraph {
        let mut w = std::collections::BTreeMap::new();
        for i in 0..n as u32 {
            let mut add = |j: u32, v: f32| {
                if i != j {
                    w.insert((i.min(j), i.max(j)), v);
                }
            };
            add((i + 1) % n as u32, 1.0);
            for t in 0..4 {
                let h = pcg(i * 7 + t);
                add(h % n as u32, 0.1 + (h >> 16) as f32 / 65536.0);
            }
        }
        let mut e: Vec<(u32, u32, f32)> = Vec::new();
        for (&(a, b), &v) in &w {
            e.push((a, b, v));
            e.push((b, a, v));
        }
        e.sort_by_key(|x| (x.0, x.1));
        FuzzyGraph {
            n,
            head: e.iter().map(|x| x.0).collect(),
            tail: e.iter().map(|x| x.1).collect(),
            weight: e.iter().map(|x| x.2).collect(),
        }
    }

    #[test]
    fn spectral_matches_a_dense_eigendecomposition() {
        let n = 160;
        let g = random_graph(n);
        let y = spectral(&g, 2, 3).expect("converges");
        // Dense S = D^-1/2 W D^-1/2: its eigenvectors 2 and 3 (after the trivial one).
        let mut s = ndarray::Array2::<f64>::zeros((n, n));
        let mut deg = vec![0f64; n];
        for e in 0..g.len() {
            deg[g.head[e] as usize] += g.weight[e] as f64;
        }
        for e in 0..g.len() {
            let (i, j) = (g.head[e] as usize, g.tail[e] as usize);
            s[[i, j]] += g.weight[e] as f64 / (deg[i] * deg[j]).sqrt();
        }
        let (vals, vecs) = crate::pca::symmetric_eigen(s.view());
        assert!(
            (vals[0] - 1.0).abs() < 1e-9 && vals[2] - vals[3] > 1e-6,
            "{:?}",
            &vals[..4]
        );
        // The subspace of the layout's columns equals span(v2, v3): each column, normalised, has
        // no component outside it.
        for c in 0..2 {
            let col: Vec<f64> = y.column(c).iter().map(|&v| v as f64).collect();
            let norm = col.iter().map(|v| v * v).sum::<f64>().sqrt();
            let inside: f64 = (1..3)
                .map(|k| {
                    let d: f64 = (0..n).map(|i| col[i] / norm * vecs[[i, k]]).sum();
                    d * d
                })
                .sum();
            assert!(inside > 1.0 - 1e-5, "column {c}: {inside}");
        }
    }

    #[test]
    fn disconnected_graph_gives_up() {
        let mut g = ring(10);
        let h = ring(10);
        g.head.extend(h.head.iter().map(|v| v + 10));
        g.tail.extend(h.tail.iter().map(|v| v + 10));
        g.weight.extend(h.weight);
        g.n = 20;
        assert_eq!(components(&g), 2);
        assert!(spectral(&g, 2, 1).is_none());
    }

    #[test]
    fn jacobi_diagonalises() {
        let (vals, _) = jacobi(vec![2.0, 1.0, 1.0, 2.0], 2);
        assert!((vals[0] - 3.0).abs() < 1e-12 && (vals[1] - 1.0).abs() < 1e-12);
    }
}
