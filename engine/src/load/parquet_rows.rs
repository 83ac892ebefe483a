//! A Parquet file's vector column read as rows ([`RowSource`]) in the width it is stored in:
//! the reader behind `projector project FILE.parquet`.
//!
//! The loader ([`super::parquet`]) widens every list of numbers to f32 in a table column. For
//! an embedding that goes straight to the reducer this reader takes only that column
//! (a projection: no other column chunk is decoded), row group by row group in Arrow
//! batches, and keeps it as it was written: half floats (Parquet `FLOAT16`, Arrow `Float16`)
//! stay two bytes a value, and are widened to f32 one block of rows at a time when the
//! reducer's PCA reads them, so a million 384-d float16 embeddings hold 768 MB, not 1.5 GB.
//! Float32 lists are kept as they are (a block is a borrowed slice); every other number type
//! is converted as the loader converts it, so the rows are bit for bit the loader's.
//!
//! Anything the loader has more to say about leaves the column to it: a null list, a null
//! inside a list, lists of different lengths. [`ParquetRows::read`] then answers `None`, and the
//! loader names the row and the reason (or drops rows under `--drop-invalid`).

use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float16Type, Float32Type};
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType;
use half::f16;
use ndarray::{Array2, ArrayView2, CowArray, Ix2};
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use super::parquet::{bad_file, is_vector, list_spans, numbers};
use crate::error::{Error, Result};
use crate::rows::RowSource;

/// Values as stored: half floats kept half, everything else as the loader's f32.
enum Values {
    Half(Vec<f16>),
    Single(Vec<f32>),
}

/// One vector column of a Parquet file, `rows × dim`, held in its stored width.
pub struct ParquetRows {
    values: Values,
    rows: usize,
    dim: usize,
}

impl std::fmt::Debug for ParquetRows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParquetRows")
            .field("rows", &self.rows)
            .field("dim", &self.dim)
            .field("half", &matches!(self.values, Values::Half(_)))
            .finish()
    }
}

impl ParquetRows {
    /// Reads column `column` of `path` (`None`: the first list-of-numbers column, the table's
    /// default embedding) with its name. `Ok(None)` when the column is not a list of numbers or
    /// has a null or ragged row (the loader reports those). A file Parquet cannot read is the
    /// loader's error.
    pub fn read(path: &Path, column: Option<&str>) -> Result<Option<(String, ParquetRows)>> {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| bad_file(path, &e))?;
        let fields = builder.schema().fields().clone();
        let found = match column {
            Some(name) => fields.iter().position(|f| f.name() == name),
            None => fields.iter().position(|f| is_vector(f.data_type())),
        };
        let Some(at) = found.filter(|&i| is_vector(fields[i].data_type())) else {
            return Ok(None);
        };
        let mask = ProjectionMask::roots(builder.parquet_schema(), [at]);
        let reader = builder
            .with_projection(mask)
            .build()
            .map_err(|e| bad_file(path, &e))?;
        let half = matches!(fields[at].data_type(),
            DataType::List(f) | DataType::LargeList(f) | DataType::FixedSizeList(f, _)
                if f.data_type() == &DataType::Float16);
        let mut values = if half {
            Values::Half(Vec::new())
        } else {
            Values::Single(Vec::new())
        };
        let (mut rows, mut dim) = (0usize, None::<usize>);
        for batch in reader {
            let batch = batch.map_err(|e| bad_file(path, &e))?;
            let col: &ArrayRef = batch.column(0);
            let (child, spans) = list_spans(col);
            if child.null_count() > 0 {
                return Ok(None);
            }
            for span in &spans {
                let Some((_, len)) = *span else {
                    return Ok(None);
                };
                if *dim.get_or_insert(len) != len {
                    return Ok(None);
                }
            }
            // Spans are consecutive for lists without nulls; take the child's values they cover.
            let (first, last) = match (spans.first(), spans.last()) {
                (Some(Some((s, _))), Some(Some((e, l)))) => (*s, e + l),
                _ => continue,
            };
            match &mut values {
                Values::Half(v) => {
                    let c = child.as_primitive::<Float16Type>();
                    v.extend_from_slice(&c.values()[first..last]);
                }
                Values::Single(v) if child.data_type() == &DataType::Float32 => {
                    let c = child.as_primitive::<Float32Type>();
                    v.extend_from_slice(&c.values()[first..last]);
                }
                Values::Single(v) => {
                    let c = child.slice(first, last - first);
                    v.extend(
                        numbers(c.as_ref())
                            .into_iter()
                            .map(|x| x.unwrap_or(f64::NAN) as f32),
                    );
                }
            }
            rows += batch.num_rows();
        }
        if rows == 0 {
            return Err(Error::format(path, "the table is empty: no rows"));
        }
        let Some(dim) = dim.filter(|&d| d > 0) else {
            return Ok(None);
        };
        Ok(Some((
            fields[at].name().clone(),
            ParquetRows { values, rows, dim },
        )))
    }

    /// Whether the values are held as half floats.
    pub fn is_half(&self) -> bool {
        matches!(self.values, Values::Half(_))
    }
}

impl RowSource for ParquetRows {
    fn dim(&self) -> (usize, usize) {
        (self.rows, self.dim)
    }

    fn block(&self, r0: usize, r1: usize) -> CowArray<'_, f32, Ix2> {
        let range = r0 * self.dim..r1 * self.dim;
        let shape = (r1 - r0, self.dim);
        match &self.values {
            Values::Single(v) => ArrayView2::from_shape(shape, &v[range])
                .map(CowArray::from)
                .unwrap_or_else(|_| Array2::zeros(shape).into()),
            Values::Half(v) => {
                let wide: Vec<f32> = v[range].iter().map(|h| h.to_f32()).collect();
                Array2::from_shape_vec(shape, wide)
                    .unwrap_or_else(|_| Array2::zeros(shape))
                    .into()
            }
        }
    }
}
