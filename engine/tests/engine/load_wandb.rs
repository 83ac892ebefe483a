//! W&B tables written by the real wandb client (tests/fixtures/make_wandb_fixtures.py).

use std::path::{Path, PathBuf};

use projector_engine::load::{Format, LoadOptions, load};
use projector_engine::{ColumnData, ColumnKind, EmbeddingSpec, ImageCell};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/wandb/media/table"
    ))
    .join(rel)
}

fn assert_mentions(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "'{msg}' does not mention '{p}'");
    }
}

#[test]
fn numbers_table() {
    let path = fixture("numbers_0_c44317e2d5feb32ef6c2.table.json");
    assert_eq!(Format::from_path(&path).unwrap(), Format::WandbJson);
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!((t.num_rows(), t.columns().len()), (3, 5));
    assert_eq!(
        t.column("c4").unwrap().data,
        ColumnData::Numeric(vec![4.5, 9.5, 14.5])
    );
    let e = t
        .embedding(&t.default_embedding(None).unwrap(), false)
        .unwrap();
    assert_eq!(e.data.dim(), (3, 5));
}

#[test]
fn digits_dataframe_with_offline_image_strings() {
    let t = load(
        &fixture("digits_1_95e30071f4167e4ebe26.table.json"),
        &LoadOptions::default(),
    )
    .unwrap();
    assert_eq!((t.num_rows(), t.columns().len()), (100, 66));
    // wandb 0.31 offline writes the image cells as the bare string "Image": kept as text.
    assert_eq!(t.kind(t.column("image").unwrap()), ColumnKind::Categorical);
    assert_eq!(
        t.column("image").unwrap().data.get(0),
        Some(projector_engine::Value::Text("Image".into()))
    );
    assert_eq!(t.default_color(), Some("target"));
    let spec = t.default_embedding(t.default_color()).unwrap();
    assert_eq!(spec.columns().len(), 64);
    let e = t.embedding(&spec, false).unwrap();
    // Same pixels as the bundled digits.csv (first 100 rows).
    let digits = load(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv")),
        &LoadOptions::default(),
    )
    .unwrap();
    let ds = digits.default_embedding(Some("target")).unwrap();
    let de = digits.embedding(&ds, false).unwrap();
    assert_eq!(e.data, de.data.slice(ndarray::s![..100, ..]));
}

#[test]
fn add_data_table_with_list_embedding() {
    let t = load(
        &fixture("embeddings_2_8269adad2bc541286857.table.json"),
        &LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(t.num_rows(), 20);
    assert_eq!(
        t.kind(t.column("embedding").unwrap()),
        ColumnKind::Vector(8)
    );
    assert_eq!(
        t.default_embedding(None).unwrap(),
        EmbeddingSpec::Vector("embedding".into())
    );
    assert_eq!(t.default_color(), Some("label"));
    assert_eq!(t.kind(t.column("id").unwrap()), ColumnKind::Numeric);
}

#[test]
fn image_file_objects_resolve_against_the_files_folder() {
    let t = load(
        &fixture("images_handmade.table.json"),
        &LoadOptions::default(),
    )
    .unwrap();
    let ColumnData::Image(cells) = &t.column("image").unwrap().data else {
        panic!("not an image column");
    };
    match &cells[0] {
        ImageCell::Path(p) => {
            assert!(p.is_file());
            assert!(p.ends_with("wandb/media/images/digit_0.png"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        cells[2],
        ImageCell::Unresolved("media/images/digit_2.png".into())
    );
    // null in an all-null column is text "".
    assert_eq!(
        t.column("note").unwrap().data,
        ColumnData::Text(vec![String::new(); 3])
    );
    assert_eq!(t.kind(t.column("emb").unwrap()), ColumnKind::Vector(4));
}

fn temp_json(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.table.json");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn bad_tables() {
    let cases: [(&str, &[&str]); 8] = [
        (
            r#"{"columns":[],"data":[5]}"#,
            &["row 0", "a row must be a list"],
        ),
        (
            r#"{"columns":["a"],"data":[[1],7]}"#,
            &["row 1", "column 'a'", "a row must be a list"],
        ),
        (
            r#"{"columns":["e","l"],"data":[[[1,2],"a"],[[1,2,3],"b"]]}"#,
            &["row 1", "column 'e'", "ragged"],
        ),
        (
            r#"{"columns":["a","b"],"data":[[1,2],[3]]}"#,
            &["row 1", "column 'b'", "expected 2 cells, found 1"],
        ),
        (
            r#"{"columns":["a","b"],"data":[]}"#,
            &["the table is empty"],
        ),
        (
            r#"{"columns":["a","b"],"data":[[1,2],[3,"#,
            &["not valid JSON", "EOF"],
        ),
        (r#"[1,2,3]"#, &["not a W&B table"]),
        (r#"{"columns":["a","a"],"data":[[1,2]]}"#, &["'a' twice"]),
    ];
    for (text, parts) in cases {
        let (_d, path) = temp_json(text);
        let msg = load(&path, &LoadOptions::default())
            .unwrap_err()
            .to_string();
        assert_mentions(&msg, &["bad.table.json"]);
        assert_mentions(&msg, parts);
    }
}

#[test]
fn null_and_text_in_numbers_are_named() {
    let (_d, path) = temp_json(r#"{"columns":["x","y"],"data":[[1,2],[3,null],[5,"abc"],[7,8]]}"#);
    let t = load(&path, &LoadOptions::default()).unwrap();
    let spec = EmbeddingSpec::Numeric(vec!["x".into(), "y".into()]);
    let msg = t.embedding(&spec, false).unwrap_err().to_string();
    assert_mentions(
        &msg,
        &["bad.table.json", "row 1", "column 'y'", "empty cell"],
    );
    let e = t.embedding(&spec, true).unwrap();
    assert_eq!(e.rows, vec![0, 3]);
    assert!(
        t.invalid
            .iter()
            .any(|c| c.row == 2 && c.reason == "not a number: 'abc'")
    );
}

#[test]
fn non_utf8_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin.table.json");
    std::fs::write(&path, b"{\"columns\":[\"caf\xe9\"],\"data\":[[1]]}").unwrap();
    let msg = load(&path, &LoadOptions::default())
        .unwrap_err()
        .to_string();
    assert_mentions(
        &msg,
        &["latin.table.json", "UTF-8", "byte offset 16", "line 1"],
    );
}

#[test]
fn python_nan_and_infinity_tokens_load_as_numbers() {
    // Python's json (and so wandb) writes NaN/Infinity, which strict JSON parsers reject.
    let (_d, path) = temp_json(
        r#"{"columns":["x","e","s"],"data":[[1,[1,2],"NaN ok"],[NaN,[3,-Infinity],"b"],[2,[5,6],"c"]]}"#,
    );
    let t = load(&path, &LoadOptions::default()).unwrap();
    let ColumnData::Numeric(x) = &t.column("x").unwrap().data else {
        panic!()
    };
    assert!(x[1].is_nan() && x[2] == 2.0);
    assert_eq!(t.kind(t.column("e").unwrap()), ColumnKind::Vector(2));
    assert_eq!(
        t.column("s").unwrap().data.get(0),
        Some(projector_engine::Value::Text("NaN ok".into()))
    );
    let msg = t
        .embedding(&EmbeddingSpec::Vector("e".into()), false)
        .unwrap_err()
        .to_string();
    assert_mentions(
        &msg,
        &["bad.table.json", "row 1", "column 'e[1]'", "infinite"],
    );
    let msg = t
        .embedding(&EmbeddingSpec::Numeric(vec!["x".into()]), false)
        .unwrap_err()
        .to_string();
    assert_mentions(&msg, &["row 1", "column 'x'", "NaN"]);
}
