//! Approximate k-NN by NN-descent (Dong, Moses & Li, 2011), on the CPU or the GPU.
//!
//! How it works:
//! 1. **Initial lists**: every point gets `K` ([`Params::build_k`]: at least `k` and 20)
//!    distinct random neighbours (drawn by a seeded hash of (seed, point, draw)), with their
//!    squared distances, sorted by `(d², index)`; then its leaf-mates in a forest of seeded
//!    random-projection trees (`rptree.rs`, as pynndescent starts) replace the farther ones.
//!    From [`Params::block_min_rows`] rows (10k) the forest gives way to the block start
//!    (`blocks.rs`): every point's best among the thousands of rows of its k-means cell and the
//!    cells nearest it, compared by matrix products. All are *new*.
//! 2. **Sampling** (CPU, both backends): each round, every point takes up to
//!    `max_candidates` of its *new* and of its *old* neighbours, chosen by the smallest hash of
//!    (seed, round, point, neighbour); the chosen new ones become old. The reverse lists (who
//!    chose me) are capped the same way, by hash priority, never by arrival order. A point's
//!    candidate lists are its forward and reverse picks, new and old apart.
//! 3. **Join** (GPU kernel `knn_nnd_join.wgsl`, or its CPU twin `join_cpu`): every point `u`
//!    looks at `w` in the lists of each `v` in its own lists, whenever `v` or `w` is new, and
//!    inserts `w` into its own sorted list when it is closer than the K-th entry (skipping itself
//!    and entries already there), flagging it new. This is the local join written as a gather:
//!    every point only writes its own list, so no atomics are needed and the result is the
//!    top-K of a set that depends on the seed alone, never on scheduling.
//! 4. Rounds stop after `max_rounds`, or when fewer than `delta · n · K` entries changed.
//!
//! On the GPU the rows stay on the device and every round uploads the lists and candidates and
//! reads the lists back (a few bytes per list entry). Rows that do not fit one storage binding
//! (n · dim · 4 bytes above `max_storage_buffer_binding_size`, 128 MiB on lavapipe) are joined
//! by the CPU twin instead. A round's join is split over several dispatches, each walking a
//! slice of the (v, w) pairs in the one-pass order: llvmpipe (lavapipe) silently ends every loop
//! of an invocation after 65535 loop iterations in all, which cut long joins short (large `k`,
//! wide rows) and left partial distances in the lists.
//!
//! The distances are direct squared differences of the prepared rows (centred for euclidean,
//! unit rows for cosine), so both backends compute the same values.

use ndarray::ArrayView2;
use rayon::prelude::*;

use super::{KnnGraph, dist2, insert_sorted};
use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::progress::Progress;

/// Tuning of NN-descent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Lists are built with at least this many neighbours (then cut to `k`): more neighbours
    /// per list raise recall for small `k`.
    pub min_build_k: usize,
    /// Above [`BUILD_K_FLAT_ROWS`] rows, lists are built this many neighbours wider for every
    /// tenfold more rows (see [`Params::build_k`]).
    pub build_k_per_decade: usize,
    /// New (and old) neighbours sampled per point per round, forward and reverse each.
    pub max_candidates: usize,
    /// Most rounds.
    pub max_rounds: usize,
    /// Stop when fewer than `delta · n · K` list entries changed in a round.
    pub delta: f64,
    /// Random-projection trees seeding the lists: `None` sizes the forest from `n` (5 + n^¼
    /// trees, at most 32), `Some(0)` starts from random lists alone.
    pub rp_trees: Option<usize>,
    /// From this many rows on, the lists start from the block start (`blocks.rs`: exact
    /// neighbours among nearby cells of k-means) instead of the forest, and are built
    /// [`Params::min_build_k`] wide (the start, not the width, brings the recall). On 50-d
    /// clusters, k = 15, forest / cells (seconds, recall@15): 10k rows 0.35 (0.999) / 0.25
    /// (1.000), 20k 0.79 (0.999) / 0.59 (1.000), 30k 1.71 (0.997) / 1.29 (1.000), 100k 7.95
    /// (0.983) / 5.45 (1.000); k = 90: 10k 1.35 / 0.44, 20k 2.63 / 0.93, 100k 22.5 / 8.6
    /// (t-SNE's whole run 63.3 / 53.4 s); 1M, k = 15: 246 s (0.960, 40-wide lists) / 123 s
    /// (0.988) (`docs/bench/scale.md`).
    pub block_min_rows: usize,
    /// Rows per block that seeds a cell of the block start, up to [`BUILD_K_FLAT_ROWS`] rows;
    /// see [`Params::cell_rows`].
    pub block_rows: usize,
    /// Whether [`Params::cell_rows`] grows the blocks with the rows.
    pub block_rows_grow: bool,
    /// Cells each cell is compared with in the block start (itself included).
    pub block_probes: usize,
    /// Steps of k-means that turn the blocks into cells.
    pub block_steps: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_build_k: 20,
            build_k_per_decade: 20,
            max_candidates: 12,
            max_rounds: 15,
            delta: 0.001,
            rp_trees: None,
            block_min_rows: BLOCK_MIN_ROWS,
            block_rows: 512,
            block_rows_grow: true,
            block_probes: 16,
            block_steps: 2,
        }
    }
}

/// Rows up to which lists are built [`Params::min_build_k`] wide.
pub const BUILD_K_FLAT_ROWS: usize = 100_000;

/// The default [`Params::block_min_rows`]: the block start from 10k rows.
pub const BLOCK_MIN_ROWS: usize = 10_000;

impl Params {
    /// Rows per block of the block start for `n` rows: [`Params::block_rows`], doubled for
    /// every tenfold rows above [`BUILD_K_FLAT_ROWS`] (rounded to 64) when
    /// [`Params::block_rows_grow`]. Clusters grow with the rows, and a cell must be compared
    /// with most of its cluster: at 1M clustered rows, 512-row blocks probing 16 start at
    /// recall@15 0.65, 1,024-row blocks at 0.97.
    ///
    /// ```
    /// use projector_engine::knn::nndescent::Params;
    /// let p = Params::default();
    /// assert_eq!(p.cell_rows(50_000), 512);
    /// assert_eq!(p.cell_rows(1_000_000), 1024);
    /// ```
    pub fn cell_rows(&self, n: usize) -> usize {
        if !self.block_rows_grow || n <= BUILD_K_FLAT_ROWS {
            return self.block_rows.max(1);
        }
        let decades = (n as f64 / BUILD_K_FLAT_ROWS as f64).log10();
        let rows = self.block_rows as f64 * 2f64.powf(decades);
        ((rows / 64.0).round() as usize * 64).max(self.block_rows.max(1))
    }

    /// The width `K` the lists are built with from the forest start for `n` points and `k`
    /// neighbours (the block start, from [`Params::block_min_rows`] rows, keeps
    /// [`Params::min_build_k`]): at least `k`
    /// and [`Params::min_build_k`], plus [`Params::build_k_per_decade`] for every tenfold rows
    /// above [`BUILD_K_FLAT_ROWS`] (at most `n − 1`). On clustered 50-d rows the same width
    /// finds fewer true neighbours as clusters grow: recall@15 with 20-wide lists is 0.98 at
    /// 100k rows, 0.87 at 1M (40-wide: see `docs/bench/scale.md`).
    ///
    /// ```
    /// use projector_engine::knn::nndescent::Params;
    /// let p = Params::default();
    /// assert_eq!(p.build_k(100_000, 15), 20);
    /// assert_eq!(p.build_k(1_000_000, 15), 40);
    /// assert_eq!(p.build_k(1_000_000, 90), 90);
    /// assert_eq!(p.build_k(12, 15), 11);
    /// ```
    pub fn build_k(&self, n: usize, k: usize) -> usize {
        let grow = if n > BUILD_K_FLAT_ROWS {
            let decades = (n as f64 / BUILD_K_FLAT_ROWS as f64).log10();
            (self.build_k_per_decade as f64 * decades).round() as usize
        } else {
            0
        };
        k.max(self.min_build_k + grow).min(n.saturating_sub(1))
    }
}

/// SplitMix64 finaliser: the hash behind every random choice.
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn hash4(seed: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(seed ^ 0x6e6e_6465) ^ a).wrapping_add(b.rotate_left(21)) ^ c.rotate_left(42))
}

/// The working graph: `n × kb` ids, squared distances and new flags.
pub(crate) struct Work {
    pub n: usize,
    pub kb: usize,
    pub ids: Vec<u32>,
    pub d: Vec<f32>,
    pub new: Vec<u32>,
}

/// Candidate lists of one round: `n × width` ids each (`u32::MAX` pads).
pub(crate) struct Candidates {
    pub width: usize,
    pub new: Vec<u32>,
    pub old: Vec<u32>,
}

/// Approximate k-NN of the rows of `data` by NN-descent with explicit [`Params`] (what
/// [`super::knn_with`] runs with `Params::default()` for [`super::Method::Approx`]).
pub fn approx(
    compute: &Compute,
    data: ArrayView2<'_, f32>,
    k: usize,
    metric: super::Metric,
    seed: u64,
    params: &Params,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    super::check_args(data.nrows(), k)?;
    let x = super::prepare(data, metric)?;
    search_local(compute, x, k, metric, seed, params, progress)
}

/// NN-descent on prepared rows (see [`super::prepare`]) laid out in a seeded locality order
/// (`locality.rs`: permuted in place, so no second copy), refined and returned in the caller's
/// ids and order.
pub(super) fn search_local(
    compute: &Compute,
    mut x: ndarray::Array2<f32>,
    k: usize,
    metric: super::Metric,
    seed: u64,
    params: &Params,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let (n, dim) = x.dim();
    let flat = x
        .as_slice_mut()
        .ok_or_else(|| Error::Invalid("non-contiguous data".into()))?;
    let mut order = super::locality::order(flat, dim, n, seed);
    super::locality::permute_rows(flat, dim, &order);
    // Large inputs start from cells (`blocks.rs`), laid out cell after cell.
    let cells = if n >= params.block_min_rows {
        let shape = (params.cell_rows(n), params.block_probes, params.block_steps);
        let (by_cell, offsets) = super::blocks::cells(flat, dim, n, shape);
        super::locality::permute_rows(flat, dim, &by_cell);
        order = by_cell.iter().map(|&i| order[i as usize]).collect();
        Some(offsets)
    } else {
        None
    };
    let raw = search(
        compute,
        x.view(),
        k,
        seed,
        params,
        cells.as_deref(),
        progress,
    )?;
    Ok(super::refine_in_order(x.view(), raw, metric, Some(&order)))
}

/// Approximate k-NN of prepared rows; distances come back squared. With `cells` (where each
/// cell of rows starts, as `blocks::cells` returns them) the lists start from the block start
/// instead of the forest.
pub(super) fn search(
    compute: &Compute,
    x: ArrayView2<'_, f32>,
    k: usize,
    seed: u64,
    params: &Params,
    cells: Option<&[usize]>,
    progress: &dyn Progress,
) -> Result<KnnGraph> {
    let n = x.nrows();
    let flat = x
        .as_slice()
        .ok_or_else(|| Error::Invalid("non-contiguous data".into()))?;
    let kb = match cells {
        // The start brings the recall: no wider lists for more rows.
        Some(_) => k.max(params.min_build_k).min(n.saturating_sub(1)),
        None => params.build_k(n, k),
    };
    let s = params.max_candidates.max(1);
    let rounds = params.max_rounds;
    progress.update("k-NN (NN-descent)", 0, rounds as u64);
    let mut work = init(flat, x.ncols(), n, kb, seed, progress);
    if progress.cancelled() {
        return Err(Error::Cancelled);
    }
    let (trees, leaf) = super::rptree::forest_size(n, kb);
    let trees = params.rp_trees.unwrap_or(trees);
    if let Some(offsets) = cells {
        let largest = offsets.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
        progress.message(&format!(
            "NN-descent start: {} cells (largest {largest} rows), {} probed each",
            offsets.len() - 1,
            params.block_probes
        ));
        let stop = || progress.cancelled();
        let (ids, d) = (&mut work.ids, &mut work.d);
        let probes = params.block_probes;
        // The products on the device when there is one and they fit it (`blocks_gpu.rs`).
        // Not on a software adapter: it runs on these same cores, where the CPU twin's matrix
        // products are about a hundred times faster (40k rows: 113 s on lavapipe, about 1 s).
        let on_gpu = match compute {
            Compute::Gpu(g) if !g.is_software() => {
                let chunk = super::blocks_gpu::chunk_rows(x.ncols(), kb);
                super::blocks_gpu::seed_lists(g, x, kb, (ids, d), offsets, probes, chunk, &stop)?
            }
            _ => None,
        };
        let done = match on_gpu {
            Some(done) => done,
            None => super::blocks::seed_lists(x, kb, ids, d, offsets, probes, &stop),
        };
        if !done {
            return Err(Error::Cancelled);
        }
    } else if trees > 0 {
        progress.message(&format!(
            "NN-descent start: {trees} random-projection trees"
        ));
        let stop = || progress.cancelled();
        let (ids, d) = (&mut work.ids, &mut work.d);
        if !super::rptree::seed_lists(flat, x.ncols(), n, kb, ids, d, (trees, leaf), seed, &stop) {
            return Err(Error::Cancelled);
        }
    }
    let mut gpu_state = match compute {
        Compute::Gpu(g) => super::gpu::NndState::new(g, flat, n, x.ncols(), kb, 2 * s),
        Compute::Cpu => None,
    };
    for round in 0..rounds {
        if progress.cancelled() {
            return Err(Error::Cancelled);
        }
        progress.update("k-NN (NN-descent)", round as u64, rounds as u64);
        let cand = sample(&mut work, seed, round as u64, s);
        let updates = match gpu_state.as_mut() {
            Some(st) => st.join(&mut work, &cand)?,
            None => join_cpu(flat, x.ncols(), &mut work, &cand, progress),
        };
        if progress.cancelled() {
            // The round may have been cut short: its lists are not a result.
            return Err(Error::Cancelled);
        }
        progress.message(&format!(
            "NN-descent round {}: {updates} list entries changed",
            round + 1
        ));
        if (updates as f64) < params.delta * (n * kb) as f64 {
            break;
        }
    }
    progress.update("k-NN (NN-descent)", rounds as u64, rounds as u64);
    // The lists become the graph in place (rows cut from kb to k entries, moved down): no
    // second n × k copy beside them.
    let Work {
        ids: mut indices,
        d: mut distances,
        new,
        ..
    } = work;
    drop(new);
    if kb != k {
        for i in 0..n {
            indices.copy_within(i * kb..i * kb + k, i * k);
            distances.copy_within(i * kb..i * kb + k, i * k);
        }
        indices.truncate(n * k);
        distances.truncate(n * k);
        indices.shrink_to_fit();
        distances.shrink_to_fit();
    }
    Ok(KnnGraph {
        n,
        k,
        indices,
        distances,
    })
}

/// Random initial lists: `kb` distinct neighbours per point, sorted, all new.
/// A stop asked for meanwhile (polled every 64 points) leaves the rest unfilled: the caller
/// checks `progress.cancelled()` and drops the lists.
pub(crate) fn init(
    flat: &[f32],
    dim: usize,
    n: usize,
    kb: usize,
    seed: u64,
    progress: &dyn Progress,
) -> Work {
    let mut ids = vec![u32::MAX; n * kb];
    let mut d = vec![f32::INFINITY; n * kb];
    let stopped = std::sync::atomic::AtomicBool::new(false);
    ids.par_chunks_mut(kb)
        .zip(d.par_chunks_mut(kb))
        .enumerate()
        .for_each(|(u, (ir, dr))| {
            use std::sync::atomic::Ordering::Relaxed;
            if u % 64 == 0 && progress.cancelled() {
                stopped.store(true, Relaxed);
            }
            if stopped.load(Relaxed) {
                return;
            }
            let row = &flat[u * dim..(u + 1) * dim];
            let mut chosen: Vec<u32> = Vec::with_capacity(kb);
            let mut draw = 0u64;
            while chosen.len() < kb && draw < 8 * kb as u64 {
                let j = (hash4(seed, 1, u as u64, draw) % n as u64) as u32;
                draw += 1;
                if j as usize != u && !chosen.contains(&j) {
                    chosen.push(j);
                }
            }
            let mut j = u;
            while chosen.len() < kb {
                j = (j + 1) % n;
                if j != u && !chosen.contains(&(j as u32)) {
                    chosen.push(j as u32);
                }
            }
            for &j in &chosen {
                let dd = dist2(row, &flat[j as usize * dim..(j as usize + 1) * dim]);
                insert_sorted(dr, ir, dd, j);
            }
        });
    Work {
        n,
        kb,
        ids,
        d,
        new: vec![1; n * kb],
    }
}

/// Picks up to `s` items of `items` by the smallest `prio`.
fn pick(items: &mut Vec<(u64, u32)>, s: usize) {
    if items.len() > s {
        items.sort_unstable();
        items.truncate(s);
    }
}

/// Reverse lists in compressed rows: `ids[off[t]..off[t + 1]]` are the points that picked `t`.
struct Reverse {
    off: Vec<u32>,
    ids: Vec<u32>,
}

impl Reverse {
    fn of(&self, t: usize) -> &[u32] {
        &self.ids[self.off[t] as usize..self.off[t + 1] as usize]
    }
}

/// One round's sampling: forward picks (marking the chosen new entries old) and reverse picks.
///
/// Every buffer is flat (`n × s` forward picks, compressed reverse lists): per-point vectors
/// cost an allocation each and, at a million points and `k = 90`, gigabytes of capacity.
pub(crate) fn sample(work: &mut Work, seed: u64, round: u64, s: usize) -> Candidates {
    let (n, kb) = (work.n, work.kb);
    // Forward picks per point, `u32::MAX` padded: new ones, then old ones.
    let mut fwd_new = vec![u32::MAX; n * s];
    let mut fwd_old = vec![u32::MAX; n * s];
    work.ids
        .par_chunks(kb)
        .zip(work.new.par_chunks_mut(kb))
        .zip(fwd_new.par_chunks_mut(s).zip(fwd_old.par_chunks_mut(s)))
        .enumerate()
        .for_each_init(
            || (Vec::new(), Vec::new()),
            |(nw, od), (u, ((ir, fr), (fnew, fold)))| {
                nw.clear();
                od.clear();
                for (slot, (&j, f)) in ir.iter().zip(fr.iter()).enumerate() {
                    if j == u32::MAX {
                        continue;
                    }
                    let p = hash4(seed, 2 + round * 2, u as u64, j as u64);
                    if *f == 1 {
                        nw.push((p, slot as u32));
                    } else {
                        od.push((p, j));
                    }
                }
                pick(nw, s);
                pick(od, s);
                for (out, &(_, slot)) in fnew.iter_mut().zip(nw.iter()) {
                    fr[slot as usize] = 0;
                    *out = ir[slot as usize];
                }
                for (out, &(_, j)) in fold.iter_mut().zip(od.iter()) {
                    *out = j;
                }
            },
        );
    // Reverse picks: (target, priority, source), capped at s per target by priority.
    let reverse = |fwd: &[u32], salt: u64| -> Reverse {
        let mut pairs: Vec<(u32, u64, u32)> = fwd
            .par_chunks(s)
            .enumerate()
            .flat_map_iter(|(u, picks)| {
                picks
                    .iter()
                    .filter(|&&j| j != u32::MAX)
                    .map(move |&j| (j, hash4(seed, salt, j as u64, u as u64), u as u32))
            })
            .collect();
        pairs.par_sort_unstable();
        let mut off = Vec::with_capacity(n + 1);
        let mut ids = Vec::with_capacity(pairs.len().min(n * s));
        off.push(0u32);
        let mut i = 0;
        for t in 0..n as u32 {
            let mut c = 0;
            while i < pairs.len() && pairs[i].0 == t {
                if c < s {
                    ids.push(pairs[i].2);
                    c += 1;
                }
                i += 1;
            }
            off.push(ids.len() as u32);
        }
        Reverse { off, ids }
    };
    let rev_new = reverse(&fwd_new, 3 + round * 2);
    let rev_old = reverse(&fwd_old, 3 + round * 2);
    let width = 2 * s;
    let mut new = vec![u32::MAX; n * width];
    let mut old = vec![u32::MAX; n * width];
    new.par_chunks_mut(width)
        .zip(old.par_chunks_mut(width))
        .enumerate()
        .for_each(|(u, (nr, or))| {
            let mut c = 0;
            for j in fwd_new[u * s..(u + 1) * s]
                .iter()
                .copied()
                .take_while(|&j| j != u32::MAX)
                .chain(rev_new.of(u).iter().copied())
            {
                if !nr[..c].contains(&j) {
                    nr[c] = j;
                    c += 1;
                }
            }
            let mut c = 0;
            for j in fwd_old[u * s..(u + 1) * s]
                .iter()
                .copied()
                .take_while(|&j| j != u32::MAX)
                .chain(rev_old.of(u).iter().copied())
            {
                if !or[..c].contains(&j) && !nr.contains(&j) {
                    or[c] = j;
                    c += 1;
                }
            }
        });
    Candidates { width, new, old }
}

/// CPU twin of `knn_nnd_join.wgsl`: for every point `u`, every `w` in the lists of every `v` in
/// `u`'s lists (`v` or `w` new) is offered to `u`'s list. Returns the number of insertions.
///
/// A stop asked for during the round (`progress.cancelled()`, polled every 64 points) skips
/// the points left: the caller then returns [`Error::Cancelled`] and the lists are dropped.
pub(crate) fn join_cpu(
    flat: &[f32],
    dim: usize,
    work: &mut Work,
    cand: &Candidates,
    progress: &dyn Progress,
) -> u64 {
    let kb = work.kb;
    let stopped = std::sync::atomic::AtomicBool::new(false);
    let w = cand.width;
    work.ids
        .par_chunks_mut(kb)
        .zip(work.d.par_chunks_mut(kb))
        .zip(work.new.par_chunks_mut(kb))
        .enumerate()
        .map(|(u, ((ir, dr), fr))| {
            use std::sync::atomic::Ordering::Relaxed;
            if u % 64 == 0 && progress.cancelled() {
                stopped.store(true, Relaxed);
            }
            if stopped.load(Relaxed) {
                return 0;
            }
            let row = &flat[u * dim..(u + 1) * dim];
            let mut updates = 0u64;
            let mut offer = |c: u32, ir: &mut [u32], dr: &mut [f32], fr: &mut [u32]| {
                if c as usize == u {
                    return;
                }
                // The distance first: most offers lose to the last entry, and at large `k`
                // the membership scan below costs more than the distance.
                let dd = dist2(row, &flat[c as usize * dim..(c as usize + 1) * dim]);
                if !super::before(dd, c, dr[kb - 1], ir[kb - 1]) || ir.contains(&c) {
                    return;
                }
                if insert_sorted_flag(dr, ir, fr, dd, c) {
                    updates += 1;
                }
            };
            for a in 0..2 * w {
                let (v, v_new) = if a < w {
                    (cand.new[u * w + a], true)
                } else {
                    (cand.old[u * w + a - w], false)
                };
                if v == u32::MAX {
                    continue;
                }
                let v = v as usize;
                for b in 0..2 * w {
                    let (c, c_new) = if b < w {
                        (cand.new[v * w + b], true)
                    } else {
                        (cand.old[v * w + b - w], false)
                    };
                    if c == u32::MAX || !(v_new || c_new) {
                        continue;
                    }
                    offer(c, ir, dr, fr);
                }
            }
            updates
        })
        .sum()
}

/// [`insert_sorted`] that also moves the new flags and flags the inserted entry new.
fn insert_sorted_flag(dist: &mut [f32], idx: &mut [u32], flag: &mut [u32], d: f32, j: u32) -> bool {
    let k = dist.len();
    if !super::before(d, j, dist[k - 1], idx[k - 1]) {
        return false;
    }
    let mut p = k - 1;
    while p > 0 && super::before(d, j, dist[p - 1], idx[p - 1]) {
        dist[p] = dist[p - 1];
        idx[p] = idx[p - 1];
        flag[p] = flag[p - 1];
        p -= 1;
    }
    dist[p] = d;
    idx[p] = j;
    flag[p] = 1;
    true
}
