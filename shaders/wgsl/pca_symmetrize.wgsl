// pca_symmetrize: copies the upper triangle of a square matrix onto its lower triangle,
// c[j, i] = c[i, j] for i < j, after pca_matmul filled only the upper tiles of a covariance or
// Gram matrix.
// Bindings: 0 uniform Params { n }, 1 storage c: array<f32> (read_write, n × n row-major).
// Dispatch: ceil(n² / 256) workgroups of 256 (2-D grid above the per-dimension limit), one
//           invocation per element of the matrix.

struct Params {
    n: u32,
    _pad0: u32,
    _pad1: u32,
    _pad2: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> c: array<f32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let flat = gid.x + gid.y * groups.x * 256u;
    let n = params.n;
    if flat >= n * n {
        return;
    }
    let row = flat / n;
    let col = flat % n;
    if row > col {
        c[flat] = c[col * n + row];
    }
}
