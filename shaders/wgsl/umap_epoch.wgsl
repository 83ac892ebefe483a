// umap_epoch: one UMAP optimisation epoch, one invocation per directed edge of the fuzzy graph.
// An edge whose next sample is due pulls its two ends together (clipped gradient × alpha) and
// pushes its head away from its due number of negative samples, drawn from a PCG hash of
// (seed, epoch, edge, sample); inputs above the binding limit are split into chunks of edges,
// each dispatched with its own `edge_offset` (the global index of its first edge). Moves are not applied here: each is rounded to fixed point
// (units of 1/scale) and atomically added to `delta`, so the result is independent of the order
// of invocations. umap_apply then adds `delta` to the positions. The head's moves (the pull and
// every push) are summed in a local fixed-point accumulator and added with one atomic per
// coordinate (integer sums: the same result as one atomic per move, with a third of the atomics,
// which lavapipe runs lane by lane). `d^b` is `pow_approx` (exp2(b · log2 d), both by short
// polynomials, no libm call per lane), the same operations as epoch.rs `pow_approx`, which the
// CPU twin calls too (no powf). dims is at most 4. CPU twin:
// engine/src/umap/epoch.rs `epoch_cpu`.
// Bindings: 0 uniform Params, 1 edges: array<vec2<u32>> (head, tail), 2 sched: array<vec4<f32>>
// (epochs per sample, epochs per negative sample, next sample, next negative sample; read_write),
// 3 pos: array<f32> (n × dims, read), 4 delta: array<atomic<i32>> (n × dims, read_write).
// Dispatch: ceil(n_edges / 256) workgroups of 256, as a 2-D grid when above the per-dimension limit.

#import umap

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> edges: array<vec2<u32>>;
@group(0) @binding(2) var<storage, read_write> sched: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> pos: array<f32>;
@group(0) @binding(4) var<storage, read_write> delta: array<atomic<i32>>;

// Gradient clip, set from umap::epoch::CLIP (as umap-learn: 4).
override CLIP: f32;

fn pcg(v: u32) -> u32 {
    let state = v * 747796405u + 2891336453u;
    let word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
    return (word >> 22u) ^ word;
}

fn clip(v: f32) -> f32 {
    if v > CLIP {
        return CLIP;
    } else if v < -CLIP {
        return -CLIP;
    }
    return v;
}

const LN2: f32 = 0.6931471805599453;
const LOG2_E: f32 = 1.4426950408889634;
const SQRT2: f32 = 1.4142135623730951;

// log2(x) for a normal positive x: x = 2^e m with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(s),
// s = (m - 1) / (m + 1), by its series to s^7. Twin: epoch.rs `log2_approx`.
fn log2_approx(x: f32) -> f32 {
    let bits = bitcast<u32>(x);
    var e = i32((bits >> 23u) & 0xffu) - 127;
    var m = bitcast<f32>((bits & 0x007fffffu) | 0x3f800000u);
    if m > SQRT2 {
        m = m * 0.5;
        e = e + 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let p = 1.0 / 3.0 + s2 * (1.0 / 5.0 + s2 * (1.0 / 7.0));
    let ln_m = 2.0 * s + (2.0 * s) * (s2 * p);
    return f32(e) + ln_m * LOG2_E;
}

// 2^y for y clamped to [-126, 126]: y = n + f, n = floor(y + 1/2), 2^f = e^(f ln 2) by its
// Taylor series to the 7th power, 2^n in the exponent bits. Twin: epoch.rs `exp2_approx`.
fn exp2_approx(y_in: f32) -> f32 {
    let y = clamp(y_in, -126.0, 126.0);
    let n = i32(floor(y + 0.5));
    let r = (y - f32(n)) * LN2;
    var p = 1.0 / 5040.0;
    p = 1.0 / 720.0 + r * p;
    p = 1.0 / 120.0 + r * p;
    p = 1.0 / 24.0 + r * p;
    p = 1.0 / 6.0 + r * p;
    p = 0.5 + r * p;
    p = 1.0 + r * p;
    p = 1.0 + r * p;
    return p * bitcast<f32>(u32(n + 127) << 23u);
}

// x^b for x > 0 (subnormal x taken as the smallest normal). Twin: epoch.rs `pow_approx`.
fn pow_approx(x: f32, b: f32) -> f32 {
    return exp2_approx(b * log2_approx(max(x, 1.17549435e-38)));
}

fn to_fixed(v: f32) -> i32 {
    return i32(round(v * params.scale));
}

fn coord(i: u32, d: u32) -> f32 {
    return pos[i * params.dims + d];
}

fn dist_sq(j: u32, k: u32) -> f32 {
    var s = 0.0;
    for (var d = 0u; d < params.dims; d++) {
        let x = coord(j, d) - coord(k, d);
        s += x * x;
    }
    return s;
}

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let e = gid.x + gid.y * groups.x * 256u;
    if e >= params.n_edges {
        return;
    }
    var s = sched[e];
    let epoch_f = f32(params.epoch);
    if s.z > epoch_f {
        return;
    }
    let j = edges[e].x;
    let k = edges[e].y;
    let a = params.a;
    let b = params.b;
    let alpha = params.alpha;
    let dsq = dist_sq(j, k);
    var gc = 0.0;
    if dsq > 0.0 {
        let pb = pow_approx(dsq, b);
        gc = -2.0 * a * b * (pb / dsq);
        gc /= a * pb + 1.0;
    }
    // The head's summed moves, one lane per coordinate (dims <= 4).
    var acc = vec4<i32>();
    for (var d = 0u; d < params.dims; d++) {
        let g = clip(gc * (coord(j, d) - coord(k, d)));
        let q = to_fixed(g * alpha);
        acc[d] = q;
        atomicAdd(&delta[k * params.dims + d], -q);
    }
    s.z += s.x;
    let n_neg = u32(max(i32((epoch_f - s.w) / s.y), 0));
    let seed_epoch = pcg(params.seed + pcg(params.epoch));
    let edge_hash = pcg(seed_epoch + params.edge_offset + e);
    for (var p = 0u; p < n_neg; p++) {
        let kk = pcg(edge_hash + p) % max(params.n, 1u);
        if kk == j {
            continue;
        }
        let dn = dist_sq(j, kk);
        var gn = 0.0;
        if dn > 0.0 {
            let pb = pow_approx(dn, b);
            gn = 2.0 * b;
            gn /= (0.001 + dn) * (a * pb + 1.0);
        }
        for (var d = 0u; d < params.dims; d++) {
            var g = CLIP;
            if gn > 0.0 {
                g = clip(gn * (coord(j, d) - coord(kk, d)));
            }
            acc[d] += to_fixed(g * alpha);
        }
    }
    for (var d = 0u; d < params.dims; d++) {
        atomicAdd(&delta[j * params.dims + d], acc[d]);
    }
    s.w += f32(n_neg) * s.y;
    sched[e] = s;
}
