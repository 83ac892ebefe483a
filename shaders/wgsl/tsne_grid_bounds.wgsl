// tsne_grid_bounds: the square bounding box of the 2-D positions, lo = min over every coordinate
// and hi = max over every coordinate (as tsne::fft does). Workgroup g takes coordinates
// g·SLICE .. (g + 1)·SLICE (SLICE = 256 · 8192, so no invocation loops more than 8192 times:
// lavapipe ends an invocation's loops after 65535 iterations in all) and writes its part,
// bounds[2g] = lo, bounds[2g + 1] = hi, reduced in a fixed order (min and max are exact, so the
// order does not matter anyway). The host reads the parts back, takes their min and max and
// chooses the grid from them (tsne::grid).
// Bindings: 0 uniform Params (only n is read), 1 storage y: array<f32> (n × 2, read),
// 2 storage bounds: array<f32> (2 per workgroup: lo, hi; written).
// Dispatch: ceil(2n / SLICE) workgroups of 256 (1-D).

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> bounds: array<f32>;

// Coordinates per workgroup, set from tsne::gpu::grid::BOUNDS_SLICE (256 · 8192).
override SLICE: u32;

var<workgroup> lo_part: array<f32, 256>;
var<workgroup> hi_part: array<f32, 256>;

@compute @workgroup_size(256)
fn main(
    @builtin(local_invocation_index) lid: u32,
    @builtin(workgroup_id) wid: vec3<u32>,
) {
    var lo = 3.0e38;
    var hi = -3.0e38;
    let first = wid.x * SLICE;
    let end = min(2u * params.n, first + SLICE);
    for (var i = first + lid; i < end; i += 256u) {
        lo = min(lo, y[i]);
        hi = max(hi, y[i]);
    }
    lo_part[lid] = lo;
    hi_part[lid] = hi;
    workgroupBarrier();
    for (var w = 128u; w > 0u; w = w / 2u) {
        if lid < w {
            lo_part[lid] = min(lo_part[lid], lo_part[lid + w]);
            hi_part[lid] = max(hi_part[lid], hi_part[lid + w]);
        }
        workgroupBarrier();
    }
    if lid == 0u {
        bounds[2u * wid.x] = lo_part[0];
        bounds[2u * wid.x + 1u] = hi_part[0];
    }
}
