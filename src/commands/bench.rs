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
//!   against brute force for up to 500 seeded query rows (`recall_queries`).
//! - **Honesty.** Every case names its device: "CPU, N threads" or the adapter with its type; a
//!   software adapter (lavapipe, on the CPU cores) is flagged `software_adapter: true` and marked
//!   "(software)" in the table. Failed cases are kept with their error.
//! - **Stopping.** Ctrl-C lets the current run finish, records the case with the runs done so far
//!   (`interrupted: true`), skips the rest and still prints and writes everything measured.
//!   The JSON file is written atomically (a temporary file in the same folder, then renamed).
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

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context, Result};
use ndarray::parallel::prelude::*;
use ndarray::{Array2, ArrayView2, Axis, s};
use projector_engine::knn::{Method, Metric};
use projector_engine::{Compute, Error, Gpu, Progress, metrics, pca, tsne, umap};
use serde_json::{Value, json};

use crate::cli::{BackendArg, BenchAlgo, BenchArgs, InputArgs};
use crate::pipeline;
use crate::progress::{TerminalProgress, stop_requested};
use projector_engine::params::{self as described, Preprocess};

/// Version tag of the JSON document.
pub const SCHEMA: &str = "projector-bench/1";

/// Query rows the k-NN recall is measured on.
const RECALL_QUERIES: usize = 500;

/// Settings resolved from the flags and `--quick`.
#[derive(Debug, Clone)]
struct Settings {
    algos: Vec<BenchAlgo>,
    sizes: Vec<usize>,
    dims: Vec<usize>,
    repeat: usize,
    warmup: usize,
    ks: Vec<usize>,
    knn: Method,
    /// PCA before t-SNE/UMAP, and (its target, or the automatic one) the components of
    /// `--algo pca`.
    preprocess: Preprocess,
    /// t-SNE as run (the engine's defaults with the bench's iterations, seed and k-NN).
    tsne: tsne::Params,
    /// UMAP as run.
    umap: umap::UmapParams,
    classes: usize,
    seed: u64,
    quality: bool,
}

/// A backend ready to run: its kind and the context.
struct Backend {
    kind: &'static str,
    compute: Compute,
}

/// The input of one size: data, labels and how long it took to make.
struct Dataset {
    data: Array2<f32>,
    labels: Option<Vec<u32>>,
    load_seconds: f64,
    source: String,
}

/// One timed run: (stage, seconds) in order.
#[derive(Debug, Clone, Default)]
struct Run {
    stages: Vec<(String, f64)>,
}

impl Run {
    fn total(&self) -> f64 {
        self.stages.iter().map(|(_, t)| t).sum()
    }
    fn time<T>(&mut self, stage: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let t = Instant::now();
        let out = f()?;
        self.stages
            .push((stage.to_string(), t.elapsed().as_secs_f64()));
        Ok(out)
    }
}

/// What one run produced besides its times: the 2-D output for the quality figures and what
/// the engine reported.
struct Output {
    low: Option<Array2<f32>>,
    graph: Option<projector_engine::knn::KnnGraph>,
    info: Value,
}

/// Progress that draws the bar and samples GPU memory, but never cancels: Ctrl-C lets the
/// current run finish so its times are whole.
struct BenchProgress<'a> {
    bar: &'a TerminalProgress,
    gpu: Option<Arc<Gpu>>,
    peak: Mutex<Option<u64>>,
    last: Mutex<Option<Instant>>,
}

impl<'a> BenchProgress<'a> {
    fn new(bar: &'a TerminalProgress, gpu: Option<Arc<Gpu>>) -> Self {
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
    fn sample(&self) {
        let Some(g) = &self.gpu else { return };
        if let Some(r) = g.device.generate_allocator_report()
            && let Ok(mut p) = self.peak.lock()
        {
            *p = Some(p.unwrap_or(0).max(r.total_allocated_bytes));
        }
    }

    fn peak(&self) -> Option<u64> {
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
    let needs_data = settings.algos.iter().any(|a| *a != BenchAlgo::Render);
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
    })
}

/// Resolves each `--backend` once (so a GPU context and its pipelines are shared by all cases);
/// `auto` that resolves to a backend already listed is dropped.
fn backends(choices: &[BackendArg]) -> Result<Vec<Backend>> {
    let mut out: Vec<Backend> = Vec::new();
    for &c in choices {
        let compute = pipeline::compute(c)?;
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

/// Adapter descriptions for the machine record: the GPU backend's, or (for render) any.
fn adapters(backends: &[Backend], algos: &[BenchAlgo]) -> Vec<Value> {
    let mut v = Vec::new();
    for b in backends {
        if let Some(g) = b.compute.gpu() {
            v.push(adapter_json(g));
        }
    }
    if v.is_empty()
        && algos.contains(&BenchAlgo::Render)
        && let Ok(g) = render_gpu()
    {
        v.push(adapter_json(&g));
    }
    v
}

fn adapter_json(g: &Gpu) -> Value {
    json!({
        "name": g.info.name,
        "backend": format!("{:?}", g.info.backend),
        "device_type": format!("{:?}", g.info.device_type),
        "driver": g.info.driver,
        "driver_info": g.info.driver_info,
        "software": g.is_software(),
    })
}

/// The shared drawing context for render cases on the CPU backend.
fn render_gpu() -> Result<Arc<Gpu>> {
    static GPU: Mutex<Option<Arc<Gpu>>> = Mutex::new(None);
    let mut slot = GPU
        .lock()
        .map_err(|_| anyhow::anyhow!("render context lock poisoned"))?;
    if let Some(g) = slot.as_ref() {
        return Ok(g.clone());
    }
    let g = Arc::new(Gpu::new().context("rendering needs a wgpu adapter")?);
    *slot = Some(g.clone());
    Ok(g)
}

/// Loads `--data` (embedding and labels as `projector project` chooses them).
fn load_file(path: &Path, labels: Option<&PathBuf>) -> Result<Dataset> {
    let t = Instant::now();
    let input = InputArgs {
        input: path.to_path_buf(),
        format: None,
        labels: labels.cloned(),
        metadata: None,
        drop_invalid: false,
    };
    let table = pipeline::load(&input)?;
    let color = pipeline::choose_color(&table, None)?;
    let spec = pipeline::choose_embedding(&table, None, color.as_deref())?;
    let embedding = table.embedding(&spec, false)?;
    let labels = match &color {
        Some(c) => table.labels(c, &embedding.rows)?.map(|l| l.codes),
        None => None,
    };
    Ok(Dataset {
        data: embedding.data,
        labels,
        load_seconds: t.elapsed().as_secs_f64(),
        source: path.display().to_string(),
    })
}

/// The first `n` rows of a loaded file (all of them for `usize::MAX`).
fn subset(full: &Dataset, n: usize) -> Result<Dataset> {
    let rows = full.data.nrows();
    if n == usize::MAX || n == rows {
        return Ok(Dataset {
            data: full.data.clone(),
            labels: full.labels.clone(),
            load_seconds: full.load_seconds,
            source: full.source.clone(),
        });
    }
    if n > rows {
        return Err(
            Error::Invalid(format!("--sizes {n}: {} has only {rows} rows", full.source)).into(),
        );
    }
    Ok(Dataset {
        data: full.data.slice(s![..n, ..]).to_owned(),
        labels: full.labels.as_ref().map(|l| l[..n].to_vec()),
        load_seconds: full.load_seconds,
        source: full.source.clone(),
    })
}

/// SplitMix64: a seeded stream of 64-bit values.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A uniform value in [0, 1) from a key.
fn unit(key: u64) -> f64 {
    (mix(key) >> 11) as f64 / (1u64 << 53) as f64
}

/// A standard normal value from a key (Box-Muller).
fn gauss(key: u64) -> f32 {
    let u1 = unit(key.wrapping_mul(2)).max(1e-300);
    let u2 = unit(key.wrapping_mul(2).wrapping_add(1));
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}

/// Seeded clustered data with labels (see the module docs): `n × d` and one class per row.
fn synthetic(n: usize, d: usize, classes: usize, seed: u64) -> (Array2<f32>, Vec<u32>) {
    const LATENT: usize = 10;
    let base = mix(seed ^ 0x5EED);
    let key = |stream: u64, i: u64| base ^ stream.wrapping_mul(0xA24B_AED4_963E_E407) ^ mix(i);
    let centres: Vec<f32> = (0..classes * LATENT)
        .map(|i| 3.0 * gauss(key(1, i as u64)))
        .collect();
    let scale = 1.0 / (LATENT as f32).sqrt();
    let mixing: Vec<f32> = (0..LATENT * d)
        .map(|i| {
            if mix(key(2, i as u64)) & 1 == 0 {
                scale
            } else {
                -scale
            }
        })
        .collect();
    let labels: Vec<u32> = (0..n)
        .map(|i| (mix(key(3, i as u64)) % classes as u64) as u32)
        .collect();
    let mut data = Array2::<f32>::zeros((n, d));
    data.axis_iter_mut(Axis(0))
        .into_par_iter()
        .enumerate()
        .for_each(|(i, mut row)| {
            let c = labels[i] as usize;
            let mut z = [0f32; LATENT];
            for (l, zl) in z.iter_mut().enumerate() {
                *zl = centres[c * LATENT + l] + gauss(key(4, (i * LATENT + l) as u64));
            }
            for (j, v) in row.iter_mut().enumerate() {
                let mut x = 0.5 * gauss(key(5, (i * d + j) as u64));
                for (l, zl) in z.iter().enumerate() {
                    x += zl * mixing[l * d + j];
                }
                *v = x;
            }
        });
    (data, labels)
}

/// Peak and current resident set of this process, in bytes (Linux).
fn rss() -> (Option<u64>, Option<u64>) {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return (None, None);
    };
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .map(|kib| kib * 1024)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// Resets the peak resident set to the current one (Linux ≥ 4.0); false where it cannot.
fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Median, min and max of `v` (not empty).
fn stats(v: &[f64]) -> Value {
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

/// The device description of a backend.
fn device_of(compute: &Compute) -> (String, Option<bool>) {
    match compute {
        Compute::Cpu => (
            format!(
                "CPU, {} thread{}",
                rayon_threads(),
                if rayon_threads() == 1 { "" } else { "s" }
            ),
            None,
        ),
        Compute::Gpu(g) => (g.describe(), Some(g.is_software())),
    }
}

/// Threads of the CPU path (rayon's global pool, as `Compute::describe` reports it).
fn rayon_threads() -> usize {
    Compute::Cpu
        .describe()
        .split(|c: char| !c.is_ascii_digit())
        .find(|t| !t.is_empty())
        .and_then(|t| t.parse().ok())
        .unwrap_or(1)
}

/// Runs one data case: warm-up, timed runs, quality, memory.
fn case(
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
fn fill_times(rec: &mut Value, runs: &[Run], n: usize) {
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

fn algo_name(a: BenchAlgo) -> &'static str {
    match a {
        BenchAlgo::Pca => "pca",
        BenchAlgo::Knn => "knn",
        BenchAlgo::Tsne => "tsne",
        BenchAlgo::Umap => "umap",
        BenchAlgo::Render => "render",
    }
}

fn method_name(m: Method) -> &'static str {
    match m {
        Method::Auto => "auto",
        Method::Exact => "exact",
        Method::Approx => "approx",
        // `Method` is non-exhaustive: a method added later is reported as "other".
        _ => "other",
    }
}

/// The PCA preprocessing target for t-SNE/UMAP (0: none).
fn preprocess_dims(settings: &Settings, d: usize) -> usize {
    settings.preprocess.target(d).unwrap_or(0)
}

fn params_json(settings: &Settings, algo: BenchAlgo, k: usize, d: usize) -> Value {
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
        BenchAlgo::Render => {
            json!({"width": 1600, "height": 1200, "point_size": 4.0, "legend": false})
        }
    }
}

/// Components for `--algo pca`: `--pca-dims` (at least 2, at most d).
fn pca_components(settings: &Settings, d: usize) -> usize {
    settings
        .preprocess
        .pca_dims
        .unwrap_or(Preprocess::AUTO_DIMS)
        .max(2)
        .min(d)
}

/// PCA preprocessing of t-SNE/UMAP input, timed as `pca-N`.
fn preprocess(
    settings: &Settings,
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    run: &mut Run,
) -> Result<Option<Array2<f32>>> {
    let target = preprocess_dims(settings, data.ncols());
    if target == 0 {
        return Ok(None);
    }
    run.time(&format!("pca-{target}"), || {
        Ok(settings
            .preprocess
            .fit(compute, data, &projector_engine::NoProgress)
            .context("PCA preprocessing")?
            .map(|(_, reduced)| reduced))
    })
}

/// One run of a data case.
fn run_once(
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
        BenchAlgo::Tsne => {
            let reduced = preprocess(settings, compute, data, run)?;
            let input = reduced.as_ref().map_or(data, |r| r.view());
            let p = &settings.tsne;
            let t0 = Instant::now();
            let mut t = tsne::Tsne::new(compute, input, p, progress).context("t-SNE")?;
            let wall_new = t0.elapsed().as_secs_f64();
            let st = t.times();
            let inner = st.knn.as_secs_f64() + st.affinities.as_secs_f64() + st.init.as_secs_f64();
            run.stages.push(("knn".into(), st.knn.as_secs_f64()));
            run.stages
                .push(("affinities".into(), st.affinities.as_secs_f64()));
            // Whatever `new` spent outside its own split (validation) goes with init.
            run.stages.push((
                "init".into(),
                st.init.as_secs_f64() + (wall_new - inner).max(0.0),
            ));
            progress.sample();
            run.time("optimise", || Ok(t.step(p.iterations, progress)?))?;
            progress.sample();
            let y = run.time("read-back", || Ok(t.positions()?))?;
            let exact = t.exact_repulsion();
            Ok(Output {
                low: Some(y),
                graph: None,
                info: json!({
                    "repulsion": if exact { "exact" } else { "fft" },
                    "iterations_done": t.iteration(),
                }),
            })
        }
        BenchAlgo::Umap => {
            let reduced = preprocess(settings, compute, data, run)?;
            let input = reduced.as_ref().map_or(data, |r| r.view());
            let p = &settings.umap;
            let t0 = Instant::now();
            let mut u = umap::Umap::new(compute, input, p, progress).context("UMAP")?;
            let wall_new = t0.elapsed().as_secs_f64();
            let mut inner = 0.0;
            for (stage, secs) in u.timings() {
                inner += secs;
                let name = match *stage {
                    "k-NN" => "knn",
                    s => s,
                };
                run.stages.push((name.to_string(), *secs));
            }
            // What `new` spent outside its own split (validation, the GPU upload) goes with init.
            if let Some(init) = run.stages.iter_mut().find(|(s, _)| s == "init") {
                init.1 += (wall_new - inner).max(0.0);
            }
            progress.sample();
            let epochs = u.n_epochs();
            run.time("optimise", || Ok(u.step(epochs, progress)?))?;
            progress.sample();
            let y = run.time("read-back", || Ok(u.positions()?))?;
            Ok(Output {
                low: Some(y),
                graph: None,
                info: json!({
                    "epochs": u.n_epochs(),
                    "epochs_done": u.epoch(),
                    "edges": u.n_edges(),
                    "init": format!("{:?}", u.init_kind()).to_lowercase(),
                }),
            })
        }
        BenchAlgo::Render => Err(anyhow::anyhow!("render cases run through render_case")),
    }
}

/// Quality figures of a case's last run.
fn quality(
    settings: &Settings,
    algo: BenchAlgo,
    compute: &Compute,
    ds: &Dataset,
    out: &Output,
    k: usize,
) -> Result<Value> {
    let _ = compute;
    if let Some(g) = &out.graph {
        let (recall, queries) = recall(ds.data.view(), g, k, settings.seed)?;
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

/// Recall@k of `g` against brute force (f64 distances) for up to [`RECALL_QUERIES`] seeded rows.
fn recall(
    data: ArrayView2<'_, f32>,
    g: &projector_engine::knn::KnnGraph,
    k: usize,
    seed: u64,
) -> Result<(f64, usize)> {
    let n = data.nrows();
    let q = n.min(RECALL_QUERIES);
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

/// Generated 2-D positions for the renderer: 10 classes on a ring, `n` points.
fn render_scene(n: usize, seed: u64) -> projector_viewer::Scene {
    let mut positions = Vec::with_capacity(2 * n);
    let mut codes = Vec::with_capacity(n);
    for i in 0..n {
        let c = (mix(seed ^ (i as u64).wrapping_mul(3)) % 10) as u32;
        let a = std::f32::consts::TAU * c as f32 / 10.0;
        positions.push(5.0 * a.cos() + gauss(seed ^ (2 * i as u64 + 1)));
        positions.push(5.0 * a.sin() + gauss(seed ^ (2 * i as u64 + 2)));
        codes.push(c);
    }
    projector_viewer::Scene {
        positions,
        dims: 2,
        coloring: projector_viewer::Coloring::Categorical {
            codes,
            classes: (0..10).map(|c| c.to_string()).collect(),
        },
        title: String::new(),
    }
}

/// One render case: `n` generated points drawn offscreen.
fn render_case(settings: &Settings, backend: &Backend, n: usize) -> Value {
    let gpu = match &backend.compute {
        Compute::Gpu(g) => Ok(g.clone()),
        Compute::Cpu => render_gpu(),
    };
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

/// The machine record.
fn machine(adapters: Vec<Value>) -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu_model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .map(|kib| kib * 1024);
    json!({
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
        "cpu_model": cpu_model,
        "cpu_threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "rayon_threads": rayon_threads(),
        "memory_total_bytes": mem,
        "adapters": adapters,
    })
}

/// `PROJECTOR_GIT_COMMIT`, else `git rev-parse HEAD` in the source tree, else none.
fn git_commit() -> Option<String> {
    if let Ok(c) = std::env::var("PROJECTOR_GIT_COMMIT")
        && !c.trim().is_empty()
    {
        return Some(c.trim().to_string());
    }
    let out = std::process::Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "rev-parse", "HEAD"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && s.len() == 40).then_some(s)
}

fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed over it.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("'{}' is not a file path", path.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let res = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.write_all(b"\n")?;
        f.sync_all()
    })();
    if let Err(e) = res.and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("writing {}", path.display()));
    }
    Ok(())
}

fn fmt_secs(v: &Value) -> String {
    match v.as_f64() {
        Some(t) if t >= 100.0 => format!("{t:.0}"),
        Some(t) if t >= 1.0 => format!("{t:.2}"),
        Some(t) => format!("{t:.3}"),
        None => "–".into(),
    }
}

fn fmt_rate(v: &Value) -> String {
    match v.as_f64() {
        Some(r) if r >= 1e6 => format!("{:.2}M", r / 1e6),
        Some(r) if r >= 1e3 => format!("{:.1}k", r / 1e3),
        Some(r) => format!("{r:.0}"),
        None => "–".into(),
    }
}

fn fmt_mib(v: &Value) -> String {
    v.as_f64()
        .map_or("–".into(), |b| format!("{:.0}", b / (1024.0 * 1024.0)))
}

fn fmt_q(v: &Value) -> String {
    v.as_f64().map_or("–".into(), |q| format!("{q:.3}"))
}

/// The short device label of a case ("(software)" for a software adapter).
fn device_label(c: &Value) -> String {
    let full = c["device"].as_str().unwrap_or("?");
    // "<name> (<backend>, <type>)": the name is enough in the table.
    let dev = match full.rsplit_once(" (") {
        Some((name, _)) if c["backend"] == "gpu" => name,
        _ => full,
    };
    if c["software_adapter"] == true {
        format!("{dev} (software)")
    } else {
        dev.to_string()
    }
}

/// One line summing up a case (stderr, as cases finish).
fn one_line(c: &Value) -> String {
    if let Some(e) = c["error"].as_str() {
        return format!("  failed: {e}");
    }
    let stages: Vec<String> = c["stages"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    format!(
                        "{} {}",
                        s["stage"].as_str().unwrap_or("?"),
                        fmt_secs(&s["median"])
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    format!(
        "  {} s ({}), {} points/s",
        fmt_secs(&c["total_seconds"]["median"]),
        stages.join(", "),
        fmt_rate(&c["points_per_second"])
    )
}

/// The human-readable table.
fn table(doc: &Value) -> String {
    let mut out = String::new();
    let m = &doc["machine"];
    out.push_str(&format!(
        "projector bench · {} · {} threads · {}\n",
        m["cpu_model"].as_str().unwrap_or("unknown CPU"),
        m["cpu_threads"],
        doc["git_commit"]
            .as_str()
            .map_or("commit unknown".to_string(), |c| format!(
                "commit {}",
                &c[..c.len().min(10)]
            ))
    ));
    for a in m["adapters"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "adapter: {} ({}, {}){}\n",
            a["name"].as_str().unwrap_or("?"),
            a["backend"].as_str().unwrap_or("?"),
            a["device_type"].as_str().unwrap_or("?"),
            if a["software"] == true {
                " — a SOFTWARE adapter: its \"gpu\" times are CPU times"
            } else {
                ""
            }
        ));
    }
    let s = &doc["settings"];
    out.push_str(&format!(
        "{} timed run(s) after {} warm-up; median [min–max] seconds\n\n",
        s["repeat"], s["warmup"]
    ));
    let header = [
        "algo",
        "device",
        "n",
        "d",
        "params",
        "stages (median s)",
        "total s",
        "points/s",
        "peak MiB",
        "quality",
    ];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for c in doc["cases"].as_array().into_iter().flatten() {
        let params = match c["algo"].as_str() {
            Some("knn") => format!(
                "k={} {}",
                c["params"]["k"],
                c["params"]["method"].as_str().unwrap_or("")
            ),
            Some("pca") => format!("→{}", c["params"]["components"]),
            Some("tsne") => format!("{} it", c["params"]["iterations"]),
            Some("umap") => c["info"]["epochs"]
                .as_u64()
                .map_or("epochs auto".into(), |e| format!("{e} ep")),
            _ => String::new(),
        };
        let stages = c["stages"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        format!(
                            "{} {}",
                            s["stage"].as_str().unwrap_or("?"),
                            fmt_secs(&s["median"])
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let total = if let Some(e) = c["error"].as_str() {
            format!("FAILED: {}", e.lines().next().unwrap_or(""))
        } else {
            let t = &c["total_seconds"];
            format!(
                "{} [{}–{}]",
                fmt_secs(&t["median"]),
                fmt_secs(&t["min"]),
                fmt_secs(&t["max"])
            )
        };
        let q = &c["quality"];
        let quality = if q.is_null() {
            "–".to_string()
        } else if !q["recall"].is_null() {
            format!("recall@k {}", fmt_q(&q["recall"]))
        } else {
            format!(
                "trust {} · 10-NN acc {}{}",
                fmt_q(&q["trustworthiness"]),
                fmt_q(&q["knn_accuracy"]),
                q["sampled"]
                    .as_u64()
                    .map_or(String::new(), |s| format!(" (sample {s})"))
            )
        };
        rows.push(vec![
            c["algo"].as_str().unwrap_or("?").to_string(),
            format!(
                "{}: {}",
                c["backend"].as_str().unwrap_or("?"),
                device_label(c)
            ),
            c["n"].to_string(),
            c["d"].to_string(),
            params,
            stages,
            total,
            fmt_rate(&c["points_per_second"]),
            fmt_mib(&c["peak_rss_bytes"]),
            quality,
        ]);
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for (ri, r) in rows.iter().enumerate() {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if ri == 0 {
            out.push_str(
                &widths
                    .iter()
                    .map(|w| "-".repeat(*w))
                    .collect::<Vec<_>>()
                    .join("  "),
            );
            out.push('\n');
        }
    }
    if doc["interrupted"] == true {
        out.push_str("\n(interrupted by Ctrl-C: the remaining cases were not run)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_even_and_odd_runs() {
        assert_eq!(stats(&[3.0, 1.0, 2.0])["median"], 2.0);
        assert_eq!(stats(&[4.0, 1.0, 2.0, 3.0])["median"], 2.5);
        assert_eq!(stats(&[4.0, 1.0])["min"], 1.0);
        assert_eq!(stats(&[4.0, 1.0])["max"], 4.0);
    }

    #[test]
    fn synthetic_data_is_seeded_and_labelled() {
        let (a, la) = synthetic(200, 16, 5, 3);
        let (b, lb) = synthetic(200, 16, 5, 3);
        let (c, _) = synthetic(200, 16, 5, 4);
        assert_eq!(a, b);
        assert_eq!(la, lb);
        assert_ne!(a, c);
        assert!(la.iter().all(|&l| l < 5));
        let mut seen = la.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 5);
        assert!(a.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn recall_of_the_exact_graph_is_one_and_of_a_wrong_graph_low() {
        let (x, _) = synthetic(300, 8, 4, 1);
        let g = projector_engine::knn::knn(
            &Compute::Cpu,
            x.view(),
            10,
            Metric::Euclidean,
            Method::Exact,
            &projector_engine::NoProgress,
        )
        .unwrap();
        let (r, q) = recall(x.view(), &g, 10, 0).unwrap();
        assert_eq!(q, 300);
        assert!((r - 1.0).abs() < 1e-12, "{r}");
        let mut wrong = g.clone();
        for (i, v) in wrong.indices.iter_mut().enumerate() {
            *v = ((i * 37 + 11) % 300) as u32;
        }
        let (r, _) = recall(x.view(), &wrong, 10, 0).unwrap();
        assert!(r < 0.2, "{r}");
    }

    #[test]
    fn peak_rss_is_read_from_proc() {
        let (peak, now) = rss();
        if cfg!(target_os = "linux") {
            assert!(peak.is_some_and(|p| p > 0) && now.is_some_and(|n| n > 0));
            assert!(peak >= now);
        }
    }
}
