//! Engine errors as Python exceptions, with the message the CLI prints.

use projector_engine::Error;
use pyo3::PyErr;
use pyo3::exceptions::{
    PyFileNotFoundError, PyKeyboardInterrupt, PyOSError, PyPermissionError, PyRuntimeError,
    PyValueError,
};

/// The exception for `e`: a missing file is `FileNotFoundError`, other I/O `OSError`, bad
/// input or parameters `ValueError`, a GPU failure `RuntimeError`, a stop `KeyboardInterrupt`.
pub fn to_py(e: Error) -> PyErr {
    let text = e.to_string();
    match &e {
        Error::Io { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(text),
            std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(text),
            _ => PyOSError::new_err(text),
        },
        Error::NoAdapter(_) | Error::Gpu(_) => PyRuntimeError::new_err(text),
        Error::Cancelled => PyKeyboardInterrupt::new_err(text),
        _ => PyValueError::new_err(text),
    }
}

/// The web front end's errors likewise.
pub fn web_to_py(e: projector_web::WebError) -> PyErr {
    match e {
        projector_web::WebError::Engine(e) => to_py(e),
        e => PyOSError::new_err(e.to_string()),
    }
}
