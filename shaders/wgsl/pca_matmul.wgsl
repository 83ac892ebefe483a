// pca_matmul: the tiled matrix product behind every O(n·d²) PCA stage,
//     C[i, j] (+)= Σ_{t ∈ [t0, t1)} A(i, t) · B(t, j),      C is m × n, row stride c_ld,
// with A(i, t) = a[i·a_si + t·a_st] − centre and B(t, j) = b[t·b_st + j·b_sj] − centre, where the
// strides express transposes and the optional centring subtracts a column mean on the fly
// (centre_a: 0 none, 1 mean[i], 2 mean[t]; centre_b: 0 none, 1 mean[t], 2 mean[j]), so the
// data is centred as it is read and never copied. The host configures it as
//   covariance  C += X_cᵀ X_c over a chunk of rows (upper triangle, see pca_symmetrize),
//   Gram        G  = X_c X_cᵀ (d > n),
//   iteration   Z  = S Q (S the covariance or Gram matrix, Q the d × b block),
//   components  V  = X_cᵀ U (Gram path), and projection Y = X_c Wᵀ of a chunk of rows.
// Each workgroup of 64 invocations computes one 64 × 64 tile of C: invocation r owns row i0 + r
// of the tile and keeps its 64 outputs in sixteen vec4 registers (named variables, never a
// dynamically indexed private array, which software adapters such as lavapipe turn into
// per-lane scatter/gather memory). Per reduction step of 16, the workgroup stages the 16 × 64
// slice of B (centred) in workgroup memory as vec4s; then for each of the 16 values of t every
// invocation reads its own A(i, t) once and does 64 multiply-adds against the staged row, whose
// address is the same for all invocations (a broadcast read on GPUs, one scalar load per SIMD
// batch on lavapipe). 1024 multiply-adds per invocation between barriers. No subgroup width is
// assumed. Accumulation is in f32 (the data is centred first, so there is no cancellation).
// upper_only = 1 skips tiles strictly below the diagonal (symmetric results).
// Bindings: 0 uniform Params, 1 storage a (read), 2 storage b (read), 3 storage mean (read),
//           4 storage c: array<f32> (read_write).
// Dispatch: (ceil(n / 64), ceil(m / 64)) workgroups of 64; the host splits [t0, t1) over
//           several dispatches so one dispatch stays short.

struct Params {
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

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read_write> c: array<f32>;

const TM: u32 = 64u;
const TK: u32 = 16u;
// tb[u * 16 + q] = B(t + u, j0 + 4q .. j0 + 4q + 3).
var<workgroup> tb: array<vec4<f32>, 256>;

fn load_a(i: u32, t: u32) -> f32 {
    if i >= params.m || t >= params.t1 {
        return 0.0;
    }
    var v = a[i * params.a_si + t * params.a_st];
    if params.centre_a == 1u {
        v -= mean[i];
    } else if params.centre_a == 2u {
        v -= mean[t];
    }
    return v;
}

fn load_b(t: u32, j: u32) -> f32 {
    if j >= params.n || t >= params.t1 {
        return 0.0;
    }
    var v = b[t * params.b_st + j * params.b_sj];
    if params.centre_b == 1u {
        v -= mean[t];
    } else if params.centre_b == 2u {
        v -= mean[j];
    }
    return v;
}

fn store(i: u32, j0: u32, acc: vec4<f32>) {
    if i >= params.m {
        return;
    }
    for (var q = 0u; q < 4u; q++) {
        let j = j0 + q;
        if j < params.n {
            let idx = i * params.c_ld + j;
            if params.accumulate == 1u {
                c[idx] = c[idx] + acc[q];
            } else {
                c[idx] = acc[q];
            }
        }
    }
}

@compute @workgroup_size(64)
fn main(
    @builtin(workgroup_id) wg: vec3<u32>,
    @builtin(local_invocation_index) li: u32,
) {
    if params.upper_only == 1u && wg.x < wg.y {
        return;
    }
    let i = wg.y * TM + li;
    let j0 = wg.x * TM;
    // Staging: invocation li fills tb[u * 16 + q] for q = li % 16 and u = li / 16 + 4e.
    let sq = li % 16u;
    let su = li / 16u;
    var acc0 = vec4<f32>(0.0);
    var acc1 = vec4<f32>(0.0);
    var acc2 = vec4<f32>(0.0);
    var acc3 = vec4<f32>(0.0);
    var acc4 = vec4<f32>(0.0);
    var acc5 = vec4<f32>(0.0);
    var acc6 = vec4<f32>(0.0);
    var acc7 = vec4<f32>(0.0);
    var acc8 = vec4<f32>(0.0);
    var acc9 = vec4<f32>(0.0);
    var acc10 = vec4<f32>(0.0);
    var acc11 = vec4<f32>(0.0);
    var acc12 = vec4<f32>(0.0);
    var acc13 = vec4<f32>(0.0);
    var acc14 = vec4<f32>(0.0);
    var acc15 = vec4<f32>(0.0);
    for (var t = params.t0; t < params.t1; t += TK) {
        for (var e = 0u; e < 4u; e++) {
            let u = su + 4u * e;
            let j = j0 + 4u * sq;
            tb[u * 16u + sq] = vec4<f32>(
                load_b(t + u, j),
                load_b(t + u, j + 1u),
                load_b(t + u, j + 2u),
                load_b(t + u, j + 3u),
            );
        }
        workgroupBarrier();
        for (var u = 0u; u < TK; u++) {
            let av = load_a(i, t + u);
            acc0 += av * tb[u * 16u + 0u];
            acc1 += av * tb[u * 16u + 1u];
            acc2 += av * tb[u * 16u + 2u];
            acc3 += av * tb[u * 16u + 3u];
            acc4 += av * tb[u * 16u + 4u];
            acc5 += av * tb[u * 16u + 5u];
            acc6 += av * tb[u * 16u + 6u];
            acc7 += av * tb[u * 16u + 7u];
            acc8 += av * tb[u * 16u + 8u];
            acc9 += av * tb[u * 16u + 9u];
            acc10 += av * tb[u * 16u + 10u];
            acc11 += av * tb[u * 16u + 11u];
            acc12 += av * tb[u * 16u + 12u];
            acc13 += av * tb[u * 16u + 13u];
            acc14 += av * tb[u * 16u + 14u];
            acc15 += av * tb[u * 16u + 15u];
        }
        workgroupBarrier();
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
