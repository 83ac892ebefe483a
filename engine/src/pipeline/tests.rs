use ndarray::Array2;

use super::*;
use crate::NoProgress;
use crate::output::{provenance_path, read_provenance, write_coordinates, write_projection};
use crate::progress::StopFlag;

/// Three clusters in 6-D, `n` rows.
fn blobs(n: usize) -> Array2<f32> {
    Array2::from_shape_fn((n, 6), |(i, j)| {
        ((i % 3) * 10) as f32 + ((i * 7 + j * 3) % 11) as f32 * 0.3
    })
}

fn digits() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv"))
}

fn settings(algo: Algo) -> Settings {
    let mut s = Settings::new(algo);
    s.set("tsne", "perplexity", "10").unwrap();
    s.set("tsne", "iterations", "120").unwrap();
    s.set("umap", "epochs", "60").unwrap();
    s.layout.seed = 7;
    s
}

#[test]
fn project_is_the_reducers_own_answer() {
    let data = blobs(150);
    let c = Compute::Cpu;
    let s = settings(Algo::Pca);
    let out = project(&c, data.view(), &s, &NoProgress).unwrap();
    let fit = crate::pca::fit(&c, data.view(), 2).unwrap();
    assert_eq!(out.coords, fit.transform(data.view()));
    assert!(matches!(out.model, Model::Pca(_)));

    let s = settings(Algo::Tsne);
    let out = project(&c, data.view(), &s, &NoProgress).unwrap();
    let direct = crate::tsne::run(&c, data.view(), &s.tsne(), &NoProgress).unwrap();
    assert_eq!(out.coords, direct);
    assert!(out.completed && out.iterations == 120);
    assert_eq!(out.loss.unwrap().iteration, 100);

    let s = settings(Algo::Umap);
    let out = project(&c, data.view(), &s, &NoProgress).unwrap();
    let direct = crate::umap::run(&c, data.view(), &s.umap(), &NoProgress).unwrap();
    assert_eq!(out.coords, direct);
    // The fitted map places new rows.
    let placed = out
        .model
        .transform(&c, data.slice(ndarray::s![..5, ..]))
        .unwrap();
    assert_eq!(placed.dim(), (5, 2));
}

#[test]
fn wide_inputs_go_through_the_preprocessing_pca() {
    let wide = Array2::from_shape_fn((90, 60), |(i, j)| ((i * 31 + j * 7) % 17) as f32);
    let s = settings(Algo::Umap);
    let out = project(&Compute::Cpu, wide.view(), &s, &NoProgress).unwrap();
    let names: Vec<&str> = out.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["pca-50", "knn", "graph", "init", "optimise", "read-back"]
    );
    let Model::Umap { pre: Some(pre), .. } = &out.model else {
        panic!("no preprocessing fit");
    };
    assert_eq!(pre.components.nrows(), 50);
    let (_, reduced) = s
        .preprocess
        .fit(&Compute::Cpu, wide.view(), &NoProgress)
        .unwrap()
        .unwrap();
    let direct = crate::umap::run(&Compute::Cpu, reduced.view(), &s.umap(), &NoProgress).unwrap();
    assert_eq!(out.coords, direct);
    // Preprocessing off: no pca stage, another layout.
    let mut off = s.clone();
    off.set("preprocess", "pca_dims", "0").unwrap();
    let out_off = project(&Compute::Cpu, wide.view(), &off, &NoProgress).unwrap();
    assert_eq!(out_off.stages[0].name, "knn");
    assert_ne!(out_off.coords, out.coords);
}

#[test]
fn stepping_in_batches_gives_the_same_layout() {
    let data = blobs(120);
    for algo in [Algo::Tsne, Algo::Umap] {
        let s = settings(algo);
        let whole = project(&Compute::Cpu, data.view(), &s, &NoProgress).unwrap();
        let mut run = Run::start(&Compute::Cpu, data.view(), &s, &NoProgress).unwrap();
        let mut last = 0;
        while !run.is_finished() {
            let it = run.step(17, &NoProgress).unwrap();
            assert!(it > last && it <= run.total(), "{algo}: {it} after {last}");
            last = it;
        }
        assert_eq!(run.step(17, &NoProgress).unwrap(), run.total());
        let stepped = run.finish().unwrap();
        assert_eq!(stepped.coords, whole.coords, "{algo}");
    }
}

#[test]
fn a_stopped_run_keeps_its_layout() {
    let data = blobs(90);
    let stop = StopFlag::default();
    for algo in [Algo::Tsne, Algo::Umap] {
        let mut run = Run::start(&Compute::Cpu, data.view(), &settings(algo), &NoProgress).unwrap();
        run.step(20, &NoProgress).unwrap();
        let before = run.positions().unwrap();
        stop.stop();
        assert_eq!(run.step(20, &stop).unwrap(), 20);
        let out = run.finish().unwrap();
        assert!(!out.completed, "{algo}");
        assert_eq!(out.iterations, 20);
        assert_eq!(out.coords, before);
        stop.0.store(false, std::sync::atomic::Ordering::Relaxed);
    }
}

#[test]
fn bad_inputs_are_invalid_not_panics() {
    let one = blobs(1);
    let e = Run::start(&Compute::Cpu, one.view(), &Settings::default(), &NoProgress).unwrap_err();
    assert!(matches!(e, Error::Invalid(_)), "{e}");
    let narrow = blobs(10).slice(ndarray::s![.., ..2]).to_owned();
    let mut s = Settings::new(Algo::Pca);
    s.layout.dims = 3;
    let e = Run::start(&Compute::Cpu, narrow.view(), &s, &NoProgress).unwrap_err();
    assert!(e.to_string().contains("cannot project it to 3"), "{e}");
    let mut s = settings(Algo::Tsne);
    s.tsne.perplexity = -1.0;
    assert!(Run::start(&Compute::Cpu, blobs(50).view(), &s, &NoProgress).is_err());
    assert!(s.set("umap", "min_dist", "-2").is_err());
    assert!(s.set("nope", "x", "1").is_err());
    assert!(s.set_any("no_such_parameter", "1").is_err());
    assert!("tsne".parse::<Algo>().is_ok() && "t-SNE".parse::<Algo>().is_ok());
    assert!("tsnee".parse::<Algo>().is_err());
}

#[test]
fn values_name_what_the_reducer_ran_with() {
    let mut s = settings(Algo::Tsne);
    s.set_any("knn", "exact").unwrap();
    let v = s.values();
    assert_eq!(v["layout"]["seed"], 7);
    assert_eq!(v["tsne"]["perplexity"], 10.0);
    assert_eq!(v["tsne"]["knn"], "exact");
    assert_eq!(v["preprocess"]["pca_dims"], "auto");
    assert!(v.get("umap").is_none());
    // `knn` is shared: set_any set UMAP's too.
    assert_eq!(params::get(&s.umap, "knn").unwrap(), "exact");
    assert!(
        Settings::new(Algo::Pca)
            .values()
            .get("preprocess")
            .is_none()
    );
}

#[test]
fn the_source_prepares_matrix_and_labels() {
    let p = Source::new(digits()).prepare().unwrap();
    assert_eq!(p.embedding.data.ncols(), 64);
    assert_eq!(p.color.as_deref(), Some("target"));
    assert_eq!(p.codes().unwrap().len(), p.embedding.data.nrows());
    let names: Vec<&str> = p.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["load", "matrix"]);
    let info = p.input_info();
    assert_eq!((info.rows, info.dims), p.embedding.data.dim());
    assert_eq!(info.embedding.len(), 64);
    assert_eq!(info.matrix_blake3, matrix_hash(p.embedding.data.view()));

    let mut bad = Source::new(digits());
    bad.color = Some("nope".into());
    let e = bad.prepare().unwrap_err();
    assert!(e.to_string().contains("no column 'nope'"), "{e}");

    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.csv");
    std::fs::write(&one, "a,b\n1,2\n").unwrap();
    let e = Source::new(&one).prepare().unwrap_err();
    assert!(
        e.to_string().contains("one.csv") && e.to_string().contains("only 1 row"),
        "{e}"
    );
}

#[test]
fn matrix_hash_is_blake3_of_shape_and_values() {
    let a = ndarray::array![[1.0f32, -2.5], [3.0, 4.0]];
    let mut bytes = Vec::new();
    bytes.extend_from_slice(&2u64.to_le_bytes());
    bytes.extend_from_slice(&2u64.to_le_bytes());
    for v in [1.0f32, -2.5, 3.0, 4.0] {
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    assert_eq!(
        matrix_hash(a.view()),
        blake3::hash(&bytes).to_hex().to_string()
    );
    // A non-contiguous view hashes as its values, not its memory.
    let wide = ndarray::array![[1.0f32, 9.0, -2.5], [3.0, 9.0, 4.0]];
    let picked = wide.select(ndarray::Axis(1), &[0, 2]);
    assert_eq!(matrix_hash(picked.view()), matrix_hash(a.view()));
    let strided = wide.slice(ndarray::s![.., ..;2]);
    assert_eq!(matrix_hash(strided), matrix_hash(a.view()));
}

#[test]
fn every_written_layout_carries_its_provenance() {
    let prep = Source::new(digits()).prepare().unwrap();
    let s = settings(Algo::Umap);
    let data = prep.embedding.data.slice(ndarray::s![..200, ..]).to_owned();
    let out = project(&Compute::Cpu, data.view(), &s, &NoProgress).unwrap();
    let prov = out.provenance(
        &Compute::Cpu,
        InputInfo::of(Some(&prep.path), &prep.spec.columns(), data.view()),
    );
    assert_eq!(prov.reducer, "umap");
    assert_eq!(prov.seed, 7);
    assert_eq!(prov.backend, "cpu");
    assert_eq!(prov.params["umap"]["epochs"], 60);
    assert!(prov.projector.starts_with("projector "));
    let dir = tempfile::tempdir().unwrap();
    for name in ["c.npy", "c.csv", "c.parquet"] {
        let path = dir.path().join(name);
        write_projection(&path, out.coords.view(), &[], &prov).unwrap();
        assert_eq!(
            read_provenance(&path).unwrap().as_ref(),
            Some(&prov),
            "{name}"
        );
        let side = provenance_path(&path);
        assert_eq!(side.exists(), name != "c.parquet", "{name}");
        // The coordinates themselves are what write_coordinates writes.
        let plain = dir.path().join(format!("plain-{name}"));
        write_coordinates(&plain, out.coords.view(), &[]).unwrap();
        assert!(read_provenance(&plain).unwrap().is_none());
        if name != "c.parquet" {
            assert_eq!(
                std::fs::read(&plain).unwrap(),
                std::fs::read(&path).unwrap()
            );
        }
    }
    // Parquet: in the Arrow schema's metadata too (what pyarrow shows as schema.metadata).
    let f = std::fs::File::open(dir.path().join("c.parquet")).unwrap();
    let reader =
        ::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
    let json = reader.schema().metadata()[crate::output::PROVENANCE_KEY].clone();
    let back: Provenance = serde_json::from_str(&json).unwrap();
    assert_eq!(back, prov);
}

#[test]
fn gpu_runs_expose_their_positions_buffer() {
    let Some(gpu) = crate::gpu::test_context() else {
        return;
    };
    let compute = Compute::Gpu(gpu.clone());
    let data = blobs(200);
    for algo in [Algo::Tsne, Algo::Umap] {
        let mut run = Run::start(&compute, data.view(), &settings(algo), &NoProgress).unwrap();
        while !run.is_finished() {
            run.step(25, &NoProgress).unwrap();
        }
        let y = run.positions().unwrap();
        let buf = run.positions_buffer().expect("GPU buffer");
        let back: Vec<f32> = gpu.read_back(buf, 200 * run.dims()).unwrap();
        assert_eq!(back, y.iter().copied().collect::<Vec<_>>(), "{algo}");
        let out = run.finish().unwrap();
        assert_eq!(out.coords, y, "{algo}");
    }
    // PCA has no live buffer: its one step is the fit.
    let run = Run::start(&compute, data.view(), &settings(Algo::Pca), &NoProgress).unwrap();
    assert!(run.positions_buffer().is_none() && run.is_finished());
}

#[test]
fn taking_the_vectors_gives_the_same_matrix_without_a_copy_in_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.npy");
    let x = blobs(30);
    crate::output::write_coordinates(&path, x.view(), &[]).unwrap();
    let kept = Source::new(&path).prepare().unwrap();
    let taken = Source {
        take_vectors: true,
        ..Source::new(&path)
    }
    .prepare()
    .unwrap();
    assert_eq!(taken.embedding.data, kept.embedding.data);
    assert_eq!(taken.embedding.rows, kept.embedding.rows);
    assert_eq!(taken.input_info(), kept.input_info());
    assert!(kept.table.column(&kept.spec.columns()[0]).is_some());
    assert!(taken.table.column(&taken.spec.columns()[0]).is_none());

    // A bad cell keeps the table whole, and the error names row and column.
    let mut values = x.iter().copied().collect::<Vec<f32>>();
    values[7 * 6 + 2] = f32::NAN;
    let mut t = crate::Table::default();
    t.add_column("emb", crate::ColumnData::Vector { dim: 6, values })
        .unwrap();
    let spec = crate::EmbeddingSpec::Vector("emb".into());
    let e = t.take_embedding(&spec, false).unwrap_err();
    assert!(
        matches!(&e, crate::Error::Cell { row: 7, column, .. } if column == "emb[2]"),
        "{e}"
    );
    assert!(t.column("emb").is_some());
}

/// A version-1 `.npy` of `shape` with element type `descr` and the raw `data` bytes; its data
/// starts at a multiple of 64 bytes (as NumPy writes) when `aligned`, else 4-byte misaligned.
fn write_npy(
    path: &std::path::Path,
    descr: &str,
    shape: (usize, usize),
    data: &[u8],
    aligned: bool,
) {
    let mut dict = format!(
        "{{'descr': '{descr}', 'fortran_order': False, 'shape': ({}, {}), }}",
        shape.0, shape.1
    );
    if aligned {
        while (10 + dict.len() + 1) % 64 != 0 {
            dict.push(' ');
        }
        dict.push('\n');
    } else if (10 + dict.len()) % 4 == 0 {
        dict.push(' ');
    }
    let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
    bytes.extend_from_slice(&(dict.len() as u16).to_le_bytes());
    bytes.extend_from_slice(dict.as_bytes());
    bytes.extend_from_slice(data);
    std::fs::write(path, bytes).unwrap();
}

/// 120 rows in 64-D (above the preprocessing PCA's 50) around three centres.
fn wide(n: usize) -> Array2<f32> {
    Array2::from_shape_fn((n, 64), |(i, j)| {
        ((i % 3) * 4) as f32 + ((i * 13 + j * 7) % 17) as f32 * 0.25 - 2.0
    })
}

#[test]
fn a_mapped_npy_projects_as_the_loaded_one() {
    let dir = tempfile::tempdir().unwrap();
    let x = wide(120);
    let f32_bytes: Vec<u8> = x.iter().flat_map(|v| v.to_le_bytes()).collect();
    let f16_bytes: Vec<u8> = x
        .iter()
        .flat_map(|&v| half::f16::from_f32(v).to_le_bytes())
        .collect();
    let be_bytes: Vec<u8> = x.iter().flat_map(|v| v.to_be_bytes()).collect();
    let files = [
        ("f32.npy", "<f4", &f32_bytes, true),
        ("f32_misaligned.npy", "<f4", &f32_bytes, false),
        ("f16.npy", "<f2", &f16_bytes, true),
        ("f32_big_endian.npy", ">f4", &be_bytes, true),
    ];
    for (name, descr, bytes, aligned) in files {
        let path = dir.path().join(name);
        write_npy(&path, descr, x.dim(), bytes, aligned);
        let labels = dir.path().join("labels.txt");
        let text: String = (0..x.nrows()).map(|i| format!("c{}\n", i % 3)).collect();
        std::fs::write(&labels, text).unwrap();
        let mut source = Source::new(&path);
        source.load.labels = Some(labels);
        let loaded = source.prepare().unwrap();
        let (mapped, rows, info) = source.prepare_rows().unwrap().expect("maps");
        assert_eq!(info, loaded.input_info(), "{name}: provenance of the input");
        assert_eq!(mapped.labels, loaded.labels, "{name}");
        assert_eq!(mapped.embedding.rows, loaded.embedding.rows, "{name}");
        assert!(mapped.table.column("embedding").is_none());
        let algos = [Algo::Pca, Algo::Umap, Algo::Tsne];
        assert_rows_project_as(name, &rows, &loaded.embedding.data, &algos);
    }
}

/// Every algorithm of `algos` gives the same layout from `rows` as from `data` (the same
/// matrix in memory), on the CPU and on the GPU when there is one.
fn assert_rows_project_as(
    name: &str,
    rows: &crate::rows::SharedRows,
    data: &Array2<f32>,
    algos: &[Algo],
) {
    // Both backends: the GPU's PCA stages upload the row blocks as they upload a view's.
    let mut backends = vec![Compute::Cpu];
    backends.extend(crate::gpu::test_context().map(Compute::Gpu));
    for c in &backends {
        for &algo in algos {
            let s = settings(algo);
            let want = project(c, data.view(), &s, &NoProgress).unwrap();
            let got = project(c, crate::Input::Rows(rows.clone()), &s, &NoProgress).unwrap();
            assert_eq!(got.coords, want.coords, "{name}: {algo:?} layout on {c:?}");
        }
    }
}

#[test]
fn mapped_blocks_read_back_the_same_after_release() {
    use crate::rows::RowSource;
    let dir = tempfile::tempdir().unwrap();
    let x = Array2::from_shape_fn((3000, 40), |(i, j)| (i * 40 + j) as f32);
    let bytes: Vec<u8> = x.iter().flat_map(|v| v.to_le_bytes()).collect();
    let path = dir.path().join("x.npy");
    write_npy(&path, "<f4", x.dim(), &bytes, true);
    let m = crate::load::MappedNpy::open(&path).unwrap().unwrap();
    assert_eq!(m.dim(), (3000, 40));
    for (r0, r1) in [(0, 1000), (1000, 1001), (999, 3000)] {
        let first = m.block(r0, r1).to_owned();
        m.release(r0, r1);
        m.release(0, 3000);
        assert_eq!(first, x.slice(ndarray::s![r0..r1, ..]));
        assert_eq!(m.block(r0, r1), first.view());
    }
    assert_eq!(crate::rows::to_array(&m), x);
}

#[test]
fn a_mapped_npy_names_a_bad_cell_or_leaves_dropping_to_the_loader() {
    let dir = tempfile::tempdir().unwrap();
    let mut x = wide(50);
    x[[7, 9]] = f32::INFINITY;
    let bytes: Vec<u8> = x.iter().flat_map(|v| v.to_le_bytes()).collect();
    let path = dir.path().join("bad.npy");
    write_npy(&path, "<f4", x.dim(), &bytes, true);
    let mut source = Source::new(&path);
    let mapped = source.prepare_rows().unwrap_err().to_string();
    let loaded = source.prepare().unwrap_err().to_string();
    assert_eq!(mapped, loaded);
    assert!(
        mapped.contains("row 7") && mapped.contains("embedding[9]"),
        "{mapped}"
    );
    source.load.drop_invalid = true;
    assert!(source.prepare_rows().unwrap().is_none());
    assert_eq!(source.prepare().unwrap().embedding.dropped, 1);
    // Not a .npy, or another column asked for: the loader's business.
    assert!(Source::new(digits()).prepare_rows().unwrap().is_none());
    let mut other = Source::new(&path);
    other.embedding = Some(vec!["other".into()]);
    assert!(other.prepare_rows().unwrap().is_none());
}

/// Writes `x` as a Parquet vector column `emb` of `kind` ("fixed32", "list16", "large64" or
/// "int"), beside a text column `label`, in row groups of 50 rows; `null_row` writes that row's
/// list as null.
fn write_parquet_vectors(
    path: &std::path::Path,
    x: &Array2<f32>,
    kind: &str,
    null_row: Option<usize>,
) {
    use arrow_array::types::{Float16Type, Float32Type, Float64Type, Int32Type};
    use arrow_array::{ArrayRef, RecordBatch, StringArray};
    use std::sync::Arc;
    let (n, d) = x.dim();
    // Row i's list of values converted by `f`, or null at `null_row`.
    fn lists<T>(
        x: &Array2<f32>,
        null_row: Option<usize>,
        f: impl Fn(f32) -> T,
    ) -> Vec<Option<Vec<Option<T>>>> {
        (0..x.nrows())
            .map(|i| (Some(i) != null_row).then(|| x.row(i).iter().map(|&v| Some(f(v))).collect()))
            .collect()
    }
    let emb: ArrayRef = match kind {
        "fixed32" => Arc::new(arrow_array::FixedSizeListArray::from_iter_primitive::<
            Float32Type,
            _,
            _,
        >(lists(x, null_row, |v| v), d as i32)),
        "list16" => Arc::new(arrow_array::ListArray::from_iter_primitive::<
            Float16Type,
            _,
            _,
        >(lists(x, null_row, half::f16::from_f32))),
        "large64" => Arc::new(arrow_array::LargeListArray::from_iter_primitive::<
            Float64Type,
            _,
            _,
        >(lists(x, null_row, |v| v as f64 / 3.0))),
        _ => Arc::new(
            arrow_array::ListArray::from_iter_primitive::<Int32Type, _, _>(lists(
                x,
                null_row,
                |v| (v * 4.0) as i32,
            )),
        ),
    };
    let label: ArrayRef = Arc::new(StringArray::from(
        (0..n).map(|i| format!("c{}", i % 3)).collect::<Vec<_>>(),
    ));
    let batch = RecordBatch::try_from_iter([("label", label), ("emb", emb)]).unwrap();
    let props = ::parquet::file::properties::WriterProperties::builder()
        .set_max_row_group_row_count(Some(50))
        .build();
    let f = std::fs::File::create(path).unwrap();
    let mut w = ::parquet::arrow::ArrowWriter::try_new(f, batch.schema(), Some(props)).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

#[test]
fn a_parquet_vector_column_read_as_rows_projects_as_the_loaded_one() {
    let dir = tempfile::tempdir().unwrap();
    let x = wide(120);
    for kind in ["fixed32", "list16", "large64", "int"] {
        let path = dir.path().join(format!("{kind}.parquet"));
        write_parquet_vectors(&path, &x, kind, None);
        let source = Source::new(&path);
        let loaded = source.prepare().unwrap();
        let (rows_p, rows, info) = source.prepare_rows().unwrap().expect("reads rows");
        assert_eq!(info, loaded.input_info(), "{kind}: provenance of the input");
        assert_eq!(rows_p.spec, loaded.spec, "{kind}");
        assert_eq!(
            (&rows_p.color, &rows_p.labels),
            (&loaded.color, &loaded.labels),
            "{kind}"
        );
        assert!(rows_p.table.column("emb").is_none() && rows_p.table.column("label").is_some());
        assert_eq!(
            crate::rows::to_array(rows.as_ref()),
            loaded.embedding.data,
            "{kind}"
        );
        let (_, read) = crate::load::ParquetRows::read(&path, None)
            .unwrap()
            .unwrap();
        assert_eq!(
            read.is_half(),
            kind == "list16",
            "{kind}: stored width kept"
        );
        assert_rows_project_as(
            kind,
            &rows,
            &loaded.embedding.data,
            &[Algo::Pca, Algo::Umap],
        );
    }
}

#[test]
fn a_parquet_column_with_a_null_or_a_nan_is_the_loaders_to_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("null.parquet");
    write_parquet_vectors(&path, &wide(60), "fixed32", Some(17));
    let mut source = Source::new(&path);
    assert!(source.prepare_rows().unwrap().is_none());
    let msg = source.prepare().unwrap_err().to_string();
    assert!(msg.contains("row 17"), "{msg}");
    source.load.drop_invalid = true;
    assert!(source.prepare_rows().unwrap().is_none());
    assert_eq!(source.prepare().unwrap().embedding.dropped, 1);
    let mut x = wide(60);
    x[[23, 5]] = f32::NAN;
    let path = dir.path().join("nan.parquet");
    write_parquet_vectors(&path, &x, "list16", None);
    let source = Source::new(&path);
    let rows = source.prepare_rows().unwrap_err().to_string();
    assert_eq!(rows, source.prepare().unwrap_err().to_string());
    assert!(rows.contains("row 23") && rows.contains("emb[5]"), "{rows}");
    // Another column asked for by name; one that is not a vector is the loader's.
    let mut label = Source::new(&path);
    label.embedding = Some(vec!["label".into()]);
    assert!(label.prepare_rows().unwrap().is_none());
}
