//! The browser page for `show()` and `export_html()`: the notebook widget's data (the page
//! shell and the export's payload, carried over the widget's comm channel), a one-file HTML
//! export, or `projector serve`'s server on a background thread.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ndarray::Array2;
use numpy::PyReadonlyArray2;
use projector_web::{Dataset, State, export};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::web_to_py;
use crate::run::{compute, settings};
use crate::table::Prepared;

fn dataset(
    data: &Prepared,
    name: String,
    algo: &str,
    params: &[(String, String)],
    backend: &str,
    coords: Option<PyReadonlyArray2<'_, f32>>,
) -> PyResult<Dataset> {
    let n = data.inner.embedding.data.nrows();
    let coords: Option<Array2<f32>> = coords.map(|c| c.as_array().to_owned());
    if let Some(c) = &coords
        && (c.nrows() != n || !(2..=3).contains(&c.ncols()))
    {
        return Err(PyValueError::new_err(format!(
            "coords: {} × {} for {n} rows (expected n × 2 or n × 3)",
            c.nrows(),
            c.ncols()
        )));
    }
    if let Some(c) = &coords
        && let Some(i) = c.iter().position(|v| !v.is_finite())
    {
        return Err(PyValueError::new_err(format!(
            "coords: a non-finite value at row {}, column {}",
            i / c.ncols(),
            i % c.ncols()
        )));
    }
    Ok(Dataset {
        prepared: data.inner.clone(),
        source: name,
        compute: compute(backend)?,
        settings: settings(algo, params)?,
        coords,
        cache: None,
    })
}

fn report_dict<'py>(py: Python<'py>, r: &export::Report) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("bytes", r.bytes)?;
    d.set_item("rows", r.rows)?;
    d.set_item("colors", r.colors)?;
    d.set_item("fields", r.fields)?;
    d.set_item("neighbors", r.neighbors)?;
    d.set_item("images", r.images)?;
    d.set_item("omitted", r.omitted.clone())?;
    Ok(d)
}

/// The page's data for `coords` (n × 2|3, the layout named `layout`) within `max_bytes`.
fn payload(
    py: Python<'_>,
    data: &Dataset,
    coords: &Array2<f32>,
    layout: &str,
    max_bytes: usize,
) -> PyResult<(serde_json::Value, export::Report)> {
    py.detach(|| export::payload(data, coords, layout, max_bytes))
        .map_err(web_to_py)
}

/// Writes the page with `data` shown at `coords` to `path` (atomically), within `max_bytes`;
/// `algo` and `params` are what made `coords` (the page shows them).
#[pyfunction]
#[pyo3(signature = (data, name, coords, layout, algo, params, path, max_bytes = export::DEFAULT_MAX_BYTES))]
#[allow(clippy::too_many_arguments)]
pub fn export_html<'py>(
    py: Python<'py>,
    data: &Prepared,
    name: String,
    coords: PyReadonlyArray2<'py, f32>,
    layout: &str,
    algo: &str,
    params: Vec<(String, String)>,
    path: PathBuf,
    max_bytes: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let d = dataset(data, name, algo, &params, "cpu", Some(coords))?;
    let c = d.coords.clone().unwrap_or_default();
    let (doc, mut report) = payload(py, &d, &c, layout, max_bytes)?;
    let html = export::page(&doc);
    report.bytes = html.len();
    export::write(&path, &html).map_err(web_to_py)?;
    report_dict(py, &report)
}

/// `(page, payload, report)`: the page shell with [`export::DATA_SLOT`] where its data goes,
/// and the data as JSON text (with `</` escaped, ready for a `<script>` element).
#[pyfunction]
#[pyo3(signature = (data, name, coords, layout, algo, params, max_bytes = export::DEFAULT_MAX_BYTES))]
#[allow(clippy::too_many_arguments)]
pub fn widget_data<'py>(
    py: Python<'py>,
    data: &Prepared,
    name: String,
    coords: PyReadonlyArray2<'py, f32>,
    layout: &str,
    algo: &str,
    params: Vec<(String, String)>,
    max_bytes: usize,
) -> PyResult<(String, String, Bound<'py, PyDict>)> {
    let d = dataset(data, name, algo, &params, "cpu", Some(coords))?;
    let c = d.coords.clone().unwrap_or_default();
    let (doc, report) = payload(py, &d, &c, layout, max_bytes)?;
    let json = doc.to_string().replace("</", "<\\/");
    Ok((export::page_shell(), json, report_dict(py, &report)?))
}

/// `projector serve` on a background thread.
#[pyclass(module = "projector._native")]
pub struct Server {
    url: String,
    port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[pymethods]
impl Server {
    /// The page's URL, with its session token.
    #[getter]
    fn url(&self) -> String {
        self.url.clone()
    }

    /// The port served.
    #[getter]
    fn port(&self) -> u16 {
        self.port
    }

    /// Whether it is still serving.
    #[getter]
    fn running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Stops serving (open pages lose their server).
    fn stop(&mut self, py: Python<'_>) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            py.detach(|| {
                let _ = t.join();
            });
        }
    }

    /// Blocks until Ctrl-C (or `stop()` from another thread), then stops.
    fn wait(&mut self, py: Python<'_>) -> PyResult<()> {
        loop {
            if !self.running() {
                break;
            }
            if let Err(e) = py.check_signals() {
                self.stop(py);
                return Err(e);
            }
            py.detach(|| std::thread::sleep(Duration::from_millis(100)));
        }
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!("<projector server at {}>", self.url)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Serves `data` on `host:port` (loopback by default; port 0: any free one), computing its
/// first layout (`algo`, `params`) while the page shows its progress, or showing `coords`.
#[pyfunction]
#[pyo3(signature = (data, name, algo, params, backend = "auto", host = "127.0.0.1".to_string(), port = 0, coords = None))]
#[allow(clippy::too_many_arguments)]
pub fn serve(
    data: &Prepared,
    name: String,
    algo: &str,
    params: Vec<(String, String)>,
    backend: &str,
    host: String,
    port: u16,
    coords: Option<PyReadonlyArray2<'_, f32>>,
) -> PyResult<Server> {
    let host: IpAddr = host
        .parse()
        .map_err(|e| PyValueError::new_err(format!("host '{host}': {e}")))?;
    let d = dataset(data, name, algo, &params, backend, coords)?;
    let addr = std::net::SocketAddr::new(host, port);
    let listener = std::net::TcpListener::bind(addr)
        .map_err(|e| PyOSError::new_err(format!("cannot serve on {addr}: {e}")))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| PyOSError::new_err(e.to_string()))?;
    let port = listener.local_addr().map_or(port, |a| a.port());
    let state = Arc::new(State::new(d, host, port));
    let shown = if host.is_loopback() || host.is_unspecified() {
        "localhost".to_string()
    } else {
        host.to_string()
    };
    let url = state.url(&shown);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| PyOSError::new_err(format!("starting the server's runtime: {e}")))?;
    state.start_initial();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let thread = std::thread::spawn(move || {
        rt.block_on(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                return;
            };
            let shutdown = async move {
                while !flag.load(Ordering::Relaxed) {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            };
            let _ = axum::serve(listener, projector_web::router(state))
                .with_graceful_shutdown(shutdown)
                .await;
        });
    });
    Ok(Server {
        url,
        port,
        stop,
        thread: Some(thread),
    })
}
