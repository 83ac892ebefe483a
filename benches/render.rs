//! Criterion benches of the point renderer: one offscreen frame (1600×1200, no legend) of N
//! points, N = 10k, 100k, 1M, on whatever adapter wgpu finds (lavapipe here). The time includes
//! uploading positions and colours and reading the image back, as `projector render` does.
//!
//! `pick_1M`: one hover query at a million points, the grid index
//! ([`projector_viewer::picking::PickIndex`]) against the brute-force scan, plus building the
//! index once (what a change of positions costs).
use criterion::{Criterion, criterion_group, criterion_main};
use projector_viewer::glam::Vec2;
use projector_viewer::picking::{PickIndex, pick};
use projector_viewer::{Camera, Coloring, PlotRect, RenderOptions, Scene, render_rgba};

fn scene(n: usize) -> Scene {
    let mut s = 7u64;
    let mut rnd = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 40) as f32 / (1u64 << 24) as f32
    };
    let positions = (0..n)
        .flat_map(|i| {
            let c = (i % 10) as f32;
            let (a, r) = (rnd() * std::f32::consts::TAU, rnd().sqrt());
            [c.cos() * 5.0 + r * a.cos(), c.sin() * 5.0 + r * a.sin()]
        })
        .collect();
    Scene {
        positions,
        dims: 2,
        coloring: Coloring::Categorical {
            codes: (0..n).map(|i| (i % 10) as u32).collect(),
            classes: (0..10).map(|c| c.to_string()).collect(),
        },
        title: String::new(),
    }
}

fn bench(c: &mut Criterion) {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let opts = RenderOptions {
        legend: false,
        ..Default::default()
    };
    let mut group = c.benchmark_group(format!("render_frame_{}", gpu.info.name.replace(' ', "_")));
    group.sample_size(10);
    for n in [10_000usize, 100_000, 1_000_000] {
        let s = scene(n);
        group.bench_function(format!("{n}"), |b| {
            b.iter(|| render_rgba(&gpu, &s, &opts).expect("render"));
        });
    }
    group.finish();
}

fn bench_pick(c: &mut Criterion) {
    let n = 1_000_000;
    let s = scene(n);
    let rect = PlotRect {
        x: 0.0,
        y: 0.0,
        w: 1600.0,
        h: 1200.0,
    };
    let m = Camera::fit(&s.positions, 2, rect).matrix(rect);
    let cursors: Vec<Vec2> = (0..64)
        .map(|i| {
            let p = &s.positions[i * 2 * 7919..i * 2 * 7919 + 2];
            Camera::project(&m, p).unwrap_or_default() + Vec2::new(1.5, -1.0)
        })
        .collect();
    let index = PickIndex::new(&s.positions, 2, &m);
    let mut group = c.benchmark_group("pick_1M");
    group.sample_size(10);
    let mut k = 0;
    group.bench_function("grid", |b| {
        b.iter(|| {
            k = (k + 1) % cursors.len();
            index.pick(&s.positions, &m, cursors[k], 5.0, None)
        })
    });
    group.bench_function("brute_force", |b| {
        b.iter(|| {
            k = (k + 1) % cursors.len();
            pick(&s.positions, 2, &m, cursors[k], 5.0, None)
        })
    });
    group.bench_function("build_index", |b| {
        b.iter(|| PickIndex::new(&s.positions, 2, &m))
    });
    group.finish();
}

criterion_group!(benches, bench, bench_pick);
criterion_main!(benches);
