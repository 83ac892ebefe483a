//! The density estimate on the GPU: `density_bin.wgsl` then the two passes of
//! `density_blur.wgsl`, in one submission (see `grid.rs` for the geometry and `cpu.rs` for the
//! twin the result is tested against). Points larger than one storage binding are uploaded and
//! binned in chunks; the grid itself is small (at most 4096² cells, 64 MiB of f32).

use super::grid::Geometry;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Kernel};
use crate::shaders;

crate::wgsl_struct! {
    /// Parameters of `density_bin`.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct BinParams: density_bin::Params, test bin_params_match_wgsl {
        n: u32,
        gw: u32,
        gh: u32,
        _pad: u32,
        x0: f32,
        y0: f32,
        inv_cell: f32,
        _pad1: u32,
    }
}

crate::wgsl_struct! {
    /// Parameters of `density_blur`.
    #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
    struct BlurParams: density_blur::Params, test blur_params_match_wgsl {
        gw: u32,
        gh: u32,
        rx: u32,
        ry: u32,
    }
}

/// The density kernels, built once per context.
struct DensityKernels {
    bin: Kernel,
    rows: Kernel,
    cols: Kernel,
}

impl DensityKernels {
    fn new(g: &Gpu) -> DensityKernels {
        use shaders::{density_bin as bin, density_blur as blur};
        DensityKernels {
            bin: Kernel::new(g, &bin::SHADER, &bin::MAIN),
            rows: Kernel::new(g, &blur::SHADER, &blur::BLUR_ROWS),
            cols: Kernel::new(g, &blur::SHADER, &blur::BLUR_COLS),
        }
    }
}

/// The per-cell counts (when `counts_only`) or the blurred counts of the finite points `pts`
/// (`n × 2`) on `geo`, as f32 (counts are returned as their f32 values).
pub(crate) fn estimate(
    gpu: &Gpu,
    pts: &[f32],
    geo: &Geometry,
    counts_only: bool,
) -> Result<Vec<f32>> {
    let k = gpu.cached(DensityKernels::new);
    let cells = geo.cells();
    let (gw, gh) = (
        u32::try_from(geo.width).map_err(|_| Error::Invalid("density grid too wide".into()))?,
        u32::try_from(geo.height).map_err(|_| Error::Invalid("density grid too tall".into()))?,
    );
    let counts = gpu.storage("density counts", cells as u64 * 4);
    let tmp = gpu.storage("density rows", cells as u64 * 4);
    let out = gpu.storage("density grid", cells as u64 * 4);
    let weights = gpu.storage_init("density weights", &geo.weights());
    let blur = gpu.uniform(
        "density blur params",
        &BlurParams {
            gw,
            gh,
            rx: geo.radius[0] as u32,
            ry: geo.radius[1] as u32,
        },
    );
    let chunk = gpu.max_binding_rows(8).min(u32::MAX as usize / 2);
    let mut encoder = gpu.device.create_command_encoder(&Default::default());
    // Chunk buffers and bind groups live until the submission below.
    let mut keep = Vec::new();
    for part in pts.chunks(chunk * 2) {
        let n = (part.len() / 2) as u32;
        let buf = gpu.storage_init("density points", part);
        let params = gpu.uniform(
            "density bin params",
            &BinParams {
                n,
                gw,
                gh,
                _pad: 0,
                x0: geo.x0,
                y0: geo.y0,
                inv_cell: 1.0 / geo.cell,
                _pad1: 0,
            },
        );
        let bind = k.bin.bind(
            gpu,
            &[
                params.as_entire_binding(),
                buf.as_entire_binding(),
                counts.as_entire_binding(),
            ],
        );
        k.bin.run(gpu, &mut encoder, &bind, n);
        keep.push((buf, params, bind));
    }
    let result = if counts_only {
        gpu.submit_and_wait(encoder)?;
        let c: Vec<u32> = gpu.read_back(&counts, cells)?;
        return Ok(c.into_iter().map(|c| c as f32).collect());
    } else {
        let rows = k.rows.bind(
            gpu,
            &[
                blur.as_entire_binding(),
                weights.as_entire_binding(),
                counts.as_entire_binding(),
                tmp.as_entire_binding(),
            ],
        );
        let cols = k.cols.bind(
            gpu,
            &[
                blur.as_entire_binding(),
                weights.as_entire_binding(),
                tmp.as_entire_binding(),
                out.as_entire_binding(),
            ],
        );
        k.rows.run(gpu, &mut encoder, &rows, cells as u32);
        k.cols.run(gpu, &mut encoder, &cols, cells as u32);
        gpu.submit_and_wait(encoder)?;
        gpu.read_back(&out, cells)?
    };
    drop(keep);
    Ok(result)
}
