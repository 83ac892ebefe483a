//! Benches of t-SNE.
//!
//! `cargo bench --bench tsne`: criterion, one gradient step at 10k points (exact vs FFT
//! repulsion on the CPU, exact on the GPU when an adapter exists), on generated clusters
//! (`BENCH_QUICK=1`: 1,000 points, a smoke run); and, when an adapter exists, one GPU step at
//! 2,000 points with exact vs grid-interpolation repulsion (`tsne gpu step 2000`).
//!
//! End to end with the per-stage split: `TSNE_E2E=/path/mnist10k_pixels_u8.npy cargo bench
//! --bench tsne` (also `TSNE_BACKEND=gpu|cpu`, `TSNE_OUT=y.npy` to save the coordinates,
//! `TSNE_N=` to take the first rows only; a `.csv` with a `target` column first also works).
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use ndarray::Array2;
use projector_engine::{Compute, NoProgress, Progress, pca, tsne};

fn clusters(n: usize, d: usize) -> Array2<f32> {
    let mut s = 12345u64;
    let mut rnd = move || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 40) as f32 / (1u64 << 24) as f32
    };
    let centres: Vec<f32> = (0..10 * d).map(|_| rnd() * 20.0).collect();
    Array2::from_shape_fn((n, d), |(i, j)| {
        centres[(i % 10) * d + j] + rnd() * 2.0 - 1.0
    })
}

fn bench(c: &mut Criterion) {
    let quick = std::env::var("BENCH_QUICK").is_ok_and(|v| v == "1");
    let n = if quick { 1_000 } else { 10_000 };
    let x = clusters(n, 20);
    let mut g = c.benchmark_group(format!("tsne step {n}"));
    g.sample_size(10);
    let mut backends = vec![("cpu", Compute::Cpu)];
    if let Ok(gpu) = projector_engine::Gpu::new() {
        backends.push(("gpu", Compute::Gpu(std::sync::Arc::new(gpu))));
    }
    for (name, compute) in &backends {
        for rep in [tsne::Repulsion::Exact, tsne::Repulsion::Approx] {
            if compute.gpu().is_some() && rep == tsne::Repulsion::Approx {
                continue;
            }
            let mut p = tsne::Params::default();
            p.repulsion = rep;
            let Ok(mut t) = tsne::Tsne::new(compute, x.view(), &p, &NoProgress) else {
                continue;
            };
            // Past early exaggeration, where the spread (and the FFT grid) is realistic.
            let _ = t.step(
                if rep == tsne::Repulsion::Approx {
                    300
                } else {
                    0
                },
                &NoProgress,
            );
            g.bench_function(format!("{name} {rep:?}"), |b| {
                b.iter(|| t.step(1, &NoProgress).unwrap())
            });
        }
    }
    g.finish();
    if let Some((_, gpu)) = backends.iter().find(|(name, _)| *name == "gpu") {
        bench_gpu_grid(c, gpu);
    }
}

/// One GPU step at 2,000 points past early exaggeration: exact vs grid repulsion.
fn bench_gpu_grid(c: &mut Criterion, compute: &Compute) {
    let x = clusters(2_000, 20);
    let mut g = c.benchmark_group("tsne gpu step 2000");
    g.sample_size(10);
    for rep in [tsne::Repulsion::Exact, tsne::Repulsion::Approx] {
        let mut p = tsne::Params::default();
        p.repulsion = rep;
        let Ok(mut t) = tsne::Tsne::new(compute, x.view(), &p, &NoProgress) else {
            continue;
        };
        let _ = t.step(300, &NoProgress);
        g.bench_function(format!("gpu {rep:?}"), |b| {
            b.iter(|| t.step(1, &NoProgress).unwrap())
        });
    }
    g.finish();
}

fn read_npy_u8_or_f32(path: &str) -> Array2<f32> {
    let bytes = std::fs::read(path).expect("read npy");
    let hlen = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let header = std::str::from_utf8(&bytes[10..10 + hlen]).expect("npy header");
    let shape: Vec<usize> = header
        .split("'shape': (")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .expect("shape")
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    let data = &bytes[10 + hlen..];
    let v: Vec<f32> = if header.contains("|u1") {
        data.iter().map(|&b| b as f32).collect()
    } else {
        data.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    };
    Array2::from_shape_vec((shape[0], shape[1]), v).expect("npy shape")
}

fn read_csv(path: &str) -> Array2<f32> {
    let text = std::fs::read_to_string(path).expect("read csv");
    let mut rows = Vec::new();
    let mut n = 0;
    for line in text.lines().skip(1) {
        rows.extend(
            line.split(',')
                .skip(1)
                .map(|s| s.trim().parse::<f32>().unwrap()),
        );
        n += 1;
    }
    let d = rows.len() / n;
    Array2::from_shape_vec((n, d), rows).unwrap()
}

fn write_npy(path: &str, y: &Array2<f32>) {
    let mut header = format!(
        "{{'descr': '<f4', 'fortran_order': False, 'shape': ({}, {}), }}",
        y.nrows(),
        y.ncols()
    );
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    for v in y.iter() {
        out.extend_from_slice(&v.to_le_bytes());
    }
    std::fs::write(path, out).expect("write npy");
}

struct Print;
impl Progress for Print {
    fn message(&self, text: &str) {
        eprintln!("{text}");
    }
}

fn end_to_end(path: &str) {
    let t0 = Instant::now();
    let mut x = if path.ends_with(".csv") {
        read_csv(path)
    } else {
        read_npy_u8_or_f32(path)
    };
    if let Some(n) = std::env::var("TSNE_N")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    {
        x = x.slice(ndarray::s![..n.min(x.nrows()), ..]).to_owned();
    }
    let t_load = t0.elapsed();
    let compute = match std::env::var("TSNE_BACKEND").as_deref() {
        Ok("gpu") => Compute::Gpu(std::sync::Arc::new(
            projector_engine::Gpu::new().expect("gpu"),
        )),
        _ => Compute::Cpu,
    };
    let t1 = Instant::now();
    let x50 = if x.ncols() > 50 {
        pca::fit(&compute, x.view(), 50)
            .expect("pca")
            .transform(x.view())
    } else {
        x
    };
    let t_pca = t1.elapsed();
    let mut p = tsne::Params::default();
    if let Ok(r) = std::env::var("TSNE_REPULSION") {
        p.repulsion = if r == "exact" {
            tsne::Repulsion::Exact
        } else {
            tsne::Repulsion::Approx
        };
    }
    let mut t = tsne::Tsne::new(&compute, x50.view(), &p, &Print).expect("tsne");
    t.step(p.iterations, &Print).expect("step");
    let y = t.positions().expect("positions");
    let s = t.times();
    println!(
        "{} n={} load {:.2}s pca {:.2}s knn {:.2}s affinities {:.2}s init {:.2}s optimise {:.2}s total {:.2}s",
        compute.describe(),
        y.nrows(),
        t_load.as_secs_f64(),
        t_pca.as_secs_f64(),
        s.knn.as_secs_f64(),
        s.affinities.as_secs_f64(),
        s.init.as_secs_f64(),
        s.optimise.as_secs_f64(),
        t0.elapsed().as_secs_f64()
    );
    if let Ok(out) = std::env::var("TSNE_OUT") {
        write_npy(&out, &y);
    }
}

criterion_group!(benches, bench);

fn main() {
    if let Ok(path) = std::env::var("TSNE_E2E") {
        end_to_end(&path);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
