//! Every layout `projector project` writes carries its provenance: in Parquet metadata, in a
//! `.json` beside an `.npy` or `.csv`, and in `--metrics`; the same seed reproduces it.

use std::path::Path;

use projector_engine::output::{provenance_path, read_provenance};
use projector_engine::pipeline::{Provenance, matrix_hash};

use crate::cli::{metrics_line, projector, stderr};

fn digits() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/digits.csv")
        .display()
        .to_string()
}

fn project(out: &Path, extra: &[&str]) -> serde_json::Value {
    let input = digits();
    let mut args = vec![
        "project",
        input.as_str(),
        "--algo",
        "umap",
        "--epochs",
        "30",
        "--seed",
        "5",
        "--metrics",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = projector(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    metrics_line(&o)
}

#[test]
fn outputs_carry_reducer_params_seed_version_input_and_matrix_hash() {
    let dir = tempfile::tempdir().unwrap();
    let parquet = dir.path().join("u.parquet");
    let m = project(&parquet, &["--neighbors", "12"]);
    let p = read_provenance(&parquet)
        .unwrap()
        .expect("provenance in the Parquet metadata");
    // --metrics prints the same record.
    let printed: Provenance = serde_json::from_value(m["provenance"].clone()).unwrap();
    assert_eq!(printed, p);
    assert_eq!(p.reducer, "umap");
    assert_eq!(p.seed, 5);
    assert_eq!(p.backend, "cpu");
    assert_eq!(
        p.projector,
        format!("projector {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(p.params["umap"]["neighbors"], 12);
    assert_eq!(p.params["umap"]["epochs"], 30);
    assert_eq!(p.params["layout"]["seed"], 5);
    assert_eq!(p.params["preprocess"]["pca_dims"], "auto");
    assert_eq!(p.input.file.as_deref(), Some(digits().as_str()));
    assert_eq!((p.input.rows, p.input.dims), (1797, 64));
    assert_eq!(p.input.embedding.len(), 64);
    // The hash is of the embedding matrix the reducer read.
    let table = projector_engine::load::load(Path::new(&digits()), &Default::default()).unwrap();
    let spec = table.default_embedding(Some("target")).unwrap();
    let e = table.embedding(&spec, false).unwrap();
    assert_eq!(p.input.matrix_blake3, matrix_hash(e.data.view()));

    // .npy and .csv: a .json beside them; the same seed writes the same bytes.
    for name in ["u.npy", "u.csv"] {
        let out = dir.path().join(name);
        project(&out, &["--neighbors", "12"]);
        let side = provenance_path(&out);
        let text = std::fs::read_to_string(&side).unwrap();
        let q: Provenance = serde_json::from_str(&text).unwrap();
        assert_eq!(q, p, "{name}");
        let first = std::fs::read(&out).unwrap();
        project(&out, &["--neighbors", "12"]);
        assert_eq!(
            std::fs::read(&out).unwrap(),
            first,
            "{name}: not reproduced"
        );
        assert_eq!(std::fs::read_to_string(&side).unwrap(), text);
    }
}

#[test]
fn placed_rows_name_the_fitted_input_and_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let input = digits();
    let out = dir.path().join("placed.npy");
    let fit_out = dir.path().join("fit.parquet");
    let o = projector(&[
        "project",
        "--fit",
        input.as_str(),
        "--transform",
        input.as_str(),
        "--algo",
        "pca",
        "--fit-output",
        fit_out.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let placed = read_provenance(&out).unwrap().unwrap();
    let fitted = read_provenance(&fit_out).unwrap().unwrap();
    assert_eq!(placed.reducer, "pca");
    assert!(fitted.transformed.is_none());
    let t = placed.transformed.as_ref().expect("the placed rows");
    assert_eq!(t.matrix_blake3, fitted.input.matrix_blake3);
    assert_eq!(placed.input, fitted.input);
}
