//! `projector serve` and `projector export`: the browser front end ([`projector_web`]).
//!
//! Both load and check the input like `project` (bad input exits 2 before any port is
//! opened or file written). `serve` binds, prints the URL with its token and the ssh tunnel
//! that reaches it from a laptop, and computes the first layout while the page shows its
//! progress; Ctrl-C stops it. `export` computes the layout (or takes `--coords`) and writes one
//! HTML file.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use ndarray::Array2;
use projector_engine::pipeline::LayoutCache;
use projector_engine::{Error, load};
use projector_web::{Dataset, State};

use crate::cli::{ExportArgs, ProjectionArgs, ServeArgs};
use crate::pipeline::compute;
use crate::progress::{TerminalProgress, stop_requested};

/// The input's file name, for headings.
fn source_name(args: &ProjectionArgs) -> String {
    args.input.input.file_name().map_or_else(
        || args.input.input.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// Coordinates from FILE for `n` rows: a `.npy` of n × 2|3, or a table's `x`, `y`[, `z`]
/// columns (else its numeric columns).
pub fn read_coords(path: &Path, n: usize) -> Result<Array2<f32>, Error> {
    let table = load::load(path, &load::LoadOptions::default())?;
    let axes: Vec<String> = ["x", "y", "z"]
        .iter()
        .filter(|a| table.column(a).is_some())
        .map(|a| a.to_string())
        .collect();
    let spec = if axes.len() >= 2 {
        table.resolve_embedding(&axes)?
    } else {
        table.default_embedding(None)?
    };
    let e = table.embedding(&spec, false)?;
    let (rows, dims) = e.data.dim();
    if rows != n {
        return Err(Error::format(
            path,
            format!("{rows} rows of coordinates for {n} rows of input"),
        ));
    }
    if !(2..=3).contains(&dims) {
        return Err(Error::format(
            path,
            format!("{dims} coordinate columns: expected 2 or 3 (x, y[, z])"),
        ));
    }
    Ok(e.data)
}

/// The table's own `x`, `y`[, `z`] numeric columns, for the embedded rows (a layout made
/// elsewhere, shown when `--algo` is not given).
pub fn table_coords(p: &projector_engine::pipeline::Prepared) -> Option<Array2<f32>> {
    let axes: Vec<&[f64]> = ["x", "y", "z"]
        .iter()
        .map_while(|a| match p.table.column(a).map(|c| &c.data) {
            Some(projector_engine::ColumnData::Numeric(v)) => Some(v.as_slice()),
            _ => None,
        })
        .collect();
    if axes.len() < 2 {
        return None;
    }
    let rows = &p.embedding.rows;
    let c = Array2::from_shape_fn((rows.len(), axes.len()), |(i, j)| axes[j][rows[i]] as f32);
    c.iter().all(|v| v.is_finite()).then_some(c)
}

/// The dataset of `serve` and `export`: the prepared input, and `--coords` when given.
fn dataset(args: &ProjectionArgs, coords: Option<&Path>) -> Result<Dataset> {
    let prepared = crate::pipeline::prepare(args)?;
    let coords = match coords {
        Some(c) => Some(read_coords(c, prepared.embedding.data.nrows())?),
        None if args.algo.is_none() => table_coords(&prepared),
        None => None,
    };
    Ok(Dataset {
        prepared,
        source: source_name(args),
        compute: compute(args)?,
        settings: args.settings(),
        coords,
        cache: LayoutCache::user(),
    })
}

/// Runs `serve`.
pub fn run(args: &ServeArgs) -> Result<()> {
    let data = dataset(&args.projection, args.coords.as_deref())?;
    let n = data.n();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    rt.block_on(async {
        let addr = std::net::SocketAddr::new(args.host, args.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| projector_web::WebError::Bind { addr, source })?;
        let port = listener.local_addr().map_or(args.port, |a| a.port());
        let state = Arc::new(State::new(data, args.host, port));
        state.start_initial();
        let shown_host = if args.host.is_loopback() || args.host.is_unspecified() {
            "localhost".to_string()
        } else {
            args.host.to_string()
        };
        let url = state.url(&shown_host);
        eprintln!(
            "projector: serving {} ({n} rows) at\n\n    {url}\n",
            source_name(&args.projection)
        );
        if args.host.is_loopback() {
            eprintln!(
                "From a laptop: ssh -L {port}:localhost:{port} {}   then open the URL there.",
                hostname()
            );
        }
        eprintln!("Ctrl-C stops the server.");
        if args.open {
            open_browser(&url);
        }
        let shutdown = async {
            while !stop_requested() {
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        };
        axum::serve(listener, projector_web::router(state))
            .with_graceful_shutdown(shutdown)
            .await
            .context("serving")?;
        Ok::<(), anyhow::Error>(())
    })
}

/// This machine's name for the ssh hint (Linux: the kernel's; else `HOSTNAME`).
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "THIS_HOST".into())
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("(could not start a browser: open the URL yourself)");
    }
}

/// Runs `export`.
pub fn run_export(args: &ExportArgs) -> Result<()> {
    let ext = args
        .output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if !matches!(ext.as_deref(), Some("html" | "htm")) {
        bail!(Error::Invalid(format!(
            "{}: the export is an .html file",
            args.output.display()
        )));
    }
    let data = dataset(&args.projection, args.coords.as_deref())?;
    let progress = TerminalProgress::new();
    let (coords, layout) = data.first_layout(&progress)?;
    progress.finish();
    let budget = usize::try_from(args.max_size)
        .unwrap_or(usize::MAX)
        .saturating_mul(1 << 20);
    let (html, report) = projector_web::export::html(&data, &coords, &layout, budget)?;
    projector_web::export::write(&args.output, &html)?;
    eprintln!(
        "wrote {} ({:.1} MB): {} points, {} colour columns, fields of {} rows, neighbours of {}, {} images",
        args.output.display(),
        report.bytes as f64 / 1e6,
        report.rows,
        report.colors,
        report.fields,
        report.neighbors,
        report.images
    );
    if !report.omitted.is_empty() {
        eprintln!(
            "left out past the {} MB budget (--max-size): {}",
            args.max_size,
            report.omitted.join("; ")
        );
    }
    Ok(())
}
