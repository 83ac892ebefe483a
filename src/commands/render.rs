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

/// The scene of the rows of `p` that `keep` marks, coloured as in the whole view (the same
/// class keeps its colour; the legend lists the classes shown).
fn filtered_scene(p: &Projection, keep: &[bool], title: String) -> Scene {
    use projector_viewer::Coloring;
    let full = scene(p, title);
    let dims = full.dims;
    let positions = full
        .positions
        .chunks_exact(dims)
        .zip(keep)
        .filter(|(_, k)| **k)
        .flat_map(|(p, _)| p.iter().copied())
        .collect();
    let pick = |i: usize| keep[i];
    let coloring = match full.coloring {
        Coloring::None => Coloring::None,
        Coloring::Categorical { codes, classes } => {
            let mut shown = vec![false; classes.len()];
            let codes: Vec<u32> = (0..codes.len())
                .filter(|&i| pick(i))
                .map(|i| codes[i])
                .collect();
            for &c in &codes {
                shown[c as usize] = true;
            }
            // Classes not shown keep their slot (and so every colour) but no legend name.
            let classes = classes
                .into_iter()
                .zip(&shown)
                .map(|(c, &s)| if s { c } else { String::new() })
                .collect();
            Coloring::Categorical { codes, classes }
        }
        Coloring::Continuous { values, name } => Coloring::Continuous {
            values: (0..values.len())
                .filter(|&i| pick(i))
                .map(|i| values[i])
                .collect(),
            name,
        },
    };
    Scene {
        positions,
        dims,
        coloring,
        title: full.title,
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

/// Draws `p` to `path` (the rows `keep` marks; all when `None`).
pub fn write_png(
    p: &Projection,
    title: String,
    path: &Path,
    width: u32,
    height: u32,
) -> Result<()> {
    write_png_of(p, None, title, path, (width, height), (false, false))
}

/// The density overlay of the rows `keep` marks (all when `None`) of a 2-D `p`, its clusters
/// named from the colour column; `None` (said on stderr) for a 3-D layout.
fn overlay(
    p: &Projection,
    keep: Option<&[bool]>,
    (contours, labels): (bool, bool),
) -> Result<Option<projector_viewer::Overlay>> {
    use projector_engine::density::{self, DensityParams, LabelSource};
    if !(contours || labels) {
        return Ok(None);
    }
    let dims = p.coords.ncols();
    if !density::supports(dims) {
        eprintln!(
            "note: --contours and --cluster-labels are 2-D only; this layout has {dims} dimensions"
        );
        return Ok(None);
    }
    let rows = shown_rows(p, keep);
    let positions: Vec<f32> = p
        .coords
        .rows()
        .into_iter()
        .zip(0..)
        .filter(|(_, i)| keep.is_none_or(|k| k[*i]))
        .flat_map(|(r, _)| [r[0], r[1]])
        .collect();
    let source = if labels {
        LabelSource::from_table(&p.data.table, p.data.color.as_deref(), &rows)?
    } else {
        LabelSource::None
    };
    let map = density::analyze(
        &p.compute,
        &positions,
        2,
        &source,
        &DensityParams::default(),
    )?;
    Ok(Some(projector_viewer::Overlay {
        map: Arc::new(map),
        contours,
        labels,
    }))
}

/// The table rows of the points `keep` marks (all when `None`).
fn shown_rows(p: &Projection, keep: Option<&[bool]>) -> Vec<usize> {
    let rows = &p.data.embedding.rows;
    match keep {
        None => rows.clone(),
        Some(k) => rows
            .iter()
            .zip(k)
            .filter(|(_, k)| **k)
            .map(|(r, _)| *r)
            .collect(),
    }
}

/// The thumbnails of the points shown when the table has images and, at the fitted view of
/// `scene`, they would be large enough to draw ([`projector_viewer::thumbnails_show`]); too
/// many images for the atlas is said on stderr and the points stay dots.
fn thumbnails(
    p: &Projection,
    keep: Option<&[bool]>,
    scene: &projector_viewer::Scene,
    opts: &RenderOptions,
) -> Option<Arc<projector_viewer::thumbs::ThumbAtlas>> {
    use projector_viewer::thumbs::{BuildControl, ThumbAtlas};
    if !projector_engine::row::has_images(&p.data.table)
        || !projector_viewer::thumbnails_show(scene, opts)
    {
        return None;
    }
    let rows = shown_rows(p, keep);
    match ThumbAtlas::build(&p.data.table, &rows, &BuildControl::default()) {
        Ok(atlas) => atlas.map(Arc::new),
        Err(e) => {
            eprintln!("note: {e}");
            None
        }
    }
}

fn write_png_of(
    p: &Projection,
    keep: Option<&[bool]>,
    title: String,
    path: &Path,
    (width, height): (u32, u32),
    layers: (bool, bool),
) -> Result<()> {
    let gpu = render_gpu(&p.compute)?;
    let mut opts = RenderOptions {
        width,
        height,
        overlay: overlay(p, keep, layers)?,
        ..RenderOptions::default()
    };
    let scene = match keep {
        None => scene(p, title),
        Some(keep) => filtered_scene(p, keep, title),
    };
    opts.thumbnails = thumbnails(p, keep, &scene, &opts);
    projector_viewer::render_png(&gpu, &scene, &opts, path).map_err(viewer_error)?;
    Ok(())
}

/// Runs `render`.
pub fn run_render(args: &RenderArgs) -> Result<()> {
    let progress = TerminalProgress::new();
    let prepared = pipeline::prepare(&args.projection)?;
    // The filters are checked against the table before the (long) projection.
    let keep = projector_engine::filter::Filter::mask_all(
        &args.filter,
        &prepared.table,
        &prepared.embedding.rows,
    )?;
    let p = pipeline::project(&args.projection, prepared, &progress)?;
    progress.finish();
    let shown = keep.iter().filter(|&&k| k).count();
    let mut heading = title(&args.projection, &p);
    if shown < keep.len() {
        heading.push_str(&format!(" · {shown} shown"));
    }
    write_png_of(
        &p,
        (shown < keep.len()).then_some(&keep[..]),
        heading,
        &args.output,
        (args.width, args.height),
        (args.contours, args.cluster_labels),
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
    let prepared = pipeline::prepare(&args.projection)?;
    let coords = match &args.coords {
        Some(c) => Some(crate::commands::serve::read_coords(
            c,
            prepared.embedding.data.nrows(),
        )?),
        None if args.projection.algo.is_none() => crate::commands::serve::table_coords(&prepared),
        None => None,
    };
    if let Some(coords) = coords {
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
            overlay: (args.contours, args.cluster_labels),
        };
        return projector_viewer::view(req).map_err(viewer_error);
    }
    let progress = TerminalProgress::new();
    let p = pipeline::project(&args.projection, prepared, &progress)?;
    progress.finish();
    open(&args.projection, p, (args.contours, args.cluster_labels))
}

/// Opens the viewer on a computed projection, with the density contours and cluster labels
/// shown from the start when `overlay` says so.
pub fn open(args: &ProjectionArgs, p: Projection, overlay: (bool, bool)) -> Result<()> {
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
        overlay,
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
