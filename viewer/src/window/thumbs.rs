//! The window's images as points: the atlas of the rows shown, built once on a worker thread
//! (with its progress in the panel, stopped when the rows change), and the thumbnail size of
//! the current layout, measured again when the layout changes (at most a few times a second
//! while a reducer streams positions). The frame hands both to its
//! [`ThumbRenderer`](crate::component::ThumbRenderer).

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::thumbs::{BuildControl, ThumbAtlas, spacing};

use super::state::Viewer;

type Slot = Arc<Mutex<Option<Result<Option<ThumbAtlas>, String>>>>;

/// The panel's toggle, the atlas and the job building it, the layout's thumbnail size.
pub(super) struct ThumbsView {
    /// "images as points" in the panel (on by default when the table has images).
    pub(super) enabled: bool,
    /// Whether the table has images at all (the toggle shows only then).
    pub(super) available: bool,
    pub(super) atlas: Option<Arc<ThumbAtlas>>,
    /// Bumped whenever `atlas` changes, so the frame uploads it once.
    pub(super) generation: u64,
    job: Option<(Arc<BuildControl>, Slot)>,
    /// A thumbnail's side in layout units, for the layout shown.
    pub(super) spacing: Option<f32>,
    spacing_stale: bool,
    spacing_at: Option<Instant>,
    /// Why there are no thumbnails (too many images), or the build's progress.
    pub(super) note: Option<String>,
}

impl ThumbsView {
    pub(super) fn new(available: bool) -> Self {
        ThumbsView {
            enabled: available,
            available,
            atlas: None,
            generation: 0,
            job: None,
            spacing: None,
            spacing_stale: true,
            spacing_at: None,
            note: None,
        }
    }

    /// The layout changed: measure the thumbnail size again.
    pub(super) fn invalidate_layout(&mut self) {
        self.spacing_stale = true;
    }
}

impl Drop for ThumbsView {
    fn drop(&mut self) {
        if let Some((control, _)) = &self.job {
            control.stop.store(true, Ordering::Relaxed);
        }
    }
}

impl Viewer {
    /// Starts the atlas when first needed, collects it when done, measures the thumbnail size
    /// when the layout changed; asks for a repaint while something is pending.
    pub(super) fn thumbs_tick(&mut self, ctx: &egui::Context) {
        let t = &mut self.thumbs;
        if !(t.available && t.enabled) {
            return;
        }
        if let Some((control, slot)) = &t.job {
            let done = slot.lock().ok().and_then(|mut s| s.take());
            match done {
                Some(Ok(atlas)) => {
                    t.note = atlas
                        .is_none()
                        .then(|| "no row has a readable image".to_string());
                    t.atlas = atlas.map(Arc::new);
                    t.generation += 1;
                    t.job = None;
                }
                Some(Err(e)) => {
                    t.note = Some(e);
                    t.job = None;
                }
                None => {
                    let k = control.done.load(Ordering::Relaxed);
                    t.note = Some(format!("thumbnails: {k} / {} images", self.rows.len()));
                    ctx.request_repaint_after(Duration::from_millis(100));
                }
            }
        } else if t.atlas.is_none() && t.note.is_none() {
            let control = Arc::new(BuildControl::default());
            let slot: Slot = Arc::default();
            let (table, rows) = (Arc::clone(&self.table), self.rows.clone());
            let (c, out, repaint) = (control.clone(), slot.clone(), ctx.clone());
            std::thread::spawn(move || {
                let r = ThumbAtlas::build(&table, &rows, &c);
                if let Ok(mut s) = out.lock() {
                    *s = Some(r);
                }
                repaint.request_repaint();
            });
            t.job = Some((control, slot));
            t.note = Some("thumbnails: starting".into());
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        let due = t
            .spacing_at
            .is_none_or(|at| at.elapsed() > Duration::from_millis(300));
        if t.spacing_stale && !self.flat.is_empty() {
            if due {
                t.spacing = spacing(&self.flat, self.dims);
                t.spacing_stale = false;
                t.spacing_at = Some(Instant::now());
            } else {
                ctx.request_repaint_after(Duration::from_millis(300));
            }
        }
    }

    /// The panel's line: the toggle and the atlas's state.
    pub(super) fn thumbs_ui(&mut self, ui: &mut egui::Ui) {
        let t = &mut self.thumbs;
        if !t.available {
            return;
        }
        ui.horizontal(|ui| {
            ui.checkbox(&mut t.enabled, "images as points")
                .on_hover_text(
                    "zoom in: points become their images once those would be 24 px across",
                );
            if let Some(note) = &t.note {
                ui.label(note);
            } else if let Some(a) = &t.atlas {
                ui.label(format!("{} images, {} px", a.images, a.cell));
            }
        });
    }
}
