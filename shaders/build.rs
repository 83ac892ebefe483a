//! Generates the shader crate's contents from `wgsl/`, validating every shader with naga first:
//! a WGSL error fails `cargo build`, with naga's message pointing at the line.
//!
//! For each file `wgsl/NAME.wgsl` it emits:
//! - `pub const NAME: &str` (upper case), the source with imports expanded, and `ALL`, every
//!   (file name, source);
//! - `pub mod name` (lower case) holding the reflection of that module: `SHADER` (a [`Shader`]
//!   with its entry points, their workgroup sizes and bindings, and its struct layouts), one
//!   [`EntryPoint`] constant per entry point (`MAIN` for `fn main`), every scalar module-scope
//!   `const` (so a size WGSL needs at compile time, such as a tile width, is written once, in
//!   WGSL, and Rust reads it from here), and `overrides::NAME`, the name of each pipeline
//!   `override` (values set from Rust when the pipeline is built).
//!
//! WGSL has no modules, so code shared by several kernels lives in `wgsl/shared/NAME.wgsl` and a
//! kernel pulls it in with a line `#import NAME` (as vello's shaders do): the line is replaced by
//! that file's text (imports are not nested). The constants hold the expanded sources, which is
//! what naga validates and what the pipelines compile.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use naga::{AddressSpace, Expression, Literal, ScalarKind, TypeInner};

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
    let mut shaders =
        String::from("/// Every shader's reflection.\npub const SHADERS: &[&Shader] = &[\n");
    let mut failures = Vec::new();
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
        std::fs::write(&out_file, &expanded).expect("write expanded shader");
        let _ = writeln!(
            out,
            "/// Source of `shaders/wgsl/{stem}.wgsl` (imports expanded).\npub const {name}: &str = include_str!({:?});",
            out_file.display().to_string()
        );
        let _ = writeln!(all, "    (\"{stem}.wgsl\", {name}),");
        match reflect(stem, &name, &expanded) {
            Ok(module) => {
                out.push_str(&module);
                let _ = writeln!(shaders, "    &{}::SHADER,", stem.replace('-', "_"));
            }
            Err(e) => failures.push(e),
        }
    }
    if !failures.is_empty() {
        panic!("invalid WGSL:\n{}", failures.join("\n"));
    }
    all.push_str("];\n");
    shaders.push_str("];\n");
    out.push_str(&all);
    out.push_str(&shaders);
    let dest = out_dir.join("shaders.rs");
    std::fs::write(dest, out).expect("write generated shader list");
}

/// Parses and validates `source` and returns the Rust module reflecting it.
fn reflect(stem: &str, upper: &str, source: &str) -> Result<String, String> {
    let file = format!("{stem}.wgsl");
    let module = naga::front::wgsl::parse_str(source)
        .map_err(|e| format!("{file}: {}", e.emit_to_string_with_path(source, &file)))?;
    let mut validator = naga::valid::Validator::new(
        naga::valid::ValidationFlags::all(),
        naga::valid::Capabilities::all(),
    );
    let info = validator
        .validate(&module)
        .map_err(|e| format!("{file}: {}", e.emit_to_string_with_path(source, &file)))?;
    let mut layouter = naga::proc::Layouter::default();
    layouter
        .update(module.to_ctx())
        .map_err(|e| format!("{file}: layout: {e}"))?;

    let mut names = BTreeSet::from(["SHADER".to_string()]);
    let mut body = String::new();
    let mut entry_consts = Vec::new();
    for (i, ep) in module.entry_points.iter().enumerate() {
        let fi = info.get_entry_point(i);
        let mut bindings = String::new();
        for (handle, var) in module.global_variables.iter() {
            let Some(rb) = &var.binding else { continue };
            if fi[handle].is_empty() {
                continue;
            }
            let kind = match var.space {
                AddressSpace::Uniform => "BindingKind::Uniform".to_string(),
                AddressSpace::Storage { access } => format!(
                    "BindingKind::Storage {{ read_only: {} }}",
                    !access.contains(naga::StorageAccess::STORE)
                ),
                _ => "BindingKind::Other".to_string(),
            };
            let _ = write!(
                bindings,
                "Binding {{ group: {}, binding: {}, name: {:?}, kind: {kind} }}, ",
                rb.group,
                rb.binding,
                var.name.as_deref().unwrap_or("")
            );
        }
        let stage = match ep.stage {
            naga::ShaderStage::Compute => "Stage::Compute",
            naga::ShaderStage::Vertex => "Stage::Vertex",
            naga::ShaderStage::Fragment => "Stage::Fragment",
            _ => "Stage::Other",
        };
        let const_name = ep.name.to_ascii_uppercase();
        if !names.insert(const_name.clone()) {
            return Err(format!(
                "{file}: entry point {} clashes with another name",
                ep.name
            ));
        }
        let [x, y, z] = ep.workgroup_size;
        let _ = writeln!(
            body,
            "    /// Entry point `{}` of `{file}`.\n    pub const {const_name}: EntryPoint = EntryPoint {{ name: {:?}, stage: {stage}, workgroup_size: [{x}, {y}, {z}], bindings: &[{bindings}] }};",
            ep.name, ep.name
        );
        entry_consts.push(const_name);
    }
    for (_, c) in module.constants.iter() {
        let Some(cname) = &c.name else { continue };
        let value = match &module.global_expressions[c.init] {
            Expression::Literal(Literal::U32(v)) => format!("u32 = {v}"),
            Expression::Literal(Literal::I32(v)) => format!("i32 = {v}"),
            Expression::Literal(Literal::F32(v)) => format!("f32 = {v:?}"),
            _ => continue,
        };
        if !names.insert(cname.clone()) {
            return Err(format!(
                "{file}: const {cname} clashes with a generated name"
            ));
        }
        let _ = writeln!(
            body,
            "    /// `const {cname}` of `{file}`.\n    pub const {cname}: {value};"
        );
    }
    let mut overrides = String::new();
    let mut override_list = String::new();
    for (_, o) in module.overrides.iter() {
        let Some(oname) = &o.name else { continue };
        let _ = write!(
            override_list,
            "Override {{ name: {oname:?}, has_default: {} }}, ",
            o.init.is_some()
        );
        let _ = writeln!(
            overrides,
            "        /// `override {oname}` of `{file}`.\n        pub const {oname}: &str = {oname:?};"
        );
    }
    let mut structs = String::new();
    for (_, ty) in module.types.iter() {
        let (Some(tname), TypeInner::Struct { members, span }) = (&ty.name, &ty.inner) else {
            continue;
        };
        let mut fields = String::new();
        for m in members {
            let _ = write!(
                fields,
                "Field {{ name: {:?}, offset: {}, size: {}, scalar: {} }}, ",
                m.name.as_deref().unwrap_or(""),
                m.offset,
                layouter[m.ty].size,
                scalar_kind(&module.types[m.ty].inner)
            );
        }
        let _ = write!(
            structs,
            "StructLayout {{ name: {tname:?}, size: {span}, fields: &[{fields}] }}, "
        );
    }
    let mod_name = stem.replace('-', "_");
    let eps = entry_consts
        .iter()
        .map(|c| format!("{c}, "))
        .collect::<String>();
    Ok(format!(
        "/// Reflection of `shaders/wgsl/{file}`.\npub mod {mod_name} {{\n    #[allow(unused_imports)]\n    use super::*;\n    /// The whole module: source, entry points, struct layouts.\n    pub const SHADER: Shader = Shader {{ file: {file:?}, source: {upper}, entry_points: &[{eps}], structs: &[{structs}], overrides: &[{override_list}] }};\n{body}    /// Names of the module's pipeline overrides.\n    pub mod overrides {{\n{overrides}    }}\n}}\n"
    ))
}

/// The scalar kind a field holds (for vectors and matrices, of their components).
fn scalar_kind(inner: &TypeInner) -> &'static str {
    let kind = match inner {
        TypeInner::Scalar(s) | TypeInner::Atomic(s) => Some(s.kind),
        TypeInner::Vector { scalar, .. } | TypeInner::Matrix { scalar, .. } => Some(scalar.kind),
        _ => None,
    };
    match kind {
        Some(ScalarKind::Uint) => "Some(Scalar::U32)",
        Some(ScalarKind::Sint) => "Some(Scalar::I32)",
        Some(ScalarKind::Float) => "Some(Scalar::F32)",
        _ => "None",
    }
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
