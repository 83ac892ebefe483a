// tsne_grid_scan: numbers the non-empty boxes in box order, an exclusive prefix sum over the
// nb² boxes of "box b holds a point": rank[b] = index of box b among the non-empty boxes
// (EMPTY = 0xffffffff for an empty box: tsne_fft_pass tells empty boxes by it), cbox[r] = the
// r-th non-empty box, info[0] = number of non-empty boxes. Each invocation scans one
// contiguous slice of boxes; invocation 0 scans the 256 slice totals in between.
// Bindings: 0 uniform Params, 1 storage count: array<u32> (nb², read), 2 storage rank:
// array<u32> (nb²), 3 storage cbox: array<u32> (nb²), 4 storage info: array<u32> (4).
// Dispatch: exactly 1 workgroup of 256.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> count: array<u32>;
@group(0) @binding(2) var<storage, read_write> rank: array<u32>;
@group(0) @binding(3) var<storage, read_write> cbox: array<u32>;
@group(0) @binding(4) var<storage, read_write> info: array<u32>;

var<workgroup> used: array<u32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
    let total = params.boxes;
    let per = (total + 255u) / 256u;
    let b0 = min(lid * per, total);
    let b1 = min(b0 + per, total);
    var u = 0u;
    for (var b = b0; b < b1; b++) {
        u += select(0u, 1u, count[b] > 0u);
    }
    used[lid] = u;
    workgroupBarrier();
    if lid == 0u {
        var au = 0u;
        for (var t = 0u; t < 256u; t++) {
            let vu = used[t];
            used[t] = au;
            au += vu;
        }
        info[0] = au;
    }
    workgroupBarrier();
    var au = used[lid];
    for (var b = b0; b < b1; b++) {
        let filled = count[b] > 0u;
        rank[b] = select(0xffffffffu, au, filled);
        if filled {
            cbox[au] = b;
            au += 1u;
        }
    }
}
