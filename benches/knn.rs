//! Criterion benches of the k-NN search, CPU and GPU side by side (the GPU group names the
//! adapter: on a machine with only lavapipe it is the software rasteriser).
//!
//! - exact k-NN, k = 15 and 90, of 10k and 50k points in 50-d;
//! - approximate k-NN (NN-descent, k = 15) of 200k points in 50-d.
//!
//! The full sizes take long on a 2-core machine or a software adapter, so by default the bench
//! runs exact 50k only on hardware GPUs and NN-descent at 50k points; set
//! `KNN_BENCH_FULL=1` for every size on every backend, `BENCH_QUICK=1` for a smoke run at tiny
//! sizes (exact 1k and 2k, NN-descent 5k). `projector bench --algo knn` gives the same cases
//! with recall and memory.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use projector_engine::knn::{Method, Metric, knn, synthetic_clusters};
use projector_engine::{Compute, Gpu, NoProgress};

fn backends() -> Vec<(String, Compute, bool)> {
    let mut v = vec![("cpu".to_string(), Compute::Cpu, false)];
    match Gpu::new() {
        Ok(g) => {
            let soft = g.is_software();
            let name = format!("gpu {}", g.info.name);
            v.push((name, Compute::Gpu(std::sync::Arc::new(g)), soft));
        }
        Err(e) => eprintln!("no GPU adapter ({e}); CPU only"),
    }
    v
}

fn bench(c: &mut Criterion) {
    let full = std::env::var("KNN_BENCH_FULL").is_ok_and(|v| v == "1");
    let quick = std::env::var("BENCH_QUICK").is_ok_and(|v| v == "1");
    let rows = if quick {
        5_000
    } else if full {
        200_000
    } else {
        50_000
    };
    let exact_sizes: &[usize] = if quick {
        &[1_000, 2_000]
    } else {
        &[10_000, 50_000]
    };
    let data = synthetic_clusters(rows, 50, 50, 7);
    for (name, compute, soft) in backends() {
        eprintln!("k-NN bench backend: {} ({})", compute.describe(), name);
        let mut g = c.benchmark_group(format!("knn exact 50-d [{name}]"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(1))
            .measurement_time(Duration::from_secs(1));
        for &n in exact_sizes {
            if n > 10_000 && !full && (soft || matches!(compute, Compute::Cpu)) {
                continue;
            }
            let d = data.slice(ndarray::s![..n, ..]);
            for k in [15usize, 90] {
                g.bench_with_input(BenchmarkId::new(format!("k{k}"), n), &n, |b, _| {
                    b.iter(|| {
                        knn(
                            &compute,
                            d,
                            k,
                            Metric::Euclidean,
                            Method::Exact,
                            &NoProgress,
                        )
                        .unwrap()
                    })
                });
            }
        }
        g.finish();
        let mut g = c.benchmark_group(format!("knn nndescent 50-d [{name}]"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(1))
            .measurement_time(Duration::from_secs(1));
        let n = data.nrows();
        g.bench_with_input(BenchmarkId::new("k15", n), &n, |b, _| {
            b.iter(|| {
                knn(
                    &compute,
                    data.view(),
                    15,
                    Metric::Euclidean,
                    Method::Approx,
                    &NoProgress,
                )
                .unwrap()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
