//! Clusters of a density grid: density peaks with their basins, merged by persistence.
//!
//! How it works (a persistence-based mode seeking on the grid, as ToMATo does on a graph):
//! - Cells below the **floor** (the level enclosing [`DensityParams::floor_mass`] of the mass)
//!   are background: no cluster.
//! - The other cells are visited from the densest down. A cell with no visited neighbour (of
//!   its 8) is a new peak and starts a component. Otherwise it joins the neighbouring component
//!   with the highest peak; any other neighbouring component whose peak `p` is within
//!   `prominence · p` of this cell's density (`p − v < prominence · p`: a bump, not a hill of
//!   its own) is merged into it; one that rises higher above this saddle stays a cluster.
//! - Each point takes the component of its cell. Components with fewer than
//!   `max(min_points, min_fraction · n)` points are dropped (their points get no cluster);
//!   the others are numbered by size, largest first.
//! - A cluster's **centre** is the mean of its points when that lies in one of the cluster's
//!   cells (a round or oval cluster), else its peak cell (a crescent).
//!
//! [`DensityParams::floor_mass`]: super::DensityParams::floor_mass

use super::grid::Geometry;

/// Per-cell components before the size filter.
pub(crate) struct Basins {
    /// Component root of every cell (`u32::MAX`: background).
    pub(crate) cell: Vec<u32>,
    /// The peak cell of each root (indexed by root cell).
    peak: Vec<u32>,
}

fn find(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        let p = parent[i as usize];
        parent[i as usize] = parent[p as usize];
        i = p;
    }
    i
}

/// Peaks and basins of `values` on `g`, cells below `floor` left out.
pub(crate) fn basins(values: &[f32], g: &Geometry, floor: f32, prominence: f32) -> Basins {
    let (w, h) = (g.width, g.height);
    let none = u32::MAX;
    let mut order: Vec<u32> = (0..values.len() as u32)
        .filter(|&c| values[c as usize] >= floor && values[c as usize] > 0.0)
        .collect();
    order.sort_unstable_by(|&a, &b| {
        values[b as usize]
            .total_cmp(&values[a as usize])
            .then(a.cmp(&b))
    });
    let mut parent = vec![none; values.len()];
    // The peak (densest cell) of each root.
    let mut peak = vec![none; values.len()];
    for &c in &order {
        let v = values[c as usize];
        let (x, y) = ((c as usize % w) as i64, (c as usize / w) as i64);
        let mut roots: Vec<u32> = Vec::with_capacity(8);
        for dy in -1..=1i64 {
            for dx in -1..=1i64 {
                let (nx, ny) = (x + dx, y + dy);
                if (dx, dy) == (0, 0) || nx < 0 || ny < 0 || nx >= w as i64 || ny >= h as i64 {
                    continue;
                }
                let nc = (ny as usize * w + nx as usize) as u32;
                if parent[nc as usize] == none {
                    continue;
                }
                let r = find(&mut parent, nc);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        let pv = |r: u32, peak: &[u32]| values[peak[r as usize] as usize];
        let Some(&best) = roots
            .iter()
            .max_by(|&&a, &&b| pv(a, &peak).total_cmp(&pv(b, &peak)).then(b.cmp(&a)))
        else {
            parent[c as usize] = c;
            peak[c as usize] = c;
            continue;
        };
        parent[c as usize] = best;
        for &r in &roots {
            if r != best {
                let p = pv(r, &peak);
                if p - v < prominence * p {
                    parent[r as usize] = best;
                }
            }
        }
    }
    let mut cell = vec![none; values.len()];
    for c in 0..values.len() as u32 {
        if parent[c as usize] != none {
            cell[c as usize] = find(&mut parent, c);
        }
    }
    Basins { cell, peak }
}

/// A cluster as [`assign`] finds it (before labelling).
pub(crate) struct Found {
    pub(crate) centre: [f32; 2],
    pub(crate) peak: [f32; 2],
    pub(crate) peak_density: f32,
    pub(crate) points: usize,
}

/// Each point's cluster (`u32::MAX`: none) and the clusters, largest first.
pub(crate) fn assign(
    b: &Basins,
    values: &[f32],
    g: &Geometry,
    positions: &[f32],
    min_points: usize,
) -> (Vec<u32>, Vec<Found>) {
    let none = u32::MAX;
    let n = positions.len() / 2;
    let mut root_of = vec![none; n];
    let mut size: std::collections::HashMap<u32, (usize, f64, f64)> = Default::default();
    for (i, p) in positions.chunks_exact(2).enumerate() {
        if let Some(c) = g.cell_of(p[0], p[1]) {
            let r = b.cell[c];
            if r != none {
                root_of[i] = r;
                let e = size.entry(r).or_insert((0, 0.0, 0.0));
                e.0 += 1;
                e.1 += f64::from(p[0]);
                e.2 += f64::from(p[1]);
            }
        }
    }
    let mut kept: Vec<(u32, usize, f64, f64)> = size
        .into_iter()
        .filter(|(_, s)| s.0 >= min_points.max(1))
        .map(|(r, s)| (r, s.0, s.1, s.2))
        .collect();
    kept.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut id_of: std::collections::HashMap<u32, u32> = Default::default();
    let mut found = Vec::with_capacity(kept.len());
    for (k, &(r, count, sx, sy)) in kept.iter().enumerate() {
        id_of.insert(r, k as u32);
        let pc = b.peak[r as usize] as usize;
        let peak = g.centre(pc % g.width, pc / g.width);
        let mean = [(sx / count as f64) as f32, (sy / count as f64) as f32];
        let inside = g.cell_of(mean[0], mean[1]).is_some_and(|c| b.cell[c] == r);
        found.push(Found {
            centre: if inside { mean } else { peak },
            peak,
            peak_density: values[pc],
            points: count,
        });
    }
    let point = root_of
        .into_iter()
        .map(|r| id_of.get(&r).copied().unwrap_or(none))
        .collect();
    (point, found)
}
