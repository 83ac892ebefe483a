//! The WGSL path of PCA: `pca_colstats` (column sums and centred squares, per chunk of rows),
//! `pca_matmul` (one tiled product configured as covariance, Gram matrix, iteration step, Gram
//! components or projection) and `pca_symmetrize` (mirror the upper triangle). Rows are uploaded
//! in chunks of at most [`Gpu::max_binding_rows`] rows into one reused buffer, so `n` is bounded
//! by host memory, not by one binding; the reduction dimension of every product is split over
//! several dispatches so each stays short.

use std::sync::Arc;

use ndarray::{Array2, ArrayView2, s};

use super::{Method, Stages};
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::progress::Progress;

/// Multiply-adds per dispatch of `pca_matmul` (keeps each dispatch well under driver timeouts).
const FMA_PER_DISPATCH: u64 = 1 << 30;
/// Output tile edge of `pca_matmul` (one workgroup's 64 × 64 block of C).
const TILE: u32 = 64;
/// Reduction step of `pca_matmul` (rows of A and B staged per barrier).
const TK: u32 = 16;

#[repr(C)]
#[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
struct ColParams {
    rows: u32,
    cols: u32,
    mode: u32,
    _pad: u32,
}
const _: () = assert!(std::mem::size_of::<ColParams>() == 16);

/// Parameters of `pca_matmul` (see the shader header).
#[repr(C)]
#[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
struct MatParams {
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
    _pad: [u32; 3],
}
const _: () = assert!(std::mem::size_of::<MatParams>() == 64);

#[repr(C)]
#[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
struct SymParams {
    n: u32,
    _pad: [u32; 3],
}
const _: () = assert!(std::mem::size_of::<SymParams>() == 16);

/// The PCA pipelines, built once per context.
pub(crate) struct Kernels {
    colstats: wgpu::ComputePipeline,
    matmul: wgpu::ComputePipeline,
    symmetrize: wgpu::ComputePipeline,
}

impl Kernels {
    fn new(gpu: &Gpu) -> Self {
        Kernels {
            colstats: gpu.compute_pipeline("pca_colstats", projector_shaders::PCA_COLSTATS, "main"),
            matmul: gpu.compute_pipeline("pca_matmul", projector_shaders::PCA_MATMUL, "main"),
            symmetrize: gpu.compute_pipeline(
                "pca_symmetrize",
                projector_shaders::PCA_SYMMETRIZE,
                "main",
            ),
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
    let step = ((FMA_PER_DISPATCH / per_t).min(u32::MAX as u64) as u32 / TK * TK).max(TK);
    let (t_begin, t_end) = (p.t0, p.t1);
    let groups = (p.n.div_ceil(TILE).max(1), p.m.div_ceil(TILE).max(1));
    let mut t = t_begin;
    loop {
        p.t0 = t;
        p.t1 = t.saturating_add(step).min(t_end);
        let params = gpu.uniform("pca_matmul params", &p);
        let bind = gpu.bind(
            &k.matmul,
            &[
                params.as_entire_binding(),
                a.as_entire_binding(),
                b.as_entire_binding(),
                mean.as_entire_binding(),
                c.as_entire_binding(),
            ],
        );
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&k.matmul);
            pass.set_bind_group(0, &bind, &[]);
            pass.dispatch_workgroups(groups.0, groups.1, 1);
        }
        gpu.submit_and_wait(enc)?;
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
    data: ArrayView2<'a, f32>,
    chunk_rows: usize,
    xbuf: wgpu::Buffer,
    loaded: Option<(usize, usize)>,
    mean: wgpu::Buffer,
    matrix: Option<(wgpu::Buffer, usize)>,
}

impl<'a> GpuStages<'a> {
    pub(crate) fn new(
        gpu: Arc<Gpu>,
        data: ArrayView2<'a, f32>,
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
        })
    }

    fn chunks(&self) -> Vec<(usize, usize)> {
        let n = self.data.nrows();
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
        let rows = self.data.slice(s![r0..r1, ..]);
        let rows = rows.as_standard_layout();
        let slice = rows
            .as_slice()
            .ok_or_else(|| Error::Invalid("PCA: rows are not contiguous".into()))?;
        self.gpu
            .queue
            .write_buffer(&self.xbuf, 0, bytemuck::cast_slice(slice));
        self.loaded = Some((r0, r1));
        Ok(())
    }

    /// One `pca_colstats` dispatch on the loaded chunk, read back.
    fn colstats(&self, rows: usize, mode: u32) -> Result<Vec<f32>> {
        let gpu = &self.gpu;
        let d = self.data.ncols();
        let out = gpu.storage("pca colstats", d as u64 * 4);
        let params = gpu.uniform(
            "pca_colstats params",
            &ColParams {
                rows: u32_of(rows, "rows")?,
                cols: u32_of(d, "columns")?,
                mode,
                _pad: 0,
            },
        );
        let bind = gpu.bind(
            &self.kernels.colstats,
            &[
                params.as_entire_binding(),
                self.xbuf.as_entire_binding(),
                self.mean.as_entire_binding(),
                out.as_entire_binding(),
            ],
        );
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&self.kernels.colstats);
            pass.set_bind_group(0, &bind, &[]);
            let (x, y) = gpu.workgroups(u32_of(d, "columns")?, 256);
            pass.dispatch_workgroups(x, y, 1);
        }
        gpu.submit_and_wait(enc)?;
        gpu.read_back(&out, d)
    }

    fn symmetrize(&self, c: &wgpu::Buffer, n: usize) -> Result<()> {
        let gpu = &self.gpu;
        let params = gpu.uniform(
            "pca_symmetrize params",
            &SymParams {
                n: u32_of(n, "matrix size")?,
                _pad: [0; 3],
            },
        );
        let bind = gpu.bind(
            &self.kernels.symmetrize,
            &[params.as_entire_binding(), c.as_entire_binding()],
        );
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        {
            let mut pass = enc.begin_compute_pass(&Default::default());
            pass.set_pipeline(&self.kernels.symmetrize);
            pass.set_bind_group(0, &bind, &[]);
            let (x, y) = gpu.workgroups(u32_of(n * n, "matrix elements")?, 256);
            pass.dispatch_workgroups(x, y, 1);
        }
        gpu.submit_and_wait(enc)
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
        let d = self.data.ncols();
        let mut sums = vec![0.0f64; d];
        for (r0, r1) in self.chunks() {
            if progress.cancelled() {
                return Err(Error::Cancelled);
            }
            self.load(r0, r1)?;
            for (s, v) in sums.iter_mut().zip(self.colstats(r1 - r0, 0)?) {
                *s += f64::from(v);
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
                total += self
                    .colstats(n, 1)?
                    .iter()
                    .map(|&v| f64::from(v))
                    .sum::<f64>();
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
                    _pad: [0; 3],
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
                    total += self
                        .colstats(r1 - r0, 1)?
                        .iter()
                        .map(|&v| f64::from(v))
                        .sum::<f64>();
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
                        _pad: [0; 3],
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
            _pad: [0; 3],
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
            _pad: [0; 3],
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
    data: ArrayView2<'_, f32>,
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
            _pad: [0; 3],
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
