//! Typed errors of the engine. Every error that comes from user data names the file, and where
//! it can the row and column, and the reason; the binary turns them into exit code 2.

use std::path::PathBuf;

/// Result with the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything the engine can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// One cell (or row) of an input file is bad. `row` counts data rows from 0 (a header line
    /// is not a row), like a DataFrame index.
    #[error("{}: row {row}, column '{column}': {reason}", path.display())]
    Cell {
        /// The file.
        path: PathBuf,
        /// Data row, from 0.
        row: usize,
        /// Column name (or index when the file has no header).
        column: String,
        /// What is wrong.
        reason: String,
    },
    /// A file is malformed as a whole (truncated, not UTF-8, wrong format, empty).
    #[error("{}: {reason}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// An argument or option is not valid (unknown column, bad parameter).
    #[error("{0}")]
    Invalid(String),
    /// No GPU adapter could be used.
    #[error("no GPU adapter: {0}")]
    NoAdapter(String),
    /// The GPU failed: validation, out of memory, device lost, or a wait that timed out.
    #[error("GPU error: {0}")]
    Gpu(String),
    /// The run was stopped on request; what was computed so far is kept by the caller.
    #[error("stopped on request")]
    Cancelled,
}

impl Error {
    /// Shorthand for an [`Error::Io`].
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
    /// Shorthand for an [`Error::Format`].
    pub fn format(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::Format {
            path: path.into(),
            reason: reason.into(),
        }
    }
    /// Shorthand for an [`Error::Cell`].
    pub fn cell(
        path: impl Into<PathBuf>,
        row: usize,
        column: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Error::Cell {
            path: path.into(),
            row,
            column: column.into(),
            reason: reason.into(),
        }
    }
    /// True for errors caused by the user's input or arguments (the CLI exits with code 2).
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Io { .. } | Error::Cell { .. } | Error::Format { .. } | Error::Invalid(_)
        )
    }
}
