//! Apache Parquet, read batch by batch through the `parquet` crate's Arrow reader.
//!
//! Column types follow the Arrow schema: List / LargeList / FixedSizeList of numbers → a vector
//! column (every list must have the first one's length; a ragged row is an error naming row and
//! column, or a dropped row with `drop_invalid`); integer and float columns → numeric (null is
//! NaN, recorded as an empty cell); strings and string dictionaries → text (null is `""`);
//! booleans → text; binary → encoded images ([`ImageCell::Encoded`]). Columns of other types
//! (dates, structs, ...) are skipped with a warning in the log.

use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType;

use crate::error::{Error, Result};
use crate::load::LoadOptions;
use crate::table::{ColumnData, ImageCell, InvalidCell, Table};

/// One column being filled batch after batch.
enum Acc {
    /// `leading`: null lists seen before the first list fixed the width.
    Vector {
        dim: Option<usize>,
        values: Vec<f32>,
        leading: usize,
    },
    Numeric(Vec<f64>),
    Text(Vec<String>),
    Image(Vec<ImageCell>),
    Skip,
}

fn is_number(t: &DataType) -> bool {
    t.is_integer() || matches!(t, DataType::Float16 | DataType::Float32 | DataType::Float64)
}

/// Whether a column of this type loads as a vector column (a list of numbers).
pub(super) fn is_vector(t: &DataType) -> bool {
    matches!(t, DataType::List(f) | DataType::LargeList(f) | DataType::FixedSizeList(f, _)
        if is_number(f.data_type()))
}

/// The error for a file the `parquet` crate cannot read.
pub(super) fn bad_file(path: &Path, e: &dyn std::fmt::Display) -> Error {
    Error::format(path, format!("cannot read Parquet: {e}"))
}

fn acc_for(t: &DataType) -> Acc {
    match t {
        t if is_number(t) => Acc::Numeric(Vec::new()),
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View | DataType::Boolean => {
            Acc::Text(Vec::new())
        }
        DataType::Dictionary(_, v)
            if matches!(
                **v,
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
            ) =>
        {
            Acc::Text(Vec::new())
        }
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView => Acc::Image(Vec::new()),
        DataType::List(f) | DataType::LargeList(f) if is_number(f.data_type()) => Acc::Vector {
            dim: None,
            values: Vec::new(),
            leading: 0,
        },
        DataType::FixedSizeList(f, d) if is_number(f.data_type()) => Acc::Vector {
            dim: Some(*d as usize),
            values: Vec::new(),
            leading: 0,
        },
        _ => Acc::Skip,
    }
}

/// Numbers of a numeric array as f64, `None` for null.
pub(super) fn numbers(a: &dyn Array) -> Vec<Option<f64>> {
    macro_rules! prim {
        ($t:ty) => {
            a.as_primitive::<$t>()
                .iter()
                .map(|v| v.map(|x| x as f64))
                .collect()
        };
    }
    match a.data_type() {
        DataType::Int8 => prim!(Int8Type),
        DataType::Int16 => prim!(Int16Type),
        DataType::Int32 => prim!(Int32Type),
        DataType::Int64 => prim!(Int64Type),
        DataType::UInt8 => prim!(UInt8Type),
        DataType::UInt16 => prim!(UInt16Type),
        DataType::UInt32 => prim!(UInt32Type),
        DataType::UInt64 => prim!(UInt64Type),
        // Half floats (FLOAT16 in Parquet), widened exactly.
        DataType::Float16 => a
            .as_primitive::<Float16Type>()
            .iter()
            .map(|v| v.map(|x| x.to_f64()))
            .collect(),
        DataType::Float32 => prim!(Float32Type),
        DataType::Float64 => prim!(Float64Type),
        _ => vec![None; a.len()],
    }
}

/// Text of a string (or boolean, or string dictionary) array, `""` for null.
fn texts(a: &dyn Array) -> Vec<String> {
    let own = |v: Option<&str>| v.unwrap_or_default().to_string();
    match a.data_type() {
        DataType::Utf8 => a.as_string::<i32>().iter().map(own).collect(),
        DataType::LargeUtf8 => a.as_string::<i64>().iter().map(own).collect(),
        DataType::Utf8View => a.as_string_view().iter().map(own).collect(),
        DataType::Boolean => a
            .as_boolean()
            .iter()
            .map(|v| v.map(|b| b.to_string()).unwrap_or_default())
            .collect(),
        DataType::Dictionary(_, _) => match a.as_any_dictionary_opt() {
            Some(d) => {
                let values = texts(d.values().as_ref());
                let keys = d.normalized_keys();
                (0..a.len())
                    .map(|i| {
                        if a.is_null(i) {
                            String::new()
                        } else {
                            values.get(keys[i]).cloned().unwrap_or_default()
                        }
                    })
                    .collect()
            }
            None => vec![String::new(); a.len()],
        },
        _ => vec![String::new(); a.len()],
    }
}

fn binaries(a: &dyn Array) -> Vec<ImageCell> {
    let own = |v: Option<&[u8]>| match v {
        Some(b) => ImageCell::Encoded(b.to_vec()),
        None => ImageCell::Unresolved(String::new()),
    };
    match a.data_type() {
        DataType::Binary => a.as_binary::<i32>().iter().map(own).collect(),
        DataType::LargeBinary => a.as_binary::<i64>().iter().map(own).collect(),
        DataType::BinaryView => a.as_binary_view().iter().map(own).collect(),
        _ => vec![ImageCell::Unresolved(String::new()); a.len()],
    }
}

/// For each row of a list array: `Some((start, len))` into the child values, `None` for null.
pub(super) fn list_spans(a: &ArrayRef) -> (ArrayRef, Vec<Option<(usize, usize)>>) {
    let spans = |offsets: Vec<usize>, a: &dyn Array| -> Vec<Option<(usize, usize)>> {
        (0..a.len())
            .map(|i| (!a.is_null(i)).then(|| (offsets[i], offsets[i + 1] - offsets[i])))
            .collect()
    };
    match a.data_type() {
        DataType::List(_) => {
            let l = a.as_list::<i32>();
            let o = l.value_offsets().iter().map(|&x| x as usize).collect();
            (l.values().clone(), spans(o, a.as_ref()))
        }
        DataType::LargeList(_) => {
            let l = a.as_list::<i64>();
            let o = l.value_offsets().iter().map(|&x| x as usize).collect();
            (l.values().clone(), spans(o, a.as_ref()))
        }
        DataType::FixedSizeList(_, _) => {
            let l = a.as_fixed_size_list();
            let o = (0..=a.len()).map(|i| l.value_offset_at(i)).collect();
            (l.values().clone(), spans(o, a.as_ref()))
        }
        _ => (a.clone(), vec![None; a.len()]),
    }
}

/// Loads a Parquet file.
pub(super) fn load(path: &Path, opts: &LoadOptions) -> Result<Table> {
    load_without(path, opts, None)
}

/// Loads a Parquet file, leaving out column `skip` (not decoded at all: the caller reads it
/// another way, [`super::parquet_rows`]).
pub(super) fn load_without(path: &Path, opts: &LoadOptions, skip: Option<&str>) -> Result<Table> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let bad_file = |e: &dyn std::fmt::Display| bad_file(path, e);
    let builder = ::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| bad_file(&e))?;
    let keep: Vec<usize> = (builder.schema().fields().iter().enumerate())
        .filter(|(_, f)| Some(f.name().as_str()) != skip)
        .map(|(i, _)| i)
        .collect();
    if keep.is_empty() {
        // Nothing else to read: the rows are counted from the file's metadata.
        let rows = builder.metadata().file_metadata().num_rows().max(0) as usize;
        if rows == 0 {
            return Err(Error::format(path, "the table is empty: no rows"));
        }
        return Ok(Table::with_rows(rows));
    }
    let mask = ::parquet::arrow::ProjectionMask::roots(builder.parquet_schema(), keep);
    let reader = builder
        .with_projection(mask)
        .build()
        .map_err(|e| bad_file(&e))?;
    let schema = arrow_array::RecordBatchReader::schema(&reader);
    let mut accs: Vec<Acc> = schema
        .fields()
        .iter()
        .map(|f| acc_for(f.data_type()))
        .collect();
    for (f, a) in schema.fields().iter().zip(&accs) {
        if matches!(a, Acc::Skip) {
            log::warn!(
                "{}: column '{}' of type {} is skipped (not a number, text, binary or list of numbers)",
                path.display(),
                f.name(),
                f.data_type()
            );
        }
    }
    let mut invalid = Vec::new();
    let mut ragged = std::collections::BTreeSet::new();
    let mut base = 0usize;
    for batch in reader {
        let batch = batch.map_err(|e| bad_file(&e))?;
        for ((field, col), acc) in schema.fields().iter().zip(batch.columns()).zip(&mut accs) {
            let name = field.name();
            let mut bad = |row: usize, reason: String| {
                invalid.push(InvalidCell {
                    row: base + row,
                    column: name.clone(),
                    reason,
                })
            };
            match acc {
                Acc::Skip => {}
                Acc::Numeric(v) => {
                    v.extend(numbers(col.as_ref()).into_iter().enumerate().map(|(r, x)| {
                        x.unwrap_or_else(|| {
                            bad(r, "empty cell (null)".into());
                            f64::NAN
                        })
                    }))
                }
                Acc::Text(v) => v.extend(texts(col.as_ref())),
                Acc::Image(v) => v.extend(binaries(col.as_ref())),
                Acc::Vector {
                    dim,
                    values,
                    leading,
                } => {
                    let (child, spans) = list_spans(col);
                    let items = numbers(child.as_ref());
                    for (r, span) in spans.into_iter().enumerate() {
                        let Some((start, len)) = span else {
                            bad(r, "empty cell (null)".into());
                            match dim {
                                Some(d) => values.extend(std::iter::repeat_n(f32::NAN, *d)),
                                // Width unknown yet: filled once the first list is seen.
                                None => *leading += 1,
                            }
                            continue;
                        };
                        let d = *dim.get_or_insert_with(|| {
                            values.extend(std::iter::repeat_n(f32::NAN, *leading * len));
                            len
                        });
                        if len != d {
                            if !opts.drop_invalid {
                                return Err(Error::cell(
                                    path,
                                    base + r,
                                    name,
                                    format!(
                                        "ragged vectors: this list has {len} values, the first has {d}"
                                    ),
                                ));
                            }
                            ragged.insert(base + r);
                            values.extend(std::iter::repeat_n(f32::NAN, d));
                            continue;
                        }
                        let cell = &items[start..start + len];
                        if cell.iter().any(Option::is_none) {
                            bad(r, "null in the list".into());
                        }
                        values.extend(cell.iter().map(|x| x.unwrap_or(f64::NAN) as f32));
                    }
                }
            }
        }
        base += batch.num_rows();
    }
    if base == 0 {
        return Err(Error::format(path, "the table is empty: no rows"));
    }
    let mut table = Table::new();
    for (field, acc) in schema.fields().iter().zip(accs) {
        let data = match acc {
            Acc::Skip => continue,
            Acc::Numeric(v) => ColumnData::Numeric(v),
            Acc::Text(v) => ColumnData::Text(v),
            Acc::Image(v) => ColumnData::Image(v),
            Acc::Vector { dim, values, .. } => {
                let Some(dim) = dim.filter(|&d| d > 0) else {
                    return Err(Error::format(
                        path,
                        format!("column '{}': every list is null or empty", field.name()),
                    ));
                };
                ColumnData::Vector { dim, values }
            }
        };
        table
            .add_column(field.name().clone(), data)
            .map_err(|e| Error::format(path, e.to_string()))?;
    }
    table.invalid = invalid;
    let ragged: Vec<usize> = ragged.into_iter().collect();
    if !ragged.is_empty() {
        let keep: Vec<usize> = (0..base)
            .filter(|r| ragged.binary_search(r).is_err())
            .collect();
        table = table.select_rows(&keep);
    }
    Ok(table)
}
