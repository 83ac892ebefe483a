// tsne_fft_unpad: reads the convolved grid back at the interpolation nodes: the forces
// pot_t = (Σ_s q_s Gx, Σ_s q_s Gy, 0, 0) at grid column npos_t.x, row npos_t.y (the sums of
// tsne_grid_conv, by FFT). The grid holds the forward transform of the conjugated product (see
// tsne_fft_multiply), i.e. conj(Fx + i·Fy): the imaginary part flips back here.
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage info: array<u32> (read: [0] =
// non-empty boxes), 2 storage npos: array<vec2<f32>> (read), 3 storage a: array<vec2<f32>>
// (N², read), 4 storage pot: array<vec4<f32>> (written).
// Dispatch: ceil(9 · nb² / 64) workgroups of 64 (one invocation per possible node; those past
// 9 · info[0] return), 2-D grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> npos: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> a: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> pot: array<vec4<f32>>;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let t = gid.x + gid.y * groups.x * 64u;
    if t >= 9u * info[0] {
        return;
    }
    let v = a[u32(npos[t].y) * fft.n + u32(npos[t].x)];
    pot[t] = vec4<f32>(v.x, -v.y, 0.0, 0.0);
}
