//! The first steps of the pipeline: load a file, choose what to embed and what to colour by,
//! and take the matrix out of the table.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{InputInfo, Stage};
use crate::error::{Error, Result};
use crate::load::{self, LoadOptions};
use crate::table::{Embedding, Labels};
use crate::{EmbeddingSpec, Table};

/// What to read and which columns to use; the table's smart defaults fill in what is `None`.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The input file.
    pub path: PathBuf,
    /// How to read it (format, labels, metadata, `drop_invalid`).
    pub load: LoadOptions,
    /// The embedding: one vector column or numeric columns; `None`: [`Table::default_embedding`].
    pub embedding: Option<Vec<String>>,
    /// The colour column; `None`: [`Table::default_color`].
    pub color: Option<String>,
    /// Move a vector embedding column out of the table instead of copying it
    /// ([`Table::take_embedding`]): half the memory for large inputs, for callers that do not
    /// need the vectors in [`Prepared::table`] (it then lacks that column).
    pub take_vectors: bool,
}

/// A loaded table with its embedding matrix and colour labels: the reducer's input.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The input file.
    pub path: PathBuf,
    /// The loaded table.
    pub table: Table,
    /// The embedding columns used.
    pub spec: EmbeddingSpec,
    /// The colour column, if any.
    pub color: Option<String>,
    /// The embedding matrix (rows with invalid cells dropped under `drop_invalid`).
    pub embedding: Embedding,
    /// Class codes of the colour column for the embedded rows, when it is categorical.
    pub labels: Option<Labels>,
    /// `load` and `matrix`, timed.
    pub stages: Vec<Stage>,
}

impl Source {
    /// A file with every choice left to the defaults.
    pub fn new(path: impl Into<PathBuf>) -> Source {
        Source {
            path: path.into(),
            ..Source::default()
        }
    }

    /// Loads the table (rows dropped under `drop_invalid` are counted in
    /// [`Table::dropped_rows`]).
    pub fn load(&self) -> Result<Table> {
        load::load(&self.path, &self.load)
    }

    /// Loads the table, resolves the embedding and colour columns, and takes out the matrix
    /// and the labels. Fewer than 2 rows is an error naming the file. Rows dropped under
    /// `drop_invalid` are counted in [`Table::dropped_rows`] (unreadable lines) and
    /// [`Embedding::dropped`] (invalid embedding cells) for the caller to report.
    pub fn prepare(&self) -> Result<Prepared> {
        let t = Instant::now();
        let table = self.load()?;
        let load = Stage::new("load", t.elapsed().as_secs_f64());
        let mut prepared = Prepared::from_table_taking(
            table,
            &self.path,
            self.embedding.as_deref(),
            self.color.as_deref(),
            self.load.drop_invalid,
            self.take_vectors,
        )?;
        prepared.stages.insert(0, load);
        Ok(prepared)
    }
}

impl Source {
    /// [`Source::prepare`] for callers that hand the matrix to the reducer and need no vectors
    /// afterwards (`projector project`): the embedding is read as rows
    /// ([`load::load_rows`]: a `.npy` matrix memory-mapped, a Parquet vector column alone in
    /// its stored width), checked finite and hashed for the provenance in one pass each, and
    /// returned for [`crate::Input::Rows`] beside a [`Prepared`] whose table and matrix hold
    /// no vectors (`embedding.data` is `0 × d`; its `rows` are every row). The reducer then
    /// reads it a block at a time: PCA, and the PCA before t-SNE and UMAP, never make an f32
    /// copy of it.
    ///
    /// `Ok(None)` when [`Source::prepare`] must do it: a file [`load::load_rows`] leaves to the
    /// loader, an embedding of several columns asked for, or a non-finite value under
    /// `drop_invalid` (rows to drop). Without `drop_invalid`, a non-finite value is the error
    /// [`Source::prepare`] gives, naming file, row and column.
    pub fn prepare_rows(&self) -> Result<Option<(Prepared, crate::rows::SharedRows, InputInfo)>> {
        let column = match self.embedding.as_deref() {
            None => None,
            Some([one]) => Some(one.as_str()),
            Some(_) => return Ok(None),
        };
        let t = Instant::now();
        let Some((table, name, rows)) = load::load_rows(&self.path, &self.load, column)? else {
            return Ok(None);
        };
        let load = Stage::new("load", t.elapsed().as_secs_f64());
        let t = Instant::now();
        let (n, d) = rows.dim();
        if n < 2 {
            return Err(Error::format(
                &self.path,
                format!("only {n} row: at least 2 rows are needed to project"),
            ));
        }
        if let Some((r, c, v)) = crate::rows::first_non_finite(rows.as_ref()) {
            if self.load.drop_invalid {
                return Ok(None);
            }
            let what = if v.is_nan() { "NaN" } else { "infinite value" };
            return Err(Error::cell(
                &self.path,
                r,
                format!("{name}[{c}]"),
                format!("{what} in the embedding"),
            ));
        }
        let spec = EmbeddingSpec::Vector(name);
        let info = InputInfo {
            file: Some(self.path.display().to_string()),
            embedding: spec.columns(),
            rows: n,
            dims: d,
            matrix_blake3: super::matrix_hash_rows(rows.as_ref()),
        };
        let color = choose_color(&table, self.color.as_deref())?;
        let all: Vec<usize> = (0..n).collect();
        let labels = match &color {
            Some(c) => table.labels(c, &all)?,
            None => None,
        };
        let prepared = Prepared {
            path: self.path.clone(),
            table,
            spec,
            color,
            embedding: Embedding {
                data: ndarray::Array2::zeros((0, d)),
                rows: all,
                dropped: 0,
            },
            labels,
            stages: vec![load, Stage::new("matrix", t.elapsed().as_secs_f64())],
        };
        Ok(Some((prepared, rows, info)))
    }
}

impl Prepared {
    /// A table already in memory (a front end's data frame), prepared as [`Source::prepare`]
    /// prepares a loaded one: the embedding and colour columns resolved (`None`: the table's
    /// smart defaults), the matrix and the labels taken out. `name` stands for the file in
    /// error messages about the table as a whole; cells are named after
    /// [`Table::source`] (set it to name in-memory data: `DataFrame: row 3, column 'x': …`).
    pub fn from_table(
        table: Table,
        name: impl Into<PathBuf>,
        embedding: Option<&[String]>,
        color: Option<&str>,
        drop_invalid: bool,
    ) -> Result<Prepared> {
        Prepared::from_table_taking(table, name, embedding, color, drop_invalid, false)
    }

    /// [`Prepared::from_table`], moving a vector embedding column out of the table when
    /// `take_vectors` ([`Source::take_vectors`]).
    fn from_table_taking(
        mut table: Table,
        name: impl Into<PathBuf>,
        embedding: Option<&[String]>,
        color: Option<&str>,
        drop_invalid: bool,
        take_vectors: bool,
    ) -> Result<Prepared> {
        let path = name.into();
        let t = Instant::now();
        let color = choose_color(&table, color)?;
        let spec = choose_embedding(&table, embedding, color.as_deref())?;
        let embedding = if take_vectors {
            table.take_embedding(&spec, drop_invalid)?
        } else {
            table.embedding(&spec, drop_invalid)?
        };
        let n = embedding.data.nrows();
        if n < 2 {
            return Err(Error::format(
                &path,
                format!("only {n} row: at least 2 rows are needed to project"),
            ));
        }
        let labels = match &color {
            Some(c) => table.labels(c, &embedding.rows)?,
            None => None,
        };
        Ok(Prepared {
            path,
            table,
            spec,
            color,
            embedding,
            labels,
            stages: vec![Stage::new("matrix", t.elapsed().as_secs_f64())],
        })
    }

    /// The class codes of the embedded rows, when the colour column is categorical.
    pub fn codes(&self) -> Option<&[u32]> {
        self.labels.as_ref().map(|l| l.codes.as_slice())
    }

    /// The input part of a layout's provenance: file, embedding columns, matrix shape and hash.
    pub fn input_info(&self) -> InputInfo {
        InputInfo::of(
            Some(&self.path),
            &self.spec.columns(),
            self.embedding.data.view(),
        )
    }

    /// The file it was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The colour column: `requested` when the table has it, else the table's default.
pub fn choose_color(table: &Table, requested: Option<&str>) -> Result<Option<String>> {
    match requested {
        Some(c) if table.column(c).is_none() => Err(Error::Invalid(format!(
            "no column '{c}' for --color (columns: {})",
            table.column_list()
        ))),
        Some(c) => Ok(Some(c.to_string())),
        None => Ok(table.default_color().map(str::to_string)),
    }
}

/// The embedding columns: `requested`, else the table's default (leaving out `color`).
pub fn choose_embedding(
    table: &Table,
    requested: Option<&[String]>,
    color: Option<&str>,
) -> Result<EmbeddingSpec> {
    match requested {
        Some(cols) => table.resolve_embedding(cols),
        None => table.default_embedding(color),
    }
}
