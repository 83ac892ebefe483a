// tsne_attract: attractive forces over the sparse symmetric P (CSR), one invocation per point:
// attr_i = exaggeration · Σ_j p_ij (y_i − y_j) / (1 + |y_i − y_j|²). CPU twin:
// tsne::cpu::attractive.
// Bindings: 0 uniform Params { n, dims, exaggeration }, 1 storage row_ptr: array<u32> (n + 1),
// 2 storage col: array<u32>, 3 storage val: array<f32>, 4 storage y: array<f32> (n × dims),
// 5 storage attr: array<f32> (n × dims, written).
// Dispatch: ceil(n / 64) workgroups of 64, 2-D grid above the per-dimension limit.

struct Params {
    n: u32,
    dims: u32,
    exaggeration: f32,
    _pad: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> row_ptr: array<u32>;
@group(0) @binding(2) var<storage, read> col: array<u32>;
@group(0) @binding(3) var<storage, read> val: array<f32>;
@group(0) @binding(4) var<storage, read> y: array<f32>;
@group(0) @binding(5) var<storage, read_write> attr: array<f32>;

fn load(i: u32, dims: u32) -> vec3<f32> {
    var v = vec3<f32>(y[i * dims], y[i * dims + 1u], 0.0);
    if dims == 3u {
        v.z = y[i * dims + 2u];
    }
    return v;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = gid.x + gid.y * groups.x * 64u;
    if i >= params.n {
        return;
    }
    let dims = params.dims;
    let yi = load(i, dims);
    var acc = vec3<f32>(0.0);
    for (var e = row_ptr[i]; e < row_ptr[i + 1u]; e++) {
        let diff = yi - load(col[e], dims);
        let d2 = diff.x * diff.x + diff.y * diff.y + diff.z * diff.z;
        let f = params.exaggeration * val[e] / (1.0 + d2);
        acc += f * diff;
    }
    attr[i * dims] = acc.x;
    attr[i * dims + 1u] = acc.y;
    if dims == 3u {
        attr[i * dims + 2u] = acc.z;
    }
}
