//! write_coordinates: the three formats, round trips through the loaders, atomic replacement.

use ndarray::{Array2, array};
use projector_engine::load::{LoadOptions, load};
use projector_engine::output::write_coordinates;
use projector_engine::{Column, ColumnData, ColumnKind, Error, Value};

fn extra() -> Vec<Column> {
    vec![
        Column {
            name: "label".into(),
            data: ColumnData::Text(vec!["a".into(), "b".into(), "a".into()]),
        },
        Column {
            name: "id".into(),
            data: ColumnData::Numeric(vec![10.0, 11.0, 12.0]),
        },
        Column {
            name: "emb".into(),
            data: ColumnData::Vector {
                dim: 2,
                values: vec![0.5, 1.5, 2.5, 3.5, 4.5, 5.5],
            },
        },
    ]
}

fn coords() -> Array2<f32> {
    array![[0.25f32, -1.0, 3.0], [1e-7, 2.5, 0.0], [-3.75, 4.0, 1e9]]
}

#[test]
fn npy_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.npy");
    write_coordinates(&path, coords().view(), &extra()).unwrap();
    let t = load(&path, &LoadOptions::default()).unwrap();
    assert_eq!(t.columns().len(), 1);
    let e = t
        .embedding(&t.default_embedding(None).unwrap(), false)
        .unwrap();
    assert_eq!(e.data, coords());
    // The data starts on a 64-byte boundary, as numpy writes it.
    let h = projector_engine::load::read_npy_header(&path).unwrap();
    assert_eq!(h.data_offset % 64, 0);
}

#[test]
fn csv_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.csv");
    write_coordinates(&path, coords().slice(ndarray::s![.., ..2]), &extra()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("x,y,label,id,emb\n0.25,-1,a,10,\"[0.5, 1.5]\"\n"),
        "{text}"
    );
    let t = load(&path, &LoadOptions::default()).unwrap();
    let names: Vec<&str> = t.columns().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["x", "y", "label", "id", "emb"]);
    assert_eq!(t.kind(t.column("emb").unwrap()), ColumnKind::Vector(2));
    assert_eq!(t.column("y").unwrap().data.get(2), Some(Value::Number(4.0)));
    assert_eq!(
        t.column("x").unwrap().data.get(1),
        Some(Value::Number(1e-7))
    );
}

#[test]
fn parquet_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.parquet");
    write_coordinates(&path, coords().view(), &extra()).unwrap();
    let t = load(&path, &LoadOptions::default()).unwrap();
    let names: Vec<&str> = t.columns().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["x", "y", "z", "label", "id", "emb"]);
    for (j, n) in ["x", "y", "z"].iter().enumerate() {
        let ColumnData::Numeric(v) = &t.column(n).unwrap().data else {
            panic!()
        };
        let want: Vec<f64> = coords().column(j).iter().map(|&x| x as f64).collect();
        assert_eq!(v, &want);
    }
    assert_eq!(t.column("label").unwrap().data, extra()[0].data);
    assert_eq!(t.column("id").unwrap().data, extra()[1].data);
    assert_eq!(t.column("emb").unwrap().data, extra()[2].data);
}

#[test]
fn replaces_only_on_success() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.csv");
    std::fs::write(&path, "old").unwrap();
    let mut bad = extra();
    bad[1].data = ColumnData::Numeric(vec![1.0]);
    let e = write_coordinates(&path, coords().view(), &bad).unwrap_err();
    assert!(matches!(e, Error::Invalid(_)), "{e:?}");
    assert!(e.to_string().contains("'id'"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    write_coordinates(&path, coords().view(), &[]).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("x,y,z\n")
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn unknown_extension_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let e = write_coordinates(&dir.path().join("c.xlsx"), coords().view(), &[]).unwrap_err();
    assert!(matches!(e, Error::Invalid(_)), "{e:?}");
    assert!(e.to_string().contains("c.xlsx"));
}
