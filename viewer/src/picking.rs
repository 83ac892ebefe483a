//! Picking: which point is under the cursor, and which points a box selects.
//!
//! Choice: a CPU scan in screen space, not a GPU id buffer. Each hover projects the points with
//! the same matrix the shader uses and keeps the nearest one within the sprite radius. It is one
//! pass over `n × dims` floats (a few milliseconds at a million points, run only when the cursor
//! moves), needs no read-back from the GPU (which stalls the frame on software adapters) and
//! gives the same answer as the drawing because it uses the same matrix. During a live
//! t-SNE/UMAP run the positions it scans are the latest ones the viewer read back (a read-back
//! happens only when picking needs them, never per frame).

use glam::{Mat4, Vec2};

use crate::camera::Camera;

/// The visible point nearest to `cursor` within `radius` pixels, if any (`visible` None means
/// all). Among equally near points, the one drawn last (highest index) wins, as on screen.
pub fn pick(
    positions: &[f32],
    dims: usize,
    m: &Mat4,
    cursor: Vec2,
    radius: f32,
    visible: Option<&[bool]>,
) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    let r2 = radius * radius;
    for (i, p) in positions.chunks_exact(dims.max(1)).enumerate() {
        if visible.is_some_and(|v| !v.get(i).copied().unwrap_or(false)) {
            continue;
        }
        let Some(s) = Camera::project(m, p) else {
            continue;
        };
        let d = (s - cursor).length_squared();
        if d <= r2 && best.is_none_or(|(_, bd)| d <= bd) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

/// Indices of visible points whose screen position lies in the box spanned by `a` and `b`.
pub fn select_box(
    positions: &[f32],
    dims: usize,
    m: &Mat4,
    a: Vec2,
    b: Vec2,
    visible: Option<&[bool]>,
) -> Vec<usize> {
    let (lo, hi) = (a.min(b), a.max(b));
    positions
        .chunks_exact(dims.max(1))
        .enumerate()
        .filter(|(i, _)| visible.is_none_or(|v| v.get(*i).copied().unwrap_or(false)))
        .filter_map(|(i, p)| {
            let s = Camera::project(m, p)?;
            (s.x >= lo.x && s.y >= lo.y && s.x <= hi.x && s.y <= hi.y).then_some(i)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::PlotRect;

    #[test]
    fn picks_the_nearest_point_and_boxes_select() {
        let pos = [0.0, 0.0, 1.0, 1.0, 2.0, 0.0];
        let rect = PlotRect {
            x: 0.0,
            y: 0.0,
            w: 200.0,
            h: 100.0,
        };
        let m = Camera::fit(&pos, 2, rect).matrix(rect);
        let s1 = Camera::project(&m, &[1.0, 1.0]).unwrap();
        assert_eq!(
            pick(&pos, 2, &m, s1 + Vec2::new(2.0, 1.0), 6.0, None),
            Some(1)
        );
        assert_eq!(
            pick(&pos, 2, &m, s1 + Vec2::new(40.0, 40.0), 6.0, None),
            None
        );
        let hidden = [true, false, true];
        assert_eq!(pick(&pos, 2, &m, s1, 6.0, Some(&hidden)), None);
        let s0 = Camera::project(&m, &[0.0, 0.0]).unwrap();
        let mut sel = select_box(
            &pos,
            2,
            &m,
            s0 + Vec2::new(-1.0, 1.0),
            s1 + Vec2::new(1.0, -1.0),
            None,
        );
        sel.sort();
        assert_eq!(sel, vec![0, 1]);
    }
}
