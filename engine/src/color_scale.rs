//! How a numeric column maps to colour: linear, diverging around zero, or logarithmic, chosen
//! from the values so the window, `render` and the browser page agree.
//!
//! The rule ([`Scale::choose`], on the finite values):
//! - **diverging** when the values straddle zero and the smaller side reaches at least a tenth of
//!   the larger (a signed quantity: a residual, a score): zero sits at the middle of a
//!   two-sided map and ±`limit` at its ends, `limit` = the largest magnitude;
//! - **log** when every value is positive and the largest is at least 1000 times the median (a
//!   skewed count or size): positions follow `log10`;
//! - else **linear** from the minimum to the maximum.
//!
//! [`Scale::position`] puts a value on `[0, 1]` (NaN for a missing or non-finite one), where the
//! colour map is read.
//!
//! ```
//! use projector_engine::color_scale::Scale;
//! assert!(matches!(Scale::choose(&[-3.0, 1.0, 2.0]), Some(Scale::Diverging { limit }) if limit == 3.0));
//! assert!(matches!(Scale::choose(&[1.0, 2.0, 3.0, 5000.0]), Some(Scale::Log { .. })));
//! let s = Scale::choose(&[0.0, 5.0, 10.0]).unwrap();
//! assert_eq!(s.position(5.0), 0.5);
//! assert!(s.position(f32::NAN).is_nan());
//! ```

use serde::Serialize;

/// A mapping of numbers onto `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Scale {
    /// `min` → 0, `max` → 1.
    Linear {
        /// The smallest value.
        min: f32,
        /// The largest value.
        max: f32,
    },
    /// `-limit` → 0, zero → 0.5, `limit` → 1.
    Diverging {
        /// The largest magnitude.
        limit: f32,
    },
    /// `log10(min)` → 0, `log10(max)` → 1 (every value positive).
    Log {
        /// The smallest value (> 0).
        min: f32,
        /// The largest value.
        max: f32,
    },
}

/// The smaller side of a diverging column reaches at least this share of the larger.
const DIVERGING_BALANCE: f32 = 0.1;
/// A positive column is logarithmic when its maximum is at least this many times its median.
const LOG_SKEW: f32 = 1000.0;

impl Scale {
    /// The scale for `values` (see the module docs); `None` when none is finite.
    pub fn choose(values: &[f32]) -> Option<Scale> {
        let mut finite: Vec<f32> = values.iter().copied().filter(|v| v.is_finite()).collect();
        if finite.is_empty() {
            return None;
        }
        let (min, max) = finite
            .iter()
            .fold((f32::MAX, f32::MIN), |(a, b), &v| (a.min(v), b.max(v)));
        if min < 0.0 && max > 0.0 && (-min).min(max) >= DIVERGING_BALANCE * (-min).max(max) {
            return Some(Scale::Diverging {
                limit: (-min).max(max),
            });
        }
        if min > 0.0 {
            let mid = finite.len() / 2;
            let (_, median, _) = finite.select_nth_unstable_by(mid, f32::total_cmp);
            if max >= LOG_SKEW * *median {
                return Some(Scale::Log { min, max });
            }
        }
        Some(Scale::Linear { min, max })
    }

    /// Where `v` falls on `[0, 1]` (clamped); NaN for a non-finite value.
    pub fn position(&self, v: f32) -> f32 {
        if !v.is_finite() {
            return f32::NAN;
        }
        let t = match *self {
            Scale::Linear { min, max } => {
                if max > min {
                    (v - min) / (max - min)
                } else {
                    0.5
                }
            }
            Scale::Diverging { limit } => 0.5 + v / (2.0 * limit),
            Scale::Log { min, max } => {
                let (a, b) = (min.log10(), max.log10());
                if b > a {
                    (v.max(min).log10() - a) / (b - a)
                } else {
                    0.5
                }
            }
        };
        t.clamp(0.0, 1.0)
    }

    /// The value at position `t` (the inverse of [`Scale::position`]), for legend ticks.
    pub fn value_at(&self, t: f32) -> f32 {
        match *self {
            Scale::Linear { min, max } => min + t * (max - min),
            Scale::Diverging { limit } => (t - 0.5) * 2.0 * limit,
            Scale::Log { min, max } => 10f32.powf(min.log10() + t * (max.log10() - min.log10())),
        }
    }

    /// True for a two-sided scale (read with a diverging colour map).
    pub fn is_diverging(&self) -> bool {
        matches!(self, Scale::Diverging { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_picks_each_scale() {
        // Barely negative: still linear (a shifted positive quantity).
        assert!(matches!(
            Scale::choose(&[-0.01, 5.0, 10.0]),
            Some(Scale::Linear { .. })
        ));
        let d = Scale::choose(&[-4.0, 0.0, 2.0, f32::NAN]).unwrap();
        assert_eq!(d, Scale::Diverging { limit: 4.0 });
        assert_eq!(d.position(0.0), 0.5);
        assert_eq!(d.position(-4.0), 0.0);
        assert_eq!(d.position(2.0), 0.75);
        let l = Scale::choose(&[1.0, 1.0, 2.0, 10_000.0]).unwrap();
        assert!(matches!(l, Scale::Log { .. }));
        assert!((l.position(100.0) - 0.5).abs() < 1e-6);
        assert!((l.value_at(0.5) - 100.0).abs() < 1e-3);
        assert_eq!(Scale::choose(&[f32::NAN, f32::INFINITY]), None);
        let flat = Scale::choose(&[3.0, 3.0]).unwrap();
        assert_eq!(flat.position(3.0), 0.5);
    }
}
