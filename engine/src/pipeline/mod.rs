//! The projection pipeline, the one every front end runs: load → choose embedding and colour →
//! matrix → PCA preprocessing → reducer → quality.
//!
//! - [`Source`] loads a file and resolves what to embed and what to colour by (the table's smart
//!   defaults unless the caller names columns), then takes the matrix out of the table
//!   ([`Prepared`]), timing each step.
//! - [`Settings`] is everything that defines a projection: the reducer ([`Algo`]) and every
//!   described parameter group ([`Layout`], [`Preprocess`], [`tsne::Params`], [`UmapParams`]),
//!   each at the engine's default until a front end sets it (by name, from text, with
//!   [`Settings::set`]).
//! - [`Run`] is a projection in progress. [`Run::start`] does the slow set-up (preprocessing,
//!   the k-NN graph, affinities or fuzzy graph, the first layout); [`Run::step`] advances a few
//!   iterations, so a viewer can animate and stop it; [`Run::positions_buffer`] is the GPU buffer
//!   the reducer writes; [`Run::loss`] t-SNE's KL divergence as a number. [`Run::finish`] reads
//!   the layout back, checks it finite and gives the [`Outcome`]: coordinates, the fitted
//!   [`Model`] (to place new rows), stage timings and the [`Provenance`] that goes with every
//!   written output.
//! - [`project`] is start → every step → finish, for callers that only want the answer.
//!
//! Input is an [`Input`]: a borrowed ndarray view (a NumPy array without a copy), a flat slice,
//! a table's embedding or a caller's `wgpu::Buffer`.
//!
//! ```
//! use projector_engine::pipeline::{self, Algo, Settings};
//! use projector_engine::{Compute, NoProgress};
//!
//! let data = ndarray::Array2::from_shape_fn((120, 6), |(i, j)| ((i % 3) * 10 + (i * 7 + j) % 5) as f32);
//! let mut settings = Settings::new(Algo::Umap);
//! settings.set("umap", "epochs", "40").unwrap();
//! let out = pipeline::project(&Compute::Cpu, data.view(), &settings, &NoProgress).unwrap();
//! assert_eq!(out.coords.dim(), (120, 2));
//! assert!(out.stages.iter().any(|s| s.name == "optimise"));
//! let q = out.quality(data.view(), None).unwrap();
//! assert!(q.trustworthiness > 0.8);
//! ```

mod cache;
mod provenance;
mod run;
mod source;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::params::{self, Described, Layout, Preprocess};
use crate::progress::Progress;
use crate::umap::UmapParams;
use crate::{Compute, Input, tsne};

pub use cache::LayoutCache;
pub use provenance::{InputInfo, Provenance, matrix_hash, matrix_hash_rows};
pub use run::{Loss, Model, Outcome, Run, TSNE_NO_TRANSFORM};
pub use source::{Prepared, Source, choose_color, choose_embedding};

/// The reducers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Algo {
    /// Principal component analysis.
    #[default]
    Pca,
    /// t-distributed stochastic neighbour embedding.
    Tsne,
    /// Uniform manifold approximation and projection.
    Umap,
}

impl Algo {
    /// Every reducer, in the order front ends list them.
    pub const ALL: [Algo; 3] = [Algo::Pca, Algo::Tsne, Algo::Umap];

    /// The reducer's name as people write it: "PCA", "t-SNE", "UMAP".
    pub fn name(self) -> &'static str {
        match self {
            Algo::Pca => "PCA",
            Algo::Tsne => "t-SNE",
            Algo::Umap => "UMAP",
        }
    }

    /// The identifier the CLI and the JSON use: "pca", "tsne", "umap".
    pub fn id(self) -> &'static str {
        match self {
            Algo::Pca => "pca",
            Algo::Tsne => "tsne",
            Algo::Umap => "umap",
        }
    }

    /// The reducer whose [`Algo::name`] or [`Algo::id`] is `name`.
    pub fn from_name(name: &str) -> Option<Algo> {
        Algo::ALL
            .into_iter()
            .find(|a| a.name() == name || a.id() == name)
    }
}

impl fmt::Display for Algo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algo {
    type Err = Error;
    fn from_str(s: &str) -> Result<Algo> {
        Algo::from_name(&s.to_ascii_lowercase())
            .or_else(|| Algo::from_name(s))
            .ok_or_else(|| Error::Invalid(format!("unknown reducer '{s}' (pca, tsne or umap)")))
    }
}

/// Everything that defines a projection: the reducer and every parameter group, each at the
/// engine's default until set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// The reducer.
    pub algo: Algo,
    /// Output dimensions and seed (all reducers; they override `tsne`'s and `umap`'s own).
    pub layout: Layout,
    /// PCA before t-SNE and UMAP.
    pub preprocess: Preprocess,
    /// t-SNE's parameters (`dims` and `seed` come from `layout`: see [`Settings::tsne`]).
    pub tsne: tsne::Params,
    /// UMAP's parameters (likewise).
    pub umap: UmapParams,
}

impl Settings {
    /// `algo` with every parameter at its default.
    pub fn new(algo: Algo) -> Settings {
        Settings {
            algo,
            ..Settings::default()
        }
    }

    /// t-SNE's parameters with the layout's dimensions and seed.
    pub fn tsne(&self) -> tsne::Params {
        let mut p = self.tsne.clone();
        p.dims = self.layout.dims;
        p.seed = self.layout.seed;
        p
    }

    /// UMAP's parameters with the layout's dimensions and seed.
    pub fn umap(&self) -> UmapParams {
        let mut p = self.umap.clone();
        p.dims = self.layout.dims;
        p.seed = self.layout.seed;
        p
    }

    /// Output dimensions.
    pub fn dims(&self) -> usize {
        self.layout.dims
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.layout.seed
    }

    /// Sets parameter `name` of `group` (`layout`, `preprocess`, `tsne`, `umap`, as in
    /// [`params::describe_all`]) from text, checked against its description.
    pub fn set(&mut self, group: &str, name: &str, text: &str) -> Result<()> {
        match group {
            Layout::GROUP => params::set(&mut self.layout, name, text),
            Preprocess::GROUP => params::set(&mut self.preprocess, name, text),
            tsne::Params::GROUP => params::set(&mut self.tsne, name, text),
            UmapParams::GROUP => params::set(&mut self.umap, name, text),
            _ => Err(Error::Invalid(format!(
                "no parameter group '{group}' (layout, preprocess, tsne, umap)"
            ))),
        }
    }

    /// Sets `name` in every group that describes it (a name several reducers share, such as
    /// `knn`, sets them all). Fails when no group has it.
    pub fn set_any(&mut self, name: &str, text: &str) -> Result<()> {
        let mut found = false;
        for group in [
            Layout::GROUP,
            Preprocess::GROUP,
            tsne::Params::GROUP,
            UmapParams::GROUP,
        ] {
            if group_has(group, name) {
                self.set(group, name, text)?;
                found = true;
            }
        }
        if found {
            Ok(())
        } else {
            Err(Error::Invalid(format!("no reducer parameter '{name}'")))
        }
    }

    /// The groups whose parameters apply to this reducer: the layout, and for t-SNE and UMAP
    /// the preprocessing and the reducer's own group.
    pub fn groups(&self) -> &'static [&'static str] {
        match self.algo {
            Algo::Pca => &[Layout::GROUP],
            Algo::Tsne => &[Layout::GROUP, Preprocess::GROUP, tsne::Params::GROUP],
            Algo::Umap => &[Layout::GROUP, Preprocess::GROUP, UmapParams::GROUP],
        }
    }

    /// Sets `name` from text in the group of [`Settings::groups`] that describes it: a
    /// parameter of this reducer, checked against its description. A name only another
    /// reducer has is an error listing this reducer's parameters.
    ///
    /// ```
    /// use projector_engine::pipeline::{Algo, Settings};
    /// let mut s = Settings::new(Algo::Umap);
    /// s.set_param("neighbors", "30").unwrap();
    /// assert_eq!(s.umap().neighbors, 30);
    /// let e = s.set_param("perplexity", "5").unwrap_err().to_string();
    /// assert!(e.contains("UMAP has no parameter 'perplexity'"), "{e}");
    /// ```
    pub fn set_param(&mut self, name: &str, text: &str) -> Result<()> {
        match self.groups().iter().find(|g| group_has(g, name)) {
            Some(group) => self.set(group, name, text),
            None => {
                let names: Vec<&str> = self.groups().iter().flat_map(|g| group_names(g)).collect();
                Err(Error::Invalid(format!(
                    "{} has no parameter '{name}' (its parameters: {})",
                    self.algo.name(),
                    names.join(", ")
                )))
            }
        }
    }

    /// The parameters this projection runs with, as `{group: {name: value}}`: the layout, and
    /// for t-SNE and UMAP the preprocessing and the reducer's own group.
    pub fn values(&self) -> serde_json::Value {
        let mut doc = serde_json::Map::new();
        doc.insert(
            Layout::GROUP.into(),
            serde_json::Value::Object(params::values(&self.layout)),
        );
        match self.algo {
            Algo::Pca => {}
            Algo::Tsne => {
                doc.insert(
                    Preprocess::GROUP.into(),
                    params::values(&self.preprocess).into(),
                );
                doc.insert(
                    tsne::Params::GROUP.into(),
                    params::values(&self.tsne()).into(),
                );
            }
            Algo::Umap => {
                doc.insert(
                    Preprocess::GROUP.into(),
                    params::values(&self.preprocess).into(),
                );
                doc.insert(
                    UmapParams::GROUP.into(),
                    params::values(&self.umap()).into(),
                );
            }
        }
        serde_json::Value::Object(doc)
    }
}

fn group_names(group: &str) -> Vec<&'static str> {
    fn names<P: Described>() -> Vec<&'static str> {
        P::fields().iter().map(|f| f.name).collect()
    }
    match group {
        Layout::GROUP => names::<Layout>(),
        Preprocess::GROUP => names::<Preprocess>(),
        tsne::Params::GROUP => names::<tsne::Params>(),
        _ => names::<UmapParams>(),
    }
}

fn group_has(group: &str, name: &str) -> bool {
    fn has<P: Described>(name: &str) -> bool {
        P::fields().iter().any(|f| f.name == name)
    }
    match group {
        Layout::GROUP => has::<Layout>(name),
        Preprocess::GROUP => has::<Preprocess>(name),
        tsne::Params::GROUP => has::<tsne::Params>(name),
        _ => has::<UmapParams>(name),
    }
}

/// One timed step of a projection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    /// What ran: `load`, `matrix`, `pca-50` (preprocessing), `pca`, `knn`, `affinities`,
    /// `graph`, `init`, `optimise`, `read-back`.
    pub name: String,
    /// Wall time.
    pub seconds: f64,
}

impl Stage {
    pub(crate) fn new(name: impl Into<String>, seconds: f64) -> Stage {
        Stage {
            name: name.into(),
            seconds,
        }
    }
}

/// [`Run::start`], every step, [`Run::finish`]: the projection of `input` by `settings`.
pub fn project<'a>(
    compute: &Compute,
    input: impl Into<Input<'a>>,
    settings: &Settings,
    progress: &dyn Progress,
) -> Result<Outcome> {
    let mut run = Run::start(compute, input, settings, progress)?;
    let total = run.total();
    run.step(total, progress)?;
    run.finish()
}

#[cfg(test)]
mod tests;
