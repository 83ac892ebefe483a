//! The `density` bench case: contours and cluster labels of `n` generated 2-D points (ten
//! labelled clusters, as the render case draws), and what they cost a viewer.
//!
//! Stages of each run: `density` (the engine's `density::analyze` on the case's backend: the
//! estimate, contours, clusters and their labels), `frame` (one offscreen frame of the points,
//! 1600 × 1200), `frame_overlay` (the same frame with the contours under the points and the
//! labels over them), `pick_index` (the hover index over the layout, built once per layout)
//! and `hover_query` (the mean of 1,000 pointer look-ups). A hover's latency in the window is
//! one look-up and one frame with its tooltip: `hover_query + frame`.

use std::sync::Arc;
use std::time::Instant;

use projector_engine::density::{self, DensityParams, LabelSource};
use projector_viewer::camera::{Camera, PlotRect};
use projector_viewer::{Coloring, Overlay, PickIndex, RenderOptions};
use serde_json::{Value, json};

use super::cases::fill_times;
use super::data::render_scene;
use super::machine::{device_of, render_gpu_for, reset_peak_rss, rss};
use super::run::Run;
use super::{Backend, Settings};
use crate::progress::stop_requested;

/// One density case on `backend` at `n` points.
pub(super) fn density_case(settings: &Settings, backend: &Backend, n: usize) -> Value {
    let (device, software) = device_of(&backend.compute);
    let mut rec = json!({
        "algo": "density",
        "backend": backend.kind,
        "device": device,
        "software_adapter": software,
        "data": "synthetic 2-D points, 10 labelled clusters",
        "n": n,
        "d": 2,
        "params": {"width": 1600, "height": 1200, "point_size": 4.0, "density": DensityParams::default()},
        "interrupted": false,
        "error": null,
        "quality": null,
    });
    let gpu = render_gpu_for(&backend.compute);
    let gpu = match gpu {
        Ok(g) => g,
        Err(e) => {
            rec["error"] = json!(format!("{e:#}"));
            fill_times(&mut rec, &[], n);
            return rec;
        }
    };
    rec["render_device"] = json!(gpu.describe());
    eprintln!("density · {} · n = {n}", backend.compute.describe());
    let peak_reset = reset_peak_rss();
    let t = Instant::now();
    let scene = render_scene(n, settings.seed);
    rec["load_seconds"] = json!(t.elapsed().as_secs_f64());
    let Coloring::Categorical { codes, classes } = &scene.coloring else {
        unreachable!("render_scene colours by class")
    };
    let labels = LabelSource::Categories {
        codes: codes.clone(),
        classes: classes.clone(),
    };
    let plain = RenderOptions {
        legend: false,
        ..Default::default()
    };
    let rect = PlotRect {
        x: 0.0,
        y: 0.0,
        w: plain.width as f32,
        h: plain.height as f32,
    };
    let m = Camera::fit(&scene.positions, 2, rect).matrix(rect);
    let mut runs = Vec::new();
    let mut named = 0;
    for i in 0..settings.warmup + settings.repeat {
        let mut run = Run::default();
        let r = (|| -> anyhow::Result<()> {
            let map = run.time("density", || {
                density::analyze(
                    &backend.compute,
                    &scene.positions,
                    2,
                    &labels,
                    &DensityParams::default(),
                )
                .map_err(anyhow::Error::from)
            })?;
            named = map.clusters.iter().filter(|c| c.label.is_some()).count();
            let overlay = RenderOptions {
                overlay: Some(Overlay {
                    map: Arc::new(map),
                    contours: true,
                    labels: true,
                }),
                ..plain.clone()
            };
            for (stage, opts) in [("frame", &plain), ("frame_overlay", &overlay)] {
                run.time(stage, || {
                    projector_viewer::render_rgba(&gpu, &scene, opts)
                        .map_err(crate::commands::render::viewer_error)
                })?;
            }
            let index = run.time("pick_index", || Ok(PickIndex::new(&scene.positions, 2, &m)))?;
            let t = Instant::now();
            let mut hits = 0usize;
            for q in 0..1000u32 {
                // Cursors over the plot on a coarse lattice.
                let cursor = projector_viewer::glam::Vec2::new(
                    (q % 40) as f32 * rect.w / 40.0,
                    (q / 40) as f32 * rect.h / 25.0,
                );
                hits += usize::from(
                    index
                        .pick(&scene.positions, &m, cursor, 5.0, None)
                        .is_some(),
                );
            }
            run.stages
                .push(("hover_query".into(), t.elapsed().as_secs_f64() / 1000.0));
            rec["info"] = json!({"clusters_named": named, "hover_hits": hits});
            Ok(())
        })();
        match r {
            Ok(()) if i >= settings.warmup => runs.push(run),
            Ok(()) => {}
            Err(e) => {
                rec["error"] = json!(format!("{e:#}"));
                break;
            }
        }
        if stop_requested() {
            rec["interrupted"] = json!(true);
            break;
        }
    }
    let (peak, _) = rss();
    fill_times(&mut rec, &runs, n);
    rec["peak_rss_bytes"] = json!(peak);
    rec["peak_rss_reset"] = json!(peak_reset);
    rec
}
