//! The GPU path of the optimisation: buffers, pipelines and the per-epoch dispatches of
//! `umap_epoch.wgsl` and `umap_apply.wgsl` (their CPU twins are in `epoch.rs`).
//!
//! Up to [`SLOTS`] epochs go into one command buffer and one submission: each chunk of edges has
//! [`SLOTS`] uniform buffers (and bind groups), one per epoch of a batch, written before the
//! submission; the epoch and apply dispatches of the batch follow one another in one compute
//! pass, and wgpu puts a barrier between dispatches that write the same buffers.

use std::sync::Arc;

use super::epoch::{CLIP, FIXED_SCALE, Sched};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::shaders;

crate::wgsl_struct! {
    /// Uniform parameters shared by both kernels (the `Params` of `shared/umap.wgsl`).
    #[derive(Debug, Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    pub struct Params: umap_epoch::Params, test params_match_wgsl {
        pub n_edges: u32,
        pub n: u32,
        pub dims: u32,
        pub epoch: u32,
        pub seed: u32,
        pub n_coords: u32,
        pub inv_scale: f32,
        pub edge_offset: u32,
        pub a: f32,
        pub b: f32,
        pub alpha: f32,
        pub scale: f32,
    }
}

/// The two kernels, built once per context.
pub struct Kernels {
    epoch: Kernel,
    apply: Kernel,
}

impl Kernels {
    fn new(gpu: &Gpu) -> Kernels {
        use shaders::{umap_apply, umap_epoch};
        Kernels {
            epoch: Kernel::with_overrides(
                gpu,
                &umap_epoch::SHADER,
                &umap_epoch::MAIN,
                &[(umap_epoch::overrides::CLIP, f64::from(CLIP))],
            ),
            apply: Kernel::new(gpu, &umap_apply::SHADER, &umap_apply::MAIN),
        }
    }
}

/// Epochs recorded into one submission at most.
pub const SLOTS: usize = 16;

/// The GPU state of one optimisation.
pub struct GpuLayout {
    gpu: Arc<Gpu>,
    kernels: Arc<Kernels>,
    base: Params,
    _params: wgpu::Buffer,
    positions: wgpu::Buffer,
    chunks: Vec<Chunk>,
    apply_bind: wgpu::BindGroup,
    _delta: wgpu::Buffer,
}

/// One range of edges that fits the storage binding limit, with one uniform buffer and bind
/// group per epoch slot of a batch.
struct Chunk {
    base: Params,
    params: Vec<wgpu::Buffer>,
    binds: Vec<wgpu::BindGroup>,
    _edges: wgpu::Buffer,
    _sched: wgpu::Buffer,
}

impl GpuLayout {
    /// Uploads the edges, their schedule and the initial positions.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gpu: Arc<Gpu>,
        head: &[u32],
        tail: &[u32],
        sched: &[Sched],
        positions: &[f32],
        dims: usize,
        a: f32,
        b: f32,
        seed: u32,
    ) -> Result<GpuLayout> {
        if !(1..=4).contains(&dims) {
            return Err(Error::Invalid(format!(
                "the UMAP epoch kernel handles 1 to 4 output dimensions (got {dims})"
            )));
        }
        let kernels = gpu.cached(Kernels::new);
        let n = positions.len() / dims;
        let delta = gpu.storage("umap delta", (positions.len() * 4) as u64);
        let positions_buf = gpu.positions_init("umap positions", positions);
        let base = Params {
            n_edges: head.len() as u32,
            n: n as u32,
            dims: dims as u32,
            epoch: 0,
            seed,
            n_coords: positions.len() as u32,
            inv_scale: 1.0 / FIXED_SCALE,
            edge_offset: 0,
            a,
            b,
            alpha: 0.0,
            scale: FIXED_SCALE,
        };
        let params = gpu.uniform("umap params", &base);
        // The schedule (16 bytes per edge) is the widest per-edge buffer: chunk by it.
        let per_chunk = gpu.max_binding_rows(16).max(1);
        let mut chunks = Vec::new();
        for start in (0..head.len()).step_by(per_chunk) {
            let end = (start + per_chunk).min(head.len());
            let edges: Vec<u32> = head[start..end]
                .iter()
                .zip(&tail[start..end])
                .flat_map(|(&h, &t)| [h, t])
                .collect();
            let edges_buf = gpu.storage_init("umap edges", &edges);
            let sched_buf = gpu.storage_init("umap schedule", &sched[start..end]);
            let cbase = Params {
                n_edges: (end - start) as u32,
                edge_offset: start as u32,
                ..base
            };
            let cparams: Vec<wgpu::Buffer> = (0..SLOTS)
                .map(|_| gpu.uniform("umap chunk params", &cbase))
                .collect();
            let binds = cparams
                .iter()
                .map(|p| {
                    kernels.epoch.bind(
                        &gpu,
                        &[
                            p.as_entire_binding(),
                            edges_buf.as_entire_binding(),
                            sched_buf.as_entire_binding(),
                            positions_buf.as_entire_binding(),
                            delta.as_entire_binding(),
                        ],
                    )
                })
                .collect();
            chunks.push(Chunk {
                base: cbase,
                params: cparams,
                binds,
                _edges: edges_buf,
                _sched: sched_buf,
            });
        }
        let apply_bind = kernels.apply.bind(
            &gpu,
            &[
                params.as_entire_binding(),
                positions_buf.as_entire_binding(),
                delta.as_entire_binding(),
            ],
        );
        gpu.wait(None)?;
        Ok(GpuLayout {
            gpu,
            kernels,
            base,
            _params: params,
            positions: positions_buf,
            chunks,
            apply_bind,
            _delta: delta,
        })
    }

    /// Submits the epochs `(epoch, alpha)` of `batch` (at most [`SLOTS`]; more are left out), each
    /// as the edge kernel then apply, in one submission, without waiting.
    pub fn submit_epochs(&self, batch: &[(u32, f32)]) -> wgpu::SubmissionIndex {
        let batch = &batch[..batch.len().min(SLOTS)];
        let mut enc = self.gpu.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            for (slot, &(epoch, alpha)) in batch.iter().enumerate() {
                for c in &self.chunks {
                    let p = Params {
                        epoch,
                        alpha,
                        ..c.base
                    };
                    self.gpu
                        .queue
                        .write_buffer(&c.params[slot], 0, bytemuck::bytes_of(&p));
                    self.kernels.epoch.dispatch(
                        &self.gpu,
                        &mut pass,
                        &c.binds[slot],
                        c.base.n_edges,
                    );
                }
                self.kernels.apply.dispatch(
                    &self.gpu,
                    &mut pass,
                    &self.apply_bind,
                    self.base.n_coords,
                );
            }
        }
        self.gpu.queue.submit(Some(enc.finish()))
    }

    /// Waits for a submission.
    pub fn wait(&self, index: wgpu::SubmissionIndex) -> Result<()> {
        self.gpu.wait(Some(index))
    }

    /// The positions buffer.
    pub fn positions(&self) -> &wgpu::Buffer {
        &self.positions
    }

    /// Reads the positions back.
    pub fn read_positions(&self) -> Result<Vec<f32>> {
        self.gpu
            .read_back(&self.positions, self.base.n_coords as usize)
    }
}
