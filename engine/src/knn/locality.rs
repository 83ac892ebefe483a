//! Locality order: the rows laid out so that points near in space are near in memory.
//!
//! NN-descent reads, for every point, the rows of its neighbours' neighbours: a few hundred rows
//! scattered over the whole matrix when the rows are in the caller's order. Once the matrix no
//! longer fits the caches (100k × 50 f32 is 20 MB), each of those reads is a miss, and at 100k
//! rows a join round costs twice as much per point as at 20k. Laid out in the leaf order of one
//! random-projection tree ([`order`]), the points a point looks at sit in a few nearby stretches
//! of memory, and the next point in that order looks at nearly the same ones.
//!
//! [`super::nndescent::search_local`] permutes the prepared rows in place ([`permute_rows`]),
//! searches in that order, and maps the graph back: the caller gets its own ids, and ties are
//! broken by them as in every other search. The order is seeded like everything else, so the
//! graph still depends on the seed alone.

use super::rptree::Tree;

/// Points per leaf of the ordering tree: a leaf is a few kilobytes of rows.
const LEAF: usize = 32;

/// A seeded locality order of the `n` rows of `flat` (`dim` wide): `order[i]` is the row that
/// goes to position `i` (the leaf order of one random-projection tree).
pub(crate) fn order(flat: &[f32], dim: usize, n: usize, seed: u64) -> Vec<u32> {
    Tree::build(flat, dim, n, LEAF, seed ^ 0x6c6f_6361_6c69_7479, u64::MAX).order
}

/// The inverse of a permutation: `inverse(p)[p[i]] = i`.
pub(crate) fn inverse(perm: &[u32]) -> Vec<u32> {
    let mut inv = vec![0u32; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inv[p as usize] = i as u32;
    }
    inv
}

/// Gathers rows in place: afterwards row `i` of `data` (rows of `width` values) is what row
/// `perm[i]` was. Follows each cycle of the permutation with one row of scratch, so it needs no
/// second copy of the matrix. `perm` must be a permutation of `0..rows`.
pub(crate) fn permute_rows<T: Copy>(data: &mut [T], width: usize, perm: &[u32]) {
    let n = perm.len();
    debug_assert_eq!(data.len(), n * width);
    if width == 0 {
        return;
    }
    let mut done = vec![false; n];
    let mut scratch: Vec<T> = Vec::with_capacity(width);
    for s in 0..n {
        if done[s] || perm[s] as usize == s {
            done[s] = true;
            continue;
        }
        scratch.clear();
        scratch.extend_from_slice(&data[s * width..(s + 1) * width]);
        let mut j = s;
        loop {
            done[j] = true;
            let src = perm[j] as usize;
            if src == s {
                data[j * width..(j + 1) * width].copy_from_slice(&scratch);
                break;
            }
            data.copy_within(src * width..(src + 1) * width, j * width);
            j = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_gathered_in_place_and_restored_by_the_inverse() {
        let (n, w) = (1000, 3);
        let data: Vec<u32> = (0..n * w).map(|v| v as u32).collect();
        let perm: Vec<u32> = {
            let mut p: Vec<u32> = (0..n as u32).collect();
            p.sort_by_key(|&i| super::super::nndescent::mix(i as u64 ^ 99));
            p
        };
        let mut moved = data.clone();
        permute_rows(&mut moved, w, &perm);
        for i in 0..n {
            let src = perm[i] as usize;
            assert_eq!(moved[i * w..(i + 1) * w], data[src * w..(src + 1) * w]);
        }
        permute_rows(&mut moved, w, &inverse(&perm));
        assert_eq!(moved, data);
    }

    #[test]
    fn the_order_is_a_seeded_permutation_that_keeps_clusters_together() {
        let x = super::super::synthetic_clusters(4000, 10, 8, 1);
        let flat = x.as_slice().unwrap();
        let o = order(flat, 10, 4000, 5);
        assert_eq!(o, order(flat, 10, 4000, 5));
        let mut seen = o.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..4000u32).collect::<Vec<_>>());
        // Consecutive points in the order are much closer than consecutive rows.
        let gap = |ids: &mut dyn Iterator<Item = usize>| -> f32 {
            let ids: Vec<usize> = ids.collect();
            ids.windows(2)
                .map(|p| {
                    super::super::dist2(
                        &flat[p[0] * 10..(p[0] + 1) * 10],
                        &flat[p[1] * 10..(p[1] + 1) * 10],
                    )
                })
                .sum::<f32>()
        };
        let ordered = gap(&mut o.iter().map(|&p| p as usize));
        let plain = gap(&mut (0..4000usize));
        assert!(ordered < 0.25 * plain, "ordered {ordered}, plain {plain}");
    }
}
