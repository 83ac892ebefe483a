//! Parquet written by pyarrow (tests/fixtures/make_parquet_fixtures.py) and by our own writer.

use std::path::{Path, PathBuf};

use projector_engine::load::{Format, LoadOptions, load};
use projector_engine::{ColumnData, ColumnKind, ImageCell};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/parquet"
    ))
    .join(rel)
}

fn npy(rel: &str) -> Vec<f32> {
    let t = load(&fixture(rel), &LoadOptions::default()).unwrap();
    match &t.columns()[0].data {
        ColumnData::Vector { values, .. } => values.clone(),
        other => panic!("{other:?}"),
    }
}

fn vector(t: &projector_engine::Table, name: &str) -> Vec<f32> {
    match &t.column(name).unwrap().data {
        ColumnData::Vector { values, .. } => values.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn pyarrow_kinds() {
    let path = fixture("kinds.parquet");
    assert_eq!(Format::from_path(&path).unwrap(), Format::Parquet);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 12);
    let kinds: Vec<(&str, ColumnKind)> = t
        .columns()
        .iter()
        .map(|c| (c.name.as_str(), t.kind(c)))
        .collect();
    assert_eq!(
        kinds,
        [
            ("id", ColumnKind::Numeric),
            ("emb_list", ColumnKind::Vector(4)),
            ("emb_large", ColumnKind::Vector(3)),
            ("emb_fixed", ColumnKind::Vector(4)),
            ("score", ColumnKind::Numeric),
            ("small", ColumnKind::Numeric),
            ("label", ColumnKind::Categorical),
            ("category", ColumnKind::Categorical),
            ("flag", ColumnKind::Categorical),
            ("thumb", ColumnKind::Image),
        ]
    );
    assert_eq!(vector(&t, "emb_list"), npy("kinds_emb_list.npy"));
    assert_eq!(vector(&t, "emb_fixed"), npy("kinds_emb_list.npy"));
    assert_eq!(vector(&t, "emb_large"), npy("kinds_emb_large.npy"));
    // Row 3 of `score` is null: NaN, recorded.
    assert!(
        t.invalid
            .iter()
            .any(|c| c.row == 3 && c.column == "score" && c.reason.contains("empty"))
    );
    let ColumnData::Text(cat) = &t.column("category").unwrap().data else {
        panic!()
    };
    assert_eq!(&cat[..3], ["a", "b", "a"]);
    let ColumnData::Image(thumb) = &t.column("thumb").unwrap().data else {
        panic!()
    };
    assert_eq!(thumb[7], ImageCell::Encoded(vec![137, 80, 78, 71, 7]));
    // Batches were crossed (row groups of 5): the last rows are right too.
    assert_eq!(
        t.column("id").unwrap().data.get(11),
        Some(projector_engine::Value::Number(11.0))
    );
}

#[test]
fn ragged_lists_are_named_or_dropped() {
    let path = fixture("ragged.parquet");
    let msg = load(&path, &LoadOptions::default())
        .unwrap_err()
        .to_string();
    for p in [
        "ragged.parquet",
        "row 2",
        "column 'emb'",
        "ragged",
        "3 values",
        "has 4",
    ] {
        assert!(msg.contains(p), "'{msg}' does not mention '{p}'");
    }
    let opts = LoadOptions {
        drop_invalid: true,
        ..Default::default()
    };
    let t = load(&path, &opts).unwrap();
    assert_eq!((t.num_rows(), t.dropped_rows), (4, 1));
    assert_eq!(
        t.column("label").unwrap().data,
        ColumnData::Text(vec!["a".into(), "b".into(), "d".into(), "e".into()])
    );
}

#[test]
fn not_parquet_and_truncated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake.parquet");
    std::fs::write(&path, "a,b\n1,2\n").unwrap();
    let msg = load(&path, &LoadOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("fake.parquet") && msg.contains("Parquet"),
        "{msg}"
    );
    let bytes = std::fs::read(fixture("kinds.parquet")).unwrap();
    let cut = dir.path().join("cut.parquet");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let msg = load(&cut, &LoadOptions::default()).unwrap_err().to_string();
    assert!(msg.contains("cut.parquet"), "{msg}");
}

#[test]
fn half_float_embeddings_and_columns_are_read_exactly() {
    // pyarrow's float16: a fixed-size list, a list and a scalar column (FLOAT16 in Parquet).
    let t = load(&fixture("half.parquet"), &LoadOptions::default()).unwrap();
    assert_eq!(t.num_rows(), 12);
    let want = npy("half_emb.npy");
    assert_eq!(vector(&t, "emb"), want);
    assert_eq!(vector(&t, "emb_list"), want);
    match &t.column("score").unwrap().data {
        ColumnData::Numeric(v) => {
            assert_eq!(v.len(), 12);
            assert_eq!((v[0], v[11]), (-1.0, 1.0));
        }
        other => panic!("{other:?}"),
    }
    let spec = t.default_embedding(None).unwrap();
    let e = t.embedding(&spec, true).unwrap();
    assert_eq!(e.data.dim(), (12, 4));
}

#[test]
fn a_vector_column_read_alone_is_the_loaded_one_in_its_stored_width() {
    use projector_engine::load::ParquetRows;
    use projector_engine::rows::to_array;
    // The default is the first list column; others by name; half floats stay half.
    for (file, column, name, half) in [
        ("kinds.parquet", None, "emb_list", false),
        ("kinds.parquet", Some("emb_large"), "emb_large", false),
        ("kinds.parquet", Some("emb_fixed"), "emb_fixed", false),
        ("half.parquet", None, "emb", true),
        ("half.parquet", Some("emb_list"), "emb_list", true),
    ] {
        let (got, rows) = ParquetRows::read(&fixture(file), column).unwrap().unwrap();
        assert_eq!((got.as_str(), rows.is_half()), (name, half), "{file}");
        let t = load(&fixture(file), &LoadOptions::default()).unwrap();
        let a = to_array(&rows);
        assert_eq!(a.nrows(), t.num_rows(), "{file} {name}");
        assert_eq!(
            a.iter().copied().collect::<Vec<_>>(),
            vector(&t, name),
            "{file} {name}"
        );
    }
    // Not a vector column, or a ragged one: left to the loader.
    assert!(
        ParquetRows::read(&fixture("kinds.parquet"), Some("score"))
            .unwrap()
            .is_none()
    );
    assert!(
        ParquetRows::read(&fixture("ragged.parquet"), None)
            .unwrap()
            .is_none()
    );
}
