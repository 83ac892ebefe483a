// knn_cell_tile: NN-descent's block start (the CPU twin is engine/src/knn/blocks.rs,
// seed_lists), one probe of every cell. The rows are laid out cell after cell (cell c is rows
// offsets[c] .. offsets[c + 1]); every query row of every cell is compared with rows
// [chunk_start, chunk_start + chunk_rows) of the cell its cell probes in slot `probe`
// (near[cell · probes + probe]), by ‖q‖² + ‖b‖² − 2 q·b (clamped at 0), and each query's running
// top-k list (a binary max-heap under the (d², index) order, in storage between dispatches,
// unsorted: the host sorts) receives every candidate that beats its root. The host dispatches
// every probe slot and every chunk of the largest cell, in that order; a probed cell is never
// the query's own twice, so no row is offered twice. The row itself is skipped.
// A workgroup owns one tile: up to 64 consecutive query rows of one cell (tiles[2w] is the
// cell, tiles[2w + 1] its first row); the base rows are taken 64 at a time as dot products
// staged in workgroup memory (shared/knn_tile.wgsl). The base range is the same for the whole
// workgroup, so the barriers stay in uniform control flow.
// Bindings: 0 uniform Params; 1 data: array<f32> (n × dim, read); 2 norms: array<f32> (n, read);
// 3 tiles: array<u32> (2 × tiles, read); 4 offsets: array<u32> (cells + 1, read);
// 5 near: array<u32> (cells × probes, read); 6 best_d: array<f32> (n × k heaps, read_write,
// +inf when empty); 7 best_i: array<u32> (n × k, read_write, 0xffffffff when empty).
// Dispatch: `tiles` workgroups of 64, as a 2-D grid (tile = wid.x + wid.y * nwg.x).

struct Params {
    dim: u32,
    k: u32,
    tiles: u32,
    probes: u32,
    probe: u32,
    chunk_start: u32,
    chunk_rows: u32,
    _pad: u32,
}

const TQ: u32 = 64u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> data: array<f32>;
@group(0) @binding(2) var<storage, read> norms: array<f32>;
@group(0) @binding(3) var<storage, read> tiles: array<u32>;
@group(0) @binding(4) var<storage, read> offsets: array<u32>;
@group(0) @binding(5) var<storage, read> near: array<u32>;
@group(0) @binding(6) var<storage, read_write> best_d: array<f32>;
@group(0) @binding(7) var<storage, read_write> best_i: array<u32>;

// This invocation's query row, and the end of the base rows of this dispatch (global rows).
var<private> query_row: u32;
var<private> b_end: u32;

#import knn_heap
#import knn_tile

fn query_value(c: u32) -> f32 {
    return data[query_row * params.dim + c];
}

fn base_value(row: u32, c: u32) -> f32 {
    if row < b_end && c < params.dim {
        return data[row * params.dim + c];
    }
    return 0.0;
}

// Offers row b at squared distance d2 to this invocation's heap.
fn consider(d2: f32, b: u32) {
    if b < b_end {
        heap_offer(d2, b, params.k);
    }
}

// The squared norm of row b, the last base row's past the end.
fn base_norm(b: u32) -> f32 {
    return norms[min(b, b_end - 1u)];
}

@compute @workgroup_size(64)
fn main(
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let w = wid.x + wid.y * nwg.x;
    if w >= params.tiles {
        return;
    }
    let t = lid.x;
    let cell = tiles[2u * w];
    let q0 = tiles[2u * w + 1u];
    let q_end = min(q0 + TQ, offsets[cell + 1u]);
    let valid = q0 + t < q_end;
    // Invalid lanes compute on the tile's last query and never write.
    let qr = min(q0 + t, q_end - 1u);
    query_row = qr;
    row0 = qr * params.k;
    self_index = qr;
    let qn = norms[qr];
    thr_d = best_d[row0];
    thr_i = best_i[row0];
    let c = near[cell * params.probes + params.probe];
    let b0 = offsets[c] + params.chunk_start;
    b_end = min(b0 + params.chunk_rows, offsets[c + 1u]);
    for (var tb = b0; tb < b_end; tb += TB) {
        tile_step(t, tb, params.dim, valid, qn);
    }
}
