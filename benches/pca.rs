//! Criterion benches of PCA: 100,000 × 784 → 50 components on the CPU twin and on the GPU
//! adapter (whatever `Gpu::new` finds; its name is printed and put in the bench id), plus the
//! trustworthiness metric on 5,000 points (it runs after every projection).
//!
//! The data is generated with a seeded xorshift generator: 32 latent factors with geometrically
//! decaying scales mixed into 784 columns, plus noise, so the spectrum decays like image data.
//! Run with `cargo bench --bench pca`; set `PCA_BENCH_ROWS` to change the row count
//! (`BENCH_QUICK=1`: 2,000 rows and short measurements, a smoke run).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ndarray::Array2;
use projector_engine::{Compute, Gpu, metrics, pca};

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 40) as f32 / (1u64 << 24) as f32) - 0.5
    }
}

fn data(n: usize, d: usize, seed: u64) -> Array2<f32> {
    let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let factors = 32;
    let mixing = Array2::from_shape_fn((factors, d), |_| rng.next());
    let latent = Array2::from_shape_fn((n, factors), |(_, f)| {
        rng.next() * 0.8f32.powi(f as i32) * 8.0
    });
    let mut x = latent.dot(&mixing);
    x.mapv_inplace(|v| v + 0.05 * rng.next());
    x
}

fn bench(c: &mut Criterion) {
    let quick = std::env::var("BENCH_QUICK").is_ok_and(|v| v == "1");
    let n: usize = std::env::var("PCA_BENCH_ROWS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 2_000 } else { 100_000 });
    let (d, k) = (784, 50);
    let x = data(n, d, 42);
    let mut group = c.benchmark_group("pca");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(if quick { 1 } else { 20 }));
    group.bench_function(format!("fit_transform {n}x{d}->{k} cpu"), |b| {
        b.iter(|| black_box(pca::fit_transform(&Compute::Cpu, x.view(), k).unwrap()))
    });
    match Gpu::new() {
        Ok(gpu) => {
            let name = gpu.describe();
            eprintln!("pca bench: GPU adapter {name}");
            let compute = Compute::Gpu(std::sync::Arc::new(gpu));
            group.bench_function(format!("fit_transform {n}x{d}->{k} gpu [{name}]"), |b| {
                b.iter(|| black_box(pca::fit_transform(&compute, x.view(), k).unwrap()))
            });
        }
        Err(e) => eprintln!("pca bench: no GPU adapter ({e}); GPU case skipped"),
    }
    group.finish();

    let m = 5_000.min(n);
    let high = x.slice(ndarray::s![..m, ..]).to_owned();
    let low = high.slice(ndarray::s![.., ..2]).to_owned();
    let mut group = c.benchmark_group("metrics");
    group.sample_size(10);
    group.bench_function(format!("trustworthiness {m}x{d} k=15"), |b| {
        b.iter(|| black_box(metrics::trustworthiness(high.view(), low.view(), 15).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
