// tsne_fft_lines: whole 1-D FFTs of length N ≤ 2048 (a power of two), one workgroup per line of
// one of the two convolution grids, in workgroup memory: the line is loaded in bit-reversed
// order, then log2 N in-place radix-2 decimation-in-time stages run between barriers (for
// half-size p and butterfly i: k = i mod p, j = 2(i − k) + k, u1 = x[j + p] · exp(∓iπk/p),
// x[j] = u0 + u1, x[j + p] = u0 − u1; the factor is twiddle[k · N / 2p] = exp(−2πi·t/N),
// conjugated for the inverse), and the result is written back in place. Each workgroup owns its
// line, so reading and writing the same buffer is safe. Lines are rows (flags bit 0 clear:
// element x of row l at l·N + x) or columns (bit 0 set: at x·N + l); bit 1 set means inverse.
// Unscaled (the 1/N² is folded into the kernel spectrum). Grids with N > 2048 use
// tsne_fft_stage (one dispatch per stage) instead.
// Bindings: 0 uniform Fft { n, log_n, p, flags } (p unused), 1 storage a, 2 storage b:
// array<vec2<f32>> (N², read and written), 3 storage twiddle: array<vec2<f32>> (N / 2, read).
// Dispatch: (lines, 2) workgroups of 256: workgroup (l, g) transforms line l of grid g (a for
// g = 0, b for g = 1); rows past the non-zero (or needed) ones are simply not dispatched.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read_write> a: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read_write> b: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> twiddle: array<vec2<f32>>;

const WG: u32 = 256u;
var<workgroup> x: array<vec2<f32>, 2048>;

@compute @workgroup_size(256)
fn main(
    @builtin(local_invocation_index) lid: u32,
    @builtin(workgroup_id) wid: vec3<u32>,
) {
    let n = fft.n;
    let half = n >> 1u;
    let line = wid.x;
    var base = line * n;
    var step = 1u;
    if (fft.flags & 1u) != 0u {
        base = line;
        step = n;
    }
    let inverse = (fft.flags & 2u) != 0u;
    let shift = 32u - fft.log_n;
    for (var i = lid; i < n; i += WG) {
        let at = base + i * step;
        var v: vec2<f32>;
        if wid.y == 0u {
            v = a[at];
        } else {
            v = b[at];
        }
        x[reverseBits(i) >> shift] = v;
    }
    workgroupBarrier();
    for (var p = 1u; p < n; p <<= 1u) {
        let stride = half / p;
        for (var i = lid; i < half; i += WG) {
            let k = i & (p - 1u);
            let j = ((i - k) << 1u) + k;
            var w = twiddle[k * stride];
            if inverse {
                w.y = -w.y;
            }
            let u0 = x[j];
            let u1 = cmul(x[j + p], w);
            x[j] = u0 + u1;
            x[j + p] = u0 - u1;
        }
        workgroupBarrier();
    }
    for (var i = lid; i < n; i += WG) {
        let at = base + i * step;
        if wid.y == 0u {
            a[at] = x[i];
        } else {
            b[at] = x[i];
        }
    }
}
