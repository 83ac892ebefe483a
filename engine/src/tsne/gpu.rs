//! The WGSL path: buffers, pipelines and the per-iteration dispatch sequence.
//!
//! Each iteration is one submission of four stages, each in its own compute pass:
//! `tsne_attract` (sparse P), `tsne_repulse_exact` (one dispatch per j range of at most
//! [`J_CHUNK`] points, continuing the previous sums), `tsne_reduce` (Z, fixed-order tree) and
//! `tsne_update` (gains, momentum, positions). No float atomics anywhere (the only atomics are
//! integer sums, whose result does not depend on order), so a seeded run gives the same
//! positions every time. With grid repulsion (2-D, large n) the exact repulsion is
//! replaced by [`GpuGrid`]'s stages (`grid.rs` describes them): bin, spread, the FFT
//! convolution of [`GpuFft`] (twelve or so `tsne_fft_pass` dispatches; on lavapipe each costs
//! about its loads and stores, so the passes are fused and pruned as far as the transform
//! allows) and interpolation.

use wgpu::util::DeviceExt;

use super::affinity::{Csr, SEARCH_STEPS};
use crate::error::{Error, Result};
use crate::gpu::Gpu;

/// Edges of each row of P one `tsne_attract` dispatch takes (its `WINDOW`): longer rows take
/// more dispatches, so no invocation loops past [`crate::gpu::LOOP_BUDGET`].
pub(crate) const ATTRACT_WINDOW: u32 = 16384;
const _: () = assert!(ATTRACT_WINDOW < crate::gpu::LOOP_BUDGET / 2);

/// Most points j one repulsion dispatch walks (keeps each dispatch short on slow drivers).
pub(crate) const J_CHUNK: u32 = 4096;

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct AffinityParams {
    n: u32,
    k: u32,
    log_perp: f32,
    steps: u32,
}
const _: () = assert!(std::mem::size_of::<AffinityParams>() == 16);

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct AttractParams {
    n: u32,
    dims: u32,
    exaggeration: f32,
    /// First edge of each row this dispatch takes (a multiple of [`ATTRACT_WINDOW`]).
    first: u32,
}
const _: () = assert!(std::mem::size_of::<AttractParams>() == 16);

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct RepulseParams {
    n: u32,
    dims: u32,
    j0: u32,
    j1: u32,
    accumulate: u32,
    _pad: [u32; 3],
}
const _: () = assert!(std::mem::size_of::<RepulseParams>() == 32);

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct ReduceParams {
    n: u32,
    /// Subtracted from the sum (the grid path's self terms).
    offset: f32,
    _pad: [u32; 2],
}
const _: () = assert!(std::mem::size_of::<ReduceParams>() == 16);

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct UpdateParams {
    count: u32,
    lr: f32,
    momentum: f32,
    min_gain: f32,
}
const _: () = assert!(std::mem::size_of::<UpdateParams>() == 16);

/// The t-SNE pipelines, built once per context.
struct Kernels {
    affinity: wgpu::ComputePipeline,
    attract: wgpu::ComputePipeline,
    repulse: wgpu::ComputePipeline,
    reduce: wgpu::ComputePipeline,
    update: wgpu::ComputePipeline,
}

impl Kernels {
    fn new(g: &Gpu) -> Kernels {
        use projector_shaders as s;
        Kernels {
            affinity: g.compute_pipeline("tsne_affinity", s::TSNE_AFFINITY, "main"),
            attract: g.compute_pipeline("tsne_attract", s::TSNE_ATTRACT, "main"),
            repulse: g.compute_pipeline("tsne_repulse_exact", s::TSNE_REPULSE_EXACT, "main"),
            reduce: g.compute_pipeline("tsne_reduce", s::TSNE_REDUCE, "main"),
            update: g.compute_pipeline("tsne_update", s::TSNE_UPDATE, "main"),
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
    let bind = gpu.bind(
        &kern.affinity,
        &[
            params.as_entire_binding(),
            dist.as_entire_binding(),
            out.as_entire_binding(),
        ],
    );
    let mut enc = gpu.device.create_command_encoder(&Default::default());
    {
        let mut pass = enc.begin_compute_pass(&Default::default());
        pass.set_pipeline(&kern.affinity);
        pass.set_bind_group(0, &bind, &[]);
        let (x, y) = gpu.workgroups(n as u32, 64);
        pass.dispatch_workgroups(x, y, 1);
    }
    gpu.submit_and_wait(enc)?;
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
    rep: wgpu::Buffer,
    /// Z (one f32), from `tsne_reduce`.
    z: wgpu::Buffer,
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
        let y = gpu
            .device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("tsne positions"),
                contents: bytemuck::cast_slice(y0),
                usage: wgpu::BufferUsages::STORAGE
                    | wgpu::BufferUsages::VERTEX
                    | wgpu::BufferUsages::COPY_SRC
                    | wgpu::BufferUsages::COPY_DST,
            });
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
        let reduce_params = gpu.uniform(
            "tsne reduce params",
            &ReduceParams {
                n: n as u32,
                offset: 0.0,
                _pad: [0; 2],
            },
        );
        let attract_binds = attract_params
            .iter()
            .map(|params| {
                gpu.bind(
                    &kern.attract,
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
                    _pad: [0; 3],
                },
            );
            repulse_binds.push(gpu.bind(
                &kern.repulse,
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
        let reduce_bind = gpu.bind(
            &kern.reduce,
            &[
                reduce_params.as_entire_binding(),
                zrow.as_entire_binding(),
                z.as_entire_binding(),
            ],
        );
        let update_bind = gpu.bind(
            &kern.update,
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
            rep,
            grid: if approx && dims == 2 {
                Some(GpuGrid::new(gpu, n)?)
            } else {
                None
            },
            z,
            attr,
            _keep: vec![upd, gains, zrow, row_ptr, edges, order, reduce_params],
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
            grid.prepare(gpu, &self.y)?;
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
        let (px, py) = gpu.workgroups(n, 64);
        let stage = |enc: &mut wgpu::CommandEncoder,
                     pipe: &wgpu::ComputePipeline,
                     bind: &wgpu::BindGroup,
                     groups: (u32, u32)| {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(pipe);
            pass.set_bind_group(0, bind, &[]);
            pass.dispatch_workgroups(groups.0, groups.1, 1);
        };
        self.encode_attraction(&mut enc, (px, py));
        if let Some(grid) = &self.grid {
            grid.encode(gpu, &mut enc, &self.y, &self.rep, &self.z);
        } else {
            for b in &self.repulse_binds {
                stage(&mut enc, &self.kern.repulse, b, (px, py));
            }
            stage(&mut enc, &self.kern.reduce, &self.reduce_bind, (1, 1));
        }
        let ug = gpu.workgroups(n * self.dims as u32, 256);
        stage(&mut enc, &self.kern.update, &self.update_bind, ug);
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
    fn encode_attraction(&self, enc: &mut wgpu::CommandEncoder, groups: (u32, u32)) {
        for bind in &self.attract_binds {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&self.kern.attract);
            pass.set_bind_group(0, bind, &[]);
            pass.dispatch_workgroups(groups.0, groups.1, 1);
        }
    }

    /// Current positions, read back.
    pub(crate) fn positions(&self, gpu: &Gpu) -> Result<Vec<f32>> {
        gpu.read_back(&self.y, self.n * self.dims)
    }
}

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
/// Parameters of the grid kernels (`tsne_grid_*.wgsl`): the `Params` of `shared/tsne_grid.wgsl`.
struct GridParams {
    n: u32,
    nb: u32,
    m: u32,
    boxes: u32,
    lo: f32,
    h: f32,
    spacing: f32,
    _pad: u32,
}
const _: () = assert!(std::mem::size_of::<GridParams>() == 32);

#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct ChunkParams {
    j0: u32,
    j1: u32,
    accumulate: u32,
    _pad: u32,
}
const _: () = assert!(std::mem::size_of::<ChunkParams>() == 16);

/// Parameters of `tsne_fft_pass`: the `Fft` of `shared/tsne_fft.wgsl` — grid side `n`, the
/// lines a pass transforms, the product `ns` of the earlier passes' radices, flags (bit 0:
/// columns), nodes per side `m = n / 2` and boxes per side `nb`.
#[repr(C)]
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
struct FftParams {
    n: u32,
    lines: u32,
    ns: u32,
    flags: u32,
    m: u32,
    nb: u32,
    _pad: [u32; 2],
}
const _: () = assert!(std::mem::size_of::<FftParams>() == 32);

/// The `ROLE` bits of `tsne_fft_pass` (see its header): what a pass loads and stores besides
/// plain grid values.
const ROLE_CHARGES: u32 = 1;
const ROLE_UNPACK: u32 = 2;
const ROLE_MULTIPLY: u32 = 4;
const ROLE_HALF: u32 = 8;
const ROLE_POT: u32 = 16;

/// One Stockham pass of the convolution: its pipeline (radix and role), its uniform, and its
/// invocations (`lines · n / radix`).
struct FftPass {
    pipe: std::sync::Arc<wgpu::ComputePipeline>,
    uniform: wgpu::Buffer,
    items: u32,
}

/// The FFT convolution of the node charges (step 4 of `grid.rs` in O(N² log N) instead of the
/// direct O(M²) sum), as `tsne_fft_pass` describes it: four transforms (packed real rows
/// forward, half the columns forward with the kernel product fused into their last pass, every
/// column inverse, the node rows inverse straight into the node forces), a pair of ping-pong
/// complex `N × N` grids, the kernel spectra, and `Z`'s partial sums. Built when the grid size
/// changes; the spectra are recomputed on the CPU when the node spacing changes (a few dozen
/// times per run).
struct GpuFft {
    n: usize,
    /// The passes read one grid and write the other.
    grids: [wgpu::Buffer; 2],
    /// `Ĝ / N²` and `K̂1 / N²` for `kx ≤ N/2` (`grid::kernel_spectrum`).
    kern: wgpu::Buffer,
    /// `Z`'s partial sums, one per item of the multiply pass.
    zpart: wgpu::Buffer,
    /// How many `zpart` holds.
    parts: usize,
    /// `exp(−2πi·t/n)` for `t < n`.
    twiddle: wgpu::Buffer,
    /// Spacing (bits) the kernel spectra were computed for.
    kern_key: Option<u32>,
    /// Every pass of the four transforms, in order.
    passes: Vec<FftPass>,
}

/// The radices of the passes of an FFT of length `n = 2^a · 3^b`, fewest passes first: 16
/// while four or more factors of two are left, then 8, 4 or 2 for the rest of them; 9 per two
/// factors of three, then 3 for an odd one out.
pub(crate) fn fft_radices(n: usize) -> Vec<u32> {
    let twos = n.trailing_zeros();
    let mut rest = n >> twos;
    let mut out = vec![16; (twos / 4) as usize];
    match twos % 4 {
        1 => out.push(2),
        2 => out.push(4),
        3 => out.push(8),
        _ => {}
    }
    while rest.is_multiple_of(9) {
        out.push(9);
        rest /= 9;
    }
    if rest.is_multiple_of(3) {
        out.push(3);
        rest /= 3;
    }
    debug_assert_eq!(rest, 1, "FFT size {n} is not 3-smooth");
    out
}

impl GpuFft {
    /// The FFT convolution for side `n` (`6 · nb`), or `None` when one `n × n` grid exceeds a
    /// storage binding (then the direct sum runs instead).
    fn new(gpu: &Gpu, kern: &GridKernels, n: usize) -> Option<GpuFft> {
        if n * n > gpu.max_binding_rows(8) {
            return None;
        }
        let (m, half) = (n / 2, n / 2 + 1);
        let radices = fft_radices(n);
        // (lines, columns?, role of the first pass, role of the last pass) per transform.
        let transforms = [
            (m.div_ceil(2), false, ROLE_CHARGES, 0),
            (half, true, ROLE_UNPACK, ROLE_MULTIPLY),
            (n, true, 0, ROLE_HALF),
            (m, false, 0, ROLE_POT),
        ];
        let mut passes = Vec::new();
        for (lines, columns, first, last) in transforms {
            let mut ns = 1u32;
            for (i, &radix) in radices.iter().enumerate() {
                let mut role = 0;
                if i == 0 {
                    role |= first;
                }
                if i + 1 == radices.len() {
                    role |= last;
                }
                passes.push(FftPass {
                    pipe: kern.fft_pass(gpu, radix, role),
                    uniform: gpu.uniform(
                        "tsne fft pass",
                        &FftParams {
                            n: n as u32,
                            lines: lines as u32,
                            ns,
                            flags: u32::from(columns),
                            m: m as u32,
                            nb: (n / 6) as u32,
                            _pad: [0; 2],
                        },
                    ),
                    items: (lines * n / radix as usize) as u32,
                });
                ns *= radix;
            }
        }
        let parts = half * n / *radices.last()? as usize;
        let twiddle: Vec<[f32; 2]> = (0..n)
            .map(|t| {
                let a = -2.0 * std::f64::consts::PI * t as f64 / n as f64;
                [a.cos() as f32, a.sin() as f32]
            })
            .collect();
        let grid = |label: &str| gpu.storage(label, (n * n * 8) as u64);
        Some(GpuFft {
            n,
            grids: [grid("tsne fft grid 0"), grid("tsne fft grid 1")],
            kern: gpu.storage("tsne fft kernel spectra", (n * half * 16) as u64),
            zpart: gpu.storage("tsne fft zpart", parts as u64 * 4),
            parts,
            twiddle: gpu.storage_init("tsne fft twiddle", &twiddle),
            kern_key: None,
            passes,
        })
    }
}

/// The grid-repulsion pipelines (`tsne_grid_*.wgsl`), built once per context on first use;
/// `tsne_fft_pass`'s are built on first use per radix and role (a run meets a handful).
struct GridKernels {
    bounds: wgpu::ComputePipeline,
    bin: wgpu::ComputePipeline,
    scan: wgpu::ComputePipeline,
    spread: wgpu::ComputePipeline,
    charges: wgpu::ComputePipeline,
    conv: wgpu::ComputePipeline,
    interp: wgpu::ComputePipeline,
    fft_module: wgpu::ShaderModule,
    /// Every role binds the same nine resources (the roles use different subsets).
    fft_layout: wgpu::PipelineLayout,
    fft_passes: std::sync::Mutex<
        std::collections::HashMap<(u32, u32), std::sync::Arc<wgpu::ComputePipeline>>,
    >,
}

impl GridKernels {
    fn new(g: &Gpu) -> GridKernels {
        use projector_shaders as s;
        let entry = |binding: u32, ty: wgpu::BufferBindingType| wgpu::BindGroupLayoutEntry {
            binding,
            visibility: wgpu::ShaderStages::COMPUTE,
            ty: wgpu::BindingType::Buffer {
                ty,
                has_dynamic_offset: false,
                min_binding_size: None,
            },
            count: None,
        };
        let storage = |read_only| wgpu::BufferBindingType::Storage { read_only };
        let layout = g
            .device
            .create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
                label: Some("tsne_fft_pass"),
                entries: &[
                    entry(0, wgpu::BufferBindingType::Uniform),
                    entry(1, storage(true)),
                    entry(2, storage(false)),
                    entry(3, storage(true)),
                    entry(4, storage(true)),
                    entry(5, storage(true)),
                    entry(6, storage(true)),
                    entry(7, storage(false)),
                    entry(8, storage(false)),
                ],
            });
        GridKernels {
            bounds: g.compute_pipeline("tsne_grid_bounds", s::TSNE_GRID_BOUNDS, "main"),
            bin: g.compute_pipeline("tsne_grid_bin", s::TSNE_GRID_BIN, "main"),
            scan: g.compute_pipeline("tsne_grid_scan", s::TSNE_GRID_SCAN, "main"),
            spread: g.compute_pipeline("tsne_grid_spread", s::TSNE_GRID_SPREAD, "main"),
            charges: g.compute_pipeline("tsne_grid_charges", s::TSNE_GRID_CHARGES, "main"),
            conv: g.compute_pipeline("tsne_grid_conv", s::TSNE_GRID_CONV, "main"),
            interp: g.compute_pipeline("tsne_grid_interp", s::TSNE_GRID_INTERP, "main"),
            fft_module: g.device.create_shader_module(wgpu::ShaderModuleDescriptor {
                label: Some("tsne_fft_pass"),
                source: wgpu::ShaderSource::Wgsl(s::TSNE_FFT_PASS.into()),
            }),
            fft_layout: g
                .device
                .create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
                    label: Some("tsne_fft_pass"),
                    bind_group_layouts: &[Some(&layout)],
                    immediate_size: 0,
                }),
            fft_passes: Default::default(),
        }
    }

    /// The `tsne_fft_pass` pipeline of one radix and role (built on first use).
    fn fft_pass(&self, g: &Gpu, radix: u32, role: u32) -> std::sync::Arc<wgpu::ComputePipeline> {
        let build = || {
            let label = format!("tsne_fft_pass radix{radix} role{role}");
            std::sync::Arc::new(g.device.create_compute_pipeline(
                &wgpu::ComputePipelineDescriptor {
                    label: Some(&label),
                    layout: Some(&self.fft_layout),
                    module: &self.fft_module,
                    entry_point: Some(&format!("radix{radix}")),
                    compilation_options: wgpu::PipelineCompilationOptions {
                        constants: &[("ROLE", role as f64)],
                        ..Default::default()
                    },
                    cache: None,
                },
            ))
        };
        match self.fft_passes.lock() {
            Ok(mut cache) => cache.entry((radix, role)).or_insert_with(build).clone(),
            Err(_) => build(),
        }
    }
}

/// Floats of the packed charges for `m = 3·nb` nodes per side: `⌈m/2⌉` rows of `m` complex
/// cells (rows `2k` and `2k + 1` as the real and imaginary parts of row `k`).
fn packed_floats(m: usize) -> usize {
    2 * m.div_ceil(2) * m
}

/// [`packed_floats`] for the largest grid of `cap` boxes.
fn packed_len(cap: usize) -> usize {
    packed_floats(3 * cap.isqrt())
}

/// Per-box buffers of the grid repulsion, sized for `cap` boxes.
struct BoxBuffers {
    cap: usize,
    count: wgpu::Buffer,
    rank: wgpu::Buffer,
    cbox: wgpu::Buffer,
    info: wgpu::Buffer,
    /// The node charges' 64-bit fixed-point sums (`tsne_grid_spread`), two u32 per node.
    acc: wgpu::Buffer,
    charges: wgpu::Buffer,
    /// The charges again, as the FFT's first pass reads them: packed rows (`tsne_grid_charges`).
    packed: wgpu::Buffer,
    /// `Z`'s node sums of the direct path (`tsne_grid_conv`).
    zpart: wgpu::Buffer,
    npos: wgpu::Buffer,
    pot: wgpu::Buffer,
}

impl BoxBuffers {
    fn new(gpu: &Gpu, cap: usize) -> BoxBuffers {
        let c = cap as u64;
        BoxBuffers {
            cap,
            count: gpu.storage("tsne grid count", c * 4),
            rank: gpu.storage("tsne grid rank", c * 4),
            cbox: gpu.storage("tsne grid cbox", c * 4),
            info: gpu.storage("tsne grid info", 16),
            acc: gpu.storage("tsne grid charge sums", 9 * c * 8),
            charges: gpu.storage("tsne grid charges", 9 * c * 4),
            packed: gpu.storage("tsne grid packed charges", packed_len(cap) as u64 * 4),
            // One past the nodes per workgroup of `tsne_grid_conv`, which clears its tail.
            zpart: gpu.storage("tsne grid zpart", (9 * c + 64) * 4),
            npos: gpu.storage("tsne grid npos", 9 * c * 8),
            pot: gpu.storage("tsne grid pot", 9 * c * 16),
        }
    }
}

/// Coordinates one workgroup of `tsne_grid_bounds` takes (its `SLICE`: 8192 per invocation,
/// well under [`crate::gpu::LOOP_BUDGET`]).
const BOUNDS_SLICE: usize = 256 * 8192;
const _: () = assert!(8192 < crate::gpu::LOOP_BUDGET / 4);

/// Workgroups of `tsne_grid_bounds` for `n` points, each writing a (lo, hi) pair.
fn bounds_parts(n: usize) -> u32 {
    (2 * n).div_ceil(BOUNDS_SLICE).max(1) as u32
}

/// GPU grid repulsion (see `grid.rs`): per-point buffers, per-box buffers grown on demand, and
/// the layout of the current iteration.
pub(crate) struct GpuGrid {
    kern: std::sync::Arc<GridKernels>,
    /// For `tsne_reduce`.
    base: std::sync::Arc<Kernels>,
    n: usize,
    params: wgpu::Buffer,
    /// `tsne_reduce`'s parameters: the partial sums of this iteration's path, less `n`.
    reduce_params: wgpu::Buffer,
    bounds: wgpu::Buffer,
    pbox: wgpu::Buffer,
    boxes: Option<BoxBuffers>,
    layout: Option<super::grid::Layout>,
    /// FFT convolution for the current grid size (`None`: the direct sum).
    fft: Option<GpuFft>,
    /// Use the FFT convolution when the grid fits (tests turn it off to check the direct sum).
    use_fft: bool,
}

impl GpuGrid {
    pub(crate) fn new(gpu: &Gpu, n: usize) -> Result<GpuGrid> {
        check_rows(gpu, n, 4)?;
        Ok(GpuGrid {
            kern: gpu.cached(GridKernels::new),
            base: gpu.cached(Kernels::new),
            n,
            reduce_params: gpu.uniform(
                "tsne grid reduce params",
                &ReduceParams {
                    n: 0,
                    offset: n as f32,
                    _pad: [0; 2],
                },
            ),
            params: gpu.uniform(
                "tsne grid params",
                &GridParams {
                    n: n as u32,
                    nb: 1,
                    m: 3,
                    boxes: 1,
                    lo: 0.0,
                    h: 1.0,
                    spacing: 1.0 / 3.0,
                    _pad: 0,
                },
            ),
            bounds: gpu.storage("tsne grid bounds", bounds_parts(n) as u64 * 8),
            pbox: gpu.storage("tsne grid pbox", n as u64 * 4),
            boxes: None,
            layout: None,
            fft: None,
            use_fft: true,
        })
    }

    /// The bounds of `y` (lo, hi over every coordinate): waits for the work queued so far,
    /// then reads back two floats per [`BOUNDS_SLICE`] coordinates.
    fn bounds(&self, gpu: &Gpu, y: &wgpu::Buffer) -> Result<(f32, f32)> {
        let bind = gpu.bind(
            &self.kern.bounds,
            &[
                self.params.as_entire_binding(),
                y.as_entire_binding(),
                self.bounds.as_entire_binding(),
            ],
        );
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&self.kern.bounds);
            pass.set_bind_group(0, &bind, &[]);
            pass.dispatch_workgroups(bounds_parts(self.n), 1, 1);
        }
        gpu.queue.submit(Some(enc.finish()));
        let parts: Vec<f32> = gpu.read_back(&self.bounds, 2 * bounds_parts(self.n) as usize)?;
        if !parts.iter().all(|v| v.is_finite()) {
            return Err(Error::Gpu(
                "t-SNE positions diverged (non-finite values)".into(),
            ));
        }
        Ok(parts.chunks(2).fold((f32::MAX, f32::MIN), |(lo, hi), p| {
            (lo.min(p[0]), hi.max(p[1]))
        }))
    }

    /// Step 1: the bounds of `y` ([`GpuGrid::bounds`]), the layout, the parameters and the
    /// per-box buffers for it.
    pub(crate) fn prepare(&mut self, gpu: &Gpu, y: &wgpu::Buffer) -> Result<()> {
        let (lo, hi) = self.bounds(gpu, y)?;
        let g = super::grid::Layout::new(lo, hi);
        let boxes = g.nb * g.nb;
        check_rows(gpu, 9 * boxes, 16)?;
        if self.boxes.as_ref().is_none_or(|bb| bb.cap < boxes) {
            self.boxes = Some(BoxBuffers::new(gpu, boxes + boxes / 2));
        }
        gpu.queue.write_buffer(
            &self.params,
            0,
            bytemuck::bytes_of(&GridParams {
                n: self.n as u32,
                nb: g.nb as u32,
                m: 3 * g.nb as u32,
                boxes: boxes as u32,
                lo: g.lo,
                h: g.h,
                spacing: g.spacing,
                _pad: 0,
            }),
        );
        if self.use_fft {
            let n = super::grid::fft_size(g.nb);
            if self.fft.as_ref().is_none_or(|f| f.n != n) {
                self.fft = GpuFft::new(gpu, &self.kern, n);
            }
            if let Some(f) = &mut self.fft
                && f.kern_key != Some(g.spacing.to_bits())
            {
                let kern = super::grid::kernel_spectrum(n, 3 * g.nb, g.spacing);
                gpu.queue
                    .write_buffer(&f.kern, 0, bytemuck::cast_slice(&kern));
                f.kern_key = Some(g.spacing.to_bits());
            }
        } else {
            self.fft = None;
        }
        let parts = match &self.fft {
            Some(f) => f.parts,
            None => 9 * boxes,
        };
        gpu.queue.write_buffer(
            &self.reduce_params,
            0,
            bytemuck::bytes_of(&ReduceParams {
                n: parts as u32,
                offset: self.n as f32,
                _pad: [0; 2],
            }),
        );
        self.layout = Some(g);
        Ok(())
    }

    /// Steps 2–5 into `enc`: `rep` (n × 2) and `z` (one f32) from `y`, after
    /// [`GpuGrid::prepare`].
    pub(crate) fn encode(
        &self,
        gpu: &Gpu,
        enc: &mut wgpu::CommandEncoder,
        y: &wgpu::Buffer,
        rep: &wgpu::Buffer,
        z: &wgpu::Buffer,
    ) {
        let (Some(g), Some(bb)) = (&self.layout, &self.boxes) else {
            return;
        };
        let k = &self.kern;
        let n = self.n as u32;
        let boxes = (g.nb * g.nb) as u32;
        let stage = |enc: &mut wgpu::CommandEncoder,
                     pipe: &wgpu::ComputePipeline,
                     entries: &[wgpu::BindingResource<'_>],
                     groups: (u32, u32)| {
            let bind = gpu.bind(pipe, entries);
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(pipe);
            pass.set_bind_group(0, &bind, &[]);
            pass.dispatch_workgroups(groups.0, groups.1, 1);
        };
        let p = self.params.as_entire_binding();
        enc.clear_buffer(&bb.count, 0, None);
        enc.clear_buffer(&bb.acc, 0, Some(u64::from(boxes) * 9 * 8));
        // The charges pass writes the nodes of non-empty boxes only.
        enc.clear_buffer(&bb.packed, 0, Some(packed_floats(3 * g.nb) as u64 * 4));
        let per_point = gpu.workgroups(n, 64);
        stage(
            enc,
            &k.bin,
            &[
                p.clone(),
                y.as_entire_binding(),
                self.pbox.as_entire_binding(),
                bb.count.as_entire_binding(),
            ],
            per_point,
        );
        stage(
            enc,
            &k.scan,
            &[
                p.clone(),
                bb.count.as_entire_binding(),
                bb.rank.as_entire_binding(),
                bb.cbox.as_entire_binding(),
                bb.info.as_entire_binding(),
            ],
            (1, 1),
        );
        stage(
            enc,
            &k.spread,
            &[
                p.clone(),
                y.as_entire_binding(),
                self.pbox.as_entire_binding(),
                bb.rank.as_entire_binding(),
                bb.acc.as_entire_binding(),
            ],
            per_point,
        );
        stage(
            enc,
            &k.charges,
            &[
                p.clone(),
                bb.cbox.as_entire_binding(),
                bb.info.as_entire_binding(),
                bb.acc.as_entire_binding(),
                bb.charges.as_entire_binding(),
                bb.npos.as_entire_binding(),
                bb.packed.as_entire_binding(),
            ],
            gpu.workgroups(boxes, 64),
        );
        let nodes = 9 * boxes;
        let zpart = if let Some(f) = &self.fft {
            // Step 4 by FFT: the passes of the four transforms, from the charges to the node
            // forces (`tsne_fft_pass`). The data is in grid `cur`; each pass moves it to the
            // other.
            let mut cur = 0usize;
            for pass in &f.passes {
                stage(
                    enc,
                    &pass.pipe,
                    &[
                        pass.uniform.as_entire_binding(),
                        f.grids[cur].as_entire_binding(),
                        f.grids[1 - cur].as_entire_binding(),
                        f.twiddle.as_entire_binding(),
                        bb.rank.as_entire_binding(),
                        bb.packed.as_entire_binding(),
                        f.kern.as_entire_binding(),
                        f.zpart.as_entire_binding(),
                        bb.pot.as_entire_binding(),
                    ],
                    gpu.workgroups(pass.items, 64),
                );
                cur = 1 - cur;
            }
            &f.zpart
        } else {
            let mut j0 = 0u32;
            loop {
                let j1 = (j0 + super::grid::CONV_CHUNK).min(nodes);
                let chunk = gpu.uniform(
                    "tsne grid chunk",
                    &ChunkParams {
                        j0,
                        j1,
                        accumulate: u32::from(j0 > 0),
                        _pad: 0,
                    },
                );
                stage(
                    enc,
                    &k.conv,
                    &[
                        p.clone(),
                        chunk.as_entire_binding(),
                        bb.info.as_entire_binding(),
                        bb.charges.as_entire_binding(),
                        bb.npos.as_entire_binding(),
                        bb.pot.as_entire_binding(),
                        bb.zpart.as_entire_binding(),
                    ],
                    gpu.workgroups(nodes, 64),
                );
                j0 = j1;
                if j0 >= nodes {
                    break;
                }
            }
            &bb.zpart
        };
        stage(
            enc,
            &k.interp,
            &[
                p,
                y.as_entire_binding(),
                self.pbox.as_entire_binding(),
                bb.rank.as_entire_binding(),
                bb.pot.as_entire_binding(),
                rep.as_entire_binding(),
            ],
            per_point,
        );
        stage(
            enc,
            &self.base.reduce,
            &[
                self.reduce_params.as_entire_binding(),
                zpart.as_entire_binding(),
                z.as_entire_binding(),
            ],
            (1, 1),
        );
    }
}

/// The bounds `tsne_grid_bounds` finds for 2-D positions `y` (used by the tests).
#[cfg(test)]
pub(crate) fn grid_bounds(gpu: &Gpu, y: &[f32]) -> Result<(f32, f32)> {
    let grid = GpuGrid::new(gpu, y.len() / 2)?;
    grid.bounds(gpu, &gpu.storage_init("tsne grid y", y))
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
    state.encode_attraction(&mut enc, gpu.workgroups(state.n as u32, 64));
    gpu.submit_and_wait(enc)?;
    gpu.read_back(&state.attr, y.len())
}

/// How [`grid_repulsion`] runs the node-to-node step.
#[cfg(test)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Conv {
    /// `tsne_grid_conv`.
    Direct,
    /// FFT (`tsne_fft_pass`), what runs whenever the grid fits a binding.
    Fft,
}

/// One grid-repulsion evaluation on the GPU for 2-D positions `y`: `(rep, Z)` as
/// [`super::grid::repulsive`] computes them (used by the tests).
#[cfg(test)]
pub(crate) fn grid_repulsion(gpu: &Gpu, y: &[f32], conv: Conv) -> Result<(Vec<f32>, f64)> {
    let n = y.len() / 2;
    let mut grid = GpuGrid::new(gpu, n)?;
    grid.use_fft = conv != Conv::Direct;
    let yb = gpu.storage_init("tsne grid y", y);
    let rep = gpu.storage("tsne grid rep", n as u64 * 8);
    let z = gpu.storage("tsne grid z", 16);
    grid.prepare(gpu, &yb)?;
    let mut enc = gpu.device.create_command_encoder(&Default::default());
    grid.encode(gpu, &mut enc, &yb, &rep, &z);
    gpu.submit_and_wait(enc)?;
    let zv: Vec<f32> = gpu.read_back(&z, 1)?;
    Ok((gpu.read_back(&rep, 2 * n)?, zv[0] as f64))
}
