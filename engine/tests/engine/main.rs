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
