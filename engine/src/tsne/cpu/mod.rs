//! The CPU twins of t-SNE's WGSL kernels, one file per shader (as `umap/epoch.rs` is UMAP's),
//! each written to follow its kernel operation by operation:
//!
//! | file | shader |
//! | --- | --- |
//! | `affinity.rs` | `tsne_affinity.wgsl`: bandwidth search, conditional rows |
//! | `attract.rs` | `tsne_attract.wgsl`: attractive forces over the sparse P |
//! | `repulse_exact.rs` | `tsne_repulse_exact.wgsl`: exact O(n²) repulsion and Z's rows |
//! | `update.rs` | `tsne_update.wgsl`: gains, momentum, position step |
//! | `grid.rs` | `tsne_grid_*.wgsl`: the grid repulsion, stage by stage (tests only) |
//!
//! The CPU backend runs the first four; for 2-D repulsion it runs the FFT of `../fft.rs`, and
//! the grid twin is the reference the GPU's grid path is tested against. The tests that hold
//! each pair together are in `../tests.rs` and `../gpu/` (`gpu_*_matches_cpu`).

mod affinity;
mod attract;
#[cfg(test)]
pub(crate) mod grid;
mod repulse_exact;
mod update;

pub(crate) use affinity::conditional_cpu;
#[cfg(test)]
pub(crate) use attract::attractive;
pub(crate) use attract::{Pairs, attractive_pairs};
pub(crate) use repulse_exact::repulsive_exact;
pub(crate) use update::update;
