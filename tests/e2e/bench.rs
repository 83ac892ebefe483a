//! End-to-end tests of `projector bench`: a tiny CPU run writes the documented JSON with sane
//! values, and bad flags are refused with exit code 2.

use std::process::{Command, Output};

fn bench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_projector"))
        .arg("bench")
        .args(args)
        .output()
        .expect("the projector binary runs")
}

/// `bench --algo ALGOS` on 300 generated 16-d rows, one timed run and no warm-up, then `extra`.
fn small_bench(algos: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "--algo", algos, "--sizes", "300", "--dims", "16", "--repeat", "1", "--warmup", "0",
    ];
    args.extend_from_slice(extra);
    bench(&args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn num(v: &serde_json::Value, what: &str) -> f64 {
    v.as_f64()
        .unwrap_or_else(|| panic!("{what} should be a number, got {v}"))
}

#[test]
fn cpu_bench_writes_the_documented_json() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    let o = small_bench(
        "pca,knn,umap",
        &[
            "--epochs",
            "30",
            "--json",
            out.to_str().unwrap(),
            "--backend",
            "cpu",
        ],
    );
    assert!(o.status.success(), "stderr: {}", stderr(&o));
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(
        table.contains("points/s") && table.contains("CPU, ") && table.contains("umap"),
        "{table}"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("the JSON file")).unwrap();
    assert_eq!(doc["schema"], "projector-bench/1");
    assert_eq!(doc["interrupted"], false);
    assert!(num(&doc["machine"]["cpu_threads"], "cpu_threads") >= 1.0);
    assert_eq!(doc["settings"]["repeat"], 1);
    let cases = doc["cases"].as_array().expect("cases");
    let algos: Vec<&str> = cases.iter().map(|c| c["algo"].as_str().unwrap()).collect();
    assert_eq!(algos, ["pca", "knn", "umap"]);
    for c in cases {
        let algo = c["algo"].as_str().unwrap();
        assert!(c["error"].is_null(), "{algo}: {}", c["error"]);
        assert_eq!(c["backend"], "cpu");
        assert!(
            c["device"].as_str().unwrap().starts_with("CPU, "),
            "{}",
            c["device"]
        );
        assert_eq!(c["n"], 300);
        assert_eq!(c["d"], 16);
        assert_eq!(c["runs"].as_array().map(Vec::len), Some(1), "{algo}");
        let total = num(&c["total_seconds"]["median"], "total");
        assert!(total > 0.0 && total < 600.0, "{algo}: {total}");
        let stages = c["stages"].as_array().unwrap();
        assert!(!stages.is_empty());
        let sum: f64 = stages.iter().map(|s| num(&s["median"], "stage")).sum();
        assert!(
            (sum - total).abs() < 1e-6,
            "{algo}: stages {sum} vs total {total}"
        );
        for s in stages {
            let (lo, med, hi) = (
                num(&s["min"], "min"),
                num(&s["median"], "median"),
                num(&s["max"], "max"),
            );
            assert!(lo >= 0.0 && lo <= med && med <= hi, "{algo}: {s}");
        }
        let pps = num(&c["points_per_second"], "points_per_second");
        assert!((pps - 300.0 / total).abs() < 1e-6 * pps, "{algo}: {pps}");
        assert!(num(&c["peak_rss_bytes"], "peak") > 1e6, "{algo}");
        assert!(num(&c["load_seconds"], "load") >= 0.0);
        let q = &c["quality"];
        let figures: Vec<f64> = match algo {
            "knn" => vec![num(&q["recall"], "recall")],
            _ => vec![
                num(&q["trustworthiness"], "trustworthiness"),
                num(&q["knn_accuracy"], "knn_accuracy"),
            ],
        };
        for f in figures {
            assert!((0.0..=1.0).contains(&f), "{algo}: quality {f}");
        }
    }
    // The stages each reducer reports.
    let names = |i: usize| -> Vec<String> {
        cases[i]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["stage"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(0), ["fit", "project"]);
    assert_eq!(names(1), ["knn"]);
    assert_eq!(names(2), ["knn", "graph", "init", "optimise", "read-back"]);
    // Exact k-NN at 300 points: recall 1; UMAP separates the generated clusters.
    assert_eq!(num(&cases[1]["quality"]["recall"], "recall"), 1.0);
    assert!(num(&cases[2]["quality"]["trustworthiness"], "tw") > 0.8);
}

#[test]
fn bad_bench_flags_exit_with_code_2_and_say_why() {
    for (args, needle) in [
        (&["--algo", "foo"][..], "foo"),
        (&["--sizes", "0"][..], "--sizes"),
        (&["--repeat", "0"][..], "--repeat"),
        (&["--k", "500"][..], "--k"),
        (&["--backend", "tpu"][..], "tpu"),
    ] {
        let o = bench(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A missing data file is an input error too, and no JSON is written.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    let o = bench(&[
        "--data",
        dir.path().join("missing.npy").to_str().unwrap(),
        "--json",
        out.to_str().unwrap(),
        "--backend",
        "cpu",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("missing.npy"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn bench_on_a_real_file_uses_its_rows_and_labels() {
    let digits = concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv");
    let o = bench(&[
        "--data",
        digits,
        "--sizes",
        "400",
        "--algo",
        "pca",
        "--repeat",
        "2",
        "--warmup",
        "1",
        "--backend",
        "cpu",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // `--json` alone: the document on stdout, the table on stderr.
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert!(stderr(&o).contains("points/s"));
    let c = &doc["cases"][0];
    assert_eq!(c["n"], 400);
    assert_eq!(c["d"], 64);
    assert!(c["data"].as_str().unwrap().ends_with("digits.csv"));
    assert_eq!(c["runs"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["settings"]["warmup"], 1);
    // Labels came from the file's `target` column.
    let acc = num(&c["quality"]["knn_accuracy"], "knn_accuracy");
    assert!(acc > 0.3 && acc <= 1.0, "{acc}");
    // More rows than the file has is refused.
    let o = bench(&[
        "--data",
        digits,
        "--sizes",
        "5000",
        "--algo",
        "pca",
        "--backend",
        "cpu",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("1797 rows"), "{}", stderr(&o));
}

#[test]
fn ctrl_c_stops_after_the_current_run_and_still_writes_the_json() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    // Far more runs than could finish: only the interrupt ends this case.
    let mut child = Command::new(env!("CARGO_BIN_EXE_projector"))
        .args([
            "bench",
            "--algo",
            "pca,knn",
            "--sizes",
            "300",
            "--dims",
            "16",
            "--repeat",
            "1000000",
            "--warmup",
            "0",
            "--backend",
            "cpu",
            "--json",
        ])
        .arg(&out)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn projector");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    // Wait until the PCA case has started (the handler is installed before any case).
    let mut log = Vec::new();
    loop {
        match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(line) => {
                let started = line.starts_with("pca · ");
                log.push(line);
                if started {
                    break;
                }
            }
            Err(_) => {
                let _ = child.kill();
                panic!("the bench did not start: {log:?}");
            }
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill -INT");
    assert!(killed.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the bench did not stop after Ctrl-C");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    log.extend(rx.try_iter());
    assert!(status.success(), "{status:?}: {log:?}");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("the JSON file")).unwrap();
    assert_eq!(doc["interrupted"], true);
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "the knn case should not have run");
    let runs = cases[0]["runs"].as_array().unwrap().len();
    assert!((1..1_000_000).contains(&runs), "{runs} runs");
    assert_eq!(cases[0]["interrupted"], true);
    assert!(cases[0]["total_seconds"]["median"].as_f64().unwrap() > 0.0);
}

#[test]
fn gpu_bench_names_the_adapter_and_flags_a_software_one() {
    let Some(gpu) = projector_engine::gpu::test_context() else {
        return;
    };
    let o = small_bench("pca,knn,render", &["--backend", "gpu", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    let adapter = &doc["machine"]["adapters"][0];
    assert_eq!(adapter["name"], gpu.info.name.as_str());
    assert_eq!(adapter["software"], gpu.is_software());
    if gpu.is_software() {
        assert!(stderr(&o).contains("SOFTWARE adapter"), "{}", stderr(&o));
    }
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    for c in cases {
        assert!(c["error"].is_null(), "{}", c["error"]);
        assert_eq!(c["backend"], "gpu");
        assert!(
            c["device"]
                .as_str()
                .unwrap()
                .starts_with(gpu.info.name.as_str()),
            "{}",
            c["device"]
        );
        assert_eq!(c["software_adapter"], gpu.is_software());
        assert!(num(&c["total_seconds"]["median"], "total") > 0.0);
    }
    // The GPU k-NN is exact at 300 points, and the frame was drawn.
    assert_eq!(num(&cases[1]["quality"]["recall"], "recall"), 1.0);
    assert!(num(&cases[2]["info"]["coloured_pixels"], "pixels") > 100.0);
    assert!(cases[2]["gpu_allocated_peak_bytes"].is_null());
}
