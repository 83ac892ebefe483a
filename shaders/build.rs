//! Generates one `pub const NAME: &str` per file in `wgsl/`, named after the file in upper case
//! (`pca_covariance.wgsl` → `PCA_COVARIANCE`), and the list `ALL` used by the naga validation test.

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
        let _ = writeln!(
            out,
            "/// Source of `shaders/wgsl/{stem}.wgsl`.\npub const {name}: &str = include_str!({:?});",
            f.display().to_string()
        );
        let _ = writeln!(all, "    (\"{stem}.wgsl\", {name}),");
    }
    all.push_str("];\n");
    out.push_str(&all);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("shaders.rs");
    std::fs::write(dest, out).expect("write generated shader list");
}
