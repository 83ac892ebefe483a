//! Writing the projected coordinates.
//!
//! [`write_coordinates`] picks the format from the extension:
//! * `.npy`: a float32 `n × dims` array (C order, little endian); extra columns are ignored.
//! * `.csv`: a header `x,y[,z]` then the extra columns; vector cells are written as JSON lists
//!   (`"[0.1, 0.2]"`), which the CSV loader reads back as vectors; image cells as their path.
//! * `.parquet`: float32 columns `x`, `y`[, `z`], then the extra columns (numeric → float64,
//!   text → string, vector → FixedSizeList of float32, image → binary when every cell holds
//!   encoded bytes, else the path as a string).
//!
//! Coordinates of more than three dimensions are named `d0`, `d1`, ... instead of `x, y, z`.
//! Every file is written atomically: into a temporary file in the target's folder, synced to
//! disk, then renamed over the target, so an existing file is replaced only on success.
//!
//! ```
//! use ndarray::array;
//! use projector_engine::output::write_coordinates;
//! use projector_engine::load::{load, LoadOptions};
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("coords.csv");
//! let coords = array![[0.0f32, 1.0], [2.0, 3.0]];
//! write_coordinates(&path, coords.view(), &[]).unwrap();
//! assert_eq!(std::fs::read_to_string(&path).unwrap(), "x,y\n0,1\n2,3\n");
//! let back = load(&path, &LoadOptions::default()).unwrap();
//! assert_eq!(back.num_rows(), 2);
//! ```

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{BinaryBuilder, FixedSizeListBuilder, Float32Builder};
use arrow_array::{ArrayRef, Float32Array, Float64Array, RecordBatch, StringArray};
use arrow_schema::{Field, Schema};
use ndarray::ArrayView2;

use crate::error::{Error, Result};
use crate::pipeline::Provenance;
use crate::table::{Column, ColumnData, ImageCell};

/// Writes `coords` (`n × dims`) and the `extra` columns (each of length `n`) to `path`, in the
/// format its extension names (`.npy`, `.csv`, `.parquet`). Unknown extensions and columns of
/// the wrong length are [`Error::Invalid`].
pub fn write_coordinates(path: &Path, coords: ArrayView2<'_, f32>, extra: &[Column]) -> Result<()> {
    write_file(path, coords, extra, None)
}

/// [`write_coordinates`], with the layout's provenance: in the file's key-value metadata for
/// `.parquet` (key [`PROVENANCE_KEY`], also in the Arrow schema's metadata), and for `.npy`
/// and `.csv` in a JSON file beside it ([`provenance_path`]: `coords.npy` → `coords.npy.json`),
/// written atomically after the coordinates.
///
/// ```
/// use projector_engine::output::{provenance_path, write_projection};
/// use projector_engine::pipeline::{InputInfo, Provenance, Settings};
/// use projector_engine::Compute;
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("coords.npy");
/// let coords = ndarray::array![[0.0f32, 1.0], [2.0, 3.0]];
/// let prov = Provenance::new(&Settings::default(), &Compute::Cpu, InputInfo::of(None, &[], coords.view()));
/// write_projection(&path, coords.view(), &[], &prov).unwrap();
/// let side: Provenance = serde_json::from_str(&std::fs::read_to_string(provenance_path(&path)).unwrap()).unwrap();
/// assert_eq!(side, prov);
/// ```
pub fn write_projection(
    path: &Path,
    coords: ArrayView2<'_, f32>,
    extra: &[Column],
    provenance: &Provenance,
) -> Result<()> {
    write_file(path, coords, extra, Some(provenance))
}

/// The Parquet metadata key that holds a layout's provenance (JSON).
pub const PROVENANCE_KEY: &str = "projector.provenance";

/// Where the provenance of a `.npy` or `.csv` output goes: the output's name with `.json`
/// appended.
pub fn provenance_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".json");
    name.into()
}

/// The provenance a file written by [`write_projection`] carries: from a `.parquet` file's
/// metadata, else from the JSON beside it. `Ok(None)` when it has none.
pub fn read_provenance(path: &Path) -> Result<Option<Provenance>> {
    let is_parquet = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    let text = if is_parquet {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let reader = ::parquet::file::reader::SerializedFileReader::new(f)
            .map_err(|e| Error::format(path, format!("cannot read Parquet metadata: {e}")))?;
        use ::parquet::file::reader::FileReader;
        reader
            .metadata()
            .file_metadata()
            .key_value_metadata()
            .and_then(|kv| kv.iter().find(|k| k.key == PROVENANCE_KEY))
            .and_then(|k| k.value.clone())
    } else {
        let side = provenance_path(path);
        match std::fs::read_to_string(&side) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(&side, e)),
        }
    };
    text.map(|t| {
        serde_json::from_str(&t)
            .map_err(|e| Error::format(path, format!("provenance is not valid JSON: {e}")))
    })
    .transpose()
}

fn write_file(
    path: &Path,
    coords: ArrayView2<'_, f32>,
    extra: &[Column],
    provenance: Option<&Provenance>,
) -> Result<()> {
    crate::scale::check_output("the projection", coords)?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let (n, dims) = coords.dim();
    if dims == 0 {
        return Err(Error::Invalid(
            "no coordinates to write (0 dimensions)".into(),
        ));
    }
    type Writer =
        fn(&mut std::fs::File, ArrayView2<'_, f32>, &[Column], Option<&str>, &Path) -> Result<()>;
    let write: Writer = match ext.as_str() {
        "npy" => write_npy,
        "csv" => write_csv,
        "parquet" => write_parquet,
        _ => {
            return Err(Error::Invalid(format!(
                "{}: cannot write '.{ext}' files (use .npy, .csv or .parquet)",
                path.display()
            )));
        }
    };
    if ext != "npy" {
        for c in extra {
            if c.data.len() != n {
                return Err(Error::Invalid(format!(
                    "column '{}' has {} rows but there are {n} points",
                    c.name,
                    c.data.len()
                )));
            }
        }
    }
    let json = provenance
        .map(|p| serde_json::to_string_pretty(p).map_err(|e| Error::Invalid(e.to_string())))
        .transpose()?;
    let meta = if ext == "parquet" {
        json.as_deref()
    } else {
        None
    };
    atomic_write(path, |f| write(f, coords, extra, meta, path))?;
    if let (Some(json), false) = (&json, ext == "parquet") {
        let side = provenance_path(path);
        atomic_write(&side, |f| {
            f.write_all(json.as_bytes())
                .and_then(|()| f.write_all(b"\n"))
                .map_err(|e| Error::io(&side, e))
        })?;
    }
    Ok(())
}

/// Writes `path` through a temporary file in its folder, synced, then renamed over it.
fn atomic_write(path: &Path, write: impl FnOnce(&mut std::fs::File) -> Result<()>) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(path, e))?;
    write(tmp.as_file_mut())?;
    tmp.as_file_mut().flush().map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

fn axis_names(dims: usize) -> Vec<String> {
    if dims <= 3 {
        ["x", "y", "z"][..dims]
            .iter()
            .map(|s| s.to_string())
            .collect()
    } else {
        (0..dims).map(|i| format!("d{i}")).collect()
    }
}

fn write_npy(
    f: &mut std::fs::File,
    coords: ArrayView2<'_, f32>,
    _extra: &[Column],
    _meta: Option<&str>,
    path: &Path,
) -> Result<()> {
    let (n, d) = coords.dim();
    let dict = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': ({n}, {d}), }}");
    // Pad so the data starts on a 64-byte boundary; the header ends with '\n'.
    let unpadded = 10 + dict.len() + 1;
    let pad = (64 - unpadded % 64) % 64;
    let header_len = dict.len() + pad + 1;
    let mut out = std::io::BufWriter::new(f);
    let io = |e| Error::io(path, e);
    let mut head = b"\x93NUMPY\x01\x00".to_vec();
    head.extend_from_slice(&(header_len as u16).to_le_bytes());
    head.extend_from_slice(dict.as_bytes());
    head.extend(std::iter::repeat_n(b' ', pad));
    head.push(b'\n');
    out.write_all(&head).map_err(io)?;
    for row in coords.rows() {
        for x in row {
            out.write_all(&x.to_le_bytes()).map_err(io)?;
        }
    }
    out.flush().map_err(io)
}

fn cell_text(c: &ColumnData, r: usize) -> String {
    match c {
        ColumnData::Vector { dim, values } => {
            let v = &values[r * dim..(r + 1) * dim];
            let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
            format!("[{}]", items.join(", "))
        }
        ColumnData::Numeric(v) => v[r].to_string(),
        ColumnData::Text(v) => v[r].clone(),
        ColumnData::Image(v) => match &v[r] {
            ImageCell::Path(p) => p.display().to_string(),
            ImageCell::Unresolved(s) => s.clone(),
            ImageCell::Encoded(b) => format!("<{} bytes of image>", b.len()),
        },
    }
}

fn write_csv(
    f: &mut std::fs::File,
    coords: ArrayView2<'_, f32>,
    extra: &[Column],
    _meta: Option<&str>,
    path: &Path,
) -> Result<()> {
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(f));
    let err = |e: csv::Error| Error::format(path, format!("cannot write CSV: {e}"));
    let mut header = axis_names(coords.ncols());
    header.extend(extra.iter().map(|c| c.name.clone()));
    w.write_record(&header).map_err(err)?;
    let mut record = Vec::with_capacity(header.len());
    for (r, row) in coords.rows().into_iter().enumerate() {
        record.clear();
        record.extend(row.iter().map(|x| x.to_string()));
        record.extend(extra.iter().map(|c| cell_text(&c.data, r)));
        w.write_record(&record).map_err(err)?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

fn write_parquet(
    f: &mut std::fs::File,
    coords: ArrayView2<'_, f32>,
    extra: &[Column],
    meta: Option<&str>,
    path: &Path,
) -> Result<()> {
    let n = coords.nrows();
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    for (j, name) in axis_names(coords.ncols()).into_iter().enumerate() {
        fields.push(Field::new(name, arrow_schema::DataType::Float32, false));
        arrays.push(Arc::new(Float32Array::from_iter_values(
            coords.column(j).iter().copied(),
        )));
    }
    for c in extra {
        let array: ArrayRef = match &c.data {
            ColumnData::Numeric(v) => Arc::new(Float64Array::from(v.clone())),
            ColumnData::Text(v) => Arc::new(StringArray::from_iter_values(v)),
            ColumnData::Vector { dim, values } => {
                let mut b = FixedSizeListBuilder::with_capacity(
                    Float32Builder::with_capacity(values.len()),
                    *dim as i32,
                    n,
                );
                for row in values.chunks_exact(*dim) {
                    b.values().append_slice(row);
                    b.append(true);
                }
                Arc::new(b.finish())
            }
            ColumnData::Image(v) if v.iter().all(|i| matches!(i, ImageCell::Encoded(_))) => {
                let mut b = BinaryBuilder::new();
                for i in v {
                    if let ImageCell::Encoded(bytes) = i {
                        b.append_value(bytes);
                    }
                }
                Arc::new(b.finish())
            }
            other => Arc::new(StringArray::from_iter_values(
                (0..n).map(|r| cell_text(other, r)),
            )),
        };
        fields.push(Field::new(
            c.name.clone(),
            array.data_type().clone(),
            array.null_count() > 0 || matches!(c.data, ColumnData::Vector { .. }),
        ));
        arrays.push(array);
    }
    let mut schema = Schema::new(fields);
    let mut props = None;
    if let Some(json) = meta {
        // In the Arrow schema (pyarrow's `schema.metadata`) and in the file's own key-value
        // metadata (any Parquet reader).
        schema
            .metadata
            .insert(PROVENANCE_KEY.to_string(), json.to_string());
        props = Some(
            ::parquet::file::properties::WriterProperties::builder()
                .set_key_value_metadata(Some(vec![::parquet::file::metadata::KeyValue::new(
                    PROVENANCE_KEY.to_string(),
                    json.to_string(),
                )]))
                .build(),
        );
    }
    let schema = Arc::new(schema);
    let err = |e: &dyn std::fmt::Display| Error::format(path, format!("cannot write Parquet: {e}"));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| err(&e))?;
    let mut w = ::parquet::arrow::ArrowWriter::try_new(f, schema, props).map_err(|e| err(&e))?;
    w.write(&batch).map_err(|e| err(&e))?;
    w.close().map_err(|e| err(&e))?;
    Ok(())
}
