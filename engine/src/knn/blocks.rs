//! Block start of NN-descent for large inputs: exact neighbours among nearby cells.
//!
//! NN-descent's cost is its rounds, and what it converges to depends on how wide its lists
//! are: on a million clustered 50-d rows, 20-wide lists converge to recall@15 ≈ 0.87 from any
//! start (`docs/bench/scale.md`), and the 40-wide lists that reach 0.95 make every round
//! costlier. Lists only ever get better, though, so a start that is already that good keeps it.
//! This start gives every point thousands of candidates, chosen so that they can be compared
//! by matrix products:
//!
//! 1. **Cells** ([`cells`]): the rows, already in a locality order (`locality.rs`), are cut
//!    into blocks of `rows` consecutive rows whose means seed a few steps of Lloyd's k-means.
//!    Each step but the last moves every point to the nearest of the centres its cell probes
//!    (below), not of all centres, so such a step costs `n · probes` distances. The last step
//!    moves every point to the nearest of all centres (`n · cells` dot products, as matrix
//!    products): a point whose first block straddled two clusters, and whose cell's probes
//!    all lie in the other one, would otherwise be left there, and with it a list that no
//!    round can bring back (its candidates, and theirs, all in the wrong cluster: 65 of 100k
//!    rows at k = 90 on the peers' file, some with none of their true neighbours). The rows
//!    are then laid out cell after cell (in their locality order within a cell).
//! 2. **Probes**: every cell probes the `probes` cells whose centres are nearest its own
//!    (itself first), by `(d², index)`.
//! 3. **Lists** ([`seed_lists`]): for every cell (in parallel) and every probed cell, the
//!    squared distances of all their row pairs come from one matrix product,
//!    `‖q‖² + ‖b‖² − 2 q·b` (the exact search's expansion, `cpu.rs`), and every row keeps its
//!    best `kb` by `(d², index)`. Those are then recomputed as direct differences
//!    ([`super::dist2`], what the rounds compare) and merged into the row's list as the
//!    forest's leaf-mates are.
//!
//! Everything depends on the rows and the seed's locality order alone, never on scheduling,
//! so the start is deterministic like the rest of the search. Step 3's products have a GPU
//! twin (`blocks_gpu.rs`, `knn_cell_tile.wgsl`) that the GPU backend runs on a hardware
//! adapter (a software one runs on the same cores, where this twin is far faster); steps 1 and
//! 2 run on the host for both backends (`n · probes · d` and `cells² · d` work).
//!
//! Cost: `n · probes · (n / cells)` distances as matrix products (about 2·d flops each, at the
//! speed of a matrix multiply rather than of scattered row reads), plus `cells²` centre
//! distances per step.

use ndarray::linalg::general_mat_mul;
use ndarray::{Array2, ArrayView2, s};
use rayon::prelude::*;

use super::{before, dist2, insert_sorted, offer_products, row_norms};

/// Query rows per matrix product.
const QUERY_TILE: usize = 256;
/// Candidate rows per matrix product.
const CAND_TILE: usize = 512;

/// Merges every row's best `kb` candidates from its cell's `probes` nearest cells (cell `c` is
/// rows `offsets[c]..offsets[c + 1]` of `x`) into its sorted list (`ids`/`d`, `kb` per row,
/// entries never repeated). Returns false when `stop` said so (the lists are then partly
/// merged).
pub(crate) fn seed_lists(
    x: ArrayView2<'_, f32>,
    kb: usize,
    ids: &mut [u32],
    d: &mut [f32],
    offsets: &[usize],
    probes: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> bool {
    let (near, probes) = probe_lists(x, offsets, probes);
    let norms = row_norms(x);
    let flat = x.as_slice().expect("contiguous rows");
    // Every cell's rows of the lists, apart, for the parallel loop.
    let mut parts = Vec::with_capacity(offsets.len() - 1);
    let (mut ir, mut dr) = (ids, d);
    for w in offsets.windows(2) {
        let (a, rest_i) = ir.split_at_mut((w[1] - w[0]) * kb);
        let (b, rest_d) = dr.split_at_mut((w[1] - w[0]) * kb);
        parts.push((a, b));
        (ir, dr) = (rest_i, rest_d);
    }
    parts
        .into_par_iter()
        .enumerate()
        .map(|(b, (ib, db))| {
            if stop() {
                return false;
            }
            let (q0, q1) = (offsets[b], offsets[b + 1]);
            // The block's running best kb per row, by the expansion.
            let mut top_i = vec![u32::MAX; (q1 - q0) * kb];
            let mut top_d = vec![f32::INFINITY; (q1 - q0) * kb];
            // One product buffer per cell, reused for every tile pair: products of whole cells
            // (up to a cluster, thousands of rows, each way) were megabytes each.
            let mut dots = Array2::<f32>::zeros((QUERY_TILE, CAND_TILE));
            let mut scratch = Vec::with_capacity(CAND_TILE);
            for t0 in (q0..q1).step_by(QUERY_TILE) {
                let t1 = (t0 + QUERY_TILE).min(q1);
                let q = x.slice(s![t0..t1, ..]);
                let at = (t0 - q0) * kb;
                for &c in &near[b * probes..(b + 1) * probes] {
                    let (cs, ce) = (offsets[c as usize], offsets[c as usize + 1]);
                    for c0 in (cs..ce).step_by(CAND_TILE) {
                        let c1 = (c0 + CAND_TILE).min(ce);
                        let mut out = dots.slice_mut(s![..t1 - t0, ..c1 - c0]);
                        general_mat_mul(1.0, &q, &x.slice(s![c0..c1, ..]).t(), 0.0, &mut out);
                        let lists = (&mut top_d[at..], &mut top_i[at..]);
                        offer_products(out.view(), (t0, c0), &norms, lists, kb, &mut scratch);
                    }
                }
            }
            for qi in 0..q1 - q0 {
                let found = &top_i[qi * kb..(qi + 1) * kb];
                let list = (
                    &mut ib[qi * kb..(qi + 1) * kb],
                    &mut db[qi * kb..(qi + 1) * kb],
                );
                merge_found(flat, x.ncols(), q0 + qi, found, list);
            }
            true
        })
        .reduce(|| true, |a, b| a && b)
}

/// What every cell probes: the `probes` cells whose centres are nearest its own (itself
/// first), `probes` per cell, with `probes` clamped to the number of cells (returned).
pub(crate) fn probe_lists(
    x: ArrayView2<'_, f32>,
    offsets: &[usize],
    probes: usize,
) -> (Vec<u32>, usize) {
    let probes = probes.clamp(1, offsets.len() - 1);
    let centres = centres(x, offsets);
    (nearest_cells(centres.view(), probes), probes)
}

/// Merges the rows a search found for row `q` (`found`: row indices in any order, `u32::MAX`
/// for none) into its sorted list (`ids`/`d`), with direct distances ([`super::dist2`], what
/// the rounds compare) as every other entry has. The result is the best entries of the union
/// whatever the order of `found`.
pub(crate) fn merge_found(
    flat: &[f32],
    dim: usize,
    q: usize,
    found: &[u32],
    (ir, dr): (&mut [u32], &mut [f32]),
) {
    let kb = ir.len();
    let row = &flat[q * dim..(q + 1) * dim];
    for &j in found.iter().filter(|&&j| j != u32::MAX) {
        let dd = dist2(row, &flat[j as usize * dim..(j as usize + 1) * dim]);
        if before(dd, j, dr[kb - 1], ir[kb - 1]) && !ir.contains(&j) {
            insert_sorted(dr, ir, dd, j);
        }
    }
}

/// Cells of the rows of `flat` (`n` rows, `dim` wide, in a locality order): blocks of `rows`
/// consecutive rows, then `steps` steps of k-means, each point moving to the nearest centre
/// among the `probes` nearest its own cell's. Returns the order that lays the rows out cell
/// after cell (`order[i]` is the row placed at `i`, rows of a cell in their current order)
/// and where each cell starts (`offsets`, one past the last at the end; no cell is empty).
pub(crate) fn cells(
    flat: &[f32],
    dim: usize,
    n: usize,
    (rows, probes, steps): (usize, usize, usize),
) -> (Vec<u32>, Vec<usize>) {
    let rows = rows.max(1);
    let mut cell_of: Vec<u32> = (0..n).map(|p| (p / rows) as u32).collect();
    let (mut order, mut offsets) = group(&cell_of);
    for step in 0..steps {
        let centres = member_means(flat, dim, &order, &offsets);
        if step + 1 == steps {
            // The last step over every centre: a point whose cell's probes all lie in another
            // cluster would otherwise stay there, and its list with it (no round can leave a
            // cluster that nothing in its own lists points out of).
            cell_of = nearest_centres(flat, dim, centres.view());
        } else {
            step_among_probes(flat, dim, centres.view(), probes, &mut cell_of);
        }
        (order, offsets) = group(&cell_of);
        // Renumber the cells left (empty ones are gone) for the next step.
        for (c, w) in offsets.windows(2).enumerate() {
            for &p in &order[w[0]..w[1]] {
                cell_of[p as usize] = c as u32;
            }
        }
    }
    (order, offsets)
}

/// Rows of points per product in [`nearest_centres`].
const ASSIGN_ROWS: usize = 1024;

/// For every point of `flat`, the index of its nearest centre among all of `centres`, by
/// `‖c‖² − 2 x·c` (the expansion without the point's own norm, from matrix products), ties
/// to the lower index.
fn nearest_centres(flat: &[f32], dim: usize, centres: ArrayView2<'_, f32>) -> Vec<u32> {
    let n = flat.len() / dim.max(1);
    let cnorm = row_norms(centres);
    let mut out = vec![0u32; n];
    out.par_chunks_mut(ASSIGN_ROWS)
        .enumerate()
        .for_each(|(b, ob)| {
            let r0 = b * ASSIGN_ROWS;
            let x = ArrayView2::from_shape((ob.len(), dim), &flat[r0 * dim..(r0 + ob.len()) * dim])
                .expect("rows of the block");
            let dots = x.dot(&centres.t());
            for (o, row) in ob.iter_mut().zip(dots.rows()) {
                let mut best = (f32::INFINITY, 0u32);
                for (c, (&dot, &cn)) in row.iter().zip(&cnorm).enumerate() {
                    let v = cn - 2.0 * dot;
                    if v < best.0 {
                        best = (v, c as u32);
                    }
                }
                *o = best.1;
            }
        });
    out
}

/// One k-means step in which every point moves to the nearest (by direct differences) of the
/// `probes` centres nearest its own cell's.
fn step_among_probes(
    flat: &[f32],
    dim: usize,
    centres: ArrayView2<'_, f32>,
    probes: usize,
    cell_of: &mut [u32],
) {
    let cflat = centres.as_slice().expect("contiguous centres");
    let probes = probes.clamp(1, centres.nrows());
    let near = nearest_cells(centres, probes);
    cell_of.par_iter_mut().enumerate().for_each(|(p, c)| {
        let row = &flat[p * dim..(p + 1) * dim];
        let mut best = (f32::INFINITY, u32::MAX);
        for &t in &near[*c as usize * probes..(*c as usize + 1) * probes] {
            let dd = dist2(row, &cflat[t as usize * dim..(t as usize + 1) * dim]);
            if before(dd, t, best.0, best.1) {
                best = (dd, t);
            }
        }
        *c = best.1;
    });
}

/// The points of every cell, in index order, cell after cell (a counting sort of
/// `cell_of`), and where each non-empty cell starts.
fn group(cell_of: &[u32]) -> (Vec<u32>, Vec<usize>) {
    let cells = cell_of.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut count = vec![0usize; cells + 1];
    for &c in cell_of {
        count[c as usize + 1] += 1;
    }
    for c in 0..cells {
        count[c + 1] += count[c];
    }
    let mut next = count.clone();
    let mut order = vec![0u32; cell_of.len()];
    for (p, &c) in cell_of.iter().enumerate() {
        order[next[c as usize]] = p as u32;
        next[c as usize] += 1;
    }
    count.dedup();
    (order, count)
}

/// The mean of every cell's member rows (`order[offsets[c]..offsets[c + 1]]`), summed in f64
/// in that order.
fn member_means(flat: &[f32], dim: usize, order: &[u32], offsets: &[usize]) -> Array2<f32> {
    let cells = offsets.len() - 1;
    let mut out = Array2::zeros((cells, dim));
    out.axis_iter_mut(ndarray::Axis(0))
        .into_par_iter()
        .enumerate()
        .for_each(|(c, mut m)| {
            let members = &order[offsets[c]..offsets[c + 1]];
            let mut sum = vec![0f64; dim];
            for &p in members {
                for (s, v) in sum
                    .iter_mut()
                    .zip(&flat[p as usize * dim..(p as usize + 1) * dim])
                {
                    *s += *v as f64;
                }
            }
            for (o, s) in m.iter_mut().zip(sum) {
                *o = (s / members.len().max(1) as f64) as f32;
            }
        });
    out
}

/// The mean of every cell of contiguous rows (`offsets` as [`cells`] returns them).
fn centres(x: ArrayView2<'_, f32>, offsets: &[usize]) -> Array2<f32> {
    let identity: Vec<u32> = (0..x.nrows() as u32).collect();
    member_means(
        x.as_slice().expect("contiguous rows"),
        x.ncols(),
        &identity,
        offsets,
    )
}

/// For every centre, the `probes` nearest centres (itself first), `probes` per cell, by
/// `(d², index)` with direct differences.
fn nearest_cells(centres: ArrayView2<'_, f32>, probes: usize) -> Vec<u32> {
    let cells = centres.nrows();
    let flat = centres.as_slice().expect("contiguous centres");
    let dim = centres.ncols();
    let mut out = vec![u32::MAX; cells * probes];
    out.par_chunks_mut(probes).enumerate().for_each(|(b, ob)| {
        let mut dl = vec![f32::INFINITY; probes];
        let me = &flat[b * dim..(b + 1) * dim];
        for c in 0..cells {
            let dd = dist2(me, &flat[c * dim..(c + 1) * dim]);
            insert_sorted(&mut dl, ob, dd, c as u32);
        }
    });
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn a_block_probes_itself_first_then_its_nearest_blocks() {
        // Four blocks of two rows on a line, centres 0.5, 10.5, 20.5, 30.5.
        let x = Array2::from_shape_fn((8, 1), |(i, _)| (i / 2 * 10 + i % 2) as f32);
        let c = centres(x.view(), &[0, 2, 4, 6, 8]);
        assert_eq!(c.column(0).to_vec(), vec![0.5, 10.5, 20.5, 30.5]);
        assert_eq!(nearest_cells(c.view(), 2), vec![0, 1, 1, 0, 2, 1, 3, 2]);
    }

    #[test]
    fn with_every_block_probed_the_start_is_the_exact_graph() {
        let x = super::super::synthetic_clusters(300, 6, 4, 9);
        let x = super::super::prepare(x.view(), super::super::Metric::Euclidean).unwrap();
        let (n, kb) = (x.nrows(), 7);
        let mut ids = vec![u32::MAX; n * kb];
        let mut d = vec![f32::INFINITY; n * kb];
        let offsets = [0, 64, 128, 192, 256, 300];
        assert!(seed_lists(
            x.view(),
            kb,
            &mut ids,
            &mut d,
            &offsets,
            5,
            &|| false
        ));
        assert_exact_lists(x.view(), kb, &ids, "");
    }

    /// Every row's list (`ids`, `kb` per row) holds its exact `kb` nearest rows.
    pub(in crate::knn) fn assert_exact_lists(
        x: ArrayView2<'_, f32>,
        kb: usize,
        ids: &[u32],
        what: &str,
    ) {
        let exact = super::super::cpu::exact(x, kb, &crate::NoProgress).unwrap();
        for u in 0..x.nrows() {
            let mut want: Vec<u32> = exact.neighbors(u).to_vec();
            let mut got: Vec<u32> = ids[u * kb..(u + 1) * kb].to_vec();
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "row {u} {what}");
        }
    }

    #[test]
    fn cells_are_the_clusters_once_k_means_has_moved_the_points() {
        // Two far clusters, rows 0..13 and 13..40: the second block of ten mixes them.
        let side = |i: u32| u32::from(i >= 13);
        let x = Array2::from_shape_fn((40, 2), |(i, j)| {
            side(i as u32) as f32 * 100.0 + (i * 7 % 5) as f32 * 0.1 + j as f32
        });
        let (order, offsets) = cells(x.as_slice().unwrap(), 2, 40, (10, 4, 3));
        let mut seen = order.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..40).collect::<Vec<u32>>());
        assert_eq!(*offsets.last().unwrap(), 40);
        for w in offsets.windows(2) {
            assert!(w[0] < w[1], "empty cell in {offsets:?}");
            let s = side(order[w[0]]);
            assert!(
                order[w[0]..w[1]].iter().all(|&p| side(p) == s),
                "{offsets:?} {order:?}"
            );
        }
        assert_eq!(group(&[2, 0, 2, 0]), (vec![1, 3, 0, 2], vec![0, 2, 4]));
    }

    #[test]
    fn the_last_step_frees_a_point_from_a_cell_whose_probes_miss_its_cluster() {
        // Ten points near 0, one near 100, then eleven near 100: in blocks of eleven rows the
        // stray point starts in the first cell, which probes only itself.
        let x: Vec<f32> = (0..22)
            .map(|i| match i {
                0..10 => i as f32 * 0.1,
                _ => 100.0 + (i % 7) as f32 * 0.1,
            })
            .collect();
        for steps in [1, 2] {
            let (order, offsets) = cells(&x, 1, 22, (11, 1, steps));
            let cell_of = |p: u32| {
                offsets
                    .windows(2)
                    .position(|w| order[w[0]..w[1]].contains(&p))
            };
            assert_eq!(
                cell_of(10),
                cell_of(11),
                "steps {steps}: {offsets:?} {order:?}"
            );
            assert_ne!(cell_of(10), cell_of(0));
        }
    }

    #[test]
    fn a_stop_is_reported() {
        let x = Array2::from_shape_fn((40, 2), |(i, j)| (i * 3 + j) as f32);
        let mut ids = vec![u32::MAX; 40 * 3];
        let mut d = vec![f32::INFINITY; 40 * 3];
        assert!(!seed_lists(
            x.view(),
            3,
            &mut ids,
            &mut d,
            &[0, 8, 40],
            2,
            &|| true
        ));
    }
}
