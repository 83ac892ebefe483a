// knn_exact_tile: exact k-NN, one step of the brute-force search. Every query row of a query
// block is compared with base rows [b_start, b_end) of a base block; squared distances are
// ‖q‖² + ‖b‖² − 2 q·b (clamped at 0) and each query's running top-k list (sorted by (d², index),
// kept in storage between dispatches as a binary max-heap, unsorted) receives every candidate
// that beats its largest entry.
// A workgroup owns 64 queries (one per invocation) and loops over 64-row base tiles. For each
// 16-dimension slice the tile is staged in workgroup memory transposed, as vec4s of four base
// rows; then for each dimension every invocation reads its own query value once and does 64
// multiply-adds against the staged vec4s, whose address is the same for all invocations (a
// broadcast read on GPUs, one scalar load per SIMD batch on lavapipe). The 64 dot products live
// in sixteen named vec4 registers, never in a dynamically indexed private array (software
// adapters turn those into per-lane scatter/gather memory). No subgroup width is assumed.
// After the tile, each candidate is tested against the heap's root (kept in registers) and only
// winners touch the list: replace the root, sift down (O(log k) storage reads). The row whose global index
// equals the query's is skipped (a point is never its own neighbour).
// Bindings: 0 uniform Params; 1 queries: array<f32> (q_rows × dim, read); 2 q_norms (read);
// 3 base: array<f32> (base block rows × dim, read); 4 b_norms (read);
// 5 best_d: array<f32> (q_rows × k max-heaps, read_write, +inf when empty);
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

// tile[c * 16 + m] = dimension c0 + c of base rows tb + 4m .. tb + 4m + 3.
var<workgroup> tile: array<vec4<f32>, 256>;

#import knn_heap

fn base_value(row: u32, c: u32) -> f32 {
    if row < params.b_end && c < params.dim {
        return base[row * params.dim + c];
    }
    return 0.0;
}

// Offers base row b (block-local) at squared distance d2 to this invocation's heap.
fn consider(d2: f32, b: u32) {
    if b < params.b_end {
        heap_offer(d2, params.b_global + b, params.k);
    }
}

// Offers base rows b .. b + 3 with dot products `dots`.
fn consider4(valid: bool, qn: f32, dots: vec4<f32>, b: u32) {
    let last = params.b_end - 1u;
    let bn = vec4<f32>(
        b_norms[min(b, last)],
        b_norms[min(b + 1u, last)],
        b_norms[min(b + 2u, last)],
        b_norms[min(b + 3u, last)],
    );
    offer4(valid, qn, dots, bn, b);
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
    // Invalid lanes compute on the last query and never write.
    let qr = min(q, params.q_rows - 1u);
    let k = params.k;
    let dim = params.dim;
    row0 = qr * k;
    self_index = params.q_global + qr;
    let qn = q_norms[qr];
    thr_d = best_d[row0];
    thr_i = best_i[row0];
    // Staging: invocation t fills tile[c * 16 + m] for m = t % 16 and c = t / 16 + 4e.
    let sm = t % 16u;
    let sc = t / 16u;
    for (var tb = params.b_start; tb < params.b_end; tb += TB) {
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
        for (var c0 = 0u; c0 < dim; c0 += DC) {
            for (var e = 0u; e < 4u; e++) {
                let c = c0 + sc + 4u * e;
                let r = tb + 4u * sm;
                tile[(sc + 4u * e) * 16u + sm] = vec4<f32>(
                    base_value(r, c),
                    base_value(r + 1u, c),
                    base_value(r + 2u, c),
                    base_value(r + 3u, c),
                );
            }
            workgroupBarrier();
            let cn = min(DC, dim - c0);
            for (var c = 0u; c < cn; c++) {
                let a = queries[qr * dim + c0 + c];
                acc0 += a * tile[c * 16u + 0u];
                acc1 += a * tile[c * 16u + 1u];
                acc2 += a * tile[c * 16u + 2u];
                acc3 += a * tile[c * 16u + 3u];
                acc4 += a * tile[c * 16u + 4u];
                acc5 += a * tile[c * 16u + 5u];
                acc6 += a * tile[c * 16u + 6u];
                acc7 += a * tile[c * 16u + 7u];
                acc8 += a * tile[c * 16u + 8u];
                acc9 += a * tile[c * 16u + 9u];
                acc10 += a * tile[c * 16u + 10u];
                acc11 += a * tile[c * 16u + 11u];
                acc12 += a * tile[c * 16u + 12u];
                acc13 += a * tile[c * 16u + 13u];
                acc14 += a * tile[c * 16u + 14u];
                acc15 += a * tile[c * 16u + 15u];
            }
            workgroupBarrier();
        }
        consider4(valid, qn, acc0, tb + 0u);
        consider4(valid, qn, acc1, tb + 4u);
        consider4(valid, qn, acc2, tb + 8u);
        consider4(valid, qn, acc3, tb + 12u);
        consider4(valid, qn, acc4, tb + 16u);
        consider4(valid, qn, acc5, tb + 20u);
        consider4(valid, qn, acc6, tb + 24u);
        consider4(valid, qn, acc7, tb + 28u);
        consider4(valid, qn, acc8, tb + 32u);
        consider4(valid, qn, acc9, tb + 36u);
        consider4(valid, qn, acc10, tb + 40u);
        consider4(valid, qn, acc11, tb + 44u);
        consider4(valid, qn, acc12, tb + 48u);
        consider4(valid, qn, acc13, tb + 52u);
        consider4(valid, qn, acc14, tb + 56u);
        consider4(valid, qn, acc15, tb + 60u);
    }
}
