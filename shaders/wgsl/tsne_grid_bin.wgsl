// tsne_grid_bin: puts every point in its grid box and counts the points per box. Box index
// b = by · nb + bx with bx = min(floor(max((x − lo) / h, 0)), nb − 1) (same for y), as in
// tsne::grid::box_of. The counts are u32 atomics (integer, so order-independent).
// Bindings: 0 uniform Params, 1 storage y: array<f32> (n × 2, read), 2 storage pbox:
// array<u32> (n, written), 3 storage count: array<atomic<u32>> (nb², zeroed before).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> pbox: array<u32>;
@group(0) @binding(3) var<storage, read_write> count: array<atomic<u32>>;

const WG: u32 = 64u;

@compute @workgroup_size(WG)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let i = gid.x + gid.y * groups.x * WG;
    if i >= params.n {
        return;
    }
    let b = box_of(y[2u * i + 1u]) * params.nb + box_of(y[2u * i]);
    pbox[i] = b;
    atomicAdd(&count[b], 1u);
}
