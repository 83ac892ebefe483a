//! Where a layout came from: enough to trace it and to reproduce it.
//!
//! A [`Provenance`] names the reducer, every parameter it ran with (the `{group: {name: value}}`
//! of [`Settings::values`]), the seed, the projector version, the backend, and the input: the
//! file, the embedding columns, the matrix's shape and a BLAKE3 hash of its values
//! ([`matrix_hash`]), so that a layout can be matched to the exact numbers it was computed
//! from even when the file has been rewritten since. `projector project` writes it into Parquet
//! metadata, into a `.json` beside an `.npy` or `.csv` output
//! ([`crate::output::write_projection`]), and into `--metrics`. It holds no clock time, so the
//! same run writes the same bytes.

use ndarray::ArrayView2;
use serde::{Deserialize, Serialize};

use super::Settings;
use crate::Compute;
use crate::rows::{RowSource, SCAN_BLOCK_ROWS};

/// The provenance of a layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// `projector` and its version, e.g. `projector 0.4.0`.
    pub projector: String,
    /// The reducer: `pca`, `tsne` or `umap`.
    pub reducer: String,
    /// Every parameter the reducer ran with, `{group: {name: value}}`.
    pub params: serde_json::Value,
    /// The seed.
    pub seed: u64,
    /// `cpu` or `gpu`.
    pub backend: String,
    /// The GPU adapter, when the backend is `gpu` (results may differ between adapters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapter: Option<String>,
    /// The input the map was fitted on.
    pub input: InputInfo,
    /// For rows placed into a fitted map (`project --transform`): the rows placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transformed: Option<InputInfo>,
}

/// The input of a layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputInfo {
    /// The input file as given, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The embedding columns (empty for a bare matrix).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embedding: Vec<String>,
    /// Rows of the matrix.
    pub rows: usize,
    /// Columns of the matrix.
    pub dims: usize,
    /// [`matrix_hash`] of the matrix, hex.
    pub matrix_blake3: String,
}

impl InputInfo {
    /// The input `matrix` (rows as reduced), read from `file` (if any) through `embedding`.
    pub fn of(
        file: Option<&std::path::Path>,
        embedding: &[String],
        matrix: ArrayView2<'_, f32>,
    ) -> InputInfo {
        InputInfo {
            file: file.map(|f| f.display().to_string()),
            embedding: embedding.to_vec(),
            rows: matrix.nrows(),
            dims: matrix.ncols(),
            matrix_blake3: matrix_hash(matrix),
        }
    }
}

impl Provenance {
    /// The provenance of a layout made by `settings` on `compute` from `input`.
    pub fn new(settings: &Settings, compute: &Compute, input: InputInfo) -> Provenance {
        Provenance {
            projector: format!("projector {}", env!("CARGO_PKG_VERSION")),
            reducer: settings.algo.id().to_string(),
            params: settings.values(),
            seed: settings.seed(),
            backend: match compute {
                Compute::Cpu => "cpu".into(),
                Compute::Gpu(_) => "gpu".into(),
            },
            adapter: compute.gpu().map(|g| g.describe()),
            input,
            transformed: None,
        }
    }
}

/// BLAKE3 of an `n × d` f32 matrix, hex: the shape (`n`, `d` as little-endian u64), then every
/// value's little-endian bytes, row by row. Two matrices hash alike exactly when they have
/// the same shape and the same bits.
///
/// ```
/// use projector_engine::pipeline::matrix_hash;
/// let a = ndarray::array![[1.0f32, 2.0], [3.0, 4.0]];
/// assert_eq!(matrix_hash(a.view()), matrix_hash(a.clone().view()));
/// assert_ne!(matrix_hash(a.view()), matrix_hash(a.t()));
/// assert_ne!(matrix_hash(a.view()), matrix_hash(a.clone().into_shape_with_order((1, 4)).unwrap().view()));
/// ```
pub fn matrix_hash(matrix: ArrayView2<'_, f32>) -> String {
    matrix_hash_rows(&matrix)
}

/// [`matrix_hash`] of rows read a block at a time (a mapped file): the same hash as of the
/// equal matrix in memory.
pub fn matrix_hash_rows(src: &dyn RowSource) -> String {
    let (n, d) = src.dim();
    let mut h = blake3::Hasher::new();
    h.update(&(n as u64).to_le_bytes());
    h.update(&(d as u64).to_le_bytes());
    let mut buf = Vec::with_capacity(d * 4);
    for r0 in (0..n).step_by(SCAN_BLOCK_ROWS) {
        let r1 = (r0 + SCAN_BLOCK_ROWS).min(n);
        let block = src.block(r0, r1);
        match block.as_slice() {
            // Row-major and contiguous: hashed in place, on every core.
            Some(flat) if cfg!(target_endian = "little") => {
                h.update_rayon(bytemuck::cast_slice(flat));
            }
            _ => {
                for row in block.rows() {
                    buf.clear();
                    for v in row {
                        buf.extend_from_slice(&v.to_le_bytes());
                    }
                    h.update(&buf);
                }
            }
        }
        drop(block);
        src.release(r0, r1);
    }
    h.finalize().to_hex().to_string()
}
