//! The engine used as a library by a host wgpu application: the host's device, inputs from a
//! slice, an ndarray, a table or the host's own buffer, outputs left on the GPU, and step-wise
//! runs driven from a frame loop without blocking.

use std::sync::Arc;

use ndarray::Array2;
use projector_engine::umap::{Umap, UmapParams};
use projector_engine::{Compute, Error, Gpu, Input, NoProgress, tsne};

/// Two blobs of `n / 2` points in 6-D, with a little irregular jitter.
fn blobs(n: usize) -> Array2<f32> {
    Array2::from_shape_fn((n, 6), |(i, j)| {
        let blob = if i < n / 2 { 0.0 } else { 8.0 };
        blob + ((i * 31 + j * 17) % 23) as f32 / 23.0 + (i as f32 * 0.37).sin() * 0.05
    })
}

/// A fresh device from the first adapter with `limits`, as a host would create it.
fn host_device(limits: wgpu::Limits) -> Option<(wgpu::Device, wgpu::Queue, wgpu::AdapterInfo)> {
    projector_engine::gpu::test_context()?;
    pollster::block_on(async {
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let adapter = instance.request_adapter(&Default::default()).await.ok()?;
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                required_limits: limits.using_resolution(adapter.limits()),
                ..Default::default()
            })
            .await
            .ok()?;
        Some((device, queue, adapter.get_info()))
    })
}

#[test]
fn host_device_is_checked_and_used() {
    // Default limits meet the engine's needs.
    let Some((device, queue, info)) = host_device(wgpu::Limits::default()) else {
        return;
    };
    let gpu = Arc::new(Gpu::try_from_device(device, queue, info).expect("default limits"));
    let data = blobs(60);
    let fit = projector_engine::pca::fit(&Compute::Gpu(gpu), data.view(), 2).unwrap();
    assert!(fit.explained_variance_ratio[0] > 0.5);

    // WebGL 2-class limits (4 storage buffers per stage, no compute) are refused up front.
    let Some((device, queue, info)) = host_device(wgpu::Limits::downlevel_webgl2_defaults()) else {
        return;
    };
    match Gpu::try_from_device(device, queue, info) {
        Err(Error::NoAdapter(msg)) => {
            assert!(
                msg.contains("max_storage_buffers_per_shader_stage"),
                "{msg}"
            );
            assert!(
                msg.contains("max_compute_invocations_per_workgroup"),
                "{msg}"
            );
        }
        other => panic!("expected a limits error, got {other:?}"),
    }
    assert!(Gpu::missing_limits(&wgpu::Limits::default()).is_empty());
}

#[test]
fn inputs_from_slice_array_table_and_buffer_agree() {
    let data = blobs(80);
    let flat: Vec<f32> = data.iter().copied().collect();
    let params = UmapParams::default().with_epochs(30).with_neighbors(10);
    let from_view =
        projector_engine::umap::run(&Compute::Cpu, data.view(), &params, &NoProgress).unwrap();
    let slice = Input::from_slice(&flat, 80, 6).unwrap();
    let from_slice =
        projector_engine::umap::run(&Compute::Cpu, slice, &params, &NoProgress).unwrap();
    assert_eq!(from_view, from_slice);

    // A table: the default embedding is every numeric column.
    let mut table = projector_engine::Table::new();
    for j in 0..6 {
        table
            .add_column(
                format!("c{j}"),
                projector_engine::ColumnData::Numeric(
                    data.column(j).iter().map(|&v| v as f64).collect(),
                ),
            )
            .unwrap();
    }
    let input = Input::from_table(&table).unwrap();
    assert_eq!(input.shape(), (80, 6));
    let from_table =
        projector_engine::umap::run(&Compute::Cpu, input, &params, &NoProgress).unwrap();
    assert_eq!(from_view, from_table);

    // The host's own storage buffer, on the GPU path, gives what the same rows give from the
    // host (the GPU path is deterministic on one device).
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let compute = Compute::Gpu(gpu.clone());
    let buffer = gpu.storage_init("host rows", &flat);
    let host = projector_engine::umap::run(&compute, data.view(), &params, &NoProgress).unwrap();
    let input = Input::from_buffer(&buffer, 80, 6).unwrap();
    let from_buffer = projector_engine::umap::run(&compute, input, &params, &NoProgress).unwrap();
    assert_eq!(host, from_buffer);
    // A buffer without COPY_SRC is refused with a clear error.
    let vertex_only = gpu.device.create_buffer(&wgpu::BufferDescriptor {
        label: None,
        size: 80 * 6 * 4,
        usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::VERTEX,
        mapped_at_creation: false,
    });
    let e = Input::from_buffer(&vertex_only, 80, 6).unwrap_err();
    assert!(e.to_string().contains("COPY_SRC"), "{e}");
    // A buffer input on the CPU backend is an error, not a panic.
    let input = Input::from_buffer(&buffer, 80, 6).unwrap();
    assert!(matches!(
        projector_engine::umap::run(&Compute::Cpu, input, &params, &NoProgress),
        Err(Error::Invalid(_))
    ));
}

#[test]
fn outputs_stay_on_the_gpu_as_vertex_and_storage_buffers() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let compute = Compute::Gpu(gpu.clone());
    let data = blobs(64);
    let want =
        wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::VERTEX | wgpu::BufferUsages::COPY_SRC;
    let u = Umap::new(
        &compute,
        data.view(),
        &UmapParams::default().with_epochs(10),
        &NoProgress,
    )
    .unwrap();
    let buf = u.positions_buffer().expect("GPU buffer");
    assert!(buf.usage().contains(want), "{:?}", buf.usage());
    assert!(buf.size() >= 64 * 2 * 4);
    let t = tsne::Tsne::new(
        &compute,
        data.view(),
        &tsne::Params::default().with_perplexity(10.0),
        &NoProgress,
    )
    .unwrap();
    let buf = t.positions_buffer().expect("GPU buffer");
    assert!(buf.usage().contains(want), "{:?}", buf.usage());
    // The read-back on request has the documented layout: n × dims, row-major.
    let y = t.positions().unwrap();
    let flat: Vec<f32> = gpu.read_back(buf, 64 * 2).unwrap();
    assert_eq!(y.as_slice().unwrap(), &flat[..]);
}

#[test]
fn frame_loop_submits_match_blocking_steps() {
    let data = blobs(90);
    let params = UmapParams::default().with_epochs(40).with_neighbors(10);
    let mut backends = vec![Compute::Cpu];
    if let Some(gpu) = projector_engine::gpu::test_context() {
        backends.push(Compute::Gpu(gpu));
    }
    for compute in backends {
        let mut stepped = Umap::new(&compute, data.view(), &params, &NoProgress).unwrap();
        stepped.step(40, &NoProgress).unwrap();
        let mut framed = Umap::new(&compute, data.view(), &params, &NoProgress).unwrap();
        let mut frames = 0;
        while !framed.is_finished() {
            framed.submit(3, &NoProgress).unwrap();
            frames += 1;
            assert!(frames < 100_000, "submit never finished");
        }
        assert_eq!(framed.epoch(), 40);
        assert_eq!(
            stepped.positions().unwrap(),
            framed.positions().unwrap(),
            "{}",
            compute.describe()
        );
        assert!(framed.is_idle().unwrap() || compute.gpu().is_some());

        let tp = tsne::Params::default()
            .with_perplexity(10.0)
            .with_iterations(30);
        let mut a = tsne::Tsne::new(&compute, data.view(), &tp, &NoProgress).unwrap();
        a.step(30, &NoProgress).unwrap();
        let mut b = tsne::Tsne::new(&compute, data.view(), &tp, &NoProgress).unwrap();
        while !b.is_finished() {
            b.submit(4, &NoProgress).unwrap();
        }
        assert_eq!(b.iteration(), 30);
        assert_eq!(a.positions().unwrap(), b.positions().unwrap());
        let kl = b.kl_divergence().unwrap();
        assert!(kl.is_finite() && kl >= 0.0, "KL {kl}");
    }
}
