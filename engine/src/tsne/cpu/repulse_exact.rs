//! CPU twin of `tsne_repulse_exact.wgsl`: the exact O(n²) repulsion and the row sums of Z.

use rayon::prelude::*;

/// Exact repulsion: `rep_i = Σ_{j≠i} w_ij² (y_i − y_j)` into `out` and the row sums
/// `Σ_{j≠i} w_ij` into `zrow`; returns Z = Σ zrow (summed in order). Mirrors
/// `tsne_repulse_exact.wgsl` (which walks j in the same order, in tiles).
pub(crate) fn repulsive_exact(y: &[f32], dims: usize, out: &mut [f32], zrow: &mut [f32]) -> f64 {
    let n = y.len() / dims;
    out.par_chunks_mut(dims)
        .zip(zrow.par_iter_mut())
        .enumerate()
        .for_each(|(i, (o, z))| {
            let mut yi = [0f32; 3];
            yi[..dims].copy_from_slice(&y[i * dims..i * dims + dims]);
            let mut acc = [0f32; 3];
            let mut zs = 0f32;
            for j in 0..n {
                if j == i {
                    continue;
                }
                let mut diff = [0f32; 3];
                let mut d2 = 0f32;
                for d in 0..dims {
                    diff[d] = yi[d] - y[j * dims + d];
                    d2 += diff[d] * diff[d];
                }
                let w = 1.0 / (1.0 + d2);
                zs += w;
                let w2 = w * w;
                for d in 0..dims {
                    acc[d] += w2 * diff[d];
                }
            }
            o.copy_from_slice(&acc[..dims]);
            *z = zs;
        });
    zrow.iter().map(|&v| v as f64).sum()
}
