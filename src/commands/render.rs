//! `projector render` and `projector view`: the projection drawn offscreen to a PNG, or shown in
//! the interactive viewer.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use projector_engine::{Compute, Gpu};
use projector_viewer::{RenderOptions, Scene, ViewRequest, ViewerError};

use crate::cli::{ProjectionArgs, RenderArgs, ViewArgs};
use crate::pipeline::{self, Projection};
use crate::progress::TerminalProgress;

/// A GPU context for drawing: the reducers' own when they ran on one, else any adapter
/// (software ones included: drawing needs wgpu, not a hardware GPU).
pub fn render_gpu(compute: &Compute) -> Result<Arc<Gpu>> {
    match compute.gpu() {
        Some(g) => Ok(g.clone()),
        None => Ok(Arc::new(Gpu::new().context(
            "rendering needs a wgpu adapter (on a machine without a GPU install Mesa's software Vulkan: apt-get install mesa-vulkan-drivers)",
        )?)),
    }
}

/// The scene of a projection.
pub fn scene(p: &Projection, title: String) -> Scene {
    Scene {
        positions: p.coords.iter().copied().collect(),
        dims: p.coords.ncols(),
        coloring: projector_viewer::window::coloring_for(
            &p.data.table,
            p.data.color.as_deref(),
            &p.data.embedding.rows,
        ),
        title,
    }
}

/// The input's file name, as a view names it.
fn source(args: &ProjectionArgs) -> String {
    args.input.input.file_name().map_or_else(
        || args.input.input.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// The title of a view: file, reducer, sizes.
pub fn title(args: &ProjectionArgs, p: &Projection) -> String {
    format!(
        "{} · {} · {} points × {} dims",
        source(args),
        args.algo().name(),
        p.coords.nrows(),
        p.data.embedding.data.ncols()
    )
}

/// Draws `p` to `path`.
pub fn write_png(
    p: &Projection,
    title: String,
    path: &Path,
    width: u32,
    height: u32,
) -> Result<()> {
    let gpu = render_gpu(&p.compute)?;
    let opts = RenderOptions {
        width,
        height,
        ..RenderOptions::default()
    };
    projector_viewer::render_png(&gpu, &scene(p, title), &opts, path).map_err(viewer_error)?;
    Ok(())
}

/// Runs `render`.
pub fn run_render(args: &RenderArgs) -> Result<()> {
    let progress = TerminalProgress::new();
    let p = pipeline::run(&args.projection, &progress)?;
    progress.finish();
    write_png(
        &p,
        title(&args.projection, &p),
        &args.output,
        args.width,
        args.height,
    )?;
    eprintln!("wrote {}", args.output.display());
    Ok(())
}

/// Runs `view`.
pub fn run_view(args: &ViewArgs) -> Result<()> {
    if !projector_viewer::display_available() {
        return Err(viewer_error(ViewerError::NoDisplay(format!(
            "viewing {}",
            args.projection.input.input.display()
        ))));
    }
    let given = args.coords.is_some() || args.projection.algo.is_none();
    let prepared = if given {
        Some(pipeline::source(&args.projection).prepare()?)
    } else {
        None
    };
    let coords = match (&args.coords, &prepared) {
        (Some(c), Some(p)) => Some(crate::commands::serve::read_coords(
            c,
            p.embedding.data.nrows(),
        )?),
        (None, Some(p)) => crate::commands::serve::table_coords(p),
        _ => None,
    };
    if let (Some(coords), Some(prepared)) = (coords, prepared) {
        // Coordinates computed elsewhere, over the input's columns: nothing to project.
        let req = ViewRequest {
            table: prepared.table,
            embedding: prepared.spec,
            color: prepared.color,
            coords,
            rows: prepared.embedding.rows,
            compute: pipeline::compute(&args.projection)?,
            source: source(&args.projection),
            layout: "given coordinates".into(),
            settings: args.projection.settings(),
        };
        return projector_viewer::view(req).map_err(viewer_error);
    }
    let progress = TerminalProgress::new();
    let p = pipeline::run(&args.projection, &progress)?;
    progress.finish();
    open(&args.projection, p)
}

/// Opens the viewer on a computed projection.
pub fn open(args: &ProjectionArgs, p: Projection) -> Result<()> {
    let req = ViewRequest {
        table: p.data.table,
        embedding: p.data.spec,
        color: p.data.color,
        coords: p.coords,
        rows: p.data.embedding.rows,
        compute: p.compute,
        source: source(args),
        layout: args.algo().name().to_string(),
        settings: p.settings.clone(),
    };
    projector_viewer::view(req).map_err(viewer_error)
}

/// Viewer errors keep their input/other classification for the exit code.
pub fn viewer_error(e: ViewerError) -> anyhow::Error {
    match e {
        ViewerError::Engine(inner) => inner.into(),
        e if e.is_input_error() => {
            anyhow::Error::new(projector_engine::Error::Invalid(e.to_string()))
        }
        e => e.into(),
    }
}
