// tsne_repulse_exact: exact O(n²) repulsion over the points j in [j0, j1), tiled through
// workgroup memory: rep_i (+)= Σ_{j≠i} w² (y_i − y_j) and zrow_i (+)= Σ_{j≠i} w, with
// w = 1 / (1 + |y_i − y_j|²). Long inputs are split over several dispatches (one per j range,
// each continuing the previous sums when `accumulate` is 1), so the j order matches the CPU twin
// tsne/cpu/repulse_exact.rs exactly.
// Bindings: 0 uniform Params { n, dims, j0, j1, accumulate }, 1 storage y: array<f32>
// (n × dims, read), 2 storage rep: array<f32> (n × dims), 3 storage zrow: array<f32> (n).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point i), 2-D grid above the limit.

struct Params {
    n: u32,
    dims: u32,
    j0: u32,
    j1: u32,
    accumulate: u32,
    _pad0: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> rep: array<f32>;
@group(0) @binding(3) var<storage, read_write> zrow: array<f32>;

const WG: u32 = 64u;
var<workgroup> tile: array<vec3<f32>, 64>;

fn load(i: u32, dims: u32) -> vec3<f32> {
    var v = vec3<f32>(y[i * dims], y[i * dims + 1u], 0.0);
    if dims == 3u {
        v.z = y[i * dims + 2u];
    }
    return v;
}

@compute @workgroup_size(WG)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(local_invocation_index) lid: u32,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let i = gid.x + gid.y * groups.x * WG;
    let dims = params.dims;
    let live = i < params.n;
    var yi = vec3<f32>(0.0);
    var acc = vec3<f32>(0.0);
    var zs = 0.0;
    if live {
        yi = load(i, dims);
        if params.accumulate == 1u {
            acc.x = rep[i * dims];
            acc.y = rep[i * dims + 1u];
            if dims == 3u {
                acc.z = rep[i * dims + 2u];
            }
            zs = zrow[i];
        }
    }
    for (var t = params.j0; t < params.j1; t += WG) {
        let j = t + lid;
        if j < params.j1 {
            tile[lid] = load(j, dims);
        }
        workgroupBarrier();
        let count = min(WG, params.j1 - t);
        if live {
            for (var s = 0u; s < count; s++) {
                if t + s != i {
                    let diff = yi - tile[s];
                    let d2 = diff.x * diff.x + diff.y * diff.y + diff.z * diff.z;
                    let w = 1.0 / (1.0 + d2);
                    zs += w;
                    acc += (w * w) * diff;
                }
            }
        }
        workgroupBarrier();
    }
    if live {
        rep[i * dims] = acc.x;
        rep[i * dims + 1u] = acc.y;
        if dims == 3u {
            rep[i * dims + 2u] = acc.z;
        }
        zrow[i] = zs;
    }
}
