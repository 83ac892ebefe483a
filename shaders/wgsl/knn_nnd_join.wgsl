// knn_nnd_join: one NN-descent round's local join, written as a gather. For every point u in
// [u_start, u_end), every w in the candidate lists of every v in u's own candidate lists (v or w
// from a "new" list) is offered to u's sorted neighbour list: its squared distance is computed
// (in eight lanes, as the CPU's dist2) and w is inserted, flagged new, when it beats the last
// entry under the order (d², index), is not u and is not listed yet (looked up only then).
// Each invocation writes only u's list, so the
// result does not depend on scheduling. updates[u] receives the number of insertions.
// One dispatch walks only the (v slot a, w slot b) pairs with a · 2·width + b in
// [pair_start, pair_end): llvmpipe (lavapipe) ends every loop of an invocation once the
// invocation has run 65535 loop iterations in all (LP_MAX_TGSI_LOOP_ITERATIONS), silently
// leaving partial distances and half-shifted lists, so the host splits a round's pairs over
// several dispatches that each stay well below that budget. The pairs are visited in the
// same order as in one pass, so the split does not change the result; the dispatch with
// pair_start = 0 resets updates[u], the others add to it.
// Bindings: 0 uniform Params; 1 data: array<f32> (n × dim, read);
// 2 cand_new, 3 cand_old: array<u32> (n × width each, 0xffffffff pads, read);
// 4 ids: array<u32>, 5 dist: array<f32>, 6 flags: array<u32> (n × kb each, read_write);
// 7 updates: array<u32> (n, read_write).
// Dispatch: ceil((u_end − u_start) / 64) workgroups of 64, as a 2-D grid.

struct Params {
    n: u32,
    dim: u32,
    kb: u32,
    width: u32,
    u_start: u32,
    u_end: u32,
    pair_start: u32,
    pair_end: u32,
}

const NONE: u32 = 0xffffffffu;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> data: array<f32>;
@group(0) @binding(2) var<storage, read> cand_new: array<u32>;
@group(0) @binding(3) var<storage, read> cand_old: array<u32>;
@group(0) @binding(4) var<storage, read_write> ids: array<u32>;
@group(0) @binding(5) var<storage, read_write> dist: array<f32>;
@group(0) @binding(6) var<storage, read_write> flags: array<u32>;
@group(0) @binding(7) var<storage, read_write> updates: array<u32>;

fn before(d: f32, j: u32, e: f32, i: u32) -> bool {
    return d < e || (d == e && j < i);
}

fn candidate(p: u32, a: u32) -> u32 {
    let w = params.width;
    if a < w {
        return cand_new[p * w + a];
    }
    return cand_old[p * w + a - w];
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let u = params.u_start + gid.x + gid.y * nwg.x * 64u;
    if u >= params.u_end {
        return;
    }
    let w = params.width;
    let kb = params.kb;
    let dim = params.dim;
    let row0 = u * kb;
    var count = 0u;
    for (var q = params.pair_start; q < params.pair_end; q++) {
        let a = q / (2u * w);
        let b = q % (2u * w);
        let v = candidate(u, a);
        if v == NONE {
            continue;
        }
        let v_new = a < w;
        let c = candidate(v, b);
        if c == NONE || !(v_new || b < w) || c == u {
            continue;
        }
        // Coordinate t is summed into lane t mod 8 (`lo` holds lanes 0-3, `hi` 4-7) and the
        // lanes are added pairwise, as the CPU's `dist2` does; eight coordinates per iteration
        // also spend fewer of the loop iterations llvmpipe allows per invocation.
        var lo = vec4<f32>(0.0);
        var hi = vec4<f32>(0.0);
        let ru = u * dim;
        let rc = c * dim;
        var t = 0u;
        for (; t + 8u <= dim; t += 8u) {
            let el = vec4<f32>(data[ru + t], data[ru + t + 1u], data[ru + t + 2u], data[ru + t + 3u])
                - vec4<f32>(data[rc + t], data[rc + t + 1u], data[rc + t + 2u], data[rc + t + 3u]);
            let eh = vec4<f32>(data[ru + t + 4u], data[ru + t + 5u], data[ru + t + 6u], data[ru + t + 7u])
                - vec4<f32>(data[rc + t + 4u], data[rc + t + 5u], data[rc + t + 6u], data[rc + t + 7u]);
            lo += el * el;
            hi += eh * eh;
        }
        for (var j = 0u; t < dim; t++) {
            let e = data[ru + t] - data[rc + t];
            if j < 4u {
                lo[j] += e * e;
            } else {
                hi[j - 4u] += e * e;
            }
            j++;
        }
        let d2 = ((lo.x + lo.y) + (lo.z + lo.w)) + ((hi.x + hi.y) + (hi.z + hi.w));
        if !before(d2, c, dist[row0 + kb - 1u], ids[row0 + kb - 1u]) {
            continue;
        }
        // Only an offer that would enter the list is looked up in it (most do not).
        var present = false;
        for (var s = 0u; s < kb; s++) {
            if ids[row0 + s] == c {
                present = true;
                break;
            }
        }
        if present {
            continue;
        }
        var p = kb - 1u;
        loop {
            if p == 0u {
                break;
            }
            let pd = dist[row0 + p - 1u];
            let pi = ids[row0 + p - 1u];
            if !before(d2, c, pd, pi) {
                break;
            }
            dist[row0 + p] = pd;
            ids[row0 + p] = pi;
            flags[row0 + p] = flags[row0 + p - 1u];
            p -= 1u;
        }
        dist[row0 + p] = d2;
        ids[row0 + p] = c;
        flags[row0 + p] = 1u;
        count += 1u;
    }
    if params.pair_start == 0u {
        updates[u] = count;
    } else {
        updates[u] += count;
    }
}
