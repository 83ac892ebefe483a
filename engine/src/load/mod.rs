//! Loaders: every input format becomes a [`Table`] of typed columns.
//!
//! [`load`] picks the format from [`LoadOptions::format`] or, when that is `None`, from the file
//! ([`Format::from_path`]), reads it, then attaches the optional label file
//! ([`LoadOptions::labels`]) and metadata file ([`LoadOptions::metadata`]).
//!
//! # Formats
//!
//! | format | files | embedding |
//! |---|---|---|
//! | [`Format::Csv`], [`Format::Tsv`] | `.csv`, `.tsv` with a header row | a column of JSON lists, or numeric columns |
//! | [`Format::Npy`] | NumPy `.npy`, 2-D, any int/uint/float dtype, either byte order, C or Fortran order | the whole array, a vector column `embedding` |
//! | [`Format::WandbJson`] | W&B `*.table.json` (`{"columns": [...], "data": [[...]]}`) | a list-valued column, or numeric columns |
//! | [`Format::TfProjector`] | TensorBoard projector `vectors.tsv` (no header) + `metadata.tsv` beside it | a vector column `embedding` |
//! | [`Format::Parquet`] | `.parquet` | a List/LargeList/FixedSizeList column of numbers, or numeric columns |
//!
//! A folder is read as a W&B run ([`wandb_run`]): `wandb/run-<date>-<id>/`, its `files/` folder or
//! `wandb/latest-run`. Of the tables it logged (`files/media/table/<key>_<step>_<hash>.table.json`)
//! the latest is loaded, or the one named by [`LoadOptions::table`] and [`LoadOptions::step`].
//!
//! # Type inference (text formats)
//!
//! A column's type is decided from all its non-empty cells:
//! * every cell a JSON list of numbers (`"[0.1, 0.2]"`; NumPy's `"[0.1 0.2]"` also works) →
//!   a vector column. All lists must have the length of the first one; a list of another length
//!   is a ragged row, an error naming the row and column (or a dropped row with `drop_invalid`).
//! * every cell a number (`1`, `-2.5e3`, `nan`, `inf`) → numeric.
//! * more than half of the cells numbers → still numeric; each other cell becomes NaN and is
//!   recorded in [`Table::invalid`] with its row, column and reason (`not a number: 'abc'`), so
//!   [`Table::embedding`] names it if the column is used (or drops the row when asked).
//! * anything else → text.
//!
//! Empty cells in numeric and vector columns are NaN, recorded with the reason `empty cell`.
//! NaN and infinite values load as they are; [`Table::embedding`] rejects them by row and column.
//!
//! # Errors
//!
//! Bad input never panics and is never guessed around silently. Errors name the file, the data
//! row (from 0, the header is not a row) and the column where they exist, and the reason: a row
//! with the wrong number of fields, a ragged vector, a file that is not UTF-8 (with its byte
//! offset and line), a truncated file, an empty table, labels or metadata of the wrong length.
//! With `drop_invalid` rows with the wrong number of fields and ragged vectors are dropped and
//! counted in [`Table::dropped_rows`] instead.
//!
//! ```
//! use projector_engine::load::{load, LoadOptions};
//! use projector_engine::ColumnKind;
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("points.csv");
//! std::fs::write(&path, "emb,label\n\"[0, 1]\",a\n\"[2, 3]\",b\n\"[4, 5]\",a\n").unwrap();
//! let table = load(&path, &LoadOptions::default()).unwrap();
//! assert_eq!(table.num_rows(), 3);
//! assert_eq!(table.kind(&table.columns()[0]), ColumnKind::Vector(2));
//! assert_eq!(table.default_color(), Some("label"));
//! ```

mod delimited;
mod image_paths;
mod npy;
mod npy_map;
mod parquet;
mod parquet_rows;
mod tfprojector;
mod wandb;
pub mod wandb_run;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::table::{ColumnData, InvalidCell, Table};

pub use npy::read_npy_header;
pub use npy_map::MappedNpy;
pub use parquet_rows::ParquetRows;

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// A NumPy `.npy` 2-D array.
    Npy,
    /// A Weights & Biases table (`*.table.json`).
    #[cfg_attr(feature = "clap", value(name = "wandb"))]
    WandbJson,
    /// TensorBoard projector files: `vectors.tsv` without header, `metadata.tsv` beside it.
    #[cfg_attr(feature = "clap", value(name = "tensorboard"))]
    TfProjector,
    /// Apache Parquet.
    Parquet,
}

impl std::str::FromStr for Format {
    type Err = Error;
    /// The names the CLI's `--format` takes: csv, tsv, npy, wandb, tensorboard, parquet.
    fn from_str(s: &str) -> Result<Format> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "csv" => Format::Csv,
            "tsv" => Format::Tsv,
            "npy" => Format::Npy,
            "wandb" => Format::WandbJson,
            "tensorboard" => Format::TfProjector,
            "parquet" => Format::Parquet,
            _ => {
                return Err(Error::Invalid(format!(
                    "unknown format '{s}' (csv, tsv, npy, wandb, tensorboard, parquet)"
                )));
            }
        })
    }
}

impl Format {
    /// Picks the format from the file name: `.csv`, `.tsv`, `.npy`, `.json`, `.parquet`. A `.tsv`
    /// named `vectors.tsv` (or `*_vectors.tsv`), or whose first line is all numbers (no header),
    /// is [`Format::TfProjector`]; telling the two apart reads the first line of the file.
    pub fn from_path(path: &Path) -> Result<Format> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "csv" => Ok(Format::Csv),
            "npy" => Ok(Format::Npy),
            "json" => Ok(Format::WandbJson),
            "parquet" | "pq" => Ok(Format::Parquet),
            "tsv" => {
                if name == "vectors.tsv" || name.ends_with("_vectors.tsv") {
                    return Ok(Format::TfProjector);
                }
                if tfprojector::first_line_is_numeric(path)? {
                    Ok(Format::TfProjector)
                } else {
                    Ok(Format::Tsv)
                }
            }
            _ => Err(Error::Invalid(format!(
                "{}: unknown file type '.{ext}' (expected .csv, .tsv, .npy, .json or .parquet; \
                 or name the format)",
                path.display()
            ))),
        }
    }
}

/// How to load a file.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The format; `None` picks it from the file ([`Format::from_path`]).
    pub format: Option<Format>,
    /// A label file (`.npy` 1-D, or `.txt` with one label per line) added as a text column
    /// `label`; it must have one label per row.
    pub labels: Option<PathBuf>,
    /// A metadata TSV (header row unless it has one column) whose columns are added to the
    /// table; for TensorBoard projector files a `metadata.tsv` beside `vectors.tsv` is found
    /// without this.
    pub metadata: Option<PathBuf>,
    /// Drop rows that cannot be read (wrong number of fields, ragged vectors) and count them in
    /// [`Table::dropped_rows`], instead of failing.
    pub drop_invalid: bool,
    /// For a W&B run folder: the key of the table to load (`digits`, `eval/points`); `None`
    /// takes the latest logged ([`wandb_run::select`]). An error for a file.
    pub table: Option<String>,
    /// For a W&B run folder: the step of the table to load; `None` takes the latest step (of
    /// [`LoadOptions::table`] when given). An error for a file.
    pub step: Option<u64>,
}

/// Loads `path` into a [`Table`] (with `table.source = Some(path)`).
///
/// A folder is a W&B run ([`wandb_run`]): the table chosen by [`LoadOptions::table`] and
/// [`LoadOptions::step`] (by default the latest logged) is loaded, with `table.source` its
/// `*.table.json` file.
///
/// See the [module docs](self) for the formats, the type inference and the errors.
pub fn load(path: &Path, opts: &LoadOptions) -> Result<Table> {
    if path.is_dir() && matches!(opts.format, None | Some(Format::WandbJson)) {
        let chosen = wandb_run::select(path, opts.table.as_deref(), opts.step)?;
        let file_opts = LoadOptions {
            format: Some(Format::WandbJson),
            table: None,
            step: None,
            ..opts.clone()
        };
        return load(&chosen.path, &file_opts);
    }
    if opts.table.is_some() || opts.step.is_some() {
        let what = match (&opts.table, opts.step) {
            (Some(t), Some(s)) => format!("table '{t}' at step {s}"),
            (Some(t), None) => format!("table '{t}'"),
            (None, s) => format!("step {}", s.unwrap_or_default()),
        };
        return Err(Error::Invalid(format!(
            "{}: {what} chooses among the tables of a W&B run folder, and this is a file; \
             give the run folder, or leave out the table and step",
            path.display()
        )));
    }
    let format = match opts.format {
        Some(f) => f,
        None => Format::from_path(path)?,
    };
    let mut table = match format {
        Format::Csv => delimited::load(path, b',', opts)?,
        Format::Tsv => delimited::load(path, b'\t', opts)?,
        Format::Npy => npy::load(path)?,
        Format::WandbJson => wandb::load(path, opts)?,
        Format::TfProjector => tfprojector::load(path, opts)?,
        Format::Parquet => parquet::load(path, opts)?,
    };
    table.source = Some(path.to_path_buf());
    if matches!(format, Format::Csv | Format::Tsv | Format::Parquet) {
        image_paths::resolve(&mut table, path);
    }
    attach(table, path, format, opts)
}

/// The embedding rows of a file read for a reducer that only walks them in blocks
/// ([`crate::rows::RowSource`]), beside the table of everything else [`load`] would give
/// (the other columns, `--labels`, `--metadata`), and the name of the vector column they are:
///
/// - a `.npy` matrix is memory-mapped ([`MappedNpy`]: nothing read yet), column `embedding`;
/// - a Parquet file's vector column `column` (`None`: the first, the table's default) is read
///   alone in its stored width ([`ParquetRows`]: half floats stay half), and the table is
///   loaded without it.
///
/// `Ok(None)` when [`load`] must read the file instead: another format, a folder, a W&B table
/// or step asked for, an array stored in Fortran order, a `.npy` asked for a column other than
/// `embedding`, a Parquet column that is not a list of numbers or has null or ragged rows. A
/// bad header, shape or length is the error [`load`] gives.
pub fn load_rows(
    path: &Path,
    opts: &LoadOptions,
    column: Option<&str>,
) -> Result<Option<(Table, String, crate::rows::SharedRows)>> {
    if path.is_dir() || opts.table.is_some() || opts.step.is_some() {
        return Ok(None);
    }
    let format = match opts.format {
        Some(f) => f,
        None => Format::from_path(path)?,
    };
    match format {
        Format::Npy if column.is_none_or(|c| c == npy::COLUMN) => {
            let Some(rows) = MappedNpy::open(path)? else {
                return Ok(None);
            };
            let mut table = Table::with_rows(crate::rows::RowSource::dim(&rows).0);
            table.source = Some(path.to_path_buf());
            let table = attach(table, path, format, opts)?;
            Ok(Some((table, npy::COLUMN.into(), std::sync::Arc::new(rows))))
        }
        Format::Parquet => {
            let Some((name, rows)) = ParquetRows::read(path, column)? else {
                return Ok(None);
            };
            let mut table = parquet::load_without(path, opts, Some(&name))?;
            if table.num_rows() != crate::rows::RowSource::dim(&rows).0 {
                return Err(Error::format(path, "columns of different lengths"));
            }
            table.source = Some(path.to_path_buf());
            image_paths::resolve(&mut table, path);
            let table = attach(table, path, format, opts)?;
            Ok(Some((table, name, std::sync::Arc::new(rows))))
        }
        _ => Ok(None),
    }
}

/// What [`load`] does after a format's reader: refuses an empty table, adds the metadata and
/// label columns.
fn attach(mut table: Table, path: &Path, format: Format, opts: &LoadOptions) -> Result<Table> {
    if table.num_rows() == 0 {
        return Err(Error::format(
            path,
            if table.dropped_rows > 0 {
                format!(
                    "the table is empty: all {} rows were dropped as invalid",
                    table.dropped_rows
                )
            } else {
                "the table is empty: no data rows".to_string()
            },
        ));
    }
    if let Some(meta) = opts
        .metadata
        .as_ref()
        .filter(|_| format != Format::TfProjector)
    {
        tfprojector::attach_metadata(&mut table, path, meta)?;
    }
    if let Some(labels) = &opts.labels {
        let values = read_labels(labels)?;
        if table.dropped_rows > 0 {
            return Err(Error::format(
                labels,
                format!(
                    "cannot match labels to rows after {} invalid rows of {} were dropped",
                    table.dropped_rows,
                    path.display()
                ),
            ));
        }
        if values.len() != table.num_rows() {
            return Err(Error::format(
                labels,
                format!(
                    "{} labels but {} has {} rows",
                    values.len(),
                    path.display(),
                    table.num_rows()
                ),
            ));
        }
        add_column_for(&mut table, labels, "label", ColumnData::Text(values))?;
    }
    Ok(table)
}

/// Reads a label file: `.npy` (1-D, or `n × 1`; ints, floats, fixed-width strings) or text with
/// one label per line (a final newline does not make an extra label).
fn read_labels(path: &Path) -> Result<Vec<String>> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "npy" {
        return npy::read_labels(path);
    }
    let text = read_utf8(path)?;
    let mut lines: Vec<String> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    Ok(lines)
}

/// Adds a column, turning a name clash or length mismatch into an error naming `file`.
fn add_column_for(table: &mut Table, file: &Path, name: &str, data: ColumnData) -> Result<()> {
    if table.column(name).is_some() {
        return Err(Error::format(
            file,
            format!("the table already has a column '{name}'"),
        ));
    }
    table
        .add_column(name, data)
        .map_err(|e| Error::format(file, e.to_string()))
}

/// Reads a whole file as UTF-8; invalid bytes are an error naming the byte offset and line.
pub(crate) fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(Error::format(
                path,
                format!(
                    "not valid UTF-8: byte offset {at} (line {line}) holds 0x{:02x}; \
                     save the file as UTF-8",
                    bytes[at]
                ),
            ))
        }
    }
}

/// The class of one text cell, for type inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellClass {
    Empty,
    Number,
    List,
    Other,
}

fn classify(s: &str) -> CellClass {
    let t = s.trim();
    if t.is_empty() {
        CellClass::Empty
    } else if t.parse::<f64>().is_ok() {
        CellClass::Number
    } else if t.starts_with('[') && t.ends_with(']') {
        CellClass::List
    } else {
        CellClass::Other
    }
}

/// Parses `"[1, 2.5, nan]"` (JSON) or `"[1 2.5 nan]"` (NumPy's repr). Err holds the first item
/// that is not a number.
fn parse_list(s: &str) -> std::result::Result<Vec<f32>, String> {
    let t = s.trim();
    let inner = t
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .ok_or_else(|| t.to_string())?
        .trim();
    if inner.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = if inner.contains(',') {
        inner.split(',').collect()
    } else {
        inner.split_whitespace().collect()
    };
    items
        .iter()
        .map(|x| {
            let x = x.trim();
            x.parse::<f32>().map_err(|_| x.to_string())
        })
        .collect()
}

/// What a text column becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inferred {
    /// Vectors of this width.
    Vector(usize),
    Numeric,
    Text,
}

/// Decides a column's type from its cells (see the module docs). `dim` of a vector column is the
/// length of its first list.
fn infer(cells: &[&str]) -> Inferred {
    let (mut numbers, mut lists, mut others) = (0usize, 0usize, 0usize);
    let mut first_list: Option<&str> = None;
    for c in cells {
        match classify(c) {
            CellClass::Empty => {}
            CellClass::Number => numbers += 1,
            CellClass::List => {
                lists += 1;
                first_list.get_or_insert(c);
            }
            CellClass::Other => others += 1,
        }
    }
    let non_empty = numbers + lists + others;
    if non_empty == 0 {
        return Inferred::Text;
    }
    if lists * 2 > non_empty {
        let dim = first_list
            .map(|c| {
                parse_list(c)
                    .map(|v| v.len())
                    .unwrap_or_else(|_| list_len(c))
            })
            .unwrap_or(0);
        if dim > 0 {
            return Inferred::Vector(dim);
        }
    }
    if numbers * 2 > non_empty {
        return Inferred::Numeric;
    }
    Inferred::Text
}

/// Number of items in a list cell even when some are not numbers.
fn list_len(c: &str) -> usize {
    let t = c
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    if t.is_empty() {
        0
    } else if t.contains(',') {
        t.split(',').count()
    } else {
        t.split_whitespace().count()
    }
}

/// Rows of a column of text cells whose list has a length other than `dim` (for ragged-row
/// errors or dropping): `(row, length)`.
fn ragged_rows(cells: &[&str], dim: usize) -> Vec<(usize, usize)> {
    cells
        .iter()
        .enumerate()
        .filter(|(_, c)| classify(c) == CellClass::List)
        .filter_map(|(r, c)| {
            let n = list_len(c);
            (n != dim).then_some((r, n))
        })
        .collect()
}

/// Builds one column from text cells with the inferred type; bad cells become NaN and are
/// pushed onto `invalid`.
fn build_column(
    name: &str,
    cells: &[&str],
    kind: Inferred,
    invalid: &mut Vec<InvalidCell>,
) -> ColumnData {
    let mut bad = |row: usize, reason: String| {
        invalid.push(InvalidCell {
            row,
            column: name.to_string(),
            reason,
        })
    };
    match kind {
        Inferred::Text => ColumnData::Text(cells.iter().map(|c| c.to_string()).collect()),
        Inferred::Numeric => ColumnData::Numeric(
            cells
                .iter()
                .enumerate()
                .map(|(r, c)| {
                    let t = c.trim();
                    if t.is_empty() {
                        bad(r, "empty cell".into());
                        return f64::NAN;
                    }
                    t.parse::<f64>().unwrap_or_else(|_| {
                        bad(r, format!("not a number: '{c}'"));
                        f64::NAN
                    })
                })
                .collect(),
        ),
        Inferred::Vector(dim) => {
            let mut values = Vec::with_capacity(cells.len() * dim);
            for (r, c) in cells.iter().enumerate() {
                match classify(c) {
                    CellClass::Empty => bad(r, "empty cell".into()),
                    CellClass::List => match parse_list(c) {
                        Ok(v) if v.len() == dim => {
                            values.extend_from_slice(&v);
                            continue;
                        }
                        Ok(v) => bad(
                            r,
                            format!("vector of length {} where {dim} is expected", v.len()),
                        ),
                        Err(item) => bad(r, format!("not a number in the list: '{item}'")),
                    },
                    _ => bad(r, format!("not a vector: '{c}'")),
                }
                values.extend(std::iter::repeat_n(f32::NAN, dim));
            }
            ColumnData::Vector { dim, values }
        }
    }
}

/// Gives unnamed columns a name (`column_<i>`) and rejects duplicate names, naming the file.
fn column_names(path: &Path, header: Vec<String>) -> Result<Vec<String>> {
    let mut names: Vec<String> = Vec::with_capacity(header.len());
    for (i, h) in header.into_iter().enumerate() {
        let h = h.trim().to_string();
        let h = if h.is_empty() {
            format!("column_{i}")
        } else {
            h
        };
        if names.contains(&h) {
            return Err(Error::format(
                path,
                format!("the header names column '{h}' twice"),
            ));
        }
        names.push(h);
    }
    Ok(names)
}

/// Builds a table from rows of text cells (all of the header's length), inferring each column's
/// type. Ragged vector rows are an error, or dropped with `drop_invalid`.
fn table_from_text_rows(
    path: &Path,
    names: &[String],
    mut rows: Vec<Vec<String>>,
    mut dropped: usize,
    drop_invalid: bool,
) -> Result<Table> {
    // Ragged vectors first: they are row errors, so the row set is fixed before building.
    let mut drop = std::collections::BTreeSet::new();
    for (j, name) in names.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[j].as_str()).collect();
        if let Inferred::Vector(dim) = infer(&cells) {
            let first = cells
                .iter()
                .position(|c| classify(c) == CellClass::List)
                .unwrap_or(0);
            for (r, n) in ragged_rows(&cells, dim) {
                if !drop_invalid {
                    return Err(Error::cell(
                        path,
                        r,
                        name,
                        format!(
                            "ragged vectors: this list has {n} values but row {first} has {dim}"
                        ),
                    ));
                }
                drop.insert(r);
            }
        }
    }
    dropped += remove_rows(&mut rows, &drop);
    let mut table = Table::new();
    let mut invalid = Vec::new();
    for (j, name) in names.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[j].as_str()).collect();
        let kind = infer(&cells);
        let data = build_column(name, &cells, kind, &mut invalid);
        table
            .add_column(name.clone(), data)
            .map_err(|e| Error::format(path, e.to_string()))?;
    }
    table.invalid = invalid;
    table.dropped_rows = dropped;
    Ok(table)
}

/// Removes the rows whose indices are in `drop` (indices into `rows` as it is now), keeping the
/// order of the others; returns how many were removed.
pub(crate) fn remove_rows<T>(rows: &mut Vec<T>, drop: &std::collections::BTreeSet<usize>) -> usize {
    if drop.is_empty() {
        return 0;
    }
    let before = rows.len();
    let mut r = 0;
    rows.retain(|_| {
        let keep = !drop.contains(&r);
        r += 1;
        keep
    });
    before - rows.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_and_parse() {
        assert_eq!(classify(" 1.5 "), CellClass::Number);
        assert_eq!(classify("nan"), CellClass::Number);
        assert_eq!(classify("[1, 2]"), CellClass::List);
        assert_eq!(classify(""), CellClass::Empty);
        assert_eq!(classify("abc"), CellClass::Other);
        assert_eq!(parse_list("[1, 2.5]").unwrap(), vec![1.0, 2.5]);
        assert_eq!(parse_list("[1 2.5  3]").unwrap(), vec![1.0, 2.5, 3.0]);
        assert_eq!(parse_list("[1, x]").unwrap_err(), "x");
    }

    #[test]
    fn inference_rules() {
        assert_eq!(infer(&["1", "2", ""]), Inferred::Numeric);
        assert_eq!(infer(&["1", "2", "abc"]), Inferred::Numeric);
        assert_eq!(infer(&["1", "abc", "def"]), Inferred::Text);
        assert_eq!(infer(&["[1,2]", "[3,4]"]), Inferred::Vector(2));
        assert_eq!(infer(&["", ""]), Inferred::Text);
    }

    #[test]
    fn unknown_extension_is_invalid() {
        let e = Format::from_path(Path::new("x.xlsx")).unwrap_err();
        assert!(matches!(e, Error::Invalid(_)), "{e}");
        assert!(e.to_string().contains("x.xlsx"));
    }
}
