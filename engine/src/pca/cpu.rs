//! The CPU twin of the PCA stages: the same steps as `gpu.rs` (chunked column statistics,
//! chunked centred covariance or the Gram matrix, the block product of the subspace iteration,
//! Gram components), in f64 with rayon threads. It is the fallback without an adapter and the
//! reference the GPU path is tested against.

use ndarray::{Array1, Array2, Axis, s};
use rayon::prelude::*;

use super::{Method, Stages};
use crate::error::{Error, Result};
use crate::progress::Progress;
use crate::rows::{RowSource, SCAN_BLOCK_ROWS};

/// Rows per parallel block of the covariance accumulation.
const BLOCK_ROWS: usize = 512;

/// State of one CPU fit: the data, the means, the matrix being iterated.
pub(crate) struct CpuStages<'a> {
    data: &'a dyn RowSource,
    chunk_rows: usize,
    mean: Array1<f64>,
    matrix: Array2<f64>,
}

impl<'a> CpuStages<'a> {
    pub(crate) fn new(data: &'a dyn RowSource, chunk_rows: Option<usize>) -> Self {
        let (n, d) = data.dim();
        CpuStages {
            data,
            chunk_rows: chunk_rows.unwrap_or(n).max(1),
            mean: Array1::zeros(d),
            matrix: Array2::zeros((0, 0)),
        }
    }

    fn chunks(&self) -> impl Iterator<Item = (usize, usize)> + use<> {
        let n = self.data.dim().0;
        let step = self.chunk_rows;
        (0..n.div_ceil(step)).map(move |c| (c * step, ((c + 1) * step).min(n)))
    }

    /// Centred f64 copy of rows `r0..r1` (their source rows released once copied).
    fn centred(&self, r0: usize, r1: usize) -> Array2<f64> {
        let mut out = self.data.block(r0, r1).mapv(f64::from);
        self.data.release(r0, r1);
        out -= &self.mean.view().insert_axis(Axis(0));
        out
    }
}

impl Stages for CpuStages<'_> {
    fn column_sums(&mut self, progress: &dyn Progress) -> Result<Vec<f64>> {
        let d = self.data.dim().1;
        let mut sums = vec![0.0f64; d];
        for (r0, r1) in self.chunks() {
            if progress.cancelled() {
                return Err(Error::Cancelled);
            }
            // One chunk's sums, then added in f64, as the GPU's per-chunk sums are (the rows
            // read a block at a time, in order).
            let mut part = vec![0.0f64; d];
            for b0 in (r0..r1).step_by(SCAN_BLOCK_ROWS) {
                let b1 = (b0 + SCAN_BLOCK_ROWS).min(r1);
                for row in self.data.block(b0, b1).rows() {
                    for (acc, &v) in part.iter_mut().zip(row.iter()) {
                        *acc += f64::from(v);
                    }
                }
                self.data.release(b0, b1);
            }
            for (s, p) in sums.iter_mut().zip(part) {
                *s += p;
            }
        }
        Ok(sums)
    }

    fn build(&mut self, method: Method, mean: &[f64], progress: &dyn Progress) -> Result<f64> {
        self.mean = Array1::from(mean.to_vec());
        let (n, d) = self.data.dim();
        let mut total = 0.0f64;
        match method {
            Method::Gram => {
                let x = self.centred(0, n);
                total = x.iter().map(|v| v * v).sum();
                let mut g = Array2::<f64>::zeros((n, n));
                g.axis_chunks_iter_mut(Axis(0), 64)
                    .into_par_iter()
                    .enumerate()
                    .for_each(|(b, mut rows)| {
                        let r0 = b * 64;
                        let r1 = r0 + rows.nrows();
                        rows.assign(&x.slice(s![r0..r1, ..]).dot(&x.t()));
                    });
                self.matrix = g;
            }
            _ => {
                let mut c = Array2::<f64>::zeros((d, d));
                let chunks: Vec<_> = self.chunks().collect();
                let count = chunks.len() as u64;
                for (done, (r0, r1)) in chunks.into_iter().enumerate() {
                    if progress.cancelled() {
                        return Err(Error::Cancelled);
                    }
                    let blocks: Vec<(usize, usize)> = (r0..r1)
                        .step_by(BLOCK_ROWS)
                        .map(|b| (b, (b + BLOCK_ROWS).min(r1)))
                        .collect();
                    let (part, sq) = blocks
                        .into_par_iter()
                        .map(|(b0, b1)| {
                            let x = self.centred(b0, b1);
                            let sq: f64 = x.iter().map(|v| v * v).sum();
                            (x.t().dot(&x), sq)
                        })
                        .reduce_with(|(a, sa), (b, sb)| (a + b, sa + sb))
                        .unwrap_or_else(|| (Array2::zeros((d, d)), 0.0));
                    c += &part;
                    total += sq;
                    progress.update("pca covariance", done as u64 + 1, count);
                }
                self.matrix = c;
            }
        }
        Ok(total)
    }

    fn apply(&mut self, q: &Array2<f64>) -> Result<Array2<f64>> {
        let (dim, b) = q.dim();
        let mut z = Array2::<f64>::zeros((dim, b));
        let m = &self.matrix;
        z.axis_chunks_iter_mut(Axis(0), 64)
            .into_par_iter()
            .enumerate()
            .for_each(|(blk, mut rows)| {
                let r0 = blk * 64;
                let r1 = r0 + rows.nrows();
                rows.assign(&m.slice(s![r0..r1, ..]).dot(q));
            });
        Ok(z)
    }

    fn gram_components(&mut self, u: &Array2<f64>) -> Result<Array2<f64>> {
        let x = self.centred(0, self.data.dim().0);
        Ok(x.t().dot(u))
    }

    fn matrix(&mut self) -> Result<Array2<f64>> {
        Ok(self.matrix.clone())
    }
}
