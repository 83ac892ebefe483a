//! What the hover tooltip shows for a row: the engine's [`projector_engine::row`] fields and
//! image, the image cached as an egui texture.

use projector_engine::Table;

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

/// The image of table row `r` ([`crate::thumbs::decode`]: an image column's cell, or a
/// picture from pixel columns), for egui.
pub fn row_image(table: &Table, r: usize) -> Option<egui::ColorImage> {
    let rgba = crate::thumbs::decode(table, r)?;
    let size = [rgba.width() as usize, rgba.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}
