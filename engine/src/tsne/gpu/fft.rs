//! The FFT convolution of the grid repulsion on the GPU: the passes of `tsne_fft_pass`, their
//! kernels (one per radix and role), uniforms and bind groups.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::grid::{BoxBuffers, grid_overrides};
use crate::gpu::{Gpu, Kernel};
use crate::shaders::tsne_fft_pass;

crate::wgsl_struct! {
    /// Parameters of `tsne_fft_pass`: the `Fft` of `shared/tsne_fft.wgsl` — grid side `n`, the
    /// lines a pass transforms, the product `ns` of the earlier passes' radices, flags (bit 0:
    /// columns), nodes per side `m = n / 2` and boxes per side `nb`.
    #[derive(Clone, Copy, Default, bytemuck::Pod, bytemuck::Zeroable)]
    struct FftParams: tsne_fft_pass::Fft, test fft_params_match_wgsl {
        n: u32,
        lines: u32,
        ns: u32,
        flags: u32,
        m: u32,
        nb: u32,
        _pad0: u32,
        _pad1: u32,
    }
}

/// The `ROLE` bits of `tsne_fft_pass` (see its header): what a pass loads and stores besides
/// plain grid values. Handed to the shader as overrides of the same names.
const ROLE_CHARGES: u32 = 1;
const ROLE_UNPACK: u32 = 2;
const ROLE_MULTIPLY: u32 = 4;
const ROLE_HALF: u32 = 8;
const ROLE_POT: u32 = 16;

/// One Stockham pass of the convolution: its kernel (radix and role), its uniform, its
/// invocations (`lines · n / radix`) and its bind group (made by [`GpuFft::bind`]).
struct FftPass {
    kernel: Arc<Kernel>,
    uniform: wgpu::Buffer,
    items: u32,
}

/// The `tsne_fft_pass` kernels, one per radix and role, built on first use (a run meets a
/// handful).
#[derive(Default)]
pub(super) struct FftKernels {
    built: Mutex<HashMap<(u32, u32), Arc<Kernel>>>,
}

impl FftKernels {
    /// The kernel of one radix and role.
    fn get(&self, g: &Gpu, radix: u32, role: u32) -> Arc<Kernel> {
        let build = || {
            let entry = tsne_fft_pass::SHADER
                .entry_points
                .iter()
                .find(|e| e.name == format!("radix{radix}"))
                .unwrap_or_else(|| panic!("tsne_fft_pass has no radix {radix}"));
            let mut overrides = grid_overrides();
            overrides.extend([
                (tsne_fft_pass::overrides::ROLE, f64::from(role)),
                (
                    tsne_fft_pass::overrides::ROLE_CHARGES,
                    f64::from(ROLE_CHARGES),
                ),
                (
                    tsne_fft_pass::overrides::ROLE_UNPACK,
                    f64::from(ROLE_UNPACK),
                ),
                (
                    tsne_fft_pass::overrides::ROLE_MULTIPLY,
                    f64::from(ROLE_MULTIPLY),
                ),
                (tsne_fft_pass::overrides::ROLE_HALF, f64::from(ROLE_HALF)),
                (tsne_fft_pass::overrides::ROLE_POT, f64::from(ROLE_POT)),
            ]);
            Arc::new(Kernel::with_overrides(
                g,
                &tsne_fft_pass::SHADER,
                entry,
                &overrides,
            ))
        };
        match self.built.lock() {
            Ok(mut cache) => cache.entry((radix, role)).or_insert_with(build).clone(),
            Err(_) => build(),
        }
    }
}

/// The FFT convolution of the node charges (step 4 of `grid.rs` in O(N² log N) instead of the
/// direct O(M²) sum), as `tsne_fft_pass` describes it: four transforms (packed real rows
/// forward, half the columns forward with the kernel product fused into their last pass, every
/// column inverse, the node rows inverse straight into the node forces), a pair of ping-pong
/// complex `N × N` grids, the kernel spectra, and `Z`'s partial sums. Built when the grid size
/// changes; the spectra are recomputed on the CPU when the node spacing changes (a few dozen
/// times per run).
pub(super) struct GpuFft {
    /// The passes read one grid and write the other.
    grids: [wgpu::Buffer; 2],
    /// `Ĝ / N²` and `K̂1 / N²` for `kx ≤ N/2` (`grid::kernel_spectrum`).
    pub(super) kern: wgpu::Buffer,
    /// `Z`'s partial sums, one per item of the multiply pass.
    pub(super) zpart: wgpu::Buffer,
    /// How many `zpart` holds.
    pub(super) parts: usize,
    /// `exp(−2πi·t/n)` for `t < n`.
    twiddle: wgpu::Buffer,
    /// Spacing (bits) the kernel spectra were computed for.
    pub(super) kern_key: Option<u32>,
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
    pub(super) fn new(gpu: &Gpu, kernels: &FftKernels, n: usize) -> Option<GpuFft> {
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
                    kernel: kernels.get(gpu, radix, role),
                    uniform: gpu.uniform(
                        "tsne fft pass",
                        &FftParams {
                            n: n as u32,
                            lines: lines as u32,
                            ns,
                            flags: u32::from(columns),
                            m: m as u32,
                            nb: (n / 6) as u32,
                            ..Default::default()
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
            grids: [grid("tsne fft grid 0"), grid("tsne fft grid 1")],
            kern: gpu.storage("tsne fft kernel spectra", (n * half * 16) as u64),
            zpart: gpu.storage("tsne fft zpart", parts as u64 * 4),
            parts,
            twiddle: gpu.storage_init("tsne fft twiddle", &twiddle),
            kern_key: None,
            passes,
        })
    }

    /// One bind group per pass, over the per-box buffers `bb`: the data is in grid 0 before
    /// the first pass and each pass moves it to the other grid.
    pub(super) fn bind(&self, gpu: &Gpu, bb: &BoxBuffers) -> Vec<wgpu::BindGroup> {
        let mut cur = 0usize;
        self.passes
            .iter()
            .map(|pass| {
                let bind = pass.kernel.bind(
                    gpu,
                    &[
                        pass.uniform.as_entire_binding(),
                        self.grids[cur].as_entire_binding(),
                        self.grids[1 - cur].as_entire_binding(),
                        self.twiddle.as_entire_binding(),
                        bb.rank.as_entire_binding(),
                        bb.packed.as_entire_binding(),
                        self.kern.as_entire_binding(),
                        self.zpart.as_entire_binding(),
                        bb.pot.as_entire_binding(),
                    ],
                );
                cur = 1 - cur;
                bind
            })
            .collect()
    }

    /// Records every pass, with the bind groups [`GpuFft::bind`] made, into `enc`.
    pub(super) fn encode(
        &self,
        gpu: &Gpu,
        enc: &mut wgpu::CommandEncoder,
        binds: &[wgpu::BindGroup],
    ) {
        for (pass, bind) in self.passes.iter().zip(binds) {
            pass.kernel.run(gpu, enc, bind, pass.items);
        }
    }
}
