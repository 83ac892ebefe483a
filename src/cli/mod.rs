//! Command-line arguments of `projector` (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod params;

pub use params::ReducerArgs;
/// The engine's enums, taken by clap as they are (the engine's `clap` feature).
pub use projector_engine::BackendChoice;
pub use projector_engine::load::Format;
pub use projector_engine::pipeline::Algo;
use projector_engine::pipeline::Settings;

/// GPU embedding projector: PCA, t-SNE and UMAP on every point, with a viewer.
///
/// With no command, projects the bundled demo dataset (UCI digits) and opens the viewer when a
/// display exists, or renders it to a PNG when none does.
#[derive(Debug, Parser)]
#[command(name = "projector", version, about, long_about = None)]
pub struct Cli {
    /// What to do (none: the demo).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print what was found in a file: rows, columns and types, the embedding and colour chosen.
    Info(InfoArgs),
    /// Project a file to 2-D or 3-D and write the coordinates.
    Project(ProjectArgs),
    /// Project a file and draw the view to a PNG (no window needed).
    Render(RenderArgs),
    /// Project a file and open the interactive viewer.
    View(ViewArgs),
    /// Measure the reducers: seconds per stage, points per second, memory and quality.
    Bench(BenchArgs),
    /// Serve the interactive projector to a browser (for remote machines: prints the URL and
    /// the ssh tunnel to reach it).
    Serve(ServeArgs),
    /// Write the projection and the page as one self-contained HTML file.
    Export(ExportArgs),
    /// Print every reducer parameter (name, type, range, default, doc) as JSON.
    Params,
}

/// Input file options shared by every command.
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Input file: .csv, .tsv, .npy, W&B .table.json, TensorBoard vectors.tsv, .parquet; or a
    /// W&B run folder (wandb/run-…, wandb/latest-run), whose latest logged table is read.
    pub input: PathBuf,
    /// Force the input format instead of guessing it from the file name.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Labels for a .npy input (a .npy or a .txt with one label per line), one per row.
    #[arg(long)]
    pub labels: Option<PathBuf>,
    /// TensorBoard metadata.tsv for a vectors.tsv input (found beside it when not given).
    #[arg(long)]
    pub metadata: Option<PathBuf>,
    /// Drop rows with invalid cells (NaN, Inf, non-numbers, ragged rows) instead of failing.
    #[arg(long)]
    pub drop_invalid: bool,
    /// For a W&B run folder: the key of the table to read, as logged (default: the latest
    /// logged table; `projector info RUN` lists them).
    #[arg(long, value_name = "KEY")]
    pub table: Option<String>,
    /// For a W&B run folder: the step of the table to read (default: its latest).
    #[arg(long, value_name = "N")]
    pub step: Option<u64>,
}

/// `projector info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Everything that defines a projection (shared by project, render and view).
#[derive(Debug, Clone, Args)]
pub struct ProjectionArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Embedding columns: one vector column, or numeric columns (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub embedding: Option<Vec<String>>,
    /// Colour column (default: a label/target/class column, else the first categorical one).
    #[arg(long)]
    pub color: Option<String>,
    /// Reducer [default: pca; for serve, view and export a table with x, y[, z] columns shows
    /// those unless --algo is given].
    #[arg(long, value_enum)]
    pub algo: Option<Algo>,
    /// Where reducers run (also PROJECTOR_BACKEND).
    #[arg(long, value_enum, env = "PROJECTOR_BACKEND", default_value = "auto")]
    pub backend: BackendChoice,
    /// Every reducer parameter (`--dims`, `--seed`, `--perplexity`, …), generated from the
    /// engine's description.
    #[command(flatten)]
    pub params: ReducerArgs,
}

impl ProjectionArgs {
    /// The engine settings these flags stand for.
    pub fn settings(&self) -> Settings {
        self.params.settings(self.algo())
    }

    /// The reducer (`--algo`, else PCA).
    pub fn algo(&self) -> Algo {
        self.algo.unwrap_or_default()
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.params.layout.seed
    }
}

/// The value INPUT takes in `project` when it is not given (then `--fit` names the file).
pub const NO_INPUT: &str = "-";

/// `projector project`.
///
/// `projector project INPUT -o OUT` projects INPUT. `projector project --fit TRAIN --transform NEW
/// -o OUT` fits the projection on TRAIN and places the rows of NEW into it (PCA and UMAP), writing
/// NEW's coordinates to OUT (and TRAIN's to `--fit-output`).
#[derive(Debug, Args)]
#[command(mut_arg("input", |a| a.required(false).default_value(NO_INPUT).hide_default_value(true)))]
pub struct ProjectArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,
    /// Fit the projection on this file (instead of INPUT).
    #[arg(long, value_name = "TRAIN")]
    pub fit: Option<PathBuf>,
    /// Place the rows of this file into the fitted projection and write their coordinates to
    /// --output (PCA and UMAP; t-SNE has no transform). Its embedding columns must match TRAIN's.
    #[arg(long, value_name = "NEW")]
    pub transform: Option<PathBuf>,
    /// Labels for a .npy --transform file (a .npy or a .txt with one label per line).
    #[arg(long, value_name = "FILE", requires = "transform")]
    pub transform_labels: Option<PathBuf>,
    /// With --transform: also write TRAIN's coordinates here.
    #[arg(long, value_name = "FILE", requires = "transform")]
    pub fit_output: Option<PathBuf>,
    /// Output: .npy (float32 n × dims), .csv or .parquet (x, y[, z] and the colour column).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Print {"trustworthiness", "knn_accuracy", "seconds"} as one JSON line on stdout.
    #[arg(long)]
    pub metrics: bool,
}

/// `projector render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,
    /// Output PNG.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Image width in pixels.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// Image height in pixels.
    #[arg(long, default_value_t = 1200)]
    pub height: u32,
    /// Draw only some rows: COL=class,class (a categorical column) or COL=LO..HI (a numeric
    /// range; an end may be left out). Repeat to combine.
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<projector_engine::filter::Filter>,
    /// Draw density contour lines under the points (2-D layouts).
    #[arg(long)]
    pub contours: bool,
    /// Label the density's clusters at their centres: the colour column's majority class, or a
    /// text column's most distinctive words (2-D layouts). (`--labels` is taken: it names the
    /// labels file of a .npy input.)
    #[arg(long)]
    pub cluster_labels: bool,
}

/// `projector view`.
#[derive(Debug, Args)]
pub struct ViewArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,
    /// Show these coordinates instead of projecting (as for `serve`).
    #[arg(long, value_name = "FILE")]
    pub coords: Option<PathBuf>,
    /// Start with the density contours shown (the panel's toggle; 2-D layouts).
    #[arg(long)]
    pub contours: bool,
    /// Start with the density's clusters labelled (the panel's toggle; 2-D layouts).
    #[arg(long)]
    pub cluster_labels: bool,
}

/// `projector serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,
    /// Show these coordinates (.npy n × 2|3, or .csv/.parquet with x, y[, z]) instead of
    /// projecting: one row per embedded row of INPUT.
    #[arg(long, value_name = "FILE")]
    pub coords: Option<PathBuf>,
    /// Port to listen on.
    #[arg(long, default_value_t = 8050)]
    pub port: u16,
    /// Address to bind: loopback unless told otherwise (0.0.0.0 serves every interface; the
    /// token is still required).
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
}

/// `projector export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,
    /// Show these coordinates instead of projecting (as for `serve`).
    #[arg(long, value_name = "FILE")]
    pub coords: Option<PathBuf>,
    /// Output HTML file.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Size budget in MB: row fields, neighbours and thumbnails are embedded while it lasts.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_size: u64,
}

/// What `projector bench` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchAlgo {
    /// PCA fit and projection.
    Pca,
    /// The k-NN graph.
    Knn,
    /// t-SNE end to end (PCA preprocessing, k-NN, affinities, optimisation, read-back).
    Tsne,
    /// UMAP end to end (PCA preprocessing, k-NN, graph, initialisation, optimisation, read-back).
    Umap,
    /// One offscreen frame of the point renderer.
    Render,
    /// Density contours and cluster labels of 2-D points: the analysis on the backend, a frame
    /// with and without them, and the hover look-up.
    Density,
}

/// `projector bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// What to measure (comma-separated).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "pca,knn,tsne,umap,render"
    )]
    pub algo: Vec<BenchAlgo>,
    /// Numbers of points (comma-separated; default 10000, --quick 2000; with --data: every row).
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(20..))]
    pub sizes: Option<Vec<u64>>,
    /// Input dimensions of the generated data (comma-separated; default 784, --quick 50).
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(2..=65536))]
    pub dims: Option<Vec<u64>>,
    /// Backends to compare (comma-separated; "gpu" takes any adapter, software ones too).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "auto")]
    pub backend: Vec<BackendChoice>,
    /// Benchmark a real file (any format `projector info` reads) instead of generated clusters.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Labels for a .npy --data file (used by the quality figures).
    #[arg(long, requires = "data")]
    pub labels: Option<PathBuf>,
    /// Timed runs per case (the median is reported).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub repeat: Option<u32>,
    /// Untimed runs before the timed ones.
    #[arg(long)]
    pub warmup: Option<u32>,
    /// Write the results as JSON to FILE (no FILE or "-": on stdout, the table then on stderr).
    #[arg(long, num_args = 0..=1, default_missing_value = "-", value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Small defaults for a smoke test: 2000 × 50, one run, 250 t-SNE iterations, 50 UMAP epochs.
    #[arg(long)]
    pub quick: bool,
    /// Neighbours for --algo knn (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "15", value_parser = clap::value_parser!(u64).range(1..=128))]
    pub k: Vec<u64>,
    /// k-NN search for --algo knn, tsne and umap: auto, exact or approx (default: the engine's).
    #[arg(long)]
    pub knn: Option<String>,
    /// PCA components for --algo pca, and the PCA preprocessing of t-SNE/UMAP when d is larger
    /// (0 = no preprocessing; default: the engine's preprocessing target).
    #[arg(long)]
    pub pca_dims: Option<usize>,
    /// t-SNE iterations (default: the engine's, --quick 250).
    #[arg(long)]
    pub iterations: Option<usize>,
    /// UMAP epochs (default: the engine's choice, --quick 50).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Classes of the generated clusters.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..=1000))]
    pub classes: u32,
    /// Seed of the generated data and of the reducers (default: the engine's).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Skip the quality figures (trustworthiness, k-NN accuracy, recall).
    #[arg(long)]
    pub no_quality: bool,
    /// Seeded query rows the k-NN recall is checked on by brute force.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    pub recall_queries: u32,
}
