//! Exact k-NN on the GPU; `cpu.rs` is its twin.
//!
//! Two kernels share one scheme: every query keeps a running top-k list in storage, a binary
//! max-heap under the `(d², index)` order (`+inf` / `u32::MAX` when empty), and a candidate that
//! beats the root replaces it and sifts down (`O(log k)`); the lists come back unsorted and
//! the caller (`refine`) sorts them.
//!
//! - **Uniform windows** (`knn_exact_ubo.wgsl`, the default): the base rows are packed on the
//!   host into 64 KiB windows of a uniform buffer (rows zero-padded to vec4s, their squared norms
//!   after them). One dispatch per window and query block; an invocation owns a query, loads its
//!   vec4s once per 16 base rows and takes 16 dot products against window vec4s read at the same
//!   address by every invocation (a broadcast constant read on GPUs; on lavapipe a scalar load,
//!   where storage and workgroup loads are per-lane loops). Queries are split into blocks that
//!   fit one storage binding; windows are grouped into uniform buffers of at most 128 MiB.
//! - **Storage tiles** (`knn_exact_tile.wgsl`), for rows too wide for a window (more than 1020
//!   dimensions) or devices whose uniform bindings are below 64 KiB: the prepared rows are split
//!   into blocks that each fit one storage binding; the kernel is dispatched once per slice of
//!   base rows of every base block, each dispatch bounded to about 2²⁷ multiply-adds, and the
//!   lists carry over from one dispatch to the next.

use std::sync::Arc;

use ndarray::{ArrayView2, s};
use wgpu::util::DeviceExt;

use super::{KnnGraph, row_norms};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::progress::Progress;
use crate::shaders;

crate::wgsl_struct! {
    /// Parameters of `knn_exact_tile` (see the shader header).
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct TileParams: knn_exact_tile::Params, test tile_params_match_wgsl {
        q_rows: u32,
        b_start: u32,
        b_end: u32,
        dim: u32,
        k: u32,
        q_global: u32,
        b_global: u32,
        _pad: u32,
    }
}

/// Queries per workgroup and base rows per tile in the kernel (its `TQ`, `TB`).
const TILE: usize = shaders::knn_exact_tile::TQ as usize;
const _: () = assert!(
    shaders::knn_exact_tile::TB as usize == TILE && shaders::knn_exact_ubo::TQ as usize == TILE
);
/// Multiply-adds per dispatch (bounds the time of one dispatch).
const DISPATCH_MACS: usize = 1 << 27;
/// Multiply-adds per submission.
const SUBMIT_MACS: usize = 1 << 29;

crate::wgsl_struct! {
    /// Parameters of `knn_exact_ubo` (see the shader header).
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct UboParams: knn_exact_ubo::Params, test ubo_params_match_wgsl {
        q_rows: u32,
        b_rows: u32,
        dim4: u32,
        k: u32,
        q_global: u32,
        b_global: u32,
        norms_at: u32,
        _pad: u32,
    }
}

/// Size of one uniform window of `knn_exact_ubo` in vec4s (64 KiB, the shader's array length).
const WINDOW_VEC4: usize = 4096;
/// Size of one window in bytes.
const WINDOW_BYTES: u64 = (WINDOW_VEC4 * 16) as u64;
/// Base rows of a window are taken 16 at a time by the kernel.
const WINDOW_STEP: usize = 16;
/// Most windows in one uniform buffer (128 MiB).
const WINDOWS_PER_BUFFER: usize = 2048;

/// The exact k-NN kernels, built once per context.
pub(super) struct Kernels {
    tile: Kernel,
    ubo: Kernel,
}

impl Kernels {
    fn new(gpu: &Gpu) -> Self {
        use shaders::{knn_exact_tile, knn_exact_ubo};
        Kernels {
            tile: Kernel::new(gpu, &knn_exact_tile::SHADER, &knn_exact_tile::MAIN),
            ubo: Kernel::new(gpu, &knn_exact_ubo::SHADER, &knn_exact_ubo::MAIN),
        }
    }
}

/// Base rows per uniform window for rows of `dim4` vec4s: `R · dim4 + R / 4 ≤ 4096`, `R` a
/// multiple of 16; `None` when not even 16 rows fit or the device's uniform bindings are
/// smaller than a window (then the storage-tile kernel runs).
fn window_rows(gpu: &Gpu, dim4: usize) -> Option<usize> {
    if gpu.limits.max_uniform_buffer_binding_size < WINDOW_BYTES
        || gpu.limits.max_buffer_size < WINDOW_BYTES
        || !WINDOW_BYTES.is_multiple_of(u64::from(
            gpu.limits.min_uniform_buffer_offset_alignment.max(1),
        ))
    {
        return None;
    }
    let r = (4 * WINDOW_VEC4 / (4 * dim4 + 1)) / WINDOW_STEP * WINDOW_STEP;
    (r >= WINDOW_STEP).then_some(r)
}

struct Block {
    start: usize,
    rows: usize,
    data: wgpu::Buffer,
    norms: wgpu::Buffer,
}

/// Exact k-NN of prepared rows; distances come back squared (as the CPU twin's), each row's
/// list unsorted (a heap; the caller sorts).
pub(super) fn exact(
    gpu: &Arc<Gpu>,
    x: ArrayView2<'_, f32>,
    k: usize,
    block_rows: usize,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let dim4 = x.ncols().div_ceil(4).max(1);
    match window_rows(gpu, dim4) {
        Some(rows) => exact_ubo(gpu, x, k, block_rows, rows, progress),
        None => exact_tiles(gpu, x, k, block_rows, progress),
    }
}

/// One uniform buffer of windows: the buffer and, per window, its first row and row count.
struct WindowBuffer {
    buffer: wgpu::Buffer,
    windows: Vec<(usize, usize)>,
}

/// The uniform-window path (`knn_exact_ubo.wgsl`): base rows packed into 64 KiB windows, one
/// dispatch per window and query block.
fn exact_ubo(
    gpu: &Arc<Gpu>,
    x: ArrayView2<'_, f32>,
    k: usize,
    block_rows: usize,
    window_rows: usize,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let (n, dim) = x.dim();
    let dim4 = dim.div_ceil(4).max(1);
    let kernels = gpu.cached(Kernels::new);
    let norms = row_norms(x);
    // The test knob `block_rows` also narrows the windows, so small inputs use several.
    let r = window_rows
        .min((block_rows / WINDOW_STEP * WINDOW_STEP).max(WINDOW_STEP))
        .max(WINDOW_STEP);
    let norms_at = r * dim4;
    let per_buffer =
        ((gpu.limits.max_buffer_size / WINDOW_BYTES) as usize).clamp(1, WINDOWS_PER_BUFFER);
    let starts: Vec<usize> = (0..n).step_by(r).collect();
    let mut buffers = Vec::new();
    for group in starts.chunks(per_buffer) {
        let mut host = vec![0f32; group.len() * WINDOW_VEC4 * 4];
        let mut windows = Vec::with_capacity(group.len());
        for (w, &start) in group.iter().enumerate() {
            let rows = r.min(n - start);
            let base = w * WINDOW_VEC4 * 4;
            for j in 0..rows {
                let dst = base + j * dim4 * 4;
                for (c, v) in x.row(start + j).iter().enumerate() {
                    host[dst + c] = *v;
                }
                host[base + norms_at * 4 + j] = norms[start + j];
            }
            windows.push((start, rows));
        }
        let buffer = gpu
            .device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("knn windows"),
                contents: bytemuck::cast_slice(&host),
                usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            });
        buffers.push(WindowBuffer { buffer, windows });
    }
    let q_block = gpu
        .max_binding_rows((dim4 * 16) as u64)
        .min(gpu.max_binding_rows((k * 4) as u64))
        .min(block_rows)
        .max(1);
    let mut indices = Vec::with_capacity(n * k);
    let mut distances = Vec::with_capacity(n * k);
    let total_units = (n as u64) * (starts.len() as u64);
    let mut units = 0u64;
    for q0 in (0..n).step_by(q_block) {
        let q_rows = q_block.min(n - q0);
        let mut padded = vec![0f32; q_rows * dim4 * 4];
        for i in 0..q_rows {
            for (c, v) in x.row(q0 + i).iter().enumerate() {
                padded[i * dim4 * 4 + c] = *v;
            }
        }
        let qbuf = gpu.storage_init("knn queries", &padded);
        let qnorms = gpu.storage_init("knn query norms", &norms[q0..q0 + q_rows]);
        let best_d = gpu.storage_init("knn best d", &vec![f32::INFINITY; q_rows * k]);
        let best_i = gpu.storage_init("knn best i", &vec![u32::MAX; q_rows * k]);
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        let mut macs = 0;
        for wb in &buffers {
            for (w, &(start, rows)) in wb.windows.iter().enumerate() {
                if progress.cancelled() {
                    return Err(Error::Cancelled);
                }
                let params = gpu.uniform(
                    "knn window params",
                    &UboParams {
                        q_rows: q_rows as u32,
                        b_rows: rows as u32,
                        dim4: dim4 as u32,
                        k: k as u32,
                        q_global: q0 as u32,
                        b_global: start as u32,
                        norms_at: norms_at as u32,
                        _pad: 0,
                    },
                );
                let window = wgpu::BufferBinding {
                    buffer: &wb.buffer,
                    offset: w as u64 * WINDOW_BYTES,
                    size: std::num::NonZeroU64::new(WINDOW_BYTES),
                };
                let bind = kernels.ubo.bind(
                    gpu,
                    &[
                        params.as_entire_binding(),
                        qbuf.as_entire_binding(),
                        qnorms.as_entire_binding(),
                        wgpu::BindingResource::Buffer(window),
                        best_d.as_entire_binding(),
                        best_i.as_entire_binding(),
                    ],
                );
                kernels.ubo.run(gpu, &mut enc, &bind, q_rows as u32);
                macs += q_rows * rows * dim4 * 4;
                units += q_rows as u64;
                if macs >= SUBMIT_MACS {
                    gpu.submit_and_wait(enc)?;
                    enc = gpu.device.create_command_encoder(&Default::default());
                    macs = 0;
                    progress.update("k-NN", units, total_units);
                }
            }
        }
        gpu.submit_and_wait(enc)?;
        progress.update("k-NN", units, total_units);
        distances.extend(gpu.read_back::<f32>(&best_d, q_rows * k)?);
        indices.extend(gpu.read_back::<u32>(&best_i, q_rows * k)?);
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

/// The storage-tile path (`knn_exact_tile.wgsl`), for rows too wide for a uniform window.
fn exact_tiles(
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
                    let bind = kernels.tile.bind(
                        gpu,
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
                    kernels.tile.run(gpu, &mut enc, &bind, qb.rows as u32);
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

crate::wgsl_struct! {
    /// Parameters of `knn_nnd_join` (see the shader header).
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct JoinParams: knn_nnd_join::Params, test join_params_match_wgsl {
        n: u32,
        dim: u32,
        kb: u32,
        width: u32,
        u_start: u32,
        u_end: u32,
        pair_start: u32,
        pair_end: u32,
    }
}

/// Loop iterations one join invocation may spend per dispatch: half of lavapipe's
/// [`crate::gpu::LOOP_BUDGET`].
const JOIN_LOOP_BUDGET: usize = crate::gpu::LOOP_BUDGET as usize / 2;

/// Upper bound on the loop iterations the join kernel spends on one (v, w) pair: the pair loop,
/// the distance (eight coordinates per iteration, then up to seven left), the membership scan
/// and the insertion shift.
fn join_pair_iterations(dim: usize, kb: usize) -> usize {
    1 + dim / 8 + 7 + kb + kb + 1
}

/// The NN-descent join kernel, built once per context.
pub(super) struct NndKernels {
    join: Kernel,
}

impl NndKernels {
    fn new(gpu: &Gpu) -> Self {
        use shaders::knn_nnd_join;
        NndKernels {
            join: Kernel::new(gpu, &knn_nnd_join::SHADER, &knn_nnd_join::MAIN),
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
    /// Uploads the rows; `None` when they do not fit one storage binding, or when one pair's
    /// distance alone would run past the loop budget (the caller then joins on the CPU).
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
            || join_pair_iterations(dim, kb) > JOIN_LOOP_BUDGET
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
        let pairs = (2 * self.width) * (2 * self.width);
        // Pairs per dispatch, so that no invocation runs into llvmpipe's loop limit.
        let pair_step = (JOIN_LOOP_BUDGET / join_pair_iterations(self.dim, self.kb)).max(1);
        let per_point = pairs * (self.dim + self.kb) / 2;
        let step = (DISPATCH_MACS / per_point.max(1)).max(TILE);
        let mut u = 0;
        while u < self.n {
            let mut enc = gpu.device.create_command_encoder(&Default::default());
            let mut macs = 0;
            while u < self.n && macs < SUBMIT_MACS {
                let end = (u + step).min(self.n);
                let mut p0 = 0;
                while p0 < pairs {
                    let p1 = (p0 + pair_step).min(pairs);
                    let params = gpu.uniform(
                        "nnd join params",
                        &JoinParams {
                            n: self.n as u32,
                            dim: self.dim as u32,
                            kb: self.kb as u32,
                            width: self.width as u32,
                            u_start: u as u32,
                            u_end: end as u32,
                            pair_start: p0 as u32,
                            pair_end: p1 as u32,
                        },
                    );
                    let bind = self.kernels.join.bind(
                        gpu,
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
                    self.kernels
                        .join
                        .run(gpu, &mut enc, &bind, (end - u) as u32);
                    p0 = p1;
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
