// tsne_fft_stage: one radix-2 Stockham stage (autosorting, natural order after log2 N stages)
// of the 2-D FFTs of the convolution grids, applied to every line of both grids at once.
// For a line x of length N, half-size p (1, 2, 4, …, N/2) and butterfly i in [0, N/2):
// k = i mod p, u0 = x[i], u1 = x[i + N/2] · exp(∓iπk/p) (− forward, + inverse; the factor is
// twiddle[k · N / 2p] = exp(−2πi·t/N), conjugated for the inverse, from a table computed in
// double precision on the host: GPU sin/cos, lavapipe's especially, cost accuracy here),
// out[2(i − k) + k] = u0 + u1, out[2(i − k) + k + p] = u0 − u1. No scaling (the 1/N² is folded
// into the kernel spectrum). Lines are rows (flags bit 0 clear: element x of row l at l·N + x)
// or columns (bit 0 set: at x·N + l); bit 1 set means inverse.
// Bindings: 0 uniform Fft { n, log_n, p, flags }, 1 storage src_a, 2 storage src_b:
// array<vec2<f32>> (N², read), 3 storage dst_a, 4 storage dst_b: array<vec2<f32>> (N², written),
// 5 storage twiddle: array<vec2<f32>> (N / 2, read).
// Dispatch: ceil(N · N / 2 / 64) workgroups of 64 (one invocation per butterfly of a line,
// both grids), 2-D grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> src_a: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read> src_b: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read_write> dst_a: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> dst_b: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read> twiddle: array<vec2<f32>>;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    let half = fft.n >> 1u;
    if id >= fft.n * half {
        return;
    }
    let line = id >> (fft.log_n - 1u);
    let i = id & (half - 1u);
    let k = i & (fft.p - 1u);
    let j = ((i - k) << 1u) + k;
    // Element x of this line lives at base + x · step.
    var base = line * fft.n;
    var step = 1u;
    if (fft.flags & 1u) != 0u {
        base = line;
        step = fft.n;
    }
    var w = twiddle[k * (half / fft.p)];
    if (fft.flags & 2u) != 0u {
        w.y = -w.y;
    }
    let s0 = base + i * step;
    let s1 = base + (i + half) * step;
    let d0 = base + j * step;
    let d1 = base + (j + fft.p) * step;
    let a0 = src_a[s0];
    let a1 = cmul(src_a[s1], w);
    dst_a[d0] = a0 + a1;
    dst_a[d1] = a0 - a1;
    let b0 = src_b[s0];
    let b1 = cmul(src_b[s1], w);
    dst_b[d0] = b0 + b1;
    dst_b[d1] = b0 - b1;
}
