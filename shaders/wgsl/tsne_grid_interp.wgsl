// tsne_grid_interp: interpolates the node potentials back to the points with the same Lagrange
// weights as tsne_grid_spread: phi = Σ_nodes w · pot, then rep_i = (cx·phi0 − phi1,
// cy·phi0 − phi2) = Σ_j K2 (y_i − y_j) and zrow_i = phi3 − 1 = Σ_{j≠i} K1 (the self term
// K1(0) = 1 removed), exactly as step 4 of tsne::fft. Its outputs feed tsne_reduce and
// tsne_update like those of tsne_repulse_exact.
// Bindings: 0 uniform Params, 1 storage y: array<f32> (n × 2, read), 2 storage pbox:
// array<u32> (n, read), 3 storage rank: array<u32> (nb², read), 4 storage pot:
// array<vec4<f32>> (read), 5 storage rep: array<f32> (n × 2, written), 6 storage zrow:
// array<f32> (n, written).
// Dispatch: ceil(n / 64) workgroups of 64 (one invocation per point), 2-D grid above the limit.

#import tsne_grid

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read> pbox: array<u32>;
@group(0) @binding(3) var<storage, read> rank: array<u32>;
@group(0) @binding(4) var<storage, read> pot: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read_write> rep: array<f32>;
@group(0) @binding(6) var<storage, read_write> zrow: array<f32>;

const WG: u32 = 64u;

@compute @workgroup_size(64)
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
    var phi = vec4<f32>(0.0);
    for (var r = 0u; r < 3u; r++) {
        for (var c = 0u; c < 3u; c++) {
            phi += (wy[r] * wx[c]) * pot[9u * k + 3u * r + c];
        }
    }
    let cx = px - params.centre;
    let cy = py - params.centre;
    rep[2u * i] = cx * phi.x - phi.y;
    rep[2u * i + 1u] = cy * phi.x - phi.z;
    zrow[i] = phi.w - 1.0;
}
