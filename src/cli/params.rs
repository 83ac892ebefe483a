//! The reducers' flags, generated from the engine's parameter description
//! ([`projector_engine::params`]): one `--flag` per described field, its help, default and
//! accepted values read from there, so the CLI never restates a default or a range. A name
//! described by several reducers (`knn`) is one flag that sets them all.

use clap::{Arg, ArgMatches, Command, FromArgMatches};
use projector_engine::params::{self, Described, Kind, Layout, ParamSpec, Preprocess};
use projector_engine::pipeline::{Algo, Settings};
use projector_engine::{tsne, umap::UmapParams};

/// Every reducer parameter of a projection, each at the engine's default unless a flag set it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReducerArgs {
    /// Output dimensions and seed (all reducers).
    pub layout: Layout,
    /// PCA before t-SNE and UMAP.
    pub preprocess: Preprocess,
    /// t-SNE (its `dims` and `seed` come from `layout`: see [`ReducerArgs::tsne`]).
    tsne: tsne::Params,
    /// UMAP (likewise).
    umap: UmapParams,
}

impl ReducerArgs {
    /// The engine settings of reducer `algo` with these parameters.
    pub fn settings(&self, algo: Algo) -> Settings {
        Settings {
            algo,
            layout: self.layout.clone(),
            preprocess: self.preprocess,
            tsne: self.tsne.clone(),
            umap: self.umap.clone(),
        }
    }

    /// t-SNE's parameters with the layout's dimensions and seed.
    #[cfg(test)]
    fn tsne(&self) -> tsne::Params {
        self.settings(Algo::Tsne).tsne()
    }

    /// UMAP's parameters with the layout's dimensions and seed.
    #[cfg(test)]
    fn umap(&self) -> UmapParams {
        self.settings(Algo::Umap).umap()
    }
}

/// The help heading of a group's flags.
fn heading(group: &str) -> &'static str {
    match group {
        "layout" => "Layout",
        "preprocess" => "Preprocessing",
        "tsne" => "t-SNE",
        _ => "UMAP",
    }
}

/// The flag of one described field.
fn arg(group: &str, spec: &ParamSpec) -> Arg {
    let values = match &spec.kind {
        Kind::Choice { values } => values.join("|"),
        Kind::Int { .. } if spec.auto.is_some() => "auto|N".into(),
        Kind::Int { .. } => "N".into(),
        Kind::Float { .. } if spec.auto.is_some() => "auto|X".into(),
        Kind::Float { .. } => "X".into(),
    };
    let auto = spec.auto.map_or(String::new(), |a| format!(" (auto: {a})"));
    Arg::new(spec.name)
        .long(spec.flag())
        .value_name(values)
        .help(format!("{}{auto} [default: {}]", spec.doc, spec.default))
        .help_heading(heading(group))
        .num_args(1)
}

fn add<P: Described>(mut cmd: Command) -> Command {
    for spec in params::describe::<P>() {
        if cmd.get_arguments().any(|a| a.get_id() == spec.name) {
            continue;
        }
        cmd = cmd.arg(arg(P::GROUP, &spec));
    }
    cmd
}

/// Sets the fields of `p` whose flags were given.
fn apply<P: Described>(p: &mut P, m: &ArgMatches) -> Result<(), clap::Error> {
    for spec in params::describe::<P>() {
        if let Some(text) = m.get_one::<String>(spec.name) {
            params::set(p, spec.name, text)
                .map_err(|e| clap::Error::raw(clap::error::ErrorKind::ValueValidation, e))?;
        }
    }
    Ok(())
}

impl FromArgMatches for ReducerArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut r = ReducerArgs::default();
        r.update_from_arg_matches(m)?;
        Ok(r)
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        apply(&mut self.layout, m)?;
        apply(&mut self.preprocess, m)?;
        apply(&mut self.tsne, m)?;
        apply(&mut self.umap, m)
    }
}

impl clap::Args for ReducerArgs {
    fn augment_args(cmd: Command) -> Command {
        let cmd = add::<Layout>(cmd);
        let cmd = add::<Preprocess>(cmd);
        let cmd = add::<tsne::Params>(cmd);
        add::<UmapParams>(cmd)
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct T {
        #[command(flatten)]
        r: ReducerArgs,
    }

    #[test]
    fn no_flags_are_the_engine_defaults() {
        let t = T::try_parse_from(["t"]).unwrap();
        assert_eq!(t.r, ReducerArgs::default());
        assert_eq!(t.r.tsne(), tsne::Params::default());
        assert_eq!(t.r.umap(), UmapParams::default());
    }

    #[test]
    fn flags_set_fields_and_shared_names_set_every_reducer() {
        let t = T::try_parse_from([
            "t",
            "--perplexity",
            "12",
            "--knn",
            "exact",
            "--epochs",
            "40",
            "--dims",
            "3",
            "--seed",
            "7",
            "--pca-dims",
            "0",
        ])
        .unwrap();
        let (ts, um) = (t.r.tsne(), t.r.umap());
        assert_eq!(ts.perplexity, 12.0);
        assert_eq!(um.epochs, Some(40));
        assert_eq!(
            (ts.knn, um.knn),
            (
                projector_engine::knn::Method::Exact,
                projector_engine::knn::Method::Exact
            )
        );
        assert_eq!((ts.dims, um.dims, ts.seed, um.seed), (3, 3, 7, 7));
        assert_eq!(t.r.preprocess.target(784), None);
    }

    #[test]
    fn bad_values_are_usage_errors_naming_the_flag() {
        let e = T::try_parse_from(["t", "--learning-rate", "fast"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        assert!(
            text.contains("--learning-rate") && text.contains("fast"),
            "{text}"
        );
        assert!(T::try_parse_from(["t", "--dims", "4"]).is_err());
        assert!(T::try_parse_from(["t", "--neighbors", "1"]).is_err());
    }
}
