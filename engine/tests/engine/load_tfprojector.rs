//! TensorBoard projector files: vectors.tsv without header, metadata.tsv beside it.

use std::path::{Path, PathBuf};

use projector_engine::load::{Format, LoadOptions, load};
use projector_engine::{ColumnData, ColumnKind};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures")).join(rel)
}

fn assert_mentions(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "'{msg}' does not mention '{p}'");
    }
}

#[test]
fn vectors_with_metadata_found_beside_them() {
    let path = fixture("tf/vectors.tsv");
    assert_eq!(Format::from_path(&path).unwrap(), Format::TfProjector);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 6);
    let names: Vec<&str> = t.columns().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["embedding", "word", "count"]);
    assert_eq!(t.kind(&t.columns()[0]), ColumnKind::Vector(4));
    assert_eq!(t.kind(t.column("count").unwrap()), ColumnKind::Numeric);
    let first = std::fs::read_to_string(&path).unwrap();
    let row0: Vec<f32> = first
        .lines()
        .next()
        .unwrap()
        .split('\t')
        .map(|x| x.parse().unwrap())
        .collect();
    assert_eq!(
        t.columns()[0].data.get(0),
        Some(projector_engine::Value::Vector(row0))
    );
    assert_eq!(
        t.column("word").unwrap().data.get(2),
        Some(projector_engine::Value::Text("gamma".into()))
    );
}

#[test]
fn single_column_metadata_has_no_header() {
    let t = load(&fixture("tf_single/vectors.tsv"), &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 3);
    assert_eq!(
        t.column("label").unwrap().data,
        ColumnData::Text(vec!["red".into(), "green".into(), "blue".into()])
    );
}

#[test]
fn headerless_tsv_with_another_name_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my_embeddings.tsv");
    std::fs::write(&path, "1\t2\n3\t4\n").unwrap();
    assert_eq!(Format::from_path(&path).unwrap(), Format::TfProjector);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.kind(&t.columns()[0]), ColumnKind::Vector(2));
}

#[test]
fn metadata_of_the_wrong_length_names_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let vectors = dir.path().join("vectors.tsv");
    std::fs::write(&vectors, "1\t2\n3\t4\n5\t6\n").unwrap();
    let meta = dir.path().join("meta_other.tsv");
    std::fs::write(&meta, "a\nb\n").unwrap();
    let opts = LoadOptions {
        metadata: Some(meta),
        ..Default::default()
    };
    let msg = load(&vectors, &opts).unwrap_err().to_string();
    assert_mentions(
        &msg,
        &[
            "meta_other.tsv",
            "2 metadata rows",
            "vectors.tsv",
            "3 vectors",
        ],
    );
}

#[test]
fn ragged_vectors_and_bad_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let vectors = dir.path().join("vectors.tsv");
    std::fs::write(&vectors, "1\t2\t3\n4\t5\n6\t7\t8\n").unwrap();
    let msg = load_err(&vectors);
    assert_mentions(
        &msg,
        &[
            "vectors.tsv",
            "row 1",
            "embedding[2]",
            "expected 3 values",
            "found 2",
        ],
    );
    let opts = LoadOptions {
        drop_invalid: true,
        ..Default::default()
    };
    let t = load(&vectors, &opts).unwrap();
    assert_eq!((t.num_rows(), t.dropped_rows), (2, 1));

    std::fs::write(&vectors, "1\t2\n4\tx\n6\t7\n").unwrap();
    let t = load(&vectors, &LoadOptions::default()).unwrap();
    let msg = t
        .embedding(&t.default_embedding(None).unwrap(), false)
        .unwrap_err()
        .to_string();
    assert_mentions(
        &msg,
        &[
            "vectors.tsv",
            "row 1",
            "column 'embedding'",
            "not a number: 'x'",
        ],
    );
}

#[test]
fn empty_vectors_file() {
    let dir = tempfile::tempdir().unwrap();
    let vectors = dir.path().join("vectors.tsv");
    std::fs::write(&vectors, "").unwrap();
    let msg = load_err(&vectors);
    assert_mentions(&msg, &["vectors.tsv", "the table is empty"]);
}

#[test]
fn metadata_joins_an_npy_embedding() {
    let opts = LoadOptions {
        metadata: Some(fixture("tf_single/metadata.tsv")),
        ..Default::default()
    };
    // 5 rows against 3 metadata rows: an error naming both.
    let msg = load(&fixture("npy/f32.npy"), &opts)
        .unwrap_err()
        .to_string();
    assert_mentions(
        &msg,
        &["metadata.tsv", "3 metadata rows", "f32.npy", "5 rows"],
    );
}

#[test]
fn pandas_default_column_names_are_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("frame.tsv");
    std::fs::write(&path, "0\t1\t2\n0.5\t1.5\t2.5\n").unwrap();
    assert_eq!(Format::from_path(&path).unwrap(), Format::Tsv);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 1);
}

#[test]
fn all_rows_dropped_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, "a,b\n1\n2\n").unwrap();
    let opts = LoadOptions {
        drop_invalid: true,
        ..Default::default()
    };
    let msg = load(&path, &opts).unwrap_err().to_string();
    assert_mentions(
        &msg,
        &["bad.csv", "the table is empty", "all 2 rows were dropped"],
    );
}

/// The message of loading `path` with default options, which must fail.
fn load_err(path: &std::path::Path) -> String {
    load(path, &LoadOptions::default()).unwrap_err().to_string()
}
