// The parameters of the t-SNE FFT-convolution passes (tsne_fft_pass), mirrored by `FftParams`
// in engine/src/tsne/gpu/fft.rs — grid side n (2^a·3^b), lines a pass transforms, ns (the product
// of the radices of the passes before it), flags (bit 0: the lines are columns), nodes per side
// m = n/2 and boxes per side nb — and the complex product.
struct Fft {
    n: u32,
    lines: u32,
    ns: u32,
    flags: u32,
    m: u32,
    nb: u32,
    _pad0: u32,
    _pad1: u32,
}

fn cmul(u: vec2<f32>, v: vec2<f32>) -> vec2<f32> {
    return vec2<f32>(u.x * v.x - u.y * v.y, u.x * v.y + u.y * v.x);
}
