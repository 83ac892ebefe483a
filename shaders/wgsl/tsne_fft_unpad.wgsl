// tsne_fft_unpad: reads the convolved grids back at the interpolation nodes, giving each node
// the potentials tsne_grid_interp expects: pot_t = (Σ K2·q0, Σ K2·q1, Σ K2·q2, Σ K1·q0) =
// (a'.x, a'.y, b'.x, b'.y) at grid column npos_t.x, row npos_t.y (the same sums as the direct
// sum of tsne_grid_conv, by FFT). The grids hold the forward transform of the conjugated
// product (see tsne_fft_multiply), i.e. conj(a'), conj(b'): the imaginary parts flip back here.
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage info: array<u32> (read: [0] =
// non-empty boxes), 2 storage npos: array<vec2<f32>> (read), 3 storage a, 4 storage b:
// array<vec2<f32>> (N², read), 5 storage pot: array<vec4<f32>> (written).
// Dispatch: ceil(9 · nb² / 64) workgroups of 64 (one invocation per possible node; those past
// 9 · info[0] return), 2-D grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> npos: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> a: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read> b: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read_write> pot: array<vec4<f32>>;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let t = gid.x + gid.y * groups.x * 64u;
    if t >= 9u * info[0] {
        return;
    }
    let cell = u32(npos[t].y) * fft.n + u32(npos[t].x);
    let av = a[cell];
    let bv = b[cell];
    pot[t] = vec4<f32>(av.x, -av.y, bv.x, -bv.y);
}
