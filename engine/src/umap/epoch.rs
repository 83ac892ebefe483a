//! The optimisation schedule and the CPU twin of the epoch kernel (`umap_epoch.wgsl`,
//! `umap_apply.wgsl`).
//!
//! As in umap-learn, edge `e` with weight `w` is sampled every `max_w / w` epochs
//! (`epochs_per_sample`); each time it pulls its two ends together and pushes its head away from
//! `negative_samples / epochs_per_sample` random points per epoch on average. Gradients are
//! clipped at 4 and scaled by a learning rate that decays linearly to 0.
//!
//! Unlike umap-learn (which moves points in place while other threads read them), every epoch
//! reads the positions as they were at its start and adds each move, rounded to a fixed-point
//! `i32` (units of 1/65536), into a delta buffer (an atomic add in the WGSL kernel; here each
//! rayon part sums its own integer deltas and the parts are added up); the deltas are then
//! applied.
//! Integer addition is associative, so the result does not depend on the order in which edges run:
//! with a seed, runs are bit-identical on one backend. Negative samples come from a PCG hash of
//! (seed, epoch, edge, sample), so both backends draw the same points; the CPU twin does the
//! same arithmetic in the same order, so CPU and GPU agree up to rounding (of `d^b`, below, and
//! where the GPU fuses a multiply and an add).
//!
//! `d^b` (twice per sample) is `pow_approx`, the same operations on both backends
//! (`pow_approx` in `umap_epoch.wgsl`): `exp2(b · log2 d)` with both factors evaluated by short
//! polynomials (relative error under 1e-6 for the distances of a layout, checked against f64 by
//! a test). On the CPU the edge loop only steps the schedule and lists the due edges; they are
//! then moved sixteen at a time, one per lane as the WGSL kernel runs one per invocation, in
//! straight-line code that vectorises (built a second time with AVX2, chosen at run time): the
//! polynomial is a serial chain that is slower than glibc's `powf` one value at a time and much
//! faster sixteen at a time, and the negative samples' hash and modulo run in the lanes too.
//! [`sort_by_rate`] orders the edges by sampling period before the first epoch, so the edges due
//! in an epoch come in runs: whole SIMD groups of the GPU kernel skip together.

use rayon::prelude::*;

/// Fixed-point scale of the delta buffer: moves are accumulated in units of `1 / FIXED_SCALE`.
pub const FIXED_SCALE: f32 = 65536.0;

/// Gradient clip, as umap-learn.
pub(crate) const CLIP: f32 = 4.0;

/// PCG hash (O'Neill's `pcg_hash`, a 32-bit permutation), the same in `umap_epoch.wgsl`.
pub fn pcg(v: u32) -> u32 {
    let state = v.wrapping_mul(747_796_405).wrapping_add(2_891_336_453);
    let word = ((state >> ((state >> 28) + 4)) ^ state).wrapping_mul(277_803_737);
    (word >> 22) ^ word
}

/// The random point of negative sample `p` of edge `edge` in `epoch`, in `0..n` (the formula
/// `edge_cpu` and the WGSL kernel inline).
#[cfg(test)]
pub fn negative_sample(seed: u32, epoch: u32, edge: u32, p: u32, n: u32) -> u32 {
    let h = pcg(pcg(pcg(seed.wrapping_add(pcg(epoch))).wrapping_add(edge)).wrapping_add(p));
    h % n.max(1)
}

/// Per-edge schedule, packed as the GPU's `vec4<f32>`: epochs per sample, epochs per negative
/// sample, epoch of the next sample, epoch of the next negative sample.
pub type Sched = [f32; 4];

/// umap-learn's `make_epochs_per_sample` and the initial schedule of every edge.
pub fn schedule(weights: &[f32], n_epochs: usize, negative_samples: usize) -> Vec<Sched> {
    let max = weights.iter().copied().fold(0f32, f32::max) as f64;
    weights
        .iter()
        .map(|&w| {
            let n_samples = n_epochs as f64 * (w as f64 / max);
            let eps = if n_samples > 0.0 {
                (n_epochs as f64 / n_samples) as f32
            } else {
                f32::MAX
            };
            let eps_neg = eps / negative_samples.max(1) as f32;
            let neg = if negative_samples == 0 {
                f32::MAX
            } else {
                eps_neg
            };
            [eps, neg, eps, neg]
        })
        .collect()
}

/// How many times the edges of `sched` will be sampled in `n_epochs` epochs, and how many
/// negative samples they will draw (the work of the epochs: each edge sample reads and moves
/// two points, each negative sample reads one random point and moves the head).
pub fn sample_counts(sched: &[Sched], n_epochs: usize) -> (u64, u64) {
    // Epochs 0..n_epochs; an edge is first due at epoch `every`, then every `every` epochs.
    let count = |every: f32| {
        if every > 0.0 && every < f32::MAX {
            (n_epochs.saturating_sub(1) as f64 / every as f64).floor() as u64
        } else {
            0
        }
    };
    sched.iter().fold((0, 0), |(s, g), e| {
        let samples = count(e[0]);
        // Each sample draws the negatives that have come due since the last one.
        let negatives = if e[1] < f32::MAX && samples > 0 {
            (samples as f64 * (e[0] / e[1]) as f64).floor() as u64
        } else {
            0
        };
        (s + samples, g + negatives)
    })
}

/// Reorders the edges (stably) by their sampling period `epochs_per_sample`, before the first
/// epoch: edges sampled at the same rate are due in the same epochs, so after the sort the due
/// edges of an epoch come in runs. The negative samples hash the edge's index, so the order is
/// part of the result; both backends run the same sorted edges.
pub fn sort_by_rate(head: &mut Vec<u32>, tail: &mut Vec<u32>, sched: &mut Vec<Sched>) {
    let mut order: Vec<u32> = (0..sched.len() as u32).collect();
    order.sort_by(|&x, &y| sched[x as usize][0].total_cmp(&sched[y as usize][0]));
    *head = order.iter().map(|&i| head[i as usize]).collect();
    *tail = order.iter().map(|&i| tail[i as usize]).collect();
    *sched = order.iter().map(|&i| sched[i as usize]).collect();
}

const LN2: f32 = std::f32::consts::LN_2;
const LOG2_E: f32 = std::f32::consts::LOG2_E;
const SQRT2: f32 = std::f32::consts::SQRT_2;

/// `log2(x)` for a normal positive `x`, to about 1e-7 absolute: `x = 2^e · m` with `m` in
/// `[√½, √2)`, then `ln m = 2 atanh(s)`, `s = (m − 1)/(m + 1)`, by its series to `s⁷`
/// (`|s| ≤ 0.172`, so the first term left out is below 3e-8). The same operations as
/// `log2_approx` in `umap_epoch.wgsl`.
#[inline(always)]
pub fn log2_approx(x: f32) -> f32 {
    let bits = x.to_bits();
    let e = ((bits >> 23) & 0xff) as i32 - 127;
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    let big = m > SQRT2;
    let m = if big { m * 0.5 } else { m };
    let e = if big { e + 1 } else { e };
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let p = 1.0 / 3.0 + s2 * (1.0 / 5.0 + s2 * (1.0 / 7.0));
    let ln_m = 2.0 * s + (2.0 * s) * (s2 * p);
    e as f32 + ln_m * LOG2_E
}

/// `2^y` for `y` clamped to `[−126, 126]`, to about 1e-8 relative: `y = n + f` with `n` the
/// nearest integer, `2^f = e^(f ln 2)` by its Taylor series to the 7th power
/// (`|f ln 2| ≤ 0.347`), and `2^n` built in the exponent bits. The same operations as
/// `exp2_approx` in `umap_epoch.wgsl`.
#[inline(always)]
pub fn exp2_approx(y: f32) -> f32 {
    let y = y.clamp(-126.0, 126.0);
    // floor(y + 0.5) without a libm call: truncate, then step down for negative fractions.
    let t = y + 0.5;
    let mut n = t as i32;
    if n as f32 > t {
        n -= 1;
    }
    let r = (y - n as f32) * LN2;
    let p = 1.0 / 5040.0;
    let p = 1.0 / 720.0 + r * p;
    let p = 1.0 / 120.0 + r * p;
    let p = 1.0 / 24.0 + r * p;
    let p = 1.0 / 6.0 + r * p;
    let p = 0.5 + r * p;
    let p = 1.0 + r * p;
    let p = 1.0 + r * p;
    p * f32::from_bits(((n + 127) as u32) << 23)
}

/// `x^b` for `x > 0` as the kernels compute it: `exp2(b · log2(x))` with [`log2_approx`] and
/// [`exp2_approx`]. The relative error is below `(2 + |b · log2 x|) · 1e-7` (the rounding of
/// `b · log2 x` to f32 dominates), under 1e-6 for squared distances from 1e-4 to 1e4 when `b ≤ 1`. Subnormal `x`
/// (below `f32::MIN_POSITIVE`) are taken as `f32::MIN_POSITIVE`.
#[inline(always)]
pub fn pow_approx(x: f32, b: f32) -> f32 {
    exp2_approx(b * log2_approx(x.max(f32::MIN_POSITIVE)))
}

/// Everything one epoch reads besides the edges and their schedule.
#[derive(Debug, Clone, Copy)]
pub struct EpochArgs<'a> {
    /// Positions of the edges' heads (`n_head × dims`).
    pub head_pos: &'a [f32],
    /// Positions of the edges' tails and of the negative samples (`n_tail × dims`); the same as
    /// `head_pos` when fitting.
    pub tail_pos: &'a [f32],
    /// Coordinates per point.
    pub dims: usize,
    /// Curve parameters.
    pub a: f32,
    /// Curve parameters.
    pub b: f32,
    /// Learning rate of this epoch.
    pub alpha: f32,
    /// Epoch number, from 0.
    pub epoch: u32,
    /// Seed of the negative samples.
    pub seed: u32,
    /// Move the tail too (fitting) or only the head (transform).
    pub move_other: bool,
}

fn clip(v: f32) -> f32 {
    v.clamp(-CLIP, CLIP)
}

/// A move rounded to the fixed-point grid (ties to even, like WGSL's `round`; saturating like
/// WGSL's `i32()`).
pub fn to_fixed(v: f32) -> i32 {
    let x = v * FIXED_SCALE;
    // Below 2^22 in magnitude, adding and subtracting 1.5·2^23 rounds to an integer, ties to
    // even, without the libm call `round_ties_even` becomes on baseline x86-64.
    const MAGIC: f32 = 12_582_912.0;
    if x.abs() < 4_194_304.0 {
        ((x + MAGIC) - MAGIC) as i32
    } else {
        x.round_ties_even() as i32
    }
}

/// [`to_fixed`] of [`LANES`] moves at once, in code that vectorises: when every lane is below
/// 2^22 fixed-point units (always, unless the learning rate is above 16), adding 1.5·2^23 puts
/// the value's rounded integer (ties to even) in the low mantissa bits, read off by integer
/// subtraction; otherwise lane by lane. The same results as [`to_fixed`], without its saturating
/// float-to-int conversion, which does not vectorise.
#[inline(always)]
fn to_fixed_lanes(v: [f32; LANES]) -> [i32; LANES] {
    const MAGIC: f32 = 12_582_912.0;
    const MAGIC_BITS: i32 = 0x4B40_0000;
    let x = v.map(|v| v * FIXED_SCALE);
    let small = x.iter().fold(true, |all, x| all & (x.abs() < 4_194_304.0));
    if small {
        x.map(|x| ((x + MAGIC).to_bits() as i32).wrapping_sub(MAGIC_BITS))
    } else {
        v.map(to_fixed)
    }
}

/// One epoch of the edge kernel on the CPU: mirrors `umap_epoch.wgsl` step by step, adding
/// fixed-point moves into `delta` (`n_head × dims`; `dims` is 2 or 3, as [`super::Params`]
/// validates). Threads take ranges of edges and add into their own integer buffers, which are
/// then summed: integer addition (wrapping, like WGSL's `atomicAdd`) makes the result
/// independent of the split.
pub fn epoch_cpu(
    head: &[u32],
    tail: &[u32],
    sched: &mut [Sched],
    args: &EpochArgs<'_>,
    delta: &mut [i32],
) {
    // The coordinate count is a compile-time constant of the kernel (unrolled loops, no bounds
    // checks in them).
    match args.dims {
        2 => epoch_cpu_dims::<2>(head, tail, sched, args, delta),
        3 => epoch_cpu_dims::<3>(head, tail, sched, args, delta),
        d => unreachable!("UMAP layouts have 2 or 3 coordinates (Params::validate), got {d}"),
    }
}

/// A due edge of an epoch: its index and the number of negative samples it draws.
type Due = [u32; 2];

/// [`epoch_cpu`] for `D` coordinates per point.
fn epoch_cpu_dims<const D: usize>(
    head: &[u32],
    tail: &[u32],
    sched: &mut [Sched],
    args: &EpochArgs<'_>,
    delta: &mut [i32],
) {
    let len = delta.len();
    // Small chunks: after `sort_by_rate` the often-sampled edges sit together at the start, so
    // a few large chunks would leave one thread with most of the work.
    let chunk = (sched.len() / (rayon::current_num_threads() * 64)).max(512);
    let kernel = Kernel {
        head,
        tail,
        args,
        seed_epoch: pcg(args.seed.wrapping_add(pcg(args.epoch))),
        n_tail: ModU32::new((args.tail_pos.len() / D).max(1) as u32),
    };
    let wide = has_wide_simd();
    let epoch_f = args.epoch as f32;
    let sum = sched
        .par_chunks_mut(chunk)
        .enumerate()
        .fold(
            || (vec![0i32; len], Vec::new()),
            |(mut acc, mut due), (c, part)| {
                // The schedule step of every edge (the start of the WGSL kernel); the moves of
                // the due ones follow, a batch at a time.
                due.clear();
                for (o, s) in part.iter_mut().enumerate() {
                    if s[2] > epoch_f {
                        continue;
                    }
                    s[2] += s[0];
                    let n_neg = ((epoch_f - s[3]) / s[1]) as i32;
                    let n_neg = n_neg.max(0) as u32;
                    s[3] += n_neg as f32 * s[1];
                    due.push([(c * chunk + o) as u32, n_neg]);
                }
                kernel.moves::<D>(&due, &mut acc, wide);
                (acc, due)
            },
        )
        .map(|(acc, _)| acc)
        .reduce(
            || vec![0i32; len],
            |mut a, b| {
                a.iter_mut()
                    .zip(&b)
                    .for_each(|(x, y)| *x = x.wrapping_add(*y));
                a
            },
        );
    delta
        .iter_mut()
        .zip(&sum)
        .for_each(|(x, y)| *x = x.wrapping_add(*y));
}

/// Whether this CPU has AVX2 (x86-64 only).
fn has_wide_simd() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Edges moved together: two vectors of f32 lanes with AVX2. Each step of a batch is a long
/// dependent chain (hash, modulo, gather, two polynomials, two divisions); with two vectors per
/// operation two chains interleave and hide each other's latency (MNIST-10k's 500 epochs:
/// 1.44–1.51 s with 8 lanes, 0.98–1.11 s with 16, 1.06–1.16 s with 32).
const LANES: usize = 16;

/// `x mod d` for a fixed `d` by a multiply-high and shifts (Granlund and Montgomery, "Division
/// by invariant integers using multiplication", 1994, figure 4.1): exact for every `u32` and
/// `1 ≤ d`, and only 32-bit lane operations, so a batch of them vectorises (a `%`, or a 64-bit
/// multiply-high, does not).
#[derive(Debug, Clone, Copy)]
struct ModU32 {
    d: u32,
    m: u32,
    sh1: u32,
    sh2: u32,
}

impl ModU32 {
    fn new(d: u32) -> ModU32 {
        let d = d.max(1);
        // l = ceil(log2 d); m = floor(2^32 (2^l − d) / d) + 1, below 2^32.
        let l = 32 - (d - 1).leading_zeros();
        let m = ((((1u64 << l) - d as u64) << 32) / d as u64 + 1) as u32;
        ModU32 {
            d,
            m,
            sh1: l.min(1),
            sh2: l.saturating_sub(1),
        }
    }

    #[inline(always)]
    fn rem(self, x: u32) -> u32 {
        let t = ((x as u64 * self.m as u64) >> 32) as u32;
        let q = (t + ((x - t) >> self.sh1)) >> self.sh2;
        x - q * self.d
    }
}

/// What the edge kernel reads besides the due edges.
struct Kernel<'a> {
    head: &'a [u32],
    tail: &'a [u32],
    args: &'a EpochArgs<'a>,
    /// `pcg(seed + pcg(epoch))`, the root of this epoch's negative samples.
    seed_epoch: u32,
    /// `% n_tail`, the points the negative samples are drawn from.
    n_tail: ModU32,
}

impl Kernel<'_> {
    /// The moves of the due edges, added into `acc`. Compiled twice, for the baseline target
    /// and with AVX2 (chosen at run time): Rust never fuses a multiply and an add on its own, so
    /// both builds do the same float operations and give the same bits.
    fn moves<const D: usize>(&self, due: &[Due], acc: &mut [i32], wide: bool) {
        #[cfg(target_arch = "x86_64")]
        if wide {
            // SAFETY: `wide` comes from `has_wide_simd()`, true only when the CPU has AVX2.
            unsafe { self.moves_avx2::<D>(due, acc) };
            return;
        }
        let _ = wide;
        self.batches::<D>(due, acc);
    }

    /// [`Kernel::batches`] compiled with AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn moves_avx2<const D: usize>(&self, due: &[Due], acc: &mut [i32]) {
        self.batches::<D>(due, acc);
    }

    /// The points of round `p` of the lanes' negative samples: `pcg(hash + p) % n_tail`.
    #[inline(always)]
    fn negatives(&self, hash: &[u32; LANES], p: u32) -> [u32; LANES] {
        let mut kk = [0u32; LANES];
        for l in 0..LANES {
            kk[l] = self.n_tail.rem(pcg(hash[l].wrapping_add(p)));
        }
        kk
    }

    /// The due edges [`LANES`] at a time, each batch's ends prefetched while the batch before
    /// it is moved.
    #[inline(always)]
    fn batches<const D: usize>(&self, due: &[Due], acc: &mut [i32]) {
        let mut batches = due.chunks(LANES).peekable();
        while let Some(batch) = batches.next() {
            if let Some(next) = batches.peek() {
                self.prefetch_ends::<D>(next, acc);
            }
            self.batch::<D>(batch, acc);
        }
    }

    /// Asks the cache for what [`Kernel::batch`] will read and add into at the ends of these
    /// edges: their positions and their lines of `acc`. Random points of a layout larger than
    /// the L2 cache (8 MB of positions at 1M points), fetched while the batch before is moved.
    #[inline(always)]
    fn prefetch_ends<const D: usize>(&self, batch: &[Due], acc: &[i32]) {
        for &[edge, _] in batch {
            let j = self.head[edge as usize] as usize * D;
            let k = self.tail[edge as usize] as usize * D;
            prefetch(self.args.head_pos.as_ptr().wrapping_add(j));
            prefetch(self.args.tail_pos.as_ptr().wrapping_add(k));
            prefetch(acc.as_ptr().wrapping_add(j));
            prefetch(acc.as_ptr().wrapping_add(k));
        }
    }

    /// Up to [`LANES`] due edges, one per lane, as the WGSL kernel runs one per invocation: the
    /// attractive move of the edge `(j, k)`, then its negative samples (drawn together,
    /// `max n_neg` rounds, lanes past their own count masked), the head's moves summed in the
    /// lane and added to `acc` once. The positions do not change during an epoch and integer
    /// addition makes the order of the adds irrelevant, so this is the kernel's result, in
    /// straight-line code that vectorises.
    #[inline(always)]
    fn batch<const D: usize>(&self, batch: &[Due], acc: &mut [i32]) {
        let args = self.args;
        let (a, b, alpha) = (args.a, args.b, args.alpha);
        let (cur_pos, _) = args.head_pos.as_chunks::<D>();
        let (oth_pos, _) = args.tail_pos.as_chunks::<D>();
        let mut e = [0u32; LANES];
        let mut j = [0u32; LANES];
        let mut k = [0u32; LANES];
        let mut n_neg = [0u32; LANES];
        for (l, &[edge, count]) in batch.iter().enumerate() {
            e[l] = edge;
            j[l] = self.head[edge as usize];
            k[l] = self.tail[edge as usize];
            n_neg[l] = count;
        }
        // Lanes past the batch read point 0 and move nothing.
        let mut pj = [[0f32; LANES]; D];
        let mut pk = [[0f32; LANES]; D];
        for l in 0..batch.len() {
            let (c, o) = (cur_pos[j[l] as usize], oth_pos[k[l] as usize]);
            for d in 0..D {
                pj[d][l] = c[d];
                pk[d][l] = o[d];
            }
        }
        // The attractive move.
        let (diff, dsq) = diff_sq::<D>(&pj, &pk);
        let mut gc = [0f32; LANES];
        for l in 0..LANES {
            let x = dsq[l];
            let pb = pow_approx(x, b);
            let g = -2.0 * a * b * (pb / x);
            let g = g / (a * pb + 1.0);
            gc[l] = if x > 0.0 { g } else { 0.0 };
        }
        let mut att = [[0i32; LANES]; D];
        for d in 0..D {
            let mut g = [0f32; LANES];
            for l in 0..LANES {
                g[l] = clip(gc[l] * diff[d][l]) * alpha;
            }
            att[d] = to_fixed_lanes(g);
        }
        // The negative samples: point `pcg(edge_hash + p) % n_tail` for `p < n_neg`, skipping
        // the head itself when fitting.
        let mut hash = [0u32; LANES];
        for l in 0..LANES {
            hash[l] = pcg(self.seed_epoch.wrapping_add(e[l]));
        }
        let rounds = n_neg.iter().copied().max().unwrap_or(0);
        // The negative samples' points are known now: draw them and ask for them all before the
        // first is read, so that their cache misses overlap (at most `PREFETCH_ROUNDS` rounds;
        // an edge draws `negative_samples`, 5, per sample on average). The rounds below use
        // these draws and draw only the rounds past them.
        let ahead = rounds.min(PREFETCH_ROUNDS);
        let mut drawn = [[0u32; LANES]; PREFETCH_ROUNDS as usize];
        for p in 0..ahead {
            let kk = self.negatives(&hash, p);
            for &kk in &kk[..batch.len()] {
                prefetch(oth_pos.as_ptr().wrapping_add(kk as usize));
            }
            drawn[p as usize] = kk;
        }
        let mut sum = att;
        for p in 0..rounds {
            let kk = if p < ahead {
                drawn[p as usize]
            } else {
                self.negatives(&hash, p)
            };
            // `&`, not `&&`: no branch per lane.
            let mut live = [false; LANES];
            for l in 0..LANES {
                live[l] = (p < n_neg[l]) & !(args.move_other & (kk[l] == j[l]));
            }
            let mut pn = [[0f32; LANES]; D];
            for l in 0..batch.len() {
                let o = oth_pos[kk[l] as usize];
                for d in 0..D {
                    pn[d][l] = o[d];
                }
            }
            let (diff, dsq) = diff_sq::<D>(&pj, &pn);
            let mut gn = [0f32; LANES];
            for l in 0..LANES {
                let x = dsq[l];
                let pb = pow_approx(x, b);
                let g = (2.0 * b) / ((0.001 + x) * (a * pb + 1.0));
                gn[l] = if x > 0.0 { g } else { 0.0 };
            }
            for d in 0..D {
                let mut g = [0f32; LANES];
                for l in 0..LANES {
                    let v = if gn[l] > 0.0 {
                        clip(gn[l] * diff[d][l])
                    } else {
                        CLIP
                    };
                    g[l] = v * alpha;
                }
                let q = to_fixed_lanes(g);
                for l in 0..LANES {
                    sum[d][l] = sum[d][l].wrapping_add(if live[l] { q[l] } else { 0 });
                }
            }
        }
        for l in 0..batch.len() {
            for d in 0..D {
                let at = j[l] as usize * D + d;
                acc[at] = acc[at].wrapping_add(sum[d][l]);
                if args.move_other {
                    let at = k[l] as usize * D + d;
                    acc[at] = acc[at].wrapping_sub(att[d][l]);
                }
            }
        }
    }
}

/// Rounds of negative samples whose points [`Kernel::batch`] prefetches before the first.
const PREFETCH_ROUNDS: u32 = 8;

/// A hint to fetch the cache line holding `*p` (a no-op off x86-64): no effect on any result.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint that never faults, whatever the address (SSE is part of the
    // x86-64 baseline).
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Per lane, the coordinate differences `x − y` and the squared distance.
#[inline(always)]
fn diff_sq<const D: usize>(
    x: &[[f32; LANES]; D],
    y: &[[f32; LANES]; D],
) -> ([[f32; LANES]; D], [f32; LANES]) {
    let mut diff = [[0f32; LANES]; D];
    let mut dsq = [0f32; LANES];
    for d in 0..D {
        for l in 0..LANES {
            diff[d][l] = x[d][l] - y[d][l];
            dsq[l] += diff[d][l] * diff[d][l];
        }
    }
    (diff, dsq)
}

/// Applies and clears the deltas: mirrors `umap_apply.wgsl`.
pub fn apply_cpu(pos: &mut [f32], delta: &mut [i32]) {
    pos.iter_mut().zip(delta).for_each(|(p, d)| {
        *p += *d as f32 * (1.0 / FIXED_SCALE);
        *d = 0;
    });
}

/// The learning rate of `epoch` out of `n_epochs`.
pub fn alpha(learning_rate: f32, epoch: usize, n_epochs: usize) -> f32 {
    learning_rate * (1.0 - epoch as f32 / n_epochs.max(1) as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_counts_are_what_the_epochs_step_through() {
        let weights: Vec<f32> = (1..=500)
            .map(|i| (i as f32 * 0.618).fract() + 0.01)
            .collect();
        let n_epochs = 200;
        let mut sched = schedule(&weights, n_epochs, 5);
        let want = sample_counts(&sched, n_epochs);
        // The schedule step of `epoch_cpu_dims`, epoch after epoch.
        let (mut samples, mut negatives) = (0u64, 0u64);
        for epoch in 0..n_epochs {
            let epoch_f = epoch as f32;
            for s in &mut sched {
                if s[2] > epoch_f {
                    continue;
                }
                s[2] += s[0];
                let n_neg = (((epoch_f - s[3]) / s[1]) as i32).max(0) as u64;
                s[3] += n_neg as f32 * s[1];
                samples += 1;
                negatives += n_neg;
            }
        }
        let near = |a: u64, b: u64| a.abs_diff(b) as f64 <= 0.01 * b as f64;
        assert!(near(want.0, samples), "{want:?} vs {samples}");
        assert!(near(want.1, negatives), "{want:?} vs {negatives}");
    }

    #[test]
    fn pcg_is_the_reference_permutation() {
        // pcg_hash(0) and pcg_hash(1) from the reference implementation.
        assert_eq!(pcg(0), 129_708_002);
        assert_ne!(pcg(1), pcg(0));
        let s: Vec<u32> = (0..1000)
            .map(|p| negative_sample(7, 3, 11, p, 10))
            .collect();
        for bucket in 0..10 {
            let c = s.iter().filter(|&&v| v == bucket).count();
            assert!((50..150).contains(&c), "bucket {bucket}: {c}");
        }
    }

    #[test]
    fn pow_approx_is_accurate() {
        // Distances from 1e-12 to 1e12 and the exponents the curve fit gives (b from about 0.5
        // for a large spread to about 1.9 for min_dist near 0).
        // In f32, `y = b · log2(x)` alone carries an absolute rounding error of up to
        // `|y| · 2^-24`, which `2^y` turns into a relative error of `|y| · 4e-8`: the bound is
        // `(2 + |y|) · 1e-7` (1e-6 relative for squared distances from 1e-4 to 1e4 when b ≤ 1, as
        // with the default min_dist, b ≈ 0.895).
        let mut worst = 0f64;
        let mut worst_near = 0f64;
        for i in 0..=24_000 {
            let x = 10f64.powf(-12.0 + i as f64 * 1e-3) as f32;
            for b in [0.5f32, 0.79, 0.895, 1.0, 1.3, 1.93] {
                let want = (x as f64).powf(b as f64);
                let got = pow_approx(x, b) as f64;
                let rel = ((got - want) / want).abs();
                let y = (b as f64 * (x as f64).log2()).abs();
                worst = worst.max(rel / (2.0 + y));
                if (1e-4..=1e4).contains(&x) && b <= 1.0 {
                    worst_near = worst_near.max(rel);
                }
            }
        }
        assert!(worst < 1e-7, "relative error {worst} × (2 + |y|)");
        assert!(worst_near < 1e-6, "relative error {worst_near}");
        // Exact powers of two in, exact powers out where f32 holds them.
        assert_eq!(pow_approx(4.0, 1.0), 4.0);
        assert_eq!(pow_approx(1.0, 0.895), 1.0);
        // No NaN or infinity at the ends of the range.
        for x in [
            f32::MIN_POSITIVE / 4.0,
            f32::MIN_POSITIVE,
            1e-30,
            1e30,
            f32::MAX,
        ] {
            let v = pow_approx(x, 0.895);
            assert!(v.is_finite() && v > 0.0, "{x}^b = {v}");
        }
        for y in [-300.0f32, -126.5, -0.5, 0.5, 126.5, 300.0] {
            assert!(exp2_approx(y).is_finite());
        }
        assert!((log2_approx(8.0) - 3.0).abs() < 1e-6);
        assert!((log2_approx(0.1) - 0.1f64.log2() as f32).abs() < 1e-6);
    }

    #[test]
    fn mod_u32_is_exact() {
        // Every divisor shape: 1, powers of two and their neighbours, primes, the largest.
        let mut divisors = vec![1u32, 2, 3, 5, 7, 10, 1797, 10_000, 70_000, 1_000_000];
        for s in 1..32 {
            let p = 1u32 << s;
            divisors.extend([p - 1, p, p + 1]);
        }
        divisors.extend([u32::MAX - 1, u32::MAX, 0x8000_0001, 0x7fff_ffff]);
        for &d in &divisors {
            let m = ModU32::new(d);
            let mut x = 0x9e37_79b9u32;
            let edges = [0, 1, d - 1, d, d.wrapping_add(1), u32::MAX - 1, u32::MAX];
            for v in edges.into_iter().chain((0..20_000).map(|_| {
                x = pcg(x);
                x
            })) {
                assert_eq!(m.rem(v), v % d, "{v} mod {d}");
            }
        }
    }

    #[test]
    fn sort_by_rate_keeps_edges_together() {
        let mut head = vec![0, 1, 2, 3];
        let mut tail = vec![10, 11, 12, 13];
        let mut sched = vec![
            [4.0, 0.8, 4.0, 0.8],
            [1.0, 0.2, 1.0, 0.2],
            [2.0, 0.4, 2.0, 0.4],
            [1.0, 0.2, 1.0, 0.2],
        ];
        sort_by_rate(&mut head, &mut tail, &mut sched);
        assert_eq!(head, [1, 3, 2, 0]);
        assert_eq!(tail, [11, 13, 12, 10]);
        assert_eq!(
            sched.iter().map(|s| s[0]).collect::<Vec<_>>(),
            [1.0, 1.0, 2.0, 4.0]
        );
    }

    #[test]
    fn schedule_follows_weights() {
        let s = schedule(&[1.0, 0.5, 0.25], 200, 5);
        assert_eq!(s[0], [1.0, 0.2, 1.0, 0.2]);
        assert_eq!(s[1][0], 2.0);
        assert_eq!(s[2][0], 4.0);
    }

    #[test]
    fn fixed_point_rounds_ties_to_even() {
        assert_eq!(to_fixed(0.5 / FIXED_SCALE), 0);
        assert_eq!(to_fixed(1.5 / FIXED_SCALE), 2);
        assert_eq!(to_fixed(-1.0), -65536);
        assert_eq!(to_fixed(-2.5 / FIXED_SCALE), -2);
        assert_eq!(to_fixed(3.5 / FIXED_SCALE), 4);
        assert_eq!(to_fixed(100.0), 100 * 65536);
        // The eight-lane form gives the same bits on both of its paths.
        for i in -3000..3000 {
            let v = i as f32 * 0.37 / FIXED_SCALE;
            let mut lanes = [v; LANES];
            lanes[3] = -v;
            assert_eq!(to_fixed_lanes(lanes), lanes.map(to_fixed));
            lanes[5] = 1e9;
            assert_eq!(to_fixed_lanes(lanes), lanes.map(to_fixed));
        }
        for base in [4_194_304.0f32, 8_388_608.0] {
            for t in -8..8 {
                let x = (base + t as f32 * 0.5) / FIXED_SCALE;
                let pattern = [
                    x,
                    -x,
                    x,
                    -x,
                    0.0,
                    -0.0,
                    1.5 / FIXED_SCALE,
                    -2.5 / FIXED_SCALE,
                ];
                let lanes: [f32; LANES] = std::array::from_fn(|l| pattern[l % pattern.len()]);
                assert_eq!(to_fixed_lanes(lanes), lanes.map(to_fixed));
            }
        }
        for i in -2000..2000 {
            let v = i as f32 * 0.37 / FIXED_SCALE;
            assert_eq!(to_fixed(v), (v * FIXED_SCALE).round_ties_even() as i32);
        }
    }
}
