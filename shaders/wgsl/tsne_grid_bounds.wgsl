// tsne_grid_bounds: the square bounding box of the 2-D positions, lo = min over every coordinate
// and hi = max over every coordinate (as tsne::fft does), in one workgroup and a fixed order
// (min and max are exact, so the result does not depend on the order anyway). The host reads
// the two floats back and chooses the grid from them (tsne::grid).
// Bindings: 0 uniform Params (only n is read), 1 storage y: array<f32> (n × 2, read),
// 2 storage bounds: array<f32> (2: lo, hi; written).
// Dispatch: exactly 1 workgroup of 256.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> bounds: array<f32>;

var<workgroup> lo_part: array<f32, 256>;
var<workgroup> hi_part: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
    var lo = 3.0e38;
    var hi = -3.0e38;
    for (var i = lid; i < 2u * params.n; i += 256u) {
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
        bounds[0] = lo_part[0];
        bounds[1] = hi_part[0];
    }
}
