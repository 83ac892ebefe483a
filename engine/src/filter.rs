//! Which rows to show: the classes of a column, or a numeric column's range — what the
//! viewers' legend ticks and range sliders do, written as text for `render --filter`.
//!
//! `COL=a,b,c` keeps the rows whose class in `COL` (a categorical column, text or integer
//! labels) is one of those; `COL=LO..HI` keeps the rows whose number in `COL` lies in
//! `[LO, HI]` (either end may be left out: `COL=..5`, `COL=0.5..`). Several filters keep the
//! rows that pass all of them. A missing column, a class the column does not have, or a range
//! on a column that is not numeric is an [`Error::Invalid`] that says what exists.
//!
//! ```
//! use projector_engine::filter::Filter;
//! use projector_engine::{ColumnData, Table};
//! let mut t = Table::new();
//! t.add_column("label", ColumnData::Text(vec!["a".into(), "b".into(), "a".into()])).unwrap();
//! t.add_column("score", ColumnData::Numeric(vec![0.5, 2.0, 9.0])).unwrap();
//! let rows = [0, 1, 2];
//! let f: Filter = "label=a".parse().unwrap();
//! assert_eq!(f.mask(&t, &rows).unwrap(), [true, false, true]);
//! let g: Filter = "score=1..".parse().unwrap();
//! assert_eq!(g.mask(&t, &rows).unwrap(), [false, true, true]);
//! assert!("label=z".parse::<Filter>().unwrap().mask(&t, &rows).is_err());
//! ```

use std::str::FromStr;

use crate::error::{Error, Result};
use crate::table::{ColumnData, Table};

/// A condition on one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// Rows whose class is one of `keep`.
    Classes {
        /// The column.
        column: String,
        /// The classes kept, as written.
        keep: Vec<String>,
    },
    /// Rows whose value lies in `[lo, hi]`.
    Range {
        /// The column.
        column: String,
        /// Lower bound (−∞ when left out).
        lo: f64,
        /// Upper bound (+∞ when left out).
        hi: f64,
    },
}

impl FromStr for Filter {
    type Err = Error;
    fn from_str(s: &str) -> Result<Filter> {
        let bad = || {
            Error::Invalid(format!(
                "filter '{s}': write COL=class,class or COL=LO..HI (an end may be left out)"
            ))
        };
        let (column, what) = s.split_once('=').ok_or_else(bad)?;
        let column = column.trim().to_string();
        if column.is_empty() || what.trim().is_empty() {
            return Err(bad());
        }
        if let Some((a, b)) = what.split_once("..") {
            let end = |t: &str, open: f64| -> Result<f64> {
                let t = t.trim();
                if t.is_empty() {
                    Ok(open)
                } else {
                    t.parse::<f64>()
                        .ok()
                        .filter(|v| !v.is_nan())
                        .ok_or_else(bad)
                }
            };
            let (lo, hi) = (end(a, f64::NEG_INFINITY)?, end(b, f64::INFINITY)?);
            if lo > hi {
                return Err(Error::Invalid(format!("filter '{s}': {lo} is above {hi}")));
            }
            return Ok(Filter::Range { column, lo, hi });
        }
        Ok(Filter::Classes {
            column,
            keep: what.split(',').map(|c| c.trim().to_string()).collect(),
        })
    }
}

impl Filter {
    /// Whether each of the table rows `rows` passes.
    pub fn mask(&self, table: &Table, rows: &[usize]) -> Result<Vec<bool>> {
        let name = match self {
            Filter::Classes { column, .. } | Filter::Range { column, .. } => column,
        };
        let c = table.column(name).ok_or_else(|| {
            Error::Invalid(format!(
                "no column '{name}' to filter on (columns: {})",
                table.column_list()
            ))
        })?;
        match self {
            Filter::Range { lo, hi, .. } => match &c.data {
                ColumnData::Numeric(v) => {
                    Ok(rows.iter().map(|&r| v[r] >= *lo && v[r] <= *hi).collect())
                }
                _ => Err(Error::Invalid(format!(
                    "'{name}' is not numeric: filter it by class (COL=a,b)"
                ))),
            },
            Filter::Classes { keep, .. } => {
                let labels = table.labels(name, rows)?.ok_or_else(|| {
                    Error::Invalid(format!(
                        "'{name}' has no classes: filter it by range (COL=LO..HI)"
                    ))
                })?;
                let mut wanted = vec![false; labels.classes.len()];
                for k in keep {
                    let i = labels.classes.iter().position(|c| c == k).ok_or_else(|| {
                        Error::Invalid(format!(
                            "'{name}' has no class '{k}' (classes: {})",
                            labels.classes.join(", ")
                        ))
                    })?;
                    wanted[i] = true;
                }
                Ok(labels.codes.iter().map(|&c| wanted[c as usize]).collect())
            }
        }
    }

    /// The rows passing every filter of `filters` (all rows when there are none).
    pub fn mask_all(filters: &[Filter], table: &Table, rows: &[usize]) -> Result<Vec<bool>> {
        let mut keep = vec![true; rows.len()];
        for f in filters {
            for (k, pass) in keep.iter_mut().zip(f.mask(table, rows)?) {
                *k &= pass;
            }
        }
        Ok(keep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_and_errors() {
        assert_eq!(
            "x=..2".parse::<Filter>().unwrap(),
            Filter::Range {
                column: "x".into(),
                lo: f64::NEG_INFINITY,
                hi: 2.0
            }
        );
        for bad in ["", "x", "=1", "x=", "x=a..b", "x=3..1"] {
            assert!(bad.parse::<Filter>().is_err(), "{bad}");
        }
        let mut t = Table::new();
        t.add_column("target", ColumnData::Numeric(vec![1.0, 7.0, 3.0, 7.0]))
            .unwrap();
        t.add_column("name", ColumnData::Text(vec!["p".into(); 4]))
            .unwrap();
        let rows = [0, 1, 2, 3];
        let f: Filter = "target=7,1".parse().unwrap();
        assert_eq!(f.mask(&t, &rows).unwrap(), [true, true, false, true]);
        let both = [f, "target=2..".parse().unwrap()];
        assert_eq!(
            Filter::mask_all(&both, &t, &rows).unwrap(),
            [false, true, false, true]
        );
        let e = "nope=1"
            .parse::<Filter>()
            .unwrap()
            .mask(&t, &rows)
            .unwrap_err();
        assert!(e.to_string().contains("columns: target, name"), "{e}");
        let e = "name=0..1"
            .parse::<Filter>()
            .unwrap()
            .mask(&t, &rows)
            .unwrap_err();
        assert!(e.to_string().contains("not numeric"), "{e}");
    }
}
