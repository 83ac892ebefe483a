//! TensorFlow / TensorBoard projector files: `vectors.tsv` (tab-separated numbers, no header, one
//! vector per line) and `metadata.tsv` (a header row unless it has a single column, then one
//! line per vector). The metadata is taken from [`LoadOptions::metadata`] or found beside the
//! vectors as `metadata.tsv`. No quoting: TensorBoard writes and reads plain tab-separated text.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::load::{LoadOptions, add_column_for, column_names, read_utf8};
use crate::table::{ColumnData, InvalidCell, Table};

/// Lines of a tab-separated text, without the final empty line and without `\r`.
fn lines(text: &str) -> Vec<&str> {
    let mut v: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    while v.last().is_some_and(|l| l.is_empty()) {
        v.pop();
    }
    v
}

/// True when the first line of `path` is all numbers (a TSV without header).
pub(super) fn first_line_is_numeric(path: &Path) -> Result<bool> {
    use std::io::{BufRead, Read};
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut line = Vec::new();
    std::io::BufReader::new(f)
        .take(1 << 20)
        .read_until(b'\n', &mut line)
        .map_err(|e| Error::io(path, e))?;
    let line = String::from_utf8_lossy(&line);
    let line = line.trim_end_matches(['\n', '\r']);
    if line.is_empty() || !line.split('\t').all(|c| c.trim().parse::<f64>().is_ok()) {
        return Ok(false);
    }
    // pandas writes default column names 0, 1, 2, ...: that is a header, not a vector.
    let names_like = line.split('\t').count() > 1
        && line
            .split('\t')
            .enumerate()
            .all(|(i, c)| c.trim() == i.to_string());
    Ok(!names_like)
}

/// Loads `vectors.tsv` and the metadata that goes with it.
pub(super) fn load(path: &Path, opts: &LoadOptions) -> Result<Table> {
    let text = read_utf8(path)?;
    let lines = lines(&text);
    let Some(first) = lines.first() else {
        return Err(Error::format(path, "the table is empty: no vectors"));
    };
    let dim = first.split('\t').count();
    let mut values = Vec::with_capacity(lines.len() * dim);
    let mut invalid = Vec::new();
    let mut kept = Vec::with_capacity(lines.len());
    for (r, line) in lines.iter().enumerate() {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != dim {
            if opts.drop_invalid {
                continue;
            }
            let column = if cells.len() < dim {
                format!("embedding[{}]", cells.len())
            } else {
                format!("embedding[{dim}] (extra field)")
            };
            return Err(Error::cell(
                path,
                r,
                column,
                format!(
                    "ragged rows: expected {dim} values (as on row 0), found {}",
                    cells.len()
                ),
            ));
        }
        let row = kept.len();
        for (j, c) in cells.iter().enumerate() {
            let t = c.trim();
            let x = t.parse::<f32>().unwrap_or_else(|_| {
                invalid.push(InvalidCell {
                    row,
                    column: "embedding".into(),
                    reason: if t.is_empty() {
                        format!("empty cell (value {j})")
                    } else {
                        format!("not a number: '{c}' (value {j})")
                    },
                });
                f32::NAN
            });
            values.push(x);
        }
        kept.push(r);
    }
    let mut table = Table::new();
    table
        .add_column("embedding", ColumnData::Vector { dim, values })
        .map_err(|e| Error::format(path, e.to_string()))?;
    table.invalid = invalid;
    table.dropped_rows = lines.len() - kept.len();
    let meta = opts.metadata.clone().or_else(|| {
        let m = path.parent().unwrap_or(Path::new(".")).join("metadata.tsv");
        m.is_file().then_some(m)
    });
    if let Some(meta) = meta {
        let (names, rows) = read_metadata(&meta)?;
        if rows.len() != lines.len() {
            return Err(Error::format(
                &meta,
                format!(
                    "{} metadata rows but {} has {} vectors",
                    rows.len(),
                    path.display(),
                    lines.len()
                ),
            ));
        }
        let rows: Vec<Vec<String>> = kept.iter().map(|&r| rows[r].clone()).collect();
        add_metadata_columns(&mut table, &meta, &names, &rows)?;
    }
    Ok(table)
}

/// Reads a metadata TSV: header row unless the file has one column (then the column is
/// `label`). Every row must have the header's number of fields.
fn read_metadata(path: &Path) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let text = read_utf8(path)?;
    let lines = lines(&text);
    let Some(first) = lines.first() else {
        return Ok((vec!["label".into()], Vec::new()));
    };
    let single = !first.contains('\t');
    let (names, body) = if single {
        (vec!["label".to_string()], &lines[..])
    } else {
        let names = column_names(path, first.split('\t').map(str::to_string).collect())?;
        (names, &lines[1..])
    };
    let n = names.len();
    let mut rows = Vec::with_capacity(body.len());
    for (r, line) in body.iter().enumerate() {
        let cells: Vec<String> = if single {
            vec![line.to_string()]
        } else {
            line.split('\t').map(str::to_string).collect()
        };
        if cells.len() != n {
            let column = names
                .get(cells.len())
                .cloned()
                .unwrap_or_else(|| format!("extra field {}", n + 1));
            return Err(Error::cell(
                path,
                r,
                column,
                format!("expected {n} fields, found {}", cells.len()),
            ));
        }
        rows.push(cells);
    }
    Ok((names, rows))
}

/// Adds metadata columns: numeric when every cell is a number, else text.
fn add_metadata_columns(
    table: &mut Table,
    meta: &Path,
    names: &[String],
    rows: &[Vec<String>],
) -> Result<()> {
    for (j, name) in names.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[j].as_str()).collect();
        let numbers: Option<Vec<f64>> = cells.iter().map(|c| c.trim().parse().ok()).collect();
        let data = match numbers {
            Some(v) if !v.is_empty() => ColumnData::Numeric(v),
            _ => ColumnData::Text(cells.iter().map(|c| c.to_string()).collect()),
        };
        add_column_for(table, meta, name, data)?;
    }
    Ok(())
}

/// Joins a metadata TSV to a table loaded from `path` (any format): one metadata row per table
/// row.
pub(super) fn attach_metadata(table: &mut Table, path: &Path, meta: &PathBuf) -> Result<()> {
    let (names, rows) = read_metadata(meta)?;
    let total = table.num_rows() + table.dropped_rows;
    if table.dropped_rows > 0 && rows.len() == total {
        return Err(Error::format(
            meta,
            format!(
                "cannot join metadata after {} rows of {} were dropped",
                table.dropped_rows,
                path.display()
            ),
        ));
    }
    if rows.len() != table.num_rows() {
        return Err(Error::format(
            meta,
            format!(
                "{} metadata rows but {} has {} rows",
                rows.len(),
                path.display(),
                table.num_rows()
            ),
        ));
    }
    add_metadata_columns(table, meta, &names, &rows)
}
