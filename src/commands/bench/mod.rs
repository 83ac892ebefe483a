//! `projector bench`: a reducer-throughput benchmark whose figures can be checked.
//!
//! How it works:
//! - **Data.** By default each size × dims pair gets seeded synthetic data with class labels:
//!   `--classes` centres in a 10-dimensional latent space (spread 3), each point its centre plus
//!   unit Gaussian noise there, mapped to `d` dimensions by a fixed random ±1/√10 matrix, plus
//!   Gaussian noise of 0.5 in every input dimension. The clusters overlap a little, so the
//!   quality figures are not all 1. `--data FILE` benchmarks a real file instead (any format the
//!   loaders read; `--labels` for a `.npy`), its first `n` rows for each of `--sizes`. The time to
//!   generate or load is reported once per case as `load`.
//! - **Cases.** One case per algorithm × size × dims × backend (× k for `--algo knn`). Each runs
//!   `--warmup` untimed runs, then `--repeat` timed runs; every stage is timed with a wall clock
//!   around the engine call (t-SNE's and UMAP's own split, [`projector_engine::tsne::StageTimes`]
//!   and [`projector_engine::umap::Umap::timings`], for their inner stages). The median, min and
//!   max over the timed runs are reported, per stage and in total; points per second is
//!   `n / median total`.
//! - **Stages.** `pca`: `fit`, `project` (on the backend, read-back included). `knn`: `knn` (the
//!   graph on the host). `tsne`: `pca-50` (when `d > --pca-dims`), `knn`, `affinities`, `init`,
//!   `optimise`, `read-back`. `umap`: `pca-50`, `knn`, `graph`, `init`, `optimise`, `read-back`.
//!   `render`: `frame`, one 1600×1200 offscreen frame without legend (upload, draw, read-back of
//!   the image), of `n` generated 2-D points in 10 classes; it needs a wgpu adapter on every
//!   backend (there is no CPU renderer), and its case names the adapter.
//! - **Memory.** Before each case the process's peak resident set is reset (Linux: `5` written to
//!   `/proc/self/clear_refs`); after it, `VmHWM` from `/proc/self/status` is the case's peak
//!   (`peak_rss_reset: true`). Where the reset fails the peak is since process start and says so.
//!   On the GPU backend, `gpu_allocated_peak_bytes` is the largest total of wgpu's allocator
//!   report sampled at every progress update and stage boundary (a lower bound of the true
//!   peak); `null` where the backend gives no report, and for render cases (a frame's buffers
//!   live only inside the call). On a software adapter (lavapipe) GPU buffers are host memory
//!   and count in the RSS too.
//! - **Quality**, on the last timed run's output: trustworthiness (k = 15) and 5-fold 10-NN
//!   accuracy of the 2-D output against the input, by [`projector_engine::metrics::quality`]
//!   (exact up to 20,000 points, else on a seeded 20,000-row sample, reported in `sampled`).
//!   PCA's figures are those of its first two components. For k-NN the figure is recall@k
//!   against brute force for up to `--recall-queries` (500) seeded query rows (`recall_queries`).
//! - **Honesty.** Every case names its device: "CPU, N threads" or the adapter with its type; a
//!   software adapter (lavapipe, on the CPU cores) is flagged `software_adapter: true` and marked
//!   "(software)" in the table. Failed cases are kept with their error.
//! - **Stopping.** Ctrl-C lets the current run finish, records the case with the runs done so far
//!   (`interrupted: true`), skips the rest and still prints and writes everything measured.
//!   The JSON file is written atomically (a temporary file in the same folder, then renamed).
//!
//! Where it lives:
//! - `mod.rs`: the entry point ([`run`]): resolves the settings and backends, walks the
//!   cases (sizes × dims × algorithms × backends × k), assembles the document, prints the
//!   table and writes the JSON.
//! - `cases.rs`: one case (warm-up, timed runs, memory, quality) and its record: the
//!   per-stage statistics, the parameters as run, the render case.
//! - `run.rs`: one timed run of an algorithm, stage by stage, and the quality figures of
//!   its output (trustworthiness, k-NN accuracy, k-NN recall).
//! - `data.rs`: the input: `--data` files and their first `n` rows, the seeded synthetic
//!   clusters, the render scene.
//! - `machine.rs`: facts about the machine and the process: CPU, memory, adapters, threads,
//!   resident set, git commit.
//! - `report.rs`: the human-readable table, the one-line summaries and the atomic JSON write.
//!
//! # JSON document (`--json`)
//!
//! ```text
//! {
//!   "schema": "projector-bench/1",
//!   "projector_version": "0.1.0",
//!   "git_commit": "40 hex digits" | null,     // PROJECTOR_GIT_COMMIT, else `git rev-parse HEAD`
//!   "started_unix": 1764288000,               // seconds since 1970
//!   "command": ["projector", "bench", ...],
//!   "interrupted": false,
//!   "machine": {"os", "arch", "cpu_model", "cpu_threads", "rayon_threads", "memory_total_bytes",
//!               "adapters": [{"name", "backend", "device_type", "driver", "driver_info",
//!                             "software"}]},
//!   "settings": {"repeat", "warmup", "quick", "seed", "pca_dims", "tsne_iterations",
//!                "umap_epochs" (null = umap-learn's choice), "knn", "classes", "data", "labels"},
//!   "cases": [{
//!     "algo": "pca" | "knn" | "tsne" | "umap" | "render",
//!     "backend": "cpu" | "gpu",             // render: always "gpu" (it needs an adapter)
//!     "device": "CPU, 2 threads" | "<adapter name> (<backend>, <type>)",
//!     "software_adapter": bool | null,        // null on the CPU backend
//!     "data": "synthetic clusters" | "<path>",
//!     "n": 10000, "d": 784,
//!     "params": {...},                        // k, method, iterations, epochs, components...
//!     "load_seconds": 0.12,                   // generating or loading the data (once)
//!     "runs": [{"stages": {"knn": 1.2, ...}, "total_seconds": 3.4}],   // timed runs only
//!     "stages": [{"stage": "knn", "median": 1.2, "min": 1.1, "max": 1.3}],
//!     "total_seconds": {"median": 3.4, "min": 3.3, "max": 3.6},
//!     "points_per_second": 2941.2,
//!     "peak_rss_bytes": 123456789, "rss_before_bytes": 23456789, "peak_rss_reset": true,
//!     "gpu_allocated_peak_bytes": 1234567 | null,
//!     "quality": {"trustworthiness": 0.97, "knn_accuracy": 0.93 | null, "sampled": null | 20000,
//!                 "recall": 0.99, "recall_queries": 500} | null,   // fields by algorithm
//!     "info": {...},                          // what the run reported: explained variance,
//!                                             // k-NN method, repulsion, epochs, init...
//!     "interrupted": false,
//!     "error": null | "message"               // the case failed; no runs
//!   }]
//! }
//! ```
//!
//! ```no_run
//! // From the shell:
//! //   projector bench --algo pca,knn,umap --sizes 2000 --dims 50 --backend cpu,gpu --json out.json
//! //   projector bench --algo tsne,umap --data mnist10k_pixels_u8.npy --labels mnist10k_labels.npy
//! ```

mod cases;
mod data;
mod density;
mod machine;
mod report;
mod run;
#[cfg(test)]
mod tests;

use std::time::Instant;

use anyhow::Result;
use projector_engine::knn::Method;
use projector_engine::params::{self as described, Preprocess};
use projector_engine::{Compute, Error, tsne, umap};
use serde_json::{Value, json};

use crate::cli::{BackendChoice, BenchAlgo, BenchArgs};
use crate::progress::{TerminalProgress, stop_requested};
use cases::{case, method_name, render_case};
use data::{Dataset, load_file, subset, synthetic};
use machine::{adapters, git_commit, machine};
use report::{one_line, parent_dir, table, write_atomic};

/// Version tag of the JSON document.
pub const SCHEMA: &str = "projector-bench/1";

/// Settings resolved from the flags and `--quick`.
#[derive(Debug, Clone)]
pub(super) struct Settings {
    pub(super) algos: Vec<BenchAlgo>,
    pub(super) sizes: Vec<usize>,
    pub(super) dims: Vec<usize>,
    pub(super) repeat: usize,
    pub(super) warmup: usize,
    pub(super) ks: Vec<usize>,
    pub(super) knn: Method,
    /// PCA before t-SNE/UMAP, and (its target, or the automatic one) the components of
    /// `--algo pca`.
    pub(super) preprocess: Preprocess,
    /// t-SNE as run (the engine's defaults with the bench's iterations, seed and k-NN).
    pub(super) tsne: tsne::Params,
    /// UMAP as run.
    pub(super) umap: umap::UmapParams,
    pub(super) classes: usize,
    pub(super) seed: u64,
    pub(super) quality: bool,
    /// Query rows of the k-NN recall (`--recall-queries`).
    pub(super) recall_queries: usize,
}

/// A backend ready to run: its kind and the context.
pub(super) struct Backend {
    pub(super) kind: &'static str,
    pub(super) compute: Compute,
}

/// Runs `projector bench`.
pub fn run(args: &BenchArgs) -> Result<()> {
    let settings = resolve(args)?;
    let started_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Check the output path before measuring anything.
    let json_path = args.json.as_ref().filter(|p| p.as_os_str() != "-");
    if let Some(p) = json_path {
        let dir = parent_dir(p);
        if !dir.is_dir() {
            return Err(Error::Invalid(format!(
                "--json {}: folder {} does not exist",
                p.display(),
                dir.display()
            ))
            .into());
        }
    }
    let backends = backends(&args.backend)?;
    let adapters = adapters(&backends, &settings.algos);
    let bar = TerminalProgress::new();
    let mut cases: Vec<Value> = Vec::new();
    let mut interrupted = false;
    let file_rows = match &args.data {
        Some(path) => Some(load_file(path, args.labels.as_ref())?),
        None => None,
    };
    let needs_data = settings
        .algos
        .iter()
        .any(|a| !matches!(a, BenchAlgo::Render | BenchAlgo::Density));
    // A file has its own width, and render cases draw 2-D points: one pass, not one per --dims.
    let dims: &[usize] = if file_rows.is_some() || !needs_data {
        &settings.dims[..1]
    } else {
        &settings.dims
    };
    if file_rows.is_some() && args.dims.is_some() {
        eprintln!("note: --dims is ignored with --data (the file's width is used)");
    }
    'outer: for &d in dims {
        for &n in &settings.sizes {
            let data = if needs_data {
                Some(match &file_rows {
                    Some(full) => subset(full, n)?,
                    None => {
                        eprintln!("generating {n} × {d} clustered points");
                        let t = Instant::now();
                        let (data, labels) = synthetic(n, d, settings.classes, settings.seed);
                        Dataset {
                            data,
                            labels: Some(labels),
                            load_seconds: t.elapsed().as_secs_f64(),
                            source: "synthetic clusters".into(),
                        }
                    }
                })
            } else {
                None
            };
            for &algo in &settings.algos {
                for b in &backends {
                    let ks: Vec<usize> = if algo == BenchAlgo::Knn {
                        settings.ks.clone()
                    } else {
                        vec![0]
                    };
                    for k in ks {
                        if stop_requested() {
                            interrupted = true;
                            break 'outer;
                        }
                        // The renderer always runs on an adapter and draws 2-D points: once
                        // per size, not once per backend or per --dims value.
                        if algo == BenchAlgo::Render
                            && ((b.kind == "cpu" && backends.iter().any(|o| o.kind == "gpu"))
                                || d != dims[0])
                        {
                            continue;
                        }
                        let case = match (algo, &data) {
                            (BenchAlgo::Render, _) => render_case(&settings, b, n),
                            (BenchAlgo::Density, _) if d == dims[0] => {
                                density::density_case(&settings, b, n)
                            }
                            (BenchAlgo::Density, _) => continue,
                            (_, Some(ds)) => case(&settings, algo, b, ds, k, &bar),
                            (_, None) => continue,
                        };
                        eprintln!("{}", one_line(&case));
                        interrupted |= case["interrupted"] == true;
                        cases.push(case);
                    }
                }
            }
        }
    }
    bar.finish();
    if interrupted {
        eprintln!("stopped by Ctrl-C: reporting the cases measured so far");
    }
    let doc = json!({
        "schema": SCHEMA,
        "projector_version": env!("CARGO_PKG_VERSION"),
        "git_commit": git_commit(),
        "started_unix": started_unix,
        "command": std::env::args().collect::<Vec<_>>(),
        "interrupted": interrupted,
        "machine": machine(adapters),
        "settings": {
            "repeat": settings.repeat,
            "warmup": settings.warmup,
            "quick": args.quick,
            "seed": settings.seed,
            "pca_dims": described::get(&settings.preprocess, "pca_dims"),
            "tsne_iterations": settings.tsne.iterations,
            "umap_epochs": settings.umap.epochs,
            "knn": method_name(settings.knn),
            "classes": settings.classes,
            "data": args.data.as_ref().map(|p| p.display().to_string()),
            "labels": args.labels.as_ref().map(|p| p.display().to_string()),
        },
        "cases": cases,
    });
    let table = table(&doc);
    match &args.json {
        Some(p) if p.as_os_str() == "-" => {
            eprint!("{table}");
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        Some(p) => {
            print!("{table}");
            write_atomic(p, serde_json::to_string_pretty(&doc)?.as_bytes())?;
            eprintln!("wrote {}", p.display());
        }
        None => print!("{table}"),
    }
    let failed = cases.iter().filter(|c| !c["error"].is_null()).count();
    if failed > 0 && failed == cases.len() {
        anyhow::bail!("every case failed (see the table)");
    }
    Ok(())
}

/// The settings from the flags, `--quick` giving the small defaults.
fn resolve(args: &BenchArgs) -> Result<Settings> {
    let quick = args.quick;
    let mut algos = Vec::new();
    for a in &args.algo {
        if !algos.contains(a) {
            algos.push(*a);
        }
    }
    let to_usize = |v: &[u64]| v.iter().map(|&x| x as usize).collect::<Vec<_>>();
    let sizes = match (&args.sizes, &args.data) {
        (Some(s), _) => to_usize(s),
        (None, Some(_)) => vec![usize::MAX],
        (None, None) => vec![if quick { 2_000 } else { 10_000 }],
    };
    let dims = match &args.dims {
        Some(d) => to_usize(d),
        None => vec![if quick { 50 } else { 784 }],
    };
    let seed = args.seed.unwrap_or(described::DEFAULT_SEED);
    let mut tsne_p = tsne::Params::default().with_seed(seed);
    if let Some(i) = args.iterations.or(quick.then_some(250)) {
        described::set(&mut tsne_p, "iterations", &i.to_string())?;
    }
    let mut umap_p = umap::UmapParams::default().with_seed(seed);
    if let Some(e) = args.epochs.or(quick.then_some(50)) {
        described::set(&mut umap_p, "epochs", &e.to_string())?;
    }
    if let Some(k) = &args.knn {
        described::set(&mut tsne_p, "knn", k)?;
        described::set(&mut umap_p, "knn", k)?;
    }
    Ok(Settings {
        algos,
        sizes,
        dims,
        repeat: args
            .repeat
            .map_or(if quick { 1 } else { 3 }, |r| r as usize),
        warmup: args
            .warmup
            .map_or(if quick { 0 } else { 1 }, |w| w as usize),
        ks: to_usize(&args.k),
        knn: tsne_p.knn,
        preprocess: Preprocess {
            pca_dims: args.pca_dims,
        },
        tsne: tsne_p,
        umap: umap_p,
        classes: args.classes as usize,
        seed,
        quality: !args.no_quality,
        recall_queries: args.recall_queries as usize,
    })
}

/// Resolves each `--backend` once (so a GPU context and its pipelines are shared by all cases);
/// `auto` that resolves to a backend already listed is dropped.
fn backends(choices: &[BackendChoice]) -> Result<Vec<Backend>> {
    let mut out: Vec<Backend> = Vec::new();
    for &c in choices {
        let compute = projector_engine::Compute::select(c)?;
        let kind = if compute.gpu().is_some() {
            "gpu"
        } else {
            "cpu"
        };
        if out.iter().any(|b| b.kind == kind) {
            continue;
        }
        out.push(Backend { kind, compute });
    }
    Ok(out)
}
