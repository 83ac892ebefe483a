//! # projector-viewer
//!
//! The point renderer of the projector, offscreen ([`render_png`], [`render_rgba`]) and in a
//! window ([`view`]).
//!
//! How it works:
//! - Points are drawn by one render pipeline (`shaders/wgsl/render_points.wgsl`) with no vertex
//!   buffers: the vertex shader turns `vertex_index` into a point index and a sprite corner and
//!   reads the point's position from a storage buffer (`n × dims` f32, the layout the reducers
//!   write) and its colour from a packed RGBA8 buffer. Sprites are round and anti-aliased, sized
//!   in screen pixels, with premultiplied alpha; the global opacity adapts to how much the
//!   sprites overlap ([`density_alpha`]) so a million points still show structure.
//! - A [`Camera`] maps data to screen pixels: a flat pan/zoom camera for 2-D and an orbit
//!   camera (glam, perspective) for 3-D. The same matrix is used on the CPU for picking.
//! - Text (title, legend, the window's panel) is drawn by egui through `egui-wgpu` into the same
//!   texture, so the PNG carries the legend without a separate font stack.
//! - The window ([`view`]) is winit + egui; reducers run on a worker thread through the engine's
//!   pipeline ([`projector_engine::pipeline::Run`], what `projector project` runs), streaming
//!   positions while they optimise.
//!
//! ```
//! use projector_viewer::{Coloring, RenderOptions, Scene, render_rgba};
//! let Some(gpu) = projector_engine::gpu::test_context() else { return };
//! let scene = Scene {
//!     positions: vec![0.0, 0.0, 1.0, 1.0, 0.5, 0.2],
//!     dims: 2,
//!     coloring: Coloring::Categorical { codes: vec![0, 1, 1], classes: vec!["a".into(), "b".into()] },
//!     title: "demo".into(),
//! };
//! let opts = RenderOptions { width: 320, height: 240, ..Default::default() };
//! let img = render_rgba(&gpu, &scene, &opts).unwrap();
//! assert_eq!(img.dimensions(), (320, 240));
//! ```

#![warn(missing_docs)]

use std::path::PathBuf;

pub mod camera;
pub mod color;
pub mod component;
pub mod legend;
mod offscreen;
pub mod overlay;
mod params_panel;
mod pass;
pub mod picking;
pub mod points;
pub mod thumbs;
pub mod window;

pub use camera::{Camera, PlotRect};
pub use component::{Colors, Highlight, PointRenderer, Points, PositionsSource, ViewTransform};
/// The vector types of the camera and picking APIs.
pub use glam;
pub use offscreen::{density_alpha, render_png, render_rgba, thumbnails_show};
pub use overlay::Overlay;
pub use pass::{color_pass, copy_to_buffer, next_frame, surface_config};
pub use picking::PickIndex;
pub use window::{ViewRequest, display_available, view};

/// How points are coloured.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Coloring {
    /// One colour for every point.
    #[default]
    None,
    /// One colour per class: `codes[i]` indexes `classes`.
    Categorical {
        /// Class of each point.
        codes: Vec<u32>,
        /// Class names (the legend).
        classes: Vec<String>,
    },
    /// A continuous colour map over `values` on the engine's [`color::Scale`] (viridis, or a
    /// diverging map for columns straddling zero; log for skewed positive ones; NaN is grey).
    Continuous {
        /// Value of each point.
        values: Vec<f32>,
        /// What the values are (the colour bar's title).
        name: String,
    },
}

/// What to draw: point positions (`n × dims`, row-major), their colouring and a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// `n × dims` f32, row-major.
    pub positions: Vec<f32>,
    /// 2 or 3.
    pub dims: usize,
    /// Colours and legend.
    pub coloring: Coloring,
    /// Drawn at the top (nothing when empty).
    pub title: String,
}

impl Scene {
    /// Number of points (`positions.len() / dims`).
    pub fn len(&self) -> usize {
        self.positions.len().checked_div(self.dims).unwrap_or(0)
    }
    /// True when there is no point.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Checks dims, lengths and that there is something to draw.
    pub fn validate(&self) -> Result<(), ViewerError> {
        if self.dims != 2 && self.dims != 3 {
            return Err(ViewerError::Invalid(format!(
                "scene dims must be 2 or 3, not {}",
                self.dims
            )));
        }
        if !self.positions.len().is_multiple_of(self.dims) {
            return Err(ViewerError::Invalid(format!(
                "{} position values do not make rows of {}",
                self.positions.len(),
                self.dims
            )));
        }
        let n = self.len();
        if n == 0 {
            return Err(ViewerError::Invalid(
                "empty scene: no points to draw".into(),
            ));
        }
        if !self
            .positions
            .chunks_exact(self.dims)
            .any(|p| p.iter().all(|v| v.is_finite()))
        {
            return Err(ViewerError::Invalid(
                "empty scene: no point has finite coordinates".into(),
            ));
        }
        match &self.coloring {
            Coloring::None => {}
            Coloring::Categorical { codes, classes } => {
                if codes.len() != n {
                    return Err(ViewerError::Invalid(format!(
                        "{} class codes for {n} points",
                        codes.len()
                    )));
                }
                if let Some(c) = codes.iter().find(|&&c| c as usize >= classes.len()) {
                    return Err(ViewerError::Invalid(format!(
                        "class code {c} but only {} classes",
                        classes.len()
                    )));
                }
            }
            Coloring::Continuous { values, .. } => {
                if values.len() != n {
                    return Err(ViewerError::Invalid(format!(
                        "{} colour values for {n} points",
                        values.len()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Options of [`render_png`] and [`render_rgba`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// Image width in pixels.
    pub width: u32,
    /// Image height in pixels.
    pub height: u32,
    /// Sprite diameter in pixels.
    pub point_size: f32,
    /// Draw the legend (class names or a colour bar).
    pub legend: bool,
    /// Density contours (under the points) and cluster labels (over them), 2-D scenes only.
    pub overlay: Option<Overlay>,
    /// The scene's images ([`thumbs::ThumbAtlas`], one slot per point): points are drawn as
    /// their thumbnails where those would be at least 24 px across ([`thumbnails_show`]).
    pub thumbnails: Option<std::sync::Arc<thumbs::ThumbAtlas>>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            width: 1600,
            height: 1200,
            point_size: 4.0,
            legend: true,
            overlay: None,
            thumbnails: None,
        }
    }
}

/// Errors of the renderer and the viewer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ViewerError {
    /// A bad scene or option (empty scene, wrong lengths, zero size).
    #[error("{0}")]
    Invalid(String),
    /// The GPU failed.
    #[error("GPU error: {0}")]
    Gpu(String),
    /// Writing the image failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// No display to open a window on.
    #[error(
        "no display: DISPLAY or WAYLAND_DISPLAY is not set, so no window can open ({0}); use `projector serve` to view it in a browser (also over ssh), or `projector render` to write a PNG"
    )]
    NoDisplay(String),
    /// The window system failed.
    #[error("window: {0}")]
    Window(String),
    /// An engine error (data, reducer).
    #[error(transparent)]
    Engine(#[from] projector_engine::Error),
}

impl ViewerError {
    /// True for errors caused by the user's input or arguments.
    pub fn is_input_error(&self) -> bool {
        match self {
            ViewerError::Invalid(_) | ViewerError::Io { .. } | ViewerError::NoDisplay(_) => true,
            ViewerError::Engine(e) => e.is_input_error(),
            _ => false,
        }
    }
}
