//! NumPy `.npy` loading: every dtype family, byte order and memory order written by numpy, label
//! files, and the bad-input cases.

use std::path::{Path, PathBuf};

use projector_engine::load::{Format, LoadOptions, load, read_npy_header};
use projector_engine::{ColumnData, ColumnKind};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/npy"
    ))
    .join(rel)
}

fn values(path: &Path) -> (usize, Vec<f32>) {
    let t = load(path, &LoadOptions::default()).unwrap();
    assert_eq!(t.columns().len(), 1);
    match &t.column("embedding").unwrap().data {
        ColumnData::Vector { dim, values } => (*dim, values.clone()),
        other => panic!("{other:?}"),
    }
}

/// The 5 × 3 matrix the fixtures hold: `arange(15).reshape(5, 3) - 4`.
fn expected(offset: f32) -> Vec<f32> {
    (0..15).map(|i| i as f32 - 4.0 + offset).collect()
}

fn assert_mentions(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "'{msg}' does not mention '{p}'");
    }
}

fn err(path: &Path, opts: &LoadOptions) -> String {
    let e = load(path, opts).unwrap_err();
    assert!(e.is_input_error(), "{e:?}");
    e.to_string()
}

#[test]
fn every_dtype_gives_the_same_matrix() {
    assert_eq!(Format::from_path(&fixture("f32.npy")).unwrap(), Format::Npy);
    for name in [
        "f32.npy",
        "f64_fortran.npy",
        "f4_big.npy",
        "i8.npy",
        "i64_big.npy",
    ] {
        assert_eq!(values(&fixture(name)), (3, expected(0.0)), "{name}");
    }
    for name in ["u8.npy", "u16.npy"] {
        assert_eq!(values(&fixture(name)), (3, expected(4.0)), "{name}");
    }
    let h = read_npy_header(&fixture("f64_fortran.npy")).unwrap();
    assert!(h.fortran_order);
    assert_eq!(h.shape, vec![5, 3]);
    let h = read_npy_header(&fixture("i64_big.npy")).unwrap();
    assert!(h.big_endian);
}

#[test]
fn label_files_become_a_text_column() {
    let cases: [(&str, [&str; 5]); 4] = [
        ("labels_i64.npy", ["0", "1", "2", "1", "-3"]),
        ("labels_f32.npy", ["0", "1.5", "2", "1", "3"]),
        ("labels_str.npy", ["a", "bb", "ccc", "bb", "a"]),
        ("labels.txt", ["zero", "one", "two", "one", "zero"]),
    ];
    for (file, want) in cases {
        let opts = LoadOptions {
            labels: Some(fixture(file)),
            ..Default::default()
        };
        let t = load(&fixture("f32.npy"), &opts).unwrap();
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            t.column("label").unwrap().data,
            ColumnData::Text(want),
            "{file}"
        );
        assert_eq!(t.kind(t.column("label").unwrap()), ColumnKind::Categorical);
        assert_eq!(t.default_color(), Some("label"));
    }
}

#[test]
fn labels_of_the_wrong_length_name_both_files_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let labels = dir.path().join("short_labels.txt");
    std::fs::write(&labels, "a\nb\nc\n").unwrap();
    let opts = LoadOptions {
        labels: Some(labels),
        ..Default::default()
    };
    let msg = err(&fixture("f32.npy"), &opts);
    assert_mentions(&msg, &["short_labels.txt", "3 labels", "f32.npy", "5 rows"]);
}

#[test]
fn one_dimensional_array_is_rejected_with_its_shape() {
    let msg = err(&fixture("vector_1d.npy"), &LoadOptions::default());
    assert_mentions(&msg, &["vector_1d.npy", "2-D", "[5]"]);
}

#[test]
fn truncated_file_says_expected_and_found_bytes() {
    let bytes = std::fs::read(fixture("f32.npy")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.npy");
    std::fs::write(&path, &bytes[..bytes.len() - 7]).unwrap();
    let msg = err(&path, &LoadOptions::default());
    assert_mentions(&msg, &["cut.npy", "truncated", "60 bytes", "53 bytes"]);
    // Cut inside the header.
    std::fs::write(&path, &bytes[..20]).unwrap();
    assert_mentions(
        &err(&path, &LoadOptions::default()),
        &["cut.npy", "truncated"],
    );
}

#[test]
fn empty_array_and_not_npy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.npy");
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 8), }";
    let bytes = npy_header(dict);
    std::fs::write(&path, &bytes).unwrap();
    assert_mentions(
        &err(&path, &LoadOptions::default()),
        &["empty.npy", "the table is empty"],
    );
    let path = dir.path().join("text.npy");
    std::fs::write(&path, "1,2,3\n").unwrap();
    assert_mentions(
        &err(&path, &LoadOptions::default()),
        &["text.npy", "not a .npy file"],
    );
}

#[test]
fn absurd_shape_is_an_error_not_an_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.npy");
    let dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (18446744073709551615, 4), }";
    let bytes = npy_header(dict);
    std::fs::write(&path, &bytes).unwrap();
    assert_mentions(
        &err(&path, &LoadOptions::default()),
        &["huge.npy", "too large"],
    );
}

#[test]
fn nan_in_npy_is_named_by_embedding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nan.npy");
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }";
    let mut bytes = npy_header(dict);
    for x in [0.0f32, 1.0, 2.0, f32::NAN, 4.0, 5.0] {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(&path, &bytes).unwrap();
    let t = load(&path, &LoadOptions::default()).unwrap();
    let spec = t.default_embedding(None).unwrap();
    let msg = t.embedding(&spec, false).unwrap_err().to_string();
    assert_mentions(&msg, &["nan.npy", "row 1", "column 'embedding[1]'", "NaN"]);
}

/// Loads the file named by `PROJECTOR_NPY_PROBE` and prints its shape; run under
/// `/usr/bin/time -v` to measure the peak memory of loading a large file. Ignored by default.
#[test]
#[ignore]
fn peak_rss_probe() {
    let Some(path) = std::env::var_os("PROJECTOR_NPY_PROBE") else {
        return;
    };
    let t = load(Path::new(&path), &LoadOptions::default()).unwrap();
    let kind = t.kind(&t.columns()[0]);
    println!("loaded {} rows, {kind:?}", t.num_rows());
}

/// A version-1 `.npy` header (magic, version, length, `dict`), with no padding: what the tests
/// append their data to.
fn npy_header(dict: &str) -> Vec<u8> {
    let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
    bytes.extend_from_slice(&(dict.len() as u16).to_le_bytes());
    bytes.extend_from_slice(dict.as_bytes());
    bytes
}
