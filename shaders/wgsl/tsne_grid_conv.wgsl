// tsne_grid_conv: node-to-node interactions by direct summation, O(M²) for M = 9 · (non-empty
// boxes) nodes, tiled through workgroup memory. For target node t and source nodes s in
// [j0, min(j1, M)): with d = (npos_t − npos_s) · spacing, K1 = 1/(1 + |d|²) and the force
// kernel G = d · K1², pot_t (+)= (q_s·Gx, q_s·Gy, q_s·K1, 0), q = charges. zpart_t = q_t · pot_t.z
// (rewritten by every chunk; final after the last), whose sum is Σ_nodes q · (K1 ∗ q) as the
// FFT path's Parseval sum (nodes t ≥ M write 0). Long source ranges are split over several
// dispatches (one per [j0, j1), each continuing the previous sums when accumulate is 1), so every
// dispatch stays short and the source order matches the CPU twin tsne/cpu/grid.rs exactly.
// Bindings: 0 uniform Params, 1 uniform Chunk { j0, j1, accumulate }, 2 storage info:
// array<u32> (read: [0] = non-empty boxes), 3 storage charges: array<f32> (read), 4 storage
// npos: array<vec2<f32>> (read), 5 storage pot: array<vec4<f32>> (9 · nb²), 6 storage zpart:
// array<f32> (9 · nb², written).
// Dispatch: ceil(m² / 64) workgroups of 64, m = 3 · nb (one invocation per possible node;
// workgroups entirely past M only clear their zpart), 2-D grid above the limit.

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
@group(0) @binding(3) var<storage, read> charges: array<f32>;
@group(0) @binding(4) var<storage, read> npos: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read_write> pot: array<vec4<f32>>;
@group(0) @binding(6) var<storage, read_write> zpart: array<f32>;

const WG: u32 = 64u;
var<workgroup> tile_q: array<f32, 64>;
var<workgroup> tile_p: array<vec2<f32>, 64>;
var<workgroup> nodes: u32;

@compute @workgroup_size(WG)
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
    let t = base + lid;
    if base >= total {
        zpart[t] = 0.0;
        return;
    }
    let j1 = min(chunk.j1, total);
    let live = t < total;
    var pt = vec2<f32>(0.0);
    var acc = vec4<f32>(0.0);
    if live {
        pt = npos[t];
        if chunk.accumulate == 1u {
            acc = pot[t];
        }
    }
    let sp = params.spacing;
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
                let d = (pt - tile_p[s]) * sp;
                let k1 = 1.0 / (1.0 + dot(d, d));
                let q = tile_q[s];
                acc += vec4<f32>(q * k1 * k1 * d, q * k1, 0.0);
            }
        }
        workgroupBarrier();
    }
    if live {
        pot[t] = acc;
        zpart[t] = charges[t] * acc.z;
    } else {
        zpart[t] = 0.0;
    }
}
