//! The GPU context: one adapter, device and queue, shared by every reducer and the renderer.
//!
//! How it works:
//! - [`Gpu::new`] asks wgpu for an adapter (any backend, including Mesa's software Vulkan,
//!   lavapipe, which is how CI runs the WGSL path), then a device with the limits the reducers
//!   want, clamped to what the adapter allows. [`Gpu::from_device`] wraps a caller's own device.
//! - Optional features (subgroups, f32 atomics, f16, timestamps) are requested when the adapter
//!   has them and recorded in [`GpuFeatures`]; every kernel keeps a path without each one, and no
//!   kernel assumes a subgroup width (lavapipe's is 8, NVIDIA's 32, AMD's 64).
//! - Every wait on the GPU has a timeout ([`Gpu::wait`]): a hung driver becomes
//!   [`Error::Gpu`], never a hung process. Validation errors raised by wgpu are captured and
//!   returned by the next wait instead of panicking.
//! - Every compute pipeline is a [`Kernel`]: built from the shaders' build-time reflection
//!   (workgroup size, bindings, overrides), with an explicit bind-group layout, and dispatched by
//!   item count. Kernels are built once per context: each GPU module keeps its kernels in a
//!   struct that [`Gpu::cached`] creates on first use and hands out afterwards. Uniform structs
//!   are declared with [`wgsl_struct!`](crate::wgsl_struct) and tested against their WGSL twin
//!   ([`layout`]).
//! - Buffers are bounded by `max_storage_buffer_binding_size` (128 MiB on lavapipe): callers ask
//!   [`Gpu::max_binding_rows`] how many rows of a given width fit in one binding and process larger
//!   inputs in chunks of that many rows.
//! - No invocation may loop more than [`LOOP_BUDGET`] times in all: lavapipe (gallivm) silently
//!   ends every loop of a shader invocation once its loops have run that many iterations
//!   together, so kernels whose loops grow with the data take a range parameter and the host
//!   splits the work over dispatches.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wgpu::util::DeviceExt;

pub mod kernel;
pub mod layout;

pub use kernel::Kernel;

use crate::error::{Error, Result};

/// Optional adapter capabilities, detected at run time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct GpuFeatures {
    /// `SUBGROUP`: subgroup operations (width varies by adapter).
    pub subgroups: bool,
    /// `SHADER_FLOAT32_ATOMIC`: atomic add on f32 in storage buffers.
    pub float_atomics: bool,
    /// `SHADER_F16`.
    pub f16: bool,
    /// `TIMESTAMP_QUERY`.
    pub timestamps: bool,
}

/// A wgpu device and queue with the adapter's description and a kernel cache.
pub struct Gpu {
    /// The device every buffer and pipeline lives on.
    pub device: wgpu::Device,
    /// The queue work is submitted to.
    pub queue: wgpu::Queue,
    /// Adapter name, backend and device type.
    pub info: wgpu::AdapterInfo,
    /// Optional features that were enabled.
    pub features: GpuFeatures,
    /// The limits the device was created with.
    pub limits: wgpu::Limits,
    timeout: Duration,
    errors: Arc<Mutex<Vec<String>>>,
    cache: Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl std::fmt::Debug for Gpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gpu")
            .field("adapter", &self.info.name)
            .field("features", &self.features)
            .finish()
    }
}

/// Loop iterations one shader invocation may run in all on lavapipe: gallivm's
/// `LP_MAX_TGSI_LOOP_ITERATIONS`, one counter shared by every loop of the invocation (and its
/// SIMD group), after which every loop exits early without an error. Kernels keep well under it.
pub(crate) const LOOP_BUDGET: u32 = 65_535;

/// Default limit on one wait for the GPU. Software adapters are slow, so it is generous; set
/// `PROJECTOR_GPU_TIMEOUT` (seconds) to change it.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

impl Gpu {
    /// Creates a context on the best adapter wgpu finds (high performance preferred, software
    /// adapters accepted). Fails with [`Error::NoAdapter`] when there is none.
    pub fn new() -> Result<Gpu> {
        pollster::block_on(Self::new_async())
    }

    /// True when the adapter is a software rasteriser (lavapipe, WARP, SwiftShader).
    pub fn is_software(&self) -> bool {
        self.info.device_type == wgpu::DeviceType::Cpu
    }

    async fn new_async() -> Result<Gpu> {
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let adapter = instance
            .request_adapter(&wgpu::RequestAdapterOptions {
                power_preference: wgpu::PowerPreference::HighPerformance,
                ..Default::default()
            })
            .await
            .map_err(|e| Error::NoAdapter(e.to_string()))?;
        let wanted = wgpu::Features::SUBGROUP
            | wgpu::Features::SHADER_FLOAT32_ATOMIC
            | wgpu::Features::SHADER_F16
            | wgpu::Features::TIMESTAMP_QUERY;
        let required_features = adapter.features() & wanted;
        let required_limits = Self::wanted_limits(&adapter.limits());
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                label: Some("projector"),
                required_features,
                required_limits,
                memory_hints: wgpu::MemoryHints::Performance,
                ..Default::default()
            })
            .await
            .map_err(|e| Error::NoAdapter(format!("{}: {e}", adapter.get_info().name)))?;
        Ok(Self::from_device(device, queue, adapter.get_info()))
    }

    /// The limits the reducers ask for: large storage bindings and buffers, 256-wide
    /// workgroups, and as much workgroup memory as the adapter gives, each clamped to `adapter`.
    pub fn wanted_limits(adapter: &wgpu::Limits) -> wgpu::Limits {
        let base = wgpu::Limits::default();
        wgpu::Limits {
            max_storage_buffer_binding_size: adapter.max_storage_buffer_binding_size,
            max_buffer_size: adapter.max_buffer_size,
            max_storage_buffers_per_shader_stage: adapter
                .max_storage_buffers_per_shader_stage
                .min(16),
            max_compute_workgroup_storage_size: adapter.max_compute_workgroup_storage_size,
            max_compute_invocations_per_workgroup: adapter
                .max_compute_invocations_per_workgroup
                .min(1024),
            max_compute_workgroup_size_x: adapter.max_compute_workgroup_size_x.min(1024),
            max_compute_workgroups_per_dimension: adapter.max_compute_workgroups_per_dimension,
            ..base
        }
        .using_resolution(adapter.clone())
    }

    /// The least every kernel of the engine needs from a device. wgpu's default limits
    /// ([`wgpu::Limits::default`]) meet it; `downlevel_defaults` (WebGL 2-class devices) do not.
    ///
    /// - 256 invocations per workgroup, 256 along x (kernels use `@workgroup_size(256)` or
    ///   `(64)`; 16 along y is kept as the floor every WebGPU device meets);
    /// - 16 KiB of workgroup memory (the t-SNE FFT transforms lines of up to 2048 complex
    ///   values in workgroup memory; the next largest user stages 4 KiB: the PCA product's
    ///   16 × 64 slice of B and the exact k-NN tile kernel's base tile, 256 vec4s each);
    /// - 7 storage buffers in one compute stage (the NN-descent join binds 7);
    /// - a storage binding of at least 1 MiB (larger inputs are split into chunks of whatever the
    ///   device allows, so more only means fewer chunks).
    ///
    /// No optional feature is required: subgroups, f32 atomics and f16 are used only when
    /// present.
    pub fn required_limits() -> wgpu::Limits {
        wgpu::Limits {
            max_compute_invocations_per_workgroup: 256,
            max_compute_workgroup_size_x: 256,
            max_compute_workgroup_size_y: 16,
            max_compute_workgroup_storage_size: 16384,
            max_storage_buffers_per_shader_stage: 7,
            max_storage_buffer_binding_size: 1 << 20,
            ..wgpu::Limits::downlevel_defaults()
        }
    }

    /// Wraps a device the caller already has (a host wgpu application) after checking it meets
    /// [`Gpu::required_limits`]. Fails with [`Error::NoAdapter`] naming every limit that falls
    /// short (and what the engine needs), so a host learns at start-up, not at the first
    /// dispatch, that its device was created with too-small limits.
    ///
    /// Create the device with [`Gpu::wanted_limits`] (or at least `wgpu::Limits::default()`) to
    /// get large bindings; features are read from the device, and the kernels use optional ones
    /// (subgroups, f32 atomics) only when the device has them. The engine installs an uncaptured
    /// error handler on the device (so wgpu validation errors come back as [`Error::Gpu`]
    /// instead of a panic); a host that installs its own afterwards replaces it.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use projector_engine::{Compute, Gpu, pca};
    ///
    /// # pollster::block_on(async {
    /// // The host's own device (here made for the example).
    /// let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
    /// let Ok(adapter) = instance.request_adapter(&Default::default()).await else { return };
    /// let limits = Gpu::wanted_limits(&adapter.limits());
    /// let (device, queue) = adapter
    ///     .request_device(&wgpu::DeviceDescriptor { required_limits: limits, ..Default::default() })
    ///     .await
    ///     .unwrap();
    /// let gpu = Arc::new(Gpu::try_from_device(device.clone(), queue.clone(), adapter.get_info()).unwrap());
    /// // Buffers the engine creates live on the host's device.
    /// let data = ndarray::array![[0.0f32, 0.0], [1.0, 1.0], [2.0, 2.1], [3.0, 2.9]];
    /// let fit = pca::fit(&Compute::Gpu(gpu), data.view(), 1).unwrap();
    /// assert!(fit.explained_variance_ratio[0] > 0.99);
    /// # });
    /// ```
    pub fn try_from_device(
        device: wgpu::Device,
        queue: wgpu::Queue,
        info: wgpu::AdapterInfo,
    ) -> Result<Gpu> {
        let missing = Self::missing_limits(&device.limits());
        if !missing.is_empty() {
            return Err(Error::NoAdapter(format!(
                "the device of {} does not meet the engine's needs: {} (create it with Gpu::wanted_limits(&adapter.limits()) or wgpu::Limits::default())",
                info.name,
                missing.join(", ")
            )));
        }
        Ok(Self::from_device(device, queue, info))
    }

    /// The limits of `have` below [`Gpu::required_limits`], as `"name: have < need"` strings
    /// (empty when the device is good enough).
    pub fn missing_limits(have: &wgpu::Limits) -> Vec<String> {
        let need = Self::required_limits();
        let mut out = Vec::new();
        let mut check = |name: &str, have: u64, need: u64| {
            if have < need {
                out.push(format!("{name}: {have} < {need}"));
            }
        };
        // Each limit the shaders depend on, by its wgpu field name.
        macro_rules! check_fields {
            ($($field:ident),*) => {
                $(check(
                    stringify!($field),
                    u64::from(have.$field),
                    u64::from(need.$field),
                );)*
            };
        }
        check_fields!(
            max_compute_invocations_per_workgroup,
            max_compute_workgroup_size_x,
            max_compute_workgroup_size_y,
            max_compute_workgroup_storage_size,
            max_storage_buffers_per_shader_stage,
            max_storage_buffer_binding_size
        );
        check(
            "max_compute_workgroups_per_dimension",
            have.max_compute_workgroups_per_dimension.into(),
            1,
        );
        out
    }

    /// Wraps a device the caller already has, without checking it: prefer
    /// [`Gpu::try_from_device`], which reports a device with too-small limits up front. A device
    /// below [`Gpu::required_limits`] wrapped this way fails at the first dispatch that needs
    /// more, with [`Error::Gpu`] carrying wgpu's validation message. Features are read from the
    /// device; see [`Gpu::try_from_device`] for the error handler this installs.
    pub fn from_device(device: wgpu::Device, queue: wgpu::Queue, info: wgpu::AdapterInfo) -> Gpu {
        let f = device.features();
        let features = GpuFeatures {
            subgroups: f.contains(wgpu::Features::SUBGROUP),
            float_atomics: f.contains(wgpu::Features::SHADER_FLOAT32_ATOMIC),
            f16: f.contains(wgpu::Features::SHADER_F16),
            timestamps: f.contains(wgpu::Features::TIMESTAMP_QUERY),
        };
        let errors: Arc<Mutex<Vec<String>>> = Arc::default();
        let sink = errors.clone();
        device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
            if let Ok(mut v) = sink.lock() {
                v.push(e.to_string());
            }
        }));
        let timeout = std::env::var("PROJECTOR_GPU_TIMEOUT")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .map(Duration::from_secs_f64)
            .unwrap_or(DEFAULT_TIMEOUT);
        let limits = device.limits();
        Gpu {
            device,
            queue,
            info,
            features,
            limits,
            timeout,
            errors,
            cache: Mutex::default(),
        }
    }

    /// A one-line description: adapter name and backend.
    pub fn describe(&self) -> String {
        format!(
            "{} ({:?}, {:?})",
            self.info.name, self.info.backend, self.info.device_type
        )
    }

    /// Returns the value of type `T` cached in this context, building it with `init` on first
    /// use. GPU modules keep their pipelines and bind-group layouts here so they are built once.
    pub fn cached<T: Any + Send + Sync>(&self, init: impl FnOnce(&Gpu) -> T) -> Arc<T> {
        let id = TypeId::of::<T>();
        if let Some(v) = self.cache.lock().ok().and_then(|c| c.get(&id).cloned())
            && let Ok(t) = v.downcast::<T>()
        {
            return t;
        }
        let value = Arc::new(init(self));
        if let Ok(mut c) = self.cache.lock() {
            c.insert(id, value.clone());
        }
        value
    }

    /// Creates a storage buffer holding `data` (also usable as copy source and destination).
    pub fn storage_init<T: bytemuck::Pod>(&self, label: &str, data: &[T]) -> wgpu::Buffer {
        self.buffer_init(label, data, wgpu::BufferUsages::empty())
    }

    /// Creates a positions buffer holding `data`: a storage buffer (as [`Gpu::storage_init`])
    /// that a renderer can also bind as vertex input, so the points are drawn from it in place.
    pub fn positions_init(&self, label: &str, data: &[f32]) -> wgpu::Buffer {
        self.buffer_init(label, data, wgpu::BufferUsages::VERTEX)
    }

    fn buffer_init<T: bytemuck::Pod>(
        &self,
        label: &str,
        data: &[T],
        extra: wgpu::BufferUsages,
    ) -> wgpu::Buffer {
        let bytes: &[u8] = bytemuck::cast_slice(data);
        // wgpu refuses zero-sized bindings: keep at least 16 bytes.
        let padded;
        let contents = if bytes.len() < 16 {
            padded = {
                let mut v = bytes.to_vec();
                v.resize(16, 0);
                v
            };
            &padded[..]
        } else {
            bytes
        };
        self.device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some(label),
                contents,
                usage: wgpu::BufferUsages::STORAGE
                    | wgpu::BufferUsages::COPY_SRC
                    | wgpu::BufferUsages::COPY_DST
                    | extra,
            })
    }

    /// Creates a zeroed storage buffer of `size` bytes (at least 16).
    pub fn storage(&self, label: &str, size: u64) -> wgpu::Buffer {
        self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some(label),
            size: size.max(16).next_multiple_of(4),
            usage: wgpu::BufferUsages::STORAGE
                | wgpu::BufferUsages::COPY_SRC
                | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        })
    }

    /// Creates a uniform buffer holding `value`.
    pub fn uniform<T: bytemuck::Pod>(&self, label: &str, value: &T) -> wgpu::Buffer {
        self.device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some(label),
                contents: bytemuck::bytes_of(value),
                usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            })
    }

    /// Submits `encoder` and waits for it (with the timeout).
    pub fn submit_and_wait(&self, encoder: wgpu::CommandEncoder) -> Result<()> {
        let index = self.queue.submit(Some(encoder.finish()));
        self.wait(Some(index))
    }

    /// Waits for a submission (or everything submitted) with the context's timeout, then
    /// reports any wgpu error raised since the last wait.
    pub fn wait(&self, index: Option<wgpu::SubmissionIndex>) -> Result<()> {
        self.device
            .poll(wgpu::PollType::Wait {
                submission_index: index,
                timeout: Some(self.timeout),
            })
            .map_err(|e| Error::Gpu(format!("waiting for the GPU: {e}")))?;
        self.take_errors()
    }

    /// Checks the device once without blocking: runs the callbacks of finished work (buffer
    /// maps, [`wgpu::Queue::on_submitted_work_done`]) and reports any wgpu error raised since
    /// the last wait. A host frame loop calls it (or its own `device.poll`) to collect
    /// non-blocking steps such as [`crate::umap::Umap::submit`].
    pub fn poll(&self) -> Result<()> {
        self.device
            .poll(wgpu::PollType::Poll)
            .map_err(|e| Error::Gpu(format!("polling the GPU: {e}")))?;
        self.take_errors()
    }

    fn take_errors(&self) -> Result<()> {
        let mut errs = self
            .errors
            .lock()
            .map_err(|_| Error::Gpu("error log poisoned".into()))?;
        if errs.is_empty() {
            Ok(())
        } else {
            let msg = errs.join("; ");
            errs.clear();
            Err(Error::Gpu(msg))
        }
    }

    /// Copies `len` elements of `T` from the start of `buffer` (which needs `COPY_SRC`) back to
    /// the CPU, waiting with the timeout.
    pub fn read_back<T: bytemuck::Pod>(&self, buffer: &wgpu::Buffer, len: usize) -> Result<Vec<T>> {
        self.read_back_range(buffer, 0, len)
    }

    /// Like [`Gpu::read_back`], from element `offset` on.
    pub fn read_back_range<T: bytemuck::Pod>(
        &self,
        buffer: &wgpu::Buffer,
        offset: usize,
        len: usize,
    ) -> Result<Vec<T>> {
        let elem = std::mem::size_of::<T>() as u64;
        let bytes = len as u64 * elem;
        if bytes == 0 {
            return Ok(Vec::new());
        }
        let padded = bytes.next_multiple_of(wgpu::COPY_BUFFER_ALIGNMENT);
        let staging = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("read-back"),
            size: padded,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let mut encoder = self.device.create_command_encoder(&Default::default());
        encoder.copy_buffer_to_buffer(buffer, offset as u64 * elem, &staging, 0, padded);
        let index = self.queue.submit(Some(encoder.finish()));
        let (tx, rx) = std::sync::mpsc::channel();
        staging.map_async(wgpu::MapMode::Read, .., move |r| {
            let _ = tx.send(r);
        });
        self.wait(Some(index))?;
        rx.recv_timeout(self.timeout)
            .map_err(|_| Error::Gpu("buffer map did not complete".into()))?
            .map_err(|e| Error::Gpu(format!("buffer map failed: {e}")))?;
        let view = staging
            .get_mapped_range(..)
            .map_err(|e| Error::Gpu(format!("mapped range: {e}")))?;
        let out: Vec<T> = bytemuck::pod_collect_to_vec(&view[..bytes as usize]);
        drop(view);
        staging.unmap();
        Ok(out)
    }

    /// How many rows of `row_bytes` bytes fit in one storage binding on this device.
    pub fn max_binding_rows(&self, row_bytes: u64) -> usize {
        let max = self
            .limits
            .max_storage_buffer_binding_size
            .min(self.limits.max_buffer_size);
        ((max / row_bytes.max(1)) as usize).max(1)
    }

    /// Number of workgroups of `size` invocations that cover `n` items, split into an (x, y)
    /// grid when it exceeds the per-dimension limit. Kernels rebuild the flat index as
    /// `id.x + id.y * (num_workgroups.x * size)`.
    pub fn workgroups(&self, n: u32, size: u32) -> (u32, u32) {
        let groups = n.div_ceil(size).max(1);
        let max = self.limits.max_compute_workgroups_per_dimension.max(1);
        if groups <= max {
            (groups, 1)
        } else {
            let y = groups.div_ceil(max);
            (groups.div_ceil(y), y)
        }
    }
}

/// The GPU context for tests, shared by all tests of one process.
///
/// Returns `None` (after saying so on stderr) when no adapter exists, so a developer without
/// Vulkan can still run the CPU tests. When `CI` is `true` or `PROJECTOR_REQUIRE_GPU` is `1` it
/// panics instead: a green CI run proves the WGSL path ran.
#[doc(hidden)]
pub fn test_context() -> Option<Arc<Gpu>> {
    static CONTEXT: std::sync::OnceLock<Result<Arc<Gpu>, String>> = std::sync::OnceLock::new();
    let ctx = CONTEXT.get_or_init(|| Gpu::new().map(Arc::new).map_err(|e| e.to_string()));
    match ctx {
        Ok(g) => Some(g.clone()),
        Err(e) => {
            let required = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
                || std::env::var("PROJECTOR_REQUIRE_GPU").is_ok_and(|v| v == "1");
            if required {
                panic!("GPU tests require an adapter (CI=true or PROJECTOR_REQUIRE_GPU=1): {e}");
            }
            eprintln!("skipping GPU test: {e}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use projector_shaders as shaders;

    crate::wgsl_struct! {
        #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
        struct FillParams: fill::Params, test fill_params_match_wgsl {
            n: u32,
            value: f32,
            _pad0: u32,
            _pad1: u32,
        }
    }

    #[test]
    fn fill_kernel_runs_and_reads_back() {
        let Some(gpu) = test_context() else { return };
        let n = 1000u32;
        let fill = Kernel::new(&gpu, &shaders::fill::SHADER, &shaders::fill::MAIN);
        let out = gpu.storage("out", n as u64 * 4);
        let params = gpu.uniform(
            "params",
            &FillParams {
                n,
                value: 2.5,
                _pad0: 0,
                _pad1: 0,
            },
        );
        let bind = fill.bind(&gpu, &[params.as_entire_binding(), out.as_entire_binding()]);
        let mut enc = gpu.device.create_command_encoder(&Default::default());
        fill.run(&gpu, &mut enc, &bind, n);
        gpu.submit_and_wait(enc).unwrap();
        let v: Vec<f32> = gpu.read_back(&out, n as usize).unwrap();
        assert!(v.iter().all(|&x| x == 2.5), "fill wrote {:?}", &v[..4]);
    }

    #[test]
    fn cached_values_are_built_once() {
        let Some(gpu) = test_context() else { return };
        struct Marker(u32);
        let a = gpu.cached(|_| Marker(1));
        let b = gpu.cached(|_| Marker(2));
        assert_eq!(a.0, 1);
        assert_eq!(b.0, 1);
    }
}
