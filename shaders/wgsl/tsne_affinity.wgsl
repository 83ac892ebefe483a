// tsne_affinity: per point, bisection on the Gaussian precision β so that the entropy of the
// conditional distribution over its k nearest neighbours equals ln(perplexity); writes the
// conditional probabilities p_{j|i}. CPU twin: tsne/cpu/affinity.rs.
// Bindings: 0 uniform Params { n, k, log_perp, steps }, 1 storage dist: array<f32> (n × k
// euclidean neighbour distances, read), 2 storage p: array<f32> (n × k, written).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

struct Params {
    n: u32,
    k: u32,
    log_perp: f32,
    steps: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> dist: array<f32>;
@group(0) @binding(2) var<storage, read_write> p: array<f32>;

const TOL: f32 = 1e-5;
const BIG: f32 = 3.4028235e38;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = gid.x + gid.y * groups.x * 64u;
    if i >= params.n {
        return;
    }
    let k = params.k;
    let base = i * k;
    var dmin = BIG;
    for (var j = 0u; j < k; j++) {
        let d = dist[base + j];
        dmin = min(dmin, d * d);
    }
    var beta = 1.0;
    var lo = 0.0;
    var hi = BIG;
    for (var s = 0u; s < params.steps; s++) {
        var sum = 0.0;
        var wsum = 0.0;
        for (var j = 0u; j < k; j++) {
            let d = dist[base + j];
            let e = d * d - dmin;
            let q = exp(-beta * e);
            sum += q;
            wsum += e * q;
        }
        let h = log(sum) + beta * wsum / sum;
        if abs(h - params.log_perp) < TOL {
            break;
        }
        if h > params.log_perp {
            lo = beta;
            if hi == BIG {
                beta = beta * 2.0;
            } else {
                beta = (beta + hi) * 0.5;
            }
        } else {
            hi = beta;
            beta = (beta + lo) * 0.5;
        }
    }
    var sum = 0.0;
    for (var j = 0u; j < k; j++) {
        let d = dist[base + j];
        sum += exp(-beta * (d * d - dmin));
    }
    for (var j = 0u; j < k; j++) {
        let d = dist[base + j];
        p[base + j] = exp(-beta * (d * d - dmin)) / sum;
    }
}
