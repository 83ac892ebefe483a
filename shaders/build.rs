//! Generates one `pub const NAME: &str` per file in `wgsl/`, named after the file in upper case
//! (`pca_covariance.wgsl` → `PCA_COVARIANCE`), and the list `ALL` used by the naga validation test.
//!
//! WGSL has no modules, so code shared by several kernels lives in `wgsl/shared/NAME.wgsl` and a
//! kernel pulls it in with a line `#import NAME` (as vello's shaders do): the line is replaced by
//! that file's text (imports are not nested). The constants hold the expanded sources, which is
//! what naga validates and what the pipelines compile.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("wgsl");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("shaders/wgsl exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "wgsl"))
        .collect();
    files.sort();
    let out_dir = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed={}", dir.join("shared").display());
    let mut out = String::new();
    let mut all = String::from(
        "/// Every shader: (file name, source).\npub const ALL: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let stem = f
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        let name = stem.to_ascii_uppercase().replace('-', "_");
        let source = std::fs::read_to_string(f).expect("readable shader");
        let expanded = expand(&source, &dir.join("shared"), stem);
        let out_file = out_dir.join(format!("{stem}.wgsl"));
        std::fs::write(&out_file, expanded).expect("write expanded shader");
        let _ = writeln!(
            out,
            "/// Source of `shaders/wgsl/{stem}.wgsl` (imports expanded).\npub const {name}: &str = include_str!({:?});",
            out_file.display().to_string()
        );
        let _ = writeln!(all, "    (\"{stem}.wgsl\", {name}),");
    }
    all.push_str("];\n");
    out.push_str(&all);
    let dest = out_dir.join("shaders.rs");
    std::fs::write(dest, out).expect("write generated shader list");
}

/// `source` with every `#import NAME` line replaced by `shared/NAME.wgsl`.
fn expand(source: &str, shared: &Path, stem: &str) -> String {
    let mut text = String::with_capacity(source.len());
    for line in source.lines() {
        if let Some(name) = line.trim().strip_prefix("#import ") {
            let path = shared.join(format!("{}.wgsl", name.trim()));
            println!("cargo:rerun-if-changed={}", path.display());
            let body = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{stem}.wgsl imports {}: {e}", path.display()));
            text.push_str(&body);
        } else {
            text.push_str(line);
        }
        text.push('\n');
    }
    text
}
