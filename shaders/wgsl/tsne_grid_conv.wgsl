// tsne_grid_conv: node-to-node interactions by direct summation, O(M²) for M = 9 · (non-empty
// boxes) nodes, tiled through workgroup memory. For target node t and source nodes s in
// [j0, min(j1, M)): with r² = |npos_t − npos_s|² · spacing², K1 = 1/(1+r²), K2 = K1²,
// pot_t (+)= (K2·q0, K2·q1, K2·q2, K1·q0) where q = charges_s = (w, w·cx, w·cy). Long source
// ranges are split over several dispatches (one per [j0, j1), each continuing the previous sums
// when accumulate is 1), so every dispatch stays short and the source order matches the CPU twin
// tsne::grid exactly.
// Bindings: 0 uniform Params, 1 uniform Chunk { j0, j1, accumulate }, 2 storage info:
// array<u32> (read: [0] = non-empty boxes), 3 storage charges: array<vec4<f32>> (read),
// 4 storage npos: array<vec2<f32>> (read), 5 storage pot: array<vec4<f32>> (9 · nb²).
// Dispatch: ceil(m² / 64) workgroups of 64, m = 3 · nb (one invocation per possible node;
// workgroups entirely past M return at once), 2-D grid above the limit.

#import tsne_grid

struct Chunk {
    j0: u32,
    j1: u32,
    accumulate: u32,
    _pad: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<uniform> chunk: Chunk;
@group(0) @binding(2) var<storage, read> info: array<u32>;
@group(0) @binding(3) var<storage, read> charges: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> npos: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read_write> pot: array<vec4<f32>>;

const WG: u32 = 64u;
var<workgroup> tile_q: array<vec4<f32>, 64>;
var<workgroup> tile_p: array<vec2<f32>, 64>;
var<workgroup> nodes: u32;

@compute @workgroup_size(64)
fn main(
    @builtin(local_invocation_index) lid: u32,
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    if lid == 0u {
        nodes = 9u * info[0];
    }
    let total = workgroupUniformLoad(&nodes);
    let base = (wid.x + wid.y * groups.x) * WG;
    let j1 = min(chunk.j1, total);
    if base >= total || chunk.j0 >= j1 {
        return;
    }
    let t = base + lid;
    let live = t < total;
    var pt = vec2<f32>(0.0);
    var acc = vec4<f32>(0.0);
    if live {
        pt = npos[t];
        if chunk.accumulate == 1u {
            acc = pot[t];
        }
    }
    let s2 = params.spacing * params.spacing;
    for (var t0 = chunk.j0; t0 < j1; t0 += WG) {
        let j = t0 + lid;
        if j < j1 {
            tile_q[lid] = charges[j];
            tile_p[lid] = npos[j];
        }
        workgroupBarrier();
        let count = min(WG, j1 - t0);
        if live {
            for (var s = 0u; s < count; s++) {
                let d = pt - tile_p[s];
                let r2 = (d.x * d.x + d.y * d.y) * s2;
                let k1 = 1.0 / (1.0 + r2);
                let k2 = k1 * k1;
                let q = tile_q[s];
                acc += vec4<f32>(k2 * q.x, k2 * q.y, k2 * q.z, k1 * q.x);
            }
        }
        workgroupBarrier();
    }
    if live {
        pot[t] = acc;
    }
}
