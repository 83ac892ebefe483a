//! Tables: built column by column from a data frame, or loaded from a file or a W&B run folder
//! by the engine's loaders; then prepared (embedding, colour, matrix, labels) by the engine.

use std::path::PathBuf;

use numpy::{PyArray1, PyArray2, PyReadonlyArray1, PyReadonlyArray2, ToPyArray};
use projector_engine::load::{Format, LoadOptions, wandb_run};
use projector_engine::pipeline;
use projector_engine::{ColumnData, ImageCell};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::errors::to_py;

/// An engine table: the columns of a data frame, or a loaded file.
#[pyclass(module = "projector._native")]
#[derive(Clone)]
pub struct Table {
    pub(crate) inner: projector_engine::Table,
}

fn check_rows(t: &projector_engine::Table, name: &str, n: usize) -> PyResult<()> {
    let rows = t.num_rows();
    if !t.columns().is_empty() && rows != n {
        return Err(PyValueError::new_err(format!(
            "column '{name}' has {n} rows, the others {rows}"
        )));
    }
    Ok(())
}

#[pymethods]
impl Table {
    /// An empty table; `source` names it in error messages (`DataFrame: row 3, …`).
    #[new]
    #[pyo3(signature = (source = "data".to_string()))]
    fn new(source: String) -> Table {
        let mut inner = projector_engine::Table::new();
        inner.source = Some(PathBuf::from(source));
        Table { inner }
    }

    /// Adds a numeric column (NaN marks a missing cell).
    fn add_numeric(&mut self, name: String, values: PyReadonlyArray1<'_, f64>) -> PyResult<()> {
        let v = values.as_array().to_vec();
        check_rows(&self.inner, &name, v.len())?;
        self.add(name, ColumnData::Numeric(v))
    }

    /// Adds a vector column: one row of `values` (n × d, float32) per table row.
    fn add_vector(&mut self, name: String, values: PyReadonlyArray2<'_, f32>) -> PyResult<()> {
        let a = values.as_array();
        check_rows(&self.inner, &name, a.nrows())?;
        let data = ColumnData::Vector {
            dim: a.ncols(),
            values: a.iter().copied().collect(),
        };
        self.add(name, data)
    }

    /// Adds a text column (categories or free text).
    fn add_text(&mut self, name: String, values: Vec<String>) -> PyResult<()> {
        check_rows(&self.inner, &name, values.len())?;
        self.add(name, ColumnData::Text(values))
    }

    /// Adds an image column: encoded bytes (PNG, JPEG), a file path, or None.
    fn add_images(&mut self, name: String, values: Vec<Option<Bound<'_, PyAny>>>) -> PyResult<()> {
        check_rows(&self.inner, &name, values.len())?;
        let cells = values
            .into_iter()
            .map(|v| match v {
                None => Ok(ImageCell::Unresolved(String::new())),
                Some(v) if v.is_instance_of::<PyBytes>() => {
                    Ok(ImageCell::Encoded(v.extract::<Vec<u8>>()?))
                }
                Some(v) if v.is_instance_of::<PyString>() => {
                    let s: String = v.extract()?;
                    let p = PathBuf::from(&s);
                    Ok(if p.is_file() {
                        ImageCell::Path(p)
                    } else {
                        ImageCell::Unresolved(s)
                    })
                }
                Some(v) => Err(PyValueError::new_err(format!(
                    "column '{name}': an image cell must be bytes, a path or None, not {}",
                    v.get_type().name()?
                ))),
            })
            .collect::<PyResult<Vec<_>>>()?;
        self.add(name, ColumnData::Image(cells))
    }

    /// Rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.inner.num_rows()
    }

    /// `(name, kind, dim)` of each column: kind is vector, numeric, categorical, text or image.
    fn columns(&self) -> Vec<(String, String, usize)> {
        self.inner
            .columns()
            .iter()
            .map(|c| {
                let dim = match &c.data {
                    ColumnData::Vector { dim, .. } => *dim,
                    _ => 1,
                };
                (c.name.clone(), self.inner.kind(c).name().to_string(), dim)
            })
            .collect()
    }

    /// The values of column `name`: a NumPy array for numbers (float64) and vectors
    /// (float32, n × d), a list of str for text, a list of paths, bytes or None for images.
    fn column<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        let c = self.inner.column(name).ok_or_else(|| {
            PyValueError::new_err(format!(
                "no column '{name}' (columns: {})",
                self.inner.column_list()
            ))
        })?;
        Ok(match &c.data {
            ColumnData::Numeric(v) => PyArray1::from_slice(py, v).into_any(),
            ColumnData::Vector { dim, values } => {
                let a = ndarray::ArrayView2::from_shape((values.len() / dim.max(&1), *dim), values)
                    .map_err(|e| PyValueError::new_err(e.to_string()))?;
                a.to_pyarray(py).into_any()
            }
            ColumnData::Text(v) => v.clone().into_pyobject(py)?.into_any(),
            ColumnData::Image(cells) => {
                let items: Vec<Py<PyAny>> = cells
                    .iter()
                    .map(|cell| match cell {
                        ImageCell::Path(p) => PyString::new(py, &p.display().to_string())
                            .into_any()
                            .unbind(),
                        ImageCell::Encoded(b) => PyBytes::new(py, b).into_any().unbind(),
                        ImageCell::Unresolved(s) if s.is_empty() => py.None(),
                        ImageCell::Unresolved(s) => PyString::new(py, s).into_any().unbind(),
                    })
                    .collect();
                items.into_pyobject(py)?.into_any()
            }
            _ => py.None().into_bound(py),
        })
    }

    /// The embedding and colour columns chosen (`None`: the CLI's smart defaults), the matrix
    /// and the labels.
    #[pyo3(signature = (embedding = None, color = None, drop_invalid = false))]
    fn prepare(
        &self,
        py: Python<'_>,
        embedding: Option<Vec<String>>,
        color: Option<String>,
        drop_invalid: bool,
    ) -> PyResult<Prepared> {
        let table = self.inner.clone();
        let name = table
            .source
            .clone()
            .unwrap_or_else(|| PathBuf::from("data"));
        py.detach(|| {
            pipeline::Prepared::from_table(
                table,
                name,
                embedding.as_deref(),
                color.as_deref(),
                drop_invalid,
            )
        })
        .map(|inner| Prepared {
            inner,
            from_file: false,
        })
        .map_err(to_py)
    }
}

impl Table {
    fn add(&mut self, name: String, data: ColumnData) -> PyResult<()> {
        self.inner.add_column(name, data).map_err(to_py)
    }
}

/// A table ready to project: the engine's `pipeline::Prepared`.
#[pyclass(module = "projector._native")]
#[derive(Clone)]
pub struct Prepared {
    pub(crate) inner: pipeline::Prepared,
    /// Read from a file (its path goes into the provenance), not built in memory.
    pub(crate) from_file: bool,
}

impl Prepared {
    /// The input part of the provenance: the file when there was one.
    pub(crate) fn input_info(&self) -> pipeline::InputInfo {
        if self.from_file {
            self.inner.input_info()
        } else {
            pipeline::InputInfo::of(
                None,
                &self.inner.spec.columns(),
                self.inner.embedding.data.view(),
            )
        }
    }
}

#[pymethods]
impl Prepared {
    /// Rows embedded.
    #[getter]
    fn num_rows(&self) -> usize {
        self.inner.embedding.data.nrows()
    }

    /// Dimensions of the embedding.
    #[getter]
    fn dims(&self) -> usize {
        self.inner.embedding.data.ncols()
    }

    /// The embedding matrix (float32, a copy).
    fn matrix<'py>(&self, py: Python<'py>) -> Bound<'py, PyArray2<f32>> {
        self.inner.embedding.data.to_pyarray(py)
    }

    /// The table rows embedded (rows with invalid cells are left out under drop_invalid).
    fn rows<'py>(&self, py: Python<'py>) -> Bound<'py, PyArray1<u64>> {
        let r: Vec<u64> = self
            .inner
            .embedding
            .rows
            .iter()
            .map(|&r| r as u64)
            .collect();
        PyArray1::from_vec(py, r)
    }

    /// The embedding columns used.
    #[getter]
    fn embedding(&self) -> Vec<String> {
        self.inner.spec.columns()
    }

    /// The colour column, if any.
    #[getter]
    fn color(&self) -> Option<String> {
        self.inner.color.clone()
    }

    /// `(codes, classes)` of the colour column for the embedded rows, when it is categorical.
    fn labels<'py>(&self, py: Python<'py>) -> Option<(Bound<'py, PyArray1<u32>>, Vec<String>)> {
        self.inner
            .labels
            .as_ref()
            .map(|l| (PyArray1::from_slice(py, &l.codes), l.classes.clone()))
    }

    /// The whole table.
    fn table(&self) -> Table {
        Table {
            inner: self.inner.table.clone(),
        }
    }

    /// The file it was read from, or the name given to in-memory data.
    #[getter]
    fn source(&self) -> String {
        self.inner.path.display().to_string()
    }
}

/// Loads a file (CSV, TSV, .npy, Parquet, W&B .table.json, TensorBoard vectors.tsv) or a W&B
/// run folder (`table`, `step` choose among its logged tables) and prepares it.
#[pyfunction(name = "load")]
#[pyo3(signature = (path, embedding = None, color = None, format = None, labels = None, metadata = None, drop_invalid = false, table = None, step = None))]
#[allow(clippy::too_many_arguments)]
pub fn load_file(
    py: Python<'_>,
    path: PathBuf,
    embedding: Option<Vec<String>>,
    color: Option<String>,
    format: Option<String>,
    labels: Option<PathBuf>,
    metadata: Option<PathBuf>,
    drop_invalid: bool,
    table: Option<String>,
    step: Option<u64>,
) -> PyResult<Prepared> {
    let format = format
        .map(|f| f.parse::<Format>())
        .transpose()
        .map_err(to_py)?;
    let source = pipeline::Source {
        path,
        load: LoadOptions {
            format,
            labels,
            metadata,
            drop_invalid,
            table,
            step,
        },
        embedding,
        color,
        take_vectors: false,
    };
    match crate::progress::run(py, None, |_| source.prepare()) {
        (_, Some(interrupted)) => Err(interrupted),
        (result, None) => result
            .map(|inner| Prepared {
                inner,
                from_file: true,
            })
            .map_err(to_py),
    }
}

/// The tables logged in a W&B run folder: `(key, step, path)`, in the order they were logged.
#[pyfunction]
pub fn wandb_tables(path: PathBuf) -> PyResult<Vec<(String, u64, String)>> {
    let tables = wandb_run::list_tables(&path).map_err(to_py)?;
    Ok(tables
        .into_iter()
        .map(|t| (t.key, t.step, t.path.display().to_string()))
        .collect())
}
