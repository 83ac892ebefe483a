// tsne_reduce: Z = Σ_i zrow_i − offset in one workgroup, in a fixed order (each invocation sums
// a strided slice sequentially, then a tree in workgroup memory), so the result is deterministic
// without float atomics. The exact repulsion sums its per-point rows (offset 0); the grid
// repulsion its partial sums of Σ_i Σ_j K1, from which the n self terms are taken (offset n).
// Bindings: 0 uniform Params { n, offset }, 1 storage zrow: array<f32> (n, read), 2 storage z:
// array<f32> (1, written).
// Dispatch: exactly 1 workgroup of 256.

struct Params {
    n: u32,
    offset: f32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> zrow: array<f32>;
@group(0) @binding(2) var<storage, read_write> z: array<f32>;

var<workgroup> part: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
    var s = 0.0;
    for (var i = lid; i < params.n; i += 256u) {
        s += zrow[i];
    }
    part[lid] = s;
    workgroupBarrier();
    for (var w = 128u; w > 0u; w = w / 2u) {
        if lid < w {
            part[lid] += part[lid + w];
        }
        workgroupBarrier();
    }
    if lid == 0u {
        z[0] = part[0] - params.offset;
    }
}
