//! End-to-end UMAP measurements on local data (not run in CI: they need /work/shared and take
//! seconds in release). Run with
//! `cargo test --release -p projector-engine --test umap -- --ignored --nocapture`;
//! set `UMAP_BACKEND=gpu` for the WGSL path, `UMAP_SEED` for another seed and `UMAP_OUT=dir` to
//! save the layouts as .npy.

use std::time::Instant;

use ndarray::Array2;
use projector_engine::{Compute, NoProgress, pca, umap};

/// Reads a C-order .npy of u8, f32 or i64 as f32 (enough for the shared datasets).
fn read_npy(path: &str) -> Option<(Vec<usize>, Vec<f32>)> {
    let bytes = std::fs::read(path).ok()?;
    let hlen = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let header = std::str::from_utf8(&bytes[10..10 + hlen]).ok()?;
    let descr = header
        .split("'descr':")
        .nth(1)?
        .split('\'')
        .nth(1)?
        .to_string();
    let shape_s = header
        .split("'shape':")
        .nth(1)?
        .split('(')
        .nth(1)?
        .split(')')
        .next()?;
    let shape: Vec<usize> = shape_s
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let body = &bytes[10 + hlen..];
    let data = match descr.as_str() {
        "|u1" => body.iter().map(|&b| b as f32).collect(),
        "<f4" => body
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        "<i8" => body
            .chunks_exact(8)
            .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f32)
            .collect(),
        _ => return None,
    };
    Some((shape, data))
}

fn write_npy(path: &str, y: &Array2<f32>) {
    let header = format!(
        "{{'descr': '<f4', 'fortran_order': False, 'shape': ({}, {}), }}",
        y.nrows(),
        y.ncols()
    );
    let mut h = header.into_bytes();
    while (10 + h.len() + 1) % 64 != 0 {
        h.push(b' ');
    }
    h.push(b'\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(h.len() as u16).to_le_bytes());
    out.extend_from_slice(&h);
    for v in y.iter() {
        out.extend_from_slice(&v.to_le_bytes());
    }
    std::fs::write(path, out).expect("write npy");
}

fn compute() -> Compute {
    match std::env::var("UMAP_BACKEND").as_deref() {
        Ok("gpu") => Compute::Gpu(projector_engine::gpu::test_context().expect("a GPU adapter")),
        _ => Compute::Cpu,
    }
}

fn measure(name: &str, x: Array2<f32>, pca_dims: Option<usize>) {
    let c = compute();
    let t0 = Instant::now();
    let x = match pca_dims {
        Some(k) => {
            let p = pca::fit(&c, x.view(), k).expect("pca");
            p.transform(x.view())
        }
        None => x,
    };
    let t_pca = t0.elapsed().as_secs_f64();
    let mut params = umap::UmapParams::default();
    if let Some(seed) = std::env::var("UMAP_SEED").ok().and_then(|s| s.parse().ok()) {
        params.seed = seed;
    }
    let mut u = umap::Umap::new(&c, x.view(), &params, &NoProgress).expect("umap");
    let n = u.n_epochs();
    u.step(n, &NoProgress).expect("step");
    let y = u.positions().expect("positions");
    let total = t0.elapsed().as_secs_f64();
    println!(
        "{name} on {}: {} points, {} edges, init {:?}, pca {t_pca:.2}s, stages {:?}, total {total:.2}s",
        c.describe(),
        y.nrows(),
        u.n_edges(),
        u.init_kind(),
        u.timings()
    );
    if let Ok(dir) = std::env::var("UMAP_OUT") {
        let tag = if matches!(c, Compute::Cpu) {
            "cpu"
        } else {
            "gpu"
        };
        write_npy(&format!("{dir}/umap_{name}_{tag}_{}.npy", params.seed), &y);
    }
}

#[test]
#[ignore = "local data and release timings"]
fn mnist10k_end_to_end() {
    let t = Instant::now();
    let Some((shape, data)) = read_npy("/work/shared/datasets/mnist10k_pixels_u8.npy") else {
        eprintln!("no MNIST data");
        return;
    };
    let x = Array2::from_shape_vec((shape[0], shape[1]), data).expect("shape");
    println!("load {:.2}s", t.elapsed().as_secs_f64());
    measure("mnist10k", x, Some(50));
}

#[test]
#[ignore = "local data and release timings"]
fn digits_end_to_end() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv");
    let mut rd = csv::Reader::from_path(path).expect("digits");
    let mut x = Vec::new();
    let mut n = 0;
    for rec in rd.records() {
        let rec = rec.expect("row");
        x.extend(rec.iter().skip(1).map(|v| v.parse::<f32>().unwrap_or(0.0)));
        n += 1;
    }
    let d = x.len() / n;
    measure(
        "digits",
        Array2::from_shape_vec((n, d), x).expect("shape"),
        None,
    );
}
