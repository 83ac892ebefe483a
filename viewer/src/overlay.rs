//! Density contours and cluster labels drawn over a plot, from the engine's
//! [`DensityMap`](projector_engine::density::DensityMap): the same painting for the offscreen
//! PNG and the window.
//!
//! How it works:
//! - Contours are egui line shapes (thin grey), made in screen space from the map's layout
//!   coordinates through the camera matrix, and tessellated on their own so that they can be
//!   rendered *before* the points ([`split_under`]): one egui upload, two render calls, the
//!   second with the contour primitives clipped to nothing (egui skips them).
//! - Labels are placed at their clusters' centres in screen space on every draw, kept apart by
//!   [`place_labels`] (larger clusters first; a label with no free spot is dropped), and drawn
//!   dark on a white halo (the text repeated around it) so they read over points.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, Vec2};
use glam::Mat4;
use projector_engine::density::{DensityMap, LabelBox, place_labels};

use crate::camera::Camera;

/// A density map and which of its layers to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlay {
    /// The engine's result for the layout drawn.
    pub map: Arc<DensityMap>,
    /// Draw the contour lines (under the points).
    pub contours: bool,
    /// Draw the cluster labels (over the points).
    pub labels: bool,
}

/// Grey of the contour lines.
const CONTOUR: Color32 = Color32::from_rgba_premultiplied(120, 120, 120, 170);
/// Label text and halo.
const LABEL_TEXT: Color32 = Color32::from_gray(25);
const LABEL_HALO: Color32 = Color32::from_rgba_premultiplied(255, 255, 255, 220);
/// Label font size in egui points.
pub const LABEL_SIZE: f32 = 17.0;

/// Screen point (egui points) of layout point `p` under `m` (data → pixels), `ppp` pixels per
/// point.
fn to_screen(m: &Mat4, p: [f32; 2], ppp: f32) -> Option<Pos2> {
    Camera::project(m, &p).map(|v| Pos2::new(v.x / ppp, v.y / ppp))
}

/// The contour lines of `map` as egui shapes in points (`m`: data → pixels).
pub fn contour_shapes(map: &DensityMap, m: &Mat4, ppp: f32) -> Vec<Shape> {
    let levels = map.contours.len().max(1) as f32;
    map.contours
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            // Inner (denser) levels a little darker.
            let w = 0.8 + 0.4 * (1.0 - i as f32 / levels);
            c.lines.iter().filter_map(move |line| {
                let pts: Vec<Pos2> = line.iter().filter_map(|&p| to_screen(m, p, ppp)).collect();
                (pts.len() > 1).then(|| Shape::line(pts, Stroke::new(w, CONTOUR)))
            })
        })
        .collect()
}

/// Paints the cluster labels of `map` that fit inside `bounds` (points), overlap-free.
pub fn paint_labels(painter: &Painter, map: &DensityMap, m: &Mat4, ppp: f32, bounds: Rect) {
    let font = FontId::proportional(LABEL_SIZE);
    let mut items = Vec::new();
    for c in &map.clusters {
        let (Some(text), Some(at)) = (c.label.as_deref(), to_screen(m, c.centre, ppp)) else {
            continue;
        };
        if !bounds.contains(at) {
            continue;
        }
        let galley = painter.layout_no_wrap(text.to_string(), font.clone(), LABEL_TEXT);
        let size = galley.size() + Vec2::splat(4.0);
        items.push((
            text,
            LabelBox {
                anchor: [at.x, at.y],
                size: [size.x, size.y],
                priority: c.points as f32,
            },
        ));
    }
    let boxes: Vec<LabelBox> = items.iter().map(|i| i.1).collect();
    let b = [bounds.left(), bounds.top(), bounds.right(), bounds.bottom()];
    for ((text, _), at) in items.iter().zip(place_labels(&boxes, 2.0, Some(b))) {
        let Some([x, y]) = at else { continue };
        let p = Pos2::new(x, y);
        for (dx, dy) in [
            (-1.5, 0.0),
            (1.5, 0.0),
            (0.0, -1.5),
            (0.0, 1.5),
            (-1.0, -1.0),
            (1.0, -1.0),
            (-1.0, 1.0),
            (1.0, 1.0),
        ] {
            painter.text(
                p + Vec2::new(dx, dy),
                Align2::CENTER_CENTER,
                text,
                font.clone(),
                LABEL_HALO,
            );
        }
        painter.text(p, Align2::CENTER_CENTER, text, font.clone(), LABEL_TEXT);
    }
}

/// `under` (tessellated contours) then `over` (everything else) as one list for egui's
/// `update_buffers`, with the copy of that list the second render call takes: the same
/// primitives, the first `under.len()` clipped to nothing so egui skips them.
pub fn split_under(
    under: Vec<egui::ClippedPrimitive>,
    over: Vec<egui::ClippedPrimitive>,
) -> (
    Vec<egui::ClippedPrimitive>,
    usize,
    Vec<egui::ClippedPrimitive>,
) {
    let k = under.len();
    let mut all = under;
    all.extend(over);
    let mut masked = all.clone();
    for p in masked.iter_mut().take(k) {
        p.clip_rect = Rect::from_min_size(Pos2::ZERO, Vec2::ZERO);
    }
    (all, k, masked)
}

/// The contour shapes of `overlay` (when on) as clipped shapes for egui's tessellator.
pub fn under_shapes(
    overlay: Option<&Overlay>,
    m: &Mat4,
    ppp: f32,
    clip: Rect,
) -> Vec<egui::epaint::ClippedShape> {
    match overlay {
        Some(o) if o.contours => contour_shapes(&o.map, m, ppp)
            .into_iter()
            .map(|shape| egui::epaint::ClippedShape::new(clip, shape))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::Camera;
    use crate::color::BACKGROUND;
    use crate::{Coloring, RenderOptions, Scene, render_rgba};
    use projector_engine::Compute;
    use projector_engine::density::{self, DensityParams, LabelSource};

    /// Two round blobs of 300 points, classes "left" and "right".
    fn blobs() -> (Vec<f32>, Vec<u32>) {
        let (mut pos, mut codes) = (Vec::new(), Vec::new());
        for i in 0..600u32 {
            let c = i / 300;
            let t = i as f32 * 2.399;
            let r = ((i % 300) as f32 / 300.0).sqrt();
            pos.extend([c as f32 * 12.0 + r * t.cos(), r * t.sin()]);
            codes.push(c);
        }
        (pos, codes)
    }

    fn is_bg(p: &image::Rgba<u8>) -> bool {
        (0..3).all(|k| (p.0[k] as i32 - BACKGROUND[k] as i32).abs() <= 2)
    }

    #[test]
    fn contours_and_labels_change_the_pixels_where_expected() {
        let Some(gpu) = projector_engine::gpu::test_context() else {
            return;
        };
        let (pos, codes) = blobs();
        let classes = vec!["left".to_string(), "right".to_string()];
        let source = LabelSource::Categories {
            codes: codes.clone(),
            classes: classes.clone(),
        };
        let map =
            density::analyze(&Compute::Cpu, &pos, 2, &source, &DensityParams::default()).unwrap();
        assert_eq!(map.clusters.len(), 2);
        let scene = Scene {
            positions: pos.clone(),
            dims: 2,
            coloring: Coloring::Categorical { codes, classes },
            title: String::new(),
        };
        let (w, h) = (800u32, 600u32);
        let plain = RenderOptions {
            width: w,
            height: h,
            legend: false,
            ..Default::default()
        };
        let with = |contours, labels| RenderOptions {
            overlay: Some(Overlay {
                map: Arc::new(map.clone()),
                contours,
                labels,
            }),
            ..plain.clone()
        };
        let base = render_rgba(&gpu, &scene, &plain).unwrap();
        let lines = render_rgba(&gpu, &scene, &with(true, false)).unwrap();
        let named = render_rgba(&gpu, &scene, &with(false, true)).unwrap();
        let lay = crate::offscreen::layout(w, h, false, false);
        let m = Camera::fit(&pos, 2, lay.plot).matrix(lay.plot);
        // Contours: grey on the outermost ring, away from the points (which stay as they were).
        let ring = &map.contours.last().unwrap().lines[0];
        let mut grey = 0;
        for p in ring {
            let s = Camera::project(&m, p).unwrap();
            let (x, y) = (s.x.round() as u32, s.y.round() as u32);
            if x < w && y < h && is_bg(base.get_pixel(x, y)) {
                let q = lines.get_pixel(x, y);
                grey += usize::from(!is_bg(q) && q.0[0].abs_diff(q.0[2]) < 12);
            }
        }
        assert!(
            grey * 2 > ring.len(),
            "{grey} of {} ring pixels grey",
            ring.len()
        );
        // Points are drawn over the contours: where a point was opaque, it is unchanged.
        let c = Camera::project(&m, &pos[0..2]).unwrap();
        assert_eq!(
            base.get_pixel(c.x as u32, c.y as u32),
            lines.get_pixel(c.x as u32, c.y as u32)
        );
        // Labels: dark text pixels near each cluster centre, none of them in the plain image.
        for cl in &map.clusters {
            let s = Camera::project(&m, &cl.centre).unwrap();
            let dark = |img: &image::RgbaImage| {
                let mut k = 0;
                for y in (s.y as i64 - 12).max(0)..(s.y as i64 + 12).min(h as i64) {
                    for x in (s.x as i64 - 30).max(0)..(s.x as i64 + 30).min(w as i64) {
                        let p = img.get_pixel(x as u32, y as u32);
                        k += usize::from(p.0[..3].iter().all(|&v| v < 60));
                    }
                }
                k
            };
            assert_eq!(dark(&base), 0);
            assert!(
                dark(&named) > 20,
                "label of {:?}: {} dark pixels",
                cl.label,
                dark(&named)
            );
        }
        // A 3-D scene ignores the overlay.
        let mut s3 = scene.clone();
        s3.dims = 3;
        s3.positions = pos.chunks(2).flat_map(|p| [p[0], p[1], 0.0]).collect();
        s3.positions.truncate(3 * 400);
        s3.coloring = Coloring::None;
        assert!(render_rgba(&gpu, &s3, &with(true, true)).is_ok());
    }
}
