//! Pixel tests of the offscreen renderer (run on any wgpu adapter; lavapipe in CI).

use projector_viewer::color::{BACKGROUND, class_color, viridis};
use projector_viewer::{
    Coloring, RenderOptions, Scene, ViewerError, density_alpha, render_png, render_rgba,
};

fn opts(w: u32, h: u32, legend: bool) -> RenderOptions {
    RenderOptions {
        width: w,
        height: h,
        point_size: 10.0,
        legend,
        overlay: None,
        thumbnails: None,
    }
}

fn near(a: [u8; 4], b: [u8; 3], tol: i32) -> bool {
    (0..3).all(|k| (a[k] as i32 - b[k] as i32).abs() <= tol)
}

fn count(img: &image::RgbaImage, rgb: [u8; 3], tol: i32) -> usize {
    img.pixels().filter(|p| near(p.0, rgb, tol)).count()
}

fn three_classes() -> Scene {
    Scene {
        positions: vec![0.0, 0.0, 10.0, 10.0, 5.0, 5.0],
        dims: 2,
        coloring: Coloring::Categorical {
            codes: vec![0, 1, 2],
            classes: vec!["zero".into(), "one".into(), "two".into()],
        },
        title: String::new(),
    }
}

#[test]
fn a_point_has_its_class_colour_at_its_position() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let img = render_rgba(&gpu, &three_classes(), &opts(200, 160, false)).unwrap();
    assert_eq!(img.dimensions(), (200, 160));
    // The middle point sits at the centre of the plot, which is the image centre here.
    let c = img.get_pixel(100, 80).0;
    assert!(
        near(c, class_color(2), 2),
        "centre pixel {c:?}, want {:?}",
        class_color(2)
    );
    assert_eq!(c[3], 255);
    // Corners of the image are background; the other classes are drawn somewhere.
    assert!(near(img.get_pixel(0, 0).0, BACKGROUND, 0));
    for k in 0..2 {
        assert!(count(&img, class_color(k), 2) > 20, "class {k} missing");
    }
    // Lower-left data point (0, 0) is in the lower-left quadrant (y points up).
    let lower_left = (0..100)
        .flat_map(|x| (80..160).map(move |y| (x, y)))
        .filter(|&(x, y)| near(img.get_pixel(x, y).0, class_color(0), 2))
        .count();
    assert!(
        lower_left > 20,
        "class 0 not in the lower left: {lower_left}"
    );
}

#[test]
fn sprites_are_round_and_anti_aliased() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let scene = Scene {
        positions: vec![0.0, 0.0],
        dims: 2,
        coloring: Coloring::None,
        title: String::new(),
    };
    let o = RenderOptions {
        width: 64,
        height: 64,
        point_size: 20.0,
        legend: false,
        overlay: None,
        thumbnails: None,
    };
    let img = render_rgba(&gpu, &scene, &o).unwrap();
    // Inside the disc: full colour. Corner of the sprite's square: background. Edge: a blend.
    let centre = img.get_pixel(32, 32).0;
    assert!(
        near(centre, projector_viewer::color::DEFAULT_POINT, 2),
        "{centre:?}"
    );
    assert!(
        near(img.get_pixel(32 + 8, 32 + 8).0, BACKGROUND, 0),
        "square corner drawn"
    );
    let blended = (0..64)
        .map(|x| img.get_pixel(x, 32).0)
        .filter(|p| {
            !near(*p, BACKGROUND, 2) && !near(*p, projector_viewer::color::DEFAULT_POINT, 2)
        })
        .count();
    assert!(blended >= 1, "no anti-aliased edge pixels");
}

#[test]
fn empty_and_invalid_scenes_are_errors() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let mut s = three_classes();
    s.positions.clear();
    s.coloring = Coloring::None;
    assert!(matches!(
        render_rgba(&gpu, &s, &opts(64, 64, true)),
        Err(ViewerError::Invalid(_))
    ));
    s.positions = vec![f32::NAN; 4];
    assert!(matches!(
        render_rgba(&gpu, &s, &opts(64, 64, true)),
        Err(ViewerError::Invalid(_))
    ));
    let mut s = three_classes();
    s.dims = 4;
    assert!(render_rgba(&gpu, &s, &opts(64, 64, true)).is_err());
    let mut s = three_classes();
    s.coloring = Coloring::Categorical {
        codes: vec![0, 5, 1],
        classes: vec!["a".into(), "b".into()],
    };
    assert!(render_rgba(&gpu, &s, &opts(64, 64, true)).is_err());
    assert!(render_rgba(&gpu, &three_classes(), &opts(0, 64, true)).is_err());
}

#[test]
fn legend_is_drawn_in_the_image() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let mut scene = three_classes();
    scene.title = "Title".into();
    let with = render_rgba(&gpu, &scene, &opts(800, 600, true)).unwrap();
    let without = render_rgba(&gpu, &scene, &opts(800, 600, false)).unwrap();
    // The legend strip (right side) holds text (dark pixels) and the three class swatches.
    let strip = |img: &image::RgbaImage, rgb: [u8; 3], tol: i32| {
        (650..800)
            .flat_map(|x| (0..600).map(move |y| (x, y)))
            .filter(|&(x, y)| near(img.get_pixel(x, y).0, rgb, tol))
            .count()
    };
    assert!(strip(&with, [30, 30, 30], 40) > 30, "no legend text");
    for k in 0..3 {
        assert!(
            strip(&with, class_color(k), 3) > 20,
            "no swatch for class {k}"
        );
    }
    // Without a legend the plot spreads over the strip: no text there.
    assert_eq!(strip(&without, [30, 30, 30], 40), 0);
    // The title draws dark pixels at the top.
    let top = (0..800)
        .flat_map(|x| (0..20).map(move |y| (x, y)))
        .filter(|&(x, y)| near(with.get_pixel(x, y).0, [20, 20, 20], 40))
        .count();
    assert!(top > 10, "no title text");
}

#[test]
fn continuous_colouring_draws_a_colour_bar() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let n = 50;
    let scene = Scene {
        positions: (0..n)
            .flat_map(|i| [i as f32, (i as f32 * 0.3).sin()])
            .collect(),
        dims: 2,
        coloring: Coloring::Continuous {
            values: (0..n).map(|i| i as f32).collect(),
            name: "value".into(),
        },
        title: String::new(),
    };
    let img = render_rgba(&gpu, &scene, &opts(800, 600, true)).unwrap();
    // Both ends of the map appear (points and the bar).
    assert!(count(&img, viridis(0.0), 3) > 20);
    assert!(count(&img, viridis(1.0), 3) > 20);
}

#[test]
fn three_d_scenes_render() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let scene = Scene {
        positions: vec![-1.0, -1.0, -1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0],
        dims: 3,
        coloring: Coloring::Categorical {
            codes: vec![0, 0, 1],
            classes: vec!["a".into(), "b".into()],
        },
        title: String::new(),
    };
    let img = render_rgba(&gpu, &scene, &opts(200, 160, false)).unwrap();
    let c = img.get_pixel(100, 80).0;
    assert!(near(c, class_color(1), 2), "centre pixel {c:?}");
    assert!(count(&img, class_color(0), 2) > 20);
}

#[test]
fn png_is_written_atomically() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.png");
    render_png(&gpu, &three_classes(), &opts(120, 90, true), &path).unwrap();
    let img = image::open(&path).unwrap().to_rgba8();
    assert_eq!(img.dimensions(), (120, 90));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "left-over files: {names:?}");
    let bad = dir.path().join("missing").join("x.png");
    assert!(matches!(
        render_png(&gpu, &three_classes(), &opts(64, 64, true), &bad),
        Err(ViewerError::Io { .. })
    ));
}

#[test]
fn density_alpha_fades_crowded_plots() {
    assert_eq!(density_alpha(10, 4.0, 1e6), 1.0);
    let crowded = density_alpha(1_000_000, 4.0, 1e6);
    assert!((0.06..0.5).contains(&crowded), "{crowded}");
    assert!(density_alpha(100_000, 4.0, 1e6) > crowded);
}

/// Draws `n` points from `positions` (a GPU buffer) with the point pipeline into a 256×256
/// image, every point red.
fn draw_from_buffer(
    gpu: &projector_engine::Gpu,
    positions: &wgpu::Buffer,
    n: usize,
    m: projector_viewer::glam::Mat4,
) -> Vec<u8> {
    use projector_viewer::color::{STYLE_NORMAL, pack};
    use projector_viewer::points::{PointParams, PointPipeline};
    let (w, h) = (256u32, 256u32);
    let format = wgpu::TextureFormat::Rgba8Unorm;
    let device = &gpu.device;
    let texture = device.create_texture(&wgpu::TextureDescriptor {
        label: Some("target"),
        size: wgpu::Extent3d {
            width: w,
            height: h,
            depth_or_array_layers: 1,
        },
        mip_level_count: 1,
        sample_count: 1,
        dimension: wgpu::TextureDimension::D2,
        format,
        usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
        view_formats: &[],
    });
    let view = texture.create_view(&Default::default());
    let pipeline = PointPipeline::new(device, format);
    let params = gpu.uniform(
        "params",
        &PointParams::new(m, [w as f32, h as f32], 6.0, 1.0, 2, n),
    );
    let colors = gpu.storage_init("colors", &vec![pack([220, 0, 0], STYLE_NORMAL); n]);
    let ids = gpu.storage("ids", 16);
    let bind = pipeline.bind(device, &params, positions, &colors, &ids);
    let out = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("image"),
        size: (w * h * 4) as u64,
        usage: wgpu::BufferUsages::COPY_DST
            | wgpu::BufferUsages::COPY_SRC
            | wgpu::BufferUsages::STORAGE,
        mapped_at_creation: false,
    });
    let mut encoder = device.create_command_encoder(&Default::default());
    {
        let load = wgpu::LoadOp::Clear(wgpu::Color::WHITE);
        let mut pass = projector_viewer::color_pass(&mut encoder, "points", &view, None, load);
        pipeline.draw(&mut pass, &bind, n as u32);
    }
    projector_viewer::copy_to_buffer(&mut encoder, &texture, &out, (w, h), w * 4);
    gpu.submit_and_wait(encoder).unwrap();
    gpu.read_back::<u8>(&out, (w * h * 4) as usize).unwrap()
}

#[test]
fn a_gpu_reducer_buffer_is_drawn_directly_and_matches_its_read_back() {
    use projector_engine::pipeline::{Algo, Run, Settings};
    use projector_engine::{Compute, NoProgress};
    use projector_viewer::{Camera, PlotRect};
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let compute = Compute::Gpu(gpu.clone());
    // 200 points of two well separated blobs in 8-D.
    let data = ndarray::Array2::from_shape_fn((200, 8), |(i, j)| {
        (if i < 100 { 0.0 } else { 20.0 }) + ((i * 13 + j * 7) % 17) as f32 * 0.1
    });
    let mut settings = Settings::new(Algo::Umap);
    settings.umap.epochs = Some(50);
    let mut p = Run::start(&compute, data.view(), &settings, &NoProgress).unwrap();
    p.step(25, &NoProgress).unwrap();
    let y = p.positions().unwrap();
    let flat: Vec<f32> = y.iter().copied().collect();
    let rect = PlotRect {
        x: 0.0,
        y: 0.0,
        w: 256.0,
        h: 256.0,
    };
    let m = Camera::fit(&flat, 2, rect).matrix(rect);
    let live = draw_from_buffer(&gpu, p.positions_buffer().expect("GPU buffer"), 200, m);
    let copy = draw_from_buffer(&gpu, &gpu.storage_init("copy", &flat), 200, m);
    assert_eq!(
        live, copy,
        "drawing the reducer's buffer differs from drawing its read-back"
    );
    // And the points are there: a red pixel at a point's position.
    let s = Camera::project(&m, &flat[..2]).unwrap();
    let (px, py) = (s.x as usize, s.y as usize);
    let at = &live[(py * 256 + px) * 4..(py * 256 + px) * 4 + 3];
    assert!(at[0] > 150 && at[1] < 80 && at[2] < 80, "{at:?} at {s}");
}

/// A table whose three rows carry solid 8×8 images: red, green, blue.
fn image_table() -> projector_engine::Table {
    let png = |c: [u8; 4]| {
        let img = image::RgbaImage::from_pixel(8, 8, image::Rgba(c));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    };
    let mut t = projector_engine::Table::new();
    t.add_column(
        "img",
        projector_engine::ColumnData::Image(
            [[255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255]]
                .map(|c| projector_engine::ImageCell::Encoded(png(c)))
                .to_vec(),
        ),
    )
    .unwrap();
    t
}

#[test]
fn sparse_points_are_drawn_as_their_images() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    use projector_viewer::thumbs::{BuildControl, ThumbAtlas};
    let atlas = ThumbAtlas::build(&image_table(), &[0, 1, 2], &BuildControl::default())
        .unwrap()
        .unwrap();
    let scene = three_classes();
    let mut o = opts(200, 160, false);
    // Three points across a 200 px plot: a thumbnail (their spacing, ~7 units) is far over
    // 24 px.
    assert!(projector_viewer::thumbnails_show(&scene, &o));
    o.thumbnails = Some(std::sync::Arc::new(atlas));
    let img = render_rgba(&gpu, &scene, &o).unwrap();
    // The middle point, row 2: blue where its class-2 dot was.
    let c = img.get_pixel(100, 80).0;
    assert!(near(c, [0, 0, 255], 2), "centre pixel {c:?}");
    assert!(count(&img, [255, 0, 0], 2) > 200, "row 0's red image");
    assert!(count(&img, [0, 255, 0], 2) > 200, "row 1's green image");
    // Dense points stay dots: 3,000 points on the same plot.
    let dense = Scene {
        positions: (0..6000)
            .map(|i| (i as f32 * 0.618).fract() * 10.0)
            .collect(),
        dims: 2,
        coloring: Coloring::None,
        title: String::new(),
    };
    assert!(!projector_viewer::thumbnails_show(
        &dense,
        &opts(200, 160, false)
    ));
}
