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
