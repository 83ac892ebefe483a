//! Picking: which point is under the cursor, and which points a box selects.
//!
//! Choice: a uniform-grid spatial index on the CPU ([`PickIndex`]), not a GPU id buffer (whose
//! read-back stalls the frame on software adapters). The answer is defined by the brute-force
//! scans [`pick`] and [`select_box`]: project every point with the same matrix the shader uses
//! and keep the nearest one within the sprite radius (ties: the highest index, drawn last), or
//! every point inside the box. The index returns exactly the same answers while looking only at
//! the points near the cursor:
//! - **2-D** (the flat camera is an affine map of the data plane): the grid is built over the
//!   data-space positions, once per change of positions (O(n): a counting sort of the points into
//!   cells of about four points each). Pan and zoom do not invalidate it: a query maps the
//!   cursor's square of side `2·radius` back to data space through the inverse matrix (padded
//!   against rounding), visits the cells it overlaps and tests each candidate exactly as the scan
//!   does.
//! - **3-D** (perspective): the grid is built over the projected screen positions and rebuilt
//!   when the camera or the positions change (O(n) once per change, not per hover).
//! - Cell bounds come from the 0.1 %…99.9 % quantiles of a sample, so a few far outliers do not
//!   squash everything into one cell; points outside the bounds go to an overflow list that is
//!   scanned only when a query reaches outside the bounds. Non-finite points are never picked
//!   (as in the scan).
//!
//! During a live t-SNE/UMAP run the positions it uses are the latest snapshot the viewer got from
//! the worker thread.

use glam::{Mat4, Vec2, Vec4};

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

/// True when `p` lies inside the polygon `poly` (screen pixels, closed implicitly; the
/// even–odd rule, so a self-crossing lasso keeps the regions it encloses an odd number of times).
pub fn inside_polygon(poly: &[Vec2], p: Vec2) -> bool {
    let mut inside = false;
    let mut j = poly.len().wrapping_sub(1);
    for (i, a) in poly.iter().enumerate() {
        let b = poly[j];
        if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// A uniform grid over 2-D points: cells in CSR form plus an overflow list.
#[derive(Debug, Clone)]
struct Grid {
    lo: Vec2,
    hi: Vec2,
    inv_cell: Vec2,
    nx: usize,
    ny: usize,
    /// `start[c]..start[c + 1]` indexes `ids` for cell `c = cy·nx + cx`.
    start: Vec<u32>,
    ids: Vec<u32>,
    /// Finite points outside `lo..=hi`.
    outside: Vec<u32>,
}

/// Points per cell the grid aims for.
const PER_CELL: usize = 4;
/// Largest number of cells along one axis.
const MAX_CELLS_AXIS: usize = 4096;

/// The `q` quantile of `v` (sorted in place).
fn quantile(v: &mut [f32], q: f64) -> f32 {
    let i = ((v.len() - 1) as f64 * q).round() as usize;
    *v.select_nth_unstable_by(i, f32::total_cmp).1
}

impl Grid {
    /// Builds the grid over `pts` (`(index, position)`, finite positions only).
    fn build(pts: &[(u32, Vec2)]) -> Grid {
        let n = pts.len();
        // Bounds: exact for small sets, robust quantiles of a strided sample otherwise.
        let (lo, hi) = if n <= 4096 {
            pts.iter().fold(
                (Vec2::splat(f32::INFINITY), Vec2::splat(f32::NEG_INFINITY)),
                |(lo, hi), (_, p)| (lo.min(*p), hi.max(*p)),
            )
        } else {
            let stride = n / 4096;
            let mut xs: Vec<f32> = pts.iter().step_by(stride).map(|(_, p)| p.x).collect();
            let mut ys: Vec<f32> = pts.iter().step_by(stride).map(|(_, p)| p.y).collect();
            (
                Vec2::new(quantile(&mut xs, 0.001), quantile(&mut ys, 0.001)),
                Vec2::new(quantile(&mut xs, 0.999), quantile(&mut ys, 0.999)),
            )
        };
        let (lo, hi) = if n == 0 {
            (Vec2::ZERO, Vec2::ZERO)
        } else {
            (lo, hi)
        };
        let ext = hi - lo;
        let cells = (n / PER_CELL).max(1) as f32;
        // Cells shaped like the data: nx / ny ≈ ext.x / ext.y.
        let aspect = if ext.x > 0.0 && ext.y > 0.0 {
            (ext.x / ext.y).clamp(1e-3, 1e3)
        } else {
            1.0
        };
        let clamp = |v: f32| (v.round() as usize).clamp(1, MAX_CELLS_AXIS);
        let (mut nx, mut ny) = (
            clamp((cells * aspect).sqrt()),
            clamp((cells / aspect).sqrt()),
        );
        if ext.x <= 0.0 {
            nx = 1;
        }
        if ext.y <= 0.0 {
            ny = 1;
        }
        let inv = |e: f32, k: usize| {
            let v = k as f32 / e;
            if v.is_finite() && e > 0.0 { v } else { 0.0 }
        };
        let inv_cell = Vec2::new(inv(ext.x, nx), inv(ext.y, ny));
        let mut grid = Grid {
            lo,
            hi,
            inv_cell,
            nx,
            ny,
            start: vec![0; nx * ny + 1],
            ids: Vec::new(),
            outside: Vec::new(),
        };
        let mut cell_of = Vec::with_capacity(n);
        for &(i, p) in pts {
            match grid.cell(p) {
                Some(c) => {
                    grid.start[c + 1] += 1;
                    cell_of.push((i, c as u32));
                }
                None => grid.outside.push(i),
            }
        }
        for c in 0..nx * ny {
            grid.start[c + 1] += grid.start[c];
        }
        let mut fill = grid.start.clone();
        grid.ids = vec![0; cell_of.len()];
        for (i, c) in cell_of {
            let slot = &mut fill[c as usize];
            grid.ids[*slot as usize] = i;
            *slot += 1;
        }
        grid
    }

    /// Column (or row) of coordinate `v` along an axis, clamped to the grid.
    fn axis(v: f32, lo: f32, inv: f32, k: usize) -> usize {
        (((v - lo) * inv).floor().max(0.0) as usize).min(k - 1)
    }

    /// The cell of `p`, None outside the bounds.
    fn cell(&self, p: Vec2) -> Option<usize> {
        if p.x < self.lo.x || p.y < self.lo.y || p.x > self.hi.x || p.y > self.hi.y {
            return None;
        }
        let cx = Self::axis(p.x, self.lo.x, self.inv_cell.x, self.nx);
        let cy = Self::axis(p.y, self.lo.y, self.inv_cell.y, self.ny);
        Some(cy * self.nx + cx)
    }

    /// Calls `f` with every point that may lie in the box `qlo..=qhi` (a superset: every point
    /// inside the box, and some near it).
    fn candidates(&self, qlo: Vec2, qhi: Vec2, mut f: impl FnMut(usize)) {
        if !(qlo.x <= qhi.x && qlo.y <= qhi.y) {
            return;
        }
        if qlo.x < self.lo.x || qlo.y < self.lo.y || qhi.x > self.hi.x || qhi.y > self.hi.y {
            self.outside.iter().for_each(|&i| f(i as usize));
        }
        if qhi.x < self.lo.x || qhi.y < self.lo.y || qlo.x > self.hi.x || qlo.y > self.hi.y {
            return;
        }
        let x0 = Self::axis(qlo.x, self.lo.x, self.inv_cell.x, self.nx);
        let x1 = Self::axis(qhi.x, self.lo.x, self.inv_cell.x, self.nx);
        let y0 = Self::axis(qlo.y, self.lo.y, self.inv_cell.y, self.ny);
        let y1 = Self::axis(qhi.y, self.lo.y, self.inv_cell.y, self.ny);
        for cy in y0..=y1 {
            let row = cy * self.nx;
            let (a, b) = (
                self.start[row + x0] as usize,
                self.start[row + x1 + 1] as usize,
            );
            self.ids[a..b].iter().for_each(|&i| f(i as usize));
        }
    }
}

/// True when `m` maps the plane z = 0 affinely (w = 1): the flat 2-D camera.
fn is_affine_2d(m: &Mat4) -> bool {
    m.x_axis.w == 0.0 && m.y_axis.w == 0.0 && m.w_axis.w == 1.0
}

#[derive(Debug, Clone)]
enum Space {
    /// Grid over data-space (x, y); `inv` maps screen back to data for the current camera.
    Data,
    /// Grid over screen positions under this matrix.
    Screen(Mat4),
}

/// A spatial index answering [`pick`] and [`select_box`] queries without scanning every point;
/// the answers are identical to the scans'. Build it with [`PickIndex::new`] when the positions
/// change; check [`PickIndex::valid_for`] before using it with a camera matrix (a 3-D index is
/// tied to the matrix it was built with).
#[derive(Debug, Clone)]
pub struct PickIndex {
    space: Space,
    dims: usize,
    n: usize,
    grid: Grid,
}

impl PickIndex {
    /// Indexes `positions` (`n × dims`): over data space when `dims` is 2 and `m` is the flat
    /// camera's affine map, otherwise over the screen positions under `m`. O(n).
    pub fn new(positions: &[f32], dims: usize, m: &Mat4) -> PickIndex {
        let dims = dims.max(1);
        let n = positions.len() / dims;
        let data_space = dims == 2 && is_affine_2d(m);
        let pts: Vec<(u32, Vec2)> = positions
            .chunks_exact(dims)
            .enumerate()
            .filter_map(|(i, p)| {
                let s = if data_space {
                    let q = Vec2::new(p[0], p[1]);
                    q.is_finite().then_some(q)
                } else {
                    Camera::project(m, p)
                };
                s.map(|s| (i as u32, s))
            })
            .collect();
        PickIndex {
            space: if data_space {
                Space::Data
            } else {
                Space::Screen(*m)
            },
            dims,
            n,
            grid: Grid::build(&pts),
        }
    }

    /// True when this index answers queries under matrix `m` for `n` points of `dims`.
    pub fn valid_for(&self, n: usize, dims: usize, m: &Mat4) -> bool {
        n == self.n
            && dims == self.dims
            && match &self.space {
                Space::Data => is_affine_2d(m),
                Space::Screen(m0) => m0 == m,
            }
    }

    /// The grid-space box holding every point whose screen position is in `lo..=hi`.
    fn query_box(&self, m: &Mat4, lo: Vec2, hi: Vec2) -> (Vec2, Vec2) {
        // Pad against rounding: a candidate superset is all that matters.
        let pad = Vec2::splat(1e-3) + (lo.abs().max(hi.abs())) * 1e-5;
        let (lo, hi) = (lo - pad, hi + pad);
        match &self.space {
            Space::Screen(_) => (lo, hi),
            Space::Data => {
                let inv = m.inverse();
                let corners = [lo, Vec2::new(hi.x, lo.y), Vec2::new(lo.x, hi.y), hi]
                    .map(|c| (inv * Vec4::new(c.x, c.y, 0.0, 1.0)).truncate().truncate());
                let dlo = corners
                    .iter()
                    .fold(Vec2::splat(f32::INFINITY), |a, c| a.min(*c));
                let dhi = corners
                    .iter()
                    .fold(Vec2::splat(f32::NEG_INFINITY), |a, c| a.max(*c));
                let g = (self.grid.hi - self.grid.lo).abs();
                let dpad = (dlo.abs().max(dhi.abs()) + g + (dhi - dlo)) * 1e-5;
                (dlo - dpad, dhi + dpad)
            }
        }
    }

    /// Same answer as [`pick`] over the positions this index was built from.
    pub fn pick(
        &self,
        positions: &[f32],
        m: &Mat4,
        cursor: Vec2,
        radius: f32,
        visible: Option<&[bool]>,
    ) -> Option<usize> {
        let r2 = radius * radius;
        let (qlo, qhi) = self.query_box(
            m,
            cursor - Vec2::splat(radius),
            cursor + Vec2::splat(radius),
        );
        let mut best: Option<(usize, f32)> = None;
        self.grid.candidates(qlo, qhi, |i| {
            if visible.is_some_and(|v| !v.get(i).copied().unwrap_or(false)) {
                return;
            }
            let Some(p) = positions.get(i * self.dims..(i + 1) * self.dims) else {
                return;
            };
            let Some(s) = Camera::project(m, p) else {
                return;
            };
            let d = (s - cursor).length_squared();
            if d <= r2 && best.is_none_or(|(bi, bd)| d < bd || (d == bd && i > bi)) {
                best = Some((i, d));
            }
        });
        best.map(|(i, _)| i)
    }

    /// Indices (ascending) of the visible points whose screen position lies inside the lasso
    /// `poly` ([`inside_polygon`]); in 2-D and 3-D alike, as points are drawn.
    pub fn select_polygon(
        &self,
        positions: &[f32],
        m: &Mat4,
        poly: &[Vec2],
        visible: Option<&[bool]>,
    ) -> Vec<usize> {
        if poly.len() < 3 {
            return Vec::new();
        }
        let lo = poly
            .iter()
            .fold(Vec2::splat(f32::INFINITY), |a, c| a.min(*c));
        let hi = poly
            .iter()
            .fold(Vec2::splat(f32::NEG_INFINITY), |a, c| a.max(*c));
        let mut out: Vec<usize> = self
            .select_box(positions, m, lo, hi, visible)
            .into_iter()
            .filter(|&i| {
                Camera::project(m, &positions[i * self.dims..(i + 1) * self.dims])
                    .is_some_and(|s| inside_polygon(poly, s))
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// Same answer as [`select_box`] (indices ascending).
    pub fn select_box(
        &self,
        positions: &[f32],
        m: &Mat4,
        a: Vec2,
        b: Vec2,
        visible: Option<&[bool]>,
    ) -> Vec<usize> {
        let (lo, hi) = (a.min(b), a.max(b));
        let (qlo, qhi) = self.query_box(m, lo, hi);
        let mut out = Vec::new();
        self.grid.candidates(qlo, qhi, |i| {
            if visible.is_some_and(|v| !v.get(i).copied().unwrap_or(false)) {
                return;
            }
            let Some(p) = positions.get(i * self.dims..(i + 1) * self.dims) else {
                return;
            };
            if let Some(s) = Camera::project(m, p)
                && s.x >= lo.x
                && s.y >= lo.y
                && s.x <= hi.x
                && s.y <= hi.y
            {
                out.push(i);
            }
        });
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::PlotRect;

    #[test]
    fn a_lasso_selects_what_it_encloses() {
        // A square of 5 × 5 points, and an L-shaped lasso around the bottom-left corner.
        let pos: Vec<f32> = (0..25)
            .flat_map(|i| [(i % 5) as f32, (i / 5) as f32])
            .collect();
        let rect = PlotRect {
            x: 0.0,
            y: 0.0,
            w: 500.0,
            h: 500.0,
        };
        let m = Camera::fit(&pos, 2, rect).matrix(rect);
        let s = |i: usize| Camera::project(&m, &pos[2 * i..2 * i + 2]).unwrap();
        let ix = PickIndex::new(&pos, 2, &m);
        // Around points 0, 1, 5 (not 6): a triangle with its corner past 0.
        let (a, b, c) = (s(0), s(1), s(5));
        let poly = [a + (a - s(6)) * 0.5, b + (b - a) * 0.4, c + (c - a) * 0.4];
        assert_eq!(ix.select_polygon(&pos, &m, &poly, None), [0, 1, 5]);
        // Hidden points are not selected; fewer than three corners select nothing.
        let mut vis = vec![true; 25];
        vis[1] = false;
        assert_eq!(ix.select_polygon(&pos, &m, &poly, Some(&vis)), [0, 5]);
        assert!(ix.select_polygon(&pos, &m, &poly[..2], None).is_empty());
        assert!(inside_polygon(
            &[Vec2::ZERO, Vec2::X, Vec2::Y],
            Vec2::splat(0.2)
        ));
        assert!(!inside_polygon(
            &[Vec2::ZERO, Vec2::X, Vec2::Y],
            Vec2::splat(0.8)
        ));
    }

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

    /// A small deterministic generator (no extra dependency).
    struct Lcg(u64);
    impl Lcg {
        fn f(&mut self) -> f32 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 40) as f32 / (1u64 << 24) as f32
        }
    }

    /// `n` 2-D or 3-D points: ten tight clusters (so most cells are empty), exact duplicates,
    /// a few far outliers and a few non-finite rows.
    fn cloud(n: usize, dims: usize, seed: u64) -> Vec<f32> {
        let mut r = Lcg(seed);
        let mut out = Vec::with_capacity(n * dims);
        for i in 0..n {
            let c = (i % 10) as f32;
            let row: Vec<f32> = match i % 997 {
                5 => vec![1e6 * (r.f() - 0.5); dims],
                7 => vec![f32::NAN; dims],
                11 if i > 20 => out[(i - 13) * dims..(i - 12) * dims].to_vec(),
                _ => (0..dims)
                    .map(|d| (c * (d as f32 + 1.3)).sin() * 8.0 + (r.f() - 0.5) * 0.6)
                    .collect(),
            };
            out.extend(row);
        }
        out
    }

    fn rect() -> PlotRect {
        PlotRect {
            x: 10.0,
            y: 20.0,
            w: 800.0,
            h: 600.0,
        }
    }

    /// Cursors: on points (hits, duplicates), random ones in and around the view.
    fn cursors(pos: &[f32], dims: usize, m: &Mat4, k: usize) -> Vec<Vec2> {
        let mut r = Lcg(99);
        let n = pos.len() / dims;
        let mut out = Vec::new();
        for j in 0..k {
            let i = (r.f() * n as f32) as usize % n;
            if let Some(s) = Camera::project(m, &pos[i * dims..(i + 1) * dims]) {
                out.push(s + Vec2::new(r.f() - 0.5, r.f() - 0.5) * 4.0 * (j % 3) as f32);
            }
            out.push(Vec2::new(r.f() * 1000.0 - 100.0, r.f() * 800.0 - 100.0));
        }
        out
    }

    fn check(pos: &[f32], dims: usize, m: &Mat4, idx: &PickIndex, k: usize, vis: Option<&[bool]>) {
        let n = pos.len() / dims;
        assert!(idx.valid_for(n, dims, m));
        let mut hits = 0;
        for c in cursors(pos, dims, m, k) {
            for radius in [0.5f32, 6.0] {
                let want = pick(pos, dims, m, c, radius, vis);
                assert_eq!(
                    idx.pick(pos, m, c, radius, vis),
                    want,
                    "cursor {c} r {radius}"
                );
                hits += usize::from(want.is_some());
            }
        }
        assert!(
            hits > k / 2,
            "only {hits} hits: the test does not exercise picking"
        );
        let mut r = Lcg(5);
        for _ in 0..6 {
            let a = Vec2::new(r.f() * 900.0 - 50.0, r.f() * 700.0 - 50.0);
            let b = a + Vec2::new(r.f() * 300.0 - 150.0, r.f() * 200.0 - 100.0);
            assert_eq!(
                idx.select_box(pos, m, a, b, vis),
                select_box(pos, dims, m, a, b, vis),
                "box {a} {b}"
            );
        }
        // The whole view, and beyond it (reaches the outliers).
        let all = select_box(pos, dims, m, Vec2::splat(-1e9), Vec2::splat(1e9), vis);
        assert!(all.len() > n / 2);
        assert_eq!(
            idx.select_box(pos, m, Vec2::splat(-1e9), Vec2::splat(1e9), vis),
            all
        );
    }

    #[test]
    fn grid_pick_equals_brute_force_at_a_million_points() {
        let pos = cloud(1_000_000, 2, 1);
        let mut cam = Camera::fit(&pos[..20_000], 2, rect());
        let m = cam.matrix(rect());
        let idx = PickIndex::new(&pos, 2, &m);
        check(&pos, 2, &m, &idx, 12, None);
        // Zoomed and panned: the data-space index still answers.
        cam.zoom(7.0, Vec2::new(300.0, 200.0), rect());
        cam.pan(Vec2::new(40.0, -25.0));
        let m2 = cam.matrix(rect());
        check(&pos, 2, &m2, &idx, 12, None);
    }

    #[test]
    fn grid_pick_equals_brute_force_with_hidden_points_and_ties() {
        let mut pos = cloud(30_000, 2, 2);
        // A stack of identical points: the highest visible index wins, as on screen.
        for i in [100usize, 2000, 29_999] {
            pos[2 * i] = 0.5;
            pos[2 * i + 1] = 0.25;
        }
        let vis: Vec<bool> = (0..30_000).map(|i| i % 7 != 3 && i != 29_999).collect();
        let m = Camera::fit(&pos[..2000], 2, rect()).matrix(rect());
        let idx = PickIndex::new(&pos, 2, &m);
        check(&pos, 2, &m, &idx, 40, Some(&vis));
        let s = Camera::project(&m, &[0.5, 0.25]).unwrap();
        assert_eq!(idx.pick(&pos, &m, s, 0.1, None), Some(29_999));
        assert_eq!(idx.pick(&pos, &m, s, 0.1, Some(&vis)), Some(2000));
    }

    #[test]
    fn grid_pick_equals_brute_force_in_3d() {
        let pos = cloud(50_000, 3, 3);
        let mut cam = Camera::fit(&pos[..5000], 3, rect());
        cam.orbit(Vec2::new(35.0, -20.0));
        cam.zoom(2.0, Vec2::new(400.0, 300.0), rect());
        let m = cam.matrix(rect());
        let idx = PickIndex::new(&pos, 3, &m);
        check(&pos, 3, &m, &idx, 40, None);
        // A 3-D index is tied to its camera.
        cam.orbit(Vec2::new(5.0, 0.0));
        assert!(!idx.valid_for(50_000, 3, &cam.matrix(rect())));
    }

    #[test]
    fn degenerate_sets_are_indexed() {
        let m = Camera::fit(&[0.0, 0.0, 1.0, 1.0], 2, rect()).matrix(rect());
        for pos in [
            vec![],
            vec![0.5, 0.5],
            vec![0.5, 0.5, 0.5, 0.5],
            vec![0.0, 0.0, 0.0, 1.0],
        ] {
            let idx = PickIndex::new(&pos, 2, &m);
            for c in [
                rect().center(),
                Vec2::new(0.0, 0.0),
                Camera::project(&m, &[0.0, 1.0]).unwrap(),
            ] {
                assert_eq!(
                    idx.pick(&pos, &m, c, 6.0, None),
                    pick(&pos, 2, &m, c, 6.0, None)
                );
            }
        }
    }
}
