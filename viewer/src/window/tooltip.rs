//! What the hover tooltip shows for a row: its fields, and its image (an image column, or an
//! image built from `pixel_R_C` columns as in the digits data), cached as egui textures.

use projector_engine::{ColumnData, ImageCell, Table, Value};

use super::state::Viewer;

impl Viewer {
    pub(super) fn row_fields(&self, i: usize) -> Vec<(String, String)> {
        let r = self.rows[i];
        let mut out = vec![("row".to_string(), r.to_string())];
        for c in self.table.columns().iter().take(12) {
            let v = match c.data.get(r) {
                Some(Value::Number(x)) => format!("{x}"),
                Some(Value::Text(s)) => s.chars().take(80).collect(),
                Some(Value::Vector(v)) => format!("[{} values]", v.len()),
                Some(Value::Image(_)) => "(image)".into(),
                None => String::new(),
            };
            if c.name.starts_with("pixel_") {
                continue;
            }
            out.push((c.name.clone(), v));
        }
        out
    }

    /// The row's image: an image column, or an 8×8 image from `pixel_R_C` columns.
    pub(super) fn row_image(
        &mut self,
        ctx: &egui::Context,
        i: usize,
    ) -> Option<egui::TextureHandle> {
        if let Some(t) = self.images.get(&i) {
            return t.clone();
        }
        let img = row_image(&self.table, self.rows[i]);
        let tex =
            img.map(|im| ctx.load_texture(format!("row{i}"), im, egui::TextureOptions::NEAREST));
        if self.images.len() > 256 {
            self.images.clear();
        }
        self.images.insert(i, tex.clone());
        tex
    }
}

/// The image of table row `r`: the first image column (PNG bytes or file), or an image built
/// from `pixel_R_C` numeric columns (greyscale, scaled to the row's maximum).
pub fn row_image(table: &Table, r: usize) -> Option<egui::ColorImage> {
    for c in table.columns() {
        if let ColumnData::Image(cells) = &c.data {
            let decoded = match cells.get(r)? {
                ImageCell::Encoded(b) => image::load_from_memory(b).ok(),
                ImageCell::Path(p) => image::open(p).ok(),
                ImageCell::Unresolved(_) => None,
            };
            if let Some(img) = decoded {
                let rgba = img.to_rgba8();
                let size = [rgba.width() as usize, rgba.height() as usize];
                return Some(egui::ColorImage::from_rgba_unmultiplied(
                    size,
                    rgba.as_raw(),
                ));
            }
        }
    }
    let mut pixels: Vec<(usize, usize, f64)> = Vec::new();
    for c in table.columns() {
        let Some(rest) = c.name.strip_prefix("pixel_") else {
            continue;
        };
        let mut it = rest.split('_');
        let (Some(a), Some(b), None) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let (Ok(y), Ok(x)) = (a.parse::<usize>(), b.parse::<usize>()) else {
            continue;
        };
        if let ColumnData::Numeric(v) = &c.data {
            pixels.push((y, x, v.get(r).copied().unwrap_or(0.0)));
        }
    }
    if pixels.is_empty() {
        return None;
    }
    let h = pixels.iter().map(|p| p.0).max()? + 1;
    let w = pixels.iter().map(|p| p.1).max()? + 1;
    if w * h > 4096 * 4096 {
        return None;
    }
    let max = pixels.iter().map(|p| p.2).fold(0.0f64, f64::max).max(1e-12);
    let mut grey = vec![0u8; w * h];
    for (y, x, v) in pixels {
        grey[y * w + x] = (255.0 - (v / max).clamp(0.0, 1.0) * 255.0) as u8;
    }
    let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
    Some(egui::ColorImage::from_rgba_unmultiplied([w, h], &rgba))
}
