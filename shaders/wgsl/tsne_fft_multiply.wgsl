// tsne_fft_multiply: the convolution's product in the frequency domain. With the real kernel
// spectra kern_f = (K1^, K2^) / N² (both kernels are real and even, so their spectra are real):
// a' = K2^ · a (a holds charges q0 + i·q1, both under K2), and for b = q2 + i·q0 (q2 under K2,
// q0 under K1) the two real channels are split by Hermitian symmetry with the mirror
// b(−f) = b((N − r) mod N, (N − c) mod N): Y = (b + conj b(−f)) / 2, O = (b − conj b(−f)) / 2i,
// b' = K2^ · Y + i · K1^ · O. Writes the conjugates conj(a'), conj(b'): the inverse transform is
// then the forward one (tsne_fft_pass), and tsne_fft_unpad conjugates back. Reads one pair of
// buffers and writes the other (no in-place hazard between f and −f).
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage kern: array<vec2<f32>> (N², read),
// 2 storage a, 3 storage b: array<vec2<f32>> (N², read), 4 storage a_out, 5 storage b_out:
// array<vec2<f32>> (N², written).
// Dispatch: ceil(N² / 64) workgroups of 64 (one invocation per frequency), 2-D grid above the
// limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> kern: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read> a: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> b: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> a_out: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read_write> b_out: array<vec2<f32>>;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let f = gid.x + gid.y * groups.x * 64u;
    let n = fft.n;
    if f >= n * n {
        return;
    }
    let r = f / n;
    let c = f - r * n;
    let mirror = ((n - r) & (n - 1u)) * n + ((n - c) & (n - 1u));
    let k = kern[f];
    let av = a[f] * k.y;
    a_out[f] = vec2<f32>(av.x, -av.y);
    let z = b[f];
    let zn = b[mirror];
    let yv = vec2<f32>(0.5 * (z.x + zn.x), 0.5 * (z.y - zn.y));
    let ov = vec2<f32>(0.5 * (z.y + zn.y), -0.5 * (z.x - zn.x));
    b_out[f] = vec2<f32>(k.y * yv.x - k.x * ov.y, -(k.y * yv.y + k.x * ov.x));
}
