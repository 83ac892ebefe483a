//! One timed run of an algorithm, stage by stage, and the quality figures of its output.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context, Result};
use ndarray::parallel::prelude::*;
use ndarray::{Array2, ArrayView2, s};
use projector_engine::knn::{Method, Metric};
use projector_engine::params::Preprocess;
use projector_engine::{Compute, Gpu, Progress, metrics, pca, pipeline};
use serde_json::{Value, json};

use super::Settings;
use super::cases::method_name;
use super::data::{Dataset, mix};
use crate::cli::BenchAlgo;
use crate::progress::TerminalProgress;

/// One timed run: (stage, seconds) in order.
#[derive(Debug, Clone, Default)]
pub(super) struct Run {
    pub(super) stages: Vec<(String, f64)>,
}

impl Run {
    pub(super) fn total(&self) -> f64 {
        self.stages.iter().map(|(_, t)| t).sum()
    }
    pub(super) fn time<T>(&mut self, stage: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let t = Instant::now();
        let out = f()?;
        self.stages
            .push((stage.to_string(), t.elapsed().as_secs_f64()));
        Ok(out)
    }
}

/// What one run produced besides its times: the 2-D output for the quality figures and what
/// the engine reported.
pub(super) struct Output {
    pub(super) low: Option<Array2<f32>>,
    pub(super) graph: Option<projector_engine::knn::KnnGraph>,
    pub(super) info: Value,
}

/// Progress that draws the bar and samples GPU memory, but never cancels: Ctrl-C lets the
/// current run finish so its times are whole.
pub(super) struct BenchProgress<'a> {
    bar: &'a TerminalProgress,
    gpu: Option<Arc<Gpu>>,
    peak: Mutex<Option<u64>>,
    last: Mutex<Option<Instant>>,
}

impl<'a> BenchProgress<'a> {
    pub(super) fn new(bar: &'a TerminalProgress, gpu: Option<Arc<Gpu>>) -> Self {
        let p = BenchProgress {
            bar,
            gpu,
            peak: Mutex::new(None),
            last: Mutex::new(None),
        };
        p.sample();
        p
    }

    /// Records wgpu's allocator total if it is the largest seen.
    pub(super) fn sample(&self) {
        let Some(g) = &self.gpu else { return };
        if let Some(r) = g.device.generate_allocator_report()
            && let Ok(mut p) = self.peak.lock()
        {
            *p = Some(p.unwrap_or(0).max(r.total_allocated_bytes));
        }
    }

    pub(super) fn peak(&self) -> Option<u64> {
        self.peak.lock().ok().and_then(|p| *p)
    }
}

impl Progress for BenchProgress<'_> {
    fn update(&self, stage: &str, done: u64, total: u64) {
        self.bar.update(stage, done, total);
        // Sample at most every 50 ms: the report walks every allocation.
        if let Ok(mut last) = self.last.lock()
            && last.is_none_or(|t| t.elapsed().as_millis() >= 50)
        {
            *last = Some(Instant::now());
            drop(last);
            self.sample();
        }
    }
    fn message(&self, text: &str) {
        self.bar.message(text);
    }
    fn cancelled(&self) -> bool {
        false
    }
}
/// The PCA preprocessing target for t-SNE/UMAP (0: none).
pub(super) fn preprocess_dims(settings: &Settings, d: usize) -> usize {
    settings.preprocess.target(d).unwrap_or(0)
}

/// Components for `--algo pca`: `--pca-dims` (at least 2, at most d).
pub(super) fn pca_components(settings: &Settings, d: usize) -> usize {
    settings
        .preprocess
        .pca_dims
        .unwrap_or(Preprocess::AUTO_DIMS)
        .max(2)
        .min(d)
}

/// One run of a data case.
pub(super) fn run_once(
    settings: &Settings,
    algo: BenchAlgo,
    compute: &Compute,
    ds: &Dataset,
    k: usize,
    run: &mut Run,
    progress: &BenchProgress<'_>,
) -> Result<Output> {
    let data = ds.data.view();
    match algo {
        BenchAlgo::Pca => {
            let comps = pca_components(settings, data.ncols());
            let fit = run.time("fit", || {
                Ok(pca::fit_with(
                    compute,
                    data,
                    comps,
                    &pca::PcaOptions {
                        seed: settings.seed,
                        ..Default::default()
                    },
                    progress,
                )?)
            })?;
            progress.sample();
            let y = run.time("project", || Ok(fit.transform_with(compute, data)?))?;
            let ratio: f32 = fit.explained_variance_ratio.iter().sum();
            Ok(Output {
                low: Some(y.slice(s![.., ..2]).to_owned()),
                graph: None,
                info: json!({
                    "explained_variance_ratio_sum": ratio,
                    "method": format!("{:?}", fit.method).to_lowercase(),
                    "iterations": fit.iterations,
                }),
            })
        }
        BenchAlgo::Knn => {
            let g = run.time("knn", || {
                Ok(projector_engine::knn::knn_with(
                    compute,
                    data,
                    k,
                    Metric::Euclidean,
                    settings.knn,
                    settings.seed,
                    progress,
                )?)
            })?;
            let method = match settings.knn {
                Method::Auto
                    if data.nrows() > projector_engine::knn::auto_exact_max_rows(compute) =>
                {
                    "approx"
                }
                Method::Auto => "exact",
                m => method_name(m),
            };
            Ok(Output {
                low: None,
                graph: Some(g),
                info: json!({"method_used": method}),
            })
        }
        BenchAlgo::Tsne | BenchAlgo::Umap => {
            // The engine's pipeline, as `projector project` runs it, with the bench's params.
            let mut p = pipeline::Settings::new(if algo == BenchAlgo::Tsne {
                pipeline::Algo::Tsne
            } else {
                pipeline::Algo::Umap
            });
            p.layout.seed = settings.seed;
            p.preprocess = settings.preprocess;
            p.tsne = settings.tsne.clone();
            p.umap = settings.umap.clone();
            let mut r =
                pipeline::Run::start(compute, data, &p, progress).with_context(|| p.algo.name())?;
            progress.sample();
            let total = r.total();
            r.step(total, progress).with_context(|| p.algo.name())?;
            progress.sample();
            let info = match (r.tsne(), r.umap()) {
                (Some(t), _) => json!({
                    "repulsion": if t.exact_repulsion() { "exact" } else { "fft" },
                    "iterations_done": t.iteration(),
                }),
                (_, Some(u)) => json!({
                    "epochs": u.n_epochs(),
                    "epochs_done": u.epoch(),
                    "edges": u.n_edges(),
                    "init": format!("{:?}", u.init_kind()).to_lowercase(),
                }),
                _ => Value::Null,
            };
            let out = r.finish().with_context(|| p.algo.name())?;
            run.stages
                .extend(out.stages.into_iter().map(|s| (s.name, s.seconds)));
            Ok(Output {
                low: Some(out.coords),
                graph: None,
                info,
            })
        }
        BenchAlgo::Render | BenchAlgo::Density => Err(anyhow::anyhow!(
            "render and density cases run through render_case and density_case"
        )),
    }
}

/// Quality figures of a case's last run.
pub(super) fn quality(
    settings: &Settings,
    algo: BenchAlgo,
    compute: &Compute,
    ds: &Dataset,
    out: &Output,
    k: usize,
) -> Result<Value> {
    let _ = compute;
    if let Some(g) = &out.graph {
        let (recall, queries) =
            recall(ds.data.view(), g, k, settings.seed, settings.recall_queries)?;
        return Ok(json!({"recall": recall, "recall_queries": queries}));
    }
    let Some(low) = &out.low else {
        return Ok(Value::Null);
    };
    let _ = algo;
    let q = metrics::quality(
        ds.data.view(),
        low.view(),
        ds.labels.as_deref(),
        settings.seed,
    )?;
    Ok(json!({
        "trustworthiness": q.trustworthiness,
        "knn_accuracy": q.knn_accuracy,
        "sampled": q.sampled,
    }))
}

/// Recall@k of `g` against brute force (f64 distances) for up to `queries` seeded rows.
pub(super) fn recall(
    data: ArrayView2<'_, f32>,
    g: &projector_engine::knn::KnnGraph,
    k: usize,
    seed: u64,
    queries: usize,
) -> Result<(f64, usize)> {
    let n = data.nrows();
    let q = n.min(queries);
    // Distinct seeded query rows: a seeded shuffle's first q.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (mix(seed ^ 0xC0FFEE ^ i as u64) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order.truncate(q);
    let hits: usize = order
        .par_iter()
        .map(|&i| {
            let xi = data.row(i);
            let mut dist: Vec<(f64, u32)> = (0..n)
                .filter(|&j| j != i)
                .map(|j| {
                    let d2: f64 = xi
                        .iter()
                        .zip(data.row(j).iter())
                        .map(|(a, b)| {
                            let t = f64::from(*a) - f64::from(*b);
                            t * t
                        })
                        .sum();
                    (d2, j as u32)
                })
                .collect();
            let kk = k.min(dist.len());
            dist.select_nth_unstable_by(kk.saturating_sub(1), |a, b| a.0.total_cmp(&b.0));
            let truth = &dist[..kk];
            let found = g.neighbors(i);
            truth.iter().filter(|(_, j)| found.contains(j)).count()
        })
        .sum();
    Ok((hits as f64 / (q * k).max(1) as f64, q))
}
