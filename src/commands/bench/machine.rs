//! Facts about the machine and the process: CPU, memory, adapters, threads, resident set,
//! commit.

use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use projector_engine::{Compute, Gpu};
use serde_json::{Value, json};

use super::Backend;
use crate::cli::BenchAlgo;

/// Adapter descriptions for the machine record: the GPU backend's, or (for render) any.
pub(super) fn adapters(backends: &[Backend], algos: &[BenchAlgo]) -> Vec<Value> {
    let mut v = Vec::new();
    for b in backends {
        if let Some(g) = b.compute.gpu() {
            v.push(adapter_json(g));
        }
    }
    if v.is_empty()
        && (algos.contains(&BenchAlgo::Render) || algos.contains(&BenchAlgo::Density))
        && let Ok(g) = render_gpu()
    {
        v.push(adapter_json(&g));
    }
    v
}

fn adapter_json(g: &Gpu) -> Value {
    json!({
        "name": g.info.name,
        "backend": format!("{:?}", g.info.backend),
        "device_type": format!("{:?}", g.info.device_type),
        "driver": g.info.driver,
        "driver_info": g.info.driver_info,
        "software": g.is_software(),
    })
}

/// The adapter a render runs on for a case on `compute`: its GPU, or [`render_gpu`] for the
/// CPU backend.
pub(super) fn render_gpu_for(compute: &Compute) -> Result<Arc<Gpu>> {
    match compute {
        Compute::Gpu(g) => Ok(g.clone()),
        Compute::Cpu => render_gpu(),
    }
}

/// The shared drawing context for render cases on the CPU backend.
pub(super) fn render_gpu() -> Result<Arc<Gpu>> {
    static GPU: Mutex<Option<Arc<Gpu>>> = Mutex::new(None);
    let mut slot = GPU
        .lock()
        .map_err(|_| anyhow::anyhow!("render context lock poisoned"))?;
    if let Some(g) = slot.as_ref() {
        return Ok(g.clone());
    }
    let g = Arc::new(Gpu::new().context("rendering needs a wgpu adapter")?);
    *slot = Some(g.clone());
    Ok(g)
}

/// Peak and current resident set of this process, in bytes (Linux).
pub(super) fn rss() -> (Option<u64>, Option<u64>) {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return (None, None);
    };
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .map(|kib| kib * 1024)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// Resets the peak resident set to the current one (Linux ≥ 4.0); false where it cannot.
pub(super) fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The device description of a backend.
pub(super) fn device_of(compute: &Compute) -> (String, Option<bool>) {
    match compute {
        Compute::Cpu => (
            format!(
                "CPU, {} thread{}",
                rayon_threads(),
                if rayon_threads() == 1 { "" } else { "s" }
            ),
            None,
        ),
        Compute::Gpu(g) => (g.describe(), Some(g.is_software())),
    }
}

/// Threads of the CPU path (rayon's global pool, as `Compute::describe` reports it).
fn rayon_threads() -> usize {
    Compute::Cpu
        .describe()
        .split(|c: char| !c.is_ascii_digit())
        .find(|t| !t.is_empty())
        .and_then(|t| t.parse().ok())
        .unwrap_or(1)
}

/// The machine record.
pub(super) fn machine(adapters: Vec<Value>) -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu_model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .map(|kib| kib * 1024);
    json!({
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
        "cpu_model": cpu_model,
        "cpu_threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "rayon_threads": rayon_threads(),
        "memory_total_bytes": mem,
        "adapters": adapters,
    })
}

/// `PROJECTOR_GIT_COMMIT`, else `git rev-parse HEAD` in the source tree, else none.
pub(super) fn git_commit() -> Option<String> {
    if let Ok(c) = std::env::var("PROJECTOR_GIT_COMMIT")
        && !c.trim().is_empty()
    {
        return Some(c.trim().to_string());
    }
    let out = std::process::Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "rev-parse", "HEAD"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && s.len() == 40).then_some(s)
}
