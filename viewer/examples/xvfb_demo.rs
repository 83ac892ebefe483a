//! Opens the viewer on generated data (three 2-D clusters, 600 points), or checks a screenshot.
//!
//! `cargo run -p projector-viewer --example xvfb_demo` opens the window;
//! `... --example xvfb_demo -- --png out.png` renders the same scene offscreen;
//! `... --example xvfb_demo -- --check shot.png` exits 0 when the left part of the screenshot
//! (where the plot is) shows points of each of the three class colours, 1 otherwise.
//! (The CI window test, tests/viewer_window.rs, runs the real `projector view` the same way.)

use ndarray::Array2;
use projector_engine::{ColumnData, Compute, EmbeddingSpec, Table};
use projector_viewer::color::class_color;
use projector_viewer::{ViewRequest, view};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 3 && args[1] == "--time" {
        // Rough frame time of a 1600×1200 offscreen render of N points (see benches/render.rs).
        let n: usize = args[2].parse().unwrap_or(10_000);
        let Ok(gpu) = projector_engine::Gpu::new() else {
            std::process::exit(2)
        };
        let scene = projector_viewer::Scene {
            positions: (0..n * 2)
                .map(|i| ((i * 2654435761) % 1000) as f32)
                .collect(),
            dims: 2,
            coloring: projector_viewer::Coloring::None,
            title: String::new(),
        };
        let opts = projector_viewer::RenderOptions {
            legend: false,
            ..Default::default()
        };
        for _ in 0..3 {
            let t = std::time::Instant::now();
            if projector_viewer::render_rgba(&gpu, &scene, &opts).is_err() {
                std::process::exit(1);
            }
            println!(
                "{n} points: {:.1} ms ({})",
                t.elapsed().as_secs_f64() * 1e3,
                gpu.info.name
            );
        }
        return;
    }
    if args.len() == 3 && args[1] == "--check" {
        std::process::exit(check(&args[2]));
    }
    let n = 600;
    let mut emb = Vec::with_capacity(n * 2);
    let mut labels = Vec::with_capacity(n);
    let mut s = 12345u64;
    let mut rnd = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 33) as f32 / (1u64 << 31) as f32) - 0.5
    };
    let centres = [(-4.0, 0.0), (4.0, 0.0), (0.0, 5.0)];
    for i in 0..n {
        let c = i % 3;
        emb.push(centres[c].0 + rnd() * 3.0);
        emb.push(centres[c].1 + rnd() * 3.0);
        labels.push(["alpha", "beta", "gamma"][c].to_string());
    }
    let mut table = Table::new();
    let run = || -> Result<(), Box<dyn std::error::Error>> {
        table.add_column(
            "emb",
            ColumnData::Vector {
                dim: 2,
                values: emb.clone(),
            },
        )?;
        table.add_column("label", ColumnData::Text(labels))?;
        let coords = Array2::from_shape_vec((n, 2), emb)?;
        if args.len() == 3 && args[1] == "--png" {
            let gpu = projector_engine::Gpu::new()?;
            let scene = projector_viewer::Scene {
                positions: coords.iter().copied().collect(),
                dims: 2,
                coloring: projector_viewer::window::coloring_for(
                    &table,
                    Some("label"),
                    &(0..n).collect::<Vec<_>>(),
                ),
                title: "xvfb demo".into(),
            };
            projector_viewer::render_png(
                &gpu,
                &scene,
                &Default::default(),
                std::path::Path::new(&args[2]),
            )?;
            return Ok(());
        }
        view(ViewRequest {
            table,
            embedding: EmbeddingSpec::Vector("emb".into()),
            color: Some("label".into()),
            coords,
            rows: (0..n).collect(),
            compute: Compute::Cpu,
            source: "xvfb demo".into(),
            layout: "generated".into(),
            settings: Default::default(),
            overlay: (false, false),
        })?;
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}

fn check(path: &str) -> i32 {
    let img = match image::open(path) {
        Ok(i) => i.to_rgba8(),
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return 2;
        }
    };
    let (w, h) = img.dimensions();
    let limit = (w as f32 * 0.6) as u32;
    let mut ok = true;
    for k in 0..3 {
        let c = class_color(k);
        let count = (0..limit)
            .flat_map(|x| (0..h).map(move |y| (x, y)))
            .filter(|&(x, y)| {
                let p = img.get_pixel(x, y).0;
                (0..3).all(|j| (p[j] as i32 - c[j] as i32).abs() <= 12)
            })
            .count();
        println!("class {k} colour {c:?}: {count} pixels in the plot area");
        ok &= count > 100;
    }
    if ok { 0 } else { 1 }
}
