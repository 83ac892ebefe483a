//! The input's numeric scale, kept where f32 distances can hold it.
//!
//! The reducers work in f32: the k-NN search and t-SNE's bandwidth search square distances, the
//! GPU PCA sums products of values. Finite input far from 1 breaks them silently — values around
//! 1e30 square to infinity (t-SNE wrote NaN coordinates, PCA's quality figures came out as 1e-16),
//! values around 1e-30 square to zero. t-SNE and UMAP layouts do not depend on the input's scale,
//! and PCA's axes do not either (its means, variances and coordinates scale with it), so such
//! input is multiplied by a power of two that brings its largest magnitude to 1 before the
//! reducer runs, and PCA's fitted model is scaled back. A power of two changes no mantissa, and
//! input whose largest magnitude already lies within [`SAFE_MIN`, `SAFE_MAX`] — every ordinary
//! embedding — is left alone, so its seeded outputs stay bit for bit what they were.
//!
//! ```
//! use ndarray::array;
//! use projector_engine::scale;
//!
//! let ordinary = array![[0.5f32, -3.0], [2.0, 7.5]];
//! assert_eq!(scale::factor(ordinary.view()).unwrap(), None);
//! let huge = array![[1e30f32, -3e30], [2e30, 7e30]];
//! let f = scale::factor(huge.view()).unwrap().unwrap();
//! assert!((0.5..1.0).contains(&(7e30 * f)));
//! ```

use ndarray::{ArrayView2, CowArray, Ix2};

use crate::error::{Error, Result};

/// Largest magnitude left as it is. Above it, squared distances (up to `4·d·max²`) and the
/// bandwidth search's β (about `1/max²`, reached by halving from 1 in at most 100 steps) leave
/// f32's range or the search's reach.
pub const SAFE_MAX: f32 = 1e8;
/// Smallest largest-magnitude left as it is (all-zero input is left alone too).
pub const SAFE_MIN: f32 = 1e-8;

/// The power of two to multiply `data` by before a reducer, or `None` when its scale is safe
/// (an f64: the factor for subnormal input is beyond f32's range). Fails with
/// [`Error::Invalid`] naming the row and column of a NaN or infinite value.
pub fn factor(data: ArrayView2<'_, f32>) -> Result<Option<f64>> {
    crate::rows::max_abs(&data, "the embedding").map(factor_of_max)
}

/// The factor for a largest magnitude `max`.
pub(crate) fn factor_of_max(max: f32) -> Option<f64> {
    if max == 0.0 || (SAFE_MIN..=SAFE_MAX).contains(&max) {
        return None;
    }
    // max = m·2^e with m in [0.5, 1): max·2^-e lands in [0.5, 1).
    let e = f64::from(max).log2().floor() as i32 + 1;
    Some(2f64.powi(-e))
}

/// `data` at a safe scale: borrowed when it already is, else a scaled copy, with the factor
/// applied (1 when none was).
pub fn safe(data: ArrayView2<'_, f32>) -> Result<(CowArray<'_, f32, Ix2>, f64)> {
    Ok(match factor(data)? {
        None => (CowArray::from(data), 1.0),
        // Exact: a power of two times an f32, in f64, rounded back into f32's normal range.
        Some(f) => (CowArray::from(data.mapv(|v| (f64::from(v) * f) as f32)), f),
    })
}

/// Fails when a reducer's output holds a NaN or infinite coordinate: never written, never shown.
pub fn check_output(what: &str, coords: ArrayView2<'_, f32>) -> Result<()> {
    let d = coords.ncols().max(1);
    match coords.iter().position(|v| !v.is_finite()) {
        None => Ok(()),
        Some(pos) => Err(Error::Invalid(format!(
            "{what} produced a non-finite coordinate at row {}, column {} (nothing was written); \
             the input's values may be too large or too small to project",
            pos / d,
            pos % d
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    #[test]
    fn ordinary_scales_are_left_alone() {
        for max in [1e-8f32, 1e-3, 1.0, 255.0, 1e8] {
            let a = array![[max, -0.5 * max], [0.0, 0.25 * max]];
            assert_eq!(factor(a.view()).unwrap(), None, "{max}");
        }
        assert_eq!(factor(Array2::<f32>::zeros((3, 2)).view()).unwrap(), None);
    }

    #[test]
    fn huge_and_tiny_scales_come_to_one_by_a_power_of_two() {
        for max in [2e8f32, 1e30, 3e38, 1e-9, 1e-30, 1e-40, 1e-45] {
            let a = array![[max, -0.5 * max], [0.0, 0.25 * max]];
            let f = factor(a.view()).unwrap().unwrap();
            assert_eq!(f.log2().fract(), 0.0, "{max}: {f} is a power of two");
            let (s, g) = safe(a.view()).unwrap();
            assert_eq!(f, g);
            let top = s.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!((0.5..1.0).contains(&top), "{max}: scaled max {top}");
        }
    }

    #[test]
    fn non_finite_values_are_named() {
        let a = array![[1.0f32, 2.0], [3.0, f32::INFINITY]];
        let e = factor(a.view()).unwrap_err().to_string();
        assert!(e.contains("row 1, column 1"), "{e}");
        let c = array![[1.0f32, f32::NAN]];
        let e = check_output("t-SNE", c.view()).unwrap_err().to_string();
        assert!(e.contains("t-SNE") && e.contains("row 0, column 1"), "{e}");
        assert!(check_output("t-SNE", array![[1.0f32, 2.0]].view()).is_ok());
    }
}
