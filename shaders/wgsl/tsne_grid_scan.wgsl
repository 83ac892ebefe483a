// tsne_grid_scan: exclusive prefix sums over the nb² boxes: start[b] = first slot of box b in
// the point list (start[nb²] = n), rank[b] = index of box b among the non-empty boxes
// (EMPTY = 0xffffffff for an empty box: tsne_fft_pass tells empty boxes by it), cbox[r] = the
// r-th non-empty box, info[0] = number of non-empty boxes. Resets count to 0 so
// tsne_grid_scatter can reuse it as the per-box fill cursor. Each invocation scans one
// contiguous slice of boxes; invocation 0 scans the 256 slice totals in between.
// Bindings: 0 uniform Params, 1 storage count: array<atomic<u32>> (nb²), 2 storage start:
// array<u32> (nb² + 1), 3 storage rank: array<u32> (nb²), 4 storage cbox: array<u32> (nb²),
// 5 storage info: array<u32> (4).
// Dispatch: exactly 1 workgroup of 256.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> count: array<atomic<u32>>;
@group(0) @binding(2) var<storage, read_write> start: array<u32>;
@group(0) @binding(3) var<storage, read_write> rank: array<u32>;
@group(0) @binding(4) var<storage, read_write> cbox: array<u32>;
@group(0) @binding(5) var<storage, read_write> info: array<u32>;

var<workgroup> pts: array<u32, 256>;
var<workgroup> used: array<u32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
    let total = params.boxes;
    let per = (total + 255u) / 256u;
    let b0 = min(lid * per, total);
    let b1 = min(b0 + per, total);
    var p = 0u;
    var u = 0u;
    for (var b = b0; b < b1; b++) {
        let c = atomicLoad(&count[b]);
        p += c;
        u += select(0u, 1u, c > 0u);
    }
    pts[lid] = p;
    used[lid] = u;
    workgroupBarrier();
    if lid == 0u {
        var ap = 0u;
        var au = 0u;
        for (var t = 0u; t < 256u; t++) {
            let vp = pts[t];
            let vu = used[t];
            pts[t] = ap;
            used[t] = au;
            ap += vp;
            au += vu;
        }
        start[total] = ap;
        info[0] = au;
    }
    workgroupBarrier();
    var ap = pts[lid];
    var au = used[lid];
    for (var b = b0; b < b1; b++) {
        let c = atomicLoad(&count[b]);
        start[b] = ap;
        rank[b] = select(0xffffffffu, au, c > 0u);
        if c > 0u {
            cbox[au] = b;
            au += 1u;
        }
        ap += c;
        atomicStore(&count[b], 0u);
    }
}
