//! What a cluster is called: the majority value of a categorical column, or the most
//! distinctive words of a text column.
//!
//! How it works:
//! - **Categorical** ([`LabelSource::Categories`]): each cluster counts its points' classes;
//!   the label is the most frequent class (ties: the first class), with its share of the
//!   cluster's points.
//! - **Text** ([`LabelSource::Text`]): every row is split into lower-case words (letters and
//!   digits; at least 3 characters; a short list of English stop words and pure numbers left
//!   out), each word counted once per row. For cluster `c` and word `t`, with `df_c(t)` the
//!   cluster rows holding it, `df(t)` all rows holding it, `n_c` and `n` the row counts:
//!   `score = df_c(t)/n_c · ln(n / df(t))` (TF-IDF with the cluster as the document), kept
//!   only when the word is more frequent in the cluster than in the rest
//!   (`df_c/n_c > (df − df_c)/(n − n_c)`) and held by at least 2 of its rows. The label is the
//!   [`DensityParams::words`](super::DensityParams) best words joined by " · ".

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Result};
use crate::table::{ColumnData, Table};

/// The column clusters are named from.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum LabelSource<'a> {
    /// No labels: clusters have no name.
    #[default]
    None,
    /// Class codes per point and the class names (as [`Table::labels`] gives them).
    Categories {
        /// The class of each point.
        codes: Vec<u32>,
        /// Class names.
        classes: Vec<String>,
    },
    /// Free text per point.
    Text(Vec<&'a str>),
}

impl<'a> LabelSource<'a> {
    /// The labels of column `name` of `table` for the points `rows` (their table rows, as
    /// [`crate::table::Embedding::rows`]): categories for a categorical column (text with ≤ 256
    /// values, or integer classes), words for other text, none for numbers or images, none for
    /// `name = None`. An unknown column is an error.
    pub fn from_table(table: &'a Table, name: Option<&str>, rows: &[usize]) -> Result<Self> {
        let Some(name) = name else {
            return Ok(LabelSource::None);
        };
        let col = table
            .column(name)
            .ok_or_else(|| Error::Invalid(format!("no column '{name}'")))?;
        if table.is_categorical(col)
            && let Some(l) = table.labels(name, rows)?
        {
            return Ok(LabelSource::Categories {
                codes: l.codes,
                classes: l.classes,
            });
        }
        Ok(match &col.data {
            ColumnData::Text(v) => LabelSource::Text(
                rows.iter()
                    .map(|&r| v.get(r).map_or("", String::as_str))
                    .collect(),
            ),
            _ => LabelSource::None,
        })
    }

    /// Number of points labelled (0 for none).
    pub fn len(&self) -> usize {
        match self {
            LabelSource::None => 0,
            LabelSource::Categories { codes, .. } => codes.len(),
            LabelSource::Text(t) => t.len(),
        }
    }

    /// True when there is nothing to name clusters by.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Words too common to name anything.
const STOP: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was",
    "one", "our", "out", "has", "have", "his", "how", "its", "may", "new", "now", "old", "see",
    "two", "way", "who", "did", "get", "him", "she", "too", "use", "that", "with", "this", "from",
    "they", "will", "would", "there", "their", "what", "about", "which", "when", "were", "them",
    "been", "into", "than", "then", "some", "could", "these", "other", "more", "also", "only",
    "such", "your", "just", "very", "over", "most", "after", "where", "each", "while",
];

/// The distinct words of one text, as the label words are counted.
pub fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// The label and its share of the cluster (categorical) for each of `k` clusters, from each
/// point's cluster in `point` (`u32::MAX`: none).
pub(crate) fn name(
    source: &LabelSource<'_>,
    point: &[u32],
    k: usize,
    nwords: usize,
) -> Vec<(Option<String>, Option<f32>)> {
    match source {
        LabelSource::None => vec![(None, None); k],
        LabelSource::Categories { codes, classes } => {
            let mut counts = vec![vec![0usize; classes.len()]; k];
            for (&c, &code) in point.iter().zip(codes) {
                if let (Some(row), true) =
                    (counts.get_mut(c as usize), (code as usize) < classes.len())
                {
                    row[code as usize] += 1;
                }
            }
            counts
                .iter()
                .map(|row| {
                    let total: usize = row.iter().sum();
                    let best = row
                        .iter()
                        .enumerate()
                        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)));
                    match best {
                        Some((i, &m)) if m > 0 => {
                            (Some(classes[i].clone()), Some(m as f32 / total as f32))
                        }
                        _ => (None, None),
                    }
                })
                .collect()
        }
        LabelSource::Text(texts) => {
            let mut df: HashMap<String, usize> = HashMap::new();
            let mut dfc: Vec<HashMap<String, usize>> = vec![HashMap::new(); k];
            let mut nc = vec![0usize; k];
            let n = texts.len().min(point.len());
            for (t, &c) in texts.iter().zip(point) {
                let ws = words(t);
                if let Some(m) = dfc.get_mut(c as usize) {
                    nc[c as usize] += 1;
                    for w in &ws {
                        *m.entry(w.clone()).or_default() += 1;
                    }
                }
                for w in ws {
                    *df.entry(w).or_default() += 1;
                }
            }
            dfc.iter()
                .zip(&nc)
                .map(|(m, &ncl)| {
                    let mut scored: Vec<(f64, &String)> = m
                        .iter()
                        .filter(|&(_, &d)| d >= 2)
                        .filter_map(|(w, &d)| {
                            let all = *df.get(w)? as f64;
                            let inside = d as f64 / ncl as f64;
                            let rest = n - ncl;
                            let outside = if rest > 0 {
                                (all - d as f64) / rest as f64
                            } else {
                                0.0
                            };
                            (inside > outside)
                                .then(|| (inside * (n as f64 / all).ln().max(1e-9), w))
                        })
                        .collect();
                    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
                    let top: Vec<&str> = scored
                        .iter()
                        .take(nwords)
                        .map(|(_, w)| w.as_str())
                        .collect();
                    ((!top.is_empty()).then(|| top.join(" · ")), None)
                })
                .collect()
        }
    }
}
