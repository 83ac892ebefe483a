// Shared by the t-SNE FFT-convolution kernels (tsne_fft_*): their parameters — grid side n (a
// power of two), lines a pass transforms, ns (the product of the radices of the passes before
// it), flags (bit 0: the lines are columns) — and the complex product.
struct Fft {
    n: u32,
    lines: u32,
    ns: u32,
    flags: u32,
}

fn cmul(u: vec2<f32>, v: vec2<f32>) -> vec2<f32> {
    return vec2<f32>(u.x * v.x - u.y * v.y, u.x * v.y + u.y * v.x);
}
