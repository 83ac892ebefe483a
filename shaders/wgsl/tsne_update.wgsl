// tsne_update: one optimiser step per coordinate: grad = attr − rep / Z; gain + 0.2 when the
// gradient turns against the last update, × 0.8 otherwise, at least min_gain; update =
// momentum · update − lr · gain · grad; y += update. CPU twin: tsne/cpu/update.rs.
// Bindings: 0 uniform Params { count, lr, momentum, min_gain }, 1 storage attr: array<f32>,
// 2 storage rep: array<f32>, 3 storage z: array<f32> (1), 4 storage y: array<f32> (rw),
// 5 storage upd: array<f32> (rw), 6 storage gains: array<f32> (rw); all arrays n × dims.
// Dispatch: ceil(count / 256) workgroups of 256, 2-D grid above the per-dimension limit.

struct Params {
    count: u32,
    lr: f32,
    momentum: f32,
    min_gain: f32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> attr: array<f32>;
@group(0) @binding(2) var<storage, read> rep: array<f32>;
@group(0) @binding(3) var<storage, read> z: array<f32>;
@group(0) @binding(4) var<storage, read_write> y: array<f32>;
@group(0) @binding(5) var<storage, read_write> upd: array<f32>;
@group(0) @binding(6) var<storage, read_write> gains: array<f32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let c = gid.x + gid.y * groups.x * 256u;
    if c >= params.count {
        return;
    }
    let grad = attr[c] - rep[c] * (1.0 / z[0]);
    let u = upd[c];
    var gain = gains[c] * 0.8;
    if grad * u < 0.0 {
        gain = gains[c] + 0.2;
    }
    if gain < params.min_gain {
        gain = params.min_gain;
    }
    gains[c] = gain;
    let nu = params.momentum * u - params.lr * gain * grad;
    upd[c] = nu;
    y[c] = y[c] + nu;
}
