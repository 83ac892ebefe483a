//! `projector._native`: the engine for Python, behind the `projector` package (python/projector).
//!
//! How it works:
//! - [`table`]: a data frame's columns become an engine [`Table`](projector_engine::Table)
//!   (the Python side sorts each column into numbers, vectors, text or images), or a file or W&B
//!   run folder is loaded by the engine's loaders; [`table::Prepared`] is the engine's
//!   `pipeline::Prepared` (embedding and colour columns chosen by the same smart defaults as the
//!   CLI, the matrix, the labels).
//! - [`run`]: [`run::project`] runs the engine's pipeline on a prepared table or on a NumPy
//!   matrix (borrowed, not copied) with the GIL released; parameters arrive as engine names and
//!   text and are checked by the engine's description ([`Settings::set_param`]). The result,
//!   [`run::Fitted`], holds the coordinates and the fitted model (`transform`).
//! - [`progress`]: the engine's progress goes to a Python callable (a tqdm bar on the Python
//!   side), throttled, and Ctrl-C is checked at the same time: the run stops at its next
//!   progress point and `KeyboardInterrupt` reaches Python with the layout computed so far.
//! - [`errors`]: engine errors become `ValueError`, `FileNotFoundError`, `OSError`,
//!   `RuntimeError` or `KeyboardInterrupt` with the CLI's message; panics never cross (PyO3
//!   turns one into `PanicException`, and the engine returns errors for bad input).
//! - [`web`]: the browser page (`projector-web`) for `show()`: the export's payload for the
//!   notebook widget, a standalone HTML file, or a server on a background thread.
//!
//! [`Settings::set_param`]: projector_engine::pipeline::Settings::set_param

mod errors;
mod progress;
mod run;
mod table;
mod web;

use pyo3::prelude::*;

/// Every parameter of every reducer (name, type, range, default, doc), as JSON text: the
/// engine's `params::describe_all`, the one description the CLI and the viewer use too.
#[pyfunction]
fn describe() -> String {
    projector_engine::params::describe_all().to_string()
}

/// The neighbourhood sizes of `quality`'s defaults: (trustworthiness k, k-NN accuracy k).
#[pyfunction]
fn quality_defaults() -> (usize, usize) {
    (
        projector_engine::metrics::TRUSTWORTHINESS_K,
        projector_engine::metrics::ACCURACY_K,
    )
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(describe, m)?)?;
    m.add_function(wrap_pyfunction!(quality_defaults, m)?)?;
    m.add_function(wrap_pyfunction!(run::project_table, m)?)?;
    m.add_function(wrap_pyfunction!(run::project_matrix, m)?)?;
    m.add_function(wrap_pyfunction!(run::quality, m)?)?;
    m.add_function(wrap_pyfunction!(table::load_file, m)?)?;
    m.add_function(wrap_pyfunction!(table::wandb_tables, m)?)?;
    m.add_function(wrap_pyfunction!(web::export_html, m)?)?;
    m.add_function(wrap_pyfunction!(web::widget_data, m)?)?;
    m.add_function(wrap_pyfunction!(web::serve, m)?)?;
    m.add_class::<table::Table>()?;
    m.add_class::<table::Prepared>()?;
    m.add_class::<run::Fitted>()?;
    m.add_class::<web::Server>()?;
    Ok(())
}
