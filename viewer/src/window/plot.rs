//! The plot area's input: drag pans (or orbits in 3-D), the wheel zooms about the cursor, F fits,
//! R resets, shift-drag selects a box (2-D), ctrl-drag a free-hand lasso (2-D and 3-D); hover picks the point under the cursor through the
//! [`PickIndex`] and shows its tooltip, a click selects it.

use std::sync::atomic::Ordering;

use egui::{Color32, Pos2, Rect, Sense, Vec2 as EVec2};
use glam::Vec2;

use super::state::Viewer;
use crate::camera::{Camera, PlotRect};
use crate::picking::PickIndex;

impl Viewer {
    pub(super) fn plot_ui(&mut self, ui: &mut egui::Ui) {
        let rect = ui.max_rect();
        let (_, response) = ui.allocate_exact_size(rect.size(), Sense::click_and_drag());
        self.plot = PlotRect {
            x: rect.left(),
            y: rect.top(),
            w: rect.width().max(1.0),
            h: rect.height().max(1.0),
        };
        let plot = self.plot;
        let mut cam = self.camera(plot);
        if self.colors_dirty {
            self.vis_cache = None;
        }
        let (shift, ctrl, scroll, zoom, keys_f, keys_r) = ui.input(|i| {
            (
                i.modifiers.shift,
                i.modifiers.ctrl || i.modifiers.command,
                i.smooth_scroll_delta.y,
                i.zoom_delta(),
                i.key_pressed(egui::Key::F),
                i.key_pressed(egui::Key::R),
            )
        });
        let pointer = response.hover_pos().map(|p| Vec2::new(p.x, p.y));
        if response.dragged() {
            self.follow = false;
            let d = response.drag_delta();
            let d = Vec2::new(d.x, d.y);
            if ctrl || !self.lasso.is_empty() {
                if let Some(p) = response.interact_pointer_pos() {
                    let p = Vec2::new(p.x, p.y);
                    if self.lasso.is_empty() {
                        self.lasso.push(p - d);
                    }
                    if self.lasso.last().is_none_or(|l| l.distance(p) >= 2.0) {
                        self.lasso.push(p);
                    }
                }
            } else if shift && self.dims == 2 {
                if self.box_start.is_none() {
                    self.box_start = response
                        .interact_pointer_pos()
                        .map(|p| Vec2::new(p.x, p.y) - d);
                }
            } else if response.dragged_by(egui::PointerButton::Secondary) || self.dims == 2 {
                cam.pan(d);
            } else {
                cam.orbit(d);
            }
        }
        if let (Some(start), Some(now)) = (self.box_start, response.interact_pointer_pos()) {
            let a = Pos2::new(start.x, start.y);
            ui.painter().rect_stroke(
                Rect::from_two_pos(a, now),
                0.0,
                egui::Stroke::new(1.0, Color32::DARK_GRAY),
                egui::StrokeKind::Middle,
            );
            if response.drag_stopped() {
                let end = Vec2::new(now.x, now.y);
                self.select_region(&cam.matrix(plot), |ix, flat, m, vis| {
                    ix.select_box(flat, m, start, end, vis)
                });
                self.box_start = None;
                ui.ctx().request_repaint();
            }
        }
        if !self.lasso.is_empty() {
            let line: Vec<Pos2> = self.lasso.iter().map(|v| Pos2::new(v.x, v.y)).collect();
            let mut closed = line.clone();
            closed.extend(line.first().copied());
            ui.painter().add(egui::Shape::line(
                closed,
                egui::Stroke::new(1.5, Color32::DARK_GRAY),
            ));
            if response.drag_stopped() {
                let poly = std::mem::take(&mut self.lasso);
                self.lasso_select(&cam.matrix(plot), &poly);
                ui.ctx().request_repaint();
            }
        }
        if let Some(p) = pointer {
            let factor = zoom * (scroll * 0.002).exp();
            if (factor - 1.0).abs() > 1e-6 {
                cam.zoom(factor, p, plot);
                self.follow = false;
            }
        }
        if keys_f {
            cam = Camera::fit(self.positions(), self.dims, plot);
            self.follow = self.shared.running.load(Ordering::Relaxed);
        }
        if keys_r {
            cam = Camera::fit(self.positions(), self.dims, plot);
            self.hidden.iter_mut().for_each(|h| *h = false);
            self.box_sel.clear();
            self.select(None);
        }
        self.camera = Some(cam);
        self.density_ui(ui, &cam.matrix(plot), rect);
        self.thumbs_tick(ui.ctx());
        // Hover and click (not while dragging: a 3-D orbit would rebuild the index each frame).
        let m = cam.matrix(plot);
        let radius = (self.point_size * 0.5 + 3.0).max(5.0);
        self.hover = match pointer {
            Some(p) if !response.dragged() => {
                self.visible_mask();
                self.pick_index(&m);
                let vis = if self.filtering() {
                    self.vis_cache.as_deref()
                } else {
                    None
                };
                self.pick_index
                    .as_ref()
                    .and_then(|ix| ix.pick(&self.flat, &m, p, radius, vis))
            }
            _ => None,
        };
        if response.clicked() {
            self.select(self.hover);
            // The panel, drawn before the plot in this pass, lists the neighbours next frame.
            ui.ctx().request_repaint();
        }
        if let Some(i) = self.hover {
            let tex = self.row_image(ui.ctx(), i);
            let fields = self.row_fields(i);
            response.on_hover_ui_at_pointer(|ui| {
                for (k, v) in fields {
                    ui.label(format!("{k}: {v}"));
                }
                if let Some(t) = tex {
                    ui.image((t.id(), EVec2::splat(96.0)));
                }
            });
        }
    }

    /// Selects the visible points inside the lasso `poly` (screen pixels) drawn over the view
    /// `m`: the selection the panel counts, histograms and exports.
    pub(super) fn lasso_select(&mut self, m: &glam::Mat4, poly: &[Vec2]) {
        self.select_region(m, |ix, flat, m, vis| ix.select_polygon(flat, m, poly, vis));
    }

    /// Makes the selection what `pick` finds among the visible points under the view `m`,
    /// through the pick index (rebuilt when the view has moved on since it was made).
    fn select_region(
        &mut self,
        m: &glam::Mat4,
        pick: impl Fn(&PickIndex, &[f32], &glam::Mat4, Option<&[bool]>) -> Vec<usize>,
    ) {
        self.visible_mask();
        let vis = if self.filtering() {
            self.vis_cache.as_deref()
        } else {
            None
        };
        let fresh = match self.pick_index.as_ref() {
            Some(ix) if ix.valid_for(self.coords.nrows(), self.dims, m) => None,
            _ => Some(PickIndex::new(&self.flat, self.dims, m)),
        };
        let ix = fresh.as_ref().or(self.pick_index.as_ref());
        self.box_sel = ix.map_or_else(Vec::new, |ix| pick(ix, &self.flat, m, vis));
        self.colors_dirty = true;
    }
}
