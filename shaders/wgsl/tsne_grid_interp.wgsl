// tsne_grid_interp: interpolates the node forces back to the points with the same Lagrange
// weights as tsne_grid_spread: rep_i = Σ_nodes w · pot.xy = Σ_j G(y_i − y_j) with
// G(d) = d / (1 + |d|²)² (the self term is G(0) = 0), as step 5 of tsne::fft. It feeds
// tsne_update like tsne_repulse_exact.
// Bindings: 0 uniform Params, 1 storage y: array<f32> (n × 2, read), 2 storage pbox:
// array<u32> (n, read), 3 storage rank: array<u32> (nb², read), 4 storage pot:
// array<vec4<f32>> (read), 5 storage rep: array<f32> (n × 2, written).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read> pbox: array<u32>;
@group(0) @binding(3) var<storage, read> rank: array<u32>;
@group(0) @binding(4) var<storage, read> pot: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read_write> rep: array<f32>;

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
    let k = rank[pbox[i]];
    var f = vec2<f32>(0.0);
    for (var r = 0u; r < 3u; r++) {
        for (var c = 0u; c < 3u; c++) {
            f += (wy[r] * wx[c]) * pot[9u * k + 3u * r + c].xy;
        }
    }
    rep[2u * i] = f.x;
    rep[2u * i + 1u] = f.y;
}
