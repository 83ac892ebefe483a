//! The projection pipeline shared by `project`, `render`, `view` and the demo:
//! load → choose embedding and colour → extract the matrix → (PCA preprocessing) → reduce.

use std::time::Instant;

use anyhow::{Context, Result, bail};
use ndarray::{Array2, ArrayView2};
use projector_engine::load::{Format, LoadOptions};
use projector_engine::table::{Embedding, Labels};
use projector_engine::umap::Umap;
use projector_engine::{BackendChoice, Compute, EmbeddingSpec, Error, Progress, Table, pca};

use crate::cli::{Algo, BackendArg, FormatArg, InputArgs, ProjectionArgs};

/// The result of a projection, with what produced it.
pub struct Projection {
    /// The loaded table.
    pub table: Table,
    /// The embedding columns used.
    pub spec: EmbeddingSpec,
    /// The colour column, if any.
    pub color: Option<String>,
    /// The embedding (rows may have been dropped with --drop-invalid).
    pub embedding: Embedding,
    /// Class codes of the colour column for the embedded rows, when categorical.
    pub labels: Option<Labels>,
    /// Low-dimensional coordinates, one row per embedded row.
    pub coords: Array2<f32>,
    /// The fitted reducer, to place new points with [`Model::transform`].
    pub model: Model,
    /// The backend that ran.
    pub compute: Compute,
    /// (stage, seconds).
    pub stages: Vec<(String, f64)>,
}

/// Load options from the CLI arguments.
pub fn load_options(input: &InputArgs) -> LoadOptions {
    LoadOptions {
        format: input.format.map(|f| match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Tsv => Format::Tsv,
            FormatArg::Npy => Format::Npy,
            FormatArg::Wandb => Format::WandbJson,
            FormatArg::Tensorboard => Format::TfProjector,
            FormatArg::Parquet => Format::Parquet,
        }),
        labels: input.labels.clone(),
        metadata: input.metadata.clone(),
        drop_invalid: input.drop_invalid,
    }
}

/// Loads the input file.
pub fn load(input: &InputArgs) -> Result<Table, Error> {
    let table = projector_engine::load::load(&input.input, &load_options(input))?;
    if table.dropped_rows > 0 {
        eprintln!(
            "{}: dropped {} rows with invalid cells (--drop-invalid)",
            input.input.display(),
            table.dropped_rows
        );
    }
    Ok(table)
}

/// The colour column: `--color`, else the table's default.
pub fn choose_color(table: &Table, requested: Option<&str>) -> Result<Option<String>, Error> {
    match requested {
        Some(c) if table.column(c).is_none() => Err(Error::Invalid(format!(
            "no column '{c}' for --color (columns: {})",
            table
                .columns()
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        Some(c) => Ok(Some(c.to_string())),
        None => Ok(table.default_color().map(str::to_string)),
    }
}

/// The embedding columns: `--embedding`, else the table's default.
pub fn choose_embedding(
    table: &Table,
    requested: Option<&[String]>,
    color: Option<&str>,
) -> Result<EmbeddingSpec, Error> {
    match requested {
        Some(cols) => table.resolve_embedding(cols),
        None => table.default_embedding(color),
    }
}

/// Resolves `--backend`.
pub fn compute(backend: BackendArg) -> Result<Compute, Error> {
    Compute::select(match backend {
        BackendArg::Auto => BackendChoice::Auto,
        BackendArg::Gpu => BackendChoice::Gpu,
        BackendArg::Cpu => BackendChoice::Cpu,
    })
}

/// Runs the whole pipeline.
pub fn run(args: &ProjectionArgs, progress: &dyn Progress) -> Result<Projection> {
    let mut stages = Vec::new();
    let t = Instant::now();
    let table = load(&args.input)?;
    stages.push(("load".to_string(), t.elapsed().as_secs_f64()));
    let color = choose_color(&table, args.color.as_deref())?;
    let spec = choose_embedding(&table, args.embedding.as_deref(), color.as_deref())?;
    let embedding = table.embedding(&spec, args.input.drop_invalid)?;
    if embedding.dropped > 0 {
        eprintln!(
            "{}: dropped {} rows with invalid embedding cells (--drop-invalid)",
            args.input.input.display(),
            embedding.dropped
        );
    }
    let (n, d) = embedding.data.dim();
    if n < 2 {
        return Err(Error::format(
            &args.input.input,
            format!("only {n} row: at least 2 rows are needed to project"),
        )
        .into());
    }
    let dims = args.dims();
    if args.algo == Algo::Pca && d < dims {
        bail!(Error::Invalid(format!(
            "the embedding has {d} dimension(s): PCA cannot project it to {dims}"
        )));
    }
    let labels = match &color {
        Some(c) => table.labels(c, &embedding.rows)?,
        None => None,
    };
    let compute = compute(args.backend)?;
    let (coords, model) = reduce(args, &compute, &embedding.data, progress, &mut stages)?;
    // Never a silent wrong answer: a NaN or infinite coordinate is an error, not an output.
    projector_engine::scale::check_output(args.algo.name(), coords.view())?;
    Ok(Projection {
        table,
        spec,
        color,
        embedding,
        labels,
        coords,
        model,
        compute,
        stages,
    })
}

/// A fitted projection: what is needed to place new points into it.
pub enum Model {
    /// PCA: the fitted axes.
    Pca(pca::Pca),
    /// UMAP after its PCA preprocessing (when there was one).
    Umap {
        /// PCA preprocessing fitted on the training rows.
        pre: Option<pca::Pca>,
        /// The fitted map.
        umap: Box<Umap>,
    },
    /// t-SNE (no transform: its map is not a function of the input).
    Tsne,
}

impl Model {
    /// Places the rows of `new` (same columns as the training rows) into the fitted map.
    pub fn transform(&self, compute: &Compute, new: ArrayView2<'_, f32>) -> Result<Array2<f32>> {
        match self {
            Model::Pca(fit) => {
                let coords = fit.transform(new);
                projector_engine::scale::check_output("the PCA transform", coords.view())?;
                Ok(coords)
            }
            Model::Umap { pre, umap } => {
                let reduced;
                let input = match pre {
                    Some(fit) => {
                        reduced = fit.transform(new);
                        reduced.view()
                    }
                    None => new,
                };
                let coords = umap.transform(compute, input).context("UMAP transform")?;
                projector_engine::scale::check_output("the UMAP transform", coords.view())?;
                Ok(coords)
            }
            Model::Tsne => bail!(Error::Invalid(TSNE_NO_TRANSFORM.into())),
        }
    }
}

/// Why `--transform` refuses t-SNE.
pub const TSNE_NO_TRANSFORM: &str = "t-SNE cannot place new points into a fitted map (its layout \
     is not a function of the input): use --algo umap or --algo pca with --transform";

/// The reducer step alone: the coordinates of the training rows and the fitted model.
fn reduce(
    args: &ProjectionArgs,
    compute: &Compute,
    data: &Array2<f32>,
    progress: &dyn Progress,
    stages: &mut Vec<(String, f64)>,
) -> Result<(Array2<f32>, Model)> {
    let dims = args.dims();
    match args.algo {
        Algo::Pca => {
            let t = Instant::now();
            let fit = pca::fit(compute, data.view(), dims).context("PCA")?;
            let coords = fit.transform(data.view());
            stages.push(("pca".to_string(), t.elapsed().as_secs_f64()));
            Ok((coords, Model::Pca(fit)))
        }
        Algo::Tsne | Algo::Umap => {
            let t = Instant::now();
            let (pre, reduced) = match args.params.preprocess.fit(compute, data.view(), progress) {
                Ok(Some((fit, reduced))) => {
                    stages.push((
                        format!("pca-{}", reduced.ncols()),
                        t.elapsed().as_secs_f64(),
                    ));
                    (Some(fit), Some(reduced))
                }
                Ok(None) => (None, None),
                Err(e) => return Err(anyhow::Error::new(e).context("PCA preprocessing")),
            };
            let input = reduced.as_ref().map_or(data.view(), |r| r.view());
            let t = Instant::now();
            let result = match args.algo {
                Algo::Tsne => {
                    let coords =
                        projector_engine::tsne::run(compute, input, &args.params.tsne(), progress)
                            .context("t-SNE")?;
                    (coords, Model::Tsne)
                }
                _ => {
                    // Umap::new + every epoch is umap::run, keeping the map for transform.
                    let mut umap =
                        Umap::new(compute, input, &args.params.umap(), progress).context("UMAP")?;
                    let epochs = umap.n_epochs();
                    umap.step(epochs, progress).context("UMAP")?;
                    let coords = umap.positions().context("UMAP")?;
                    for (stage, secs) in umap.timings() {
                        stages.push((format!("umap {stage}"), *secs));
                    }
                    (
                        coords,
                        Model::Umap {
                            pre,
                            umap: Box::new(umap),
                        },
                    )
                }
            };
            stages.push((
                format!("{:?}", args.algo).to_lowercase(),
                t.elapsed().as_secs_f64(),
            ));
            Ok(result)
        }
    }
}
