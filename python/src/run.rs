//! Projections: the engine's pipeline on a prepared table or a NumPy matrix, with the GIL
//! released; the fitted result; the quality figures.

use numpy::{PyArray2, PyReadonlyArray1, PyReadonlyArray2, ToPyArray};
use projector_engine::pipeline::{self, Algo, Model, Outcome, Provenance, Settings};
use projector_engine::{BackendChoice, Compute, metrics};
use pyo3::exceptions::PyKeyboardInterrupt;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::to_py;
use crate::progress;
use crate::table::Prepared;

/// The settings of `algo` with `params` (engine names, values as text) set, each checked
/// against the engine's description.
pub fn settings(algo: &str, params: &[(String, String)]) -> PyResult<Settings> {
    let mut s = Settings::new(algo.parse::<Algo>().map_err(to_py)?);
    for (name, text) in params {
        s.set_param(name, text).map_err(to_py)?;
    }
    Ok(s)
}

/// The backend: `auto`, `gpu` or `cpu`.
pub fn compute(backend: &str) -> PyResult<Compute> {
    let choice = backend.parse::<BackendChoice>().map_err(to_py)?;
    Compute::select(choice).map_err(to_py)
}

/// A finished (or stopped) projection.
#[pyclass(module = "projector._native")]
pub struct Fitted {
    outcome: Outcome,
    compute: Compute,
    provenance: Provenance,
}

#[pymethods]
impl Fitted {
    /// The coordinates (float32, n × dims).
    fn coords<'py>(&self, py: Python<'py>) -> Bound<'py, PyArray2<f32>> {
        self.outcome.coords.to_pyarray(py)
    }

    /// Places new rows (n × d float32, the training data's d) into the fitted map (PCA and
    /// UMAP; t-SNE has no transform).
    fn transform<'py>(
        &self,
        py: Python<'py>,
        x: PyReadonlyArray2<'py, f32>,
    ) -> PyResult<Bound<'py, PyArray2<f32>>> {
        let view = x.as_array();
        let model: &Model = &self.outcome.model;
        let compute = &self.compute;
        let placed = py
            .detach(|| model.transform(compute, view))
            .map_err(to_py)?;
        Ok(placed.to_pyarray(py))
    }

    /// False when the run was stopped before its last iteration.
    #[getter]
    fn completed(&self) -> bool {
        self.outcome.completed
    }

    /// Iterations (epochs) done.
    #[getter]
    fn iterations(&self) -> usize {
        self.outcome.iterations
    }

    /// t-SNE's last KL divergence.
    #[getter]
    fn loss(&self) -> Option<f64> {
        self.outcome.loss.map(|l| f64::from(l.value))
    }

    /// `(stage, seconds)` of each stage.
    fn stages(&self) -> Vec<(String, f64)> {
        self.outcome
            .stages
            .iter()
            .map(|s| (s.name.clone(), s.seconds))
            .collect()
    }

    /// Where the layout came from (reducer, every parameter, seed, version, backend, input), as
    /// JSON text: what `projector project` writes beside its outputs.
    fn provenance(&self) -> PyResult<String> {
        serde_json::to_string(&self.provenance)
            .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
    }

    /// Every parameter it ran with, `{group: {name: value}}`, as JSON text.
    fn params(&self) -> String {
        self.outcome.settings.values().to_string()
    }

    /// The backend that ran, in words.
    #[getter]
    fn backend(&self) -> String {
        self.compute.describe()
    }
}

fn run(
    py: Python<'_>,
    input: ndarray::ArrayView2<'_, f32>,
    algo: &str,
    params: Vec<(String, String)>,
    backend: &str,
    callback: Option<Py<PyAny>>,
    info: impl FnOnce(&ndarray::ArrayView2<'_, f32>) -> pipeline::InputInfo,
) -> PyResult<Fitted> {
    let settings = settings(algo, &params)?;
    let compute = compute(backend)?;
    let (result, stopped) = progress::run(py, callback.as_ref(), |p| {
        pipeline::project(&compute, input, &settings, p)
    });
    let outcome = match (result, stopped) {
        (Ok(o), None) => o,
        (Ok(o), Some(e)) => {
            // Stopped during the optimisation: the layout so far goes with the exception.
            if e.is_instance_of::<PyKeyboardInterrupt>(py) {
                let value = e.value(py);
                let _ = value.setattr("embedding", o.coords.to_pyarray(py));
                let _ = value.setattr("iterations", o.iterations);
            }
            return Err(e);
        }
        (Err(_), Some(e)) => return Err(e),
        (Err(e), None) => return Err(to_py(e)),
    };
    let provenance = outcome.provenance(&compute, info(&input));
    Ok(Fitted {
        outcome,
        compute,
        provenance,
    })
}

/// Projects a prepared table with `algo` (`pca`, `tsne`, `umap`) and `params` (engine names,
/// values as text) on `backend`; `progress(stage, done, total)` is called as it goes.
#[pyfunction]
#[pyo3(signature = (data, algo, params, backend = "auto", progress = None))]
pub fn project_table(
    py: Python<'_>,
    data: &Prepared,
    algo: &str,
    params: Vec<(String, String)>,
    backend: &str,
    progress: Option<Py<PyAny>>,
) -> PyResult<Fitted> {
    let view = data.inner.embedding.data.view();
    run(py, view, algo, params, backend, progress, |_| {
        data.input_info()
    })
}

/// Projects a float32 matrix (n × d, borrowed from NumPy without a copy), as
/// [`project_table`].
#[pyfunction]
#[pyo3(signature = (x, algo, params, backend = "auto", progress = None))]
pub fn project_matrix(
    py: Python<'_>,
    x: PyReadonlyArray2<'_, f32>,
    algo: &str,
    params: Vec<(String, String)>,
    backend: &str,
    progress: Option<Py<PyAny>>,
) -> PyResult<Fitted> {
    let view = x.as_array();
    run(py, view, algo, params, backend, progress, |v| {
        pipeline::InputInfo::of(None, &[], v.view())
    })
}

/// Trustworthiness and, with `labels` (class codes), k-NN accuracy of `low` as an embedding
/// of `high`, as `projector project --metrics` computes them.
#[pyfunction]
#[pyo3(signature = (high, low, labels = None, k_trust = metrics::TRUSTWORTHINESS_K, k_accuracy = metrics::ACCURACY_K, seed = 0))]
pub fn quality<'py>(
    py: Python<'py>,
    high: PyReadonlyArray2<'py, f32>,
    low: PyReadonlyArray2<'py, f32>,
    labels: Option<PyReadonlyArray1<'py, u32>>,
    k_trust: usize,
    k_accuracy: usize,
    seed: u64,
) -> PyResult<Bound<'py, PyDict>> {
    let (h, l) = (high.as_array(), low.as_array());
    let codes: Option<Vec<u32>> = labels.map(|a| a.as_array().to_vec());
    let q = py
        .detach(|| metrics::quality_k(h, l, codes.as_deref(), seed, k_trust, k_accuracy))
        .map_err(to_py)?;
    let d = PyDict::new(py);
    d.set_item("trustworthiness", q.trustworthiness)?;
    d.set_item("knn_accuracy", q.knn_accuracy)?;
    d.set_item("sampled", q.sampled)?;
    Ok(d)
}
