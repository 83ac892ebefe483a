// knn_nnd_join: one NN-descent round's local join, written as a gather. For every point u in
// [u_start, u_end), every w in the candidate lists of every v in u's own candidate lists (v or w
// from a "new" list) is offered to u's sorted neighbour list: skipped when w = u or already
// listed, else its squared distance is computed and w is inserted, flagged new, when it beats
// the last entry under the order (d², index). Each invocation writes only u's list, so the
// result does not depend on scheduling. updates[u] receives the number of insertions.
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
    _pad0: u32,
    _pad1: u32,
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
    for (var a = 0u; a < 2u * w; a++) {
        let v = candidate(u, a);
        if v == NONE {
            continue;
        }
        let v_new = a < w;
        for (var b = 0u; b < 2u * w; b++) {
            let c = candidate(v, b);
            if c == NONE || !(v_new || b < w) || c == u {
                continue;
            }
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
            var d2 = 0.0;
            for (var t = 0u; t < dim; t++) {
                let e = data[u * dim + t] - data[c * dim + t];
                d2 += e * e;
            }
            if !before(d2, c, dist[row0 + kb - 1u], ids[row0 + kb - 1u]) {
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
    }
    updates[u] = count;
}
