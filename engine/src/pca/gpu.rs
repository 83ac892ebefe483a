//! The WGSL path of PCA: `pca_colstats` (column sums and centred squares, per chunk of rows),
//! `pca_matmul_ubo` (the covariance from host-centred rows packed into 64 KiB uniform windows,
//! four windows per dispatch, a group of 256 windows uploaded into one reused uniform buffer
//! and dispatched per submission; see [`window_rows`]), `pca_matmul` (one tiled product
//! configured as covariance when no window fits, Gram matrix, iteration step, Gram components
//! or projection) and `pca_symmetrize` (mirror the upper triangle). Rows are uploaded
//! in chunks of at most [`Gpu::max_binding_rows`] rows into one reused buffer, so `n` is bounded
//! by host memory, not by one binding; the reduction dimension of every product is split over
//! several dispatches so each stays short.

use std::sync::Arc;

use ndarray::{Array2, ArrayView2, s};

use super::{Method, Stages};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::progress::Progress;
use crate::rows::RowSource;
use crate::shaders;

/// Multiply-adds per dispatch of `pca_matmul` (keeps each dispatch well under driver timeouts).
const FMA_PER_DISPATCH: u64 = 1 << 30;
/// Rows one `pca_colstats` dispatch walks: each invocation loops over them, and lavapipe ends
/// every loop of an invocation after [`crate::gpu::LOOP_BUDGET`] iterations in all.
const COLSTATS_ROWS: usize = 16_384;
const _: () = assert!(COLSTATS_ROWS < crate::gpu::LOOP_BUDGET as usize / 2);
/// Most reduction steps `t` one `pca_matmul` dispatch takes (its loop runs about 21/16 of an
/// iteration per step: kept well under [`crate::gpu::LOOP_BUDGET`]).
const MATMUL_T_MAX: u32 = 16_384;
const _: () = assert!(MATMUL_T_MAX * 21 / 16 < crate::gpu::LOOP_BUDGET / 2);
/// Output tile edge of `pca_matmul` (one workgroup's block of C; the shader's `TM`).
const TILE: u32 = shaders::pca_matmul::TM;
/// Reduction step of `pca_matmul` (rows of A and B staged per barrier; the shader's `TK`).
const TK: u32 = shaders::pca_matmul::TK;
const _: () = assert!(shaders::pca_matmul_ubo::TM == TILE);

crate::wgsl_struct! {
    /// Parameters of `pca_colstats` (see the shader header).
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct ColParams: pca_colstats::Params, test col_params_match_wgsl {
        rows: u32,
        cols: u32,
        mode: u32,
        first: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `pca_matmul` (see the shader header).
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct MatParams: pca_matmul::Params, test mat_params_match_wgsl {
        m: u32,
        n: u32,
        t0: u32,
        t1: u32,
        a_si: u32,
        a_st: u32,
        b_st: u32,
        b_sj: u32,
        c_ld: u32,
        accumulate: u32,
        centre_a: u32,
        centre_b: u32,
        upper_only: u32,
        _pad0: u32,
        _pad1: u32,
        _pad2: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `pca_symmetrize`.
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct SymParams: pca_symmetrize::Params, test sym_params_match_wgsl {
        n: u32,
        _pad0: u32,
        _pad1: u32,
        _pad2: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `pca_matmul_ubo` (see the shader header): `rowsK` rows in window K.
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct UboParams: pca_matmul_ubo::Params, test ubo_params_match_wgsl {
        d: u32,
        dim4: u32,
        accumulate: u32,
        _pad0: u32,
        rows0: u32,
        rows1: u32,
        rows2: u32,
        rows3: u32,
    }
}

/// Size of one uniform window of `pca_matmul_ubo` in vec4s (64 KiB, the shader's array length).
const WINDOW_VEC4: usize = 4096;
/// Size of one window in bytes.
const WINDOW_BYTES: u64 = (WINDOW_VEC4 * 16) as u64;
/// Windows bound by one dispatch of `pca_matmul_ubo` (its bindings 1..4).
const WINDOWS_PER_DISPATCH: usize = 4;
/// Most windows uploaded and dispatched at once (16 MiB of uniform buffer, reused).
const WINDOWS_PER_GROUP: usize = 256;

/// The PCA kernels, built once per context.
pub(crate) struct Kernels {
    colstats: Kernel,
    matmul: Kernel,
    symmetrize: Kernel,
    ubo: Kernel,
}

impl Kernels {
    fn new(gpu: &Gpu) -> Self {
        use shaders::{pca_colstats, pca_matmul, pca_matmul_ubo, pca_symmetrize};
        Kernels {
            colstats: Kernel::new(gpu, &pca_colstats::SHADER, &pca_colstats::MAIN),
            matmul: Kernel::new(gpu, &pca_matmul::SHADER, &pca_matmul::MAIN),
            symmetrize: Kernel::new(gpu, &pca_symmetrize::SHADER, &pca_symmetrize::MAIN),
            ubo: Kernel::new(gpu, &pca_matmul_ubo::SHADER, &pca_matmul_ubo::MAIN),
        }
    }
}

fn u32_of(v: usize, what: &str) -> Result<u32> {
    u32::try_from(v).map_err(|_| Error::Invalid(format!("PCA: {what} = {v} is too large")))
}

/// Rows per chunk: what fits one binding, what one dispatch grid can cover, and the knob.
pub(crate) fn chunk_rows(gpu: &Gpu, d: usize, knob: Option<usize>) -> usize {
    let grid = gpu.limits.max_compute_workgroups_per_dimension.max(1) as usize * TILE as usize;
    let fit = gpu.max_binding_rows(d as u64 * 4);
    knob.unwrap_or(usize::MAX).min(fit).min(grid).max(1)
}

/// Data rows per uniform window of `pca_matmul_ubo` for `d` columns (rows padded to
/// `ceil(d / 4)` vec4s), capped by the chunk knob so small tests use several windows; `None`
/// when not one row fits or the device's uniform bindings are smaller than a window (then the
/// covariance runs on `pca_matmul`).
pub(crate) fn window_rows(gpu: &Gpu, d: usize, knob: Option<usize>) -> Option<usize> {
    if gpu.limits.max_uniform_buffer_binding_size < WINDOW_BYTES
        || gpu.limits.max_buffer_size < WINDOW_BYTES
        || gpu.limits.max_uniform_buffers_per_shader_stage < WINDOWS_PER_DISPATCH as u32 + 1
        || !WINDOW_BYTES.is_multiple_of(u64::from(
            gpu.limits.min_uniform_buffer_offset_alignment.max(1),
        ))
    {
        return None;
    }
    let r = (WINDOW_VEC4 / d.div_ceil(4).max(1)).min(knob.unwrap_or(usize::MAX));
    (r >= 1).then_some(r)
}

/// Runs `pca_matmul` for `p`, splitting `[p.t0, p.t1)` so each dispatch does at most
/// [`FMA_PER_DISPATCH`] multiply-adds; later pieces accumulate onto the first.
fn matmul(
    gpu: &Gpu,
    k: &Kernels,
    mut p: MatParams,
    a: &wgpu::Buffer,
    b: &wgpu::Buffer,
    mean: &wgpu::Buffer,
    c: &wgpu::Buffer,
) -> Result<()> {
    let per_t = (p.m as u64 * p.n as u64).max(1);
    let step = ((FMA_PER_DISPATCH / per_t).min(u64::from(MATMUL_T_MAX)) as u32 / TK * TK).max(TK);
    let (t_begin, t_end) = (p.t0, p.t1);
    let groups = (p.n.div_ceil(TILE).max(1), p.m.div_ceil(TILE).max(1));
    // One uniform and bind group for every piece: each is waited for before the next write.
    let params = gpu.uniform("pca_matmul params", &p);
    let bind = k.matmul.bind(
        gpu,
        &[
            params.as_entire_binding(),
            a.as_entire_binding(),
            b.as_entire_binding(),
            mean.as_entire_binding(),
            c.as_entire_binding(),
        ],
    );
    let mut t = t_begin;
    loop {
        p.t0 = t;
        p.t1 = t.saturating_add(step).min(t_end);
        gpu.queue.write_buffer(&params, 0, bytemuck::bytes_of(&p));
        k.matmul.submit_groups(gpu, &bind, groups.0, groups.1)?;
        p.accumulate = 1;
        t = p.t1;
        if t >= t_end {
            return Ok(());
        }
    }
}

/// State of one GPU fit: the data, the chunk buffer, the means and the matrix on the device.
pub(crate) struct GpuStages<'a> {
    gpu: Arc<Gpu>,
    kernels: Arc<Kernels>,
    data: &'a dyn RowSource,
    chunk_rows: usize,
    xbuf: wgpu::Buffer,
    loaded: Option<(usize, usize)>,
    mean: wgpu::Buffer,
    matrix: Option<(wgpu::Buffer, usize)>,
    /// Data rows per uniform window when the covariance runs on `pca_matmul_ubo`; `None` runs
    /// it on `pca_matmul` (the fallback).
    window_rows: Option<usize>,
}

impl<'a> GpuStages<'a> {
    pub(crate) fn new(
        gpu: Arc<Gpu>,
        data: &'a dyn RowSource,
        chunk_rows: usize,
    ) -> Result<GpuStages<'a>> {
        let kernels = gpu.cached(Kernels::new);
        let (n, d) = data.dim();
        let rows = chunk_rows.min(n).max(1);
        let xbuf = gpu.storage("pca rows", rows as u64 * d as u64 * 4);
        let mean = gpu.storage("pca mean", d as u64 * 4);
        Ok(GpuStages {
            gpu,
            kernels,
            data,
            chunk_rows: rows,
            xbuf,
            loaded: None,
            mean,
            matrix: None,
            window_rows: None,
        })
    }

    /// Builds the covariance from uniform windows of `rows` data rows each (`pca_matmul_ubo`),
    /// or on `pca_matmul` with `None`.
    pub(crate) fn with_windows(mut self, rows: Option<usize>) -> Self {
        self.window_rows = rows.map(|r| r.max(1));
        self
    }

    /// Accumulates `C += X_cᵀ X_c` into `c` on `pca_matmul_ubo`: the rows are centred on the
    /// host (`x − mean` in f32, as `pca_matmul` centres them), packed `rows_per` to a 64 KiB
    /// window (zero-padded to vec4s), uploaded a group of windows at a time into one reused
    /// uniform buffer, and each dispatch adds up to four windows to the upper blocks of `c`.
    /// Returns the centred sum of squares (the total variance times `n − 1`), summed in f64.
    fn covariance_windows(
        &self,
        c: &wgpu::Buffer,
        rows_per: usize,
        mean: &[f32],
        progress: &dyn Progress,
    ) -> Result<f64> {
        let gpu = &self.gpu;
        let (n, d) = self.data.dim();
        let dim4 = d.div_ceil(4).max(1);
        if rows_per * dim4 > WINDOW_VEC4 {
            return Err(Error::Invalid("PCA: window rows exceed a window".into()));
        }
        let starts: Vec<usize> = (0..n).step_by(rows_per).collect();
        let per_group = ((gpu.limits.max_buffer_size / WINDOW_BYTES) as usize)
            .clamp(1, WINDOWS_PER_GROUP)
            .min(starts.len().max(1));
        let buffer = gpu.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("pca windows"),
            size: per_group as u64 * WINDOW_BYTES,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let blocks = u32_of(d.div_ceil(TILE as usize), "column blocks")?;
        let mut host = vec![0f32; per_group * WINDOW_VEC4 * 4];
        let mut total = 0.0f64;
        let count = starts.len() as u64;
        let mut done = 0u64;
        for group in starts.chunks(per_group) {
            if progress.cancelled() {
                return Err(Error::Cancelled);
            }
            host.fill(0.0);
            let mut rows_of = Vec::with_capacity(group.len());
            for (w, &start) in group.iter().enumerate() {
                let rows = rows_per.min(n - start);
                let block = self.data.block(start, start + rows);
                for (j, row) in block.rows().into_iter().enumerate() {
                    let dst = &mut host[(w * WINDOW_VEC4 + j * dim4) * 4..][..d];
                    for ((o, &v), &m) in dst.iter_mut().zip(row).zip(mean) {
                        let x = v - m;
                        *o = x;
                        total += f64::from(x) * f64::from(x);
                    }
                }
                drop(block);
                self.data.release(start, start + rows);
                rows_of.push(rows);
            }
            gpu.queue.write_buffer(
                &buffer,
                0,
                bytemuck::cast_slice(&host[..group.len() * WINDOW_VEC4 * 4]),
            );
            let mut enc = gpu.device.create_command_encoder(&Default::default());
            {
                let mut pass = enc.begin_compute_pass(&Default::default());
                for (q, quad) in rows_of.chunks(WINDOWS_PER_DISPATCH).enumerate() {
                    let first = q * WINDOWS_PER_DISPATCH;
                    let mut rows = [0u32; WINDOWS_PER_DISPATCH];
                    for (r, &v) in rows.iter_mut().zip(quad) {
                        *r = u32_of(v, "window rows")?;
                    }
                    let params = gpu.uniform(
                        "pca_matmul_ubo params",
                        &UboParams {
                            d: u32_of(d, "columns")?,
                            dim4: u32_of(dim4, "columns")?,
                            accumulate: 1,
                            _pad0: 0,
                            rows0: rows[0],
                            rows1: rows[1],
                            rows2: rows[2],
                            rows3: rows[3],
                        },
                    );
                    // Slots past the last window bind the first one again, with 0 rows.
                    let window = |slot: usize| {
                        let w = if slot < quad.len() {
                            first + slot
                        } else {
                            first
                        };
                        wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                            buffer: &buffer,
                            offset: w as u64 * WINDOW_BYTES,
                            size: std::num::NonZeroU64::new(WINDOW_BYTES),
                        })
                    };
                    let bind = self.kernels.ubo.bind(
                        gpu,
                        &[
                            params.as_entire_binding(),
                            window(0),
                            window(1),
                            window(2),
                            window(3),
                            c.as_entire_binding(),
                        ],
                    );
                    self.kernels
                        .ubo
                        .dispatch_groups(&mut pass, &bind, blocks, blocks);
                }
            }
            gpu.submit_and_wait(enc)?;
            done += group.len() as u64;
            progress.update("pca covariance", done, count);
        }
        Ok(total)
    }

    fn chunks(&self) -> Vec<(usize, usize)> {
        let n = self.data.dim().0;
        let step = self.chunk_rows;
        (0..n.div_ceil(step))
            .map(|c| (c * step, ((c + 1) * step).min(n)))
            .collect()
    }

    /// Makes rows `r0..r1` the content of the chunk buffer (skipped when already there).
    fn load(&mut self, r0: usize, r1: usize) -> Result<()> {
        if self.loaded == Some((r0, r1)) {
            return Ok(());
        }
        if r1 - r0 > self.chunk_rows {
            return Err(Error::Invalid("PCA: chunk larger than its buffer".into()));
        }
        let rows = self.data.block(r0, r1);
        let rows = rows.as_standard_layout();
        let slice = rows
            .as_slice()
            .ok_or_else(|| Error::Invalid("PCA: rows are not contiguous".into()))?;
        self.gpu
            .queue
            .write_buffer(&self.xbuf, 0, bytemuck::cast_slice(slice));
        drop(rows);
        self.data.release(r0, r1);
        self.loaded = Some((r0, r1));
        Ok(())
    }

    /// `pca_colstats` on the loaded chunk: one dispatch per [`COLSTATS_ROWS`] rows, each
    /// read back and added in f64.
    fn colstats(&self, rows: usize, mode: u32) -> Result<Vec<f64>> {
        let gpu = &self.gpu;
        let d = self.data.dim().1;
        let mut sums = vec![0.0f64; d];
        let out = gpu.storage("pca colstats", d as u64 * 4);
        let params = gpu.uniform("pca_colstats params", &ColParams::default());
        let bind = self.kernels.colstats.bind(
            gpu,
            &[
                params.as_entire_binding(),
                self.xbuf.as_entire_binding(),
                self.mean.as_entire_binding(),
                out.as_entire_binding(),
            ],
        );
        for first in (0..rows).step_by(COLSTATS_ROWS) {
            let p = ColParams {
                rows: u32_of((rows - first).min(COLSTATS_ROWS), "rows")?,
                cols: u32_of(d, "columns")?,
                mode,
                first: u32_of(first, "rows")?,
            };
            gpu.queue.write_buffer(&params, 0, bytemuck::bytes_of(&p));
            self.kernels
                .colstats
                .submit(gpu, &bind, u32_of(d, "columns")?)?;
            for (s, v) in sums.iter_mut().zip(gpu.read_back::<f32>(&out, d)?) {
                *s += f64::from(v);
            }
        }
        Ok(sums)
    }

    fn symmetrize(&self, c: &wgpu::Buffer, n: usize) -> Result<()> {
        let gpu = &self.gpu;
        let params = gpu.uniform(
            "pca_symmetrize params",
            &SymParams {
                n: u32_of(n, "matrix size")?,
                ..SymParams::default()
            },
        );
        let bind = self
            .kernels
            .symmetrize
            .bind(gpu, &[params.as_entire_binding(), c.as_entire_binding()]);
        self.kernels
            .symmetrize
            .submit(gpu, &bind, u32_of(n * n, "matrix elements")?)
    }

    fn check_square(&self, n: usize) -> Result<()> {
        let bytes = n as u64 * n as u64 * 4;
        let max = self
            .gpu
            .limits
            .max_storage_buffer_binding_size
            .min(self.gpu.limits.max_buffer_size);
        if bytes > max {
            return Err(Error::Invalid(format!(
                "PCA: the {n} × {n} matrix ({bytes} bytes) exceeds this adapter's largest binding ({max} bytes)"
            )));
        }
        Ok(())
    }
}

impl Stages for GpuStages<'_> {
    fn column_sums(&mut self, progress: &dyn Progress) -> Result<Vec<f64>> {
        let d = self.data.dim().1;
        let mut sums = vec![0.0f64; d];
        for (r0, r1) in self.chunks() {
            if progress.cancelled() {
                return Err(Error::Cancelled);
            }
            self.load(r0, r1)?;
            for (s, v) in sums.iter_mut().zip(self.colstats(r1 - r0, 0)?) {
                *s += v;
            }
        }
        Ok(sums)
    }

    fn build(&mut self, method: Method, mean: &[f64], progress: &dyn Progress) -> Result<f64> {
        let (n, d) = self.data.dim();
        let mean32: Vec<f32> = mean.iter().map(|&m| m as f32).collect();
        self.gpu
            .queue
            .write_buffer(&self.mean, 0, bytemuck::cast_slice(&mean32));
        let mut total = 0.0f64;
        match method {
            Method::Gram => {
                if self.chunk_rows < n {
                    return Err(Error::Invalid(
                        "PCA: the Gram path needs all rows in one binding".into(),
                    ));
                }
                self.check_square(n)?;
                self.load(0, n)?;
                total += self.colstats(n, 1)?.iter().sum::<f64>();
                let g = self.gpu.storage("pca gram", n as u64 * n as u64 * 4);
                let p = MatParams {
                    m: u32_of(n, "rows")?,
                    n: u32_of(n, "rows")?,
                    t0: 0,
                    t1: u32_of(d, "columns")?,
                    a_si: u32_of(d, "columns")?,
                    a_st: 1,
                    b_st: 1,
                    b_sj: u32_of(d, "columns")?,
                    c_ld: u32_of(n, "rows")?,
                    accumulate: 0,
                    centre_a: 2,
                    centre_b: 1,
                    upper_only: 1,
                    ..MatParams::default()
                };
                matmul(
                    &self.gpu,
                    &self.kernels,
                    p,
                    &self.xbuf,
                    &self.xbuf,
                    &self.mean,
                    &g,
                )?;
                self.symmetrize(&g, n)?;
                self.matrix = Some((g, n));
            }
            _ if let Some(rows) = self.window_rows => {
                self.check_square(d)?;
                let c = self.gpu.storage("pca covariance", d as u64 * d as u64 * 4);
                total = self.covariance_windows(&c, rows, &mean32, progress)?;
                self.symmetrize(&c, d)?;
                self.matrix = Some((c, d));
            }
            _ => {
                self.check_square(d)?;
                let c = self.gpu.storage("pca covariance", d as u64 * d as u64 * 4);
                let chunks = self.chunks();
                let count = chunks.len() as u64;
                for (done, (r0, r1)) in chunks.into_iter().enumerate() {
                    if progress.cancelled() {
                        return Err(Error::Cancelled);
                    }
                    self.load(r0, r1)?;
                    total += self.colstats(r1 - r0, 1)?.iter().sum::<f64>();
                    let p = MatParams {
                        m: u32_of(d, "columns")?,
                        n: u32_of(d, "columns")?,
                        t0: 0,
                        t1: u32_of(r1 - r0, "rows")?,
                        a_si: 1,
                        a_st: u32_of(d, "columns")?,
                        b_st: u32_of(d, "columns")?,
                        b_sj: 1,
                        c_ld: u32_of(d, "columns")?,
                        accumulate: 1,
                        centre_a: 1,
                        centre_b: 2,
                        upper_only: 1,
                        ..MatParams::default()
                    };
                    matmul(
                        &self.gpu,
                        &self.kernels,
                        p,
                        &self.xbuf,
                        &self.xbuf,
                        &self.mean,
                        &c,
                    )?;
                    progress.update("pca covariance", done as u64 + 1, count);
                }
                self.symmetrize(&c, d)?;
                self.matrix = Some((c, d));
            }
        }
        Ok(total)
    }

    fn apply(&mut self, q: &Array2<f64>) -> Result<Array2<f64>> {
        let (s, dim) = self
            .matrix
            .as_ref()
            .ok_or_else(|| Error::Invalid("PCA: matrix not built".into()))?;
        let b = q.ncols();
        let q32: Vec<f32> = q.iter().map(|&v| v as f32).collect();
        let qbuf = self.gpu.storage_init("pca block", &q32);
        let zbuf = self.gpu.storage("pca product", (*dim * b) as u64 * 4);
        let p = MatParams {
            m: u32_of(*dim, "matrix size")?,
            n: u32_of(b, "block")?,
            t0: 0,
            t1: u32_of(*dim, "matrix size")?,
            a_si: u32_of(*dim, "matrix size")?,
            a_st: 1,
            b_st: u32_of(b, "block")?,
            b_sj: 1,
            c_ld: u32_of(b, "block")?,
            accumulate: 0,
            centre_a: 0,
            centre_b: 0,
            upper_only: 0,
            ..MatParams::default()
        };
        matmul(&self.gpu, &self.kernels, p, s, &qbuf, &self.mean, &zbuf)?;
        let z: Vec<f32> = self.gpu.read_back(&zbuf, *dim * b)?;
        Array2::from_shape_vec((*dim, b), z.into_iter().map(f64::from).collect())
            .map_err(|e| Error::Gpu(e.to_string()))
    }

    fn gram_components(&mut self, u: &Array2<f64>) -> Result<Array2<f64>> {
        let (n, d) = self.data.dim();
        let k = u.ncols();
        self.load(0, n)?;
        let u32s: Vec<f32> = u.iter().map(|&v| v as f32).collect();
        let ubuf = self.gpu.storage_init("pca gram vectors", &u32s);
        let vbuf = self.gpu.storage("pca components", (d * k) as u64 * 4);
        let p = MatParams {
            m: u32_of(d, "columns")?,
            n: u32_of(k, "components")?,
            t0: 0,
            t1: u32_of(n, "rows")?,
            a_si: 1,
            a_st: u32_of(d, "columns")?,
            b_st: u32_of(k, "components")?,
            b_sj: 1,
            c_ld: u32_of(k, "components")?,
            accumulate: 0,
            centre_a: 1,
            centre_b: 0,
            upper_only: 0,
            ..MatParams::default()
        };
        matmul(
            &self.gpu,
            &self.kernels,
            p,
            &self.xbuf,
            &ubuf,
            &self.mean,
            &vbuf,
        )?;
        let v: Vec<f32> = self.gpu.read_back(&vbuf, d * k)?;
        Array2::from_shape_vec((d, k), v.into_iter().map(f64::from).collect())
            .map_err(|e| Error::Gpu(e.to_string()))
    }

    fn matrix(&mut self) -> Result<Array2<f64>> {
        let (s, dim) = self
            .matrix
            .as_ref()
            .ok_or_else(|| Error::Invalid("PCA: matrix not built".into()))?;
        let v: Vec<f32> = self.gpu.read_back(s, dim * dim)?;
        Array2::from_shape_vec((*dim, *dim), v.into_iter().map(f64::from).collect())
            .map_err(|e| Error::Gpu(e.to_string()))
    }
}

/// Projects every row on the GPU: `(x − mean) · componentsᵀ`, chunk by chunk.
pub(crate) fn project(
    gpu: &Arc<Gpu>,
    data: &dyn RowSource,
    mean: &[f32],
    components: ArrayView2<'_, f32>,
    knob: Option<usize>,
) -> Result<Array2<f32>> {
    let (n, d) = data.dim();
    let k = components.nrows();
    let rows = chunk_rows(gpu, d, knob).min(gpu.max_binding_rows(k as u64 * 4));
    let mut stages = GpuStages::new(gpu.clone(), data, rows)?;
    gpu.queue
        .write_buffer(&stages.mean, 0, bytemuck::cast_slice(mean));
    let comps = components.as_standard_layout();
    let comps = comps
        .as_slice()
        .ok_or_else(|| Error::Invalid("PCA: components are not contiguous".into()))?;
    let cbuf = gpu.storage_init("pca components", comps);
    let ybuf = gpu.storage("pca projection", (stages.chunk_rows * k) as u64 * 4);
    let mut out = Array2::<f32>::zeros((n, k));
    for (r0, r1) in stages.chunks() {
        stages.load(r0, r1)?;
        let p = MatParams {
            m: u32_of(r1 - r0, "rows")?,
            n: u32_of(k, "components")?,
            t0: 0,
            t1: u32_of(d, "columns")?,
            a_si: u32_of(d, "columns")?,
            a_st: 1,
            b_st: 1,
            b_sj: u32_of(d, "columns")?,
            c_ld: u32_of(k, "components")?,
            accumulate: 0,
            centre_a: 2,
            centre_b: 0,
            upper_only: 0,
            ..MatParams::default()
        };
        matmul(
            gpu,
            &stages.kernels,
            p,
            &stages.xbuf,
            &cbuf,
            &stages.mean,
            &ybuf,
        )?;
        let y: Vec<f32> = gpu.read_back(&ybuf, (r1 - r0) * k)?;
        let y = ArrayView2::from_shape((r1 - r0, k), &y).map_err(|e| Error::Gpu(e.to_string()))?;
        out.slice_mut(s![r0..r1, ..]).assign(&y);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::NoProgress;

    /// The covariance from `pca_matmul_ubo` equals the fallback's (`pca_matmul`), and both run.
    #[test]
    fn window_covariance_matches_the_fallback() {
        let Some(gpu) = crate::gpu::test_context() else {
            return;
        };
        let (n, d) = (131, 67);
        let x = Array2::from_shape_fn((n, d), |(i, j)| {
            ((i * 31 + j * 17) % 23) as f32 * 0.5 + 50.0 + j as f32
        });
        let mean: Vec<f64> = x
            .mean_axis(ndarray::Axis(0))
            .unwrap_or_default()
            .iter()
            .map(|&v| f64::from(v))
            .collect();
        let mut out = Vec::new();
        let view = x.view();
        for windows in [None, window_rows(&gpu, d, Some(9))] {
            let mut st = GpuStages::new(gpu.clone(), &view, 40)
                .unwrap()
                .with_windows(windows);
            let total = st.build(Method::Covariance, &mean, &NoProgress).unwrap();
            out.push((total, st.matrix().unwrap()));
        }
        assert!(window_rows(&gpu, d, Some(9)).is_some());
        let (t0, c0) = &out[0];
        let (t1, c1) = &out[1];
        let scale = c0.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        assert!(scale > 0.0);
        let diff = (c0 - c1).iter().fold(0.0f64, |m, v| m.max(v.abs()));
        assert!(
            diff < 1e-5 * scale,
            "covariances differ by {diff} (scale {scale})"
        );
        assert!((t0 - t1).abs() < 1e-5 * t0, "totals {t0} vs {t1}");
    }
}
