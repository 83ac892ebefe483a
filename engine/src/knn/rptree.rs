//! Random-projection trees: the start NN-descent descends from.
//!
//! NN-descent started from random lists spends its first rounds finding any near neighbour at
//! all. pynndescent starts instead from the leaves of a forest of random-projection trees: each
//! tree splits the points again and again by a random hyperplane (the perpendicular bisector of
//! two random points of the node) until a node holds at most `leaf_size` points; points that
//! share a leaf are usually close, so every point's list starts with its leaf-mates from every
//! tree. The rounds that follow then refine lists that are already mostly right.
//!
//! How it works here:
//! - [`Tree::build`] splits with seeded choices only (a hash of seed, tree and node path), so a
//!   tree is the same on every run and every machine; a split that puts every point on one side
//!   (duplicates, or a degenerate pair) splits the node in two halves by hash instead.
//! - [`seed_lists`] builds the trees one at a time (each tree's nodes in parallel, as rayon
//!   joins the two halves of a split) and merges each point's leaf-mates into its sorted list,
//!   point by point in parallel: every point writes only its own list, entries are ordered by
//!   `(distance, index)` and never repeated, so the lists depend on the seed alone.
//! - Cost: about `trees · n · leaf_size` distances for the leaves, plus `trees · n · depth`
//!   dot products for the splits.

use rayon::prelude::*;

use super::{dist2, insert_sorted};

/// One tree: the points in leaf order and where each leaf starts.
pub(crate) struct Tree {
    /// Point indices, leaf after leaf.
    pub order: Vec<u32>,
    /// Leaf `l` is `order[start[l]..start[l + 1]]`.
    pub start: Vec<u32>,
    /// The leaf of each point.
    pub leaf_of: Vec<u32>,
}

fn mix(z: u64) -> u64 {
    super::nndescent::mix(z)
}

impl Tree {
    /// Tree `t` of the forest for `seed` over the `n` rows of `flat` (`dim` wide).
    pub(crate) fn build(
        flat: &[f32],
        dim: usize,
        n: usize,
        leaf_size: usize,
        seed: u64,
        t: u64,
    ) -> Tree {
        let mut order: Vec<u32> = (0..n as u32).collect();
        let mut leaves = Vec::new();
        let splitter = Splitter {
            flat,
            dim,
            leaf_size: leaf_size.max(2),
            key: mix(seed ^ mix(t ^ 0x7270_7472)),
        };
        splitter.split(&mut order, 0, 1, &mut leaves);
        // `leaves` holds (offset, len) in `order`, in the order the recursion finished them:
        // sort by offset so leaves follow `order`.
        leaves.sort_unstable();
        let mut start = Vec::with_capacity(leaves.len() + 1);
        let mut leaf_of = vec![0u32; n];
        for (l, &(off, len)) in leaves.iter().enumerate() {
            start.push(off as u32);
            for &p in &order[off..off + len] {
                leaf_of[p as usize] = l as u32;
            }
        }
        start.push(n as u32);
        Tree {
            order,
            start,
            leaf_of,
        }
    }

    /// The points sharing point `p`'s leaf (`p` included).
    pub(crate) fn leaf(&self, p: usize) -> &[u32] {
        let l = self.leaf_of[p] as usize;
        &self.order[self.start[l] as usize..self.start[l + 1] as usize]
    }
}

/// What every split of one tree shares: the rows, the leaf size and the tree's hash key.
struct Splitter<'a> {
    flat: &'a [f32],
    dim: usize,
    leaf_size: usize,
    key: u64,
}

impl Splitter<'_> {
    fn row(&self, p: u32) -> &[f32] {
        &self.flat[p as usize * self.dim..(p as usize + 1) * self.dim]
    }

    /// Splits `idx` (the node at `path`, whose points start at `offset` of the tree's order)
    /// until every part has at most `leaf_size` points, recording each leaf as
    /// `(offset, len)`.
    fn split(&self, idx: &mut [u32], offset: usize, path: u64, leaves: &mut Vec<(usize, usize)>) {
        let m = idx.len();
        if m <= self.leaf_size {
            leaves.push((offset, m));
            return;
        }
        let h = mix(self.key ^ path.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let a = idx[(h % m as u64) as usize];
        let mut b = idx[(mix(h) % m as u64) as usize];
        if a == b {
            b = idx[((mix(h) % m as u64) as usize + 1) % m];
        }
        let (ra, rb) = (self.row(a), self.row(b));
        let normal: Vec<f32> = ra.iter().zip(rb).map(|(x, y)| x - y).collect();
        let mid: f32 = ra
            .iter()
            .zip(rb)
            .zip(&normal)
            .map(|((x, y), w)| 0.5 * (x + y) * w)
            .sum();
        // Partition: the points on the positive side of the bisector first.
        let mut left = 0;
        for i in 0..m {
            let s: f32 = self
                .row(idx[i])
                .iter()
                .zip(&normal)
                .map(|(x, w)| x * w)
                .sum();
            if s > mid {
                idx.swap(i, left);
                left += 1;
            }
        }
        if left == 0 || left == m {
            // Every point on one side: halves by a hash of the point instead.
            idx.sort_unstable_by_key(|&p| (mix(h ^ p as u64), p));
            left = m / 2;
        }
        let (l, r) = idx.split_at_mut(left);
        let (pl, pr) = (path.wrapping_mul(2), path.wrapping_mul(2).wrapping_add(1));
        let mut rl = Vec::new();
        if m > 4096 {
            rayon::join(
                || self.split(l, offset, pl, leaves),
                || self.split(r, offset + left, pr, &mut rl),
            );
        } else {
            self.split(l, offset, pl, leaves);
            self.split(r, offset + left, pr, &mut rl);
        }
        leaves.extend(rl);
    }
}

/// Merges every point's leaf-mates from `trees` trees (built for `seed`) into its sorted list
/// (`ids`/`d`, `kb` per point, entries never repeated). Returns false when `stop` said so
/// (the lists are then partly merged).
#[allow(clippy::too_many_arguments)]
pub(crate) fn seed_lists(
    flat: &[f32],
    dim: usize,
    n: usize,
    kb: usize,
    ids: &mut [u32],
    d: &mut [f32],
    (trees, leaf_size): (usize, usize),
    seed: u64,
    stop: &(dyn Fn() -> bool + Sync),
) -> bool {
    for t in 0..trees {
        if stop() {
            return false;
        }
        let tree = Tree::build(flat, dim, n, leaf_size, seed, t as u64);
        ids.par_chunks_mut(kb)
            .zip(d.par_chunks_mut(kb))
            .enumerate()
            .for_each(|(u, (ir, dr))| {
                let row = &flat[u * dim..(u + 1) * dim];
                for &j in tree.leaf(u) {
                    if j as usize == u {
                        continue;
                    }
                    // The distance first: the membership scan only for what would enter.
                    let dd = dist2(row, &flat[j as usize * dim..(j as usize + 1) * dim]);
                    if super::before(dd, j, dr[kb - 1], ir[kb - 1]) && !ir.contains(&j) {
                        insert_sorted(dr, ir, dd, j);
                    }
                }
            });
    }
    true
}

/// The forest for `n` points: `(trees, leaf_size)` as pynndescent sizes it (5 + n^¼ trees, at
/// most 32; leaves of `max(10, kb)` points), fewer trees when `n` is small.
pub(crate) fn forest_size(n: usize, kb: usize) -> (usize, usize) {
    let trees = (5.0 + (n as f64).powf(0.25)).round() as usize;
    (trees.min(32), kb.max(10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_partitions_the_points_into_small_leaves_and_is_seeded() {
        let (n, dim) = (5000, 8);
        let flat: Vec<f32> = (0..n * dim)
            .map(|i| (mix(i as u64) % 1000) as f32)
            .collect();
        let t = Tree::build(&flat, dim, n, 20, 7, 0);
        let mut seen = t.order.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..n as u32).collect::<Vec<_>>());
        for l in 0..t.start.len() - 1 {
            let len = t.start[l + 1] - t.start[l];
            assert!((1..=20).contains(&len), "leaf {l} has {len} points");
        }
        for p in [0, 17, 4999] {
            assert!(t.leaf(p).contains(&(p as u32)));
        }
        let again = Tree::build(&flat, dim, n, 20, 7, 0);
        assert_eq!(again.order, t.order);
        assert_ne!(Tree::build(&flat, dim, n, 20, 8, 0).order, t.order);
        // Duplicates everywhere: the hash split still ends in small leaves.
        let same = vec![1.0f32; 300 * 4];
        let t = Tree::build(&same, 4, 300, 10, 1, 0);
        assert!(t.start.windows(2).all(|w| w[1] - w[0] <= 10));
    }

    #[test]
    fn leaf_mates_are_mostly_true_neighbours() {
        // Points on a line: a point's leaf-mates are its neighbours on the line.
        let n = 2000;
        let flat: Vec<f32> = (0..n).flat_map(|i| [i as f32, 0.0]).collect();
        let kb = 4;
        let mut ids = vec![u32::MAX; n * kb];
        let mut d = vec![f32::INFINITY; n * kb];
        assert!(seed_lists(
            &flat,
            2,
            n,
            kb,
            &mut ids,
            &mut d,
            (6, 10),
            3,
            &|| false
        ));
        let exact = |u: usize| {
            let mut v: Vec<u32> = (0..n as u32).filter(|&j| j as usize != u).collect();
            v.sort_by_key(|&j| ((j as i64 - u as i64).abs(), j));
            v.truncate(kb);
            v
        };
        let hits: usize = (0..n)
            .map(|u| {
                exact(u)
                    .iter()
                    .filter(|j| ids[u * kb..(u + 1) * kb].contains(j))
                    .count()
            })
            .sum();
        assert!(hits as f64 / (n * kb) as f64 > 0.8, "{hits} of {}", n * kb);
        // Sorted, no repeats.
        for u in 0..n {
            let mut s: Vec<u32> = ids[u * kb..(u + 1) * kb]
                .iter()
                .copied()
                .filter(|&j| j != u32::MAX)
                .collect();
            let filled = s.len();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s.len(), filled);
            assert!(d[u * kb..(u + 1) * kb].windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
