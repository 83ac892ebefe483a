// tsne_grid_charges: the node charges as floats from tsne_grid_spread's 64-bit fixed-point
// sums, q = S / 2^28 with S = hi · 2^32 + lo, computed as f32(i32(hi)) · 16 + f32(lo) / 2^28.
// One invocation per non-empty box k (box b = cbox[k]), for its 3 × 3 nodes: node (c, r) is
// stored at 9k + 3r + c with its integer grid coordinates (3·bx + c, 3·by + r) in npos (the
// direct sum reads charges and npos), and at 2·((y/2)·m + x) + y mod 2 of packed, node (x, y),
// i.e. rows 2k and 2k + 1 as the real and imaginary parts of complex row k (the FFT's first
// pass reads packed; it is cleared beforehand, so the nodes of empty boxes are 0).
// Bindings: 0 uniform Params, 1 storage cbox: array<u32> (nb², read), 2 storage info:
// array<u32> (read: [0] = non-empty boxes), 3 storage acc: array<u32> (2 · 9 · non-empty
// boxes, read), 4 storage charges: array<f32> (9 · nb², written), 5 storage npos:
// array<vec2<f32>> (9 · nb², written), 6 storage packed: array<f32> (written).
// Dispatch: ceil(nb² / 64) workgroups of 64 (one invocation per possible non-empty box; those
// past info[0] return), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> cbox: array<u32>;
@group(0) @binding(2) var<storage, read> info: array<u32>;
@group(0) @binding(3) var<storage, read> acc: array<u32>;
@group(0) @binding(4) var<storage, read_write> charges: array<f32>;
@group(0) @binding(5) var<storage, read_write> npos: array<vec2<f32>>;
@group(0) @binding(6) var<storage, read_write> packed: array<f32>;

const WG: u32 = 64u;

@compute @workgroup_size(WG)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let k = gid.x + gid.y * groups.x * WG;
    if k >= info[0] {
        return;
    }
    let b = cbox[k];
    let bx = b % params.nb;
    let by = b / params.nb;
    for (var r = 0u; r < 3u; r++) {
        for (var c = 0u; c < 3u; c++) {
            let at = 9u * k + 3u * r + c;
            let q = f32(bitcast<i32>(acc[2u * at + 1u])) * (4294967296.0 / FIXED_ONE)
                + f32(acc[2u * at]) / FIXED_ONE;
            let x = 3u * bx + c;
            let yy = 3u * by + r;
            charges[at] = q;
            npos[at] = vec2<f32>(f32(x), f32(yy));
            packed[2u * ((yy / 2u) * params.m + x) + (yy & 1u)] = q;
        }
    }
}
