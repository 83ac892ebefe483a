//! Label placement without overlaps, in whatever space the boxes are measured in (screen
//! pixels for the window and the page, image pixels for `render`).
//!
//! How it works: labels are taken by priority (highest first; ties by index). Each tries its
//! anchor, then the anchor shifted up, down, left and right by a box height (or half a box
//! width sideways), and takes the first spot that overlaps no label placed before it (boxes
//! grown by `margin` on each side) and lies inside `bounds` when given. A label with no free
//! spot is dropped: the lower-priority label yields, never the higher one.

/// A label to place: its anchor (box centre), its size and its priority.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// Where the label wants its centre.
    pub anchor: [f32; 2],
    /// Width and height.
    pub size: [f32; 2],
    /// Higher is placed first (a cluster's point count, say).
    pub priority: f32,
}

fn overlaps(a: &([f32; 2], [f32; 2]), b: &([f32; 2], [f32; 2]), margin: f32) -> bool {
    (a.0[0] - b.0[0]).abs() * 2.0 < a.1[0] + b.1[0] + 2.0 * margin
        && (a.0[1] - b.0[1]).abs() * 2.0 < a.1[1] + b.1[1] + 2.0 * margin
}

/// The centre each label is drawn at, `None` for a label dropped. `bounds`:
/// `[x_min, y_min, x_max, y_max]` the boxes must stay inside.
///
/// ```
/// use projector_engine::density::{LabelBox, place_labels};
/// let a = LabelBox { anchor: [50.0, 50.0], size: [40.0, 12.0], priority: 2.0 };
/// let b = LabelBox { anchor: [52.0, 51.0], size: [40.0, 12.0], priority: 1.0 };
/// let at = place_labels(&[a, b], 2.0, None);
/// assert_eq!(at[0], Some([50.0, 50.0])); // the higher priority keeps its anchor
/// assert_ne!(at[1], Some([52.0, 51.0])); // the other moved (or was dropped)
/// ```
pub fn place_labels(
    labels: &[LabelBox],
    margin: f32,
    bounds: Option<[f32; 4]>,
) -> Vec<Option<[f32; 2]>> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| {
        labels[b]
            .priority
            .total_cmp(&labels[a].priority)
            .then(a.cmp(&b))
    });
    let mut placed: Vec<([f32; 2], [f32; 2])> = Vec::with_capacity(labels.len());
    let mut out = vec![None; labels.len()];
    for i in order {
        let l = labels[i];
        if !(l.anchor[0].is_finite() && l.anchor[1].is_finite()) {
            continue;
        }
        let [w, h] = l.size;
        let shifts = [
            [0.0, 0.0],
            [0.0, -h],
            [0.0, h],
            [-0.5 * w, 0.0],
            [0.5 * w, 0.0],
            [0.0, -2.0 * h],
            [0.0, 2.0 * h],
        ];
        for s in shifts {
            let c = [l.anchor[0] + s[0], l.anchor[1] + s[1]];
            let b = (c, l.size);
            let inside = bounds.is_none_or(|[x0, y0, x1, y1]| {
                c[0] - 0.5 * w >= x0
                    && c[0] + 0.5 * w <= x1
                    && c[1] - 0.5 * h >= y0
                    && c[1] + 0.5 * h <= y1
            });
            if inside && !placed.iter().any(|p| overlaps(p, &b, margin)) {
                placed.push(b);
                out[i] = Some(c);
                break;
            }
        }
    }
    out
}
