//! # projector-engine
//!
//! The engine behind the `projector` command: typed data tables and their loaders, the reducers
//! (PCA, t-SNE, UMAP) and the k-nearest-neighbour graph they stand on, quality metrics, and the
//! GPU context that runs the WGSL kernels.
//!
//! Every reducer has two backends behind one API, chosen by [`Compute`]: a WGSL path on any wgpu
//! adapter (a real GPU, or Mesa's software lavapipe in CI) and a CPU path that follows the same
//! steps. Tests hold the two to the same result; the CPU path is also the fallback when no adapter
//! exists.
//!
//! ```
//! use projector_engine::{Compute, pca};
//! use ndarray::array;
//!
//! let data = array![[0.0f32, 0.0], [1.0, 1.0], [2.0, 2.1], [3.0, 2.9]];
//! let fit = pca::fit(&Compute::Cpu, data.view(), 1).unwrap();
//! assert!(fit.explained_variance_ratio[0] > 0.99);
//! ```

#![warn(missing_docs)]

pub mod backend;
pub mod error;
pub mod gpu;
pub mod input;
pub mod knn;
pub mod load;
pub mod metrics;
pub mod output;
pub mod pca;
pub mod progress;
pub mod table;
pub mod tsne;
pub mod umap;

pub use backend::{BackendChoice, Compute};
pub use error::{Error, Result};
pub use gpu::{Gpu, GpuFeatures};
pub use input::Input;
pub use progress::{NoProgress, Progress};
pub use table::{Column, ColumnData, ColumnKind, EmbeddingSpec, ImageCell, Table, Value};
