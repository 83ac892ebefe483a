//! W&B run folders: the tables a run logged, and which one [`load`](super::load) reads.
//!
//! `wandb.init()` makes one folder per run, `wandb/run-<date>-<id>/` (or
//! `wandb/offline-run-<date>-<id>/` with `WANDB_MODE=offline`), and points the symlink
//! `wandb/latest-run` at the newest. Every `wandb.log({key: table})` of a `wandb.Table` or a
//! pandas DataFrame writes the table's rows to
//!
//! ```text
//! wandb/offline-run-20240101_120000-abc123/
//! ├── run-abc123.wandb                 the binary run log (not read)
//! ├── logs/                            (not read)
//! └── files/                           the run's files folder
//!     ├── requirements.txt, wandb-summary.json (online runs), …
//!     └── media/
//!         ├── table/
//!         │   ├── digits_0_34ef8ba225da6345b749.table.json    <key>_<step>_<hash>.table.json
//!         │   ├── digits_1_f089bf845b1036abced7.table.json
//!         │   └── eval/points_3_902a64e4c0954d856e7e.table.json    the key `eval/points`
//!         └── images/…                 image files a table's cells point to, when written
//! ```
//!
//! A key with `/` becomes folders under `media/table/`; `<step>` is the run's step when the
//! table was logged and `<hash>` a digest of its content. [`list_tables`] returns every table
//! of a run as a [`RunTable`] (key, step, file), ordered by step; a `*.table.json` that is not
//! named `<key>_<step>_<hash>` is listed under its file name at step 0. [`select`] picks one:
//! by default the latest logged (the highest step; among tables at that step, the most recently
//! written file), or the one named by key and/or step. [`load`](super::load) does that for a
//! folder (with [`LoadOptions::table`](super::LoadOptions::table) and
//! [`LoadOptions::step`](super::LoadOptions::step)), then reads the file as
//! [`Format::WandbJson`](super::Format::WandbJson), so image cells resolve against the run's
//! `files/` folder. (wandb 0.31 writes the `wandb.Image` cells of a run's table as the bare
//! string `"Image"` and no image file into the run folder; those cells load as text.)
//!
//! A run is given as the run folder, its `files/` folder or the `latest-run` symlink. Errors
//! name the folder and say what is there or what was expected: a folder that is not a run, a
//! run that logged no table, a key or a step it does not have (listing the tables, e.g.
//! `no table 'foo' (tables: digits at steps 0, 1; embeddings at step 0)`).
//!
//! ```
//! use projector_engine::load::wandb_run::{list_tables, select};
//! let dir = tempfile::tempdir().unwrap();
//! let tables = dir.path().join("files/media/table");
//! std::fs::create_dir_all(&tables).unwrap();
//! for (name, rows) in [("emb_0_aa11.table.json", "[[1, 2], [3, 4]]"),
//!                      ("emb_2_bb22.table.json", "[[5, 6], [7, 8]]")] {
//!     let json = format!(r#"{{"columns": ["a", "b"], "data": {rows}}}"#);
//!     std::fs::write(tables.join(name), json).unwrap();
//! }
//! let listed = list_tables(dir.path()).unwrap();
//! assert_eq!(listed.iter().map(|t| (t.key.as_str(), t.step)).collect::<Vec<_>>(),
//!            [("emb", 0), ("emb", 2)]);
//! assert_eq!(select(dir.path(), None, None).unwrap().step, 2);
//! assert_eq!(select(dir.path(), Some("emb"), Some(0)).unwrap().step, 0);
//! assert!(select(dir.path(), Some("foo"), None).unwrap_err().to_string()
//!     .contains("no table 'foo' (tables: emb at steps 0, 2)"));
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;

use crate::error::{Error, Result};

/// One table a run logged: `files/media/table/<key>_<step>_<hash>.table.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunTable {
    /// The key it was logged under (`digits`, `eval/points`).
    pub key: String,
    /// The run's step when it was logged.
    pub step: u64,
    /// The `*.table.json` file.
    pub path: PathBuf,
    /// When the file was last written, to order tables of one step.
    modified: Option<SystemTime>,
}

impl RunTable {
    /// The number of data rows in the table, read without building it.
    pub fn rows(&self) -> Result<usize> {
        let bytes = std::fs::read(&self.path).map_err(|e| Error::io(&self.path, e))?;
        match serde_json::from_slice::<Shape>(&bytes) {
            Ok(s) => Ok(s.data.0),
            // Python's NaN / Infinity tokens, or a malformed file: the loader says which.
            Err(_) => {
                let opts = super::LoadOptions {
                    format: Some(super::Format::WandbJson),
                    ..Default::default()
                };
                super::load(&self.path, &opts).map(|t| t.num_rows())
            }
        }
    }
}

/// The `data` array of a table JSON, counted but not kept.
#[derive(Deserialize)]
struct Shape {
    data: Count,
}

struct Count(usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = usize;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an array of rows")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<usize, A::Error> {
                let mut n = 0;
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(n)
            }
        }
        d.deserialize_seq(Visitor).map(Count)
    }
}

/// What a run is given as, for error messages.
const EXPECTED: &str = "expected a W&B run folder (wandb/run-<date>-<id>, \
     wandb/offline-run-<date>-<id> or wandb/latest-run) or its files/ folder, with the logged \
     tables in files/media/table/<key>_<step>_<hash>.table.json";

/// True when `dir` (a folder) looks like a W&B run folder even without tables.
fn looks_like_run(dir: &Path) -> bool {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if ["run-", "offline-run-", "latest-run"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return true;
    }
    let has_wandb_log = std::fs::read_dir(dir).ok().is_some_and(|entries| {
        entries
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "wandb"))
    });
    has_wandb_log
        || ["wandb-summary.json", "wandb-metadata.json", "config.yaml"]
            .iter()
            .any(|f| dir.join("files").join(f).is_file())
}

/// True when `path` is a W&B run folder, its `files/` folder or a `latest-run` symlink, as
/// [`files_dir`] finds it (a run that logged no table is one too).
pub fn is_run_folder(path: &Path) -> bool {
    files_dir(path).is_ok()
}

/// The run's files folder (the one holding `media/`): `run` itself when it holds `media/`,
/// else `run/files`. A folder that is neither is an error saying what was expected (and, for
/// a `wandb/` folder, naming its runs).
pub fn files_dir(run: &Path) -> Result<PathBuf> {
    if !run.is_dir() {
        return Err(match std::fs::metadata(run) {
            Err(e) => Error::io(run, e),
            Ok(_) => Error::format(run, format!("not a folder: {EXPECTED}")),
        });
    }
    if run.join("media").is_dir() {
        return Ok(run.to_path_buf());
    }
    let files = run.join("files");
    if (files.is_dir() && looks_like_run(run)) || files.join("media").is_dir() {
        return Ok(files);
    }
    // A wandb/ folder: name its runs.
    let mut runs: Vec<String> = std::fs::read_dir(run)
        .map_err(|e| Error::io(run, e))?
        .flatten()
        .filter(|e| e.path().join("files").is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("run-") || n.starts_with("offline-run-") || n == "latest-run")
        .collect();
    runs.sort();
    if !runs.is_empty() {
        let pick = if runs.iter().any(|r| r == "latest-run") {
            "latest-run"
        } else {
            &runs[runs.len() - 1]
        };
        return Err(Error::format(
            run,
            format!(
                "a wandb/ folder, not a run: give one of its runs, e.g. {} (runs: {})",
                run.join(pick).display(),
                runs.join(", ")
            ),
        ));
    }
    if files.is_dir() {
        return Err(Error::format(
            run,
            format!("holds files/ but nothing of a W&B run: {EXPECTED}"),
        ));
    }
    Err(Error::format(
        run,
        format!("a folder, but not a W&B run folder: {EXPECTED}; or give a file"),
    ))
}

/// Splits `<key>_<step>_<hash>` into the key and the step.
fn parse_name(stem: &str) -> Option<(&str, u64)> {
    let (rest, hash) = stem.rsplit_once('_')?;
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let (key, step) = rest.rsplit_once('_')?;
    if key.is_empty() || step.is_empty() || !step.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((key, step.parse().ok()?))
}

/// Collects the `*.table.json` files under `dir`, with `prefix` (the key's folders so far).
fn walk(dir: &Path, prefix: &str, out: &mut Vec<RunTable>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            walk(&path, &format!("{prefix}{name}/"), out)?;
            continue;
        }
        let Some(stem) = name.strip_suffix(".table.json") else {
            continue;
        };
        let (key, step) = parse_name(stem).unwrap_or((stem, 0));
        out.push(RunTable {
            key: format!("{prefix}{key}"),
            step,
            modified: e.metadata().ok().and_then(|m| m.modified().ok()),
            path,
        });
    }
    Ok(())
}

/// Every table `run` logged, ordered by step (then by when the file was written, then by
/// key). `run` is a run folder, its `files/` folder, or a `latest-run` symlink. An empty list is
/// not an error here ([`select`] says so); a folder that is not a run is.
pub fn list_tables(run: &Path) -> Result<Vec<RunTable>> {
    let files = files_dir(run)?;
    let dir = files.join("media").join("table");
    let mut out = Vec::new();
    if dir.is_dir() {
        walk(&dir, "", &mut out)?;
    }
    out.sort_by(|a, b| {
        (a.step, a.modified, &a.key, &a.path).cmp(&(b.step, b.modified, &b.key, &b.path))
    });
    Ok(out)
}

/// `digits at steps 0, 1; embeddings at step 0`: the keys in order, each with its steps.
pub fn summary(tables: &[RunTable]) -> String {
    let mut steps: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for t in tables {
        let s = steps.entry(&t.key).or_default();
        if !s.contains(&t.step) {
            s.push(t.step);
        }
    }
    steps
        .into_iter()
        .map(|(key, mut s)| {
            s.sort_unstable();
            let list: Vec<String> = s.iter().map(u64::to_string).collect();
            match list.len() {
                1 => format!("{key} at step {}", list[0]),
                n if n > 8 => format!(
                    "{key} at {n} steps: {}, … {}",
                    list[..3].join(", "),
                    list[n - 2..].join(", ")
                ),
                _ => format!("{key} at steps {}", list.join(", ")),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The table of `run` to load: the one logged under `key` (when given) at `step` (when given);
/// of several, the latest (the highest step, then the most recently written file). A `step`
/// without a `key` where several keys were logged at that step is an error naming them. Errors
/// name the folder and list its tables.
pub fn select(run: &Path, key: Option<&str>, step: Option<u64>) -> Result<RunTable> {
    let tables = list_tables(run)?;
    if tables.is_empty() {
        return Err(Error::format(
            run,
            format!(
                "no tables logged: nothing in {}",
                files_dir(run)?
                    .join("media/table/<key>_<step>_<hash>.table.json")
                    .display()
            ),
        ));
    }
    let all = summary(&tables);
    let of_key: Vec<&RunTable> = match key {
        Some(k) => tables.iter().filter(|t| t.key == k).collect(),
        None => tables.iter().collect(),
    };
    if of_key.is_empty() {
        return Err(Error::Invalid(format!(
            "{}: no table '{}' (tables: {all})",
            run.display(),
            key.unwrap_or_default()
        )));
    }
    let chosen: Vec<&RunTable> = match step {
        Some(s) => of_key.into_iter().filter(|t| t.step == s).collect(),
        None => of_key,
    };
    let Some(last) = chosen.last() else {
        return Err(Error::Invalid(match key {
            Some(k) => format!(
                "{}: table '{k}' has no step {} ({})",
                run.display(),
                step.unwrap_or_default(),
                summary(
                    &tables
                        .iter()
                        .filter(|t| t.key == k)
                        .cloned()
                        .collect::<Vec<_>>()
                )
            ),
            None => format!(
                "{}: no table at step {} (tables: {all})",
                run.display(),
                step.unwrap_or_default()
            ),
        }));
    };
    if let (None, Some(s)) = (key, step) {
        let mut keys: Vec<&str> = chosen.iter().map(|t| t.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() > 1 {
            return Err(Error::Invalid(format!(
                "{}: {} tables at step {s}: {}; choose one by its key",
                run.display(),
                keys.len(),
                keys.join(", ")
            )));
        }
    }
    Ok((*last).clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, load};
    use crate::row;
    use crate::table::{ColumnData, ImageCell};

    /// The run folder written by tests/fixtures/make_wandb_run_fixture.py.
    fn fixture() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/wandb_run")
    }

    fn keys_steps(tables: &[RunTable]) -> Vec<(String, u64)> {
        tables.iter().map(|t| (t.key.clone(), t.step)).collect()
    }

    fn opts(table: Option<&str>, step: Option<u64>) -> LoadOptions {
        LoadOptions {
            table: table.map(str::to_string),
            step,
            ..Default::default()
        }
    }

    fn write_table(path: &Path, json: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, json).unwrap();
    }

    #[test]
    fn parses_key_step_hash() {
        assert_eq!(
            parse_name("digits_0_34ef8ba225da6345b749"),
            Some(("digits", 0))
        );
        assert_eq!(parse_name("my_table_12_abc"), Some(("my_table", 12)));
        assert_eq!(parse_name("digits"), None);
        assert_eq!(parse_name("a_b_c"), None);
        assert_eq!(parse_name("_3_abc"), None);
    }

    #[test]
    fn lists_the_fixture_run_by_step_from_the_run_its_files_and_a_symlink() {
        let run = fixture();
        let want = [("digits", 0), ("embeddings", 0), ("digits", 1)];
        let tables = list_tables(&run).unwrap();
        let mut got = keys_steps(&tables);
        // Two tables logged at step 0: their order follows the files' times; compare as a set.
        got[..2].sort();
        assert_eq!(
            got,
            want.map(|(k, s)| (k.to_string(), s)).to_vec(),
            "{tables:?}"
        );
        assert!(tables.iter().all(|t| t.path.is_file()));
        assert_eq!(
            summary(&tables),
            "digits at steps 0, 1; embeddings at step 0"
        );
        let rows: Vec<usize> = tables.iter().map(|t| t.rows().unwrap()).collect();
        let digits0 = tables.iter().position(|t| t.key == "digits").unwrap();
        assert_eq!(rows[digits0], 40);
        assert_eq!(rows.iter().sum::<usize>(), 83);
        // Its files/ folder and a latest-run symlink list the same.
        assert_eq!(list_tables(&run.join("files")).unwrap().len(), 3);
        let wandb = tempfile::tempdir().unwrap();
        let link = wandb.path().join("latest-run");
        std::os::unix::fs::symlink(std::fs::canonicalize(&run).unwrap(), &link).unwrap();
        assert_eq!(list_tables(&link).unwrap().len(), 3);
        let t = load(&link, &LoadOptions::default()).unwrap();
        assert_eq!(t.num_rows(), 40);
    }

    #[test]
    fn loads_the_latest_table_by_default_and_the_one_chosen() {
        let run = fixture();
        let latest = load(&run, &LoadOptions::default()).unwrap();
        let step1 = select(&run, None, None).unwrap();
        assert_eq!((step1.key.as_str(), step1.step), ("digits", 1));
        assert_eq!(latest.source.as_deref(), Some(step1.path.as_path()));
        assert_eq!((latest.num_rows(), latest.columns().len()), (40, 66));
        assert_eq!(latest.default_color(), Some("target"));
        // The seed's DataFrame: wandb wrote the image cells as the string "Image".
        assert_eq!(
            latest.column("image").unwrap().data,
            ColumnData::Text(vec!["Image".to_string(); 40])
        );

        let step0 = load(&run, &opts(Some("digits"), Some(0))).unwrap();
        assert_eq!(step0.num_rows(), 40);
        assert_ne!(
            step0.column("pixel_2_3").unwrap().data,
            latest.column("pixel_2_3").unwrap().data
        );
        // The same as loading the file.
        let file = select(&run, Some("digits"), Some(0)).unwrap().path;
        let direct = load(&file, &LoadOptions::default()).unwrap();
        assert_eq!(step0.columns(), direct.columns());

        let emb = load(&run, &opts(Some("embeddings"), None)).unwrap();
        assert_eq!((emb.num_rows(), emb.columns().len()), (3, 5));
        assert_eq!(
            emb.column("D1").unwrap().data,
            ColumnData::Numeric(vec![0.2, 0.3, 0.4])
        );
        // A step alone picks the table of that step.
        assert_eq!(
            load(&run, &opts(None, Some(1))).unwrap().columns(),
            latest.columns()
        );
    }

    #[test]
    fn errors_name_the_folder_and_list_the_tables() {
        let run = fixture();
        let msg = |o: LoadOptions| {
            let e = load(&run, &o).unwrap_err();
            assert!(e.is_input_error(), "{e:?}");
            e.to_string()
        };
        let name = run.display().to_string();
        let m = msg(opts(Some("foo"), None));
        assert!(m.starts_with(&name), "{m}");
        assert!(
            m.ends_with("no table 'foo' (tables: digits at steps 0, 1; embeddings at step 0)"),
            "{m}"
        );
        let m = msg(opts(Some("digits"), Some(7)));
        assert!(
            m.contains("table 'digits' has no step 7 (digits at steps 0, 1)"),
            "{m}"
        );
        let m = msg(opts(None, Some(7)));
        assert!(m.contains("no table at step 7 (tables: digits"), "{m}");
        let m = msg(opts(None, Some(0)));
        assert!(
            m.contains("2 tables at step 0: digits, embeddings; choose one by its key"),
            "{m}"
        );

        // A file with a table key or step.
        let file = select(&run, None, None).unwrap().path;
        let e = load(&file, &opts(Some("digits"), None)).unwrap_err();
        assert!(
            e.is_input_error() && e.to_string().contains("run folder"),
            "{e}"
        );

        // A folder that is not a run, a wandb/ folder, a run without tables.
        let dir = tempfile::tempdir().unwrap();
        let e = load(dir.path(), &LoadOptions::default()).unwrap_err();
        let m = e.to_string();
        assert!(e.is_input_error(), "{e:?}");
        assert!(
            m.contains(&dir.path().display().to_string())
                && m.contains("not a W&B run folder")
                && m.contains("files/media/table/<key>_<step>_<hash>.table.json"),
            "{m}"
        );
        let r = dir.path().join("offline-run-20240101_000000-abc");
        std::fs::create_dir_all(r.join("files")).unwrap();
        std::fs::write(r.join("files/requirements.txt"), "wandb\n").unwrap();
        let m = load(&r, &LoadOptions::default()).unwrap_err().to_string();
        assert!(m.contains("no tables logged"), "{m}");
        assert!(
            m.contains("media/table/<key>_<step>_<hash>.table.json"),
            "{m}"
        );
        let m = load(dir.path(), &LoadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("a wandb/ folder, not a run")
                && m.contains("offline-run-20240101_000000-abc"),
            "{m}"
        );
    }

    #[test]
    fn nested_keys_ties_and_images_resolve_against_the_runs_files() {
        let dir = tempfile::tempdir().unwrap();
        let run = dir.path().join("run-20240101_000000-xyz");
        let files = run.join("files");
        std::fs::create_dir_all(files.join("media/images")).unwrap();
        std::fs::write(files.join("media/images/d0.png"), b"\x89PNG fake").unwrap();
        let image = r#"{"_type": "image-file", "path": "media/images/d0.png", "format": "png"}"#;
        write_table(
            &files.join("media/table/eval/points_3_aaaa.table.json"),
            &format!(
                r#"{{"columns": ["image", "e"], "data": [[{image}, [1, 2]], [null, [3, 4]]]}}"#
            ),
        );
        // Two files of one key at one step: the later written is the latest.
        let older = files.join("media/table/eval/points_5_bbbb.table.json");
        write_table(&older, r#"{"columns": ["a"], "data": [[1], [2]]}"#);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let newer = files.join("media/table/eval/points_5_cccc.table.json");
        write_table(&newer, r#"{"columns": ["a"], "data": [[1], [2], [3]]}"#);
        // Not named <key>_<step>_<hash>: listed under its name at step 0.
        write_table(
            &files.join("media/table/handmade.table.json"),
            r#"{"columns": ["a"], "data": [[1]]}"#,
        );
        let tables = list_tables(&run).unwrap();
        assert_eq!(
            keys_steps(&tables),
            [
                ("handmade".to_string(), 0),
                ("eval/points".to_string(), 3),
                ("eval/points".to_string(), 5),
                ("eval/points".to_string(), 5)
            ]
        );
        assert_eq!(select(&run, None, None).unwrap().path, newer);
        assert_eq!(load(&run, &LoadOptions::default()).unwrap().num_rows(), 3);

        let t = load(&run, &opts(Some("eval/points"), Some(3))).unwrap();
        let ColumnData::Image(cells) = &t.column("image").unwrap().data else {
            panic!("not an image column");
        };
        let png = files.join("media/images/d0.png");
        assert_eq!(cells[0], ImageCell::Path(png.clone()));
        assert_eq!(row::image(&t, 0), Some(row::RowImage::File(&png)));
        let m = load(&run, &opts(Some("eval"), None))
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("no table 'eval' (tables: eval/points at steps 3, 5; handmade at step 0)"),
            "{m}"
        );
    }
}
