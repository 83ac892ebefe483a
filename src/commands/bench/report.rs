//! What bench shows and writes: the table, the one-line summaries, the atomic JSON write.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

pub(super) fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed over it.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("'{}' is not a file path", path.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let res = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.write_all(b"\n")?;
        f.sync_all()
    })();
    if let Err(e) = res.and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("writing {}", path.display()));
    }
    Ok(())
}

fn fmt_secs(v: &Value) -> String {
    match v.as_f64() {
        Some(t) if t >= 100.0 => format!("{t:.0}"),
        Some(t) if t >= 1.0 => format!("{t:.2}"),
        Some(t) => format!("{t:.3}"),
        None => "–".into(),
    }
}

fn fmt_rate(v: &Value) -> String {
    match v.as_f64() {
        Some(r) if r >= 1e6 => format!("{:.2}M", r / 1e6),
        Some(r) if r >= 1e3 => format!("{:.1}k", r / 1e3),
        Some(r) => format!("{r:.0}"),
        None => "–".into(),
    }
}

fn fmt_mib(v: &Value) -> String {
    v.as_f64()
        .map_or("–".into(), |b| format!("{:.0}", b / (1024.0 * 1024.0)))
}

fn fmt_q(v: &Value) -> String {
    v.as_f64().map_or("–".into(), |q| format!("{q:.3}"))
}

/// The short device label of a case ("(software)" for a software adapter).
fn device_label(c: &Value) -> String {
    let full = c["device"].as_str().unwrap_or("?");
    // "<name> (<backend>, <type>)": the name is enough in the table.
    let dev = match full.rsplit_once(" (") {
        Some((name, _)) if c["backend"] == "gpu" => name,
        _ => full,
    };
    if c["software_adapter"] == true {
        format!("{dev} (software)")
    } else {
        dev.to_string()
    }
}

/// "stage median, stage median, …" of a case (empty where it has no stages).
fn stage_medians(c: &Value) -> String {
    c["stages"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    format!(
                        "{} {}",
                        s["stage"].as_str().unwrap_or("?"),
                        fmt_secs(&s["median"])
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// One line summing up a case (stderr, as cases finish).
pub(super) fn one_line(c: &Value) -> String {
    if let Some(e) = c["error"].as_str() {
        return format!("  failed: {e}");
    }
    format!(
        "  {} s ({}), {} points/s",
        fmt_secs(&c["total_seconds"]["median"]),
        stage_medians(c),
        fmt_rate(&c["points_per_second"])
    )
}

/// The human-readable table.
pub(super) fn table(doc: &Value) -> String {
    let mut out = String::new();
    let m = &doc["machine"];
    out.push_str(&format!(
        "projector bench · {} · {} threads · {}\n",
        m["cpu_model"].as_str().unwrap_or("unknown CPU"),
        m["cpu_threads"],
        doc["git_commit"]
            .as_str()
            .map_or("commit unknown".to_string(), |c| format!(
                "commit {}",
                &c[..c.len().min(10)]
            ))
    ));
    for a in m["adapters"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "adapter: {} ({}, {}){}\n",
            a["name"].as_str().unwrap_or("?"),
            a["backend"].as_str().unwrap_or("?"),
            a["device_type"].as_str().unwrap_or("?"),
            if a["software"] == true {
                " — a SOFTWARE adapter: its \"gpu\" times are CPU times"
            } else {
                ""
            }
        ));
    }
    let s = &doc["settings"];
    out.push_str(&format!(
        "{} timed run(s) after {} warm-up; median [min–max] seconds\n\n",
        s["repeat"], s["warmup"]
    ));
    let header = [
        "algo",
        "device",
        "n",
        "d",
        "params",
        "stages (median s)",
        "total s",
        "points/s",
        "peak MiB",
        "quality",
    ];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for c in doc["cases"].as_array().into_iter().flatten() {
        let params = match c["algo"].as_str() {
            Some("knn") => format!(
                "k={} {}",
                c["params"]["k"],
                c["params"]["method"].as_str().unwrap_or("")
            ),
            Some("pca") => format!("→{}", c["params"]["components"]),
            Some("tsne") => format!("{} it", c["params"]["iterations"]),
            Some("umap") => c["info"]["epochs"]
                .as_u64()
                .map_or("epochs auto".into(), |e| format!("{e} ep")),
            _ => String::new(),
        };
        let stages = stage_medians(c);
        let total = if let Some(e) = c["error"].as_str() {
            format!("FAILED: {}", e.lines().next().unwrap_or(""))
        } else {
            let t = &c["total_seconds"];
            format!(
                "{} [{}–{}]",
                fmt_secs(&t["median"]),
                fmt_secs(&t["min"]),
                fmt_secs(&t["max"])
            )
        };
        let q = &c["quality"];
        let quality = if q.is_null() {
            "–".to_string()
        } else if !q["recall"].is_null() {
            format!("recall@k {}", fmt_q(&q["recall"]))
        } else {
            format!(
                "trust {} · 10-NN acc {}{}",
                fmt_q(&q["trustworthiness"]),
                fmt_q(&q["knn_accuracy"]),
                q["sampled"]
                    .as_u64()
                    .map_or(String::new(), |s| format!(" (sample {s})"))
            )
        };
        rows.push(vec![
            c["algo"].as_str().unwrap_or("?").to_string(),
            format!(
                "{}: {}",
                c["backend"].as_str().unwrap_or("?"),
                device_label(c)
            ),
            c["n"].to_string(),
            c["d"].to_string(),
            params,
            stages,
            total,
            fmt_rate(&c["points_per_second"]),
            fmt_mib(&c["peak_rss_bytes"]),
            quality,
        ]);
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for (ri, r) in rows.iter().enumerate() {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if ri == 0 {
            out.push_str(
                &widths
                    .iter()
                    .map(|w| "-".repeat(*w))
                    .collect::<Vec<_>>()
                    .join("  "),
            );
            out.push('\n');
        }
    }
    if doc["interrupted"] == true {
        out.push_str("\n(interrupted by Ctrl-C: the remaining cases were not run)\n");
    }
    out
}
