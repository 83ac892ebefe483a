//! The legend and title, painted with egui (so the PNG and the window share them): class
//! swatches with names for a categorical colouring, a colour bar (viridis, or diverging around
//! zero) with the scale's ticks for a continuous one.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2};

use crate::Coloring;
use crate::color::{Scale, class_color, map_of, scale_of};

/// Width of the legend in points (egui's logical pixels).
pub const LEGEND_WIDTH: f32 = 170.0;
/// Height of the title bar in points.
pub const TITLE_HEIGHT: f32 = 30.0;

fn c32(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// Paints the title centred in `rect`.
pub fn paint_title(painter: &Painter, rect: Rect, title: &str) {
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        title,
        FontId::proportional(18.0),
        Color32::from_gray(20),
    );
}

/// True when `coloring` has something to show in a legend.
pub fn has_legend(coloring: &Coloring) -> bool {
    !matches!(coloring, Coloring::None)
}

/// Paints the legend of `coloring` inside `rect`. `hidden[i]` greys out class `i`.
pub fn paint_legend(painter: &Painter, rect: Rect, coloring: &Coloring, hidden: &[bool]) {
    let text = Color32::from_gray(30);
    match coloring {
        Coloring::None => {}
        Coloring::Categorical { classes, .. } => {
            // A class with an empty name is not listed (a filtered view keeps the slots of the
            // classes it hides, so every class keeps its colour).
            let entries: Vec<(usize, &String)> = classes
                .iter()
                .enumerate()
                .filter(|(_, n)| !n.is_empty())
                .collect();
            let row = 20.0;
            let fits = ((rect.height() - 10.0) / row).floor().max(1.0) as usize;
            let shown = if entries.len() > fits {
                fits.saturating_sub(1)
            } else {
                entries.len()
            };
            for (slot, &(i, name)) in entries.iter().take(shown).enumerate() {
                let y = rect.top() + 10.0 + row * (slot as f32 + 0.5);
                let off = hidden.get(i).copied().unwrap_or(false);
                let colour = if off {
                    Color32::from_gray(210)
                } else {
                    c32(class_color(i as u32))
                };
                painter.circle_filled(Pos2::new(rect.left() + 14.0, y), 6.0, colour);
                let mut label = name.clone();
                if label.chars().count() > 18 {
                    label = label.chars().take(17).collect::<String>() + "…";
                }
                painter.text(
                    Pos2::new(rect.left() + 28.0, y),
                    Align2::LEFT_CENTER,
                    label,
                    FontId::proportional(14.0),
                    if off { Color32::from_gray(170) } else { text },
                );
            }
            if shown < entries.len() {
                let y = rect.top() + 10.0 + row * (shown as f32 + 0.5);
                painter.text(
                    Pos2::new(rect.left() + 28.0, y),
                    Align2::LEFT_CENTER,
                    format!("… {} more", entries.len() - shown),
                    FontId::proportional(14.0),
                    text,
                );
            }
        }
        Coloring::Continuous { values, name } => {
            let scale = scale_of(values);
            let map = map_of(&scale);
            let kind = match scale {
                Scale::Linear { .. } => "",
                Scale::Diverging { .. } => " (diverging)",
                Scale::Log { .. } => " (log)",
            };
            let name = format!("{name}{kind}");
            painter.text(
                Pos2::new(rect.left() + 10.0, rect.top() + 14.0),
                Align2::LEFT_CENTER,
                name,
                FontId::proportional(14.0),
                text,
            );
            let bar_h = (rect.height() - 60.0).clamp(40.0, 300.0);
            let bar = Rect::from_min_size(
                Pos2::new(rect.left() + 12.0, rect.top() + 34.0),
                Vec2::new(18.0, bar_h),
            );
            let steps = 64;
            for s in 0..steps {
                let t0 = s as f32 / steps as f32;
                let t1 = (s + 1) as f32 / steps as f32;
                // Top of the bar is the maximum.
                let r = Rect::from_min_max(
                    Pos2::new(bar.left(), bar.bottom() - t1 * bar.height()),
                    Pos2::new(bar.right(), bar.bottom() - t0 * bar.height() + 0.5),
                );
                painter.rect_filled(r, 0.0, c32(map((t0 + t1) * 0.5)));
            }
            painter.rect_stroke(
                bar,
                0.0,
                Stroke::new(1.0, Color32::from_gray(120)),
                StrokeKind::Outside,
            );
            for t in [1.0, 0.5, 0.0] {
                let v = scale.value_at(t);
                painter.text(
                    Pos2::new(bar.right() + 8.0, bar.bottom() - t * bar.height()),
                    Align2::LEFT_CENTER,
                    format_value(v),
                    FontId::proportional(13.0),
                    text,
                );
            }
        }
    }
}

/// Short display of a number for axes and legends.
pub fn format_value(v: f32) -> String {
    let a = v.abs();
    if a != 0.0 && !(1e-3..1e5).contains(&a) {
        format!("{v:.2e}")
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.3}")
    }
}
