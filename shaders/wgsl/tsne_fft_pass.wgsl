// tsne_fft_pass: one radix-R pass (R = 16, 9, 8, 4, 3 or 2: entry points radix16 … radix2) of
// a Stockham FFT (autosorting: natural order after the passes, whose radices multiply to N)
// over lines of the convolution grid, and the first and last passes of the convolution's four
// transforms fused with what comes before and after them (the pipeline-overridable ROLE).
// For a line x of length N, with ns the product of the earlier passes' radices and item j in
// [0, N/R): k = j mod ns, v_r = x[j + r·N/R] · w^r with w = exp(−2πi·k/(ns·R))
// (twiddle[k·N/(ns·R)], from a table computed in double precision on the host; its powers from
// the table and by complex products), an R-point DFT of v in registers (16 = 4 × 4, 9 = 3 × 3,
// 8 = 2 × 4), and out[(j − k)·R + k + r·ns] = V_r. Each invocation loads R values and stores R:
// up to four radix-2 stages per round trip through memory, no workgroup memory or barriers. On
// lavapipe a pass costs about the same whatever its radix (per-lane loads and stores dominate),
// so the plans use the largest radices. Forward transforms only, no scaling: the inverse is
// taken as conj(FFT(conj ·)), the conjugations folded into the multiply and the last pass, and
// the 1/N² into the kernel spectrum. Lines are rows (flags bit 0 clear: element x of line l at
// l·N + x) or columns (bit 0 set: at x·N + l); a pass transforms lines 0 .. lines − 1.
//
// The convolution (tsne::gpu, `GpuFft`) runs four transforms of an N × N grid, N = 2m, whose
// charges fill only the m × m corner, and reads back only that corner:
// 1. Rows, forward: the charges are real, so line k packs rows 2k and 2k + 1 as one complex row
//    (⌈m/2⌉ lines). Its first pass (ROLE_CHARGES) reads them from the packed copy
//    tsne_grid_charges writes (⌈m/2⌉ × m complex cells), zero past m: no padding kernel and
//    no cleared grid.
// 2. Columns, forward, only kx = 0 … N/2 (the rest is the Hermitian mirror). The first pass
//    (ROLE_UNPACK) takes row y's spectrum apart from packed row y/2: with Z = Z(kx) and
//    Z' = Z(N − kx), even y gets (Z + conj Z')/2 and odd y gets (Z − conj Z')/(2i); rows past m
//    are zero. The last pass (ROLE_MULTIPLY) multiplies each frequency f by the kernel spectrum
//    Ĝ (of Gx + i·Gy) and writes conj(S·Ĝ) at f and, for 0 < kx < N/2, the mirror
//    conj(S(−f)·Ĝ(−f)) = conj(−conj(S)·Ĝ) at −f (Gx and Gy are real and point-odd, so
//    Ĝ(−f) = −Ĝ(f)); it also sums K̂1·|S|² over its frequencies, twice for mirrored ones, into
//    zpart (Z by Parseval; tsne_reduce adds the parts and takes off the n self terms).
// 3. Columns, inverse, all N; the last pass (ROLE_HALF) stores only rows below m.
// 4. Rows, inverse, the m rows below m; the last pass (ROLE_POT) writes the forces of the
//    nodes of non-empty boxes straight into pot (conjugating back), columns below m only.
// Bindings: 0 uniform Fft { n, lines, ns, flags, m, nb }, 1 storage src: array<vec2<f32>> (N²,
// read), 2 storage dst: array<vec2<f32>> (N², written), 3 storage twiddle: array<vec2<f32>>
// (N, read), 4 storage rank: array<u32> (nb², read), 5 storage packed: array<vec2<f32>>
// (⌈m/2⌉ × m, read), 6 storage kern: array<vec4<f32>> (N × (N/2 + 1): Ĝ/N² in xy, K̂1/N²
// in z, read), 7 storage zpart: array<f32> (one per item of the multiply pass, written),
// 8 storage pot: array<vec4<f32>> (9 per non-empty box, written).
// Dispatch: ceil(lines · N/R / 64) workgroups of 64 (one invocation per item of a line), 2-D
// grid above the limit.

#import tsne_fft

@group(0) @binding(0) var<uniform> fft: Fft;
@group(0) @binding(1) var<storage, read> src: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read_write> dst: array<vec2<f32>>;
@group(0) @binding(3) var<storage, read> twiddle: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read> rank: array<u32>;
@group(0) @binding(5) var<storage, read> packed: array<vec2<f32>>;
@group(0) @binding(6) var<storage, read> kern: array<vec4<f32>>;
@group(0) @binding(7) var<storage, read_write> zpart: array<f32>;
@group(0) @binding(8) var<storage, read_write> pot: array<vec4<f32>>;

// What the pass loads and stores besides plain grid values (bits; see the header).
override ROLE: u32 = 0u;
// The bits, set from tsne::gpu::fft's constants of the same names.
override ROLE_CHARGES: u32;
override ROLE_UNPACK: u32;
override ROLE_MULTIPLY: u32;
override ROLE_HALF: u32;
override ROLE_POT: u32;
// rank of an empty box (tsne_grid_scan).
const EMPTY: u32 = 0xffffffffu;

// Where one item of a pass reads and writes.
struct Item {
    // The line.
    line: u32,
    // Element x of the line is at base + x · step.
    base: u32,
    step: u32,
    // Source element of r = 0, and the distance between r and r + 1 (N / R).
    j: u32,
    stride: u32,
    // Destination element of r = 0 ((j − k)·R + k); r + 1 is ns further.
    out: u32,
    // Table index of the twiddle w = exp(−2πi·k/(ns·R)), i.e. k·N/(ns·R), and w itself.
    t: u32,
    w: vec2<f32>,
}

// The item `id` of a radix-R pass.
fn item(id: u32, r: u32) -> Item {
    var it: Item;
    let per = fft.n / r;
    var line = 0u;
    var j = 0u;
    if (fft.flags & 1u) != 0u {
        // Columns: neighbouring invocations take neighbouring lines (adjacent addresses).
        line = id % fft.lines;
        j = id / fft.lines;
        it.base = line;
        it.step = fft.n;
    } else {
        j = id % per;
        line = id / per;
        it.base = line * fft.n;
        it.step = 1u;
    }
    let k = j % fft.ns;
    it.line = line;
    it.j = j;
    it.stride = per;
    it.out = (j - k) * r + k;
    it.t = k * (per / fft.ns);
    it.w = twiddle[it.t];
    return it;
}

fn count(r: u32) -> u32 {
    return fft.lines * (fft.n / r);
}

// Element r of an item: x[j + r·N/R] of its line, by role.
fn load(it: Item, r: u32) -> vec2<f32> {
    let x = it.j + r * it.stride;
    if (ROLE & ROLE_CHARGES) != 0u {
        // Packed row: rows 2·line and 2·line + 1 of the charges, as tsne_grid_spread wrote
        // them.
        if x >= fft.m {
            return vec2<f32>(0.0);
        }
        return packed[it.line * fft.m + x];
    }
    if (ROLE & ROLE_UNPACK) != 0u {
        // Column kx = line, row y = x: row y's spectrum at kx, from packed row y/2.
        if x >= fft.m {
            return vec2<f32>(0.0);
        }
        let row = (x / 2u) * fft.n;
        let z = src[row + it.line];
        let zm = src[row + (fft.n - it.line) % fft.n];
        let c = vec2<f32>(zm.x, -zm.y);
        if (x & 1u) == 0u {
            return 0.5 * (z + c);
        }
        return 0.5 * mul_ni(z - c);
    }
    return src[it.base + x * it.step];
}

// Result r of an item goes to out[(j − k)·R + k + r·ns] of its line, by role. Returns the
// multiply's term of Z (zero for the other roles).
fn store(it: Item, r: u32, v: vec2<f32>) -> f32 {
    let x = it.out + r * fft.ns;
    if (ROLE & ROLE_MULTIPLY) != 0u {
        // Column kx = line, frequency row ky = x.
        let kx = it.line;
        let k = kern[x * (fft.n / 2u + 1u) + kx];
        let p = cmul(v, k.xy);
        dst[x * fft.n + kx] = vec2<f32>(p.x, -p.y);
        var weight = 1.0;
        if kx != 0u && 2u * kx != fft.n {
            let q = cmul(vec2<f32>(-v.x, v.y), k.xy);
            dst[((fft.n - x) % fft.n) * fft.n + fft.n - kx] = vec2<f32>(q.x, -q.y);
            weight = 2.0;
        }
        return weight * k.z * dot(v, v);
    }
    if (ROLE & ROLE_HALF) != 0u && x >= fft.m {
        return 0.0;
    }
    if (ROLE & ROLE_POT) != 0u {
        // Row y = line, column x: the node's force, conjugated back.
        if x >= fft.m {
            return 0.0;
        }
        let y = it.line;
        let k = rank[(y / 3u) * fft.nb + x / 3u];
        if k != EMPTY {
            pot[9u * k + 3u * (y % 3u) + x % 3u] = vec4<f32>(v.x, -v.y, 0.0, 0.0);
        }
        return 0.0;
    }
    dst[it.base + x * it.step] = v;
    return 0.0;
}

// After the stores: the multiply's partial sum of Z, one per item.
fn finish(id: u32, z: f32) {
    if (ROLE & ROLE_MULTIPLY) != 0u {
        zpart[id] = z;
    }
}

// w^r for r < 8: w, w² and w⁴ from the table (4·t < N), the rest by one or two products of
// them (a chain of products from w alone is several times less accurate).
fn powers8(it: Item) -> array<vec2<f32>, 8> {
    var p: array<vec2<f32>, 8>;
    p[0] = vec2<f32>(1.0, 0.0);
    p[1] = it.w;
    p[2] = twiddle[2u * it.t];
    p[4] = twiddle[4u * it.t];
    p[3] = cmul(p[2], p[1]);
    p[5] = cmul(p[4], p[1]);
    p[6] = cmul(p[4], p[2]);
    p[7] = cmul(p[6], p[1]);
    return p;
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

// w^r for r < 16: those below 8, w⁸ from the table (8·t < N / 2), and products of the two.
fn powers16(it: Item) -> array<vec2<f32>, 16> {
    let q = powers8(it);
    let w8 = twiddle[8u * it.t];
    var p: array<vec2<f32>, 16>;
    for (var r = 0u; r < 8u; r++) {
        p[r] = q[r];
        p[r + 8u] = cmul(w8, q[r]);
    }
    return p;
}

@compute @workgroup_size(64)
fn radix16(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(16u) {
        return;
    }
    let it = item(id, 16u);
    var z = 0.0;
    let p = powers16(it);
    var v: array<vec2<f32>, 16>;
    for (var r = 0u; r < 16u; r++) {
        v[r] = cmul(load(it, r), p[r]);
    }
    let x = dft16(v);
    for (var r = 0u; r < 16u; r++) {
        z += store(it, r, x[r]);
    }
    finish(id, z);
}

@compute @workgroup_size(64)
fn radix4(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(4u) {
        return;
    }
    let it = item(id, 4u);
    var z = 0.0;
    let w2 = twiddle[2u * it.t];
    let w3 = cmul(w2, it.w);
    let x = dft4(
        load(it, 0u),
        cmul(load(it, 1u), it.w),
        cmul(load(it, 2u), w2),
        cmul(load(it, 3u), w3),
    );
    for (var r = 0u; r < 4u; r++) {
        z += store(it, r, x[r]);
    }
    finish(id, z);
}

@compute @workgroup_size(64)
fn radix2(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(2u) {
        return;
    }
    let it = item(id, 2u);
    var z = 0.0;
    let u0 = load(it, 0u);
    let u1 = cmul(load(it, 1u), it.w);
    z += store(it, 0u, u0 + u1);
    z += store(it, 1u, u0 - u1);
    finish(id, z);
}

// sin(2π/3): the 3-point DFT is X0 = a + b + c, X1,2 = a − (b + c)/2 ∓ i·SIN3·(b − c).
const SIN3: f32 = 0.86602540378443865;

@compute @workgroup_size(64)
fn radix3(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(3u) {
        return;
    }
    let it = item(id, 3u);
    var z = 0.0;
    let x = dft3(
        load(it, 0u),
        cmul(load(it, 1u), it.w),
        cmul(load(it, 2u), twiddle[2u * it.t]),
    );
    for (var r = 0u; r < 3u; r++) {
        z += store(it, r, x[r]);
    }
    finish(id, z);
}

// The 3-point DFT.
fn dft3(a: vec2<f32>, b: vec2<f32>, c: vec2<f32>) -> array<vec2<f32>, 3> {
    let sum = b + c;
    let mid = a - 0.5 * sum;
    let rot = SIN3 * mul_ni(b - c);
    return array<vec2<f32>, 3>(a + sum, mid + rot, mid - rot);
}

// exp(−2πi·t/9) for t = 1, 2, 4 (the inner twiddles of 9 = 3 × 3).
const W9_1: vec2<f32> = vec2<f32>(0.76604444311897804, -0.64278760968653933);
const W9_2: vec2<f32> = vec2<f32>(0.17364817766693035, -0.98480775301220806);
const W9_4: vec2<f32> = vec2<f32>(-0.93969262078590838, -0.34202014332566873);

@compute @workgroup_size(64)
fn radix9(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(9u) {
        return;
    }
    let it = item(id, 9u);
    var z = 0.0;
    // w^r: those below 8, and w⁸ = (w⁴)².
    let p = powers8(it);
    var v: array<vec2<f32>, 9>;
    for (var r = 0u; r < 8u; r++) {
        v[r] = cmul(load(it, r), p[r]);
    }
    v[8] = cmul(load(it, 8u), cmul(p[4], p[4]));
    // r = r1 + 3·r2, k = k2 + 3·k1.
    let a0 = dft3(v[0], v[3], v[6]);
    var a1 = dft3(v[1], v[4], v[7]);
    var a2 = dft3(v[2], v[5], v[8]);
    a1[1] = cmul(a1[1], W9_1);
    a1[2] = cmul(a1[2], W9_2);
    a2[1] = cmul(a2[1], W9_2);
    a2[2] = cmul(a2[2], W9_4);
    let b0 = dft3(a0[0], a1[0], a2[0]);
    let b1 = dft3(a0[1], a1[1], a2[1]);
    let b2 = dft3(a0[2], a1[2], a2[2]);
    let x = array<vec2<f32>, 9>(b0[0], b1[0], b2[0], b0[1], b1[1], b2[1], b0[2], b1[2], b2[2]);
    for (var r = 0u; r < 9u; r++) {
        z += store(it, r, x[r]);
    }
    finish(id, z);
}

@compute @workgroup_size(64)
fn radix8(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let id = gid.x + gid.y * groups.x * 64u;
    if id >= count(8u) {
        return;
    }
    let it = item(id, 8u);
    var z = 0.0;
    let p = powers8(it);
    var v: array<vec2<f32>, 8>;
    for (var r = 0u; r < 8u; r++) {
        v[r] = cmul(load(it, r), p[r]);
    }
    // r = r1 + 2·r2, k = k2 + 4·k1: 4-point DFTs over r2, twiddles exp(−2πi·r1·k2/8), then the
    // 2-point DFT over r1.
    let a0 = dft4(v[0], v[2], v[4], v[6]);
    let a1 = dft4(v[1], v[3], v[5], v[7]);
    let t = array<vec2<f32>, 4>(
        a1[0],
        cmul(a1[1], vec2<f32>(H, -H)),
        mul_ni(a1[2]),
        cmul(a1[3], vec2<f32>(-H, -H)),
    );
    for (var r = 0u; r < 4u; r++) {
        z += store(it, r, a0[r] + t[r]);
        z += store(it, r + 4u, a0[r] - t[r]);
    }
    finish(id, z);
}
