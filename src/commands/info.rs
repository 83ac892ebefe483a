//! `projector info FILE [--json]`: what the loader found and what a projection would use. For a
//! W&B run folder, first the tables the run logged (key, step, rows), then the one read.

use std::path::Path;

use anyhow::Result;
use projector_engine::load::{Format, wandb_run};
use projector_engine::{ColumnKind, Table};
use serde_json::{Value, json};

use crate::cli::InfoArgs;
use crate::pipeline;

/// Runs `info`.
pub fn run(args: &InfoArgs) -> Result<()> {
    let path = &args.input.input;
    let run_tables = if path.is_dir() && matches!(args.input.format, None | Some(Format::WandbJson))
    {
        Some(wandb_run::list_tables(path)?)
    } else {
        None
    };
    let table = pipeline::load(&args.input)?;
    let mut report = describe(&table)?;
    if let Some(tables) = &run_tables {
        report["wandb_run"] = describe_run(path, tables, &table);
    }
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        let file = match &run_tables {
            Some(_) => {
                print_run(&report["wandb_run"]);
                report["file"].as_str().unwrap_or_default().to_string()
            }
            None => path.display().to_string(),
        };
        print_text(&file, &report);
    }
    Ok(())
}

/// The tables of a W&B run folder as JSON: `{"folder", "tables": [{"key", "step", "rows",
/// "file"}], "table", "step", "file"}` with the key, step and file of the one read (`table`).
fn describe_run(run: &Path, tables: &[wandb_run::RunTable], table: &Table) -> Value {
    let chosen = tables
        .iter()
        .find(|t| table.source.as_deref() == Some(t.path.as_path()));
    let list: Vec<Value> = tables
        .iter()
        .map(|t| {
            let mut v = json!({
                "key": t.key,
                "step": t.step,
                "file": t.path.display().to_string(),
            });
            match t.rows() {
                Ok(n) => v["rows"] = json!(n),
                Err(e) => {
                    v["rows"] = Value::Null;
                    v["error"] = json!(e.to_string());
                }
            }
            v
        })
        .collect();
    json!({
        "folder": run.display().to_string(),
        "tables": list,
        "table": chosen.map(|t| t.key.clone()),
        "step": chosen.map(|t| t.step),
        "file": chosen.map(|t| t.path.display().to_string()),
    })
}

fn print_run(r: &Value) {
    let tables = r["tables"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let n = tables.len();
    println!(
        "{}: W&B run, {n} table{} logged",
        r["folder"].as_str().unwrap_or_default(),
        if n == 1 { "" } else { "s" }
    );
    let width = tables
        .iter()
        .filter_map(|t| t["key"].as_str())
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(0)
        .max(10);
    for t in tables {
        let key = t["key"].as_str().unwrap_or_default();
        let rows = match t["rows"].as_u64() {
            Some(n) => format!("{n:>8} rows"),
            None => format!("unreadable: {}", t["error"].as_str().unwrap_or_default()),
        };
        let read = if t["file"] == r["file"] {
            "  (read)"
        } else {
            ""
        };
        println!("  {key:<width$}  step {:<6}{rows}{read}", t["step"]);
    }
}

/// The report as JSON.
pub fn describe(table: &Table) -> Result<Value> {
    let columns: Vec<Value> = table
        .columns()
        .iter()
        .map(|c| {
            let kind = table.kind(c);
            let mut v = json!({"name": c.name, "type": kind.name()});
            if let ColumnKind::Vector(d) = kind {
                v["dim"] = json!(d);
            }
            v
        })
        .collect();
    let color = table.default_color().map(str::to_string);
    let (embedding, dim, emb_error) = match table.default_embedding(color.as_deref()) {
        Ok(spec) => {
            let dim: usize = spec
                .columns()
                .iter()
                .filter_map(|n| table.column(n))
                .map(|c| match table.kind(c) {
                    ColumnKind::Vector(d) => d,
                    _ => 1,
                })
                .sum();
            (json!(spec.columns()), json!(dim), Value::Null)
        }
        Err(e) => (Value::Null, Value::Null, json!(e.to_string())),
    };
    let classes = match &color {
        Some(c) => {
            let rows: Vec<usize> = (0..table.num_rows()).collect();
            table.labels(c, &rows)?.map(|l| {
                let mut counts = vec![0usize; l.classes.len()];
                for &code in &l.codes {
                    counts[code as usize] += 1;
                }
                l.classes
                    .iter()
                    .zip(counts)
                    .map(|(name, count)| json!({"class": name, "count": count}))
                    .collect::<Vec<_>>()
            })
        }
        None => None,
    };
    let invalid: Vec<Value> = table
        .invalid
        .iter()
        .map(|c| json!({"row": c.row, "column": c.column, "reason": c.reason}))
        .collect();
    Ok(json!({
        "file": table.source.as_ref().map(|p| p.display().to_string()),
        "rows": table.num_rows(),
        "columns": columns,
        "embedding": {"columns": embedding, "dim": dim, "error": emb_error},
        "color": {"column": color, "classes": classes},
        "invalid": {"count": invalid.len(), "cells": invalid.iter().take(20).collect::<Vec<_>>()},
        "dropped_rows": table.dropped_rows,
    }))
}

fn print_text(file: &str, r: &Value) {
    println!(
        "{file}: {} rows, {} columns",
        r["rows"],
        r["columns"].as_array().map_or(0, Vec::len)
    );
    // Runs of same-typed columns named prefix0, prefix1, … are shown as one line.
    let cols: Vec<(&str, String)> = r["columns"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let ty = c["type"].as_str().unwrap_or("");
            let ty = match c.get("dim") {
                Some(d) => format!("{ty} ({d})"),
                None => ty.to_string(),
            };
            (c["name"].as_str().unwrap_or(""), ty)
        })
        .collect();
    let stem = |n: &str| {
        n.trim_end_matches(|ch: char| ch.is_ascii_digit())
            .to_string()
    };
    let mut i = 0;
    while i < cols.len() {
        let (name, ty) = &cols[i];
        let mut j = i + 1;
        while j < cols.len()
            && cols[j].1 == *ty
            && stem(cols[j].0) == stem(name)
            && stem(name) != *name
        {
            j += 1;
        }
        if j - i >= 3 {
            println!(
                "  {:<24} {ty} ({} columns)",
                format!("{name} … {}", cols[j - 1].0),
                j - i
            );
        } else {
            for (n, t) in &cols[i..j] {
                println!("  {n:<24} {t}");
            }
        }
        i = j;
    }
    match r["embedding"]["columns"].as_array() {
        Some(cols) => {
            let names: Vec<&str> = cols.iter().filter_map(Value::as_str).collect();
            let shown = if names.len() > 6 {
                format!("{}, … {} columns", names[..4].join(", "), names.len())
            } else {
                names.join(", ")
            };
            println!("embedding: {shown} (dimension {})", r["embedding"]["dim"]);
        }
        None => println!(
            "embedding: none ({})",
            r["embedding"]["error"].as_str().unwrap_or("")
        ),
    }
    match r["color"]["column"].as_str() {
        Some(c) => {
            let classes = r["color"]["classes"].as_array();
            match classes {
                Some(cl) => {
                    let list: Vec<String> = cl
                        .iter()
                        .take(20)
                        .map(|v| format!("{} ({})", v["class"].as_str().unwrap_or(""), v["count"]))
                        .collect();
                    let more = if cl.len() > 20 {
                        format!(", … {} classes", cl.len())
                    } else {
                        String::new()
                    };
                    println!(
                        "colour: {c}: {} classes: {}{more}",
                        cl.len(),
                        list.join(", ")
                    );
                }
                None => println!("colour: {c} (continuous)"),
            }
        }
        None => println!("colour: none (no categorical column)"),
    }
    let n = r["invalid"]["count"].as_u64().unwrap_or(0);
    if n == 0 {
        println!("invalid values: none");
    } else {
        println!("invalid values: {n}");
        for c in r["invalid"]["cells"].as_array().into_iter().flatten() {
            println!(
                "  row {}, column '{}': {}",
                c["row"],
                c["column"].as_str().unwrap_or(""),
                c["reason"].as_str().unwrap_or("")
            );
        }
    }
    if r["dropped_rows"].as_u64().unwrap_or(0) > 0 {
        println!("dropped rows: {}", r["dropped_rows"]);
    }
}
