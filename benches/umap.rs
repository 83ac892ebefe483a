//! Criterion benches of the UMAP optimisation: one epoch at 10,000 points (generated: 10
//! Gaussian-ish blobs in 50-D; `BENCH_QUICK=1`: 1,000 points), on the CPU twin and on the WGSL
//! path when an adapter exists. Whole runs with the per-stage split (MNIST-10k:
//! `projector bench --algo umap --data mnist10k_pixels_u8.npy --labels mnist10k_labels.npy`)
//! come from `projector bench`.
use criterion::{Criterion, criterion_group, criterion_main};
use ndarray::Array2;
use projector_engine::{BackendChoice, Compute, NoProgress, umap};

fn data(n: usize, d: usize) -> Array2<f32> {
    let mut state = 12345u64;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as f32 / (1u64 << 31) as f32) - 0.5
    };
    let centres: Vec<f32> = (0..10 * d).map(|_| next() * 20.0).collect();
    Array2::from_shape_fn((n, d), |(i, j)| centres[(i % 10) * d + j] + next() * 4.0)
}

fn bench(c: &mut Criterion) {
    let quick = std::env::var("BENCH_QUICK").is_ok_and(|v| v == "1");
    let x = data(if quick { 1_000 } else { 10_000 }, 50);
    let mut params = umap::UmapParams::default();
    // A long schedule so every iteration runs a real epoch.
    params.epochs = Some(1_000_000);
    let mut group = c.benchmark_group(format!("umap_epoch_{}", x.nrows()));
    group.sample_size(10);
    let mut backends = vec![("cpu", Compute::Cpu)];
    if let Ok(g @ Compute::Gpu(_)) = Compute::select(BackendChoice::Gpu) {
        backends.push(("gpu", g));
    }
    for (name, compute) in backends {
        let Ok(mut u) = umap::Umap::new(&compute, x.view(), &params, &NoProgress) else {
            continue;
        };
        // Skip the first epochs, where few edges are due.
        let _ = u.step(5, &NoProgress);
        group.bench_function(name, |b| {
            b.iter(|| u.step(1, &NoProgress));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
