//! CSV and TSV loading: files written by pandas, the bundled digits, and every bad-input case.

use std::path::{Path, PathBuf};

use projector_engine::load::{Format, LoadOptions, load};
use projector_engine::{ColumnData, ColumnKind, EmbeddingSpec, Error};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures")).join(rel)
}

/// Writes `bytes` to `name` in a fresh temporary folder.
fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

/// Loads `path` with `drop_invalid`, which must succeed.
fn load_dropping(path: &Path) -> projector_engine::Table {
    let opts = LoadOptions {
        drop_invalid: true,
        ..Default::default()
    };
    load(path, &opts).unwrap()
}

fn load_err(path: &Path, opts: &LoadOptions) -> String {
    match load(path, opts) {
        Ok(t) => panic!(
            "{} loaded ({} rows) but should fail",
            path.display(),
            t.num_rows()
        ),
        Err(e) => {
            assert!(e.is_input_error(), "{e:?}");
            e.to_string()
        }
    }
}

fn assert_mentions(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "'{msg}' does not mention '{p}'");
    }
}

fn npy_f32(path: &Path) -> Vec<f32> {
    let t = load(path, &LoadOptions::default()).unwrap();
    match &t.column("embedding").unwrap().data {
        ColumnData::Vector { values, .. } => values.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn pandas_csv_with_json_list_column() {
    let path = fixture("csv/embeddings.csv");
    assert_eq!(Format::from_path(&path).unwrap(), Format::Csv);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.source.as_deref(), Some(path.as_path()));
    assert_eq!(t.num_rows(), 10);
    let kinds: Vec<ColumnKind> = t.columns().iter().map(|c| t.kind(c)).collect();
    assert_eq!(
        kinds,
        vec![
            ColumnKind::Numeric,
            ColumnKind::Vector(3),
            ColumnKind::Categorical,
            ColumnKind::Numeric,
            ColumnKind::Categorical,
        ]
    );
    assert!(t.invalid.is_empty(), "{:?}", t.invalid);
    // The vectors are exactly what numpy saved beside the CSV.
    let expected = npy_f32(&fixture("csv/embeddings_emb.npy"));
    let spec = t.default_embedding(None).unwrap();
    assert_eq!(spec, EmbeddingSpec::Vector("embedding".into()));
    let e = t.embedding(&spec, false).unwrap();
    assert_eq!(e.data.as_slice().unwrap(), expected.as_slice());
    // A quoted cell holding the delimiter stays one cell.
    assert_eq!(
        t.column("note").unwrap().data.get(3),
        Some(projector_engine::Value::Text("item, number 3".into()))
    );
}

#[test]
fn pandas_tsv_matches_csv() {
    let path = fixture("csv/embeddings.tsv");
    assert_eq!(Format::from_path(&path).unwrap(), Format::Tsv);
    let tsv = load(&path, &LoadOptions::default()).unwrap();
    let csv = load(&fixture("csv/embeddings.csv"), &LoadOptions::default()).unwrap();
    assert_eq!(tsv.columns(), csv.columns());
}

#[test]
fn bundled_digits_are_numeric_columns() {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv"));
    let t = load(path, &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 1797);
    assert_eq!(t.columns().len(), 65);
    assert!(t.columns().iter().all(|c| t.kind(c) == ColumnKind::Numeric));
    assert_eq!(t.default_color(), Some("target"));
    let spec = t.default_embedding(t.default_color()).unwrap();
    let e = t.embedding(&spec, false).unwrap();
    assert_eq!(e.data.dim(), (1797, 64));
}

#[test]
fn single_row_loads() {
    let (_d, path) = temp_file("one.csv", b"a,b\n1,2\n");
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 1);
}

#[test]
fn ragged_rows_are_an_error_or_dropped() {
    let (_d, path) = temp_file("ragged.csv", b"a,b,c\n1,2,3\n4,5\n6,7,8\n");
    let msg = load_err(&path, &LoadOptions::default());
    assert_mentions(
        &msg,
        &[
            "ragged.csv",
            "row 1",
            "column 'c'",
            "expected 3 fields, found 2",
        ],
    );
    let (_d2, extra) = temp_file("extra.csv", b"a,b\n1,2\n3,4\n5,6,7\n");
    let msg = load_err(&extra, &LoadOptions::default());
    assert_mentions(
        &msg,
        &[
            "extra.csv",
            "row 2",
            "extra field 3",
            "expected 2 fields, found 3",
        ],
    );
    let t = load_dropping(&path);
    assert_eq!(t.num_rows(), 2);
    assert_eq!(t.dropped_rows, 1);
}

#[test]
fn ragged_vectors_are_an_error_or_dropped() {
    let (_d, path) = temp_file(
        "vec.csv",
        b"emb,l\n\"[1,2]\",a\n\"[3,4,5]\",b\n\"[6,7]\",c\n",
    );
    let msg = load_err(&path, &LoadOptions::default());
    assert_mentions(
        &msg,
        &[
            "vec.csv",
            "row 1",
            "column 'emb'",
            "ragged",
            "3 values",
            "has 2",
        ],
    );
    let t = load_dropping(&path);
    assert_eq!(t.num_rows(), 2);
    assert_eq!(t.dropped_rows, 1);
    assert_eq!(
        t.column("l").unwrap().data,
        ColumnData::Text(vec!["a".into(), "c".into()])
    );
}

#[test]
fn non_numeric_cell_in_embedding_column_is_named() {
    let (_d, path) = temp_file("mixed.csv", b"x,y,label\n1,2,a\n3,abc,b\n5,,c\n7,8,d\n");
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.kind(t.column("y").unwrap()), ColumnKind::Numeric);
    assert_eq!(t.invalid.len(), 2);
    let spec = EmbeddingSpec::Numeric(vec!["x".into(), "y".into()]);
    let msg = t.embedding(&spec, false).unwrap_err().to_string();
    assert_mentions(
        &msg,
        &["mixed.csv", "row 1", "column 'y'", "not a number: 'abc'"],
    );
    let e = t.embedding(&spec, true).unwrap();
    assert_eq!(e.rows, vec![0, 3]);
    assert_eq!(e.dropped, 2);
    // The empty cell has its own reason.
    assert!(
        t.invalid
            .iter()
            .any(|c| c.row == 2 && c.reason == "empty cell")
    );
}

#[test]
fn non_numeric_item_in_a_vector_cell_is_named() {
    let (_d, path) = temp_file("items.csv", b"emb\n\"[1,2]\"\n\"[3,x]\"\n\"[5,6]\"\n");
    let t = load(&path, &LoadOptions::default()).unwrap();
    let spec = t.default_embedding(None).unwrap();
    let msg = t.embedding(&spec, false).unwrap_err().to_string();
    assert_mentions(&msg, &["items.csv", "row 1", "column 'emb'", "'x'"]);
}

#[test]
fn nan_and_inf_are_named_by_embedding() {
    let (_d, path) = temp_file("nan.csv", b"x,y\n1,2\n3,inf\nnan,4\n");
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert!(t.invalid.is_empty());
    let spec = t.default_embedding(None).unwrap();
    let msg = t.embedding(&spec, false).unwrap_err().to_string();
    assert_mentions(&msg, &["nan.csv", "row 1", "column 'y'", "infinite"]);
    let e = t.embedding(&spec, true).unwrap();
    assert_eq!(e.dropped, 2);
}

#[test]
fn header_only_and_empty_files_are_empty_tables() {
    let (_d, path) = temp_file("head.csv", b"a,b,c\n");
    assert_mentions(
        &load_err(&path, &LoadOptions::default()),
        &["head.csv", "the table is empty"],
    );
    let (_d2, path) = temp_file("nothing.csv", b"");
    assert_mentions(
        &load_err(&path, &LoadOptions::default()),
        &["nothing.csv", "the table is empty"],
    );
}

#[test]
fn non_utf8_names_offset_and_line() {
    let (_d, path) = temp_file("latin1.csv", b"name,x\nabc,1\ncaf\xe9,2\n");
    let msg = load_err(&path, &LoadOptions::default());
    assert_mentions(&msg, &["latin1.csv", "UTF-8", "byte offset 16", "line 3"]);
}

#[test]
fn truncated_inside_a_quote_is_an_error() {
    let (_d, path) = temp_file("cut.csv", b"emb,l\n\"[1,2]\",a\n\"[3,4");
    let msg = load_err(&path, &LoadOptions::default());
    assert_mentions(&msg, &["cut.csv", "truncated", "line 3"]);
    // Cut mid-line outside quotes: the short last row is named.
    let (_d2, path) = temp_file("cut2.csv", b"a,b,c\n1,2,3\n4,5");
    let msg = load_err(&path, &LoadOptions::default());
    assert_mentions(&msg, &["cut2.csv", "row 1", "column 'c'"]);
}

#[test]
fn duplicate_header_is_an_error() {
    let (_d, path) = temp_file("dup.csv", b"a,a\n1,2\n");
    assert_mentions(
        &load_err(&path, &LoadOptions::default()),
        &["dup.csv", "'a' twice"],
    );
}

#[test]
fn labels_txt_of_the_wrong_length() {
    let (d, path) = temp_file("pts.csv", b"x,y\n1,2\n3,4\n5,6\n");
    let labels = d.path().join("labels.txt");
    std::fs::write(&labels, "a\nb\n").unwrap();
    let opts = LoadOptions {
        labels: Some(labels),
        ..Default::default()
    };
    let msg = load_err(&path, &opts);
    assert_mentions(&msg, &["labels.txt", "2 labels", "pts.csv", "3 rows"]);
    std::fs::write(opts.labels.as_ref().unwrap(), "a\nb\nc\n").unwrap();
    let t = load(&path, &opts).unwrap();
    assert_eq!(
        t.column("label").unwrap().data,
        ColumnData::Text(vec!["a".into(), "b".into(), "c".into()])
    );
}

#[test]
fn unknown_extension_and_missing_file() {
    let e = load(Path::new("table.xlsx"), &LoadOptions::default()).unwrap_err();
    assert!(matches!(e, Error::Invalid(_)));
    let e = load(Path::new("/nonexistent/t.csv"), &LoadOptions::default()).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(e.to_string().contains("/nonexistent/t.csv"));
}
