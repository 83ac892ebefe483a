//! The low-dimensional similarity curve `1 / (1 + a·d^(2b))` and the fit of `a`, `b` to
//! `min_dist` and `spread`, as umap-learn's `find_ab_params` does with scipy's `curve_fit`:
//! a least-squares fit to the piecewise target (1 below `min_dist`, `exp(−(d − min_dist)/spread)`
//! above) on 300 points of `[0, 3·spread]`, here by Levenberg–Marquardt from `a = b = 1`.

use crate::error::{Error, Result};

/// Fits `(a, b)` for `min_dist` and `spread` (both positive, `min_dist` below `3·spread`).
pub fn fit_ab(min_dist: f32, spread: f32) -> Result<(f32, f32)> {
    if !(spread > 0.0 && spread.is_finite() && min_dist >= 0.0 && min_dist < 3.0 * spread) {
        return Err(Error::Invalid(format!(
            "UMAP needs spread > 0 and 0 ≤ min_dist < 3·spread (min_dist = {min_dist}, spread = {spread})"
        )));
    }
    let (md, sp) = (min_dist as f64, spread as f64);
    let m = 300;
    let xs: Vec<f64> = (0..m)
        .map(|i| 3.0 * sp * i as f64 / (m - 1) as f64)
        .collect();
    let ys: Vec<f64> = xs
        .iter()
        .map(|&x| if x < md { 1.0 } else { (-(x - md) / sp).exp() })
        .collect();
    let cost = |a: f64, b: f64| -> f64 {
        xs.iter()
            .zip(&ys)
            .map(|(&x, &y)| {
                let r = 1.0 / (1.0 + a * x.powf(2.0 * b)) - y;
                r * r
            })
            .sum()
    };
    let (mut a, mut b) = (1.0f64, 1.0f64);
    let mut lambda = 1e-3;
    let mut c = cost(a, b);
    for _ in 0..500 {
        // Normal equations JᵀJ δ = −Jᵀr for the two parameters.
        let (mut jaa, mut jab, mut jbb, mut ga, mut gb) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (&x, &y) in xs.iter().zip(&ys) {
            if x <= 0.0 {
                // f(0) = 1 whatever a and b: no gradient.
                continue;
            }
            let p = x.powf(2.0 * b);
            let den = 1.0 + a * p;
            let r = 1.0 / den - y;
            let da = -p / (den * den);
            let db = -a * p * 2.0 * x.ln() / (den * den);
            jaa += da * da;
            jab += da * db;
            jbb += db * db;
            ga += da * r;
            gb += db * r;
        }
        let mut improved = false;
        for _ in 0..30 {
            let (m11, m22) = (jaa * (1.0 + lambda), jbb * (1.0 + lambda));
            let det = m11 * m22 - jab * jab;
            if det.abs() < 1e-300 {
                lambda *= 10.0;
                continue;
            }
            let sa = -(m22 * ga - jab * gb) / det;
            let sb = -(m11 * gb - jab * ga) / det;
            let (na, nb) = (a + sa, b + sb);
            let nc = if na > 0.0 && nb > 0.0 {
                cost(na, nb)
            } else {
                f64::INFINITY
            };
            if nc < c {
                let rel = (c - nc) / c.max(1e-300);
                a = na;
                b = nb;
                c = nc;
                lambda = (lambda / 10.0).max(1e-12);
                improved = rel > 1e-15;
                break;
            }
            lambda *= 10.0;
        }
        if !improved {
            break;
        }
    }
    if !(a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0) {
        return Err(Error::Invalid(format!(
            "could not fit the UMAP curve for min_dist = {min_dist}, spread = {spread}"
        )));
    }
    Ok((a as f32, b as f32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ab_matches_umap_learn() {
        let (a, b) = fit_ab(0.1, 1.0).unwrap();
        assert!((a - 1.577).abs() < 0.002, "a = {a}");
        assert!((b - 0.895).abs() < 0.002, "b = {b}");
        // umap-learn: min_dist 0.5, spread 1 -> a = 0.5830, b = 1.3340
        let (a, b) = fit_ab(0.5, 1.0).unwrap();
        assert!((a - 0.583).abs() < 0.005, "a = {a}");
        assert!((b - 1.334).abs() < 0.005, "b = {b}");
    }

    #[test]
    fn bad_parameters_are_refused() {
        assert!(fit_ab(0.1, 0.0).is_err());
        assert!(fit_ab(5.0, 1.0).is_err());
        assert!(fit_ab(-1.0, 1.0).is_err());
    }
}
