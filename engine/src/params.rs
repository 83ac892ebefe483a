//! Every reducer parameter, described once: name, type, range, default and a one-line doc.
//!
//! The params structs ([`tsne::Params`](crate::tsne::Params),
//! [`UmapParams`](crate::umap::UmapParams), [`Preprocess`], and [`Layout`] for what all reducers
//! share) hold the only defaults — their `Default` impls. Each lists its fields here as
//! [`Field`]s: a [`ParamSpec`] (everything but the default) with a getter and a setter that
//! parses and range-checks text. Front ends are built from that table: the CLI's flags (one
//! `--name` per field, its help and default read from here), the viewer's panel (a widget per
//! field, with the spec's range), `projector bench` (which records the values it ran) and any
//! front end that reads the JSON of [`describe_all`].
//!
//! ```
//! use projector_engine::params::{self, Described};
//! use projector_engine::tsne;
//!
//! let mut p = tsne::Params::default();
//! params::set(&mut p, "perplexity", "15").unwrap();
//! assert_eq!(p.perplexity, 15.0);
//! assert!(params::set(&mut p, "perplexity", "-3").is_err());
//! let spec = params::describe::<tsne::Params>();
//! assert_eq!(spec[0].name, "perplexity");
//! assert_eq!(spec[0].default, "30");
//! ```

use serde::Serialize;

use crate::error::{Error, Result};
use crate::knn::{Method, Metric};
pub use crate::preprocess::Preprocess;
use crate::tsne::{self, LearningRate, Repulsion};
use crate::umap::UmapParams;

/// `with_*` builder setters for fields of a params struct: `setters!(Ty { with_a: a: T, … })`
/// makes `pub fn with_a(mut self, v: T) -> Self`, documented as setting `Ty::a`.
macro_rules! setters {
    ($ty:ident { $($name:ident: $field:ident: $t:ty),* $(,)? }) => {
        impl $ty {
            $(
                #[doc = concat!("Sets [`", stringify!($ty), "::", stringify!($field), "`].")]
                pub fn $name(mut self, v: $t) -> Self {
                    self.$field = v;
                    self
                }
            )*
        }
    };
}
pub(crate) use setters;

/// The seed every reducer and front end starts from.
pub const DEFAULT_SEED: u64 = 0;

/// What values a parameter takes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    /// A whole number in `min..=max`.
    Int {
        /// Smallest value.
        min: u64,
        /// Largest value.
        max: u64,
    },
    /// A finite number in `min..=max` (`min` excluded when `min_exclusive`).
    Float {
        /// Lower bound.
        min: f64,
        /// Whether `min` itself is refused.
        min_exclusive: bool,
        /// Upper bound (inclusive).
        max: f64,
    },
    /// One of these words.
    Choice {
        /// The words, the default among them.
        values: &'static [&'static str],
    },
}

/// A parameter as front ends show it: its default comes from the struct's `Default`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParamSpec {
    /// Name, snake_case; the CLI flag is the name in kebab-case.
    pub name: &'static str,
    /// Values taken.
    #[serde(flatten)]
    pub kind: Kind,
    /// `Some(how)`: the word `auto` is also accepted and lets the engine choose, as `how` says.
    pub auto: Option<&'static str>,
    /// The default, written as the CLI takes it.
    pub default: String,
    /// One line for a help text or a tooltip.
    pub doc: &'static str,
}

impl ParamSpec {
    /// The CLI flag, without the leading `--`.
    pub fn flag(&self) -> String {
        self.name.replace('_', "-")
    }
}

/// One field of a params struct: its description, getter and setter.
pub struct Field<P> {
    /// Name.
    pub name: &'static str,
    /// Values taken.
    pub kind: Kind,
    /// See [`ParamSpec::auto`].
    pub auto: Option<&'static str>,
    /// See [`ParamSpec::doc`].
    pub doc: &'static str,
    /// The value as text (`auto` for the engine's choice).
    pub get: fn(&P) -> String,
    /// Sets the value from text already checked against `kind` (the parsed number or word).
    pub set: fn(&mut P, Value),
    /// For an `auto` field: the value the engine picks for `n` points (a panel shows it, and
    /// starts from it when `auto` is unticked).
    pub resolve: Option<fn(&P, usize) -> f64>,
}

/// A value checked against its [`Kind`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// `auto`.
    Auto,
    /// An `Int`.
    Int(u64),
    /// A `Float`.
    Float(f64),
    /// The index of a `Choice` word.
    Choice(usize),
}

/// A params struct whose fields are described here.
pub trait Described: Default + Clone + 'static {
    /// The reducer (or step) the struct belongs to: `tsne`, `umap`, `preprocess`, `layout`.
    const GROUP: &'static str;
    /// The fields, in the order front ends show them.
    fn fields() -> &'static [Field<Self>];
}

/// The description of `P`'s fields with the defaults of `P::default()`.
pub fn describe<P: Described>() -> Vec<ParamSpec> {
    let d = P::default();
    P::fields()
        .iter()
        .map(|f| ParamSpec {
            name: f.name,
            kind: f.kind.clone(),
            auto: f.auto,
            default: (f.get)(&d),
            doc: f.doc,
        })
        .collect()
}

/// Every group, as one JSON object `{group: [spec, …]}` for front ends.
pub fn describe_all() -> serde_json::Value {
    serde_json::json!({
        Layout::GROUP: describe::<Layout>(),
        Preprocess::GROUP: describe::<Preprocess>(),
        tsne::Params::GROUP: describe::<tsne::Params>(),
        UmapParams::GROUP: describe::<UmapParams>(),
    })
}

/// The values of `p`, as `{name: value}` (what a run records: bench, provenance): numbers as
/// JSON numbers, `auto` and choices as strings.
pub fn values<P: Described>(p: &P) -> serde_json::Map<String, serde_json::Value> {
    P::fields()
        .iter()
        .map(|f| {
            let text = (f.get)(p);
            let v = match f.kind {
                Kind::Int { .. } => text.parse::<u64>().ok().map(serde_json::Value::from),
                Kind::Float { .. } => text.parse::<f64>().ok().map(serde_json::Value::from),
                Kind::Choice { .. } => None,
            };
            (
                f.name.to_string(),
                v.unwrap_or(serde_json::Value::String(text)),
            )
        })
        .collect()
}

/// What `auto` stands for in field `name` of `p` for `n` points, when the field has a rule.
pub fn resolve<P: Described>(p: &P, name: &str, n: usize) -> Option<f64> {
    P::fields()
        .iter()
        .find(|f| f.name == name)
        .and_then(|f| f.resolve)
        .map(|r| r(p, n))
}

/// The value of field `name` of `p` as text.
pub fn get<P: Described>(p: &P, name: &str) -> Option<String> {
    P::fields()
        .iter()
        .find(|f| f.name == name)
        .map(|f| (f.get)(p))
}

/// Parses `text` for field `name` and sets it. [`Error::Invalid`] names the parameter, the
/// text and what is accepted.
pub fn set<P: Described>(p: &mut P, name: &str, text: &str) -> Result<()> {
    let f = P::fields()
        .iter()
        .find(|f| f.name == name)
        .ok_or_else(|| Error::Invalid(format!("{} has no parameter '{name}'", P::GROUP)))?;
    (f.set)(p, parse(f.name, &f.kind, f.auto.is_some(), text)?);
    Ok(())
}

/// Checks `text` against a kind.
pub fn parse(name: &str, kind: &Kind, auto: bool, text: &str) -> Result<Value> {
    let t = text.trim();
    let flag = name.replace('_', "-");
    if auto && t == "auto" {
        return Ok(Value::Auto);
    }
    let or_auto = if auto { "'auto' or " } else { "" };
    match kind {
        Kind::Int { min, max } => t
            .parse::<u64>()
            .ok()
            .filter(|v| (min..=max).contains(&v))
            .map(Value::Int)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "--{flag} must be {or_auto}a whole number from {min} to {max}, not '{t}'"
                ))
            }),
        Kind::Float {
            min,
            min_exclusive,
            max,
        } => t
            .parse::<f64>()
            .ok()
            .filter(|v| {
                v.is_finite()
                    && *v <= *max
                    && if *min_exclusive {
                        *v > *min
                    } else {
                        *v >= *min
                    }
            })
            .map(Value::Float)
            .ok_or_else(|| {
                let low = if *min_exclusive { "above" } else { "at least" };
                Error::Invalid(format!(
                    "--{flag} must be {or_auto}a number {low} {min} and at most {max}, not '{t}'"
                ))
            }),
        Kind::Choice { values } => values
            .iter()
            .position(|v| *v == t)
            .map(Value::Choice)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "--{flag} must be one of {}, not '{t}'",
                    values.join(", ")
                ))
            }),
    }
}

/// Checks every field of `p` against its kind (for structs filled in code, not from text).
pub fn validate<P: Described>(p: &P) -> Result<()> {
    for f in P::fields() {
        parse(f.name, &f.kind, f.auto.is_some(), &(f.get)(p))?;
    }
    Ok(())
}

/// Shortest text that reads back as the same f32.
fn float_text(v: f32) -> String {
    format!("{v}")
}

const KNN: &[&str] = &["auto", "exact", "approx"];
const KNN_DOC: &str =
    "k-NN search: exact below a size threshold and approximate (NN-descent) above, or forced";

fn knn_name(m: Method) -> String {
    KNN[match m {
        Method::Auto => 0,
        Method::Exact => 1,
        Method::Approx => 2,
    }]
    .to_string()
}

fn knn_value(v: Value) -> Method {
    match v {
        Value::Choice(1) => Method::Exact,
        Value::Choice(2) => Method::Approx,
        _ => Method::Auto,
    }
}

fn int(v: Value) -> usize {
    match v {
        Value::Int(i) => i as usize,
        _ => 0,
    }
}

fn float(v: Value) -> f32 {
    match v {
        Value::Float(x) => x as f32,
        _ => 0.0,
    }
}

/// What every reducer shares: output dimensions and seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Output dimensions, 2 or 3.
    pub dims: usize,
    /// Seed: the same seed gives the same projection.
    pub seed: u64,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            dims: 2,
            seed: DEFAULT_SEED,
        }
    }
}

impl Described for Layout {
    const GROUP: &'static str = "layout";
    fn fields() -> &'static [Field<Self>] {
        &[
            Field {
                name: "dims",
                kind: Kind::Int { min: 2, max: 3 },
                auto: None,
                resolve: None,
                doc: "Output dimensions (2 or 3)",
                get: |p| p.dims.to_string(),
                set: |p, v| p.dims = int(v),
            },
            Field {
                name: "seed",
                kind: Kind::Int {
                    min: 0,
                    max: u64::MAX,
                },
                auto: None,
                resolve: None,
                doc: "Random seed: the same seed gives the same projection",
                get: |p| p.seed.to_string(),
                set: |p, v| {
                    if let Value::Int(s) = v {
                        p.seed = s;
                    }
                },
            },
        ]
    }
}

impl Described for Preprocess {
    const GROUP: &'static str = "preprocess";
    fn fields() -> &'static [Field<Self>] {
        &[Field {
            name: "pca_dims",
            kind: Kind::Int { min: 0, max: 65536 },
            auto: Some("50 when the input has more than 50 dimensions, else none"),
            resolve: None,
            doc: "Reduce to this many dimensions with PCA before t-SNE/UMAP (0 = off)",
            get: |p| p.pca_dims.map_or("auto".into(), |v| v.to_string()),
            set: |p, v| {
                p.pca_dims = match v {
                    Value::Auto => None,
                    v => Some(int(v)),
                }
            },
        }]
    }
}

impl Described for tsne::Params {
    const GROUP: &'static str = "tsne";
    fn fields() -> &'static [Field<Self>] {
        &[
            Field {
                name: "perplexity",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: true,
                    max: 10_000.0,
                },
                auto: None,
                resolve: None,
                doc: "t-SNE perplexity: the effective number of neighbours",
                get: |p| float_text(p.perplexity),
                set: |p, v| p.perplexity = float(v),
            },
            Field {
                name: "iterations",
                kind: Kind::Int {
                    min: 1,
                    max: 1_000_000,
                },
                auto: None,
                resolve: None,
                doc: "t-SNE iterations in all (early exaggeration included)",
                get: |p| p.iterations.to_string(),
                set: |p, v| p.iterations = int(v),
            },
            Field {
                name: "learning_rate",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: true,
                    max: 1e9,
                },
                auto: Some(
                    "max(n / exaggeration, 50): n / 12 while exaggerated, then n (openTSNE)",
                ),
                resolve: Some(|p, n| f64::from((n as f32 / p.early_exaggeration).max(50.0))),
                doc: "t-SNE learning rate",
                get: |p| match p.learning_rate {
                    LearningRate::Auto => "auto".into(),
                    LearningRate::Fixed(v) => float_text(v),
                },
                set: |p, v| {
                    p.learning_rate = match v {
                        Value::Float(x) => LearningRate::Fixed(x as f32),
                        _ => LearningRate::Auto,
                    }
                },
            },
            Field {
                name: "early_exaggeration",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: true,
                    max: 1000.0,
                },
                auto: None,
                resolve: None,
                doc: "t-SNE early exaggeration factor",
                get: |p| float_text(p.early_exaggeration),
                set: |p, v| p.early_exaggeration = float(v),
            },
            Field {
                name: "exaggeration_iterations",
                kind: Kind::Int {
                    min: 0,
                    max: 1_000_000,
                },
                auto: None,
                resolve: None,
                doc: "t-SNE iterations with early exaggeration (and momentum 0.5)",
                get: |p| p.exaggeration_iterations.to_string(),
                set: |p, v| p.exaggeration_iterations = int(v),
            },
            Field {
                name: "repulsion",
                kind: Kind::Choice {
                    values: &["auto", "exact", "approx"],
                },
                auto: None,
                resolve: None,
                doc: "t-SNE repulsion: exact sums, grid interpolation (2-D), or chosen by size",
                get: |p| {
                    match p.repulsion {
                        Repulsion::Auto => "auto",
                        Repulsion::Exact => "exact",
                        Repulsion::Approx => "approx",
                    }
                    .into()
                },
                set: |p, v| {
                    p.repulsion = match v {
                        Value::Choice(1) => Repulsion::Exact,
                        Value::Choice(2) => Repulsion::Approx,
                        _ => Repulsion::Auto,
                    }
                },
            },
            Field {
                name: "knn",
                kind: Kind::Choice { values: KNN },
                auto: None,
                resolve: None,
                doc: KNN_DOC,
                get: |p| knn_name(p.knn),
                set: |p, v| p.knn = knn_value(v),
            },
        ]
    }
}

impl Described for UmapParams {
    const GROUP: &'static str = "umap";
    fn fields() -> &'static [Field<Self>] {
        &[
            Field {
                name: "neighbors",
                kind: Kind::Int { min: 2, max: 1000 },
                auto: None,
                resolve: None,
                doc: "UMAP neighbours (the point itself counted, as umap-learn)",
                get: |p| p.neighbors.to_string(),
                set: |p, v| p.neighbors = int(v),
            },
            Field {
                name: "metric",
                kind: Kind::Choice {
                    values: &["euclidean", "cosine"],
                },
                auto: None,
                resolve: None,
                doc: "UMAP distance in the input space",
                get: |p| {
                    match p.metric {
                        Metric::Euclidean => "euclidean",
                        Metric::Cosine => "cosine",
                    }
                    .into()
                },
                set: |p, v| {
                    p.metric = match v {
                        Value::Choice(1) => Metric::Cosine,
                        _ => Metric::Euclidean,
                    }
                },
            },
            Field {
                name: "min_dist",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: false,
                    max: 100.0,
                },
                auto: None,
                resolve: None,
                doc: "UMAP minimum distance between points in the layout",
                get: |p| float_text(p.min_dist),
                set: |p, v| p.min_dist = float(v),
            },
            Field {
                name: "spread",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: true,
                    max: 100.0,
                },
                auto: None,
                resolve: None,
                doc: "UMAP scale of the layout",
                get: |p| float_text(p.spread),
                set: |p, v| p.spread = float(v),
            },
            Field {
                name: "epochs",
                kind: Kind::Int {
                    min: 1,
                    max: 1_000_000,
                },
                auto: Some("500 up to 10,000 points, else 200, as umap-learn"),
                resolve: Some(|p, n| {
                    UmapParams {
                        epochs: None,
                        ..p.clone()
                    }
                    .epochs_for(n) as f64
                }),
                doc: "UMAP optimisation epochs",
                get: |p| p.epochs.map_or("auto".into(), |e| e.to_string()),
                set: |p, v| {
                    p.epochs = match v {
                        Value::Auto => None,
                        v => Some(int(v)),
                    }
                },
            },
            Field {
                name: "negative_samples",
                kind: Kind::Int { min: 0, max: 1000 },
                auto: None,
                resolve: None,
                doc: "UMAP negative samples per positive sample",
                get: |p| p.negative_samples.to_string(),
                set: |p, v| p.negative_samples = int(v),
            },
            Field {
                name: "umap_learning_rate",
                kind: Kind::Float {
                    min: 0.0,
                    min_exclusive: true,
                    max: 1000.0,
                },
                auto: None,
                resolve: None,
                doc: "UMAP initial learning rate, decaying linearly to 0",
                get: |p| float_text(p.learning_rate),
                set: |p, v| p.learning_rate = float(v),
            },
            Field {
                name: "knn",
                kind: Kind::Choice { values: KNN },
                auto: None,
                resolve: None,
                doc: KNN_DOC,
                get: |p| knn_name(p.knn),
                set: |p, v| p.knn = knn_value(v),
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<P: Described + PartialEq + std::fmt::Debug>() {
        let d = P::default();
        let mut p = P::default();
        for f in P::fields() {
            let text = (f.get)(&d);
            set(&mut p, f.name, &text).unwrap_or_else(|e| panic!("{}: {e}", f.name));
        }
        assert_eq!(p, d, "{}: defaults read back as themselves", P::GROUP);
        validate(&d).unwrap();
    }

    #[test]
    fn defaults_are_valid_and_read_back() {
        round_trip::<Layout>();
        round_trip::<Preprocess>();
        round_trip::<tsne::Params>();
        round_trip::<UmapParams>();
    }

    #[test]
    fn one_seed_for_every_reducer() {
        assert_eq!(tsne::Params::default().seed, DEFAULT_SEED);
        assert_eq!(UmapParams::default().seed, DEFAULT_SEED);
        assert_eq!(Layout::default().seed, DEFAULT_SEED);
    }

    #[test]
    fn bad_text_names_the_flag_and_what_is_accepted() {
        let mut p = tsne::Params::default();
        let e = set(&mut p, "learning_rate", "fast")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("--learning-rate") && e.contains("'auto'") && e.contains("fast"),
            "{e}"
        );
        let mut u = UmapParams::default();
        let e = set(&mut u, "neighbors", "1").unwrap_err().to_string();
        assert!(e.contains("--neighbors") && e.contains("from 2"), "{e}");
        let e = set(&mut u, "metric", "manhattan").unwrap_err().to_string();
        assert!(e.contains("euclidean, cosine"), "{e}");
        set(&mut u, "epochs", "auto").unwrap();
        assert_eq!(u.epochs, None);
        set(&mut u, "epochs", "40").unwrap();
        assert_eq!(u.epochs, Some(40));
    }

    #[test]
    fn the_description_is_json_with_defaults() {
        let j = describe_all();
        let t = j["tsne"].as_array().unwrap();
        assert_eq!(t[0]["name"], "perplexity");
        assert_eq!(t[0]["type"], "float");
        assert_eq!(t[0]["default"], "30");
        let u = j["umap"].as_array().unwrap();
        let epochs = u.iter().find(|s| s["name"] == "epochs").unwrap();
        assert_eq!(epochs["default"], "auto");
        assert!(epochs["auto"].as_str().unwrap().contains("500"));
        assert_eq!(j["preprocess"][0]["default"], "auto");
    }
}
