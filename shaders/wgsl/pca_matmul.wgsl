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
// Each workgroup of 16 × 16 invocations computes one 64 × 64 tile of C (4 × 4 outputs per
// invocation, in registers), staging 64 × 16 tiles of A and 16 × 64 tiles of B in workgroup
// memory: 256 multiply-adds per invocation between barriers. Accumulation is in f32 (the data is
// centred first, so there is no cancellation).
// upper_only = 1 skips tiles strictly below the diagonal (symmetric results).
// Bindings: 0 uniform Params, 1 storage a (read), 2 storage b (read), 3 storage mean (read),
//           4 storage c: array<f32> (read_write).
// Dispatch: (ceil(n / 64), ceil(m / 64)) workgroups of 16 × 16; the host splits [t0, t1) over
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
// ta[r * TK + u] = A(i0 + r, t + u); tb[u * TM + c] = B(t + u, j0 + c).
var<workgroup> ta: array<f32, 1024>;
var<workgroup> tb: array<f32, 1024>;

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

@compute @workgroup_size(16, 16)
fn main(
    @builtin(workgroup_id) wg: vec3<u32>,
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(local_invocation_index) li: u32,
) {
    if params.upper_only == 1u && wg.x < wg.y {
        return;
    }
    let i0 = wg.y * TM;
    let j0 = wg.x * TM;
    let r0 = lid.y * 4u;
    let c0 = lid.x * 4u;
    var acc0 = vec4<f32>(0.0);
    var acc1 = vec4<f32>(0.0);
    var acc2 = vec4<f32>(0.0);
    var acc3 = vec4<f32>(0.0);
    for (var t = params.t0; t < params.t1; t += TK) {
        for (var e = 0u; e < 4u; e++) {
            let idx = li + e * 256u;
            ta[idx] = load_a(i0 + idx / TK, t + idx % TK);
            tb[idx] = load_b(t + idx / TM, j0 + idx % TM);
        }
        workgroupBarrier();
        for (var u = 0u; u < TK; u++) {
            let bv = vec4<f32>(tb[u * TM + c0], tb[u * TM + c0 + 1u], tb[u * TM + c0 + 2u], tb[u * TM + c0 + 3u]);
            acc0 += ta[(r0 + 0u) * TK + u] * bv;
            acc1 += ta[(r0 + 1u) * TK + u] * bv;
            acc2 += ta[(r0 + 2u) * TK + u] * bv;
            acc3 += ta[(r0 + 3u) * TK + u] * bv;
        }
        workgroupBarrier();
    }
    store(i0 + r0 + 0u, j0 + c0, acc0);
    store(i0 + r0 + 1u, j0 + c0, acc1);
    store(i0 + r0 + 2u, j0 + c0, acc2);
    store(i0 + r0 + 3u, j0 + c0, acc3);
}
