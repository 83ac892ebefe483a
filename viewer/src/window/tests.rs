//! Tests of the window's state and worker (no window needed; the GPU test runs where an adapter
//! is found).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use egui::Color32;
use ndarray::Array2;
use projector_engine::{ColumnData, Compute, EmbeddingSpec, Table};

use projector_engine::pipeline::Algo;

use super::state::Viewer;
use super::*;
use crate::{Coloring, ViewerError};

#[test]
fn digits_rows_make_8x8_images_and_colouring_follows_the_column() {
    let mut t = Table::new();
    for y in 0..8 {
        for x in 0..8 {
            t.add_column(
                format!("pixel_{y}_{x}"),
                ColumnData::Numeric(vec![(y * 8 + x) as f64, 0.0]),
            )
            .unwrap();
        }
    }
    t.add_column("target", ColumnData::Numeric(vec![3.0, 7.0]))
        .unwrap();
    let img = row_image(&t, 0).unwrap();
    assert_eq!(img.size, [8, 8]);
    // Ink is dark: the largest value is black, zero is white.
    assert_eq!(img.pixels[63], Color32::from_gray(0));
    assert_eq!(img.pixels[0], Color32::from_gray(255));
    match coloring_for(&t, Some("target"), &[0, 1]) {
        Coloring::Categorical { codes, classes } => {
            assert_eq!(codes, vec![0, 1]);
            assert_eq!(classes, vec!["3", "7"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        coloring_for(&t, Some("pixel_0_1"), &[0, 1]),
        Coloring::Continuous { .. }
    ));
    assert_eq!(coloring_for(&t, None, &[0]), Coloring::None);
}

#[test]
fn view_without_display_points_to_render() {
    if display_available() {
        return;
    }
    let mut t = Table::new();
    t.add_column("a", ColumnData::Numeric(vec![0.0, 1.0]))
        .unwrap();
    let req = ViewRequest {
        table: t,
        embedding: EmbeddingSpec::Numeric(vec!["a".into()]),
        color: None,
        coords: Array2::zeros((2, 2)),
        rows: vec![0, 1],
        compute: Compute::Cpu,
        source: "t".into(),
        layout: "PCA".into(),
        settings: Default::default(),
        overlay: (false, false),
    };
    let e = view(req).unwrap_err();
    assert!(matches!(e, ViewerError::NoDisplay(_)));
    assert!(e.to_string().contains("projector render"), "{e}");
}

#[test]
fn embedding_picker_switches_columns_and_rows() {
    let mut v = digits_viewer(40, &Compute::Cpu);
    assert_eq!(v.data.as_ref().unwrap().ncols(), 64);
    // The same rows: the data changes, the layout waits for Run.
    let two = EmbeddingSpec::Numeric(vec!["pixel_0_2".into(), "pixel_0_3".into()]);
    assert_eq!(v.set_embedding(two), Ok(false));
    assert_eq!(v.data.as_ref().unwrap().dim(), (40, 2));
    assert_eq!(v.data.as_ref().unwrap()[[0, 0]], 5.0);
    // A column with invalid cells in some rows: those rows leave, everything follows.
    let mut bad: Vec<f64> = (0..40).map(f64::from).collect();
    bad[3] = f64::NAN;
    bad[7] = f64::INFINITY;
    std::sync::Arc::make_mut(&mut v.table)
        .add_column("score", ColumnData::Numeric(bad))
        .unwrap();
    assert_eq!(
        v.set_embedding(EmbeddingSpec::Numeric(vec!["score".into()])),
        Ok(true)
    );
    assert_eq!(v.rows.len(), 38);
    assert!(!v.rows.contains(&3) && !v.rows.contains(&7));
    assert_eq!(v.coords.nrows(), 38);
    match &v.coloring {
        Coloring::Categorical { codes, .. } => assert_eq!(codes.len(), 38),
        c => panic!("{c:?}"),
    }
    // A text column cannot embed; nothing changes.
    let err = v
        .set_embedding(EmbeddingSpec::Numeric(vec!["target".into(), "nope".into()]))
        .unwrap_err();
    assert!(err.contains("nope"), "{err}");
    assert_eq!(v.rows.len(), 38);
    assert!(v.set_embedding(EmbeddingSpec::Numeric(vec![])).is_err());
}

/// A viewer over the first `n` rows of data/digits.csv, coloured by `target`.
fn digits_viewer(n: usize, compute: &Compute) -> Viewer {
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv"));
    let rows: Vec<usize> = (0..n).collect();
    let table = projector_engine::load::load(path, &Default::default())
        .unwrap()
        .select_rows(&rows);
    let spec = table.default_embedding(Some("target")).unwrap();
    Viewer::new(ViewRequest {
        table,
        embedding: spec,
        color: Some("target".into()),
        coords: Array2::zeros((n, 2)),
        rows,
        compute: compute.clone(),
        source: "digits".into(),
        layout: "PCA".into(),
        settings: Default::default(),
        overlay: (false, false),
    })
    .unwrap()
}

/// Polls the worker until the run (and its quality figures) end; returns whether the
/// reducer's GPU buffer was drawn at some point.
fn poll_until_idle(v: &mut Viewer) -> bool {
    let mut saw_buffer = false;
    let t = Instant::now();
    loop {
        v.poll_worker();
        saw_buffer |= v.live_buffer.is_some();
        let busy = v.shared.running.load(Ordering::Relaxed)
            || v.shared.quality_pending.load(Ordering::Relaxed)
            || v.shared.snapshot.lock().unwrap().is_some()
            || v.shared.quality.lock().unwrap().is_some();
        if !busy {
            return saw_buffer;
        }
        assert!(t.elapsed() < Duration::from_secs(600), "run did not end");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn tsne_and_umap_run_live_and_report_quality() {
    let mut v = digits_viewer(300, &Compute::Cpu);
    assert!(v.data.is_some());
    let before = v.flat.clone();
    v.settings.tsne.iterations = 150;
    v.settings.tsne.exaggeration_iterations = 60;
    v.settings.umap.epochs = Some(40);
    assert_eq!(v.title(), "digits · PCA · 300 points × 64 dims");
    for algo in [Algo::Tsne, Algo::Umap] {
        v.settings.algo = algo;
        v.start(&Compute::Cpu);
        assert!(v.follow);
        let saw_buffer = poll_until_idle(&mut v);
        // The heading names the reducer of the layout shown, not the one the window opened on.
        assert_eq!(
            v.title(),
            format!("digits · {} · 300 points × 64 dims", algo.name())
        );
        assert!(!saw_buffer, "a CPU run has no GPU buffer");
        assert!(v.status.starts_with("done"), "{algo:?}: {}", v.status);
        assert_eq!(v.coords.dim(), (300, 2));
        assert!(v.flat.iter().all(|x| x.is_finite()));
        assert_ne!(v.flat, before);
        assert!(v.positions_dirty || v.gpu_positions.is_none());
        let q = v.quality.clone().unwrap().unwrap();
        assert!(q.trustworthiness > 0.8, "{algo:?}: {q:?}");
        assert!(q.knn_accuracy.unwrap() > 0.7, "{algo:?}: {q:?}");
        match algo {
            Algo::Tsne => {
                let l = v.loss.unwrap();
                assert_eq!(l.iteration, 150);
                assert!(l.value.is_finite() && l.value > 0.0);
            }
            _ => assert!(v.loss.is_none()),
        }
    }
}

#[test]
fn stop_keeps_the_positions_reached() {
    let mut v = digits_viewer(300, &Compute::Cpu);
    v.settings.algo = Algo::Tsne;
    v.settings.tsne.iterations = 100_000;
    v.start(&Compute::Cpu);
    // Wait for a few steps, then stop.
    let t = Instant::now();
    while v.shared.done.load(Ordering::Relaxed) < 30
        || v.shared.stage.lock().unwrap().as_str() != "t-SNE"
    {
        assert!(t.elapsed() < Duration::from_secs(300));
        std::thread::sleep(Duration::from_millis(5));
    }
    v.shared.stop.store(true, Ordering::Relaxed);
    poll_until_idle(&mut v);
    assert!(v.status.starts_with("stopped at iteration"), "{}", v.status);
    assert!(v.quality.is_none(), "no quality figures for a stopped run");
    assert!(v.flat.iter().all(|x| x.is_finite()));
    assert!(v.flat.iter().any(|&x| x != 0.0));
}

#[test]
fn bad_parameters_show_in_the_status() {
    let mut v = digits_viewer(50, &Compute::Cpu);
    v.settings.algo = Algo::Umap;
    v.settings.umap.neighbors = 1;
    let before = v.flat.clone();
    v.start(&Compute::Cpu);
    poll_until_idle(&mut v);
    assert!(v.status.starts_with("failed"), "{}", v.status);
    assert_eq!(v.flat, before);
}

#[test]
fn gpu_runs_are_drawn_from_the_reducer_buffer() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let compute = Compute::Gpu(gpu.clone());
    let mut v = digits_viewer(300, &compute);
    v.settings.algo = Algo::Umap;
    v.settings.umap.epochs = None; // 500: long enough for the poll to see the run.
    v.start(&compute);
    assert!(
        poll_until_idle(&mut v),
        "the reducer's buffer was never drawn"
    );
    assert!(v.status.starts_with("done"), "{}", v.status);
    // After the run the window draws its own copy of the final positions.
    assert!(v.live_buffer.is_none());
    v.upload(&gpu);
    let pos = v.gpu_positions.as_ref().unwrap();
    let back: Vec<f32> = gpu.read_back(pos, v.flat.len()).unwrap();
    assert_eq!(back, v.flat);
    assert!(v.quality.clone().unwrap().is_ok());
}

#[test]
fn a_lasso_selects_the_points_it_encloses_and_the_selection_exports() {
    let mut v = digits_viewer(300, &Compute::Cpu);
    // A 20 × 15 grid layout, so what the lasso encloses is known.
    let coords = Array2::from_shape_fn((300, 2), |(i, d)| {
        if d == 0 {
            (i % 20) as f32
        } else {
            (i / 20) as f32
        }
    });
    v.flat = coords.iter().copied().collect();
    v.coords = coords;
    v.pick_index = None;
    let plot = crate::camera::PlotRect {
        x: 0.0,
        y: 0.0,
        w: 800.0,
        h: 600.0,
    };
    let m = v.camera(plot).matrix(plot);
    let poly: Vec<glam::Vec2> = [(0.1, 0.1), (0.6, 0.15), (0.4, 0.7), (0.12, 0.5)]
        .iter()
        .map(|&(x, y)| glam::Vec2::new(x * 800.0, y * 600.0))
        .collect();
    v.lasso_select(&m, &poly);
    let want: Vec<usize> = (0..300)
        .filter(|&i| {
            crate::camera::Camera::project(&m, &v.flat[2 * i..2 * i + 2])
                .is_some_and(|s| crate::picking::inside_polygon(&poly, s))
        })
        .collect();
    assert!(want.len() > 20, "the lasso encloses {} points", want.len());
    assert_eq!(v.box_sel, want);
    // Hidden classes are not selected.
    v.hidden[0] = true;
    v.colors_dirty = true;
    v.lasso_select(&m, &poly);
    assert!(v.box_sel.len() < want.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sel.csv");
    v.write_csv(&path, Some(&v.box_sel.clone())).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), v.box_sel.len() + 1);
    assert!(text.starts_with("id,x,y,target\n"), "{text}");
}

#[test]
fn projecting_the_selection_runs_on_those_rows_and_back_returns() {
    let mut v = digits_viewer(300, &Compute::Cpu);
    v.settings.algo = Algo::Umap;
    v.settings.umap.epochs = Some(30);
    // Too small a selection is refused with a message, the view unchanged.
    v.box_sel = vec![1, 2];
    assert!(v.focus_selection(&Compute::Cpu).is_err());
    // The rows of classes 0 and 1.
    let Coloring::Categorical { codes, .. } = v.coloring.clone() else {
        panic!("digits are coloured by class");
    };
    v.box_sel = (0..300).filter(|&i| codes[i] <= 1).collect();
    let k = v.box_sel.len();
    let picked_rows: Vec<usize> = v.box_sel.iter().map(|&i| v.rows[i]).collect();
    v.focus_selection(&Compute::Cpu).unwrap();
    assert_eq!(v.coords.nrows(), k);
    assert_eq!(v.data.as_ref().map(|d| d.nrows()), Some(k));
    assert!(
        v.title().contains(&format!("{k} selected")),
        "{}",
        v.title()
    );
    assert!(v.parent.is_some());
    v.start(&Compute::Cpu);
    poll_until_idle(&mut v);
    assert!(v.status.starts_with("done"), "{}", v.status);
    assert_eq!(v.coords.dim(), (k, 2));
    let q = v.quality.clone().unwrap().unwrap();
    assert!(q.knn_accuracy.unwrap() > 0.9, "two digits apart: {q:?}");
    // The selected rows are the ones the sub-view's table holds, in order.
    assert_eq!(v.table.num_rows(), picked_rows.len());
    v.back();
    assert!(v.parent.is_none());
    assert_eq!(v.coords.nrows(), 300);
}

#[test]
fn a_numeric_range_filter_hides_the_points_outside_it() {
    let mut v = digits_viewer(300, &Compute::Cpu);
    assert!(!v.filtering());
    v.set_range(Some(("pixel_2_2".into(), 5.0, 12.0)));
    let r = v.range.clone().unwrap();
    assert_eq!((r.min, r.max), (0.0, 16.0));
    let Some(ColumnData::Numeric(col)) = v.table.column("pixel_2_2").map(|c| c.data.clone()) else {
        panic!("digits have pixel_2_2");
    };
    let want = (0..300)
        .filter(|&i| (5.0..=12.0).contains(&col[v.rows[i]]))
        .count();
    assert!(want > 0 && want < 300);
    assert!(v.filtering());
    assert_eq!((0..300).filter(|&i| v.visible(i)).count(), want);
    assert_eq!(
        v.visible_mask().unwrap().iter().filter(|&&b| b).count(),
        want
    );
    // With a class hidden too, both must hold.
    v.hidden[3] = true;
    v.vis_cache = None;
    assert!((0..300).filter(|&i| v.visible(i)).count() < want);
    v.set_range(None);
    v.hidden[3] = false;
    assert!(!v.filtering());
    // A column that is not numeric is no range filter.
    v.set_range(Some(("nope".into(), 0.0, 1.0)));
    assert!(v.range.is_none());
}

#[test]
fn contours_and_labels_come_from_one_map_and_labels_follow_the_camera() {
    let mut v = digits_viewer(400, &Compute::Cpu);
    let Coloring::Categorical { codes, .. } = v.coloring.clone() else {
        panic!("digits are coloured by class")
    };
    // Two blobs: targets 0..4 left, the rest right, so each blob's majority class is known.
    let coords = Array2::from_shape_fn((400, 2), |(i, d)| {
        let t = i as f32 * 2.399;
        let r = ((i % 97) as f32 / 97.0).sqrt();
        let left = codes[i] < 5;
        if d == 0 {
            r * t.cos() + if left { 0.0 } else { 12.0 }
        } else {
            r * t.sin()
        }
    });
    v.flat = coords.iter().copied().collect();
    v.coords = coords;
    v.density.contours = true;
    v.density.labels = true;
    let ctx = egui::Context::default();
    // One frame of the plot alone, 800 × 600 points.
    fn run(ctx: &egui::Context, v: &mut Viewer) -> egui::FullOutput {
        let raw = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::Vec2::new(800.0, 600.0),
            )),
            ..Default::default()
        };
        let mut out = ctx.run_ui(raw, |ui| v.plot_ui(ui));
        out.textures_delta.clear();
        out
    }
    let texts = |shapes: &[egui::epaint::ClippedShape]| -> Vec<egui::Pos2> {
        shapes
            .iter()
            .filter_map(|s| match &s.shape {
                egui::Shape::Text(t) => Some(t.pos),
                _ => None,
            })
            .collect()
    };
    let mut first = None;
    for _ in 0..400 {
        let out = run(&ctx, &mut v);
        if v.density.map.is_some() {
            first = Some(texts(&out.shapes));
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let first = first.expect("the density map is computed");
    let map = v.density.map.clone().unwrap();
    assert!(map.clusters.len() >= 2);
    assert!(!first.is_empty(), "labels painted");
    assert!(!v.density.under.is_empty(), "contours handed to the frame");
    // Pan: the labels move with the camera; the map is not recomputed.
    if let Some(cam) = v.camera.as_mut() {
        cam.pan(glam::Vec2::new(40.0, 0.0));
    }
    let out = run(&ctx, &mut v);
    let moved = texts(&out.shapes);
    assert!(std::sync::Arc::ptr_eq(
        &map,
        v.density.map.as_ref().unwrap()
    ));
    assert_eq!(moved.len(), first.len());
    assert!(
        moved
            .iter()
            .zip(&first)
            .all(|(a, b)| (a.x - b.x - 40.0).abs() < 1.0),
        "{first:?} → {moved:?}"
    );
    // A new layout makes it stale: the next frames compute another map.
    v.density.invalidate();
    for _ in 0..400 {
        run(&ctx, &mut v);
        if !std::sync::Arc::ptr_eq(&map, v.density.map.as_ref().unwrap()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the map was not recomputed after the layout changed");
}
