//! Weights & Biases tables (`*.table.json`): `{"columns": [...], "data": [[...], ...]}`.
//!
//! Each column's type comes from its cells: lists of numbers → a vector column; numbers → numeric
//! (`null` is NaN, recorded as an empty cell; a column mostly of numbers keeps the others as
//! recorded invalid cells); image objects (`{"_type": "image-file", "path": ...}`) → an image
//! column; anything else → text (`null` is `""`). Image paths are relative to the run's files
//! folder, found by walking up from the JSON's folder to the first folder holding `media/`; a
//! file that exists there becomes [`ImageCell::Path`], anything else [`ImageCell::Unresolved`].
//! The bare string `"Image"` that wandb writes for images in offline runs is kept as text.

use std::path::{Path, PathBuf};

use serde_json::Value as Json;

use crate::error::{Error, Result};
use crate::load::{LoadOptions, column_names, read_utf8};
use crate::table::{ColumnData, ImageCell, InvalidCell, Table};

fn is_image(v: &Json) -> bool {
    v.get("_type")
        .and_then(Json::as_str)
        .is_some_and(|t| t == "image-file" || t == "image")
}

/// Marks the strings [`quote_non_finite`] made out of bare `NaN` / `Infinity` tokens.
const NON_FINITE: char = '\u{0}';

/// Rewrites the bare tokens `NaN`, `Infinity` and `-Infinity` outside strings as marked strings
/// (`"\u0000NaN"`), which [`number`] reads back as numbers.
fn quote_non_finite(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let (mut in_string, mut escaped) = (false, false);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if let Some(tok) = ["NaN", "Infinity", "-Infinity"]
            .into_iter()
            .find(|t| rest.starts_with(t))
        {
            out.push_str(&format!("\"\\u0000{tok}\""));
            rest = &rest[tok.len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The number in a cell: a JSON number, or a NaN/Infinity token marked by [`quote_non_finite`].
fn number(v: &Json) -> Option<f64> {
    match v {
        Json::Number(x) => x.as_f64(),
        Json::String(s) => s.strip_prefix(NON_FINITE).and_then(|t| t.parse().ok()),
        _ => None,
    }
}

fn as_text(v: &Json) -> String {
    match v {
        Json::Null => String::new(),
        Json::String(s) => s.strip_prefix(NON_FINITE).unwrap_or(s).to_string(),
        other => other.to_string(),
    }
}

/// The folder image paths are relative to: the first ancestor of the JSON's folder that holds
/// a `media` folder.
fn files_root(path: &Path) -> Option<PathBuf> {
    path.parent()?
        .ancestors()
        .find(|d| d.join("media").is_dir())
        .map(Path::to_path_buf)
}

/// Loads a W&B table JSON.
pub(super) fn load(path: &Path, opts: &LoadOptions) -> Result<Table> {
    let text = read_utf8(path)?;
    let doc: Json = match serde_json::from_str(&text) {
        Ok(d) => d,
        // Python's json module writes NaN and Infinity, which JSON does not have.
        Err(e) => serde_json::from_str(&quote_non_finite(&text))
            .map_err(|_| Error::format(path, format!("not valid JSON: {e}")))?,
    };
    let (Some(columns), Some(data)) = (
        doc.get("columns").and_then(Json::as_array),
        doc.get("data").and_then(Json::as_array),
    ) else {
        return Err(Error::format(
            path,
            "not a W&B table: expected an object with \"columns\" and \"data\" arrays",
        ));
    };
    let names = column_names(path, columns.iter().map(as_text).collect())?;
    let n = names.len();
    let mut rows: Vec<&Vec<Json>> = Vec::with_capacity(data.len());
    let mut dropped = 0;
    for (r, row) in data.iter().enumerate() {
        let cells = row.as_array();
        let len = cells.map(Vec::len);
        match cells {
            Some(c) if c.len() == n => rows.push(c),
            _ if opts.drop_invalid => dropped += 1,
            _ => {
                let (column, reason) = match len {
                    Some(l) if l < n => {
                        (names[l].clone(), format!("expected {n} cells, found {l}"))
                    }
                    Some(l) => (
                        format!("extra cell {}", n + 1),
                        format!("expected {n} cells, found {l}"),
                    ),
                    None => (
                        names.first().cloned().unwrap_or_default(),
                        format!("a row must be a list, found {row}"),
                    ),
                };
                return Err(Error::cell(path, r, column, reason));
            }
        }
    }
    // Ragged vector columns: row errors, fixed before building the columns.
    let mut drop = std::collections::BTreeSet::new();
    for (j, name) in names.iter().enumerate() {
        if let Some(dim) = vector_dim(rows.iter().map(|r| &r[j])) {
            for (r, row) in rows.iter().enumerate() {
                if let Some(l) = row[j].as_array().map(Vec::len).filter(|&l| l != dim) {
                    if !opts.drop_invalid {
                        return Err(Error::cell(
                            path,
                            r,
                            name,
                            format!(
                                "ragged vectors: this list has {l} values, the first has {dim}"
                            ),
                        ));
                    }
                    drop.insert(r);
                }
            }
        }
    }
    dropped += super::remove_rows(&mut rows, &drop);
    if rows.is_empty() && dropped == 0 {
        return Err(Error::format(
            path,
            "the table is empty: no rows in \"data\"",
        ));
    }
    let root = files_root(path);
    let mut table = Table::new();
    let mut invalid = Vec::new();
    for (j, name) in names.iter().enumerate() {
        let cells: Vec<&Json> = rows.iter().map(|r| &r[j]).collect();
        let data = build(name, &cells, root.as_deref(), &mut invalid);
        table
            .add_column(name.clone(), data)
            .map_err(|e| Error::format(path, e.to_string()))?;
    }
    table.invalid = invalid;
    table.dropped_rows = dropped;
    Ok(table)
}

/// The width of a vector column (the first list's length) when more than half of the non-null
/// cells are lists.
fn vector_dim<'a>(cells: impl Iterator<Item = &'a Json>) -> Option<usize> {
    let (mut lists, mut non_null, mut dim) = (0, 0, None);
    for c in cells {
        if c.is_null() {
            continue;
        }
        non_null += 1;
        if let Some(a) = c.as_array() {
            lists += 1;
            dim.get_or_insert(a.len());
        }
    }
    (lists * 2 > non_null)
        .then_some(dim)
        .flatten()
        .filter(|&d| d > 0)
}

fn build(
    name: &str,
    cells: &[&Json],
    root: Option<&Path>,
    invalid: &mut Vec<InvalidCell>,
) -> ColumnData {
    let mut bad = |row: usize, reason: String| {
        invalid.push(InvalidCell {
            row,
            column: name.to_string(),
            reason,
        })
    };
    if cells.iter().any(|c| is_image(c)) {
        return ColumnData::Image(
            cells
                .iter()
                .map(|c| {
                    if !is_image(c) {
                        return ImageCell::Unresolved(as_text(c));
                    }
                    let rel = c.get("path").and_then(Json::as_str).unwrap_or_default();
                    match root.map(|r| r.join(rel)) {
                        Some(p) if !rel.is_empty() && p.is_file() => ImageCell::Path(p),
                        _ => ImageCell::Unresolved(rel.to_string()),
                    }
                })
                .collect(),
        );
    }
    if let Some(dim) = vector_dim(cells.iter().copied()) {
        let mut values = Vec::with_capacity(cells.len() * dim);
        for (r, c) in cells.iter().enumerate() {
            let start = values.len();
            match c {
                Json::Null => bad(r, "empty cell (null)".into()),
                Json::Array(a) => {
                    // Lengths were checked before; items must be numbers.
                    match a.iter().find(|x| number(x).is_none()) {
                        None => {
                            values.extend(a.iter().map(|x| number(x).unwrap_or(f64::NAN) as f32));
                        }
                        Some(x) => bad(r, format!("not a number in the list: {x}")),
                    }
                }
                other => bad(r, format!("not a vector: {other}")),
            }
            if values.len() == start {
                values.extend(std::iter::repeat_n(f32::NAN, dim));
            }
        }
        return ColumnData::Vector { dim, values };
    }
    let non_null = cells.iter().filter(|c| !c.is_null()).count();
    let numbers = cells.iter().filter(|c| number(c).is_some()).count();
    if non_null > 0 && numbers * 2 > non_null {
        return ColumnData::Numeric(
            cells
                .iter()
                .enumerate()
                .map(|(r, c)| match c {
                    c if number(c).is_some() => number(c).unwrap_or(f64::NAN),
                    Json::Null => {
                        bad(r, "empty cell (null)".into());
                        f64::NAN
                    }
                    other => {
                        bad(r, format!("not a number: '{}'", as_text(other)));
                        f64::NAN
                    }
                })
                .collect(),
        );
    }
    ColumnData::Text(cells.iter().map(|c| as_text(c)).collect())
}
