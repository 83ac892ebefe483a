// tsne_grid_spread: charges of the interpolation nodes, gathered (no float atomics). One
// invocation per non-empty box r (box b = cbox[r]): sorts the box's slice of the point list by
// point index (insertion sort, so the sums below run in index order as in the CPU twin
// tsne::grid), then sums over its points the charge w of each of its 3 × 3 nodes, w = Lagrange
// weight of the node at the point (product of the x and y 1-D weights). Node (c, r) of compact
// box k is stored at 9k + 3r + c with its integer grid coordinates (3·bx + c, 3·by + r) in npos.
// Bindings: 0 uniform Params, 1 storage y: array<f32> (n × 2, read), 2 storage start:
// array<u32> (nb² + 1, read), 3 storage cbox: array<u32> (nb², read), 4 storage info:
// array<u32> (read: [0] = non-empty boxes), 5 storage plist: array<u32> (n, sorted in place),
// 6 storage charges: array<f32> (9 · nb², written), 7 storage npos: array<vec2<f32>>
// (9 · nb², written), 8 storage packed: array<f32> (the charges once more as tsne_fft_pass
// reads them: node (x, y) at 2·((y/2)·m + x) + y mod 2, i.e. rows 2k and 2k + 1 as the real
// and imaginary parts of complex row k; cleared beforehand, written for non-empty boxes).
// Dispatch: ceil(nb² / 64) workgroups of 64 (one invocation per possible non-empty box; those
// past info[0] return), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read> start: array<u32>;
@group(0) @binding(3) var<storage, read> cbox: array<u32>;
@group(0) @binding(4) var<storage, read> info: array<u32>;
@group(0) @binding(5) var<storage, read_write> plist: array<u32>;
@group(0) @binding(6) var<storage, read_write> charges: array<f32>;
@group(0) @binding(7) var<storage, read_write> npos: array<vec2<f32>>;
@group(0) @binding(8) var<storage, read_write> packed: array<f32>;

const WG: u32 = 64u;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let k = gid.x + gid.y * groups.x * WG;
    if k >= info[0] {
        return;
    }
    let b = cbox[k];
    let s0 = start[b];
    let s1 = start[b + 1u];
    for (var s = s0 + 1u; s < s1; s++) {
        let v = plist[s];
        var t = s;
        while t > s0 && plist[t - 1u] > v {
            plist[t] = plist[t - 1u];
            t -= 1u;
        }
        plist[t] = v;
    }
    var q: array<f32, 9>;
    for (var a = 0u; a < 9u; a++) {
        q[a] = 0.0;
    }
    let bx = b % params.nb;
    let by = b / params.nb;
    for (var s = s0; s < s1; s++) {
        let i = plist[s];
        let px = y[2u * i];
        let py = y[2u * i + 1u];
        let wx = lagrange((px - params.lo) / params.h - f32(box_of(px)));
        let wy = lagrange((py - params.lo) / params.h - f32(box_of(py)));
        for (var r = 0u; r < 3u; r++) {
            for (var c = 0u; c < 3u; c++) {
                q[3u * r + c] += wy[r] * wx[c];
            }
        }
    }
    for (var r = 0u; r < 3u; r++) {
        for (var c = 0u; c < 3u; c++) {
            let at = 9u * k + 3u * r + c;
            let x = 3u * bx + c;
            let yy = 3u * by + r;
            charges[at] = q[3u * r + c];
            npos[at] = vec2<f32>(f32(x), f32(yy));
            packed[2u * ((yy / 2u) * params.m + x) + (yy & 1u)] = q[3u * r + c];
        }
    }
}
