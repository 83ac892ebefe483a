//! One case: warm-up, timed runs, memory and quality, and the JSON record of it.

use std::collections::BTreeMap;
use std::time::Instant;

use projector_engine::knn::Method;
use projector_engine::params as described;
use serde_json::{Value, json};

use super::data::{Dataset, render_scene};
use super::machine::{device_of, render_gpu_for, reset_peak_rss, rss};
use super::run::{BenchProgress, Output, Run, pca_components, preprocess_dims, quality, run_once};
use super::{Backend, Settings};
use crate::cli::BenchAlgo;
use crate::progress::{TerminalProgress, stop_requested};

/// Median, min and max of `v` (not empty).
pub(super) fn stats(v: &[f64]) -> Value {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let m = s.len();
    let median = if m == 0 {
        f64::NAN
    } else if m % 2 == 1 {
        s[m / 2]
    } else {
        0.5 * (s[m / 2 - 1] + s[m / 2])
    };
    json!({"median": median, "min": s.first(), "max": s.last()})
}

/// Runs one data case: warm-up, timed runs, quality, memory.
pub(super) fn case(
    settings: &Settings,
    algo: BenchAlgo,
    backend: &Backend,
    ds: &Dataset,
    k: usize,
    bar: &TerminalProgress,
) -> Value {
    let (n, d) = ds.data.dim();
    let (device, software) = device_of(&backend.compute);
    let params = params_json(settings, algo, k, d);
    let mut rec = json!({
        "algo": algo_name(algo),
        "backend": backend.kind,
        "device": device,
        "software_adapter": software,
        "data": ds.source,
        "n": n,
        "d": d,
        "params": params,
        "load_seconds": ds.load_seconds,
        "interrupted": false,
        "error": null,
    });
    eprintln!(
        "{} · {} · n = {n}, d = {d}{}",
        algo_name(algo),
        device,
        if k > 0 {
            format!(", k = {k}")
        } else {
            String::new()
        }
    );
    let peak_reset = reset_peak_rss();
    let (_, rss_before) = rss();
    let progress = BenchProgress::new(bar, backend.compute.gpu().cloned());
    let mut runs: Vec<Run> = Vec::new();
    let mut last: Option<Output> = None;
    let total_runs = settings.warmup + settings.repeat;
    for i in 0..total_runs {
        let mut run = Run::default();
        match run_once(settings, algo, &backend.compute, ds, k, &mut run, &progress) {
            Ok(out) => {
                if i >= settings.warmup {
                    runs.push(run);
                    last = Some(out);
                }
            }
            Err(e) => {
                rec["error"] = json!(format!("{e:#}"));
                break;
            }
        }
        progress.sample();
        if stop_requested() && i + 1 < total_runs {
            rec["interrupted"] = json!(true);
            break;
        }
    }
    bar.finish();
    let (peak, _) = rss();
    fill_times(&mut rec, &runs, n);
    rec["peak_rss_bytes"] = json!(peak);
    rec["rss_before_bytes"] = json!(rss_before);
    rec["peak_rss_reset"] = json!(peak_reset);
    rec["gpu_allocated_peak_bytes"] = json!(progress.peak());
    if let Some(out) = last {
        rec["info"] = out.info.clone();
        if settings.quality {
            match quality(settings, algo, &backend.compute, ds, &out, k) {
                Ok(q) => rec["quality"] = q,
                Err(e) => rec["quality_error"] = json!(format!("{e:#}")),
            }
        }
    }
    if rec.get("quality").is_none() {
        rec["quality"] = Value::Null;
    }
    rec
}

/// Per-stage and total statistics of the timed runs.
pub(super) fn fill_times(rec: &mut Value, runs: &[Run], n: usize) {
    rec["runs"] = json!(
        runs.iter()
            .map(|r| json!({
                "stages": r.stages.iter().map(|(s, t)| (s.clone(), json!(t))).collect::<serde_json::Map<_, _>>(),
                "total_seconds": r.total(),
            }))
            .collect::<Vec<_>>()
    );
    let mut order: Vec<String> = Vec::new();
    let mut per: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for r in runs {
        for (s, t) in &r.stages {
            if !order.contains(s) {
                order.push(s.clone());
            }
            per.entry(s.clone()).or_default().push(*t);
        }
    }
    rec["stages"] = json!(
        order
            .iter()
            .map(|s| {
                let mut v = stats(&per[s]);
                v["stage"] = json!(s);
                v
            })
            .collect::<Vec<_>>()
    );
    if runs.is_empty() {
        rec["total_seconds"] = Value::Null;
        rec["points_per_second"] = Value::Null;
    } else {
        let totals: Vec<f64> = runs.iter().map(Run::total).collect();
        let t = stats(&totals);
        let median = t["median"].as_f64().unwrap_or(f64::NAN);
        rec["points_per_second"] = json!(if median > 0.0 {
            n as f64 / median
        } else {
            f64::NAN
        });
        rec["total_seconds"] = t;
    }
}

pub(super) fn algo_name(a: BenchAlgo) -> &'static str {
    match a {
        BenchAlgo::Pca => "pca",
        BenchAlgo::Knn => "knn",
        BenchAlgo::Tsne => "tsne",
        BenchAlgo::Umap => "umap",
        BenchAlgo::Render => "render",
        BenchAlgo::Density => "density",
    }
}

pub(super) fn method_name(m: Method) -> &'static str {
    match m {
        Method::Auto => "auto",
        Method::Exact => "exact",
        Method::Approx => "approx",
        // `Method` is non-exhaustive: a method added later is reported as "other".
        _ => "other",
    }
}

pub(super) fn params_json(settings: &Settings, algo: BenchAlgo, k: usize, d: usize) -> Value {
    match algo {
        BenchAlgo::Pca => json!({"components": pca_components(settings, d)}),
        BenchAlgo::Knn => {
            json!({"k": k, "method": method_name(settings.knn), "metric": "euclidean"})
        }
        // The parameters as run, every one of them, named as the CLI names them.
        BenchAlgo::Tsne => {
            let mut v = described::values(&settings.tsne);
            v.insert("pca_dims".into(), preprocess_dims(settings, d).into());
            Value::Object(v)
        }
        BenchAlgo::Umap => {
            let mut v = described::values(&settings.umap);
            v.insert("pca_dims".into(), preprocess_dims(settings, d).into());
            Value::Object(v)
        }
        BenchAlgo::Render | BenchAlgo::Density => {
            json!({"width": 1600, "height": 1200, "point_size": 4.0, "legend": false})
        }
    }
}

/// One render case: `n` generated points drawn offscreen.
pub(super) fn render_case(settings: &Settings, backend: &Backend, n: usize) -> Value {
    let gpu = render_gpu_for(&backend.compute);
    let opts = projector_viewer::RenderOptions {
        legend: false,
        ..Default::default()
    };
    let mut rec = json!({
        "algo": "render",
        "backend": "gpu",
        "device": null,
        "software_adapter": null,
        "data": "synthetic 2-D points",
        "n": n,
        "d": 2,
        "params": params_json(settings, BenchAlgo::Render, 0, 2),
        "interrupted": false,
        "error": null,
        "quality": null,
    });
    let gpu = match gpu {
        Ok(g) => g,
        Err(e) => {
            rec["error"] = json!(format!("{e:#}"));
            fill_times(&mut rec, &[], n);
            return rec;
        }
    };
    rec["device"] = json!(gpu.describe());
    rec["software_adapter"] = json!(gpu.is_software());
    eprintln!("render · {} · n = {n}", gpu.describe());
    let peak_reset = reset_peak_rss();
    let (_, rss_before) = rss();
    let t = Instant::now();
    let scene = render_scene(n, settings.seed);
    rec["load_seconds"] = json!(t.elapsed().as_secs_f64());
    let mut runs = Vec::new();
    let total_runs = settings.warmup + settings.repeat;
    for i in 0..total_runs {
        let mut run = Run::default();
        let r = run.time("frame", || {
            projector_viewer::render_rgba(&gpu, &scene, &opts)
                .map_err(crate::commands::render::viewer_error)
        });
        match r {
            Ok(img) => {
                if i == 0 {
                    // A drawn frame has coloured pixels: a cheap check that it rendered.
                    let lit = img.pixels().filter(|p| p.0[0] != p.0[1]).count();
                    rec["info"] = json!({"coloured_pixels": lit});
                }
                if i >= settings.warmup {
                    runs.push(run);
                }
            }
            Err(e) => {
                rec["error"] = json!(format!("{e:#}"));
                break;
            }
        }
        if stop_requested() && i + 1 < total_runs {
            rec["interrupted"] = json!(true);
            break;
        }
    }
    let (peak, _) = rss();
    fill_times(&mut rec, &runs, n);
    rec["peak_rss_bytes"] = json!(peak);
    rec["rss_before_bytes"] = json!(rss_before);
    rec["peak_rss_reset"] = json!(peak_reset);
    // The frame's buffers live only inside `render_rgba`, which reports no progress: a sample
    // between frames would not see them, so the figure is left unknown.
    rec["gpu_allocated_peak_bytes"] = Value::Null;
    rec
}
