//! The block start of NN-descent on the GPU (`knn_cell_tile.wgsl`); `blocks.rs` is its twin.
//!
//! The cells, their centres and what each probes are worked out on the host as for the CPU
//! (`blocks::cells`, `blocks::probe_lists`: `cells² · d` work, small beside the products). The
//! products, `n · probes · (n / cells) · d` multiply-adds, run on the device: every row keeps a
//! running best-`kb` heap in storage under the `(d², index)` order, by the exact search's
//! expansion `‖q‖² + ‖b‖² − 2 q·b` (`knn_exact_tile`'s tile loop, shared with it). One dispatch
//! covers every cell for one probe slot and one chunk of rows of the probed cells; chunks are
//! sized so that no invocation runs past lavapipe's loop budget ([`crate::gpu::LOOP_BUDGET`]).
//! The heaps come back and are merged into the lists with direct distances
//! ([`super::blocks::merge_found`]), exactly as the CPU merges its own best `kb`, so the two
//! backends differ only where the expansion's rounding orders two near-equal candidates
//! differently at the edge of a list.

use std::sync::Arc;

use ndarray::ArrayView2;
use rayon::prelude::*;

use super::blocks::{merge_found, probe_lists};
use super::row_norms;
use crate::error::Result;
use crate::gpu::{Gpu, Kernel};
use crate::shaders;

crate::wgsl_struct! {
    /// Parameters of `knn_cell_tile` (see the shader header).
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct CellParams: knn_cell_tile::Params, test cell_params_match_wgsl {
        dim: u32,
        k: u32,
        tiles: u32,
        probes: u32,
        probe: u32,
        chunk_start: u32,
        chunk_rows: u32,
        _pad: u32,
    }
}

/// Query rows per workgroup and base rows per tile (the kernel's `TQ` and `TB`).
const TILE: usize = shaders::knn_cell_tile::TQ as usize;
const _: () = assert!(shaders::knn_cell_tile::TB as usize == TILE);

/// The block-start kernel, built once per context.
struct CellKernel(Kernel);

impl CellKernel {
    fn new(gpu: &Gpu) -> Self {
        use shaders::knn_cell_tile;
        CellKernel(Kernel::new(
            gpu,
            &knn_cell_tile::SHADER,
            &knn_cell_tile::MAIN,
        ))
    }
}

/// Upper bound on the loop iterations one invocation spends on a 64-row tile of `dim`-wide
/// rows into a `kb`-entry heap: the tile loop, the dimension slices (staging and products),
/// and 64 offers that each sift through the heap.
fn tile_iterations(dim: usize, kb: usize) -> usize {
    let depth = (usize::BITS - kb.max(1).leading_zeros()) as usize + 1;
    1 + dim.div_ceil(16) * (1 + 4 + 16) + TILE * depth
}

/// Base rows per dispatch so that one invocation stays within half of lavapipe's loop budget.
pub(super) fn chunk_rows(dim: usize, kb: usize) -> usize {
    let tiles = (crate::gpu::LOOP_BUDGET as usize / 2) / tile_iterations(dim, kb);
    tiles.max(1) * TILE
}

/// [`super::blocks::seed_lists`] on the GPU: merges every row's best `kb` rows of its cell's
/// `probes` nearest cells into its sorted list. `Ok(None)` (nothing done) when the rows or the
/// lists do not fit one storage binding, or a row is too wide for the loop budget: the caller
/// then runs the CPU start. `Ok(Some(false))` when `stop` said so (the lists are untouched).
#[allow(clippy::too_many_arguments)]
pub(super) fn seed_lists(
    gpu: &Arc<Gpu>,
    x: ArrayView2<'_, f32>,
    kb: usize,
    (ids, d): (&mut [u32], &mut [f32]),
    offsets: &[usize],
    probes: usize,
    chunk: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Option<bool>> {
    let (n, dim) = x.dim();
    if gpu.max_binding_rows((dim.max(1) * 4) as u64) < n
        || gpu.max_binding_rows((kb * 4) as u64) < n
        || tile_iterations(dim, kb) > crate::gpu::LOOP_BUDGET as usize / 2
        || u32::try_from(n).is_err()
    {
        return Ok(None);
    }
    let Some(flat) = x.as_slice() else {
        return Ok(None);
    };
    let kernel = gpu.cached(CellKernel::new);
    let (near, probes) = probe_lists(x, offsets, probes);
    let mut tiles = Vec::new();
    for (c, w) in offsets.windows(2).enumerate() {
        for q0 in (w[0]..w[1]).step_by(TILE) {
            tiles.extend([c as u32, q0 as u32]);
        }
    }
    let tile_count = tiles.len() / 2;
    let offsets32: Vec<u32> = offsets.iter().map(|&o| o as u32).collect();
    let largest = offsets.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    let chunk = chunk.max(TILE);
    let data = gpu.storage_init("cell rows", flat);
    let norms = gpu.storage_init("cell norms", &row_norms(x));
    let tiles_buf = gpu.storage_init("cell tiles", &tiles);
    let offsets_buf = gpu.storage_init("cell offsets", &offsets32);
    let near_buf = gpu.storage_init("cell probes", &near);
    let best_d = gpu.storage_init("cell best d", &vec![f32::INFINITY; n * kb]);
    let best_i = gpu.storage_init("cell best i", &vec![u32::MAX; n * kb]);
    for probe in 0..probes {
        if stop() {
            return Ok(Some(false));
        }
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        for chunk_start in (0..largest).step_by(chunk) {
            let params = gpu.uniform(
                "cell params",
                &CellParams {
                    dim: dim as u32,
                    k: kb as u32,
                    tiles: tile_count as u32,
                    probes: probes as u32,
                    probe: probe as u32,
                    chunk_start: chunk_start as u32,
                    chunk_rows: chunk as u32,
                    _pad: 0,
                },
            );
            let bind = kernel.0.bind(
                gpu,
                &[
                    params.as_entire_binding(),
                    data.as_entire_binding(),
                    norms.as_entire_binding(),
                    tiles_buf.as_entire_binding(),
                    offsets_buf.as_entire_binding(),
                    near_buf.as_entire_binding(),
                    best_d.as_entire_binding(),
                    best_i.as_entire_binding(),
                ],
            );
            let (gx, gy) = gpu.workgroups((tile_count * TILE) as u32, TILE as u32);
            kernel.0.run_groups(&mut enc, &bind, gx, gy);
        }
        gpu.submit_and_wait(enc)?;
    }
    let found: Vec<u32> = gpu.read_back(&best_i, n * kb)?;
    drop((data, best_d, best_i));
    ids.par_chunks_mut(kb)
        .zip(d.par_chunks_mut(kb))
        .zip(found.par_chunks(kb))
        .enumerate()
        .for_each(|(q, ((ir, dr), f))| merge_found(flat, dim, q, f, (ir, dr)));
    Ok(Some(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gpu::test_context;
    use crate::knn::{Metric, prepare, synthetic_clusters};

    /// Empty lists of `n` rows, `kb` wide.
    fn empty(n: usize, kb: usize) -> (Vec<u32>, Vec<f32>) {
        (vec![u32::MAX; n * kb], vec![f32::INFINITY; n * kb])
    }

    #[test]
    fn with_every_cell_probed_the_gpu_start_is_the_exact_graph_in_any_chunks() {
        let Some(gpu) = test_context() else { return };
        let x = synthetic_clusters(300, 6, 4, 9);
        let x = prepare(x.view(), Metric::Euclidean).unwrap();
        let (n, kb) = (x.nrows(), 7);
        // Cells smaller than a tile, and cells of several chunks of 64 rows.
        for (offsets, chunk) in [
            (vec![0, 64, 128, 192, 256, 300], 4096),
            (vec![0, 30, 180, 300], 64),
        ] {
            let (mut ids, mut d) = empty(n, kb);
            let cells = offsets.len() - 1;
            let done = seed_lists(
                &gpu,
                x.view(),
                kb,
                (&mut ids, &mut d),
                &offsets,
                cells,
                chunk,
                &|| false,
            )
            .unwrap();
            assert_eq!(done, Some(true));
            let what = format!("cells {offsets:?}, chunk {chunk}");
            super::super::blocks::tests::assert_exact_lists(x.view(), kb, &ids, &what);
        }
    }

    #[test]
    fn the_gpu_start_gives_the_cpu_start() {
        let Some(gpu) = test_context() else { return };
        let x = synthetic_clusters(2000, 12, 16, 3);
        let mut x = prepare(x.view(), Metric::Euclidean).unwrap();
        let (n, dim, kb) = (x.nrows(), x.ncols(), 12);
        let flat = x.as_slice_mut().unwrap();
        let (order, offsets) = super::super::blocks::cells(flat, dim, n, (128, 4, 2));
        super::super::locality::permute_rows(flat, dim, &order);
        let (mut ci, mut cd) = empty(n, kb);
        let stop = || false;
        assert!(super::super::blocks::seed_lists(
            x.view(),
            kb,
            &mut ci,
            &mut cd,
            &offsets,
            4,
            &stop
        ));
        let (mut gi, mut gd) = empty(n, kb);
        let chunk = chunk_rows(dim, kb);
        let done = seed_lists(
            &gpu,
            x.view(),
            kb,
            (&mut gi, &mut gd),
            &offsets,
            4,
            chunk,
            &stop,
        );
        assert_eq!(done.unwrap(), Some(true));
        let mut differ = 0;
        for (s, (a, b)) in cd.iter().zip(&gd).enumerate() {
            assert!(
                (a - b).abs() <= 1e-4 * a.abs().max(1e-3),
                "row {} slot {}: {a} vs {b}",
                s / kb,
                s % kb
            );
            differ += usize::from(ci[s] != gi[s]);
        }
        assert!(differ * 100 <= n * kb, "{differ} entries differ");
    }

    #[test]
    fn a_stop_leaves_the_lists_and_is_reported() {
        let Some(gpu) = test_context() else { return };
        let x = ndarray::Array2::from_shape_fn((40, 2), |(i, j)| (i * 3 + j) as f32);
        let (mut ids, mut d) = empty(40, 3);
        let done = seed_lists(
            &gpu,
            x.view(),
            3,
            (&mut ids, &mut d),
            &[0, 8, 40],
            2,
            64,
            &|| true,
        );
        assert_eq!(done.unwrap(), Some(false));
        assert!(ids.iter().all(|&i| i == u32::MAX));
    }

    #[test]
    fn a_chunk_keeps_an_invocation_within_the_loop_budget() {
        for (dim, kb) in [(2, 3), (50, 20), (50, 90), (384, 20)] {
            let tiles = chunk_rows(dim, kb) / TILE;
            assert!(tiles >= 1);
            assert!(tiles * tile_iterations(dim, kb) <= crate::gpu::LOOP_BUDGET as usize / 2);
        }
    }
}
