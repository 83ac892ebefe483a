// tsne_attract: attractive forces over the sparse symmetric P (CSR), one invocation per point:
// attr_i = exaggeration · Σ_j p_ij (y_i − y_j) / (1 + |y_i − y_j|²). CPU twin:
// tsne/cpu/attract.rs. Invocation t takes point order[t], the points sorted by degree
// (largest first): the rows of P are 1–4× the mean long, and neighbouring invocations with
// rows of about the same length keep the lanes of a SIMD group (or warp) busy together.
// A dispatch takes edges first .. first + WINDOW of each row and, when first > 0, adds onto
// attr: a row longer than WINDOW (a hub, or the copies of a duplicated point) takes several
// dispatches, because lavapipe ends an invocation's loops after 65535 iterations in all.
// The edges are (column, bitcast value) pairs and 2-D positions are read as vec2 through a
// second binding of y: on lavapipe a vector load costs about what one scalar load does, and the
// edge loop is its loads.
// Bindings: 0 uniform Params { n, dims, exaggeration, first }, 1 storage row_ptr: array<u32>
// (n + 1), 2 storage edges: array<vec2<u32>> (column j, bitcast p_ij), 3 storage y: array<f32>
// (n × dims), 4 storage attr: array<f32> (n × dims, written), 5 storage order: array<u32> (n),
// 6 storage y2: array<vec2<f32>> (y again, read as points when dims = 2).
// Dispatch: ceil(n / 64) workgroups of 64, 2-D grid above the per-dimension limit.

struct Params {
    n: u32,
    dims: u32,
    exaggeration: f32,
    first: u32,
}

// Edges of a row per dispatch, set from tsne::gpu::ATTRACT_WINDOW.
override WINDOW: u32;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> row_ptr: array<u32>;
@group(0) @binding(2) var<storage, read> edges: array<vec2<u32>>;
@group(0) @binding(3) var<storage, read> y: array<f32>;
@group(0) @binding(4) var<storage, read_write> attr: array<f32>;
@group(0) @binding(5) var<storage, read> order: array<u32>;
@group(0) @binding(6) var<storage, read> y2: array<vec2<f32>>;

fn load(i: u32, dims: u32) -> vec3<f32> {
    var v = vec3<f32>(y[i * dims], y[i * dims + 1u], 0.0);
    if dims == 3u {
        v.z = y[i * dims + 2u];
    }
    return v;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = gid.x + gid.y * groups.x * 64u;
    if t >= params.n {
        return;
    }
    let i = order[t];
    let dims = params.dims;
    let yi = load(i, dims);
    let e0 = row_ptr[i] + params.first;
    let e1 = min(row_ptr[i + 1u], e0 + WINDOW);
    var acc = vec3<f32>(0.0);
    if params.first > 0u {
        if e0 >= e1 {
            return;
        }
        acc = vec3<f32>(attr[i * dims], attr[i * dims + 1u], 0.0);
        if dims == 3u {
            acc.z = attr[i * dims + 2u];
        }
    }
    // One loop per output dimension, so the 2-D loop has no per-edge branch on dims.
    if dims == 2u {
        for (var e = e0; e < e1; e++) {
            let edge = edges[e];
            let diff = yi.xy - y2[edge.x];
            let f = params.exaggeration * bitcast<f32>(edge.y) / (1.0 + dot(diff, diff));
            acc += vec3<f32>(f * diff, 0.0);
        }
    } else {
        for (var e = e0; e < e1; e++) {
            let edge = edges[e];
            let diff = yi - load(edge.x, dims);
            let f = params.exaggeration * bitcast<f32>(edge.y) / (1.0 + dot(diff, diff));
            acc += f * diff;
        }
    }
    attr[i * dims] = acc.x;
    attr[i * dims + 1u] = acc.y;
    if dims == 3u {
        attr[i * dims + 2u] = acc.z;
    }
}
