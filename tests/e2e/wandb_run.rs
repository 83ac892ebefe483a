//! `projector … RUN_DIR`: a W&B run folder as input (tests/fixtures/wandb_run/, written by the
//! real wandb client: tests/fixtures/make_wandb_run_fixture.py). The run logged `digits` (40
//! rows of the seed's DataFrame) at steps 0 and 1, and the seed's 3 × 5 `embeddings` at step 0.

use std::path::{Path, PathBuf};

use crate::cli::{projector, stderr};

fn run_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wandb_run")
}

/// The one `*.table.json` of the fixture named `<key>_<step>_…`.
fn table_file(key: &str, step: u64) -> PathBuf {
    let dir = run_dir().join("files/media/table");
    let prefix = format!("{key}_{step}_");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    assert_eq!(found.len(), 1, "{prefix}* in {}", dir.display());
    found.pop().unwrap()
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Projects `input` (with `extra` flags) with PCA and returns the CSV written.
fn project_csv(input: &Path, extra: &[&str], out: &Path) -> String {
    let o = projector(
        &[
            &["project", input.to_str().unwrap(), "--algo", "pca"][..],
            extra,
            &["-o", out.to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(
        o.status.success(),
        "project {input:?} {extra:?}: {}",
        stderr(&o)
    );
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn project_a_run_folder_reads_its_latest_table_like_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let from_run = project_csv(&run_dir(), &[], &dir.path().join("run.csv"));
    let from_file = project_csv(&table_file("digits", 1), &[], &dir.path().join("file.csv"));
    assert_eq!(from_run, from_file);
    let mut lines = from_run.lines();
    assert_eq!(lines.next(), Some("x,y,row,target"));
    assert_eq!(lines.count(), 40);

    // Through a wandb/latest-run symlink and the run's files/ folder too.
    let wandb = dir.path().join("wandb");
    std::fs::create_dir(&wandb).unwrap();
    let link = wandb.join("latest-run");
    std::os::unix::fs::symlink(run_dir(), &link).unwrap();
    assert_eq!(
        project_csv(&link, &[], &dir.path().join("link.csv")),
        from_file
    );
    assert_eq!(
        project_csv(&run_dir().join("files"), &[], &dir.path().join("files.csv")),
        from_file
    );
}

#[test]
fn table_and_step_choose_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let step0 = project_csv(
        &run_dir(),
        &["--table", "digits", "--step", "0"],
        &dir.path().join("s0.csv"),
    );
    let file0 = project_csv(&table_file("digits", 0), &[], &dir.path().join("f0.csv"));
    assert_eq!(step0, file0);
    let step1 = project_csv(&run_dir(), &["--step", "1"], &dir.path().join("s1.csv"));
    assert_ne!(step0, step1);

    let emb = project_csv(
        &run_dir(),
        &["--table", "embeddings"],
        &dir.path().join("e.csv"),
    );
    let emb_file = project_csv(
        &table_file("embeddings", 0),
        &[],
        &dir.path().join("ef.csv"),
    );
    assert_eq!(emb, emb_file);
    assert_eq!(emb.lines().count(), 1 + 3);
}

#[test]
fn a_missing_table_or_step_is_an_input_error_listing_the_tables() {
    let run = run_dir();
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("x.csv");
    let cases: &[(&[&str], &str)] = &[
        (
            &["--table", "foo"],
            "no table 'foo' (tables: digits at steps 0, 1; embeddings at step 0)",
        ),
        (
            &["--table", "digits", "--step", "9"],
            "table 'digits' has no step 9 (digits at steps 0, 1)",
        ),
        (
            &["--step", "0"],
            "2 tables at step 0: digits, embeddings; choose one by its key",
        ),
    ];
    for (extra, want) in cases {
        let o = projector(
            &[
                &["project", run.to_str().unwrap()][..],
                extra,
                &["-o", out.to_str().unwrap()],
            ]
            .concat(),
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {err}");
        assert!(err.contains(run.to_str().unwrap()), "{err}");
        assert!(
            err.contains(want),
            "{extra:?}: {err:?} should contain {want:?}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // A folder that is not a run says what was expected.
    let dir = tempfile::tempdir().unwrap();
    let o = projector(&["info", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a W&B run folder") && stderr(&o).contains("files/media/table/"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn info_lists_the_runs_tables_then_describes_the_one_read() {
    let run = run_dir();
    let o = projector(&["info", run.to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let r = &v["wandb_run"];
    assert_eq!(r["table"], "digits");
    assert_eq!(r["step"], 1);
    let mut tables: Vec<(String, u64, u64)> = r["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["key"].as_str().unwrap().to_string(),
                t["step"].as_u64().unwrap(),
                t["rows"].as_u64().unwrap(),
            )
        })
        .collect();
    tables.sort();
    assert_eq!(
        tables,
        [
            ("digits".to_string(), 0, 40),
            ("digits".to_string(), 1, 40),
            ("embeddings".to_string(), 0, 3)
        ]
    );
    // The table read, described as for a file.
    assert_eq!(v["rows"], 40);
    assert_eq!(v["embedding"]["dim"], 64);
    assert_eq!(v["color"]["column"], "target");
    assert_eq!(r["file"], v["file"]);
    assert!(
        v["file"].as_str().unwrap().ends_with(
            table_file("digits", 1)
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
        )
    );

    let o = projector(&["info", run.to_str().unwrap(), "--table", "embeddings"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("W&B run, 3 tables logged"), "{text}");
    let line = |key: &str, step: u64| {
        text.lines()
            .find(|l| {
                let w: Vec<&str> = l.split_whitespace().collect();
                w.len() >= 4 && w[0] == key && w[2] == step.to_string()
            })
            .unwrap_or_else(|| panic!("no line for {key} step {step}: {text}"))
            .to_string()
    };
    assert!(line("digits", 0).contains("40 rows"), "{text}");
    assert!(!line("digits", 1).contains("(read)"), "{text}");
    assert!(
        line("embeddings", 0).contains("3 rows") && line("embeddings", 0).contains("(read)"),
        "{text}"
    );
    assert!(text.contains(": 3 rows, 5 columns"), "{text}");
}
