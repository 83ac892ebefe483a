//! The engine's integration tests, linked into one test binary.
//!
//! Every test binary links the whole dependency tree (wgpu, arrow/parquet, …); one binary per
//! file made CI link a dozen of them and run out of disk. Each file stays a module of its own.

mod knn;
mod library;
mod load_csv;
mod load_npy;
mod load_output;
mod load_parquet;
mod load_tfprojector;
mod load_truncations;
mod load_wandb;
mod metrics;
mod pca;
mod umap;

use ndarray::Array2;

/// The bundled digits fixture (`data/digits.csv`): 1797 × 64 pixels and their labels.
pub(crate) fn digits() -> (Array2<f32>, Vec<u32>) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for line in text.lines().skip(1) {
        let mut it = line.split(',');
        labels.push(it.next().unwrap().trim().parse::<u32>().unwrap());
        rows.extend(it.map(|v| v.trim().parse::<f32>().unwrap()));
    }
    let n = labels.len();
    (Array2::from_shape_vec((n, 64), rows).unwrap(), labels)
}
