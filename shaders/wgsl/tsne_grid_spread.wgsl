// tsne_grid_spread: every point adds its charge to the 9 nodes of its box, w = the Lagrange
// weight of the node at the point (the product of the x and y 1-D weights). The sums are
// exact and independent of the order the points run in: w is rounded to the fixed-point
// integer W = round(w · 2^28) (|w| ≤ 1.875², so W fits an i32) and added into a 64-bit sum held as
// two u32 atomics, the low word first, then the high word with the sign of W and the low
// word's carry (integer addition is associative; float atomics are optional and are not).
// One invocation per point keeps each invocation's work fixed however crowded a box is.
// Node (c, r) of non-empty box k = rank[b] is slot 9k + 3r + c of acc (low word at 2·slot).
// Bindings: 0 uniform Params, 1 storage y: array<f32> (n × 2, read), 2 storage pbox:
// array<u32> (n, read), 3 storage rank: array<u32> (nb², read), 4 storage acc:
// array<atomic<u32>> (2 · 9 · non-empty boxes, zeroed before).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read> pbox: array<u32>;
@group(0) @binding(3) var<storage, read> rank: array<u32>;
@group(0) @binding(4) var<storage, read_write> acc: array<atomic<u32>>;

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
    let px = y[2u * i];
    let py = y[2u * i + 1u];
    let wx = lagrange((px - params.lo) / params.h - f32(box_of(px)));
    let wy = lagrange((py - params.lo) / params.h - f32(box_of(py)));
    let base = 9u * rank[pbox[i]];
    for (var r = 0u; r < 3u; r++) {
        for (var c = 0u; c < 3u; c++) {
            let w = i32(round(wy[r] * wx[c] * FIXED_ONE));
            let lo = bitcast<u32>(w);
            let at = 2u * (base + 3u * r + c);
            let old = atomicAdd(&acc[at], lo);
            // High word: the sign extension of W (0 or 0xffffffff) plus the low word's carry.
            let hi = select(0u, 0xffffffffu, w < 0) + select(0u, 1u, old + lo < old);
            if hi != 0u {
                atomicAdd(&acc[at + 1u], hi);
            }
        }
    }
}
