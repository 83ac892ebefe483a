// umap_apply: adds the epoch's fixed-point moves to the positions and clears them, one
// invocation per coordinate: pos[i] += f32(delta[i]) / scale; delta[i] = 0.
// CPU twin: engine/src/umap/epoch.rs `apply_cpu`.
// Bindings: 0 uniform Params (same layout as umap_epoch; uses n_coords and inv_scale),
// 1 pos: array<f32> (n × dims, read_write), 2 delta: array<i32> (n × dims, read_write).
// Dispatch: ceil(n_coords / 256) workgroups of 256, as a 2-D grid when above the per-dimension limit.

#import umap

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> pos: array<f32>;
@group(0) @binding(2) var<storage, read_write> delta: array<i32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = gid.x + gid.y * groups.x * 256u;
    if i >= params.n_coords {
        return;
    }
    pos[i] += f32(delta[i]) * params.inv_scale;
    delta[i] = 0;
}
