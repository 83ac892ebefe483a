//! CSV and TSV with a header row, read with the `csv` crate; types are inferred per column (see
//! the module docs of [`crate::load`]).
//!
//! The whole file is checked for UTF-8 first (so the error names the exact byte offset), and
//! scanned for an unclosed quote (a file cut off inside a quoted field, which the `csv` crate
//! would otherwise accept as a shorter last field).

use std::path::Path;

use crate::error::{Error, Result};
use crate::load::{LoadOptions, column_names, read_utf8, table_from_text_rows};
use crate::table::Table;

/// Loads a delimited file with a header row.
pub(super) fn load(path: &Path, delimiter: u8, opts: &LoadOptions) -> Result<Table> {
    let text = read_utf8(path)?;
    check_quotes(path, text.as_bytes(), delimiter)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        None => {
            return Err(Error::format(
                path,
                "the table is empty: the file has no header and no rows",
            ));
        }
        Some(h) => h.map_err(|e| csv_error(path, e))?,
    };
    let names = column_names(path, header.iter().map(str::to_string).collect())?;
    let n = names.len();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut dropped = 0;
    let mut row = 0usize;
    for rec in records {
        let rec = rec.map_err(|e| csv_error(path, e))?;
        // A blank line (a single empty field) is skipped by the csv crate already; a line of
        // only delimiters is a row of empty cells.
        if rec.len() != n {
            if opts.drop_invalid {
                dropped += 1;
                row += 1;
                continue;
            }
            let column = if rec.len() < n {
                names[rec.len()].clone()
            } else {
                format!("extra field {}", n + 1)
            };
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            return Err(Error::cell(
                path,
                row,
                column,
                format!("expected {n} fields, found {} (line {line})", rec.len()),
            ));
        }
        rows.push(rec.iter().map(str::to_string).collect());
        row += 1;
    }
    if rows.is_empty() && dropped == 0 {
        return Err(Error::format(
            path,
            "the table is empty: a header but no data rows",
        ));
    }
    table_from_text_rows(path, &names, rows, dropped, opts.drop_invalid)
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    let at = e
        .position()
        .map(|p| format!(" (line {}, byte {})", p.line(), p.byte()))
        .unwrap_or_default();
    Error::format(path, format!("cannot parse: {e}{at}"))
}

/// Fails when the file ends inside a quoted field (a truncated file). Mirrors the quoting rules
/// of `csv-core`: a quote opens a quoted field only at the start of a field; `""` inside a
/// quoted field is an escaped quote.
fn check_quotes(path: &Path, bytes: &[u8], delimiter: u8) -> Result<()> {
    #[derive(Clone, Copy, PartialEq)]
    enum S {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut s = S::FieldStart;
    let mut line = 1usize;
    let mut open_line = 0usize;
    for &b in bytes {
        let end = b == delimiter || b == b'\n' || b == b'\r';
        s = match s {
            S::FieldStart if b == b'"' => {
                open_line = line;
                S::Quoted
            }
            S::FieldStart | S::Unquoted if end => S::FieldStart,
            S::FieldStart | S::Unquoted => S::Unquoted,
            S::Quoted if b == b'"' => S::QuoteInQuoted,
            S::Quoted => S::Quoted,
            S::QuoteInQuoted if b == b'"' => S::Quoted,
            S::QuoteInQuoted if end => S::FieldStart,
            S::QuoteInQuoted => S::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    if s == S::Quoted {
        return Err(Error::format(
            path,
            format!(
                "truncated file: the quoted field opened on line {open_line} is never closed \
                 (the file ends inside it)"
            ),
        ));
    }
    Ok(())
}
