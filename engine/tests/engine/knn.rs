//! Local checks of the k-NN search on real and large data (`#[ignore]`: they read
//! /work/shared or take minutes; run with
//! `cargo test --release -p projector-engine --test knn -- --ignored --nocapture`).
//! They print recall@15 of NN-descent against the exact search and the times of both, on the
//! CPU and on the GPU context when there is one; they fail below recall 0.95.

use std::time::Instant;

use ndarray::{Array2, ArrayView2, s};
use projector_engine::knn::{KnnGraph, Method, Metric, knn_with, synthetic_clusters};
use projector_engine::{Compute, NoProgress};

const MNIST: &str = "/work/shared/datasets/mnist10k_pixels_u8.npy";

/// Reads a C-order `|u1` 2-D .npy file as f32.
fn read_npy_u8(path: &str) -> Option<Array2<f32>> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return None;
    }
    let (hlen, start) = if bytes[6] == 1 {
        (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10)
    } else {
        (
            u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize,
            12,
        )
    };
    let header = std::str::from_utf8(&bytes[start..start + hlen]).ok()?;
    assert!(header.contains("'|u1'") && header.contains("'fortran_order': False"));
    let shape = header.split("'shape': (").nth(1)?.split(')').next()?;
    let dims: Vec<usize> = shape
        .split(',')
        .filter_map(|t| t.trim().parse().ok())
        .collect();
    let body = &bytes[start + hlen..];
    let v: Vec<f32> = body[..dims[0] * dims[1]]
        .iter()
        .map(|&b| b as f32)
        .collect();
    Array2::from_shape_vec((dims[0], dims[1]), v).ok()
}

/// The CPU, plus the GPU context when `with_software` or it is a hardware adapter (lavapipe
/// takes minutes on the large checks; `KNN_CHECK_SOFTWARE_GPU=1` includes it anyway).
fn backends(with_software: bool) -> Vec<Compute> {
    let mut v = vec![Compute::Cpu];
    let soft_ok = with_software || std::env::var("KNN_CHECK_SOFTWARE_GPU").is_ok_and(|v| v == "1");
    if let Some(g) = projector_engine::gpu::test_context() {
        if soft_ok || !g.is_software() {
            v.push(Compute::Gpu(g));
        } else {
            println!("skipping the software adapter {} here", g.describe());
        }
    }
    v
}

fn timed(c: &Compute, data: ArrayView2<'_, f32>, method: Method) -> (KnnGraph, f64) {
    let t = Instant::now();
    let g = knn_with(c, data, 15, Metric::Euclidean, method, 0, &NoProgress).unwrap();
    (g, t.elapsed().as_secs_f64())
}

#[test]
#[ignore]
fn mnist10k_recall() {
    let Some(data) = read_npy_u8(MNIST) else {
        eprintln!("{MNIST} not found; skipped");
        return;
    };
    let (exact, te) = timed(&Compute::Cpu, data.view(), Method::Exact);
    println!("MNIST-10k 784-d exact k=15 on cpu: {te:.2} s");
    for c in backends(false) {
        if matches!(c, Compute::Gpu(_)) {
            let (ge, tge) = timed(&c, data.view(), Method::Exact);
            println!(
                "MNIST-10k exact on {}: {tge:.2} s (recall vs cpu exact {:.4})",
                c.describe(),
                ge.recall_against(&exact, 15)
            );
        }
        let (approx, ta) = timed(&c, data.view(), Method::Approx);
        let r = approx.recall_against(&exact, 15);
        println!(
            "MNIST-10k NN-descent on {}: {ta:.2} s, recall@15 = {r:.4}",
            c.describe()
        );
        assert!(r >= 0.95);
    }
}

/// Recall@15 of `approx` on the first `q` rows, against brute force over all rows.
fn sampled_recall(data: ArrayView2<'_, f32>, approx: &KnnGraph, q: usize) -> f64 {
    let n = data.nrows();
    let mut hits = 0;
    for i in 0..q {
        let row = data.row(i);
        let mut d: Vec<(f32, u32)> = (0..n)
            .filter(|&j| j != i)
            .map(|j| {
                let o = data.row(j);
                let d2: f32 = row.iter().zip(o).map(|(a, b)| (a - b) * (a - b)).sum();
                (d2, j as u32)
            })
            .collect();
        d.select_nth_unstable_by(15, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits += d[..15]
            .iter()
            .filter(|e| approx.neighbors(i).contains(&e.1))
            .count();
    }
    hits as f64 / (q * 15) as f64
}

#[test]
#[ignore]
fn synthetic100k_recall() {
    let data = synthetic_clusters(100_000, 50, 50, 1);
    for c in backends(false) {
        let t = Instant::now();
        let approx = knn_with(
            &c,
            data.view(),
            15,
            Metric::Euclidean,
            Method::Approx,
            0,
            &Print(t),
        )
        .unwrap();
        let ta = t.elapsed().as_secs_f64();
        let r = sampled_recall(data.view(), &approx, 2000);
        println!(
            "100k × 50 NN-descent on {}: {ta:.2} s, recall@15 (2000 queries) = {r:.4}",
            c.describe()
        );
        assert!(r >= 0.95);
    }
}

/// Times exact and approximate search at growing sizes: where NN-descent overtakes brute force
/// (the `AUTO_EXACT_MAX_ROWS` threshold).
#[test]
#[ignore]
fn crossover() {
    let all = synthetic_clusters(40_000, 50, 50, 2);
    for c in backends(true) {
        for n in [2_000, 5_000, 10_000, 20_000, 40_000] {
            if matches!(c, Compute::Gpu(_)) && n > 5_000 {
                break;
            }
            let d = all.slice(s![..n, ..]);
            let (_, te) = timed(&c, d, Method::Exact);
            let (_, ta) = timed(&c, d, Method::Approx);
            println!(
                "n = {n} × 50 on {}: exact {te:.2} s, NN-descent {ta:.2} s",
                c.describe()
            );
        }
    }
}

struct Print(Instant);
impl projector_engine::Progress for Print {
    fn message(&self, text: &str) {
        println!("  {:7.2} s  {text}", self.0.elapsed().as_secs_f64());
    }
}

/// Time and recall of NN-descent parameter choices on `NND_N` (default 20k) × 50 clusters
/// (CPU), `NND_K` neighbours (default 15): build width, candidates per round, random-projection
/// trees (None: automatic; 0: the random start alone); `NND_VARIANTS="20,12,auto;30,8,0"` picks
/// other ones, a build width of 0 the default rule ([`Params::build_k`]); a fourth and fifth
/// field (`"0,12,,512,16"`) start every size from blocks of that many rows, each probing that
/// many blocks (`Params::block_rows`, `block_probes`), `"0,12,,0,0"` from the forest at every
/// size. `cargo test --release -p
/// projector-engine --test engine nndescent_params -- --ignored --nocapture`.
///
/// `NND_DATA=X.npy` searches a file instead, in the space the reducers search: memory-mapped
/// and reduced by the preprocessing PCA (to 50 dimensions when wider). Recall@k is checked by
/// brute force on `NND_QUERIES` (default 500) seeded rows. `NND_ROUNDS` caps the rounds.
/// Build width, candidates, trees, and (rows, probes) of the block start.
type Variant = (usize, usize, Option<usize>, Option<(usize, usize)>);

#[test]
#[ignore]
fn nndescent_params() {
    use projector_engine::knn::nndescent::{Params, approx};
    let env = |key: &str, default: usize| -> usize {
        std::env::var(key)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let k = env("NND_K", 15);
    let queries = env("NND_QUERIES", 500);
    let data = match std::env::var("NND_DATA") {
        Ok(path) => reduced_file(&path),
        Err(_) => synthetic_clusters(env("NND_N", 20_000), 50, 50, 3),
    };
    let n = data.nrows();
    let variants: Vec<Variant> = match std::env::var("NND_VARIANTS") {
        Ok(v) => v
            .split(';')
            .map(|t| {
                let f: Vec<&str> = t.split(',').map(str::trim).collect();
                let num = |i: usize| f.get(i).and_then(|x| x.parse().ok());
                let blocks = num(3).zip(num(4));
                (num(0).unwrap_or(20), num(1).unwrap_or(12), num(2), blocks)
            })
            .collect(),
        Err(_) => vec![
            (20, 12, None, None),
            (20, 12, Some(0), None),
            (20, 8, None, None),
            (15, 8, None, None),
            (20, 6, None, None),
            (20, 12, Some(8), None),
        ],
    };
    for (kb, cand, trees, blocks) in variants {
        let dflt = Params::default();
        let p = Params {
            // A build width of 0 ("0,12") keeps the default rule (`Params::build_k`).
            min_build_k: if kb == 0 {
                Params::default().min_build_k
            } else {
                kb
            },
            build_k_per_decade: if kb == 0 {
                Params::default().build_k_per_decade
            } else {
                0
            },
            max_candidates: cand,
            rp_trees: trees,
            // Blocks of 0 rows ("0,12,,0,0"): the forest start at every size.
            block_min_rows: blocks.map_or(dflt.block_min_rows, |b| {
                if b.0 == 0 { usize::MAX } else { 0 }
            }),
            block_rows: blocks.map_or(dflt.block_rows, |b| b.0),
            block_rows_grow: blocks.is_none(),
            block_probes: blocks.map_or(dflt.block_probes, |b| b.1),
            max_rounds: env("NND_ROUNDS", dflt.max_rounds),
            block_steps: env("NND_STEPS", dflt.block_steps),
            ..dflt
        };
        let t = Instant::now();
        let g = approx(
            &Compute::Cpu,
            data.view(),
            k,
            Metric::Euclidean,
            0,
            &p,
            &Print(t),
        )
        .unwrap();
        let ta = t.elapsed().as_secs_f64();
        let per_query = seeded_recalls(data.view(), &g, queries);
        let r = per_query.iter().sum::<f64>() / per_query.len() as f64;
        let worst = per_query.iter().copied().fold(1.0, f64::min);
        let below = per_query.iter().filter(|&&q| q < 0.9).count();
        println!("worst query recall {worst:.3}; queries below 0.9: {below}");
        let odd = (0..g.n)
            .filter(|&i| {
                let mut row = g.neighbors(i).to_vec();
                row.sort_unstable();
                row.dedup();
                row.len() < g.k || row.contains(&(i as u32))
            })
            .count();
        let mutual: usize = (0..g.n)
            .map(|i| {
                g.neighbors(i)
                    .iter()
                    .filter(|&&j| g.neighbors(j as usize).contains(&(i as u32)))
                    .count()
            })
            .sum();
        println!("rows with a repeat or themselves: {odd}; mutual entries {mutual}");
        println!(
            "n {n}, k {k}, build k {kb}, candidates {cand}, trees {trees:?}, blocks {blocks:?}: \
             {ta:.2} s, \
             recall@{k} on {} queries {r:.4}",
            queries.min(n)
        );
    }
}

/// The `.npy` at `path`, memory-mapped and reduced by the preprocessing PCA.
fn reduced_file(path: &str) -> Array2<f32> {
    use projector_engine::load::MappedNpy;
    use projector_engine::preprocess::Preprocess;
    let rows = MappedNpy::open(std::path::Path::new(path))
        .unwrap()
        .expect("a C-order .npy");
    let t = Instant::now();
    let reduced = Preprocess::default()
        .fit_rows(&Compute::Cpu, &rows, &NoProgress)
        .unwrap()
        .map(|(_, r)| r)
        .unwrap_or_else(|| projector_engine::rows::to_array(&rows));
    println!(
        "{path}: {:?} after preprocessing ({:.1} s)",
        reduced.dim(),
        t.elapsed().as_secs_f64()
    );
    reduced
}

/// Recall@k of `g` on `queries` distinct seeded rows (a stride coprime with n), by brute force
/// on every core.
/// Recall@k of each of `queries` rows picked by a fixed stride, by brute force.
fn seeded_recalls(x: ArrayView2<'_, f32>, g: &KnnGraph, queries: usize) -> Vec<f64> {
    use rayon::prelude::*;
    let (n, k) = (x.nrows(), g.k);
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    let stride = (n / 2 + 1..n).find(|&s| gcd(s, n) == 1).unwrap_or(1);
    let picked: Vec<usize> = (0..queries.min(n))
        .map(|i| (7919 + i * stride) % n)
        .collect();
    picked
        .par_iter()
        .map(|&i| {
            let row = x.row(i);
            let mut dist: Vec<(f32, u32)> = (0..n)
                .filter(|&j| j != i)
                .map(|j| {
                    let d2 = row
                        .iter()
                        .zip(x.row(j))
                        .map(|(a, b)| (a - b) * (a - b))
                        .sum();
                    (d2, j as u32)
                })
                .collect();
            dist.select_nth_unstable_by(k - 1, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let hits = dist[..k]
                .iter()
                .filter(|e| g.neighbors(i).contains(&e.1))
                .count();
            hits as f64 / k as f64
        })
        .collect()
}
