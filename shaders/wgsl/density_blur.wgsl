// density_blur: the second and third steps of the density estimate (`engine/src/density/`): a
// separable Gaussian blur of the binned counts, along rows (`blur_rows`, counts → tmp) then along
// columns (`blur_cols`, tmp → out). Both take their taps from `weights`, computed once by the
// host (normalised Gaussian weights at whole-cell offsets −r..=r: first the 2·rx + 1 taps along
// x, then the 2·ry + 1 along y), and sum them in tap order from −r up, skipping taps outside
// the grid (zero outside), as the CPU twin `density::cpu::{blur_rows, blur_cols}` does.
// Per invocation: one loop of 2r + 1 ≤ 2·MAX_RADIUS + 1 taps (the host clamps r), well under
// lavapipe's loop budget (`gpu::LOOP_BUDGET`).
// Bindings: 0 uniform Params, 1 storage weights: array<f32> (2rx + 1 + 2ry + 1, read),
// `blur_rows`: 2 storage counts: array<u32> (gw × gh, read), 4 storage dst: array<f32>
// (gw × gh, write); `blur_cols`: 3 storage src: array<f32> (gw × gh, read), 4 dst.
// Dispatch (each): ceil(gw · gh / 256) workgroups of 256, one invocation per cell, 2-D grid
// above the per-dimension limit.

struct Params {
    gw: u32,
    gh: u32,
    rx: u32,
    ry: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> weights: array<f32>;
@group(0) @binding(2) var<storage, read> counts: array<u32>;
@group(0) @binding(3) var<storage, read> src: array<f32>;
@group(0) @binding(4) var<storage, read_write> dst: array<f32>;

const WG: u32 = 256u;
/// The largest blur radius in cells the host may ask for.
const MAX_RADIUS: u32 = 1024u;

// blur_rows: dst[y·gw + x] = Σ_{k=−rx..rx, 0 ≤ x+k < gw} weights[k + rx] · counts[y·gw + x + k].
@compute @workgroup_size(WG)
fn blur_rows(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let c = gid.x + gid.y * groups.x * WG;
    if c >= params.gw * params.gh {
        return;
    }
    let x = i32(c % params.gw);
    let row = c - u32(x);
    let r = i32(params.rx);
    var s = 0.0;
    for (var k = -r; k <= r; k++) {
        let xx = x + k;
        if xx >= 0 && xx < i32(params.gw) {
            s += weights[u32(k + r)] * f32(counts[row + u32(xx)]);
        }
    }
    dst[c] = s;
}

// blur_cols: dst[y·gw + x] = Σ_{k=−ry..ry, 0 ≤ y+k < gh} weights[2rx + 1 + k + ry] · src[(y+k)·gw + x].
@compute @workgroup_size(WG)
fn blur_cols(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let c = gid.x + gid.y * groups.x * WG;
    if c >= params.gw * params.gh {
        return;
    }
    let x = c % params.gw;
    let y = i32(c / params.gw);
    let r = i32(params.ry);
    let base = 2u * params.rx + 1u;
    var s = 0.0;
    for (var k = -r; k <= r; k++) {
        let yy = y + k;
        if yy >= 0 && yy < i32(params.gh) {
            s += weights[base + u32(k + r)] * src[u32(yy) * params.gw + x];
        }
    }
    dst[c] = s;
}
