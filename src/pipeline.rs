//! The CLI's side of the engine pipeline ([`projector_engine::pipeline`]) shared by `project`,
//! `render`, `view` and the demo: flags → [`Source`] and [`Settings`], then the engine's
//! prepare → project, with the `--drop-invalid` reports on stderr.

use anyhow::Result;
use ndarray::Array2;
use projector_engine::load::LoadOptions;
use projector_engine::pipeline::{
    self, InputInfo, Model, Prepared, Provenance, Settings, Source, Stage,
};
use projector_engine::table::Embedding;
use projector_engine::{Compute, Error, Input, Progress, Table};

use crate::cli::{InputArgs, ProjectionArgs};

/// The result of a projection, with what produced it.
pub struct Projection {
    /// The table, the embedding and colour columns chosen, the matrix and the labels.
    pub data: Prepared,
    /// Low-dimensional coordinates, one row per embedded row.
    pub coords: Array2<f32>,
    /// The fitted reducer, to place new points with [`Model::transform`].
    pub model: Model,
    /// The backend that ran.
    pub compute: Compute,
    /// Every stage, load to read-back.
    pub stages: Vec<Stage>,
    /// The settings it ran with.
    pub settings: Settings,
    /// Where the layout came from (written with every output).
    pub provenance: Provenance,
}

/// Load options from the CLI arguments.
pub fn load_options(input: &InputArgs) -> LoadOptions {
    LoadOptions {
        format: input.format,
        labels: input.labels.clone(),
        metadata: input.metadata.clone(),
        drop_invalid: input.drop_invalid,
        table: input.table.clone(),
        step: input.step,
    }
}

/// What to read: the input flags, `--embedding` and `--color`.
pub fn source(args: &ProjectionArgs) -> Source {
    Source {
        path: args.input.input.clone(),
        load: load_options(&args.input),
        embedding: args.embedding.clone(),
        color: args.color.clone(),
        take_vectors: false,
    }
}

/// Loads the input file, reporting rows dropped under `--drop-invalid`.
pub fn load(input: &InputArgs) -> Result<Table, Error> {
    let table = projector_engine::load::load(&input.input, &load_options(input))?;
    report_dropped(input, &table, None);
    Ok(table)
}

fn report_dropped(input: &InputArgs, table: &Table, embedding: Option<&Embedding>) {
    if table.dropped_rows > 0 {
        eprintln!(
            "{}: dropped {} rows with invalid cells (--drop-invalid)",
            input.input.display(),
            table.dropped_rows
        );
    }
    if let Some(e) = embedding.filter(|e| e.dropped > 0) {
        eprintln!(
            "{}: dropped {} rows with invalid embedding cells (--drop-invalid)",
            input.input.display(),
            e.dropped
        );
    }
}

/// Resolves `--backend`.
pub fn compute(args: &ProjectionArgs) -> Result<Compute, Error> {
    Compute::select(args.backend)
}

/// Runs the whole pipeline: the engine's [`Source::prepare`] and [`pipeline::project`].
pub fn run(args: &ProjectionArgs, progress: &dyn Progress) -> Result<Projection> {
    project(args, prepare(args)?, progress)
}

/// [`run`] for callers that write the coordinates and need no vectors from the table
/// afterwards (`projector project`): a `.npy` matrix is memory-mapped and streamed through
/// the reducer's PCA ([`Source::prepare_rows`]); any other vector embedding column is moved
/// out of the table instead of copied ([`Source::take_vectors`]). Unless `keep_input` (quality figures or a
/// transform need the rows later), the matrix itself is handed to the reducer, which frees it
/// once its PCA preprocessing has reduced it: the returned projection's
/// `data.embedding.data` is then empty (its rows and provenance are kept).
pub fn run_lean(
    args: &ProjectionArgs,
    progress: &dyn Progress,
    keep_input: bool,
) -> Result<Projection> {
    let lean = Source {
        take_vectors: true,
        ..source(args)
    };
    if !keep_input && let Some((prepared, rows, info)) = lean.prepare_rows()? {
        // A `.npy` matrix: mapped, and read a block at a time by the reducer's PCA.
        return project_with(args, prepared, Input::Rows(rows), info, progress);
    }
    let mut prepared = prepare_source(args, &lean)?;
    if keep_input {
        return project(args, prepared, progress);
    }
    let info = prepared.input_info();
    let data = std::mem::take(&mut prepared.embedding.data);
    project_with(args, prepared, data.into(), info, progress)
}

/// The engine's [`Source::prepare`] of the input flags, reporting rows dropped under
/// `--drop-invalid`.
pub fn prepare(args: &ProjectionArgs) -> Result<Prepared> {
    prepare_source(args, &source(args))
}

/// [`Source::prepare`] of `source`, reporting rows dropped under `--drop-invalid`.
fn prepare_source(args: &ProjectionArgs, source: &Source) -> Result<Prepared> {
    let prepared = source.prepare()?;
    report_dropped(&args.input, &prepared.table, Some(&prepared.embedding));
    Ok(prepared)
}

/// The reducer step of [`run`], on an input already prepared (read once when the caller
/// needed the table first).
pub fn project(
    args: &ProjectionArgs,
    prepared: Prepared,
    progress: &dyn Progress,
) -> Result<Projection> {
    let info = prepared.input_info();
    let (compute, outcome) = reduce(args, prepared.embedding.data.view().into(), progress)?;
    Ok(assemble(prepared, compute, outcome, info))
}

/// [`project`] on a matrix handed over (taken out of `prepared`, whose input `info` was
/// computed before): the reducer frees it after its PCA preprocessing.
fn project_with(
    args: &ProjectionArgs,
    prepared: Prepared,
    data: Input<'static>,
    info: InputInfo,
    progress: &dyn Progress,
) -> Result<Projection> {
    let (compute, outcome) = reduce(args, data, progress)?;
    Ok(assemble(prepared, compute, outcome, info))
}

/// Runs the reducer of `args` on `data`.
fn reduce(
    args: &ProjectionArgs,
    data: Input<'_>,
    progress: &dyn Progress,
) -> Result<(Compute, pipeline::Outcome)> {
    let compute = compute(args)?;
    let settings = args.settings();
    let outcome = pipeline::project(&compute, data, &settings, progress)
        .map_err(|e| reducer_error(e, &settings))?;
    Ok((compute, outcome))
}

fn assemble(
    prepared: Prepared,
    compute: Compute,
    outcome: pipeline::Outcome,
    info: InputInfo,
) -> Projection {
    let provenance = outcome.provenance(&compute, info);
    let mut stages = prepared.stages.clone();
    stages.extend(outcome.stages);
    Projection {
        data: prepared,
        coords: outcome.coords,
        model: outcome.model,
        compute,
        stages,
        settings: outcome.settings,
        provenance,
    }
}

/// A reducer's failure, named after the reducer unless it is about the input itself.
fn reducer_error(e: Error, settings: &Settings) -> anyhow::Error {
    match e {
        Error::Invalid(_) | Error::Cancelled => e.into(),
        e => anyhow::Error::new(e).context(settings.algo.name()),
    }
}
