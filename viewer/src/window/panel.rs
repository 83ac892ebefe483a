//! The side panel: heading, embedding picker, colour column and legend (click hides a class,
//! "only" isolates it), search, algorithm and its parameters, Run/Stop with progress and the
//! quality figures, point size, the selection's neighbours or the box's class counts, exports.

use std::sync::atomic::Ordering;

use egui::{Color32, Pos2, Rect, Sense, Vec2 as EVec2};
use projector_engine::{ColumnData, EmbeddingSpec};

use super::coloring_for;
use projector_engine::pipeline::Algo;

use super::state::{Action, Viewer};
use crate::Coloring;
use crate::legend::format_value;

impl Viewer {
    pub(super) fn ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::right("panel")
            .default_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.panel(ui, actions));
            });
        egui::CentralPanel::no_frame().show(ui, |ui| self.plot_ui(ui));
    }

    fn panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.heading(self.title());
        ui.label(format!("{} points, {}-D", self.coords.nrows(), self.dims));
        self.embedding_ui(ui, actions);
        ui.separator();
        // Colour by.
        let names: Vec<String> = self
            .table
            .columns()
            .iter()
            .filter(|c| !matches!(c.data, ColumnData::Vector { .. } | ColumnData::Image(_)))
            .map(|c| c.name.clone())
            .collect();
        let mut chosen = self.color_column.clone();
        egui::ComboBox::from_label("colour by")
            .selected_text(chosen.clone().unwrap_or_else(|| "(none)".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "(none)");
                for n in &names {
                    ui.selectable_value(&mut chosen, Some(n.clone()), n);
                }
            });
        if chosen != self.color_column {
            self.color_column = chosen;
            self.density.invalidate();
            self.coloring = coloring_for(&self.table, self.color_column.as_deref(), &self.rows);
            self.hidden = match &self.coloring {
                Coloring::Categorical { classes, .. } => vec![false; classes.len()],
                _ => Vec::new(),
            };
            self.colors_dirty = true;
        }
        self.legend_ui(ui);
        self.range_ui(ui);
        ui.separator();
        // Search.
        ui.horizontal(|ui| {
            ui.label("search");
            if ui.text_edit_singleline(&mut self.search).changed() {
                self.update_search();
            }
        });
        if let Some(m) = &self.matches {
            ui.label(format!(
                "{} matching rows",
                m.iter().filter(|&&b| b).count()
            ));
        }
        ui.separator();
        // Algorithm.
        ui.horizontal(|ui| {
            for a in Algo::ALL {
                ui.selectable_value(&mut self.settings.algo, a, a.name());
            }
        });
        ui.horizontal(|ui| {
            ui.label("dimensions");
            ui.selectable_value(&mut self.settings.layout.dims, 2, "2");
            ui.selectable_value(&mut self.settings.layout.dims, 3, "3");
        });
        let running = self.shared.running.load(Ordering::Relaxed);
        ui.add_enabled_ui(!running, |ui| self.params_ui(ui));
        ui.horizontal(|ui| {
            if ui.add_enabled(!running, egui::Button::new("Run")).clicked() {
                actions.push(Action::Run);
            }
            if ui.add_enabled(running, egui::Button::new("Stop")).clicked() {
                self.shared.stop.store(true, Ordering::Relaxed);
            }
        });
        let total = self.shared.total.load(Ordering::Relaxed);
        let done = self.shared.done.load(Ordering::Relaxed);
        if total > 0 && (running || self.shared.quality_pending.load(Ordering::Relaxed)) {
            let stage = self
                .shared
                .stage
                .lock()
                .map(|s| s.clone())
                .unwrap_or_default();
            ui.add(
                egui::ProgressBar::new(done as f32 / total as f32)
                    .text(format!("{stage} {done} / {total}")),
            );
        }
        if !self.status.is_empty() {
            ui.label(&self.status);
        }
        if let Some(l) = self.loss {
            ui.label(format!(
                "{} {:.4} (iteration {})",
                l.name, l.value, l.iteration
            ));
        }
        match &self.quality {
            Some(Ok(q)) => {
                ui.label(format!(
                    "trustworthiness (k = 15): {:.4}",
                    q.trustworthiness
                ));
                match q.knn_accuracy {
                    Some(a) => ui.label(format!("10-NN accuracy (5-fold): {a:.4}")),
                    None => ui.label("10-NN accuracy: needs a categorical colour column"),
                };
                if let Some(m) = q.sampled {
                    ui.label(format!("(on a sample of {m} points)"));
                }
            }
            Some(Err(e)) => {
                ui.label(format!("quality: {e}"));
            }
            None if self.shared.quality_pending.load(Ordering::Relaxed) => {
                ui.label("computing trustworthiness and k-NN accuracy…");
            }
            None => {}
        }
        ui.separator();
        ui.add(egui::Slider::new(&mut self.point_size, 1.0..=20.0).text("point size"));
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.density.contours, "contours");
            ui.checkbox(&mut self.density.labels, "cluster labels");
        });
        if let Some(note) = &self.density.note {
            ui.label(note);
        }
        self.thumbs_ui(ui);
        ui.label("drag: pan (3-D: orbit, right-drag pans) · wheel: zoom · F: fit · R: reset · shift-drag: box · ctrl-drag: lasso · click: neighbours");
        ui.separator();
        self.selection_ui(ui);
        ui.separator();
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.export_png).desired_width(180.0));
            if ui.button("PNG").clicked() {
                actions.push(Action::ExportPng);
            }
        });
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.export_csv).desired_width(180.0));
            if ui.button("CSV").clicked() {
                actions.push(Action::ExportCsv);
            }
            if !self.box_sel.is_empty() && ui.button("CSV of selection").clicked() {
                actions.push(Action::ExportSelection);
            }
        });
        ui.horizontal(|ui| {
            if self.box_sel.len() >= 3
                && ui
                    .button(format!("project the {} selected", self.box_sel.len()))
                    .on_hover_text("run the chosen reducer on the selected rows alone")
                    .clicked()
            {
                actions.push(Action::ProjectSelection);
            }
            if let Some(p) = &self.parent
                && ui
                    .button(format!("back to all {} points", p.coords.nrows()))
                    .clicked()
            {
                actions.push(Action::Back);
            }
        });
    }

    /// The chosen algorithm's parameters, each with its default shown (from the engine's
    /// description: see `params_panel`).
    fn params_ui(&mut self, ui: &mut egui::Ui) {
        let n = self.coords.nrows();
        egui::Grid::new("params")
            .num_columns(3)
            .show(ui, |ui| match self.settings.algo {
                Algo::Pca => {
                    ui.label("PCA: exact, centred; no parameters");
                    ui.end_row();
                }
                Algo::Tsne => {
                    crate::params_panel::described_ui(ui, &mut self.settings.preprocess, n);
                    crate::params_panel::described_ui(ui, &mut self.settings.tsne, n);
                }
                Algo::Umap => {
                    crate::params_panel::described_ui(ui, &mut self.settings.preprocess, n);
                    crate::params_panel::described_ui(ui, &mut self.settings.umap, n);
                }
            });
    }

    /// The numeric range filter: a column and a double slider (two bounds) over its values.
    fn range_ui(&mut self, ui: &mut egui::Ui) {
        let numeric = self.table.numeric_columns();
        if numeric.is_empty() {
            return;
        }
        let current = self.range.as_ref().map(|r| r.column.clone());
        let mut chosen = current.clone();
        egui::ComboBox::from_id_salt("range column")
            .selected_text(chosen.as_deref().unwrap_or("(no range filter)"))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "(no range filter)");
                for c in &numeric {
                    ui.selectable_value(&mut chosen, Some(c.clone()), c);
                }
            });
        if chosen != current {
            match chosen {
                // A new column starts with its whole range shown.
                Some(c) => self.set_range(Some((c, f64::NEG_INFINITY, f64::INFINITY))),
                None => self.set_range(None),
            }
            if let Some(r) = &self.range {
                let (c, lo, hi) = (r.column.clone(), r.min, r.max);
                self.set_range(Some((c, lo, hi)));
            }
        }
        if let Some(r) = self.range.clone() {
            let (mut lo, mut hi) = (r.lo, r.hi);
            let span = (r.max - r.min).abs().max(1e-12);
            let speed = span / 200.0;
            ui.horizontal(|ui| {
                ui.add(egui::DragValue::new(&mut lo).range(r.min..=hi).speed(speed));
                ui.label("≤ value ≤");
                ui.add(egui::DragValue::new(&mut hi).range(lo..=r.max).speed(speed));
            });
            ui.add(egui::Slider::new(&mut lo, r.min..=r.max).text("from"));
            ui.add(egui::Slider::new(&mut hi, r.min..=r.max).text("to"));
            if lo > hi {
                std::mem::swap(&mut lo, &mut hi);
            }
            if (lo, hi) != (r.lo, r.hi) {
                self.set_range(Some((r.column.clone(), lo, hi)));
            }
            let shown = self
                .range
                .as_ref()
                .map_or(0, |r| r.pass.iter().filter(|&&p| p).count());
            ui.label(format!("{shown} of {} points in range", self.rows.len()));
        }
    }

    fn legend_ui(&mut self, ui: &mut egui::Ui) {
        match &self.coloring {
            Coloring::None => {}
            Coloring::Categorical { classes, codes } => {
                let mut counts = vec![0usize; classes.len()];
                for &c in codes {
                    counts[c as usize] += 1;
                }
                let mut toggle = None;
                let mut isolate = None;
                for (i, name) in classes.iter().enumerate().take(256) {
                    ui.horizontal(|ui| {
                        let rgb = crate::color::class_color(i as u32);
                        let (r, _) = ui.allocate_exact_size(EVec2::splat(12.0), Sense::hover());
                        let off = self.hidden[i];
                        ui.painter().circle_filled(
                            r.center(),
                            5.0,
                            if off {
                                Color32::LIGHT_GRAY
                            } else {
                                Color32::from_rgb(rgb[0], rgb[1], rgb[2])
                            },
                        );
                        let resp = ui.selectable_label(!off, format!("{name} ({})", counts[i]));
                        if resp.clicked() {
                            toggle = Some(i);
                        }
                        if resp.double_clicked() || ui.small_button("only").clicked() {
                            isolate = Some(i);
                        }
                    });
                }
                if let Some(i) = toggle {
                    self.hidden[i] = !self.hidden[i];
                    self.colors_dirty = true;
                }
                if let Some(i) = isolate {
                    let all_others_hidden =
                        self.hidden.iter().enumerate().all(|(j, &h)| j == i || h);
                    for (j, h) in self.hidden.iter_mut().enumerate() {
                        *h = !all_others_hidden && j != i;
                    }
                    self.colors_dirty = true;
                }
            }
            Coloring::Continuous { values, name } => {
                let scale = crate::color::scale_of(values);
                let map = crate::color::map_of(&scale);
                let kind = match scale {
                    crate::color::Scale::Linear { .. } => "",
                    crate::color::Scale::Diverging { .. } => " (diverging)",
                    crate::color::Scale::Log { .. } => " (log)",
                };
                ui.label(format!(
                    "{name}{kind}: {} … {}",
                    format_value(scale.value_at(0.0)),
                    format_value(scale.value_at(1.0))
                ));
                let (r, _) = ui.allocate_exact_size(EVec2::new(200.0, 12.0), Sense::hover());
                for s in 0..50 {
                    let t = s as f32 / 50.0;
                    let c = map(t + 0.01);
                    let x0 = r.left() + t * r.width();
                    ui.painter().rect_filled(
                        Rect::from_min_max(
                            Pos2::new(x0, r.top()),
                            Pos2::new(x0 + r.width() / 50.0 + 0.5, r.bottom()),
                        ),
                        0.0,
                        Color32::from_rgb(c[0], c[1], c[2]),
                    );
                }
            }
        }
    }

    fn selection_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(s) = self.selected {
            ui.label(format!("selected row {}", self.rows[s]));
            ui.add(egui::Slider::new(&mut self.k, 1..=50).text("k"));
            egui::Grid::new("nn").striped(true).show(ui, |ui| {
                for &(j, d) in &self.neighbors {
                    ui.label(format!("row {}", self.rows[j]));
                    ui.label(self.class_name(j));
                    ui.label(format!("{d:.4}"));
                    ui.end_row();
                }
            });
        }
        if !self.box_sel.is_empty() {
            ui.label(format!("selection: {} points", self.box_sel.len()));
            if let Coloring::Categorical { codes, classes } = &self.coloring {
                let mut counts = vec![0usize; classes.len()];
                for &i in &self.box_sel {
                    counts[codes[i] as usize] += 1;
                }
                let max = counts.iter().copied().max().unwrap_or(1).max(1);
                for (c, &k) in counts.iter().enumerate().filter(|(_, k)| **k > 0) {
                    ui.horizontal(|ui| {
                        let rgb = crate::color::class_color(c as u32);
                        let (r, _) = ui.allocate_exact_size(
                            EVec2::new(120.0 * k as f32 / max as f32 + 1.0, 10.0),
                            Sense::hover(),
                        );
                        ui.painter()
                            .rect_filled(r, 0.0, Color32::from_rgb(rgb[0], rgb[1], rgb[2]));
                        ui.label(format!("{} {k}", classes[c]));
                    });
                }
            }
        }
    }

    fn class_name(&self, i: usize) -> String {
        match &self.coloring {
            Coloring::Categorical { codes, classes } => classes[codes[i] as usize].clone(),
            Coloring::Continuous { values, .. } => format_value(values[i]),
            Coloring::None => String::new(),
        }
    }

    /// The embedding picker: a vector column, or numeric columns ticked together.
    fn embedding_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let spec_text = match &self.spec {
            EmbeddingSpec::Vector(c) => c.clone(),
            EmbeddingSpec::Numeric(c) => format!("{} numeric columns", c.len()),
        };
        let mut wanted = None;
        egui::CollapsingHeader::new(format!("embedding: {spec_text}"))
            .id_salt("embedding")
            .show(ui, |ui| {
                for c in self.table.columns() {
                    if let ColumnData::Vector { dim, .. } = &c.data {
                        let on = self.spec == EmbeddingSpec::Vector(c.name.clone());
                        if ui
                            .radio(on, format!("{} ({dim}-d vector)", c.name))
                            .clicked()
                            && !on
                        {
                            wanted = Some(EmbeddingSpec::Vector(c.name.clone()));
                        }
                    }
                }
                let numeric = self.table.numeric_columns();
                if numeric.is_empty() {
                    return;
                }
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "numeric columns ({} ticked)",
                        self.embed_pick.len()
                    ));
                    if ui.small_button("all").clicked() {
                        self.embed_pick = numeric
                            .iter()
                            .filter(|c| Some(c.as_str()) != self.color_column.as_deref())
                            .cloned()
                            .collect();
                    }
                    if ui.small_button("none").clicked() {
                        self.embed_pick.clear();
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("numeric columns")
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for c in &numeric {
                            let mut on = self.embed_pick.contains(c);
                            if ui.checkbox(&mut on, c).changed() {
                                if on {
                                    self.embed_pick.insert(c.clone());
                                } else {
                                    self.embed_pick.remove(c);
                                }
                            }
                        }
                    });
                if ui.button("embed the ticked columns").clicked() {
                    // In table order, as the CLI's --embedding resolves them.
                    let cols = numeric
                        .iter()
                        .filter(|c| self.embed_pick.contains(*c))
                        .cloned()
                        .collect();
                    wanted = Some(EmbeddingSpec::Numeric(cols));
                }
            });
        if let Some(spec) = wanted {
            match self.set_embedding(spec) {
                Ok(true) => actions.push(Action::Run),
                Ok(false) => {}
                Err(e) => self.status = e,
            }
        }
    }
}
