//! Tests of the point renderer: what it draws, what it keeps from one frame to the next.
use super::*;

#[test]
fn srgb_conversion_round_trips_bright_colours() {
    assert_eq!(srgb_to_linear(0), 0);
    assert_eq!(srgb_to_linear(255), 255);
    assert_eq!(srgb_to_linear(128), 55);
}

use glam::{Vec2, Vec3};

/// Renders `points` with `view` into a `w × h` target of `format` (resolving `samples`),
/// cleared to white, and returns RGBA bytes (BGRA targets swizzled back).
fn render(
    gpu: &projector_engine::Gpu,
    renderer: &mut PointRenderer,
    format: wgpu::TextureFormat,
    samples: u32,
    points: &Points<'_>,
    view: &ViewTransform,
    (w, h): (u32, u32),
) -> Vec<u8> {
    let device = &gpu.device;
    let desc = |samples: u32, usage| wgpu::TextureDescriptor {
        label: None,
        size: wgpu::Extent3d {
            width: w,
            height: h,
            depth_or_array_layers: 1,
        },
        mip_level_count: 1,
        sample_count: samples,
        dimension: wgpu::TextureDimension::D2,
        format,
        usage,
        view_formats: &[],
    };
    let target = device.create_texture(&desc(
        1,
        wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
    ));
    let target_view = target.create_view(&Default::default());
    let msaa = (samples > 1).then(|| {
        device
            .create_texture(&desc(samples, wgpu::TextureUsages::RENDER_ATTACHMENT))
            .create_view(&Default::default())
    });
    renderer
        .prepare(device, &gpu.queue, points, view, [w, h], 6.0)
        .unwrap();
    let mut enc = device.create_command_encoder(&Default::default());
    {
        let (view, resolve) = match &msaa {
            Some(m) => (m, Some(&target_view)),
            None => (&target_view, None),
        };
        let load = wgpu::LoadOp::Clear(wgpu::Color::WHITE);
        let mut pass = crate::color_pass(&mut enc, "test", view, resolve, load);
        renderer.draw(&mut pass);
    }
    let bpr = (w * 4).next_multiple_of(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT);
    let out = gpu.storage("shot", bpr as u64 * h as u64);
    crate::pass::copy_to_buffer(&mut enc, &target, &out, (w, h), bpr);
    gpu.submit_and_wait(enc).unwrap();
    let bytes: Vec<u8> = gpu.read_back(&out, (bpr * h) as usize).unwrap();
    let bgra = matches!(
        format,
        wgpu::TextureFormat::Bgra8Unorm | wgpu::TextureFormat::Bgra8UnormSrgb
    );
    let mut px = Vec::with_capacity((w * h * 4) as usize);
    for row in bytes.chunks_exact(bpr as usize) {
        for p in row[..(w * 4) as usize].chunks_exact(4) {
            if bgra {
                px.extend_from_slice(&[p[2], p[1], p[0], p[3]]);
            } else {
                px.extend_from_slice(p);
            }
        }
    }
    px
}

fn pixel(img: &[u8], w: u32, x: u32, y: u32) -> [u8; 3] {
    let i = ((y * w + x) * 4) as usize;
    [img[i], img[i + 1], img[i + 2]]
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter()
        .zip(b)
        .all(|(&x, y)| (x as i32 - y as i32).abs() <= 4)
}

#[test]
fn draws_the_point_colour_on_unorm_and_srgb_targets_with_any_camera() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let (w, h) = (64u32, 48u32);
    let red = [200u8, 40, 30];
    let green = [40u8, 180, 60];
    // Two points; the projector's flat camera centred on the first puts it mid-target.
    let pos = [2.0f32, 3.0, 2.5, 3.0];
    let colors = [red, green];
    let points =
        Points::new(PositionsSource::Slice(&pos), 2, Colors::PerPoint(&colors)).with_alpha(1.0);
    let flat = ViewTransform::camera(
        &Camera::Flat {
            center: Vec2::new(2.0, 3.0),
            scale: 40.0,
        },
        PlotRect {
            x: 0.0,
            y: 0.0,
            w: w as f32,
            h: h as f32,
        },
    );
    // A host's perspective camera looking down -z at the second point.
    let proj = Mat4::perspective_rh(0.9, w as f32 / h as f32, 0.1, 100.0);
    let look = Mat4::look_at_rh(Vec3::new(2.5, 3.0, 5.0), Vec3::new(2.5, 3.0, 0.0), Vec3::Y);
    let host = ViewTransform::Clip(proj * look);
    for format in [
        wgpu::TextureFormat::Rgba8Unorm,
        wgpu::TextureFormat::Bgra8UnormSrgb,
    ] {
        let mut r = PointRenderer::new(&gpu.device, format, 1);
        let img = render(&gpu, &mut r, format, 1, &points, &flat, (w, h));
        let c = pixel(&img, w, w / 2, h / 2);
        assert!(close(c, red), "{format:?}: centre is {c:?}, want {red:?}");
        // The second point is 0.5 · 40 = 20 pixels to the right.
        let c = pixel(&img, w, w / 2 + 20, h / 2);
        assert!(
            close(c, green),
            "{format:?}: right is {c:?}, want {green:?}"
        );
        assert_eq!(
            pixel(&img, w, 2, 2),
            [255, 255, 255],
            "{format:?}: background"
        );
        let img = render(&gpu, &mut r, format, 1, &points, &host, (w, h));
        let c = pixel(&img, w, w / 2, h / 2);
        assert!(close(c, green), "{format:?} host camera: centre is {c:?}");
    }
    let gpu_err = gpu.wait(None);
    assert!(gpu_err.is_ok(), "{gpu_err:?}");
}

#[test]
fn buffer_positions_chunked_draws_and_msaa_match_one_draw() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let (w, h) = (96u32, 64u32);
    let n = 700;
    let (pos, packed) = spiral(n);
    let camera = Camera::fit(
        &pos,
        2,
        PlotRect {
            x: 0.0,
            y: 0.0,
            w: w as f32,
            h: h as f32,
        },
    );
    let rect = PlotRect {
        x: 0.0,
        y: 0.0,
        w: w as f32,
        h: h as f32,
    };
    let view = ViewTransform::camera(&camera, rect);
    let format = wgpu::TextureFormat::Rgba8Unorm;
    let slice = Points::new(PositionsSource::Slice(&pos), 2, Colors::Packed(&packed));
    let mut one = PointRenderer::new(&gpu.device, format, 1);
    let reference = render(&gpu, &mut one, format, 1, &slice, &view, (w, h));
    assert_eq!(one.chunks.len(), 1);
    assert!(reference.chunks_exact(4).any(|p| p[..3] != [255, 255, 255]));

    // The same points from a reducer-style GPU buffer, drawn in ranges of rows.
    let buf = gpu.device.create_buffer(&wgpu::BufferDescriptor {
        label: None,
        size: (pos.len() * 4) as u64,
        usage: wgpu::BufferUsages::STORAGE
            | wgpu::BufferUsages::VERTEX
            | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    gpu.queue.write_buffer(&buf, 0, bytemuck::cast_slice(&pos));
    let from_buf = Points::new(
        PositionsSource::Buffer {
            buffer: &buf,
            count: n,
        },
        2,
        Colors::Packed(&packed),
    );
    let mut chunked = PointRenderer::new(&gpu.device, format, 1);
    chunked.rows_cap = 100;
    let img = render(&gpu, &mut chunked, format, 1, &from_buf, &view, (w, h));
    assert!(chunked.chunks.len() > 1, "{} chunks", chunked.chunks.len());
    assert_eq!(img, reference, "chunked buffer draw differs from one draw");

    // 4× MSAA resolves to nearly the same picture.
    let mut msaa = PointRenderer::new(&gpu.device, format, 4);
    let img = render(&gpu, &mut msaa, format, 4, &from_buf, &view, (w, h));
    let differ = img
        .chunks_exact(4)
        .zip(reference.chunks_exact(4))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 64))
        .count();
    assert!(
        differ < (w * h / 20) as usize,
        "{differ} pixels differ with MSAA"
    );
}

#[test]
fn highlights_are_outlined_on_top_and_chunked_like_one_draw() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let (w, h) = (96u32, 64u32);
    let n = 700;
    let (pos, packed) = spiral(n);
    let rect = PlotRect {
        x: 0.0,
        y: 0.0,
        w: w as f32,
        h: h as f32,
    };
    let view = ViewTransform::camera(&Camera::fit(&pos, 2, rect), rect);
    let format = wgpu::TextureFormat::Rgba8Unorm;
    // Ids spread over the rows, one twice (in row order: chunked draws take them chunk by
    // chunk, so only then is the overlap order the same).
    let ids = [3u32, 3, 99, 101, 420, 650];
    let plain = Points::new(PositionsSource::Slice(&pos), 2, Colors::Packed(&packed));
    let lit = plain.with_highlight(&ids, 14.0);
    let mut one = PointRenderer::new(&gpu.device, format, 1);
    let without = render(&gpu, &mut one, format, 1, &plain, &view, (w, h));
    let reference = render(&gpu, &mut one, format, 1, &lit, &view, (w, h));
    assert_eq!(one.highlights.len(), 1);
    assert_ne!(reference, without, "the highlight drew nothing");
    // The outline: a dark ring just inside the highlighted sprite's edge.
    let m = view.to_screen([w as f32, h as f32]);
    let c = Camera::project(&m, &pos[420 * 2..420 * 2 + 2]).unwrap();
    let (x, y) = (c.x.round() as u32, c.y.round() as u32);
    let ring = pixel(&reference, w, x + 6, y);
    assert!(ring.iter().all(|&v| v < 40), "ring pixel {ring:?}");

    let mut chunked = PointRenderer::new(&gpu.device, format, 1);
    chunked.rows_cap = 100;
    let img = render(&gpu, &mut chunked, format, 1, &lit, &view, (w, h));
    // Chunks of at most 100 rows (a multiple of the offset alignment): the ids fall in
    // at least three of them.
    assert!(
        chunked.highlights.len() >= 3,
        "{} highlight draws",
        chunked.highlights.len()
    );
    assert!(img == reference, "chunked highlight differs from one draw");

    // The same colours from a host buffer draw the same picture.
    let colors = gpu.storage_init("colors", &packed);
    let from_buf = Points::new(PositionsSource::Slice(&pos), 2, Colors::Buffer(&colors))
        .with_highlight(&ids, 14.0);
    let img = render(&gpu, &mut one, format, 1, &from_buf, &view, (w, h));
    assert!(img == reference, "buffer colours differ from packed ones");
}

#[test]
fn unchanged_inputs_keep_bind_groups_and_buffers() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let pos = gpu.storage_init("pos", &[0.0f32, 0.0, 0.5, 0.5, -0.5, 0.25]);
    let colors = gpu.storage_init("colors", &[pack([1, 2, 3], STYLE_NORMAL); 3]);
    let points = Points::new(
        PositionsSource::Buffer {
            buffer: &pos,
            count: 3,
        },
        2,
        Colors::Buffer(&colors),
    )
    .with_highlight(&[1], 9.0);
    let mut r = PointRenderer::new(&gpu.device, wgpu::TextureFormat::Rgba8Unorm, 1);
    let prepare = |r: &mut PointRenderer, points: &Points<'_>, zoom: f32| {
        let view = ViewTransform::Clip(Mat4::from_scale(glam::Vec3::splat(zoom)));
        r.prepare(&gpu.device, &gpu.queue, points, &view, [32, 32], 4.0)
            .unwrap();
        (
            r.chunks[0].bind.clone(),
            r.chunks[0].params.buffer.clone(),
            r.highlights[0].bind.clone(),
        )
    };
    let first = prepare(&mut r, &points, 1.0);
    // The view moves: the same bind groups, the uniform rewritten in place.
    let moved = prepare(&mut r, &points, 2.0);
    assert_eq!(first, moved);
    assert_eq!(r.chunks[0].params.last.unwrap().to_screen[0][0], {
        let m = ViewTransform::Clip(Mat4::from_scale(glam::Vec3::splat(2.0)));
        m.to_screen([32.0, 32.0]).to_cols_array_2d()[0][0]
    });
    // Another positions buffer: new bind groups.
    let pos2 = gpu.storage_init("pos2", &[0.0f32; 6]);
    let other = Points {
        positions: PositionsSource::Buffer {
            buffer: &pos2,
            count: 3,
        },
        ..points
    };
    let rebound = prepare(&mut r, &other, 2.0);
    assert_ne!(rebound.0, first.0);
    assert_ne!(rebound.2, first.2);
    // A highlight id out of range is an error.
    let bad = points.with_highlight(&[3], 9.0);
    let view = ViewTransform::Clip(Mat4::IDENTITY);
    assert!(
        r.prepare(&gpu.device, &gpu.queue, &bad, &view, [32, 32], 4.0)
            .is_err()
    );
    let gpu_err = gpu.wait(None);
    assert!(gpu_err.is_ok(), "{gpu_err:?}");
}

#[test]
fn bad_inputs_are_errors() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let mut r = PointRenderer::new(&gpu.device, wgpu::TextureFormat::Rgba8Unorm, 1);
    let view = ViewTransform::Clip(Mat4::IDENTITY);
    let pos = [0.0f32; 6];
    let ok = |p: &Points<'_>, r: &mut PointRenderer| {
        r.prepare(&gpu.device, &gpu.queue, p, &view, [8, 8], 2.0)
    };
    let three = Points::new(PositionsSource::Slice(&pos), 2, Colors::default());
    assert!(ok(&three, &mut r).is_ok());
    let bad_dims = Points::new(PositionsSource::Slice(&pos), 4, Colors::default());
    assert!(ok(&bad_dims, &mut r).is_err());
    let ragged = Points::new(PositionsSource::Slice(&pos[..5]), 2, Colors::default());
    assert!(ok(&ragged, &mut r).is_err());
    let few = Points::new(
        PositionsSource::Slice(&pos),
        2,
        Colors::PerPoint(&[[0, 0, 0]]),
    );
    assert!(ok(&few, &mut r).is_err());
    let uniform = gpu.uniform("u", &[0f32; 8]);
    let not_storage = Points::new(
        PositionsSource::Buffer {
            buffer: &uniform,
            count: 2,
        },
        2,
        Colors::default(),
    );
    assert!(ok(&not_storage, &mut r).is_err());
    let storage = gpu.storage("s", 16);
    let too_small = Points::new(
        PositionsSource::Buffer {
            buffer: &storage,
            count: 3,
        },
        2,
        Colors::default(),
    );
    assert!(ok(&too_small, &mut r).is_err());
    let ten = [0.0f32; 20];
    let sixteen_bytes = gpu.storage("c", 16);
    let small_colors = Points::new(
        PositionsSource::Slice(&ten),
        2,
        Colors::Buffer(&sixteen_bytes),
    );
    assert!(ok(&small_colors, &mut r).is_err());
    assert!(
        r.prepare(&gpu.device, &gpu.queue, &three, &view, [0, 8], 2.0)
            .is_err()
    );
    assert!(
        r.prepare(&gpu.device, &gpu.queue, &three, &view, [8, 8], f32::NAN)
            .is_err()
    );
}

#[test]
fn clip_transform_maps_corners_to_pixels() {
    let m = ViewTransform::Clip(Mat4::IDENTITY).to_screen([200.0, 100.0]);
    let p = |x: f32, y: f32| Camera::project(&m, &[x, y]).unwrap();
    assert_eq!(p(0.0, 0.0), glam::Vec2::new(100.0, 50.0));
    assert_eq!(p(-1.0, 1.0), glam::Vec2::new(0.0, 0.0));
    assert_eq!(p(1.0, -1.0), glam::Vec2::new(200.0, 100.0));
}

/// `n` points on a spiral (`n × 2` positions) with five alternating class colours.
fn spiral(n: usize) -> (Vec<f32>, Vec<u32>) {
    let pos = (0..n)
        .flat_map(|i| {
            let t = i as f32 * 0.05;
            [t.cos() * t, t.sin() * t]
        })
        .collect();
    let packed = (0..n)
        .map(|i| pack(crate::color::class_color(i as u32 % 5), STYLE_NORMAL))
        .collect();
    (pos, packed)
}
