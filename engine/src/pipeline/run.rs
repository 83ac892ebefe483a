//! [`Run`]: a projection in progress, stepped by its caller; [`Outcome`]: what it produced.

use std::time::Instant;

use ndarray::{Array2, ArrayView2};

use super::{Algo, Provenance, Settings, Stage};
use crate::error::{Error, Result};
use crate::progress::Progress;
use crate::rows::RowSource;
use crate::tsne::Tsne;
use crate::umap::Umap;
use crate::{Compute, Input, metrics, pca};

/// Why t-SNE refuses to place new points.
pub const TSNE_NO_TRANSFORM: &str = "t-SNE cannot place new points into a fitted map (its layout \
     is not a function of the input): use --algo umap or --algo pca with --transform";

/// The latest value of a reducer's objective.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loss {
    /// What it is ("KL divergence").
    pub name: &'static str,
    /// Its value.
    pub value: f32,
    /// The iteration it was computed at.
    pub iteration: usize,
}

/// A fitted projection: what is needed to place new points into it.
#[derive(Debug)]
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
    /// Places the rows of `new` (the training rows' columns) into the fitted map. t-SNE is
    /// [`Error::Invalid`] ([`TSNE_NO_TRANSFORM`]); a non-finite coordinate is an error.
    pub fn transform(&self, compute: &Compute, new: ArrayView2<'_, f32>) -> Result<Array2<f32>> {
        match self {
            Model::Pca(fit) => {
                let coords = fit.transform(new);
                crate::scale::check_output("the PCA transform", coords.view())?;
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
                let coords = umap.transform(compute, input)?;
                crate::scale::check_output("the UMAP transform", coords.view())?;
                Ok(coords)
            }
            Model::Tsne => Err(Error::Invalid(TSNE_NO_TRANSFORM.into())),
        }
    }
}

/// The reducer behind a [`Run`].
enum Reducer {
    /// PCA fits and projects in [`Run::start`].
    Pca { fit: pca::Pca, coords: Array2<f32> },
    Tsne {
        tsne: Box<Tsne>,
        iterations: usize,
        loss: Option<Loss>,
    },
    Umap {
        pre: Option<pca::Pca>,
        umap: Box<Umap>,
    },
}

/// A projection in progress: set up by [`Run::start`], advanced by [`Run::step`], read at any
/// time ([`Run::positions`], [`Run::positions_buffer`]) and closed by [`Run::finish`].
///
/// ```
/// use projector_engine::pipeline::{Algo, Run, Settings};
/// use projector_engine::{Compute, NoProgress};
///
/// let data = ndarray::Array2::from_shape_fn((80, 5), |(i, j)| ((i % 4) * 8 + (i * 3 + j) % 7) as f32);
/// let mut settings = Settings::new(Algo::Tsne);
/// settings.set("tsne", "perplexity", "10").unwrap();
/// settings.set("tsne", "iterations", "60").unwrap();
/// let mut run = Run::start(&Compute::Cpu, data.view(), &settings, &NoProgress).unwrap();
/// while !run.is_finished() {
///     run.step(25, &NoProgress).unwrap(); // a frame's worth: draw run.positions() between steps
/// }
/// assert_eq!(run.loss().unwrap().iteration, 50); // the KL divergence, as a number
/// let out = run.finish().unwrap();
/// assert_eq!(out.coords.dim(), (80, 2));
/// ```
pub struct Run {
    settings: Settings,
    reducer: Reducer,
    stages: Vec<Stage>,
    rows: usize,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Run")
            .field("algo", &self.settings.algo)
            .field("rows", &self.rows)
            .field("iteration", &self.iteration())
            .field("total", &self.total())
            .finish()
    }
}

impl Run {
    /// Sets up the projection of `input` by `settings` on `compute`: for PCA the whole fit;
    /// for t-SNE and UMAP the PCA preprocessing ([`crate::preprocess::Preprocess`]), then the
    /// reducer's construction (k-NN graph, affinities or fuzzy graph, initial layout). This is
    /// the slow part: a viewer calls it off its frame loop. Bad parameters, fewer than 2 rows
    /// or a PCA to more dimensions than the input has are [`Error::Invalid`].
    pub fn start<'a>(
        compute: &Compute,
        input: impl Into<Input<'a>>,
        settings: &Settings,
        progress: &dyn Progress,
    ) -> Result<Run> {
        let input = input.into();
        // Rows read a block at a time stay so through PCA (and the PCA before t-SNE and UMAP);
        // every other input is on the host from here.
        let host = match &input {
            Input::Rows(_) => None,
            _ => Some(input.to_host(compute)?),
        };
        let view = host.as_ref().map(|h| h.view());
        let rows: &dyn RowSource = match (&input, &view) {
            (Input::Rows(src), _) => src.as_ref(),
            (_, Some(v)) => v,
            (_, None) => return Err(Error::Invalid("no input rows".into())),
        };
        let (n, d) = rows.dim();
        if n < 2 {
            return Err(Error::Invalid(format!(
                "only {n} row: at least 2 rows are needed to project"
            )));
        }
        crate::params::validate(&settings.layout)?;
        let dims = settings.dims();
        let mut stages = Vec::new();
        let reducer = match settings.algo {
            Algo::Pca => {
                if d < dims {
                    return Err(Error::Invalid(format!(
                        "the embedding has {d} dimension(s): PCA cannot project it to {dims}"
                    )));
                }
                let t = Instant::now();
                progress.update("PCA", 0, 1);
                let fit = pca::fit_rows(
                    compute,
                    rows,
                    dims,
                    &pca::PcaOptions::default(),
                    &crate::NoProgress,
                )?;
                let coords = fit.transform_rows(rows);
                progress.update("PCA", 1, 1);
                stages.push(Stage::new("pca", t.elapsed().as_secs_f64()));
                Reducer::Pca { fit, coords }
            }
            Algo::Tsne | Algo::Umap => {
                let t = Instant::now();
                let pre = settings.preprocess.fit_rows(compute, rows, progress)?;
                if let Some((_, reduced)) = &pre {
                    stages.push(Stage::new(
                        format!("pca-{}", reduced.ncols()),
                        t.elapsed().as_secs_f64(),
                    ));
                }
                // Once reduced, the rows are not needed again: an owned input (a caller that
                // handed its matrix over) is freed here, before the k-NN graph and the layout
                // take their memory (at a million 384-d rows, 1.5 GB).
                let full;
                let input = match &pre {
                    Some((_, reduced)) => {
                        drop(host);
                        drop(input);
                        reduced.view()
                    }
                    None => {
                        full = match view {
                            Some(v) => v.into(),
                            None => input.to_host(compute)?,
                        };
                        full.view()
                    }
                };
                let t = Instant::now();
                if settings.algo == Algo::Tsne {
                    let params = settings.tsne();
                    let tsne = Tsne::new(compute, input, &params, progress)?;
                    let wall = t.elapsed().as_secs_f64();
                    let st = tsne.times();
                    let (knn, aff, init) = (
                        st.knn.as_secs_f64(),
                        st.affinities.as_secs_f64(),
                        st.init.as_secs_f64(),
                    );
                    stages.push(Stage::new("knn", knn));
                    stages.push(Stage::new("affinities", aff));
                    // Whatever `new` spent outside its own split (validation) goes with init.
                    stages.push(Stage::new(
                        "init",
                        init + (wall - knn - aff - init).max(0.0),
                    ));
                    Reducer::Tsne {
                        tsne: Box::new(tsne),
                        iterations: params.iterations,
                        loss: None,
                    }
                } else {
                    let umap = Umap::new(compute, input, &settings.umap(), progress)?;
                    let wall = t.elapsed().as_secs_f64();
                    let mut inner = 0.0;
                    for (stage, secs) in umap.timings() {
                        inner += secs;
                        let name = if *stage == "k-NN" { "knn" } else { stage };
                        stages.push(Stage::new(name, *secs));
                    }
                    // What `new` spent outside its own split (validation, upload) goes with init.
                    if let Some(s) = stages.iter_mut().find(|s| s.name == "init") {
                        s.seconds += (wall - inner).max(0.0);
                    }
                    Reducer::Umap {
                        pre: pre.map(|(fit, _)| fit),
                        umap: Box::new(umap),
                    }
                }
            }
        };
        Ok(Run {
            settings: settings.clone(),
            reducer,
            stages,
            rows: n,
        })
    }

    /// Advances by up to `n` iterations (UMAP: epochs), never past [`Run::total`]; returns
    /// the iterations done so far. When `progress.cancelled()` turns true it returns early
    /// with `Ok`, keeping the layout reached. Time spent here adds to the `optimise` stage.
    pub fn step(&mut self, n: usize, progress: &dyn Progress) -> Result<usize> {
        let t = Instant::now();
        let stepped = match &mut self.reducer {
            Reducer::Pca { .. } => false,
            Reducer::Tsne {
                tsne,
                iterations,
                loss,
            } => {
                let n = n.min(iterations.saturating_sub(tsne.iteration()));
                if n > 0 {
                    tsne.step(n, progress)?;
                    if let Some((iteration, value)) = tsne.last_kl_divergence() {
                        *loss = Some(Loss {
                            name: "KL divergence",
                            value,
                            iteration,
                        });
                    }
                }
                n > 0
            }
            Reducer::Umap { umap, .. } => {
                let todo = n.min(umap.n_epochs() - umap.epoch());
                if todo > 0 {
                    umap.step(todo, progress)?;
                }
                todo > 0
            }
        };
        if stepped {
            let secs = t.elapsed().as_secs_f64();
            match self.stages.iter_mut().find(|s| s.name == "optimise") {
                Some(s) => s.seconds += secs,
                None => self.stages.push(Stage::new("optimise", secs)),
            }
        }
        Ok(self.iteration())
    }

    /// Iterations (UMAP: epochs) done; PCA counts its fit as 1.
    pub fn iteration(&self) -> usize {
        match &self.reducer {
            Reducer::Pca { .. } => 1,
            Reducer::Tsne { tsne, .. } => tsne.iteration(),
            Reducer::Umap { umap, .. } => umap.epoch(),
        }
    }

    /// Iterations in a full run.
    pub fn total(&self) -> usize {
        match &self.reducer {
            Reducer::Pca { .. } => 1,
            Reducer::Tsne { iterations, .. } => *iterations,
            Reducer::Umap { umap, .. } => umap.n_epochs(),
        }
    }

    /// True when every iteration has run.
    pub fn is_finished(&self) -> bool {
        self.iteration() >= self.total()
    }

    /// The settings it runs with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The reducer.
    pub fn algo(&self) -> Algo {
        self.settings.algo
    }

    /// Output dimensions.
    pub fn dims(&self) -> usize {
        self.settings.dims()
    }

    /// Current coordinates, `n × dims` (read back from the GPU when the reducer runs there).
    pub fn positions(&self) -> Result<Array2<f32>> {
        match &self.reducer {
            Reducer::Pca { coords, .. } => Ok(coords.clone()),
            Reducer::Tsne { tsne, .. } => tsne.positions(),
            Reducer::Umap { umap, .. } => umap.positions(),
        }
    }

    /// The GPU buffer the reducer writes its positions to (`n × dims` f32, usable as a vertex
    /// buffer), when it runs on the GPU.
    pub fn positions_buffer(&self) -> Option<&wgpu::Buffer> {
        match &self.reducer {
            Reducer::Pca { .. } => None,
            Reducer::Tsne { tsne, .. } => tsne.positions_buffer(),
            Reducer::Umap { umap, .. } => umap.positions_buffer(),
        }
    }

    /// The latest objective value: t-SNE's KL divergence (computed every
    /// [`crate::tsne::KL_EVERY`] iterations); `None` for PCA and UMAP.
    pub fn loss(&self) -> Option<Loss> {
        match &self.reducer {
            Reducer::Tsne { loss, .. } => *loss,
            _ => None,
        }
    }

    /// The stages timed so far.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// The t-SNE run itself (affinities, an explicit KL evaluation, the repulsion used).
    pub fn tsne(&self) -> Option<&Tsne> {
        match &self.reducer {
            Reducer::Tsne { tsne, .. } => Some(tsne),
            _ => None,
        }
    }

    /// The UMAP run itself (edges, initialisation, curve).
    pub fn umap(&self) -> Option<&Umap> {
        match &self.reducer {
            Reducer::Umap { umap, .. } => Some(umap),
            _ => None,
        }
    }

    /// The PCA fit (explained variance).
    pub fn pca(&self) -> Option<&pca::Pca> {
        match &self.reducer {
            Reducer::Pca { fit, .. } => Some(fit),
            _ => None,
        }
    }

    /// Reads the layout back (timed as `read-back`), checks every coordinate finite (never a
    /// silent wrong answer) and gives the [`Outcome`]. A stopped run finishes too, with the
    /// layout it reached ([`Outcome::completed`] false).
    pub fn finish(self) -> Result<Outcome> {
        let t = Instant::now();
        let coords = self.positions()?;
        let mut stages = self.stages;
        if !matches!(self.reducer, Reducer::Pca { .. }) {
            stages.push(Stage::new("read-back", t.elapsed().as_secs_f64()));
        }
        crate::scale::check_output(self.settings.algo.name(), coords.view())?;
        let completed = match &self.reducer {
            Reducer::Pca { .. } => true,
            Reducer::Tsne {
                tsne, iterations, ..
            } => tsne.iteration() >= *iterations,
            Reducer::Umap { umap, .. } => umap.is_finished(),
        };
        let iterations = match &self.reducer {
            Reducer::Pca { .. } => 1,
            Reducer::Tsne { tsne, .. } => tsne.iteration(),
            Reducer::Umap { umap, .. } => umap.epoch(),
        };
        let loss = match &self.reducer {
            Reducer::Tsne { loss, .. } => *loss,
            _ => None,
        };
        let model = match self.reducer {
            Reducer::Pca { fit, .. } => Model::Pca(fit),
            Reducer::Tsne { .. } => Model::Tsne,
            Reducer::Umap { pre, umap } => Model::Umap { pre, umap },
        };
        Ok(Outcome {
            coords,
            model,
            stages,
            settings: self.settings,
            completed,
            iterations,
            loss,
        })
    }
}

/// What a finished (or stopped) [`Run`] produced.
#[derive(Debug)]
pub struct Outcome {
    /// Low-dimensional coordinates, one row per input row (all finite).
    pub coords: Array2<f32>,
    /// The fitted reducer, to place new rows with [`Model::transform`].
    pub model: Model,
    /// Stage timings, in order.
    pub stages: Vec<Stage>,
    /// The settings it ran with.
    pub settings: Settings,
    /// False when the run was stopped before its last iteration.
    pub completed: bool,
    /// Iterations (epochs) done.
    pub iterations: usize,
    /// The last objective value (t-SNE).
    pub loss: Option<Loss>,
}

impl Outcome {
    /// Trustworthiness (k = 15) and, with `labels` (class codes of the input rows), 10-NN
    /// accuracy of the layout as an embedding of `data` (the rows it was computed from), with
    /// the run's seed for any sampling: the figures `--metrics` prints.
    pub fn quality(
        &self,
        data: ArrayView2<'_, f32>,
        labels: Option<&[u32]>,
    ) -> Result<metrics::Quality> {
        metrics::quality(data, self.coords.view(), labels, self.settings.seed())
    }

    /// The provenance of this layout: reducer, parameters, seed, version, backend, and the
    /// input (see [`super::InputInfo::of`], [`super::Prepared::input_info`]).
    pub fn provenance(&self, compute: &Compute, input: super::InputInfo) -> Provenance {
        Provenance::new(&self.settings, compute, input)
    }
}
