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
//!
//! ## Using the engine from your own wgpu application
//!
//! - **Context.** [`Gpu::try_from_device`] wraps your `wgpu::Device` and `wgpu::Queue` after
//!   checking them against [`Gpu::required_limits`] (create the device with
//!   [`Gpu::wanted_limits`] for large inputs); [`Gpu::new`] makes a standalone one. Wrap it in
//!   `Arc` and pass `Compute::Gpu(gpu)`; every buffer the engine creates lives on your device.
//! - **Inputs.** Every reducer entry point takes `impl Into<`[`Input`]`>`: an ndarray view or
//!   array, a flat slice ([`Input::from_slice`]), a [`Table`] ([`Input::from_table`]) or your own
//!   `wgpu::Buffer` ([`Input::from_buffer`], read back once; see [`input`]).
//! - **Outputs on the GPU.** [`umap::Umap::positions_buffer`] and [`tsne::Tsne::positions_buffer`]
//!   hold the layout as `n × dims` f32, row-major (point `i` at floats `i·dims .. (i+1)·dims`), with
//!   usage `STORAGE | VERTEX | COPY_SRC | COPY_DST`: bind it as a storage buffer or a vertex
//!   buffer (stride `dims · 4`, format `Float32x2`/`Float32x3`) without a copy.
//!   `positions()` reads it back when you want the numbers.
//! - **Frame loops.** [`umap::Umap::submit`] and [`tsne::Tsne::submit`] queue a few iterations and
//!   return without waiting; queue order makes your next render pass see them. `is_idle` polls,
//!   `epoch`/`iteration` report progress, [`tsne::Tsne::kl_divergence`] the loss on request.
//!   [`umap::Umap::step`] and [`tsne::Tsne::step`] are the blocking forms.
//! - **Drawing.** `projector_viewer::PointRenderer` draws the points into your render pass.
//!
//! ```
//! use std::sync::Arc;
//! use projector_engine::{Compute, Input, NoProgress, umap};
//!
//! // Standalone here; a host passes `Gpu::try_from_device(device, queue, info)?` instead.
//! let Some(gpu) = projector_engine::gpu::test_context() else { return };
//! let compute = Compute::Gpu(gpu.clone());
//! let flat: Vec<f32> = (0..100 * 4).map(|i| ((i * 37) % 101) as f32 / 101.0 + (i / 200) as f32 * 5.0).collect();
//! let params = umap::UmapParams::default().with_epochs(50);
//! let mut run = umap::Umap::new(&compute, Input::from_slice(&flat, 100, 4).unwrap(), &params, &NoProgress).unwrap();
//! while !run.is_finished() {
//!     run.submit(10, &NoProgress).unwrap(); // one frame's worth; returns at once
//!     let _vertices: &wgpu::Buffer = run.positions_buffer().unwrap(); // draw it
//! }
//! assert_eq!(run.positions().unwrap().dim(), (100, 2));
//! ```

#![warn(missing_docs)]

pub mod backend;
pub mod color_scale;
pub mod density;
pub mod error;
pub mod filter;
pub mod gpu;
pub mod input;
pub mod knn;
pub mod load;
pub mod metrics;
pub mod output;
pub mod params;
pub mod pca;
pub mod pipeline;
pub mod preprocess;
pub mod progress;
pub mod row;
pub mod rows;
pub mod scale;
pub mod table;
pub mod tsne;
pub mod umap;

pub use backend::{BackendChoice, Compute};
pub use error::{Error, Result};
pub use gpu::{Gpu, GpuFeatures};
pub use input::Input;
pub use progress::{NoProgress, Progress};
/// The WGSL shaders and their reflection (re-exported for [`wgsl_struct!`] and host apps).
pub use projector_shaders as shaders;
pub use table::{Column, ColumnData, ColumnKind, EmbeddingSpec, ImageCell, Table, Value};
