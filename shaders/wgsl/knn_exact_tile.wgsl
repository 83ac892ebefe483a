// knn_exact_tile: exact k-NN, one step of the brute-force search. Every query row of a query
// block is compared with base rows [b_start, b_end) of a base block; squared distances are
// ‖q‖² + ‖b‖² − 2 q·b (clamped at 0) and each query's running top-k list (sorted by (d², index),
// kept in storage between dispatches) receives every candidate that beats its k-th entry.
// A workgroup owns 64 queries (one per invocation) and loops over 64-row base tiles whose
// 16-dimension slices are staged in workgroup memory; each invocation accumulates the 64 dot
// products of its query in private memory. The row whose global index equals the query's is
// skipped (a point is never its own neighbour).
// Bindings: 0 uniform Params; 1 queries: array<f32> (q_rows × dim, read); 2 q_norms (read);
// 3 base: array<f32> (base block rows × dim, read); 4 b_norms (read);
// 5 best_d: array<f32> (q_rows × k, read_write, +inf when empty);
// 6 best_i: array<u32> (q_rows × k, read_write, 0xffffffff when empty).
// Dispatch: ceil(q_rows / 64) workgroups of 64, as a 2-D grid (tile = wid.x + wid.y * nwg.x).

struct Params {
    q_rows: u32,
    b_start: u32,
    b_end: u32,
    dim: u32,
    k: u32,
    q_global: u32,
    b_global: u32,
    _pad: u32,
}

const TQ: u32 = 64u;
const TB: u32 = 64u;
const DC: u32 = 16u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> queries: array<f32>;
@group(0) @binding(2) var<storage, read> q_norms: array<f32>;
@group(0) @binding(3) var<storage, read> base: array<f32>;
@group(0) @binding(4) var<storage, read> b_norms: array<f32>;
@group(0) @binding(5) var<storage, read_write> best_d: array<f32>;
@group(0) @binding(6) var<storage, read_write> best_i: array<u32>;

var<workgroup> tile: array<f32, 1024>; // TB × DC

fn before(d: f32, j: u32, e: f32, i: u32) -> bool {
    return d < e || (d == e && j < i);
}

@compute @workgroup_size(64)
fn main(
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let t = lid.x;
    let q = (wid.x + wid.y * nwg.x) * TQ + t;
    let valid = q < params.q_rows;
    let k = params.k;
    let dim = params.dim;
    let row0 = q * k;
    var qn = 0.0;
    var thr_d = 0.0;
    var thr_i = 0u;
    if valid {
        qn = q_norms[q];
        thr_d = best_d[row0 + k - 1u];
        thr_i = best_i[row0 + k - 1u];
    }
    let self_index = params.q_global + q;
    var qv: array<f32, 16>;
    var acc: array<f32, 64>;
    for (var tb = params.b_start; tb < params.b_end; tb += TB) {
        for (var j = 0u; j < TB; j++) {
            acc[j] = 0.0;
        }
        for (var c0 = 0u; c0 < dim; c0 += DC) {
            // Stage base rows tb..tb+TB, dimensions c0..c0+DC: invocation t loads row tb + t.
            let brow = tb + t;
            for (var c = 0u; c < DC; c++) {
                var v = 0.0;
                if brow < params.b_end && c0 + c < dim {
                    v = base[brow * dim + c0 + c];
                }
                tile[t * DC + c] = v;
                var w = 0.0;
                if valid && c0 + c < dim {
                    w = queries[q * dim + c0 + c];
                }
                qv[c] = w;
            }
            workgroupBarrier();
            for (var j = 0u; j < TB; j++) {
                var s = acc[j];
                for (var c = 0u; c < DC; c++) {
                    s += qv[c] * tile[j * DC + c];
                }
                acc[j] = s;
            }
            workgroupBarrier();
        }
        if valid {
            for (var j = 0u; j < TB; j++) {
                let b = tb + j;
                if b >= params.b_end {
                    break;
                }
                let gb = params.b_global + b;
                if gb == self_index {
                    continue;
                }
                let d2 = max(qn + b_norms[b] - 2.0 * acc[j], 0.0);
                if before(d2, gb, thr_d, thr_i) {
                    var p = k - 1u;
                    loop {
                        if p == 0u {
                            break;
                        }
                        let pd = best_d[row0 + p - 1u];
                        let pi = best_i[row0 + p - 1u];
                        if !before(d2, gb, pd, pi) {
                            break;
                        }
                        best_d[row0 + p] = pd;
                        best_i[row0 + p] = pi;
                        p -= 1u;
                    }
                    best_d[row0 + p] = d2;
                    best_i[row0 + p] = gb;
                    thr_d = best_d[row0 + k - 1u];
                    thr_i = best_i[row0 + k - 1u];
                }
            }
        }
    }
}
