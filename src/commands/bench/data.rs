//! The input of a case: a `--data` file and its first rows, or seeded synthetic data.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;
use ndarray::parallel::prelude::*;
use ndarray::{Array2, Axis, s};
use projector_engine::Error;

use projector_engine::load::LoadOptions;
use projector_engine::pipeline::Source;

/// The input of one size: data, labels and how long it took to make.
pub(super) struct Dataset {
    pub(super) data: Array2<f32>,
    pub(super) labels: Option<Vec<u32>>,
    pub(super) load_seconds: f64,
    pub(super) source: String,
}

/// Loads `--data` (embedding and labels as `projector project` chooses them).
pub(super) fn load_file(path: &Path, labels: Option<&PathBuf>) -> Result<Dataset> {
    let t = Instant::now();
    let source = Source {
        path: path.to_path_buf(),
        load: LoadOptions {
            labels: labels.cloned(),
            ..LoadOptions::default()
        },
        take_vectors: true,
        ..Source::default()
    };
    let prepared = source.prepare()?;
    let labels = prepared.labels.map(|l| l.codes);
    let embedding = prepared.embedding;
    Ok(Dataset {
        data: embedding.data,
        labels,
        load_seconds: t.elapsed().as_secs_f64(),
        source: path.display().to_string(),
    })
}

/// The first `n` rows of a loaded file (all of them for `usize::MAX`).
pub(super) fn subset(full: &Dataset, n: usize) -> Result<Dataset> {
    let rows = full.data.nrows();
    if n == usize::MAX || n == rows {
        return Ok(Dataset {
            data: full.data.clone(),
            labels: full.labels.clone(),
            load_seconds: full.load_seconds,
            source: full.source.clone(),
        });
    }
    if n > rows {
        return Err(
            Error::Invalid(format!("--sizes {n}: {} has only {rows} rows", full.source)).into(),
        );
    }
    Ok(Dataset {
        data: full.data.slice(s![..n, ..]).to_owned(),
        labels: full.labels.as_ref().map(|l| l[..n].to_vec()),
        load_seconds: full.load_seconds,
        source: full.source.clone(),
    })
}

/// SplitMix64: a seeded stream of 64-bit values.
pub(super) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A uniform value in [0, 1) from a key.
fn unit(key: u64) -> f64 {
    (mix(key) >> 11) as f64 / (1u64 << 53) as f64
}

/// A standard normal value from a key (Box-Muller).
fn gauss(key: u64) -> f32 {
    let u1 = unit(key.wrapping_mul(2)).max(1e-300);
    let u2 = unit(key.wrapping_mul(2).wrapping_add(1));
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}

/// Seeded clustered data with labels (see the module docs): `n × d` and one class per row.
pub(super) fn synthetic(n: usize, d: usize, classes: usize, seed: u64) -> (Array2<f32>, Vec<u32>) {
    const LATENT: usize = 10;
    let base = mix(seed ^ 0x5EED);
    let key = |stream: u64, i: u64| base ^ stream.wrapping_mul(0xA24B_AED4_963E_E407) ^ mix(i);
    let centres: Vec<f32> = (0..classes * LATENT)
        .map(|i| 3.0 * gauss(key(1, i as u64)))
        .collect();
    let scale = 1.0 / (LATENT as f32).sqrt();
    let mixing: Vec<f32> = (0..LATENT * d)
        .map(|i| {
            if mix(key(2, i as u64)) & 1 == 0 {
                scale
            } else {
                -scale
            }
        })
        .collect();
    let labels: Vec<u32> = (0..n)
        .map(|i| (mix(key(3, i as u64)) % classes as u64) as u32)
        .collect();
    let mut data = Array2::<f32>::zeros((n, d));
    data.axis_iter_mut(Axis(0))
        .into_par_iter()
        .enumerate()
        .for_each(|(i, mut row)| {
            let c = labels[i] as usize;
            let mut z = [0f32; LATENT];
            for (l, zl) in z.iter_mut().enumerate() {
                *zl = centres[c * LATENT + l] + gauss(key(4, (i * LATENT + l) as u64));
            }
            for (j, v) in row.iter_mut().enumerate() {
                let mut x = 0.5 * gauss(key(5, (i * d + j) as u64));
                for (l, zl) in z.iter().enumerate() {
                    x += zl * mixing[l * d + j];
                }
                *v = x;
            }
        });
    (data, labels)
}

/// Generated 2-D positions for the renderer: 10 classes on a ring, `n` points.
pub(super) fn render_scene(n: usize, seed: u64) -> projector_viewer::Scene {
    let mut positions = Vec::with_capacity(2 * n);
    let mut codes = Vec::with_capacity(n);
    for i in 0..n {
        let c = (mix(seed ^ (i as u64).wrapping_mul(3)) % 10) as u32;
        let a = std::f32::consts::TAU * c as f32 / 10.0;
        positions.push(5.0 * a.cos() + gauss(seed ^ (2 * i as u64 + 1)));
        positions.push(5.0 * a.sin() + gauss(seed ^ (2 * i as u64 + 2)));
        codes.push(c);
    }
    projector_viewer::Scene {
        positions,
        dims: 2,
        coloring: projector_viewer::Coloring::Categorical {
            codes,
            classes: (0..10).map(|c| c.to_string()).collect(),
        },
        title: String::new(),
    }
}
