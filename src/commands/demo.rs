//! `projector` with no arguments: project the bundled UCI digits set (1797 × 64, labelled),
//! print the quality figures and write the coordinates; open the viewer when a display exists,
//! else render the view to a PNG and print its path.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use projector_engine::{metrics, output};

use crate::cli::{Algo, BackendChoice, InputArgs, ProjectionArgs, ReducerArgs};
use crate::pipeline;
use crate::progress::TerminalProgress;

/// The digits CSV, compiled in so the binary runs anywhere (UCI Optical Recognition of
/// Handwritten Digits, Alpaydin & Kaynak, CC BY 4.0; see data/README.md).
const DIGITS_CSV: &str = include_str!("../../data/digits.csv");

/// Where the demo writes its files.
fn demo_dir() -> PathBuf {
    std::env::temp_dir().join("projector-demo")
}

/// The bundled data on disk: the repository copy when present, else the compiled-in copy.
fn digits_path() -> Result<PathBuf> {
    let repo = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv"));
    if repo.is_file() {
        return Ok(repo);
    }
    let dir = demo_dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join("digits.csv");
    std::fs::write(&path, DIGITS_CSV).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// The projection arguments of the demo.
pub fn demo_args(algo: Algo) -> Result<ProjectionArgs> {
    Ok(ProjectionArgs {
        input: InputArgs {
            input: digits_path()?,
            format: None,
            labels: None,
            metadata: None,
            drop_invalid: false,
            table: None,
            step: None,
        },
        embedding: None,
        color: None,
        algo: Some(algo),
        backend: BackendChoice::Auto,
        // The engine's defaults, as `projector project` without flags.
        params: ReducerArgs::default(),
    })
}

/// Runs the demo.
pub fn run() -> Result<()> {
    eprintln!(
        "projector demo: the UCI digits set (1797 images of 8×8 pixels, 10 classes); `projector --help` for the commands"
    );
    let args = demo_args(DEMO_ALGO)?;
    let start = Instant::now();
    let progress = TerminalProgress::new();
    let p = pipeline::run(&args, &progress)?;
    progress.finish();
    let seconds = start.elapsed().as_secs_f64();
    let q = metrics::quality(
        p.data.embedding.data.view(),
        p.coords.view(),
        p.data.labels.as_ref().map(|l| l.codes.as_slice()),
        0,
    )?;
    let dir = demo_dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let csv = dir.join("digits-projection.csv");
    output::write_projection(
        &csv,
        p.coords.view(),
        &crate::commands::project::extra_columns(&p),
        &p.provenance,
    )?;
    println!(
        "{} of {} points × {} dims on {} in {seconds:.2} s",
        DEMO_ALGO.name(),
        p.coords.nrows(),
        p.data.embedding.data.ncols(),
        p.compute.describe()
    );
    println!(
        "quality: trustworthiness {:.3} (k = 15), 10-NN accuracy {}",
        q.trustworthiness,
        q.knn_accuracy
            .map_or("n/a".to_string(), |a| format!("{a:.3}"))
    );
    println!("coordinates: {}", csv.display());
    if projector_viewer::display_available() {
        println!("opening the viewer (close the window to quit)");
        crate::commands::render::open(&args, p, (false, false))
    } else {
        let png = dir.join("digits-projection.png");
        let title = crate::commands::render::title(&args, &p);
        crate::commands::render::write_png(&p, title, &png, 1600, 1200)?;
        println!("no display: rendered the view to {}", png.display());
        println!(
            "to explore it in a browser (from a laptop too, over ssh): projector serve {} --algo umap",
            args.input.input.display()
        );
        Ok(())
    }
}

/// The reducer the demo shows.
const DEMO_ALGO: Algo = Algo::Umap;
