//! Projecting the selection on its own: the view is replaced by one of the selected rows
//! (their table rows, layout and colours) and the chosen reducer runs on them, the way one
//! zooms into a cluster; the whole view is kept to come back to.

use std::sync::atomic::Ordering;

use projector_engine::Compute;

use super::ViewRequest;
use super::state::Viewer;
use crate::ViewerError;

impl Viewer {
    /// Replaces the view by one of the selected points alone (their table rows, layout and
    /// colours), keeping this one to come back to; the caller then runs the chosen reducer on
    /// them, the way one zooms into a cluster. Fewer than 3 selected points is an error.
    pub(super) fn focus_selection(&mut self, compute: &Compute) -> Result<(), ViewerError> {
        let sel = self.box_sel.clone();
        if sel.len() < 3 {
            return Err(ViewerError::Invalid(format!(
                "select at least 3 points to project them ({} selected)",
                sel.len()
            )));
        }
        let table_rows: Vec<usize> = sel.iter().map(|&i| self.rows[i]).collect();
        let req = ViewRequest {
            table: self.table.select_rows(&table_rows),
            embedding: self.spec.clone(),
            color: self.color_column.clone(),
            coords: self.coords.select(ndarray::Axis(0), &sel),
            rows: (0..sel.len()).collect(),
            compute: compute.clone(),
            source: format!("{} · {} selected", self.source, sel.len()),
            layout: self.layout.clone(),
            settings: self.settings.clone(),
            overlay: (self.density.contours, self.density.labels),
        };
        let mut sub = Viewer::new(req)?;
        sub.export_png.clone_from(&self.export_png);
        sub.export_csv.clone_from(&self.export_csv);
        let parent = std::mem::replace(self, sub);
        self.parent = Some(Box::new(parent));
        Ok(())
    }

    /// Back to the view a selection was projected from (a run of the selection is stopped).
    pub(super) fn back(&mut self) {
        if let Some(parent) = self.parent.take() {
            self.shared.stop.store(true, Ordering::Relaxed);
            *self = *parent;
            self.camera = None;
            self.positions_dirty = true;
            self.colors_dirty = true;
        }
    }
}
