// tsne_fft_multiply: the convolution's product in the frequency domain, and Z by Parseval. With
// kern_g = Ĝ / N² and kern_k1 = K̂1 / N², Ĝ the spectrum of the force kernels Gx + i·Gy (so the inverse of
// S·Ĝ is Fx + i·Fy, both forces at once) and K̂1 the real spectrum of K1 = 1/(1 + r²): writes
// the conjugate conj(S·Ĝ) (the inverse transform is then the forward one, tsne_fft_pass, and
// tsne_fft_unpad conjugates back), and sums K̂1·|S|² over its 16 frequencies into zpart: summed
// over every frequency that is Σ_nodes q · (K1 ∗ q), the interpolated Σ_i Σ_j K1(y_i − y_j)
// (tsne_reduce then takes off the n self terms).
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage kern_g: array<vec2<f32>> (N², read),
// 2 storage kern_k1: array<f32> (N², read), 3 storage a: array<vec2<f32>> (N², read), 4 storage
// a_out: array<vec2<f32>> (N², written), 5 storage zpart: array<f32> (⌈N² / 16⌉, written).
// Dispatch: ceil(⌈N² / 16⌉ / 64) workgroups of 64 (one invocation per 16 consecutive
// frequencies), 2-D grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> kern_g: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read> kern_k1: array<f32>;
@group(0) @binding(3) var<storage, read> a: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> a_out: array<vec2<f32>>;
@group(0) @binding(5) var<storage, read_write> zpart: array<f32>;

@compute @workgroup_size(64)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let t = gid.x + gid.y * groups.x * 64u;
    let total = fft.n * fft.n;
    if t >= (total + 15u) / 16u {
        return;
    }
    var z = 0.0;
    for (var i = 0u; i < 16u; i++) {
        let f = 16u * t + i;
        if f >= total {
            break;
        }
        let s = a[f];
        let p = cmul(s, kern_g[f]);
        a_out[f] = vec2<f32>(p.x, -p.y);
        z += kern_k1[f] * dot(s, s);
    }
    zpart[t] = z;
}
