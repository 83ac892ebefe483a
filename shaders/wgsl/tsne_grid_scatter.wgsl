// tsne_grid_scatter: writes every point's index into its box's slice of the point list,
// plist[start[b] + k] = i, k from an atomic cursor (count, zeroed by tsne_grid_scan). The order
// inside a slice depends on scheduling; tsne_grid_spread sorts each slice before summing, so the
// results do not.
// Bindings: 0 uniform Params, 1 storage pbox: array<u32> (n, read), 2 storage count:
// array<atomic<u32>> (nb²), 3 storage start: array<u32> (nb² + 1, read), 4 storage plist:
// array<u32> (n, written).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> pbox: array<u32>;
@group(0) @binding(2) var<storage, read_write> count: array<atomic<u32>>;
@group(0) @binding(3) var<storage, read> start: array<u32>;
@group(0) @binding(4) var<storage, read_write> plist: array<u32>;

const WG: u32 = 64u;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let i = gid.x + gid.y * groups.x * WG;
    if i >= params.n {
        return;
    }
    let b = pbox[i];
    let k = atomicAdd(&count[b], 1u);
    plist[start[b] + k] = i;
}
