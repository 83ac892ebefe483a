//! What the hover tooltip shows for a row: the engine's [`projector_engine::row`] fields and
//! image, the image cached as an egui texture.

use projector_engine::Table;
use projector_engine::row::{self, RowImage};

use super::state::Viewer;

impl Viewer {
    pub(super) fn row_fields(&self, i: usize) -> Vec<(String, String)> {
        projector_engine::row::fields(&self.table, self.rows[i], 12)
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

/// The image of table row `r` ([`projector_engine::row::image`]: an image column's cell, or
/// a picture from pixel columns), decoded for egui.
pub fn row_image(table: &Table, r: usize) -> Option<egui::ColorImage> {
    let decoded = match row::image(table, r)? {
        RowImage::Encoded(b) => image::load_from_memory(b).ok()?,
        RowImage::File(p) => image::open(p).ok()?,
        RowImage::Pixels {
            width,
            height,
            grey,
        } => {
            let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
            return Some(egui::ColorImage::from_rgba_unmultiplied(
                [width, height],
                &rgba,
            ));
        }
    };
    let rgba = decoded.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}
