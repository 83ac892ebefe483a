//! `projector project`: project a file and write the coordinates (and the quality figures).
//!
//! With `--fit TRAIN --transform NEW` the projection is fitted on TRAIN and the rows of NEW are
//! placed into it ([`pipeline::Model::transform`]): NEW's embedding is read with TRAIN's embedding
//! columns, and its coordinates go to `--output` (TRAIN's to `--fit-output`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Result, bail};
use projector_engine::pipeline::InputInfo;
use projector_engine::table::{Column, Labels};
use projector_engine::{ColumnData, Error, Table, metrics, output};
use serde_json::{Value, json};

use crate::cli::{Algo, InputArgs, NO_INPUT, ProjectArgs, ProjectionArgs};
use projector_engine::pipeline::TSNE_NO_TRANSFORM;

use crate::pipeline::{self, Projection};
use crate::progress::TerminalProgress;

/// Runs `project`.
pub fn run(args: &ProjectArgs) -> Result<()> {
    let start = Instant::now();
    let projection = projection_args(args)?;
    if args.transform.is_some() && projection.algo() == Algo::Tsne {
        bail!(Error::Invalid(TSNE_NO_TRANSFORM.into()));
    }
    // Read the new rows before the (long) fit, so a bad file fails at once.
    let new = match &args.transform {
        Some(path) => Some(load_new(path, args, &projection)?),
        None => None,
    };
    let progress = TerminalProgress::new();
    // Quality figures and a transform read the rows again; otherwise they are freed once
    // reduced.
    let keep_input = args.metrics || args.transform.is_some();
    let p = pipeline::run_lean(&projection, &progress, keep_input)?;
    progress.finish();
    let algo = projection.algo().id().to_string();
    let Some(new) = new else {
        output::write_projection(
            &args.output,
            p.coords.view(),
            &extra_columns(&p),
            &p.provenance,
        )?;
        let seconds = start.elapsed().as_secs_f64();
        eprintln!(
            "wrote {} ({} points × {}) with {algo} on {}",
            args.output.display(),
            p.coords.nrows(),
            p.coords.ncols(),
            p.compute.describe()
        );
        if args.metrics {
            println!("{}", metrics_json(&p, seconds, projection.seed())?);
        }
        return Ok(());
    };

    // Transform: place NEW's rows into the fitted map.
    let new_embedding = new
        .table
        .embedding(&p.data.spec, projection.input.drop_invalid)?;
    if new_embedding.data.ncols() != p.data.embedding.data.ncols() {
        bail!(Error::format(
            &new.path,
            format!(
                "the embedding has {} dimensions, {} has {}",
                new_embedding.data.ncols(),
                projection.input.input.display(),
                p.data.embedding.data.ncols()
            ),
        ));
    }
    let t = Instant::now();
    let placed = p.model.transform(&p.compute, new_embedding.data.view())?;
    let transform_seconds = t.elapsed().as_secs_f64();
    let new_extra = columns_for(&new.table, &new_embedding.rows, p.data.color.as_deref());
    // The placed rows' provenance: the fitted map's, with NEW as its input.
    let mut placed_provenance = p.provenance.clone();
    placed_provenance.transformed = Some(InputInfo::of(
        Some(&new.path),
        &p.data.spec.columns(),
        new_embedding.data.view(),
    ));
    output::write_projection(&args.output, placed.view(), &new_extra, &placed_provenance)?;
    if let Some(fit_out) = &args.fit_output {
        output::write_projection(fit_out, p.coords.view(), &extra_columns(&p), &p.provenance)?;
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "fitted {algo} on {} ({} points), placed {} points of {} → wrote {} with {}",
        projection.input.input.display(),
        p.coords.nrows(),
        placed.nrows(),
        new.path.display(),
        args.output.display(),
        p.compute.describe()
    );
    if args.metrics {
        let mut doc = metrics_json(&p, seconds, projection.seed())?;
        doc["provenance"] = serde_json::to_value(&placed_provenance)?;
        let new_labels = match &p.data.color {
            Some(c) if new.table.column(c).is_some() => new.table.labels(c, &new_embedding.rows)?,
            _ => None,
        };
        let q = metrics::quality(
            new_embedding.data.view(),
            placed.view(),
            new_labels.as_ref().map(|l| l.codes.as_slice()),
            projection.seed(),
        )?;
        let transfer = match (&p.data.labels, &new_labels) {
            (Some(train), Some(new_l)) if p.coords.nrows() >= 10 => {
                Some(metrics::transfer_accuracy(
                    p.coords.view(),
                    &train.codes,
                    placed.view(),
                    &recode(new_l, train),
                    10,
                    projection.seed(),
                )?)
            }
            _ => None,
        };
        doc["transform"] = json!({
            "points": placed.nrows(),
            "seconds": transform_seconds,
            "trustworthiness": q.trustworthiness,
            "knn_accuracy": q.knn_accuracy,
            "transfer_knn_accuracy": transfer,
            "sampled": q.sampled,
        });
        println!("{doc}");
    }
    Ok(())
}

/// The projection flags with the training file resolved: `--fit TRAIN` or the positional INPUT.
fn projection_args(args: &ProjectArgs) -> Result<ProjectionArgs> {
    let mut projection = args.projection.clone();
    let positional = projection.input.input.as_os_str() != NO_INPUT;
    match (&args.fit, positional) {
        (Some(_), true) => bail!(Error::Invalid(
            "give the training file either as INPUT or as --fit TRAIN, not both".into()
        )),
        (Some(fit), false) => projection.input.input = fit.clone(),
        (None, true) => {}
        (None, false) => bail!(Error::Invalid(
            "missing the input file: projector project INPUT -o OUT (or --fit TRAIN --transform NEW)"
                .into()
        )),
    }
    Ok(projection)
}

/// The `--transform` file, loaded with the same options as the training file.
struct NewRows {
    path: PathBuf,
    table: Table,
}

fn load_new(path: &Path, args: &ProjectArgs, projection: &ProjectionArgs) -> Result<NewRows> {
    // Read like TRAIN (format, --drop-invalid and its report), with NEW's own labels; a W&B
    // run folder NEW is read with TRAIN's --table and --step, a file without them.
    let run = path.is_dir();
    let input = InputArgs {
        input: path.to_path_buf(),
        labels: args.transform_labels.clone(),
        metadata: None,
        table: projection.input.table.clone().filter(|_| run),
        step: projection.input.step.filter(|_| run),
        ..projection.input.clone()
    };
    let table = pipeline::load(&input)?;
    Ok(NewRows {
        path: input.input,
        table,
    })
}

/// `labels` re-coded with `reference`'s class list; a class `reference` lacks gets `u32::MAX`
/// (a k-NN vote can never match it).
fn recode(labels: &Labels, reference: &Labels) -> Vec<u32> {
    labels
        .codes
        .iter()
        .map(|&c| {
            labels
                .classes
                .get(c as usize)
                .and_then(|name| reference.classes.iter().position(|r| r == name))
                .map_or(u32::MAX, |i| i as u32)
        })
        .collect()
}

/// `{"trustworthiness", "knn_accuracy", "seconds", "sampled", "stages", "provenance"}` of a
/// projection.
fn metrics_json(p: &Projection, seconds: f64, seed: u64) -> Result<Value> {
    let q = metrics::quality(
        p.data.embedding.data.view(),
        p.coords.view(),
        p.data.labels.as_ref().map(|l| l.codes.as_slice()),
        seed,
    )?;
    Ok(json!({
        "trustworthiness": q.trustworthiness,
        "knn_accuracy": q.knn_accuracy,
        "seconds": seconds,
        "sampled": q.sampled,
        "stages": p.stages.iter().map(|s| json!({"stage": s.name, "seconds": s.seconds})).collect::<Vec<_>>(),
        "provenance": p.provenance,
    }))
}

/// The columns written beside x, y[, z]: the row id and the colour column.
pub fn extra_columns(p: &Projection) -> Vec<Column> {
    columns_for(
        &p.data.table,
        &p.data.embedding.rows,
        p.data.color.as_deref(),
    )
}

/// The row ids of `rows` in `table` and, when `table` has it, the colour column.
fn columns_for(table: &Table, rows: &[usize], color: Option<&str>) -> Vec<Column> {
    let mut extra = vec![Column {
        name: "row".to_string(),
        data: ColumnData::Numeric(rows.iter().map(|&r| r as f64).collect()),
    }];
    if let Some(name) = color
        && let Some(c) = table.column(name)
    {
        extra.push(Column {
            name: c.name.clone(),
            data: c.data.select_rows(rows),
        });
    }
    extra
}
