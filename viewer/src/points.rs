//! The point pipeline: builds and draws the sprites of `render_points.wgsl`.
//!
//! The building block under [`crate::component::PointRenderer`], which hosts (and the window,
//! and the offscreen renderer) use. One [`PointPipeline`] per target format and sample count. A
//! draw binds four buffers: the parameters ([`PointParams`], declared with
//! [`projector_engine::wgsl_struct!`] so a test checks it against the WGSL `Params`), the
//! positions (`n × dims` f32 storage, the reducers' own buffer when one is running), the packed
//! colours (one `u32` per point) and an id list for highlight passes, and issues `6 × count`
//! vertices.

use glam::Mat4;

projector_engine::wgsl_struct! {
    /// Uniforms of `render_points.wgsl` (its `Params`; the test `point_params_match_wgsl`
    /// compares the two field by field).
    #[derive(Debug, Clone, Copy, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
    pub struct PointParams: render_points::Params, test point_params_match_wgsl {
        /// Data → screen pixels.
        pub to_screen: [[f32; 4]; 4],
        /// Target size in pixels.
        pub viewport: [f32; 2],
        /// Sprite diameter in pixels.
        pub point_size: f32,
        /// Global opacity.
        pub alpha: f32,
        /// 2 or 3.
        pub dims: u32,
        /// 1 when point indices come from the id buffer.
        pub use_ids: u32,
        /// 1 to outline the sprites.
        pub ring: u32,
        /// Number of points in the position buffer.
        pub n: u32,
    }
}

impl PointParams {
    /// Parameters for a full draw.
    pub fn new(
        m: Mat4,
        viewport: [f32; 2],
        point_size: f32,
        alpha: f32,
        dims: usize,
        n: usize,
    ) -> Self {
        PointParams {
            to_screen: m.to_cols_array_2d(),
            viewport,
            point_size,
            alpha,
            dims: dims as u32,
            use_ids: 0,
            ring: 0,
            n: n as u32,
        }
    }
}

/// The sprite render pipeline for one colour format.
#[derive(Debug)]
pub struct PointPipeline {
    /// The pipeline.
    pub pipeline: wgpu::RenderPipeline,
    /// Its bind-group layout (group 0).
    pub layout: wgpu::BindGroupLayout,
}

impl PointPipeline {
    /// Builds the pipeline for single-sampled targets of `format` (premultiplied-alpha
    /// blending).
    pub fn new(device: &wgpu::Device, format: wgpu::TextureFormat) -> Self {
        Self::with_samples(device, format, 1)
    }

    /// Builds the pipeline for targets of `format` with `sample_count` samples per pixel
    /// (MSAA; 1 for none).
    pub fn with_samples(
        device: &wgpu::Device,
        format: wgpu::TextureFormat,
        sample_count: u32,
    ) -> Self {
        let pipeline = sprite_pipeline(
            device,
            "render_points",
            projector_shaders::RENDER_POINTS,
            format,
            sample_count,
        );
        let layout = pipeline.get_bind_group_layout(0);
        PointPipeline { pipeline, layout }
    }

    /// A bind group over the four buffers.
    pub fn bind(
        &self,
        device: &wgpu::Device,
        params: &wgpu::Buffer,
        positions: &wgpu::Buffer,
        colors: &wgpu::Buffer,
        ids: &wgpu::Buffer,
    ) -> wgpu::BindGroup {
        device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some("render_points"),
            layout: &self.layout,
            entries: &[
                wgpu::BindGroupEntry {
                    binding: 0,
                    resource: params.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 1,
                    resource: positions.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 2,
                    resource: colors.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 3,
                    resource: ids.as_entire_binding(),
                },
            ],
        })
    }

    /// A bind group over ranges of buffers: the parameters, a range of rows of the positions
    /// and the matching range of the colours, and a range of the id list (ids relative to the
    /// first row bound); offsets aligned to the device's `min_storage_buffer_offset_alignment`.
    pub fn bind_ranges(
        &self,
        device: &wgpu::Device,
        params: &wgpu::Buffer,
        positions: wgpu::BufferBinding<'_>,
        colors: wgpu::BufferBinding<'_>,
        ids: wgpu::BufferBinding<'_>,
    ) -> wgpu::BindGroup {
        device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some("render_points"),
            layout: &self.layout,
            entries: &[
                wgpu::BindGroupEntry {
                    binding: 0,
                    resource: params.as_entire_binding(),
                },
                wgpu::BindGroupEntry {
                    binding: 1,
                    resource: wgpu::BindingResource::Buffer(positions),
                },
                wgpu::BindGroupEntry {
                    binding: 2,
                    resource: wgpu::BindingResource::Buffer(colors),
                },
                wgpu::BindGroupEntry {
                    binding: 3,
                    resource: wgpu::BindingResource::Buffer(ids),
                },
            ],
        })
    }

    /// Draws `count` sprites (points, or ids in a highlight pass).
    pub fn draw(&self, pass: &mut wgpu::RenderPass<'_>, bind: &wgpu::BindGroup, count: u32) {
        if count == 0 {
            return;
        }
        pass.set_pipeline(&self.pipeline);
        pass.set_bind_group(0, bind, &[]);
        pass.draw(0..count.saturating_mul(6), 0..1);
    }
}

/// A render pipeline of quads built in the vertex shader (`vs_main`, no vertex buffers) and
/// shaded by `fs_main` with premultiplied-alpha blending, for targets of `format` with
/// `sample_count` samples: the points' sprites and the thumbnails. Its bind-group layout comes
/// from the shader.
pub(crate) fn sprite_pipeline(
    device: &wgpu::Device,
    label: &str,
    source: &str,
    format: wgpu::TextureFormat,
    sample_count: u32,
) -> wgpu::RenderPipeline {
    let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
        label: Some(label),
        source: wgpu::ShaderSource::Wgsl(source.into()),
    });
    device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
        label: Some(label),
        layout: None,
        vertex: wgpu::VertexState {
            module: &module,
            entry_point: Some("vs_main"),
            compilation_options: Default::default(),
            buffers: &[],
        },
        primitive: wgpu::PrimitiveState::default(),
        depth_stencil: None,
        multisample: wgpu::MultisampleState {
            count: sample_count.max(1),
            ..Default::default()
        },
        fragment: Some(wgpu::FragmentState {
            module: &module,
            entry_point: Some("fs_main"),
            compilation_options: Default::default(),
            targets: &[Some(wgpu::ColorTargetState {
                format,
                blend: Some(wgpu::BlendState::PREMULTIPLIED_ALPHA_BLENDING),
                write_mask: wgpu::ColorWrites::ALL,
            })],
        }),
        multiview_mask: None,
        cache: None,
    })
}
