//! The WGSL path: buffers, kernels and the per-iteration dispatch sequence.
//!
//! Each iteration is one submission of four stages, each in its own compute pass:
//! `tsne_attract` (sparse P), `tsne_repulse_exact` (one dispatch per j range of at most
//! [`J_CHUNK`] points, continuing the previous sums), `tsne_reduce` (Z, fixed-order tree) and
//! `tsne_update` (gains, momentum, positions). No float atomics anywhere (the only atomics are
//! integer sums, whose result does not depend on order), so a seeded run gives the same
//! positions every time. With grid repulsion (2-D, large n) the exact repulsion is
//! replaced by [`GpuGrid`]'s stages (`super::grid` describes them; `grid.rs` here drives
//! them): bin, spread, the FFT convolution of `fft.rs` (twelve or so `tsne_fft_pass`
//! dispatches; on lavapipe each costs about its loads and stores, so the passes are fused and
//! pruned as far as the transform allows) and interpolation.
//!
//! Every bind group and uniform is made when the state is built (or, for the grid, when the
//! grid's buffers change size) and reused by every iteration; an iteration only writes the
//! uniforms whose values change.

mod fft;
mod grid;

pub(crate) use grid::GpuGrid;
#[cfg(test)]
pub(crate) use {
    fft::fft_radices,
    grid::{Conv, grid_bounds, grid_repulsion},
};

use super::affinity::{Csr, SEARCH_STEPS};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::shaders;

/// Edges of each row of P one `tsne_attract` dispatch takes (the shader's `WINDOW` override):
/// longer rows take more dispatches, so no invocation loops past [`crate::gpu::LOOP_BUDGET`].
pub(crate) const ATTRACT_WINDOW: u32 = 16384;
const _: () = assert!(ATTRACT_WINDOW < crate::gpu::LOOP_BUDGET / 2);

/// Most points j one repulsion dispatch walks (keeps each dispatch short on slow drivers).
pub(crate) const J_CHUNK: u32 = 4096;

crate::wgsl_struct! {
    /// Parameters of `tsne_affinity`.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct AffinityParams: tsne_affinity::Params, test affinity_params_match_wgsl {
        n: u32,
        k: u32,
        log_perp: f32,
        steps: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `tsne_attract`.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct AttractParams: tsne_attract::Params, test attract_params_match_wgsl {
        n: u32,
        dims: u32,
        exaggeration: f32,
        /// First edge of each row this dispatch takes (a multiple of [`ATTRACT_WINDOW`]).
        first: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `tsne_repulse_exact`.
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct RepulseParams: tsne_repulse_exact::Params, test repulse_params_match_wgsl {
        n: u32,
        dims: u32,
        j0: u32,
        j1: u32,
        accumulate: u32,
        _pad0: u32,
        _pad1: u32,
        _pad2: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `tsne_reduce`.
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct ReduceParams: tsne_reduce::Params, test reduce_params_match_wgsl {
        n: u32,
        /// Subtracted from the sum (the grid path's self terms).
        offset: f32,
        _pad1: u32,
        _pad2: u32,
    }
}

impl ReduceParams {
    fn new(n: u32, offset: f32) -> ReduceParams {
        ReduceParams {
            n,
            offset,
            ..Default::default()
        }
    }
}

crate::wgsl_struct! {
    /// Parameters of `tsne_update`.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct UpdateParams: tsne_update::Params, test update_params_match_wgsl {
        count: u32,
        lr: f32,
        momentum: f32,
        min_gain: f32,
    }
}

/// The t-SNE kernels of the exact path, built once per context.
struct Kernels {
    affinity: Kernel,
    attract: Kernel,
    repulse: Kernel,
    reduce: Kernel,
    update: Kernel,
}

impl Kernels {
    fn new(g: &Gpu) -> Kernels {
        use shaders::{tsne_affinity, tsne_attract, tsne_reduce, tsne_repulse_exact, tsne_update};
        Kernels {
            affinity: Kernel::new(g, &tsne_affinity::SHADER, &tsne_affinity::MAIN),
            attract: Kernel::with_overrides(
                g,
                &tsne_attract::SHADER,
                &tsne_attract::MAIN,
                &[(tsne_attract::overrides::WINDOW, f64::from(ATTRACT_WINDOW))],
            ),
            repulse: Kernel::new(g, &tsne_repulse_exact::SHADER, &tsne_repulse_exact::MAIN),
            reduce: Kernel::new(g, &tsne_reduce::SHADER, &tsne_reduce::MAIN),
            update: Kernel::new(g, &tsne_update::SHADER, &tsne_update::MAIN),
        }
    }
}

fn check_rows(gpu: &Gpu, rows: usize, row_bytes: u64) -> Result<()> {
    // Every t-SNE buffer is a few floats per point; one binding holds millions of points.
    if rows > gpu.max_binding_rows(row_bytes) {
        return Err(Error::Invalid(format!(
            "t-SNE on the GPU supports at most {} points on this device",
            gpu.max_binding_rows(row_bytes)
        )));
    }
    Ok(())
}

/// Conditional probabilities on the GPU (`tsne_affinity.wgsl`), `n × k`.
pub(crate) fn conditional(
    gpu: &Gpu,
    distances: &[f32],
    k: usize,
    perplexity: f32,
) -> Result<Vec<f32>> {
    let n = distances.len() / k;
    check_rows(gpu, n, k as u64 * 4)?;
    let kern = gpu.cached(Kernels::new);
    let dist = gpu.storage_init("tsne dist", distances);
    let out = gpu.storage("tsne pcond", distances.len() as u64 * 4);
    let params = gpu.uniform(
        "tsne affinity params",
        &AffinityParams {
            n: n as u32,
            k: k as u32,
            log_perp: perplexity.ln(),
            steps: SEARCH_STEPS,
        },
    );
    let bind = kern.affinity.bind(
        gpu,
        &[
            params.as_entire_binding(),
            dist.as_entire_binding(),
            out.as_entire_binding(),
        ],
    );
    kern.affinity.submit(gpu, &bind, n as u32)?;
    gpu.read_back(&out, distances.len())
}

/// GPU-resident optimiser state.
pub(crate) struct GpuState {
    kern: std::sync::Arc<Kernels>,
    n: usize,
    dims: usize,
    /// Positions: `n × dims` f32, tightly packed; STORAGE | VERTEX | COPY_SRC | COPY_DST.
    pub(crate) y: wgpu::Buffer,
    /// One uniform and bind group per window of [`ATTRACT_WINDOW`] edges of the longest row.
    attract_params: Vec<wgpu::Buffer>,
    update_params: wgpu::Buffer,
    attract_binds: Vec<wgpu::BindGroup>,
    repulse_binds: Vec<wgpu::BindGroup>,
    _repulse_params: Vec<wgpu::Buffer>,
    reduce_bind: wgpu::BindGroup,
    update_bind: wgpu::BindGroup,
    /// Attractive forces (`n × dims`), from `tsne_attract`.
    #[cfg_attr(not(test), allow(dead_code))]
    attr: wgpu::Buffer,
    /// Grid repulsion state when the run uses it (2-D, `Repulsion::Approx`).
    grid: Option<GpuGrid>,
    _keep: Vec<wgpu::Buffer>,
}

impl std::fmt::Debug for GpuState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GpuState")
            .field("n", &self.n)
            .field("dims", &self.dims)
            .finish_non_exhaustive()
    }
}

/// The points by the length of their row of `P` (CSR `row_ptr`), longest first, ties by index:
/// the order `tsne_attract` takes them in.
fn degree_order(row_ptr: &[u32]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..row_ptr.len().saturating_sub(1) as u32).collect();
    order.sort_by_key(|&i| {
        let i = i as usize;
        std::cmp::Reverse(row_ptr[i + 1] - row_ptr[i])
    });
    order
}

impl GpuState {
    pub(crate) fn new(
        gpu: &Gpu,
        p: &Csr,
        y0: &[f32],
        dims: usize,
        approx: bool,
    ) -> Result<GpuState> {
        let n = y0.len() / dims;
        check_rows(gpu, n, dims as u64 * 4)?;
        check_rows(gpu, p.col.len(), 8)?;
        let kern = gpu.cached(Kernels::new);
        let y = gpu.positions_init("tsne positions", y0);
        let coords = (n * dims) as u64 * 4;
        let upd = gpu.storage("tsne update", coords);
        let gains = gpu.storage_init("tsne gains", &vec![1f32; n * dims]);
        let attr = gpu.storage("tsne attr", coords);
        let rep = gpu.storage("tsne rep", coords);
        let zrow = gpu.storage("tsne zrow", n as u64 * 4);
        let z = gpu.storage("tsne z", 16);
        let row_ptr = gpu.storage_init("tsne row_ptr", &p.row_ptr);
        // The edges as `tsne_attract` reads them: (column, value bits) pairs.
        let edge_pairs: Vec<[u32; 2]> = p
            .col
            .iter()
            .zip(&p.val)
            .map(|(&j, v)| [j, v.to_bits()])
            .collect();
        let edges = gpu.storage_init("tsne edges", &edge_pairs);
        let order = gpu.storage_init("tsne attract order", &degree_order(&p.row_ptr));
        // One dispatch per ATTRACT_WINDOW edges of the longest row.
        let longest = p.row_ptr.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
        let windows = longest.div_ceil(ATTRACT_WINDOW).max(1);
        let attract_params: Vec<wgpu::Buffer> = (0..windows)
            .map(|w| {
                gpu.uniform(
                    "tsne attract params",
                    &AttractParams {
                        n: n as u32,
                        dims: dims as u32,
                        exaggeration: 1.0,
                        first: w * ATTRACT_WINDOW,
                    },
                )
            })
            .collect();
        let update_params = gpu.uniform(
            "tsne update params",
            &UpdateParams {
                count: (n * dims) as u32,
                lr: 0.0,
                momentum: 0.0,
                min_gain: super::MIN_GAIN,
            },
        );
        let reduce_params = gpu.uniform("tsne reduce params", &ReduceParams::new(n as u32, 0.0));
        let attract_binds = attract_params
            .iter()
            .map(|params| {
                kern.attract.bind(
                    gpu,
                    &[
                        params.as_entire_binding(),
                        row_ptr.as_entire_binding(),
                        edges.as_entire_binding(),
                        y.as_entire_binding(),
                        attr.as_entire_binding(),
                        order.as_entire_binding(),
                        y.as_entire_binding(),
                    ],
                )
            })
            .collect();
        let mut repulse_params = Vec::new();
        let mut repulse_binds = Vec::new();
        let mut j0 = 0u32;
        while j0 < n as u32 {
            let j1 = (j0 + J_CHUNK).min(n as u32);
            let pb = gpu.uniform(
                "tsne repulse params",
                &RepulseParams {
                    n: n as u32,
                    dims: dims as u32,
                    j0,
                    j1,
                    accumulate: u32::from(j0 > 0),
                    ..Default::default()
                },
            );
            repulse_binds.push(kern.repulse.bind(
                gpu,
                &[
                    pb.as_entire_binding(),
                    y.as_entire_binding(),
                    rep.as_entire_binding(),
                    zrow.as_entire_binding(),
                ],
            ));
            repulse_params.push(pb);
            j0 = j1;
        }
        let reduce_bind = kern.reduce.bind(
            gpu,
            &[
                reduce_params.as_entire_binding(),
                zrow.as_entire_binding(),
                z.as_entire_binding(),
            ],
        );
        let update_bind = kern.update.bind(
            gpu,
            &[
                update_params.as_entire_binding(),
                attr.as_entire_binding(),
                rep.as_entire_binding(),
                z.as_entire_binding(),
                y.as_entire_binding(),
                upd.as_entire_binding(),
                gains.as_entire_binding(),
            ],
        );
        let grid = if approx && dims == 2 {
            Some(GpuGrid::new(gpu, n, &y, &rep, &z)?)
        } else {
            None
        };
        Ok(GpuState {
            kern,
            n,
            dims,
            y,
            attract_params,
            update_params,
            attract_binds,
            repulse_binds,
            _repulse_params: repulse_params,
            reduce_bind,
            update_bind,
            grid,
            attr,
            // The repulsive forces and Z (one f32, from `tsne_reduce`) are bound, never read.
            _keep: vec![
                upd,
                gains,
                zrow,
                row_ptr,
                edges,
                order,
                reduce_params,
                rep,
                z,
            ],
        })
    }

    /// Queues one iteration. Exact repulsion does not wait; grid repulsion first waits for the
    /// queued work and reads back the bounds (see `GpuGrid::prepare`).
    pub(crate) fn submit_iteration(
        &mut self,
        gpu: &Gpu,
        exag: f32,
        lr: f32,
        momentum: f32,
    ) -> Result<()> {
        if let Some(grid) = &mut self.grid {
            grid.prepare(gpu)?;
        }
        let n = self.n as u32;
        self.write_attract_params(gpu, exag);
        gpu.queue.write_buffer(
            &self.update_params,
            0,
            bytemuck::bytes_of(&UpdateParams {
                count: n * self.dims as u32,
                lr,
                momentum,
                min_gain: super::MIN_GAIN,
            }),
        );
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        self.encode_attraction(gpu, &mut enc);
        if let Some(grid) = &self.grid {
            grid.encode(gpu, &mut enc);
        } else {
            for b in &self.repulse_binds {
                self.kern.repulse.run(gpu, &mut enc, b, n);
            }
            // One workgroup sums every row (a fixed-order tree).
            self.kern
                .reduce
                .run_groups(&mut enc, &self.reduce_bind, 1, 1);
        }
        self.kern
            .update
            .run(gpu, &mut enc, &self.update_bind, n * self.dims as u32);
        gpu.queue.submit(Some(enc.finish()));
        Ok(())
    }

    /// The exaggeration of this iteration, into every window's parameters.
    fn write_attract_params(&self, gpu: &Gpu, exag: f32) {
        for (w, params) in (0u32..).zip(&self.attract_params) {
            gpu.queue.write_buffer(
                params,
                0,
                bytemuck::bytes_of(&AttractParams {
                    n: self.n as u32,
                    dims: self.dims as u32,
                    exaggeration: exag,
                    first: w * ATTRACT_WINDOW,
                }),
            );
        }
    }

    /// `tsne_attract`, one dispatch per window of edges, into `attr`.
    fn encode_attraction(&self, gpu: &Gpu, enc: &mut wgpu::CommandEncoder) {
        for bind in &self.attract_binds {
            self.kern.attract.run(gpu, enc, bind, self.n as u32);
        }
    }

    /// Current positions, read back.
    pub(crate) fn positions(&self, gpu: &Gpu) -> Result<Vec<f32>> {
        gpu.read_back(&self.y, self.n * self.dims)
    }
}

/// The attractive forces `tsne_attract` computes for positions `y` (used by the tests).
#[cfg(test)]
pub(crate) fn attraction(
    gpu: &Gpu,
    p: &Csr,
    y: &[f32],
    dims: usize,
    exag: f32,
) -> Result<Vec<f32>> {
    let state = GpuState::new(gpu, p, y, dims, false)?;
    state.write_attract_params(gpu, exag);
    let mut enc = gpu.device.create_command_encoder(&Default::default());
    state.encode_attraction(gpu, &mut enc);
    gpu.submit_and_wait(enc)?;
    gpu.read_back(&state.attr, y.len())
}
