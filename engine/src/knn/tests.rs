//! Tests of the k-NN search: CPU exact against a naive f64 reference, GPU exact against CPU
//! exact (several k, odd sizes, forced chunking), NN-descent recall and determinism, duplicates.

use super::*;
use crate::NoProgress;
use crate::gpu::test_context;
use ndarray::{Array2, array};

/// Naive exact k-NN in f64 with (distance, index) order (`k + 20` per row, so a tie at the
/// k-th place can be looked up).
fn reference(data: &Array2<f32>, k: usize, metric: Metric) -> Vec<Vec<(f64, u32)>> {
    let x: Array2<f64> = match metric {
        Metric::Euclidean => data.mapv(|v| v as f64),
        Metric::Cosine => normalized_rows(data.view()).mapv(|v| v as f64),
    };
    (0..x.nrows())
        .map(|i| {
            let mut all: Vec<(f64, u32)> = (0..x.nrows())
                .filter(|&j| j != i)
                .map(|j| {
                    let d2: f64 = x
                        .row(i)
                        .iter()
                        .zip(x.row(j))
                        .map(|(a, b)| (a - b) * (a - b))
                        .sum();
                    let d = match metric {
                        Metric::Euclidean => d2.sqrt(),
                        Metric::Cosine => d2 / 2.0,
                    };
                    (d, j as u32)
                })
                .collect();
            all.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            all.truncate(k + 20);
            all
        })
        .collect()
}

/// Same neighbours up to ties: where indices differ, the distances must agree (within `tol`
/// relative); distances always agree within `tol`.
fn assert_same(a: &KnnGraph, b: &KnnGraph, tol: f32) {
    assert_eq!((a.n, a.k), (b.n, b.k));
    let mut differ = 0;
    for i in 0..a.n {
        for s in 0..a.k {
            let (da, db) = (a.neighbor_distances(i)[s], b.neighbor_distances(i)[s]);
            assert!(
                (da - db).abs() <= tol * da.abs().max(db.abs()).max(1e-3),
                "row {i} slot {s}: {da} vs {db}"
            );
            if a.neighbors(i)[s] != b.neighbors(i)[s] {
                differ += 1;
            }
        }
    }
    assert!(
        differ * 100 <= a.n * a.k,
        "{differ} of {} entries differ beyond ties",
        a.n * a.k
    );
}

fn check_against_reference(g: &KnnGraph, r: &[Vec<(f64, u32)>]) {
    for (i, row) in r.iter().enumerate() {
        assert!(
            !g.neighbors(i).contains(&(i as u32)),
            "row {i} lists itself"
        );
        for (s, &(d, j)) in row.iter().take(g.k).enumerate() {
            let got = g.neighbor_distances(i)[s] as f64;
            assert!(
                (got - d).abs() <= 1e-4 * d.max(1e-2),
                "row {i} slot {s}: distance {got} vs {d}"
            );
            if g.neighbors(i)[s] != j {
                // Only a tie may swap neighbours.
                let other = g.neighbors(i)[s] as usize;
                let alt = row.iter().find(|e| e.1 as usize == other);
                assert!(
                    alt.is_some_and(|e| (e.0 - d).abs() <= 1e-4 * d.max(1e-2)),
                    "row {i} slot {s}: {other} instead of {j}"
                );
            }
        }
    }
}

#[test]
fn cpu_exact_matches_reference() {
    let data = synthetic_clusters(300, 13, 5, 7);
    for metric in [Metric::Euclidean, Metric::Cosine] {
        for k in [1, 15, 90] {
            let g = knn(
                &Compute::Cpu,
                data.view(),
                k,
                metric,
                Method::Exact,
                &NoProgress,
            )
            .unwrap();
            check_against_reference(&g, &reference(&data, k, metric));
        }
    }
}

#[test]
fn rows_are_sorted_and_tie_broken_by_index() {
    // A square: from corner 0, corners 1 and 3 tie.
    let data = array![[0.0f32, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]];
    let g = knn(
        &Compute::Cpu,
        data.view(),
        3,
        Metric::Euclidean,
        Method::Exact,
        &NoProgress,
    )
    .unwrap();
    assert_eq!(g.neighbors(0), &[1, 3, 2]);
    assert_eq!(g.neighbors(2), &[1, 3, 0]);
}

fn with_duplicates() -> Array2<f32> {
    let mut data = synthetic_clusters(200, 8, 3, 3);
    // Rows 10, 50, 120 and 199 are the same point; so are 5 and 6.
    for r in [50, 120, 199] {
        let src = data.row(10).to_owned();
        data.row_mut(r).assign(&src);
    }
    let src = data.row(5).to_owned();
    data.row_mut(6).assign(&src);
    data
}

fn check_duplicates(g: &KnnGraph) {
    assert_eq!(&g.neighbors(10)[..3], &[50, 120, 199]);
    assert_eq!(&g.neighbors(120)[..3], &[10, 50, 199]);
    assert_eq!(&g.neighbor_distances(120)[..3], &[0.0, 0.0, 0.0]);
    assert_eq!(g.neighbors(5)[0], 6);
    assert_eq!(g.neighbors(6)[0], 5);
    for i in 0..g.n {
        assert!(
            !g.neighbors(i).contains(&(i as u32)),
            "row {i} lists itself"
        );
    }
}

#[test]
fn duplicates_never_list_themselves_cpu() {
    let data = with_duplicates();
    for method in [Method::Exact, Method::Approx] {
        let g = knn(
            &Compute::Cpu,
            data.view(),
            5,
            Metric::Euclidean,
            method,
            &NoProgress,
        )
        .unwrap();
        check_duplicates(&g);
    }
}

#[test]
fn bad_arguments_are_refused() {
    let data = synthetic_clusters(20, 3, 2, 1);
    for k in [0, 20, 25] {
        let r = knn(
            &Compute::Cpu,
            data.view(),
            k,
            Metric::Euclidean,
            Method::Exact,
            &NoProgress,
        );
        assert!(matches!(r, Err(Error::Invalid(_))), "k = {k}");
    }
    let big = synthetic_clusters(200, 3, 2, 1);
    let r = knn(
        &Compute::Cpu,
        big.view(),
        129,
        Metric::Euclidean,
        Method::Exact,
        &NoProgress,
    );
    assert!(matches!(r, Err(Error::Invalid(_))));
    let mut nan = data.clone();
    nan[[3, 1]] = f32::NAN;
    let r = knn(
        &Compute::Cpu,
        nan.view(),
        2,
        Metric::Euclidean,
        Method::Exact,
        &NoProgress,
    );
    assert!(matches!(r, Err(Error::Invalid(_))));
}

#[test]
fn gpu_exact_matches_cpu() {
    let Some(gpu) = test_context() else { return };
    let gc = Compute::Gpu(gpu);
    // 333 rows, 37 dimensions: neither is a multiple of the tile sizes (64 rows, 16 dims).
    let data = synthetic_clusters(333, 37, 6, 11);
    for (metric, k) in [
        (Metric::Euclidean, 1),
        (Metric::Euclidean, 15),
        (Metric::Cosine, 15),
        (Metric::Euclidean, 90),
        (Metric::Cosine, 128),
    ] {
        let c = knn(
            &Compute::Cpu,
            data.view(),
            k,
            metric,
            Method::Exact,
            &NoProgress,
        )
        .unwrap();
        let g = knn(&gc, data.view(), k, metric, Method::Exact, &NoProgress).unwrap();
        assert_same(&g, &c, 1e-4);
        check_against_reference(&g, &reference(&data, k, metric));
    }
}

#[test]
fn gpu_exact_wide_rows_match_cpu() {
    // Rows wider than 1020 dimensions do not fit a uniform window: the storage-tile kernel
    // (knn_exact_tile.wgsl) runs instead, and must give the CPU's lists too.
    let Some(gpu) = test_context() else { return };
    let gc = Compute::Gpu(gpu);
    let data = synthetic_clusters(150, 1030, 4, 7);
    for k in [1, 15] {
        let c = knn(
            &Compute::Cpu,
            data.view(),
            k,
            Metric::Euclidean,
            Method::Exact,
            &NoProgress,
        )
        .unwrap();
        let g = knn(
            &gc,
            data.view(),
            k,
            Metric::Euclidean,
            Method::Exact,
            &NoProgress,
        )
        .unwrap();
        assert_same(&g, &c, 1e-4);
        check_against_reference(&g, &reference(&data, k, Metric::Euclidean));
    }
}

#[test]
fn gpu_exact_chunked_equals_unchunked() {
    let Some(gpu) = test_context() else { return };
    let data = synthetic_clusters(301, 21, 4, 5);
    let whole = knn(
        &Compute::Gpu(gpu.clone()),
        data.view(),
        15,
        Metric::Euclidean,
        Method::Exact,
        &NoProgress,
    )
    .unwrap();
    // Blocks of 50 and 97 rows: queries and base rows both split, self matches across blocks.
    for block in [50, 97] {
        let chunked =
            exact_gpu_blocked(&gpu, data.view(), 15, Metric::Euclidean, block, &NoProgress)
                .unwrap();
        assert_eq!(chunked, whole, "block {block}");
    }
}

#[test]
fn gpu_duplicates_never_list_themselves() {
    let Some(gpu) = test_context() else { return };
    let data = with_duplicates();
    for method in [Method::Exact, Method::Approx] {
        let g = knn(
            &Compute::Gpu(gpu.clone()),
            data.view(),
            5,
            Metric::Euclidean,
            method,
            &NoProgress,
        )
        .unwrap();
        check_duplicates(&g);
    }
}

#[test]
fn nndescent_recall_on_clusters_cpu() {
    let data = synthetic_clusters(5000, 20, 30, 42);
    let exact = exact_cpu(&data, 15, Metric::Euclidean);
    let approx = knn(
        &Compute::Cpu,
        data.view(),
        15,
        Metric::Euclidean,
        Method::Approx,
        &NoProgress,
    )
    .unwrap();
    let recall = approx.recall_against(&exact, 15);
    assert!(recall >= 0.95, "recall@15 = {recall}");
    for i in 0..approx.n {
        assert!(!approx.neighbors(i).contains(&(i as u32)));
    }
}

#[test]
fn nndescent_is_deterministic_and_seeded() {
    let data = synthetic_clusters(1500, 10, 8, 9);
    let run = |seed| {
        knn_with(
            &Compute::Cpu,
            data.view(),
            10,
            Metric::Cosine,
            Method::Approx,
            seed,
            &NoProgress,
        )
        .unwrap()
    };
    let a = run(1);
    assert_eq!(a, run(1));
    let b = run(2);
    assert_eq!(b, run(2));
    let exact = exact_cpu(&data, 10, Metric::Cosine);
    assert!(a.recall_against(&exact, 10) >= 0.95);
    assert!(b.recall_against(&exact, 10) >= 0.95);
}

#[test]
fn gpu_nndescent_equals_cpu() {
    let Some(gpu) = test_context() else { return };
    let data = synthetic_clusters(1200, 12, 10, 21);
    let cpu = knn_with(
        &Compute::Cpu,
        data.view(),
        15,
        Metric::Euclidean,
        Method::Approx,
        3,
        &NoProgress,
    )
    .unwrap();
    let gc = Compute::Gpu(gpu);
    let g1 = knn_with(
        &gc,
        data.view(),
        15,
        Metric::Euclidean,
        Method::Approx,
        3,
        &NoProgress,
    )
    .unwrap();
    let g2 = knn_with(
        &gc,
        data.view(),
        15,
        Metric::Euclidean,
        Method::Approx,
        3,
        &NoProgress,
    )
    .unwrap();
    assert_eq!(g1, g2, "GPU NN-descent is not deterministic");
    assert_same(&g1, &cpu, 1e-4);
    let exact = exact_cpu(&data, 15, Metric::Euclidean);
    let recall = g1.recall_against(&exact, 15);
    assert!(recall >= 0.95, "GPU recall@15 = {recall}");
}

#[test]
fn auto_is_exact_below_the_threshold() {
    let data = synthetic_clusters(400, 6, 4, 8);
    assert!(400 <= auto_exact_max_rows(&Compute::Cpu));
    // Below the block start NN-descent would start from the forest, slower than exact.
    assert!(auto_exact_max_rows(&Compute::Cpu) >= nndescent::BLOCK_MIN_ROWS - 1);
    let auto = knn(
        &Compute::Cpu,
        data.view(),
        7,
        Metric::Euclidean,
        Method::Auto,
        &NoProgress,
    )
    .unwrap();
    let exact = exact_cpu(&data, 7, Metric::Euclidean);
    assert_eq!(auto, exact);
}

/// GPU NN-descent against the CPU twin and exact recall on one generated case.
fn gpu_nndescent_case(n: usize, dim: usize, k: usize) {
    let Some(gpu) = test_context() else { return };
    let data = synthetic_clusters(n, dim, 10, 5);
    let run = |c: &Compute| {
        knn_with(
            c,
            data.view(),
            k,
            Metric::Euclidean,
            Method::Approx,
            3,
            &NoProgress,
        )
        .unwrap()
    };
    let cpu = run(&Compute::Cpu);
    let g = run(&Compute::Gpu(gpu));
    let exact = exact_cpu(&data, k, Metric::Euclidean);
    let (rc, rg) = (cpu.recall_against(&exact, k), g.recall_against(&exact, k));
    eprintln!("n {n} dim {dim} k {k}: recall cpu {rc} gpu {rg}");
    assert!(rg >= 0.95, "GPU recall@{k} = {rg} (CPU {rc})");
    assert_same(&g, &cpu, 1e-4);
}

// Issue 3: llvmpipe ends every loop of an invocation after 65535 iterations in all, so a join
// that ran long per point (k = 90, or rows of 100 and more coordinates) left partial distances
// and half-shifted lists: recall 0.81 (k = 90) and 0.68 (300-d) against the CPU twin's 0.9997,
// before the join was split over dispatches.
#[test]
fn gpu_nndescent_large_k() {
    gpu_nndescent_case(1500, 12, 90);
}

#[test]
fn gpu_nndescent_wide_rows() {
    gpu_nndescent_case(1500, 300, 15);
}

/// The exact graph on the CPU, to check approximate ones against.
fn exact_cpu(data: &Array2<f32>, k: usize, metric: Metric) -> KnnGraph {
    knn(
        &Compute::Cpu,
        data.view(),
        k,
        metric,
        Method::Exact,
        &NoProgress,
    )
    .unwrap()
}

/// NN-descent forced to start from cells (`blocks.rs`) at any size: blocks of 100 rows, four
/// cells probed each.
fn block_start() -> nndescent::Params {
    nndescent::Params {
        block_min_rows: 0,
        block_rows: 100,
        block_probes: 4,
        ..nndescent::Params::default()
    }
}

#[test]
fn nndescent_from_cells_is_seeded_finds_the_neighbours_and_lists_duplicates_as_exact() {
    let data = synthetic_clusters(3000, 12, 20, 5);
    let p = block_start();
    let run = |seed| {
        nndescent::approx(
            &Compute::Cpu,
            data.view(),
            15,
            Metric::Euclidean,
            seed,
            &p,
            &NoProgress,
        )
        .unwrap()
    };
    let a = run(4);
    assert_eq!(a, run(4));
    let exact = exact_cpu(&data, 15, Metric::Euclidean);
    let recall = a.recall_against(&exact, 15);
    assert!(recall >= 0.99, "recall@15 = {recall}");
    let dup = with_duplicates();
    let g = nndescent::approx(
        &Compute::Cpu,
        dup.view(),
        5,
        Metric::Euclidean,
        0,
        &nndescent::Params {
            block_rows: 20,
            ..p
        },
        &NoProgress,
    )
    .unwrap();
    check_duplicates(&g);
}

#[test]
fn gpu_nndescent_from_cells_equals_cpu() {
    let Some(gpu) = test_context() else { return };
    let data = synthetic_clusters(1200, 12, 10, 21);
    let p = block_start();
    let run = |compute: &Compute| {
        nndescent::approx(
            compute,
            data.view(),
            15,
            Metric::Euclidean,
            3,
            &p,
            &NoProgress,
        )
        .unwrap()
    };
    let cpu = run(&Compute::Cpu);
    let g = run(&Compute::Gpu(gpu));
    assert_same(&g, &cpu, 1e-4);
}
