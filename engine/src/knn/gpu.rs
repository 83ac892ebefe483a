//! Exact k-NN on the GPU (`knn_exact_tile.wgsl`); `cpu.rs` is its twin.
//!
//! The prepared rows are split into blocks that each fit one storage binding (and at most
//! `block_rows` rows, a test knob). For every query block the running top-k lists live in two
//! storage buffers (`+inf` / `u32::MAX` when empty); the kernel is dispatched once per slice of
//! base rows of every base block, each dispatch bounded to about 2²⁷ multiply-adds so no single
//! dispatch runs long, and the lists carry over from one dispatch to the next.

use std::sync::Arc;

use ndarray::{ArrayView2, s};

use super::{KnnGraph, row_norms};
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::progress::Progress;

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct TileParams {
    q_rows: u32,
    b_start: u32,
    b_end: u32,
    dim: u32,
    k: u32,
    q_global: u32,
    b_global: u32,
    _pad: u32,
}
const _: () = assert!(std::mem::size_of::<TileParams>() == 32);

/// Queries per workgroup and base rows per tile in the kernel.
const TILE: usize = 64;
/// Multiply-adds per dispatch (bounds the time of one dispatch).
const DISPATCH_MACS: usize = 1 << 27;
/// Multiply-adds per submission.
const SUBMIT_MACS: usize = 1 << 29;

pub(super) struct Kernels {
    tile: wgpu::ComputePipeline,
}

impl Kernels {
    fn new(gpu: &Gpu) -> Self {
        Kernels {
            tile: gpu.compute_pipeline("knn_exact_tile", projector_shaders::KNN_EXACT_TILE, "main"),
        }
    }
}

struct Block {
    start: usize,
    rows: usize,
    data: wgpu::Buffer,
    norms: wgpu::Buffer,
}

/// Exact k-NN of prepared rows; distances come back squared (as the CPU twin's).
pub(super) fn exact(
    gpu: &Arc<Gpu>,
    x: ArrayView2<'_, f32>,
    k: usize,
    block_rows: usize,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let (n, dim) = x.dim();
    let kernels = gpu.cached(Kernels::new);
    let norms = row_norms(x);
    let rows_per_block = gpu
        .max_binding_rows((dim.max(1) * 4) as u64)
        .min(gpu.max_binding_rows((k * 4) as u64))
        .min(block_rows)
        .max(1);
    let mut blocks = Vec::new();
    for start in (0..n).step_by(rows_per_block) {
        let end = (start + rows_per_block).min(n);
        let rows = end - start;
        let slice = x.slice(s![start..end, ..]);
        let owned;
        let flat = match slice.as_slice() {
            Some(f) => f,
            None => {
                owned = slice.as_standard_layout().into_owned();
                owned
                    .as_slice()
                    .ok_or_else(|| Error::Invalid("non-contiguous data".into()))?
            }
        };
        blocks.push(Block {
            start,
            rows,
            data: gpu.storage_init("knn rows", flat),
            norms: gpu.storage_init("knn norms", &norms[start..end]),
        });
    }
    let mut indices = Vec::with_capacity(n * k);
    let mut distances = Vec::with_capacity(n * k);
    let total_units = (n as u64) * (blocks.len() as u64);
    let mut units = 0u64;
    for qb in &blocks {
        let best_d = gpu.storage_init("knn best d", &vec![f32::INFINITY; qb.rows * k]);
        let best_i = gpu.storage_init("knn best i", &vec![u32::MAX; qb.rows * k]);
        let step = (DISPATCH_MACS / (qb.rows * dim.max(1)))
            .next_multiple_of(TILE)
            .max(TILE);
        let (wx, wy) = gpu.workgroups(qb.rows as u32, TILE as u32);
        for bb in &blocks {
            let mut b = 0;
            while b < bb.rows {
                if progress.cancelled() {
                    return Err(Error::Cancelled);
                }
                let mut enc = gpu.device.create_command_encoder(&Default::default());
                let mut macs = 0;
                while b < bb.rows && macs < SUBMIT_MACS {
                    let end = (b + step).min(bb.rows);
                    let params = gpu.uniform(
                        "knn tile params",
                        &TileParams {
                            q_rows: qb.rows as u32,
                            b_start: b as u32,
                            b_end: end as u32,
                            dim: dim as u32,
                            k: k as u32,
                            q_global: qb.start as u32,
                            b_global: bb.start as u32,
                            _pad: 0,
                        },
                    );
                    let bind = gpu.bind(
                        &kernels.tile,
                        &[
                            params.as_entire_binding(),
                            qb.data.as_entire_binding(),
                            qb.norms.as_entire_binding(),
                            bb.data.as_entire_binding(),
                            bb.norms.as_entire_binding(),
                            best_d.as_entire_binding(),
                            best_i.as_entire_binding(),
                        ],
                    );
                    {
                        let mut pass = enc.begin_compute_pass(&Default::default());
                        pass.set_pipeline(&kernels.tile);
                        pass.set_bind_group(0, &bind, &[]);
                        pass.dispatch_workgroups(wx, wy, 1);
                    }
                    macs += qb.rows * (end - b) * dim.max(1);
                    b = end;
                }
                gpu.submit_and_wait(enc)?;
                progress.update(
                    "k-NN",
                    units + (qb.rows * b / bb.rows.max(1)) as u64,
                    total_units,
                );
            }
            units += qb.rows as u64;
        }
        distances.extend(gpu.read_back::<f32>(&best_d, qb.rows * k)?);
        indices.extend(gpu.read_back::<u32>(&best_i, qb.rows * k)?);
    }
    if indices.iter().any(|&i| i as usize >= n) {
        return Err(Error::Gpu("k-NN kernel left a list unfilled".into()));
    }
    Ok(KnnGraph {
        n,
        k,
        indices,
        distances,
    })
}

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct JoinParams {
    n: u32,
    dim: u32,
    kb: u32,
    width: u32,
    u_start: u32,
    u_end: u32,
    _pad: [u32; 2],
}
const _: () = assert!(std::mem::size_of::<JoinParams>() == 32);

pub(super) struct NndKernels {
    join: wgpu::ComputePipeline,
}

impl NndKernels {
    fn new(gpu: &Gpu) -> Self {
        NndKernels {
            join: gpu.compute_pipeline("knn_nnd_join", projector_shaders::KNN_NND_JOIN, "main"),
        }
    }
}

/// GPU buffers of an NN-descent run: the rows stay on the device; lists and candidates are
/// uploaded every round (sampling runs on the CPU) and the lists read back.
pub(crate) struct NndState {
    gpu: Arc<Gpu>,
    kernels: Arc<NndKernels>,
    n: usize,
    dim: usize,
    kb: usize,
    width: usize,
    data: wgpu::Buffer,
    ids: wgpu::Buffer,
    dist: wgpu::Buffer,
    flags: wgpu::Buffer,
    cand_new: wgpu::Buffer,
    cand_old: wgpu::Buffer,
    updates: wgpu::Buffer,
}

impl NndState {
    /// Uploads the rows; `None` when they do not fit one storage binding (the caller then joins
    /// on the CPU).
    pub(crate) fn new(
        gpu: &Arc<Gpu>,
        flat: &[f32],
        n: usize,
        dim: usize,
        kb: usize,
        width: usize,
    ) -> Option<NndState> {
        if gpu.max_binding_rows((dim.max(1) * 4) as u64) < n
            || gpu.max_binding_rows((kb.max(width) * 4) as u64) < n
        {
            return None;
        }
        Some(NndState {
            gpu: gpu.clone(),
            kernels: gpu.cached(NndKernels::new),
            n,
            dim,
            kb,
            width,
            data: gpu.storage_init("nnd rows", flat),
            ids: gpu.storage("nnd ids", (n * kb * 4) as u64),
            dist: gpu.storage("nnd dist", (n * kb * 4) as u64),
            flags: gpu.storage("nnd flags", (n * kb * 4) as u64),
            cand_new: gpu.storage("nnd cand new", (n * width * 4) as u64),
            cand_old: gpu.storage("nnd cand old", (n * width * 4) as u64),
            updates: gpu.storage("nnd updates", (n * 4) as u64),
        })
    }

    /// One join round on the GPU; updates `work` in place and returns the insertions.
    pub(crate) fn join(
        &mut self,
        work: &mut super::nndescent::Work,
        cand: &super::nndescent::Candidates,
    ) -> Result<u64> {
        let gpu = &self.gpu;
        let q = &gpu.queue;
        q.write_buffer(&self.ids, 0, bytemuck::cast_slice(&work.ids));
        q.write_buffer(&self.dist, 0, bytemuck::cast_slice(&work.d));
        q.write_buffer(&self.flags, 0, bytemuck::cast_slice(&work.new));
        q.write_buffer(&self.cand_new, 0, bytemuck::cast_slice(&cand.new));
        q.write_buffer(&self.cand_old, 0, bytemuck::cast_slice(&cand.old));
        let per_point = (2 * self.width) * (2 * self.width) * (self.dim + self.kb) / 2;
        let step = (DISPATCH_MACS / per_point.max(1)).max(TILE);
        let mut u = 0;
        while u < self.n {
            let mut enc = gpu.device.create_command_encoder(&Default::default());
            let mut macs = 0;
            while u < self.n && macs < SUBMIT_MACS {
                let end = (u + step).min(self.n);
                let params = gpu.uniform(
                    "nnd join params",
                    &JoinParams {
                        n: self.n as u32,
                        dim: self.dim as u32,
                        kb: self.kb as u32,
                        width: self.width as u32,
                        u_start: u as u32,
                        u_end: end as u32,
                        _pad: [0; 2],
                    },
                );
                let bind = gpu.bind(
                    &self.kernels.join,
                    &[
                        params.as_entire_binding(),
                        self.data.as_entire_binding(),
                        self.cand_new.as_entire_binding(),
                        self.cand_old.as_entire_binding(),
                        self.ids.as_entire_binding(),
                        self.dist.as_entire_binding(),
                        self.flags.as_entire_binding(),
                        self.updates.as_entire_binding(),
                    ],
                );
                {
                    let mut pass = enc.begin_compute_pass(&Default::default());
                    pass.set_pipeline(&self.kernels.join);
                    pass.set_bind_group(0, &bind, &[]);
                    let (x, y) = gpu.workgroups((end - u) as u32, TILE as u32);
                    pass.dispatch_workgroups(x, y, 1);
                }
                macs += (end - u) * per_point;
                u = end;
            }
            gpu.submit_and_wait(enc)?;
        }
        let nk = self.n * self.kb;
        work.ids = gpu.read_back(&self.ids, nk)?;
        work.d = gpu.read_back(&self.dist, nk)?;
        work.new = gpu.read_back(&self.flags, nk)?;
        let updates: Vec<u32> = gpu.read_back(&self.updates, self.n)?;
        Ok(updates.iter().map(|&c| c as u64).sum())
    }
}
