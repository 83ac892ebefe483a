// knn_exact_tile: exact k-NN, one step of the brute-force search. Every query row of a query
// block is compared with base rows [b_start, b_end) of a base block; squared distances are
// ‖q‖² + ‖b‖² − 2 q·b (clamped at 0) and each query's running top-k list (sorted by (d², index),
// kept in storage between dispatches as a binary max-heap, unsorted) receives every candidate
// that beats its largest entry.
// A workgroup owns 64 queries (one per invocation) and loops over 64-row base tiles, each by
// dot products staged in workgroup memory (shared/knn_tile.wgsl). After the tile, each
// candidate is tested against the heap's root (kept in registers) and only winners touch the
// list: replace the root, sift down (O(log k) storage reads). The row whose global index equals
// the query's is skipped (a point is never its own neighbour).
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

// This invocation's query row (block-local).
var<private> query_row: u32;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> queries: array<f32>;
@group(0) @binding(2) var<storage, read> q_norms: array<f32>;
@group(0) @binding(3) var<storage, read> base: array<f32>;
@group(0) @binding(4) var<storage, read> b_norms: array<f32>;
@group(0) @binding(5) var<storage, read_write> best_d: array<f32>;
@group(0) @binding(6) var<storage, read_write> best_i: array<u32>;

#import knn_heap
#import knn_tile

fn query_value(c: u32) -> f32 {
    return queries[query_row * params.dim + c];
}

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

// The squared norm of base row b (block-local), the last row's past the end.
fn base_norm(b: u32) -> f32 {
    return b_norms[min(b, params.b_end - 1u)];
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
    query_row = qr;
    let k = params.k;
    let dim = params.dim;
    row0 = qr * k;
    self_index = params.q_global + qr;
    let qn = q_norms[qr];
    thr_d = best_d[row0];
    thr_i = best_i[row0];
    for (var tb = params.b_start; tb < params.b_end; tb += TB) {
        tile_step(t, tb, dim, valid, qn);
    }
}
