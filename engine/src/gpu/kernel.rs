//! Compute kernels built from the shaders' reflection, and the one way a dispatch is recorded.
//!
//! How it works:
//! - `projector_shaders` reflects every WGSL entry point at build time (naga): its workgroup
//!   size and the bindings it uses, with their kind. [`Kernel::new`] turns one entry point into
//!   a pipeline with an explicit bind-group layout made from that list (uniform, read-only or
//!   read-write storage), so no layout is left for wgpu to guess and no size is written twice.
//! - Pipeline `override`s are set from Rust with [`Kernel::with_overrides`]: a constant both the
//!   CPU twin and the kernel need is written once, in Rust, and handed to the shader.
//! - [`Kernel::bind`] makes a bind group from resources given in the order the entry point
//!   declares its bindings (the reflected binding numbers are used, and a missing or extra
//!   resource is a programming error caught at once).
//! - [`Kernel::dispatch`] records pipeline, bind group and enough workgroups to cover `items`
//!   invocations, the group count split over x and y when it passes the per-dimension limit
//!   ([`Gpu::workgroups`]); [`Kernel::dispatch_groups`] takes the counts for tiled kernels.
//!   [`Kernel::run`] does the same in a pass of its own.
//!
//! Kernels are built once per context: GPU modules keep them in a struct built by
//! [`Gpu::cached`].

use projector_shaders::{BindingKind, EntryPoint, Shader};

use super::Gpu;

/// One compute entry point, compiled, with its bind-group layout.
#[derive(Debug)]
pub struct Kernel {
    pipeline: wgpu::ComputePipeline,
    layout: wgpu::BindGroupLayout,
    entry: &'static EntryPoint,
    label: &'static str,
}

impl Kernel {
    /// Builds `entry` of `shader`.
    pub fn new(gpu: &Gpu, shader: &'static Shader, entry: &'static EntryPoint) -> Kernel {
        Kernel::with_overrides(gpu, shader, entry, &[])
    }

    /// Builds `entry` of `shader` with the given pipeline overrides (`(name, value)`; use the
    /// names in the shader module's `overrides`). Values for overrides the shader does not
    /// declare are left out, so one list can serve every kernel that imports the same shared
    /// WGSL; an override without a WGSL default that gets no value is a programming error.
    pub fn with_overrides(
        gpu: &Gpu,
        shader: &'static Shader,
        entry: &'static EntryPoint,
        overrides: &[(&str, f64)],
    ) -> Kernel {
        for o in shader.overrides {
            assert!(
                o.has_default || overrides.iter().any(|(name, _)| *name == o.name),
                "{}: override {} has no default and no value",
                shader.file,
                o.name
            );
        }
        let overrides: Vec<(&str, f64)> = overrides
            .iter()
            .filter(|(name, _)| shader.overrides.iter().any(|o| o.name == *name))
            .copied()
            .collect();
        debug_assert!(
            entry.bindings.iter().all(|b| b.group == 0),
            "{}: kernels bind group 0 only",
            shader.file
        );
        let label = shader.file;
        let entries: Vec<wgpu::BindGroupLayoutEntry> = entry
            .bindings
            .iter()
            .map(|b| wgpu::BindGroupLayoutEntry {
                binding: b.binding,
                visibility: wgpu::ShaderStages::COMPUTE,
                ty: wgpu::BindingType::Buffer {
                    ty: match b.kind {
                        BindingKind::Uniform => wgpu::BufferBindingType::Uniform,
                        BindingKind::Storage { read_only } => {
                            wgpu::BufferBindingType::Storage { read_only }
                        }
                        BindingKind::Other => {
                            panic!("{label}: binding {} is not a buffer", b.name)
                        }
                    },
                    has_dynamic_offset: false,
                    min_binding_size: None,
                },
                count: None,
            })
            .collect();
        let device = &gpu.device;
        let layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some(label),
            entries: &entries,
        });
        let pipeline_layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some(label),
            bind_group_layouts: &[Some(&layout)],
            immediate_size: 0,
        });
        let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some(label),
            source: wgpu::ShaderSource::Wgsl(shader.source.into()),
        });
        let pipeline = device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
            label: Some(label),
            layout: Some(&pipeline_layout),
            module: &module,
            entry_point: Some(entry.name),
            compilation_options: wgpu::PipelineCompilationOptions {
                constants: &overrides,
                ..Default::default()
            },
            cache: None,
        });
        Kernel {
            pipeline,
            layout,
            entry,
            label,
        }
    }

    /// Invocations per workgroup (the reflected `@workgroup_size`, x × y × z).
    pub fn workgroup_size(&self) -> u32 {
        self.entry.invocations()
    }

    /// A bind group over `resources`, one per binding the entry point uses, in declaration
    /// order.
    pub fn bind(&self, gpu: &Gpu, resources: &[wgpu::BindingResource<'_>]) -> wgpu::BindGroup {
        assert_eq!(
            resources.len(),
            self.entry.bindings.len(),
            "{}::{}: {} resources for {} bindings",
            self.label,
            self.entry.name,
            resources.len(),
            self.entry.bindings.len()
        );
        let entries: Vec<wgpu::BindGroupEntry<'_>> = self
            .entry
            .bindings
            .iter()
            .zip(resources)
            .map(|(b, r)| wgpu::BindGroupEntry {
                binding: b.binding,
                resource: r.clone(),
            })
            .collect();
        gpu.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some(self.label),
            layout: &self.layout,
            entries: &entries,
        })
    }

    /// Records this kernel over `items` invocations into `pass`.
    pub fn dispatch(
        &self,
        gpu: &Gpu,
        pass: &mut wgpu::ComputePass<'_>,
        bind: &wgpu::BindGroup,
        items: u32,
    ) {
        let (x, y) = gpu.workgroups(items, self.workgroup_size());
        self.dispatch_groups(pass, bind, x, y);
    }

    /// Records this kernel over an `x` × `y` grid of workgroups into `pass`.
    pub fn dispatch_groups(
        &self,
        pass: &mut wgpu::ComputePass<'_>,
        bind: &wgpu::BindGroup,
        x: u32,
        y: u32,
    ) {
        pass.set_pipeline(&self.pipeline);
        pass.set_bind_group(0, bind, &[]);
        pass.dispatch_workgroups(x, y, 1);
    }

    /// Runs this kernel over `items` invocations in a submission of its own and waits for it.
    pub fn submit(&self, gpu: &Gpu, bind: &wgpu::BindGroup, items: u32) -> crate::Result<()> {
        let mut encoder = gpu.device.create_command_encoder(&Default::default());
        self.run(gpu, &mut encoder, bind, items);
        gpu.submit_and_wait(encoder)
    }

    /// Runs this kernel over an `x` × `y` grid of workgroups in a submission of its own and
    /// waits for it.
    pub fn submit_groups(
        &self,
        gpu: &Gpu,
        bind: &wgpu::BindGroup,
        x: u32,
        y: u32,
    ) -> crate::Result<()> {
        let mut encoder = gpu.device.create_command_encoder(&Default::default());
        self.run_groups(&mut encoder, bind, x, y);
        gpu.submit_and_wait(encoder)
    }

    /// Records this kernel over an `x` × `y` grid of workgroups in a compute pass of its own.
    pub fn run_groups(
        &self,
        encoder: &mut wgpu::CommandEncoder,
        bind: &wgpu::BindGroup,
        x: u32,
        y: u32,
    ) {
        let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
            label: Some(self.label),
            timestamp_writes: None,
        });
        self.dispatch_groups(&mut pass, bind, x, y);
    }

    /// Records this kernel over `items` invocations in a compute pass of its own.
    pub fn run(
        &self,
        gpu: &Gpu,
        encoder: &mut wgpu::CommandEncoder,
        bind: &wgpu::BindGroup,
        items: u32,
    ) {
        let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
            label: Some(self.label),
            timestamp_writes: None,
        });
        self.dispatch(gpu, &mut pass, bind, items);
    }
}
