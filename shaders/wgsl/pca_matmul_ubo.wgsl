// pca_matmul_ubo: the covariance product of PCA with the data in uniform-buffer windows (the fast
// path on software adapters; pca_matmul stays the general kernel and the fallback),
//     C[i, j] (+)= Σ_w Σ_{t < rows_w} W_w[t, i] · W_w[t, j]      for i, j < d (C is d × d),
// where each window W_w holds a few rows of the data already centred on the host (x − mean in
// f32, so the f32 sums suffer no cancellation). One dispatch binds up to four windows.
// One invocation per output row i of a 64-row block; its 64 outputs C[i, j0 .. j0 + 64] live in
// sixteen named vec4 registers (never a dynamically indexed private array, which lavapipe turns
// into memory). Per window row t it loads its own W[t, i] (one per-lane uniform load) and does 16
// vec4 multiply-adds against W[t, j0 .. j0 + 64], read at an address that is the same for every
// invocation: a broadcast constant read on GPUs and one scalar load per SIMD batch on lavapipe,
// whose storage and workgroup loads are per-lane loops. No workgroup memory, no barrier, no
// subgroup width assumed. Only blocks on or above the diagonal (j-block ≥ i-block) are computed;
// pca_symmetrize mirrors them afterwards. Lanes past d compute on row d − 1 and never store;
// columns past d read padding (or clamped addresses) and are never stored.
// Window layout (4096 vec4, 64 KiB): row t's d values at win[t · dim4 ..], zero-padded to
// dim4 = ceil(d / 4) vec4s; rows past rows_w are never read.
// Bindings: 0 uniform Params; 1..4 uniform win0..win3: array<vec4<f32>, 4096> (windows, rows0..3
//           rows each; a window with 0 rows is bound but unread); 5 storage c: array<f32>
//           (read_write, d × d row-major).
// Dispatch: (ceil(d / 64), ceil(d / 64)) workgroups of 64 (x = column block, y = row block).

struct Params {
    d: u32,
    dim4: u32,
    accumulate: u32,
    _pad0: u32,
    rows0: u32,
    rows1: u32,
    rows2: u32,
    rows3: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<uniform> win0: array<vec4<f32>, 4096>;
@group(0) @binding(2) var<uniform> win1: array<vec4<f32>, 4096>;
@group(0) @binding(3) var<uniform> win2: array<vec4<f32>, 4096>;
@group(0) @binding(4) var<uniform> win3: array<vec4<f32>, 4096>;
@group(0) @binding(5) var<storage, read_write> c: array<f32>;

const TM: u32 = 64u;

// The 64 running sums of this invocation (named registers).
var<private> acc0: vec4<f32>;
var<private> acc1: vec4<f32>;
var<private> acc2: vec4<f32>;
var<private> acc3: vec4<f32>;
var<private> acc4: vec4<f32>;
var<private> acc5: vec4<f32>;
var<private> acc6: vec4<f32>;
var<private> acc7: vec4<f32>;
var<private> acc8: vec4<f32>;
var<private> acc9: vec4<f32>;
var<private> acc10: vec4<f32>;
var<private> acc11: vec4<f32>;
var<private> acc12: vec4<f32>;
var<private> acc13: vec4<f32>;
var<private> acc14: vec4<f32>;
var<private> acc15: vec4<f32>;

// Adds window 0's rows: acc += W[t, i] · W[t, j0 .. j0 + 64] for t < rows.
fn window0(rows: u32, i4: u32, ic: u32, j4: u32) {
    let dim4 = params.dim4;
    for (var t = 0u; t < rows; t++) {
        let base = t * dim4;
        let av = win0[base + i4][ic];
        let at = base + j4;
        acc0 += av * win0[at + 0u];
        acc1 += av * win0[at + 1u];
        acc2 += av * win0[at + 2u];
        acc3 += av * win0[at + 3u];
        acc4 += av * win0[at + 4u];
        acc5 += av * win0[at + 5u];
        acc6 += av * win0[at + 6u];
        acc7 += av * win0[at + 7u];
        acc8 += av * win0[at + 8u];
        acc9 += av * win0[at + 9u];
        acc10 += av * win0[at + 10u];
        acc11 += av * win0[at + 11u];
        acc12 += av * win0[at + 12u];
        acc13 += av * win0[at + 13u];
        acc14 += av * win0[at + 14u];
        acc15 += av * win0[at + 15u];
    }
}

// Adds window 1's rows: acc += W[t, i] · W[t, j0 .. j0 + 64] for t < rows.
fn window1(rows: u32, i4: u32, ic: u32, j4: u32) {
    let dim4 = params.dim4;
    for (var t = 0u; t < rows; t++) {
        let base = t * dim4;
        let av = win1[base + i4][ic];
        let at = base + j4;
        acc0 += av * win1[at + 0u];
        acc1 += av * win1[at + 1u];
        acc2 += av * win1[at + 2u];
        acc3 += av * win1[at + 3u];
        acc4 += av * win1[at + 4u];
        acc5 += av * win1[at + 5u];
        acc6 += av * win1[at + 6u];
        acc7 += av * win1[at + 7u];
        acc8 += av * win1[at + 8u];
        acc9 += av * win1[at + 9u];
        acc10 += av * win1[at + 10u];
        acc11 += av * win1[at + 11u];
        acc12 += av * win1[at + 12u];
        acc13 += av * win1[at + 13u];
        acc14 += av * win1[at + 14u];
        acc15 += av * win1[at + 15u];
    }
}

// Adds window 2's rows: acc += W[t, i] · W[t, j0 .. j0 + 64] for t < rows.
fn window2(rows: u32, i4: u32, ic: u32, j4: u32) {
    let dim4 = params.dim4;
    for (var t = 0u; t < rows; t++) {
        let base = t * dim4;
        let av = win2[base + i4][ic];
        let at = base + j4;
        acc0 += av * win2[at + 0u];
        acc1 += av * win2[at + 1u];
        acc2 += av * win2[at + 2u];
        acc3 += av * win2[at + 3u];
        acc4 += av * win2[at + 4u];
        acc5 += av * win2[at + 5u];
        acc6 += av * win2[at + 6u];
        acc7 += av * win2[at + 7u];
        acc8 += av * win2[at + 8u];
        acc9 += av * win2[at + 9u];
        acc10 += av * win2[at + 10u];
        acc11 += av * win2[at + 11u];
        acc12 += av * win2[at + 12u];
        acc13 += av * win2[at + 13u];
        acc14 += av * win2[at + 14u];
        acc15 += av * win2[at + 15u];
    }
}

// Adds window 3's rows: acc += W[t, i] · W[t, j0 .. j0 + 64] for t < rows.
fn window3(rows: u32, i4: u32, ic: u32, j4: u32) {
    let dim4 = params.dim4;
    for (var t = 0u; t < rows; t++) {
        let base = t * dim4;
        let av = win3[base + i4][ic];
        let at = base + j4;
        acc0 += av * win3[at + 0u];
        acc1 += av * win3[at + 1u];
        acc2 += av * win3[at + 2u];
        acc3 += av * win3[at + 3u];
        acc4 += av * win3[at + 4u];
        acc5 += av * win3[at + 5u];
        acc6 += av * win3[at + 6u];
        acc7 += av * win3[at + 7u];
        acc8 += av * win3[at + 8u];
        acc9 += av * win3[at + 9u];
        acc10 += av * win3[at + 10u];
        acc11 += av * win3[at + 11u];
        acc12 += av * win3[at + 12u];
        acc13 += av * win3[at + 13u];
        acc14 += av * win3[at + 14u];
        acc15 += av * win3[at + 15u];
    }
}

// Writes (or adds) the four outputs C[i, j0 .. j0 + 4] that exist.
fn store(i: u32, j0: u32, v: vec4<f32>) {
    let d = params.d;
    for (var q = 0u; q < 4u; q++) {
        let j = j0 + q;
        if j < d {
            let idx = i * d + j;
            if params.accumulate == 1u {
                c[idx] = c[idx] + v[q];
            } else {
                c[idx] = v[q];
            }
        }
    }
}

@compute @workgroup_size(64)
fn main(
    @builtin(workgroup_id) wg: vec3<u32>,
    @builtin(local_invocation_index) li: u32,
) {
    if wg.x < wg.y {
        return;
    }
    let d = params.d;
    let i = wg.y * TM + li;
    let ir = min(i, d - 1u);
    let i4 = ir / 4u;
    let ic = ir % 4u;
    let j0 = wg.x * TM;
    let j4 = j0 / 4u;
    acc0 = vec4<f32>(0.0);
    acc1 = vec4<f32>(0.0);
    acc2 = vec4<f32>(0.0);
    acc3 = vec4<f32>(0.0);
    acc4 = vec4<f32>(0.0);
    acc5 = vec4<f32>(0.0);
    acc6 = vec4<f32>(0.0);
    acc7 = vec4<f32>(0.0);
    acc8 = vec4<f32>(0.0);
    acc9 = vec4<f32>(0.0);
    acc10 = vec4<f32>(0.0);
    acc11 = vec4<f32>(0.0);
    acc12 = vec4<f32>(0.0);
    acc13 = vec4<f32>(0.0);
    acc14 = vec4<f32>(0.0);
    acc15 = vec4<f32>(0.0);
    window0(params.rows0, i4, ic, j4);
    window1(params.rows1, i4, ic, j4);
    window2(params.rows2, i4, ic, j4);
    window3(params.rows3, i4, ic, j4);
    if i >= d {
        return;
    }
    store(i, j0 + 0u, acc0);
    store(i, j0 + 4u, acc1);
    store(i, j0 + 8u, acc2);
    store(i, j0 + 12u, acc3);
    store(i, j0 + 16u, acc4);
    store(i, j0 + 20u, acc5);
    store(i, j0 + 24u, acc6);
    store(i, j0 + 28u, acc7);
    store(i, j0 + 32u, acc8);
    store(i, j0 + 36u, acc9);
    store(i, j0 + 40u, acc10);
    store(i, j0 + 44u, acc11);
    store(i, j0 + 48u, acc12);
    store(i, j0 + 52u, acc13);
    store(i, j0 + 56u, acc14);
    store(i, j0 + 60u, acc15);
}
