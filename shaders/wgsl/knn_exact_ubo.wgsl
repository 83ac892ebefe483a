// knn_exact_ubo: exact k-NN, one step of the brute-force search, with the base rows in a
// uniform-buffer window (the fast path; knn_exact_tile is the fallback for rows too wide for a
// window or devices with small uniform bindings). Every query row of a query block is compared
// with the b_rows base rows of one window; squared distances are ‖q‖² + ‖b‖² − 2 q·b (clamped
// at 0) and each query's running top-k list (a binary max-heap under the (d², index) order, in
// storage between dispatches, unsorted: the host sorts) receives every candidate that beats its
// root, replacing the root and sifting down.
// One invocation per query; base rows are taken 16 at a time, and for each 4-dimension slice the
// invocation loads its query's vec4 once and does 16 dot products against window vec4s whose
// address is the same for every invocation: a broadcast constant read on GPUs, and on lavapipe
// one scalar load per SIMD batch (its storage and workgroup loads are per-lane loops). The 16
// sums live in named registers, never a dynamically indexed private array. No subgroup width is
// assumed, and no workgroup memory or barrier is needed. The row whose global index equals the
// query's is skipped (a point is never its own neighbour).
// Window layout (4096 vec4, 64 KiB): row r's dimensions at win[r · dim4 ..], zero-padded to
// dim4 = ceil(dim / 4) vec4s; the squared norms after the rows, four per vec4, at
// win[norms_at + r / 4][r % 4]; rows past b_rows are zero and never offered.
// Bindings: 0 uniform Params; 1 queries: array<vec4<f32>> (q_rows × dim4, read, zero-padded);
// 2 q_norms: array<f32> (read); 3 uniform win: array<vec4<f32>, 4096>;
// 4 best_d: array<f32> (q_rows × k heaps, read_write, +inf when empty);
// 5 best_i: array<u32> (q_rows × k heaps, read_write, 0xffffffff when empty).
// Dispatch: ceil(q_rows / 64) workgroups of 64, as a 2-D grid (tile = wid.x + wid.y * nwg.x).

struct Params {
    q_rows: u32,
    b_rows: u32,
    dim4: u32,
    k: u32,
    q_global: u32,
    b_global: u32,
    norms_at: u32,
    _pad: u32,
}

const TQ: u32 = 64u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> queries: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> q_norms: array<f32>;
@group(0) @binding(3) var<uniform> win: array<vec4<f32>, 4096>;
@group(0) @binding(4) var<storage, read_write> best_d: array<f32>;
@group(0) @binding(5) var<storage, read_write> best_i: array<u32>;

#import knn_heap

// Offers base row b (block-local) at squared distance d2 to this invocation's heap.
fn consider(d2: f32, b: u32) {
    if b < params.b_rows {
        heap_offer(d2, params.b_global + b, params.k);
    }
}


@compute @workgroup_size(64)
fn main(
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let q = (wid.x + wid.y * nwg.x) * TQ + lid.x;
    let valid = q < params.q_rows;
    // Invalid lanes compute on the last query and never write.
    let qr = min(q, params.q_rows - 1u);
    let k = params.k;
    let dim4 = params.dim4;
    row0 = qr * k;
    self_index = params.q_global + qr;
    let qn = q_norms[qr];
    thr_d = best_d[row0];
    thr_i = best_i[row0];
    let qbase = qr * dim4;
    for (var j0 = 0u; j0 < params.b_rows; j0 += 16u) {
        var s0 = 0.0;
        var s1 = 0.0;
        var s2 = 0.0;
        var s3 = 0.0;
        var s4 = 0.0;
        var s5 = 0.0;
        var s6 = 0.0;
        var s7 = 0.0;
        var s8 = 0.0;
        var s9 = 0.0;
        var s10 = 0.0;
        var s11 = 0.0;
        var s12 = 0.0;
        var s13 = 0.0;
        var s14 = 0.0;
        var s15 = 0.0;
        for (var c = 0u; c < dim4; c++) {
            let qv = queries[qbase + c];
            let at = j0 * dim4 + c;
            s0 += dot(qv, win[at + 0u * dim4]);
            s1 += dot(qv, win[at + 1u * dim4]);
            s2 += dot(qv, win[at + 2u * dim4]);
            s3 += dot(qv, win[at + 3u * dim4]);
            s4 += dot(qv, win[at + 4u * dim4]);
            s5 += dot(qv, win[at + 5u * dim4]);
            s6 += dot(qv, win[at + 6u * dim4]);
            s7 += dot(qv, win[at + 7u * dim4]);
            s8 += dot(qv, win[at + 8u * dim4]);
            s9 += dot(qv, win[at + 9u * dim4]);
            s10 += dot(qv, win[at + 10u * dim4]);
            s11 += dot(qv, win[at + 11u * dim4]);
            s12 += dot(qv, win[at + 12u * dim4]);
            s13 += dot(qv, win[at + 13u * dim4]);
            s14 += dot(qv, win[at + 14u * dim4]);
            s15 += dot(qv, win[at + 15u * dim4]);
        }
        let nb = params.norms_at + j0 / 4u;
        offer4(valid, qn, vec4<f32>(s0, s1, s2, s3), win[nb + 0u], j0 + 0u);
        offer4(valid, qn, vec4<f32>(s4, s5, s6, s7), win[nb + 1u], j0 + 4u);
        offer4(valid, qn, vec4<f32>(s8, s9, s10, s11), win[nb + 2u], j0 + 8u);
        offer4(valid, qn, vec4<f32>(s12, s13, s14, s15), win[nb + 3u], j0 + 12u);
    }
}
