// tsne_fft_pad: writes the charges of the interpolation nodes into the zero-padded complex grid
// of the FFT convolution (tsne::gpu, `GpuFft`): node t at grid column npos_t.x and row npos_t.y
// (both < m = 3 · nb ≤ N / 2) gets a = (q_t, 0). The grid is N × N, row-major, cleared
// beforehand; every node has its own cell, so there are no write conflicts.
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage info: array<u32> (read: [0] =
// non-empty boxes), 2 storage charges: array<f32> (read), 3 storage npos: array<vec2<f32>>
// (read), 4 storage a: array<vec2<f32>> (N², written).
// Dispatch: ceil(9 · nb² / 64) workgroups of 64 (one invocation per possible node; those past
// 9 · info[0] return), 2-D grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> charges: array<f32>;
@group(0) @binding(3) var<storage, read> npos: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> a: array<vec2<f32>>;

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
    a[cell] = vec2<f32>(charges[t], 0.0);
}
