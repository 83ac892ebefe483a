// Shared by the t-SNE FFT-convolution kernels (tsne_fft_*): their parameters — grid side n (a
// power of two), log2 n, a stage's half-size p, flags (bit 0: columns, bit 1: inverse) — and
// the complex product.
struct Fft {
    n: u32,
    log_n: u32,
    p: u32,
    flags: u32,
}

fn cmul(u: vec2<f32>, v: vec2<f32>) -> vec2<f32> {
    return vec2<f32>(u.x * v.x - u.y * v.y, u.x * v.y + u.y * v.x);
}
