//! `projector project`: project a file and write the coordinates (and the quality figures).

use std::time::Instant;

use anyhow::Result;
use projector_engine::table::Column;
use projector_engine::{ColumnData, metrics, output};
use serde_json::json;

use crate::cli::ProjectArgs;
use crate::pipeline::{self, Projection};
use crate::progress::TerminalProgress;

/// Runs `project`.
pub fn run(args: &ProjectArgs) -> Result<()> {
    let start = Instant::now();
    let progress = TerminalProgress::new();
    let p = pipeline::run(&args.projection, &progress)?;
    progress.finish();
    output::write_coordinates(&args.output, p.coords.view(), &extra_columns(&p))?;
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "wrote {} ({} points × {}) with {} on {}",
        args.output.display(),
        p.coords.nrows(),
        p.coords.ncols(),
        format!("{:?}", args.projection.algo).to_lowercase(),
        p.compute.describe()
    );
    if args.metrics {
        let q = metrics::quality(
            p.embedding.data.view(),
            p.coords.view(),
            p.labels.as_ref().map(|l| l.codes.as_slice()),
            args.projection.seed,
        )?;
        println!(
            "{}",
            json!({
                "trustworthiness": q.trustworthiness,
                "knn_accuracy": q.knn_accuracy,
                "seconds": seconds,
                "sampled": q.sampled,
                "stages": p.stages.iter().map(|(s, t)| json!({"stage": s, "seconds": t})).collect::<Vec<_>>(),
            })
        );
    }
    Ok(())
}

/// The columns written beside x, y[, z]: the row id and the colour column.
pub fn extra_columns(p: &Projection) -> Vec<Column> {
    let mut extra = vec![Column {
        name: "row".to_string(),
        data: ColumnData::Numeric(p.embedding.rows.iter().map(|&r| r as f64).collect()),
    }];
    if let Some(name) = &p.color
        && let Some(c) = p.table.column(name)
    {
        extra.push(Column {
            name: c.name.clone(),
            data: c.data.select_rows(&p.embedding.rows),
        });
    }
    extra
}
