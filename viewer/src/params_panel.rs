//! The panel's reducer parameters, built from the engine's description
//! ([`projector_engine::params`]): one row per described field — its name, a widget for its
//! kind and range (a drag value for numbers, a menu for choices, an `auto` tick where the engine
//! may choose), and its default — so the panel, the CLI and every other front end show the same
//! parameters with the same defaults and bounds.

use egui::Ui;
use projector_engine::params::{self, Described, Kind, ParamSpec};

/// Rows of a grid with three columns for the fields of `p`; `n` is the number of points (what
/// `auto` means can depend on it). Returns whether a value changed.
pub fn described_ui<P: Described>(ui: &mut Ui, p: &mut P, n: usize) -> bool {
    let mut changed = false;
    for spec in params::describe::<P>() {
        let label = ui.label(spec.name.replace('_', " "));
        label.on_hover_text(spec.doc);
        let current = params::get(p, spec.name).unwrap_or_default();
        let resolved = params::resolve(p, spec.name, n);
        let mut text = current.clone();
        ui.horizontal(|ui| field_ui(ui, &spec, &mut text, resolved));
        if text != current && params::set(p, spec.name, &text).is_ok() {
            changed = true;
        }
        let default = match (spec.default.as_str(), resolved) {
            ("auto", Some(v)) => format!("default auto ({} here)", number_text(v)),
            (d, _) => format!("default {d}"),
        };
        ui.label(default);
        ui.end_row();
    }
    if ui.small_button("defaults").clicked() {
        *p = P::default();
        changed = true;
    }
    ui.end_row();
    changed
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.3}")
    }
}

/// The widget of one field, editing its text form.
fn field_ui(ui: &mut Ui, spec: &ParamSpec, text: &mut String, resolved: Option<f64>) {
    if spec.auto.is_some() {
        let mut auto = text == "auto";
        if ui.checkbox(&mut auto, "auto").changed() {
            *text = if auto {
                "auto".into()
            } else {
                // Unticked: start from what auto picks here, else the lower bound.
                let start = resolved.unwrap_or(match spec.kind {
                    Kind::Int { min, .. } => min as f64,
                    Kind::Float { min, .. } => min.max(1.0),
                    Kind::Choice { .. } => 0.0,
                });
                number_text(start)
            };
        }
        if auto {
            return;
        }
    }
    match &spec.kind {
        Kind::Choice { values } => {
            egui::ComboBox::from_id_salt(spec.name)
                .selected_text(text.clone())
                .show_ui(ui, |ui| {
                    for v in values.iter() {
                        if ui.selectable_label(text == v, *v).clicked() {
                            *text = v.to_string();
                        }
                    }
                });
        }
        Kind::Int { min, max } => {
            let mut v: u64 = text.parse().unwrap_or(*min);
            // Drag bounds within what a drag can reach; typed values keep the spec's range.
            let hi = (*max).min(1 << 40);
            let speed = (v as f64 * 0.02).max(0.2);
            if ui
                .add(egui::DragValue::new(&mut v).range(*min..=hi).speed(speed))
                .changed()
            {
                *text = v.to_string();
            }
        }
        Kind::Float {
            min,
            min_exclusive,
            max,
        } => {
            let mut v: f64 = text.parse().unwrap_or(*min);
            let lo = if *min_exclusive {
                min + (max - min) * 1e-9
            } else {
                *min
            };
            let speed = (v.abs() * 0.01).max(0.001);
            if ui
                .add(egui::DragValue::new(&mut v).range(lo..=*max).speed(speed))
                .changed()
            {
                *text = format!("{}", v as f32);
            }
        }
    }
}
