//! Backend selection: one switch picks the WGSL path or the CPU twin for every reducer.
//!
//! A [`Compute`] comes from the user's choice ([`Compute::select`] with a [`BackendChoice`]),
//! from a host application's own device ([`Compute::from_device`]), or from a standalone GPU
//! context ([`Compute::standalone_gpu`]); `Compute::Cpu` needs nothing.

use std::str::FromStr;
use std::sync::{Arc, Once};

use crate::error::{Error, Result};
use crate::gpu::Gpu;

/// What the user asked for (`--backend`, or `PROJECTOR_BACKEND`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum BackendChoice {
    /// A hardware GPU when there is one, else the CPU path (said once on stderr).
    #[default]
    Auto,
    /// Any wgpu adapter, including software ones (lavapipe); fail when none exists.
    Gpu,
    /// The CPU path.
    Cpu,
}

impl FromStr for BackendChoice {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(BackendChoice::Auto),
            "gpu" => Ok(BackendChoice::Gpu),
            "cpu" => Ok(BackendChoice::Cpu),
            other => Err(Error::Invalid(format!(
                "unknown backend '{other}' (expected auto, gpu or cpu)"
            ))),
        }
    }
}

/// Where reducers run: on a GPU context, or on the CPU (threads).
#[derive(Debug, Clone)]
pub enum Compute {
    /// The CPU twin of every kernel.
    Cpu,
    /// The WGSL kernels on this context.
    Gpu(Arc<Gpu>),
}

static CPU_NOTICE: Once = Once::new();

impl Compute {
    /// Resolves a [`BackendChoice`]. `Auto` takes a hardware adapter when one exists; a software
    /// adapter (lavapipe) is slower than the native CPU path, so `Auto` then runs on the CPU and
    /// says so once on stderr. `Gpu` accepts any adapter and fails when there is none.
    pub fn select(choice: BackendChoice) -> Result<Compute> {
        match choice {
            BackendChoice::Cpu => Ok(Compute::Cpu),
            BackendChoice::Gpu => Ok(Compute::Gpu(Arc::new(Gpu::new()?))),
            BackendChoice::Auto => match Gpu::new() {
                Ok(gpu) if !gpu.is_software() => Ok(Compute::Gpu(Arc::new(gpu))),
                Ok(gpu) => {
                    CPU_NOTICE.call_once(|| {
                        eprintln!(
                            "note: only a software GPU adapter ({}) is present; running on the CPU (use --backend gpu to use it)",
                            gpu.info.name
                        )
                    });
                    Ok(Compute::Cpu)
                }
                Err(e) => {
                    CPU_NOTICE
                        .call_once(|| eprintln!("note: no GPU adapter ({e}); running on the CPU"));
                    Ok(Compute::Cpu)
                }
            },
        }
    }

    /// The GPU backend on a host application's own device and queue: [`Gpu::try_from_device`]
    /// (which checks the device's limits) wrapped for the reducers. Keep the returned
    /// `Compute` (cloning it is cheap) and pass it to every reducer, so their pipelines are built
    /// once.
    ///
    /// ```no_run
    /// # fn host(device: wgpu::Device, queue: wgpu::Queue, adapter: wgpu::Adapter) -> projector_engine::Result<()> {
    /// let compute = projector_engine::Compute::from_device(device, queue, adapter.get_info())?;
    /// # Ok(()) }
    /// ```
    pub fn from_device(
        device: wgpu::Device,
        queue: wgpu::Queue,
        info: wgpu::AdapterInfo,
    ) -> Result<Compute> {
        Ok(Compute::Gpu(Arc::new(Gpu::try_from_device(
            device, queue, info,
        )?)))
    }

    /// The GPU backend on a standalone context ([`Gpu::new`]: the best adapter, software ones
    /// included). Fails with [`Error::NoAdapter`] when there is none.
    pub fn standalone_gpu() -> Result<Compute> {
        Ok(Compute::Gpu(Arc::new(Gpu::new()?)))
    }

    /// Reads `PROJECTOR_BACKEND` when set, else `Auto`.
    pub fn choice_from_env() -> Result<BackendChoice> {
        match std::env::var("PROJECTOR_BACKEND") {
            Ok(s) if !s.is_empty() => s.parse(),
            _ => Ok(BackendChoice::Auto),
        }
    }

    /// "cpu" or the adapter's description.
    pub fn describe(&self) -> String {
        match self {
            Compute::Cpu => format!("cpu ({} threads)", rayon::current_num_threads()),
            Compute::Gpu(g) => g.describe(),
        }
    }

    /// The GPU context, if this is the GPU backend.
    pub fn gpu(&self) -> Option<&Arc<Gpu>> {
        match self {
            Compute::Gpu(g) => Some(g),
            Compute::Cpu => None,
        }
    }
}
