//! Contour lines of a density grid: marching squares at a few levels.
//!
//! How it works:
//! - **Levels** are highest-density-region levels: the contour for mass `p` is the density `t`
//!   such that the cells with density ≥ `t` hold a fraction `p` of the grid's total mass (found
//!   by sorting the cells by density and accumulating). Unlike fractions of the peak, such
//!   levels show a sparse cluster as well as a dense one and mean the same on any layout.
//! - **Marching squares** on the lattice of cell centres: each square of four neighbouring
//!   centres is classified by which corners are ≥ `t` (16 cases), and a segment is emitted
//!   between the lattice edges the level crosses, the crossing placed by linear
//!   interpolation. The two saddle cases are resolved by the mean of the four corners.
//! - **Chaining**: a crossing is named by the lattice edge it lies on, so the two segments
//!   that share it are joined; segments chain into open polylines (ending at the grid border)
//!   or closed rings (first point repeated last).

use std::collections::HashMap;

use serde::Serialize;

use super::grid::Geometry;

/// The lines of one density level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contour {
    /// The density level (points per square layout unit, divided by the number of points: a
    /// probability density).
    pub level: f32,
    /// The fraction of the mass inside this contour (the level's highest-density region).
    pub mass: f32,
    /// Polylines in layout coordinates; a closed ring repeats its first point last.
    pub lines: Vec<Vec<[f32; 2]>>,
}

/// The density levels enclosing the fractions `masses` of the total mass of `values` (in the
/// order given; a fraction outside `0..1` is clamped).
pub fn mass_levels(values: &[f32], masses: &[f32]) -> Vec<f32> {
    let mut sorted: Vec<f32> = values.iter().copied().filter(|v| *v > 0.0).collect();
    sorted.sort_unstable_by(|a, b| b.total_cmp(a));
    let total: f64 = sorted.iter().map(|&v| f64::from(v)).sum();
    let mut cum = Vec::with_capacity(sorted.len());
    let mut s = 0.0f64;
    for &v in &sorted {
        s += f64::from(v);
        cum.push(s);
    }
    masses
        .iter()
        .map(|&p| {
            if sorted.is_empty() {
                return f32::INFINITY;
            }
            let want = f64::from(p.clamp(0.0, 1.0)) * total;
            let i = cum.partition_point(|&c| c < want).min(sorted.len() - 1);
            sorted[i]
        })
        .collect()
}

/// Marching squares of `values` (row-major on `g`) at `level`: polylines in layout units.
pub fn lines_at(values: &[f32], g: &Geometry, level: f32) -> Vec<Vec<[f32; 2]>> {
    let (w, h) = (g.width, g.height);
    if w < 2 || h < 2 || !level.is_finite() {
        return Vec::new();
    }
    let v = |x: usize, y: usize| values[y * w + x];
    // Lattice edge ids: horizontal edge (x, y)–(x+1, y) is 2·(y·w + x), vertical (x, y)–(x, y+1)
    // is 2·(y·w + x) + 1.
    let hz = |x: usize, y: usize| 2 * (y * w + x);
    let vt = |x: usize, y: usize| 2 * (y * w + x) + 1;
    let mut segs: Vec<[usize; 2]> = Vec::new();
    for y in 0..h - 1 {
        for x in 0..w - 1 {
            let (a, b, c, d) = (v(x, y), v(x + 1, y), v(x + 1, y + 1), v(x, y + 1));
            let case = usize::from(a >= level)
                | usize::from(b >= level) << 1
                | usize::from(c >= level) << 2
                | usize::from(d >= level) << 3;
            // Edges of the square: bottom (a–b), right (b–c), top (d–c), left (a–d).
            let (bot, right, top, left) = (hz(x, y), vt(x + 1, y), hz(x, y + 1), vt(x, y));
            let centre_in = (a + b + c + d) * 0.25 >= level;
            match case {
                0 | 15 => {}
                1 | 14 => segs.push([left, bot]),
                2 | 13 => segs.push([bot, right]),
                3 | 12 => segs.push([left, right]),
                4 | 11 => segs.push([right, top]),
                6 | 9 => segs.push([bot, top]),
                7 | 8 => segs.push([left, top]),
                5 => {
                    if centre_in {
                        segs.push([left, top]);
                        segs.push([bot, right]);
                    } else {
                        segs.push([left, bot]);
                        segs.push([right, top]);
                    }
                }
                10 => {
                    if centre_in {
                        segs.push([left, bot]);
                        segs.push([right, top]);
                    } else {
                        segs.push([left, top]);
                        segs.push([bot, right]);
                    }
                }
                _ => {}
            }
        }
    }
    // The crossing on lattice edge `e`, interpolated between its two cell centres.
    let point = |e: usize| -> [f32; 2] {
        let cell = e / 2;
        let (x, y) = (cell % w, cell / w);
        let (x1, y1) = if e.is_multiple_of(2) {
            (x + 1, y)
        } else {
            (x, y + 1)
        };
        let (va, vb) = (v(x, y), v(x1, y1));
        let t = if (vb - va).abs() > 0.0 {
            ((level - va) / (vb - va)).clamp(0.0, 1.0)
        } else {
            0.5
        };
        let (p, q) = (g.centre(x, y), g.centre(x1, y1));
        [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]
    };
    chain(&segs, point)
}

/// Joins segments that share a lattice edge into polylines.
fn chain(segs: &[[usize; 2]], point: impl Fn(usize) -> [f32; 2]) -> Vec<Vec<[f32; 2]>> {
    let mut at: HashMap<usize, [usize; 2]> = HashMap::with_capacity(segs.len() * 2);
    for (i, s) in segs.iter().enumerate() {
        for &e in s {
            at.entry(e)
                .and_modify(|v| v[1] = i)
                .or_insert([i, usize::MAX]);
        }
    }
    let other = |e: usize, from: usize| -> Option<usize> {
        let v = at.get(&e)?;
        let s = if v[0] == from { v[1] } else { v[0] };
        (s != usize::MAX && s != from).then_some(s)
    };
    let mut used = vec![false; segs.len()];
    let mut out = Vec::new();
    // Open chains first (from an edge only one segment touches), then the rings left.
    let mut starts: Vec<usize> = (0..segs.len())
        .filter(|&i| segs[i].iter().any(|&e| other(e, i).is_none()))
        .collect();
    starts.extend(0..segs.len());
    for start in starts {
        if used[start] {
            continue;
        }
        used[start] = true;
        let [mut a, mut b] = segs[start];
        if other(b, start).is_none() && other(a, start).is_some() {
            std::mem::swap(&mut a, &mut b);
        }
        let first = a;
        let mut edges = vec![a, b];
        let (mut cur, mut e) = (start, b);
        while let Some(next) = other(e, cur) {
            if used[next] {
                break;
            }
            used[next] = true;
            let [p, q] = segs[next];
            e = if p == e { q } else { p };
            edges.push(e);
            cur = next;
            if e == first {
                break;
            }
        }
        out.push(edges.into_iter().map(&point).collect());
    }
    out
}

/// Contours of `values` on `g` at the mass fractions `masses`.
pub fn contours(values: &[f32], g: &Geometry, masses: &[f32]) -> Vec<Contour> {
    mass_levels(values, masses)
        .into_iter()
        .zip(masses)
        .map(|(level, &mass)| Contour {
            level,
            mass,
            lines: lines_at(values, g, level),
        })
        .collect()
}
