// fill: writes `value` into every element of `out`. Used to clear accumulators and as the
// smallest kernel the GPU tests run.
// Bindings: 0 uniform Params { n, value }, 1 storage out: array<f32> (read_write).
// Dispatch: ceil(n / 256) workgroups of 256, as a 2-D grid when above the per-dimension limit.

struct Params {
    n: u32,
    value: f32,
    _pad0: u32,
    _pad1: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = gid.x + gid.y * groups.x * 256u;
    if i < params.n {
        out[i] = params.value;
    }
}
