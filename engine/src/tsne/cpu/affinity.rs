//! CPU twin of `tsne_affinity.wgsl`: each point's bandwidth search and conditional row.

use rayon::prelude::*;

use crate::tsne::affinity::{SEARCH_STEPS, SEARCH_TOL};

/// Conditional probabilities `p_{j|i}` of one point from its neighbour distances (euclidean,
/// ascending), written into `out`. Mirrors `tsne_affinity.wgsl`.
pub(crate) fn conditional_row(dist: &[f32], log_perp: f32, out: &mut [f32]) {
    let k = dist.len();
    let mut dmin = f32::MAX;
    for &d in dist {
        dmin = dmin.min(d * d);
    }
    let mut beta = 1.0f32;
    let mut lo = 0.0f32;
    let mut hi = f32::MAX;
    for _ in 0..SEARCH_STEPS {
        let mut sum = 0.0f32;
        let mut wsum = 0.0f32;
        for &d in dist {
            let e = d * d - dmin;
            let p = (-beta * e).exp();
            sum += p;
            wsum += e * p;
        }
        let h = sum.ln() + beta * wsum / sum;
        if (h - log_perp).abs() < SEARCH_TOL {
            break;
        }
        if h > log_perp {
            lo = beta;
            beta = if hi == f32::MAX {
                beta * 2.0
            } else {
                (beta + hi) * 0.5
            };
        } else {
            hi = beta;
            beta = (beta + lo) * 0.5;
        }
    }
    // Final probabilities with the β found (sum recomputed with that β).
    let mut sum = 0.0f32;
    for &d in dist {
        sum += (-beta * (d * d - dmin)).exp();
    }
    for j in 0..k {
        let d = dist[j];
        out[j] = (-beta * (d * d - dmin)).exp() / sum;
    }
}

/// Conditional probabilities of every point (CPU twin of the affinity kernel), `n × k`.
pub(crate) fn conditional_cpu(distances: &[f32], k: usize, perplexity: f32) -> Vec<f32> {
    let log_perp = perplexity.ln();
    let mut out = vec![0f32; distances.len()];
    out.par_chunks_mut(k)
        .zip(distances.par_chunks(k))
        .for_each(|(o, d)| conditional_row(d, log_perp, o));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bandwidth_matches_perplexity() {
        let dist: Vec<f32> = (0..90).map(|j| 1.0 + j as f32 * 0.05).collect();
        let mut p = vec![0f32; 90];
        conditional_row(&dist, 30f32.ln(), &mut p);
        let h: f32 = -p
            .iter()
            .filter(|&&v| v > 0.0)
            .map(|v| v * v.ln())
            .sum::<f32>();
        assert!((h.exp() - 30.0).abs() < 0.05, "perplexity {}", h.exp());
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-5);
    }
}
