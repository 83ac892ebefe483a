//! Tables: the data model users already log (a `wandb.Table`, a DataFrame, a Parquet file).
//!
//! Rows are items; columns are typed: an embedding vector per cell, numbers, categories or text,
//! images. A table is built by a loader, from rows ([`Table::add_row`]), by whole columns
//! ([`Table::add_column`]) or by computing a column from the other ones
//! ([`Table::add_computed_column`]).
//!
//! Loaders keep bad cells instead of failing at once: a non-numeric cell in a numeric column
//! becomes NaN and is recorded in [`Table::invalid`] with its row, column and reason. Extracting
//! the embedding ([`Table::embedding`]) then fails on the first bad cell it uses, naming it, or
//! drops those rows when asked to, and says how many.
//!
//! ```
//! use projector_engine::{Table, ColumnData, Value};
//! let mut t = Table::new();
//! t.add_column("emb", ColumnData::Vector { dim: 2, values: vec![0.0, 1.0, 2.0, 3.0] }).unwrap();
//! t.add_column("label", ColumnData::Text(vec!["a".into(), "b".into()])).unwrap();
//! t.add_row(vec![Value::Vector(vec![4.0, 5.0]), Value::Text("a".into())]).unwrap();
//! let spec = t.default_embedding(None).unwrap();
//! let e = t.embedding(&spec, false).unwrap();
//! assert_eq!(e.data.dim(), (3, 2));
//! assert_eq!(t.default_color(), Some("label"));
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use ndarray::Array2;
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};

/// An image cell: a file, encoded bytes (PNG/JPEG), or something that could not be resolved
/// (kept as its text, never an error).
#[derive(Debug, Clone, PartialEq)]
pub enum ImageCell {
    /// A file on disk (already resolved against the table's folder).
    Path(PathBuf),
    /// Encoded image bytes.
    Encoded(Vec<u8>),
    /// An image reference that could not be resolved, kept as text.
    Unresolved(String),
}

/// The values of one column, one entry per row.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ColumnData {
    /// One `dim`-wide f32 vector per row, row-major (`values.len() == rows * dim`).
    Vector {
        /// Width of each vector.
        dim: usize,
        /// All vectors, row after row.
        values: Vec<f32>,
    },
    /// One number per row (NaN marks a missing or invalid cell).
    Numeric(Vec<f64>),
    /// Categories or free text.
    Text(Vec<String>),
    /// Images.
    Image(Vec<ImageCell>),
}

/// The type of a column, as `projector info` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "type", content = "dim")]
pub enum ColumnKind {
    /// A vector column of this width.
    Vector(usize),
    /// Numbers.
    Numeric,
    /// Text with at most 256 distinct values.
    Categorical,
    /// Text with more distinct values.
    Text,
    /// Images.
    Image,
}

/// One value, for [`Table::add_row`] and [`Table::add_computed_column`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A vector cell.
    Vector(Vec<f32>),
    /// A number.
    Number(f64),
    /// Text.
    Text(String),
    /// An image.
    Image(ImageCell),
}

/// A named column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Column name.
    pub name: String,
    /// Its values.
    pub data: ColumnData,
}

/// A cell a loader kept but found invalid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InvalidCell {
    /// Data row, from 0.
    pub row: usize,
    /// Column name.
    pub column: String,
    /// What is wrong.
    pub reason: String,
}

/// Which columns make the embedding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EmbeddingSpec {
    /// One vector column.
    Vector(String),
    /// Several numeric columns taken together, in this order.
    Numeric(Vec<String>),
}

impl EmbeddingSpec {
    /// The column names used.
    pub fn columns(&self) -> Vec<String> {
        match self {
            EmbeddingSpec::Vector(c) => vec![c.clone()],
            EmbeddingSpec::Numeric(c) => c.clone(),
        }
    }
}

/// The embedding matrix taken out of a table.
#[derive(Debug, Clone)]
pub struct Embedding {
    /// `rows.len() × d`, f32.
    pub data: Array2<f32>,
    /// For each row of `data`, its row in the table (rows with bad cells may be dropped).
    pub rows: Vec<usize>,
    /// How many rows were dropped for bad cells.
    pub dropped: usize,
}

/// Per-row class codes of a categorical column.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// Class index of each row.
    pub codes: Vec<u32>,
    /// Class names, in first-seen order for text and ascending order for numbers.
    pub classes: Vec<String>,
}

/// A table of typed columns, all of the same length.
#[derive(Debug, Clone, Default)]
pub struct Table {
    columns: Vec<Column>,
    rows: usize,
    /// The file it was loaded from (used in error messages).
    pub source: Option<PathBuf>,
    /// Cells the loader kept but found invalid.
    pub invalid: Vec<InvalidCell>,
    /// Rows the loader dropped (with `--drop-invalid`).
    pub dropped_rows: usize,
}

const LABEL_NAMES: [&str; 6] = ["label", "labels", "target", "class", "category", "y"];

fn is_label_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    LABEL_NAMES.iter().any(|l| lower == *l)
        || ["label", "target", "class", "category"]
            .iter()
            .any(|l| lower.ends_with(&format!("_{l}")))
}

impl ColumnData {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            ColumnData::Vector { dim, values } => values.len().checked_div(*dim).unwrap_or(0),
            ColumnData::Numeric(v) => v.len(),
            ColumnData::Text(v) => v.len(),
            ColumnData::Image(v) => v.len(),
        }
    }
    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn push(&mut self, value: Value, column: &str) -> Result<()> {
        match (self, value) {
            (ColumnData::Vector { dim, values }, Value::Vector(v)) => {
                if v.len() != *dim {
                    return Err(Error::Invalid(format!(
                        "column '{column}': vector of length {} where {} is expected",
                        v.len(),
                        dim
                    )));
                }
                values.extend_from_slice(&v);
            }
            (ColumnData::Numeric(c), Value::Number(x)) => c.push(x),
            (ColumnData::Text(c), Value::Text(s)) => c.push(s),
            (ColumnData::Text(c), Value::Number(x)) => c.push(x.to_string()),
            (ColumnData::Image(c), Value::Image(i)) => c.push(i),
            (ColumnData::Image(c), Value::Text(s)) => c.push(ImageCell::Unresolved(s)),
            (data, v) => {
                return Err(Error::Invalid(format!(
                    "column '{column}': cannot add {v:?} to a {} column",
                    data.type_name()
                )));
            }
        }
        Ok(())
    }
    fn type_name(&self) -> &'static str {
        match self {
            ColumnData::Vector { .. } => "vector",
            ColumnData::Numeric(_) => "numeric",
            ColumnData::Text(_) => "text",
            ColumnData::Image(_) => "image",
        }
    }
    fn empty_like(value: &Value) -> ColumnData {
        match value {
            Value::Vector(v) => ColumnData::Vector {
                dim: v.len(),
                values: Vec::new(),
            },
            Value::Number(_) => ColumnData::Numeric(Vec::new()),
            Value::Text(_) => ColumnData::Text(Vec::new()),
            Value::Image(_) => ColumnData::Image(Vec::new()),
        }
    }
    /// The value at `row` (None when out of range).
    pub fn get(&self, row: usize) -> Option<Value> {
        match self {
            ColumnData::Vector { dim, values } => values
                .get(row * dim..(row + 1) * dim)
                .map(|s| Value::Vector(s.to_vec())),
            ColumnData::Numeric(v) => v.get(row).map(|x| Value::Number(*x)),
            ColumnData::Text(v) => v.get(row).map(|s| Value::Text(s.clone())),
            ColumnData::Image(v) => v.get(row).map(|i| Value::Image(i.clone())),
        }
    }
    /// The values at rows `keep`, in that order.
    pub fn select_rows(&self, keep: &[usize]) -> ColumnData {
        match self {
            ColumnData::Vector { dim, values } => ColumnData::Vector {
                dim: *dim,
                values: keep
                    .iter()
                    .flat_map(|&r| values[r * dim..(r + 1) * dim].iter().copied())
                    .collect(),
            },
            ColumnData::Numeric(v) => ColumnData::Numeric(keep.iter().map(|&r| v[r]).collect()),
            ColumnData::Text(v) => ColumnData::Text(keep.iter().map(|&r| v[r].clone()).collect()),
            ColumnData::Image(v) => ColumnData::Image(keep.iter().map(|&r| v[r].clone()).collect()),
        }
    }
}

/// Read access to one row, for [`Table::add_computed_column`].
#[derive(Debug, Clone, Copy)]
pub struct RowRef<'a> {
    table: &'a Table,
    row: usize,
}

impl RowRef<'_> {
    /// Row index.
    pub fn index(&self) -> usize {
        self.row
    }
    /// The value of column `name` in this row.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.table.column(name).and_then(|c| c.data.get(self.row))
    }
    /// The number in column `name` (None unless numeric).
    pub fn number(&self, name: &str) -> Option<f64> {
        match self.table.column(name).map(|c| &c.data) {
            Some(ColumnData::Numeric(v)) => v.get(self.row).copied(),
            _ => None,
        }
    }
}

impl Table {
    /// An empty table.
    pub fn new() -> Table {
        Table::default()
    }

    /// A table of `rows` rows and no columns yet: every column added must have `rows` values
    /// (a loader that keeps the embedding outside the table, as a mapped `.npy` does).
    pub fn with_rows(rows: usize) -> Table {
        Table {
            rows,
            ..Table::default()
        }
    }

    /// Number of rows.
    pub fn num_rows(&self) -> usize {
        self.rows
    }

    /// The columns, to change their data in place (same lengths: loaders only).
    pub(crate) fn columns_mut(&mut self) -> &mut [Column] {
        &mut self.columns
    }

    /// The names of the numeric columns, in order.
    pub fn numeric_columns(&self) -> Vec<String> {
        self.columns
            .iter()
            .filter(|c| matches!(c.data, ColumnData::Numeric(_)))
            .map(|c| c.name.clone())
            .collect()
    }

    /// Every column's name, comma-separated (for messages that say what exists).
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The columns, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    fn source_path(&self) -> PathBuf {
        self.source
            .clone()
            .unwrap_or_else(|| PathBuf::from("<table>"))
    }

    /// Adds a whole column. Its length must equal the number of rows (any length when the table
    /// has no column and no rows yet); names must be unique.
    pub fn add_column(&mut self, name: impl Into<String>, data: ColumnData) -> Result<()> {
        let name = name.into();
        if self.column(&name).is_some() {
            return Err(Error::Invalid(format!("column '{name}' already exists")));
        }
        if let ColumnData::Vector { dim, values } = &data
            && (*dim == 0 || values.len() % dim != 0)
        {
            return Err(Error::Invalid(format!(
                "column '{name}': {} values do not make rows of {dim}",
                values.len()
            )));
        }
        if self.columns.is_empty() && self.rows == 0 {
            self.rows = data.len();
        } else if data.len() != self.rows {
            return Err(Error::Invalid(format!(
                "column '{name}' has {} rows but the table has {}",
                data.len(),
                self.rows
            )));
        }
        self.columns.push(Column { name, data });
        Ok(())
    }

    /// Appends a row, one value per column in column order. On a table without columns the
    /// first row creates columns named `0`, `1`, ... with the types of its values.
    pub fn add_row(&mut self, values: Vec<Value>) -> Result<()> {
        if self.columns.is_empty() {
            self.columns = values
                .iter()
                .enumerate()
                .map(|(i, v)| Column {
                    name: i.to_string(),
                    data: ColumnData::empty_like(v),
                })
                .collect();
        }
        if values.len() != self.columns.len() {
            return Err(Error::Invalid(format!(
                "row {} has {} values but the table has {} columns",
                self.rows,
                values.len(),
                self.columns.len()
            )));
        }
        // Validate first so a failed row leaves the table unchanged.
        let mut staged = self.columns.clone();
        for (col, v) in staged.iter_mut().zip(values) {
            col.data.push(v, &col.name)?;
        }
        self.columns = staged;
        self.rows += 1;
        Ok(())
    }

    /// Adds a column computed from each row by `f` (its type is that of the first value).
    pub fn add_computed_column(
        &mut self,
        name: impl Into<String>,
        f: impl Fn(RowRef<'_>) -> Value,
    ) -> Result<()> {
        let name = name.into();
        let mut data: Option<ColumnData> = None;
        for row in 0..self.rows {
            let v = f(RowRef { table: self, row });
            let d = data.get_or_insert_with(|| ColumnData::empty_like(&v));
            d.push(v, &name)?;
        }
        let data = data.unwrap_or(ColumnData::Numeric(Vec::new()));
        self.add_column(name, data)
    }

    /// Keeps only the rows in `keep` (ascending), e.g. after dropping invalid rows.
    pub fn select_rows(&self, keep: &[usize]) -> Table {
        let remap: HashMap<usize, usize> = keep.iter().enumerate().map(|(i, &r)| (r, i)).collect();
        Table {
            columns: self
                .columns
                .iter()
                .map(|c| Column {
                    name: c.name.clone(),
                    data: c.data.select_rows(keep),
                })
                .collect(),
            rows: keep.len(),
            source: self.source.clone(),
            invalid: self
                .invalid
                .iter()
                .filter_map(|c| {
                    remap
                        .get(&c.row)
                        .map(|&row| InvalidCell { row, ..c.clone() })
                })
                .collect(),
            dropped_rows: self.dropped_rows + (self.rows - keep.len()),
        }
    }

    /// The kind of column `c`.
    pub fn kind(&self, c: &Column) -> ColumnKind {
        match &c.data {
            ColumnData::Vector { dim, .. } => ColumnKind::Vector(*dim),
            ColumnData::Numeric(_) => ColumnKind::Numeric,
            ColumnData::Image(_) => ColumnKind::Image,
            ColumnData::Text(v) => {
                if distinct_at_most(v.iter().map(String::as_str), 256).is_some() {
                    ColumnKind::Categorical
                } else {
                    ColumnKind::Text
                }
            }
        }
    }

    /// True when column `c` can colour points by class: categorical text, or integer-valued
    /// numbers with at most 256 distinct values in a label-named column.
    pub fn is_categorical(&self, c: &Column) -> bool {
        match &c.data {
            ColumnData::Text(_) => self.kind(c) == ColumnKind::Categorical,
            ColumnData::Numeric(v) => is_label_name(&c.name) && integer_classes(v).is_some(),
            _ => false,
        }
    }

    /// The default colour column: a categorical column named like label/target/class/category,
    /// else the first categorical text column with at most 256 distinct values, else none.
    pub fn default_color(&self) -> Option<&str> {
        self.columns
            .iter()
            .find(|c| is_label_name(&c.name) && self.is_categorical(c))
            .or_else(|| {
                self.columns
                    .iter()
                    .find(|c| matches!(c.data, ColumnData::Text(_)) && self.is_categorical(c))
            })
            .map(|c| c.name.as_str())
    }

    /// The default embedding: the single vector column if there is exactly one (the first when
    /// there are several), else all numeric columns except `color`.
    pub fn default_embedding(&self, color: Option<&str>) -> Result<EmbeddingSpec> {
        if let Some(c) = self
            .columns
            .iter()
            .find(|c| matches!(c.data, ColumnData::Vector { .. }))
        {
            return Ok(EmbeddingSpec::Vector(c.name.clone()));
        }
        let numeric: Vec<String> = self
            .columns
            .iter()
            .filter(|c| matches!(c.data, ColumnData::Numeric(_)) && Some(c.name.as_str()) != color)
            .map(|c| c.name.clone())
            .collect();
        if numeric.is_empty() {
            return Err(Error::format(
                self.source_path(),
                "no embedding found: the table has no vector column and no numeric column",
            ));
        }
        Ok(EmbeddingSpec::Numeric(numeric))
    }

    /// Resolves `--embedding COL,...`: one vector column, or one or more numeric columns.
    pub fn resolve_embedding(&self, names: &[String]) -> Result<EmbeddingSpec> {
        let mut cols = Vec::new();
        for n in names {
            let c = self.column(n).ok_or_else(|| {
                Error::Invalid(format!(
                    "{}: no column '{n}' (columns: {})",
                    self.source_path().display(),
                    self.columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
            cols.push(c);
        }
        match cols.as_slice() {
            [] => Err(Error::Invalid("--embedding names no column".into())),
            [c] if matches!(c.data, ColumnData::Vector { .. }) => {
                Ok(EmbeddingSpec::Vector(c.name.clone()))
            }
            _ => {
                for c in &cols {
                    if !matches!(c.data, ColumnData::Numeric(_)) {
                        let why = match c.data {
                            ColumnData::Vector { .. } => {
                                "a vector column must be the only embedding column".to_string()
                            }
                            _ => format!(
                                "column '{}' is {}, not numeric",
                                c.name,
                                self.kind(c).name()
                            ),
                        };
                        // A text column that is mostly numbers: name its first non-numeric cell.
                        if let ColumnData::Text(v) = &c.data
                            && let Some((row, s)) = v
                                .iter()
                                .enumerate()
                                .find(|(_, s)| s.trim().parse::<f64>().is_err())
                        {
                            return Err(Error::cell(
                                self.source_path(),
                                row,
                                &c.name,
                                format!("not a number: '{s}'"),
                            ));
                        }
                        return Err(Error::Invalid(format!(
                            "{}: {why}",
                            self.source_path().display()
                        )));
                    }
                }
                Ok(EmbeddingSpec::Numeric(
                    cols.iter().map(|c| c.name.clone()).collect(),
                ))
            }
        }
    }

    /// Builds the `n × d` f32 embedding matrix. A NaN, infinite or invalid cell is an error
    /// naming row and column, unless `drop_invalid`, which drops those rows and counts them.
    /// An empty result (no rows, or all rows dropped) is an error.
    pub fn embedding(&self, spec: &EmbeddingSpec, drop_invalid: bool) -> Result<Embedding> {
        let path = self.source_path();
        let cols: Vec<&Column> = spec
            .columns()
            .iter()
            .map(|n| {
                self.column(n)
                    .ok_or_else(|| Error::Invalid(format!("{}: no column '{n}'", path.display())))
            })
            .collect::<Result<_>>()?;
        let d: usize = cols
            .iter()
            .map(|c| match &c.data {
                ColumnData::Vector { dim, .. } => Ok(*dim),
                ColumnData::Numeric(_) => Ok(1),
                _ => Err(Error::Invalid(format!(
                    "{}: column '{}' is not numeric",
                    path.display(),
                    c.name
                ))),
            })
            .sum::<Result<usize>>()?;
        let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
        let recorded: BTreeMap<usize, &InvalidCell> = self
            .invalid
            .iter()
            .filter(|c| names.contains(&c.column.as_str()))
            .map(|c| (c.row, c))
            .collect();
        let mut data = Vec::with_capacity(self.rows * d);
        let mut rows = Vec::with_capacity(self.rows);
        for r in 0..self.rows {
            let start = data.len();
            let mut bad: Option<(String, String)> = recorded
                .get(&r)
                .map(|c| (c.column.clone(), c.reason.clone()));
            for c in &cols {
                match &c.data {
                    ColumnData::Vector { dim, values } => {
                        data.extend_from_slice(&values[r * dim..(r + 1) * dim])
                    }
                    ColumnData::Numeric(v) => data.push(v[r] as f32),
                    _ => unreachable!("checked above"),
                }
            }
            if bad.is_none()
                && let Some(j) = data[start..].iter().position(|x| !x.is_finite())
            {
                let col = column_of(&cols, j);
                let x = data[start + j];
                let what = if x.is_nan() { "NaN" } else { "infinite value" };
                bad = Some((col, format!("{what} in the embedding")));
            }
            match bad {
                Some((col, reason)) if !drop_invalid => {
                    return Err(Error::cell(&path, r, col, reason));
                }
                Some(_) => data.truncate(start),
                None => rows.push(r),
            }
        }
        let dropped = self.rows - rows.len();
        if rows.is_empty() {
            return Err(Error::format(
                &path,
                if self.rows == 0 {
                    "the table is empty: no rows to project".to_string()
                } else {
                    format!("all {} rows have invalid cells", self.rows)
                },
            ));
        }
        let data = Array2::from_shape_vec((rows.len(), d), data)
            .map_err(|e| Error::Invalid(e.to_string()))?;
        Ok(Embedding {
            data,
            rows,
            dropped,
        })
    }

    /// [`Table::embedding`] that moves a vector column out instead of copying it: when `spec`
    /// is one vector column with no invalid cell recorded and every value finite, its values
    /// become the matrix as they are (no copy: at a million 384-d rows that is 1.5 GB less) and
    /// the column leaves the table. Otherwise (numeric columns, bad cells) the table is left
    /// whole and the matrix is built by [`Table::embedding`]. For callers that need only the
    /// matrix and the other columns afterwards (`projector project`, benchmarks).
    ///
    /// ```
    /// use projector_engine::{ColumnData, EmbeddingSpec, Table};
    ///
    /// let mut t = Table::default();
    /// t.add_column("emb", ColumnData::Vector { dim: 2, values: vec![0.0, 1.0, 2.0, 3.0] }).unwrap();
    /// let e = t.take_embedding(&EmbeddingSpec::Vector("emb".into()), false).unwrap();
    /// assert_eq!(e.data.row(1).to_vec(), vec![2.0, 3.0]);
    /// assert!(t.column("emb").is_none());
    /// ```
    pub fn take_embedding(
        &mut self,
        spec: &EmbeddingSpec,
        drop_invalid: bool,
    ) -> Result<Embedding> {
        let movable = |c: &Column| match &c.data {
            ColumnData::Vector { dim, values } => {
                *dim > 0
                    && self.rows > 0
                    && values.len() == self.rows * dim
                    && values.par_iter().all(|v| v.is_finite())
            }
            _ => false,
        };
        if let EmbeddingSpec::Vector(name) = spec
            && !self.invalid.iter().any(|c| &c.column == name)
            && let Some(at) = self.columns.iter().position(|c| &c.name == name)
            && movable(&self.columns[at])
            && let ColumnData::Vector { dim, values } = self.columns.remove(at).data
        {
            let data = Array2::from_shape_vec((self.rows, dim), values)
                .map_err(|e| Error::Invalid(e.to_string()))?;
            return Ok(Embedding {
                data,
                rows: (0..self.rows).collect(),
                dropped: 0,
            });
        }
        self.embedding(spec, drop_invalid)
    }

    /// Class codes of column `name` for the table rows `rows`: text categories, or integer numbers.
    /// None when the column is numeric with non-integer values (a continuous colour).
    pub fn labels(&self, name: &str, rows: &[usize]) -> Result<Option<Labels>> {
        let c = self
            .column(name)
            .ok_or_else(|| Error::Invalid(format!("no column '{name}'")))?;
        Ok(match &c.data {
            ColumnData::Text(v) => {
                let mut classes: Vec<String> = Vec::new();
                let mut index: HashMap<&str, u32> = HashMap::new();
                let codes = rows
                    .iter()
                    .map(|&r| {
                        let s = v[r].as_str();
                        *index.entry(s).or_insert_with(|| {
                            classes.push(s.to_string());
                            (classes.len() - 1) as u32
                        })
                    })
                    .collect();
                Some(Labels { codes, classes })
            }
            ColumnData::Numeric(v) => {
                let sel: Vec<f64> = rows.iter().map(|&r| v[r]).collect();
                integer_classes(&sel).map(|classes| {
                    let index: HashMap<i64, u32> = classes
                        .iter()
                        .enumerate()
                        .map(|(i, &c)| (c, i as u32))
                        .collect();
                    Labels {
                        codes: sel.iter().map(|x| index[&(*x as i64)]).collect(),
                        classes: classes.iter().map(|c| c.to_string()).collect(),
                    }
                })
            }
            _ => None,
        })
    }
}

impl ColumnKind {
    /// Lowercase name.
    pub fn name(&self) -> &'static str {
        match self {
            ColumnKind::Vector(_) => "vector",
            ColumnKind::Numeric => "numeric",
            ColumnKind::Categorical => "categorical",
            ColumnKind::Text => "text",
            ColumnKind::Image => "image",
        }
    }
}

fn column_of(cols: &[&Column], mut j: usize) -> String {
    for c in cols {
        let w = match &c.data {
            ColumnData::Vector { dim, .. } => *dim,
            _ => 1,
        };
        if j < w {
            return if w > 1 {
                format!("{}[{j}]", c.name)
            } else {
                c.name.clone()
            };
        }
        j -= w;
    }
    String::new()
}

fn distinct_at_most<'a>(values: impl Iterator<Item = &'a str>, max: usize) -> Option<usize> {
    let mut seen = std::collections::HashSet::new();
    for v in values {
        seen.insert(v);
        if seen.len() > max {
            return None;
        }
    }
    Some(seen.len())
}

/// Sorted distinct integer values when every value is a finite integer and there are ≤ 256.
fn integer_classes(v: &[f64]) -> Option<Vec<i64>> {
    let mut seen = std::collections::BTreeSet::new();
    for &x in v {
        if !x.is_finite() || x.fract() != 0.0 {
            return None;
        }
        seen.insert(x as i64);
        if seen.len() > 256 {
            return None;
        }
    }
    Some(seen.into_iter().collect())
}
