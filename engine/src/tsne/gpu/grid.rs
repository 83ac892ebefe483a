//! The grid repulsion on the GPU (see `super::super::grid` for the steps and their CPU twin):
//! the `tsne_grid_*` kernels, the per-point and per-box buffers, and their bind groups, made
//! again only when the per-box buffers grow or the FFT size changes.

use std::sync::Arc;

use super::fft::{FftKernels, GpuFft};
use super::{Kernels, ReduceParams, check_rows};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::shaders;
use crate::tsne::grid::{self as twin, CONV_CHUNK, FIXED_ONE};

crate::wgsl_struct! {
    /// Parameters of the grid kernels: the `Params` of `shared/tsne_grid.wgsl` (every
    /// `tsne_grid_*` shader imports it; a test holds their copies together).
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct GridParams: tsne_grid_bin::Params, test grid_params_match_wgsl {
        n: u32,
        nb: u32,
        m: u32,
        boxes: u32,
        lo: f32,
        h: f32,
        spacing: f32,
        _pad: u32,
    }
}

crate::wgsl_struct! {
    /// Source nodes `j0 .. j1` of one `tsne_grid_conv` dispatch.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct ChunkParams: tsne_grid_conv::Chunk, test chunk_params_match_wgsl {
        j0: u32,
        j1: u32,
        accumulate: u32,
        _pad: u32,
    }
}

/// Coordinates one workgroup of `tsne_grid_bounds` takes (its `SLICE` override: 8192 per
/// invocation, well under [`crate::gpu::LOOP_BUDGET`]).
const BOUNDS_SLICE: u32 = 256 * 8192;
const _: () = assert!(
    BOUNDS_SLICE / shaders::tsne_grid_bounds::MAIN.workgroup_size[0] < crate::gpu::LOOP_BUDGET / 4
);

/// The overrides of the shared grid WGSL: the fixed-point scale of the charges.
pub(super) fn grid_overrides() -> Vec<(&'static str, f64)> {
    vec![(
        shaders::tsne_grid_spread::overrides::FIXED_ONE,
        f64::from(FIXED_ONE),
    )]
}

/// The grid-repulsion kernels (`tsne_grid_*.wgsl`), built once per context on first use,
/// and `tsne_fft_pass`'s, built on first use per radix and role.
struct GridKernels {
    bounds: Kernel,
    bin: Kernel,
    scan: Kernel,
    spread: Kernel,
    charges: Kernel,
    conv: Kernel,
    interp: Kernel,
    fft: FftKernels,
}

impl GridKernels {
    fn new(g: &Gpu) -> GridKernels {
        use shaders::{
            tsne_grid_bin as bin, tsne_grid_bounds as bounds, tsne_grid_charges as charges,
            tsne_grid_conv as conv, tsne_grid_interp as interp, tsne_grid_scan as scan,
            tsne_grid_spread as spread,
        };
        let mut o = grid_overrides();
        o.push((bounds::overrides::SLICE, f64::from(BOUNDS_SLICE)));
        GridKernels {
            bounds: Kernel::with_overrides(g, &bounds::SHADER, &bounds::MAIN, &o),
            bin: Kernel::with_overrides(g, &bin::SHADER, &bin::MAIN, &o),
            scan: Kernel::with_overrides(g, &scan::SHADER, &scan::MAIN, &o),
            spread: Kernel::with_overrides(g, &spread::SHADER, &spread::MAIN, &o),
            charges: Kernel::with_overrides(g, &charges::SHADER, &charges::MAIN, &o),
            conv: Kernel::with_overrides(g, &conv::SHADER, &conv::MAIN, &o),
            interp: Kernel::with_overrides(g, &interp::SHADER, &interp::MAIN, &o),
            fft: FftKernels::default(),
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
pub(super) struct BoxBuffers {
    cap: usize,
    count: wgpu::Buffer,
    pub(super) rank: wgpu::Buffer,
    cbox: wgpu::Buffer,
    info: wgpu::Buffer,
    /// The node charges' 64-bit fixed-point sums (`tsne_grid_spread`), two u32 per node.
    acc: wgpu::Buffer,
    charges: wgpu::Buffer,
    /// The charges again, as the FFT's first pass reads them: packed rows (`tsne_grid_charges`).
    pub(super) packed: wgpu::Buffer,
    /// `Z`'s node sums of the direct path (`tsne_grid_conv`).
    zpart: wgpu::Buffer,
    npos: wgpu::Buffer,
    pub(super) pot: wgpu::Buffer,
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

/// Workgroups of `tsne_grid_bounds` for `n` points, each writing a (lo, hi) pair.
fn bounds_parts(n: usize) -> u32 {
    (2 * n).div_ceil(BOUNDS_SLICE as usize).max(1) as u32
}

/// The bind groups of one grid iteration, over the current per-box buffers and FFT.
struct Binds {
    bin: wgpu::BindGroup,
    scan: wgpu::BindGroup,
    spread: wgpu::BindGroup,
    charges: wgpu::BindGroup,
    /// One per pass of the FFT; empty on the direct path.
    fft: Vec<wgpu::BindGroup>,
    /// The direct path's chunks: one uniform and bind group each, as many as the largest grid
    /// so far needed (the uniforms are written by [`GpuGrid::prepare`]).
    conv: Vec<(wgpu::Buffer, wgpu::BindGroup)>,
    interp: wgpu::BindGroup,
    reduce: wgpu::BindGroup,
}

/// GPU grid repulsion (see `grid.rs`): per-point buffers, per-box buffers grown on demand, and
/// the layout of the current iteration.
pub(crate) struct GpuGrid {
    kern: Arc<GridKernels>,
    /// For `tsne_reduce`.
    base: Arc<Kernels>,
    n: usize,
    /// Positions (`n × 2`), read.
    y: wgpu::Buffer,
    /// Repulsive forces (`n × 2`) and `Z`, written.
    rep: wgpu::Buffer,
    z: wgpu::Buffer,
    params: wgpu::Buffer,
    /// `tsne_reduce`'s parameters: the partial sums of this iteration's path, less `n`.
    reduce_params: wgpu::Buffer,
    bounds: wgpu::Buffer,
    bounds_bind: wgpu::BindGroup,
    pbox: wgpu::Buffer,
    boxes: Option<BoxBuffers>,
    layout: Option<twin::Layout>,
    /// FFT convolution for the current grid size (`None`: the direct sum).
    fft: Option<GpuFft>,
    /// The grid size `fft` was made for (`None` holds when that grid did not fit a binding).
    fft_for: Option<usize>,
    /// Bind groups over `boxes` and `fft`; `None` after either changed.
    binds: Option<Binds>,
    /// Chunks of the direct sum this iteration takes.
    conv_chunks: usize,
    /// Use the FFT convolution when the grid fits (tests turn it off to check the direct sum).
    use_fft: bool,
}

impl GpuGrid {
    /// Grid repulsion for the `n` 2-D positions in `y`, writing the forces into `rep` and `Z`
    /// into `z`.
    pub(crate) fn new(
        gpu: &Gpu,
        n: usize,
        y: &wgpu::Buffer,
        rep: &wgpu::Buffer,
        z: &wgpu::Buffer,
    ) -> Result<GpuGrid> {
        check_rows(gpu, n, 4)?;
        let kern = gpu.cached(GridKernels::new);
        let params = gpu.uniform(
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
        );
        let bounds = gpu.storage("tsne grid bounds", bounds_parts(n) as u64 * 8);
        let bounds_bind = kern.bounds.bind(
            gpu,
            &[
                params.as_entire_binding(),
                y.as_entire_binding(),
                bounds.as_entire_binding(),
            ],
        );
        Ok(GpuGrid {
            base: gpu.cached(Kernels::new),
            kern,
            n,
            y: y.clone(),
            rep: rep.clone(),
            z: z.clone(),
            reduce_params: gpu.uniform("tsne grid reduce params", &ReduceParams::new(0, n as f32)),
            params,
            bounds,
            bounds_bind,
            pbox: gpu.storage("tsne grid pbox", n as u64 * 4),
            boxes: None,
            layout: None,
            fft: None,
            fft_for: None,
            binds: None,
            conv_chunks: 0,
            use_fft: true,
        })
    }

    /// The bounds of `y` (lo, hi over every coordinate): waits for the work queued so far,
    /// then reads back two floats per [`BOUNDS_SLICE`] coordinates.
    fn bounds(&self, gpu: &Gpu) -> Result<(f32, f32)> {
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        self.kern
            .bounds
            .run_groups(&mut enc, &self.bounds_bind, bounds_parts(self.n), 1);
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

    /// Step 1: the bounds of `y` ([`GpuGrid::bounds`]), the layout, the parameters, the
    /// per-box buffers for it and, when those or the FFT changed, the bind groups.
    pub(crate) fn prepare(&mut self, gpu: &Gpu) -> Result<()> {
        let (lo, hi) = self.bounds(gpu)?;
        let g = twin::Layout::new(lo, hi);
        let boxes = g.nb * g.nb;
        check_rows(gpu, 9 * boxes, 16)?;
        if self.boxes.as_ref().is_none_or(|bb| bb.cap < boxes) {
            self.boxes = Some(BoxBuffers::new(gpu, boxes + boxes / 2));
            self.binds = None;
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
            let n = twin::fft_size(g.nb);
            if self.fft_for != Some(n) {
                self.fft = GpuFft::new(gpu, &self.kern.fft, n);
                self.fft_for = Some(n);
                self.binds = None;
            }
            if let Some(f) = &mut self.fft
                && f.kern_key != Some(g.spacing.to_bits())
            {
                let kern = twin::kernel_spectrum(n, 3 * g.nb, g.spacing);
                gpu.queue
                    .write_buffer(&f.kern, 0, bytemuck::cast_slice(&kern));
                f.kern_key = Some(g.spacing.to_bits());
            }
        } else if self.fft.take().is_some() {
            self.fft_for = None;
            self.binds = None;
        }
        let parts = match &self.fft {
            Some(f) => f.parts,
            None => 9 * boxes,
        };
        gpu.queue.write_buffer(
            &self.reduce_params,
            0,
            bytemuck::bytes_of(&ReduceParams::new(parts as u32, self.n as f32)),
        );
        if self.binds.is_none()
            && let Some(bb) = &self.boxes
        {
            self.binds = Some(self.make_binds(gpu, bb));
        }
        if self.fft.is_none() {
            self.prepare_conv(gpu, 9 * boxes as u32);
        }
        self.layout = Some(g);
        Ok(())
    }

    /// The direct sum's chunk uniforms for `nodes` source nodes (more made when needed).
    fn prepare_conv(&mut self, gpu: &Gpu, nodes: u32) {
        let (Some(binds), Some(bb)) = (&mut self.binds, &self.boxes) else {
            return;
        };
        let chunks = nodes.div_ceil(CONV_CHUNK).max(1) as usize;
        while binds.conv.len() < chunks {
            let uniform = gpu.uniform(
                "tsne grid chunk",
                &ChunkParams {
                    j0: 0,
                    j1: 0,
                    accumulate: 0,
                    _pad: 0,
                },
            );
            let bind = self.kern.conv.bind(
                gpu,
                &[
                    self.params.as_entire_binding(),
                    uniform.as_entire_binding(),
                    bb.info.as_entire_binding(),
                    bb.charges.as_entire_binding(),
                    bb.npos.as_entire_binding(),
                    bb.pot.as_entire_binding(),
                    bb.zpart.as_entire_binding(),
                ],
            );
            binds.conv.push((uniform, bind));
        }
        for (c, (uniform, _)) in binds.conv.iter().take(chunks).enumerate() {
            let j0 = c as u32 * CONV_CHUNK;
            let chunk = ChunkParams {
                j0,
                j1: (j0 + CONV_CHUNK).min(nodes),
                accumulate: u32::from(j0 > 0),
                _pad: 0,
            };
            gpu.queue
                .write_buffer(uniform, 0, bytemuck::bytes_of(&chunk));
        }
        self.conv_chunks = chunks;
    }

    /// The bind groups over the current per-box buffers and FFT.
    fn make_binds(&self, gpu: &Gpu, bb: &BoxBuffers) -> Binds {
        let k = &self.kern;
        let p = || self.params.as_entire_binding();
        let (y, pbox) = (&self.y, &self.pbox);
        let zpart = match &self.fft {
            Some(f) => &f.zpart,
            None => &bb.zpart,
        };
        Binds {
            bin: k.bin.bind(
                gpu,
                &[
                    p(),
                    y.as_entire_binding(),
                    pbox.as_entire_binding(),
                    bb.count.as_entire_binding(),
                ],
            ),
            scan: k.scan.bind(
                gpu,
                &[
                    p(),
                    bb.count.as_entire_binding(),
                    bb.rank.as_entire_binding(),
                    bb.cbox.as_entire_binding(),
                    bb.info.as_entire_binding(),
                ],
            ),
            spread: k.spread.bind(
                gpu,
                &[
                    p(),
                    y.as_entire_binding(),
                    pbox.as_entire_binding(),
                    bb.rank.as_entire_binding(),
                    bb.acc.as_entire_binding(),
                ],
            ),
            charges: k.charges.bind(
                gpu,
                &[
                    p(),
                    bb.cbox.as_entire_binding(),
                    bb.info.as_entire_binding(),
                    bb.acc.as_entire_binding(),
                    bb.charges.as_entire_binding(),
                    bb.npos.as_entire_binding(),
                    bb.packed.as_entire_binding(),
                ],
            ),
            fft: self
                .fft
                .as_ref()
                .map(|f| f.bind(gpu, bb))
                .unwrap_or_default(),
            conv: Vec::new(),
            interp: k.interp.bind(
                gpu,
                &[
                    p(),
                    y.as_entire_binding(),
                    pbox.as_entire_binding(),
                    bb.rank.as_entire_binding(),
                    bb.pot.as_entire_binding(),
                    self.rep.as_entire_binding(),
                ],
            ),
            reduce: self.base.reduce.bind(
                gpu,
                &[
                    self.reduce_params.as_entire_binding(),
                    zpart.as_entire_binding(),
                    self.z.as_entire_binding(),
                ],
            ),
        }
    }

    /// Steps 2–5 into `enc`: `rep` (n × 2) and `z` (one f32) from `y`, after
    /// [`GpuGrid::prepare`].
    pub(crate) fn encode(&self, gpu: &Gpu, enc: &mut wgpu::CommandEncoder) {
        let (Some(g), Some(bb), Some(b)) = (&self.layout, &self.boxes, &self.binds) else {
            return;
        };
        let k = &self.kern;
        let n = self.n as u32;
        let boxes = (g.nb * g.nb) as u32;
        enc.clear_buffer(&bb.count, 0, None);
        enc.clear_buffer(&bb.acc, 0, Some(u64::from(boxes) * 9 * 8));
        // The charges pass writes the nodes of non-empty boxes only.
        enc.clear_buffer(&bb.packed, 0, Some(packed_floats(3 * g.nb) as u64 * 4));
        k.bin.run(gpu, enc, &b.bin, n);
        k.scan.run_groups(enc, &b.scan, 1, 1);
        k.spread.run(gpu, enc, &b.spread, n);
        k.charges.run(gpu, enc, &b.charges, boxes);
        match &self.fft {
            // Step 4 by FFT: the passes of the four transforms, from the charges to the node
            // forces (`tsne_fft_pass`).
            Some(f) => f.encode(gpu, enc, &b.fft),
            None => {
                for (_, bind) in b.conv.iter().take(self.conv_chunks) {
                    k.conv.run(gpu, enc, bind, 9 * boxes);
                }
            }
        }
        k.interp.run(gpu, enc, &b.interp, n);
        self.base.reduce.run_groups(enc, &b.reduce, 1, 1);
    }
}

#[cfg(test)]
#[test]
fn grid_shaders_share_one_params() {
    use crate::shaders::*;
    let layout = tsne_grid_bin::SHADER.struct_layout("Params");
    for s in [
        &tsne_grid_bounds::SHADER,
        &tsne_grid_scan::SHADER,
        &tsne_grid_spread::SHADER,
        &tsne_grid_charges::SHADER,
        &tsne_grid_conv::SHADER,
        &tsne_grid_interp::SHADER,
    ] {
        assert_eq!(s.struct_layout("Params"), layout, "{}", s.file);
    }
}

/// The bounds `tsne_grid_bounds` finds for 2-D positions `y` (used by the tests).
#[cfg(test)]
pub(crate) fn grid_bounds(gpu: &Gpu, y: &[f32]) -> Result<(f32, f32)> {
    let n = y.len() / 2;
    let yb = gpu.storage_init("tsne grid y", y);
    let rep = gpu.storage("tsne grid rep", n as u64 * 8);
    let z = gpu.storage("tsne grid z", 16);
    GpuGrid::new(gpu, n, &yb, &rep, &z)?.bounds(gpu)
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
/// `cpu::grid::repulsive` (the CPU twin) computes them (used by the tests).
#[cfg(test)]
pub(crate) fn grid_repulsion(gpu: &Gpu, y: &[f32], conv: Conv) -> Result<(Vec<f32>, f64)> {
    let n = y.len() / 2;
    let yb = gpu.storage_init("tsne grid y", y);
    let rep = gpu.storage("tsne grid rep", n as u64 * 8);
    let z = gpu.storage("tsne grid z", 16);
    let mut grid = GpuGrid::new(gpu, n, &yb, &rep, &z)?;
    grid.use_fft = conv != Conv::Direct;
    grid.prepare(gpu)?;
    let mut enc = gpu.device.create_command_encoder(&Default::default());
    grid.encode(gpu, &mut enc);
    gpu.submit_and_wait(enc)?;
    let zv: Vec<f32> = gpu.read_back(&z, 1)?;
    Ok((gpu.read_back(&rep, 2 * n)?, zv[0] as f64))
}
