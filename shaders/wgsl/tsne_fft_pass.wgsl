// tsne_fft_pass: one radix-R pass (R = 16, 4 or 2: entry points radix16, radix4, radix2) of a
// Stockham FFT (autosorting: natural order after the passes, whose radices multiply to N) over
// lines of the convolution grid. For a line x of length N, with ns the product of the earlier
// passes' radices and item j in [0, N/R): k = j mod ns, v_r = x[j + r·N/R] · w^r with
// w = exp(−2πi·k/(ns·R)) (twiddle[k·N/(ns·R)], from a table computed in double precision on the
// host; its powers by complex products), an R-point DFT of v in registers (16 = 4 × 4), and
// out[(j − k)·R + k + r·ns] = V_r. Each invocation loads R values and stores R: four radix-2
// stages per round trip through memory instead of one, and no workgroup memory or barriers
// (software rasterisers such as lavapipe run barriers slowly). Forward transforms only, no
// scaling: the inverse is taken as conj(FFT(conj ·)), with the conjugations folded into
// tsne_fft_multiply and tsne_fft_unpad, and the 1/N² into the kernel spectrum. Lines are rows
// (flags bit 0 clear: element x of row l at l·N + x) or columns (bit 0 set: at x·N + l); a pass
// transforms lines 0 .. lines − 1.
// Bindings: 0 uniform Fft { n, lines, ns, flags }, 1 storage src: array<vec2<f32>> (N², read),
// 2 storage dst: array<vec2<f32>> (N², written), 3 storage twiddle: array<vec2<f32>> (N, read).
// Dispatch: ceil(lines · N/R / 64) workgroups of 64 (one invocation per item of a line), 2-D
// grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> src: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read_write> dst: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> twiddle: array<vec2<f32>>;

// Where one item of a pass reads and writes.
struct Item {
    // Element x of the line is at base + x · step.
    base: u32,
    step: u32,
    // Source element of r = 0, and the distance between r and r + 1 (N / R).
    j: u32,
    stride: u32,
    // Destination element of r = 0 ((j − k)·R + k); r + 1 is ns further.
    out: u32,
    // The twiddle w = exp(−2πi·k/(ns·R)).
    w: vec2<f32>,
}

// The item `id` of a radix-2^log_r pass, or `live` false past the last one.
fn item(id: u32, log_r: u32) -> Item {
    var it: Item;
    let log_n = countTrailingZeros(fft.n);
    let per_log = log_n - log_r;
    let per = 1u << per_log;
    var line = 0u;
    var j = 0u;
    if (fft.flags & 1u) != 0u {
        // Columns: neighbouring invocations take neighbouring lines (adjacent addresses).
        line = id & (fft.n - 1u);
        j = id >> log_n;
        it.base = line;
        it.step = fft.n;
    } else {
        j = id & (per - 1u);
        line = id >> per_log;
        it.base = line * fft.n;
        it.step = 1u;
    }
    let k = j & (fft.ns - 1u);
    it.j = j;
    it.stride = per;
    it.out = ((j - k) << log_r) + k;
    // k·N/(ns·R) = k << (log2 N − log2 ns − log2 R).
    it.w = twiddle[k << (per_log - countTrailingZeros(fft.ns))];
    return it;
}

fn count(log_r: u32) -> u32 {
    return fft.lines << (countTrailingZeros(fft.n) - log_r);
}

// −i·v.
fn mul_ni(v: vec2<f32>) -> vec2<f32> {
    return vec2<f32>(v.y, -v.x);
}

// The 4-point DFT (forward, exp(−2πi·rk/4)).
fn dft4(v0: vec2<f32>, v1: vec2<f32>, v2: vec2<f32>, v3: vec2<f32>) -> array<vec2<f32>, 4> {
    let s02 = v0 + v2;
    let d02 = v0 - v2;
    let s13 = v1 + v3;
    let d13 = mul_ni(v1 - v3);
    return array<vec2<f32>, 4>(s02 + s13, d02 + d13, s02 - s13, d02 - d13);
}

// exp(−2πi·t/16) for t = 1, 2, 3, 6, 9 (the inner twiddles of 16 = 4 × 4).
const C1: f32 = 0.92387953251128674;
const S1: f32 = 0.38268343236508978;
const H: f32 = 0.70710678118654752;

fn dft16(v: array<vec2<f32>, 16>) -> array<vec2<f32>, 16> {
    // r = r1 + 4·r2, k = k2 + 4·k1: 4-point DFTs over r2, twiddles exp(−2πi·r1·k2/16),
    // 4-point DFTs over r1.
    let a0 = dft4(v[0], v[4], v[8], v[12]);
    var a1 = dft4(v[1], v[5], v[9], v[13]);
    var a2 = dft4(v[2], v[6], v[10], v[14]);
    var a3 = dft4(v[3], v[7], v[11], v[15]);
    a1[1] = cmul(a1[1], vec2<f32>(C1, -S1));
    a1[2] = cmul(a1[2], vec2<f32>(H, -H));
    a1[3] = cmul(a1[3], vec2<f32>(S1, -C1));
    a2[1] = cmul(a2[1], vec2<f32>(H, -H));
    a2[2] = mul_ni(a2[2]);
    a2[3] = cmul(a2[3], vec2<f32>(-H, -H));
    a3[1] = cmul(a3[1], vec2<f32>(S1, -C1));
    a3[2] = cmul(a3[2], vec2<f32>(-H, -H));
    a3[3] = cmul(a3[3], vec2<f32>(-C1, S1));
    let b0 = dft4(a0[0], a1[0], a2[0], a3[0]);
    let b1 = dft4(a0[1], a1[1], a2[1], a3[1]);
    let b2 = dft4(a0[2], a1[2], a2[2], a3[2]);
    let b3 = dft4(a0[3], a1[3], a2[3], a3[3]);
    return array<vec2<f32>, 16>(
        b0[0], b1[0], b2[0], b3[0], b0[1], b1[1], b2[1], b3[1],
        b0[2], b1[2], b2[2], b3[2], b0[3], b1[3], b2[3], b3[3],
    );
}

// w^r for r < 16: w, w², w⁴ and w⁸ from the table, the rest by at most three products of
// them (a chain of products from w alone lost a factor of four in accuracy, which the
// potentials' cancellation in the forces magnifies).
fn powers16(it: Item) -> array<vec2<f32>, 16> {
    let k = it.j & (fft.ns - 1u);
    // k·N/(ns·16), as in item().
    let t = k << (countTrailingZeros(fft.n) - 4u - countTrailingZeros(fft.ns));
    let mask = fft.n - 1u;
    var p: array<vec2<f32>, 16>;
    p[0] = vec2<f32>(1.0, 0.0);
    p[1] = it.w;
    p[2] = twiddle[(2u * t) & mask];
    p[4] = twiddle[(4u * t) & mask];
    p[8] = twiddle[(8u * t) & mask];
    p[3] = cmul(p[2], p[1]);
    p[5] = cmul(p[4], p[1]);
    p[6] = cmul(p[4], p[2]);
    p[7] = cmul(p[6], p[1]);
    p[9] = cmul(p[8], p[1]);
    p[10] = cmul(p[8], p[2]);
    p[11] = cmul(p[10], p[1]);
    p[12] = cmul(p[8], p[4]);
    p[13] = cmul(p[12], p[1]);
    p[14] = cmul(p[12], p[2]);
    p[15] = cmul(p[14], p[1]);
    return p;
}

@compute @workgroup_size(64)
fn radix16(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(4u) {
        return;
    }
    let it = item(id, 4u);
    let p = powers16(it);
    var v: array<vec2<f32>, 16>;
    for (var r = 0u; r < 16u; r++) {
        v[r] = cmul(src[it.base + (it.j + r * it.stride) * it.step], p[r]);
    }
    let x = dft16(v);
    for (var r = 0u; r < 16u; r++) {
        dst[it.base + (it.out + r * fft.ns) * it.step] = x[r];
    }
}

@compute @workgroup_size(64)
fn radix4(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(2u) {
        return;
    }
    let it = item(id, 2u);
    let w2 = cmul(it.w, it.w);
    let w3 = cmul(w2, it.w);
    let s0 = it.base + it.j * it.step;
    let s1 = s0 + it.stride * it.step;
    let s2 = s1 + it.stride * it.step;
    let s3 = s2 + it.stride * it.step;
    let x = dft4(src[s0], cmul(src[s1], it.w), cmul(src[s2], w2), cmul(src[s3], w3));
    for (var r = 0u; r < 4u; r++) {
        dst[it.base + (it.out + r * fft.ns) * it.step] = x[r];
    }
}

@compute @workgroup_size(64)
fn radix2(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(1u) {
        return;
    }
    let it = item(id, 1u);
    let s0 = it.base + it.j * it.step;
    let s1 = s0 + it.stride * it.step;
    let d0 = it.base + it.out * it.step;
    let d1 = d0 + fft.ns * it.step;
    let u0 = src[s0];
    let u1 = cmul(src[s1], it.w);
    dst[d0] = u0 + u1;
    dst[d1] = u0 - u1;
}
