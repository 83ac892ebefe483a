//! Row sources: an `n × d` matrix read a block of rows at a time as f32.
//!
//! PCA (both backends), its projection, the finiteness check and the input's hash only ever
//! walk the rows in blocks, so they take a [`RowSource`] rather than a whole f32 matrix. A
//! matrix in memory is one (an ndarray view: blocks are borrowed slices). A memory-mapped
//! `.npy` file is another ([`crate::load::MappedNpy`]): float32 blocks are borrowed from the
//! mapping, float16 and integer blocks are widened one block at a time, and every block read
//! is given back to the page cache afterwards ([`RowSource::release`]). That is how `projector
//! project` reduces a file to PCA-50 without an f32 copy of it: at a million 384-d float16
//! rows the process holds the reduced 200 MB, not 1.5 GB.
//!
//! The arithmetic over a source is the same as over the equal matrix in memory (the same
//! blocks in the same order), so a mapped file gives the same bits as the loaded one.
//!
//! ```
//! use ndarray::array;
//! use projector_engine::rows::RowSource;
//!
//! let x = array![[1.0f32, 2.0], [3.0, 4.0], [5.0, 6.0]];
//! let v = x.view();
//! assert_eq!(v.dim(), (3, 2));
//! assert_eq!(RowSource::block(&v, 1, 3).row(0).to_vec(), vec![3.0, 4.0]);
//! ```

use ndarray::{ArrayView2, CowArray, Ix2, s};

use crate::error::Result;

/// An `n × d` f32 matrix read in blocks of rows.
pub trait RowSource: Sync + Send + std::fmt::Debug {
    /// `(rows, columns)`.
    fn dim(&self) -> (usize, usize);

    /// Rows `r0..r1` as f32, row-major (borrowed where they are stored so).
    fn block(&self, r0: usize, r1: usize) -> CowArray<'_, f32, Ix2>;

    /// The caller is done with rows `r0..r1` for now: a mapped file gives their pages back (a
    /// later read maps them again from the page cache). A hint; the default does nothing.
    fn release(&self, _r0: usize, _r1: usize) {}
}

/// A row source shared between the caller and the reducer ([`crate::Input::Rows`]).
pub type SharedRows = std::sync::Arc<dyn RowSource>;

/// Rows per block of a sequential scan (finiteness, hash, scale): 16 MB of 256-d f32.
pub const SCAN_BLOCK_ROWS: usize = 16384;

impl RowSource for ArrayView2<'_, f32> {
    fn dim(&self) -> (usize, usize) {
        ArrayView2::dim(self)
    }

    fn block(&self, r0: usize, r1: usize) -> CowArray<'_, f32, Ix2> {
        self.slice(s![r0..r1, ..]).into()
    }
}

/// A source whose values are multiplied by `factor` as they are read, exactly as
/// [`crate::scale::safe`] scales a matrix (in f64, rounded back to f32).
#[derive(Debug)]
pub(crate) struct Scaled<'a> {
    pub(crate) inner: &'a dyn RowSource,
    pub(crate) factor: f64,
}

impl RowSource for Scaled<'_> {
    fn dim(&self) -> (usize, usize) {
        self.inner.dim()
    }

    fn block(&self, r0: usize, r1: usize) -> CowArray<'_, f32, Ix2> {
        let f = self.factor;
        self.inner
            .block(r0, r1)
            .mapv(|v| (f64::from(v) * f) as f32)
            .into()
    }

    fn release(&self, r0: usize, r1: usize) {
        self.inner.release(r0, r1);
    }
}

/// The first value of a source that is not finite, as `(row, column, value)` (0-based), read
/// in one sequential pass.
pub fn first_non_finite(src: &dyn RowSource) -> Option<(usize, usize, f32)> {
    scan(src, |_| ()).err()
}

/// The largest magnitude of a source, in one sequential pass that also checks every value is
/// finite: the first that is not is an error naming its row and column (0-based), as
/// "`what` has a non-finite value (NaN) at row 3, column 7".
pub fn max_abs(src: &dyn RowSource, what: &str) -> Result<f32> {
    let mut max = 0.0f32;
    scan(src, |b| max = b.iter().fold(max, |m, v| m.max(v.abs()))).map_err(|(r, c, v)| {
        crate::Error::Invalid(format!(
            "{what} has a non-finite value ({v}) at row {r}, column {c}"
        ))
    })?;
    Ok(max)
}

/// Reads the blocks in order, handing each to `each` while every value so far is finite; stops
/// at the first that is not.
fn scan(
    src: &dyn RowSource,
    mut each: impl FnMut(&ndarray::ArrayView2<'_, f32>),
) -> std::result::Result<(), (usize, usize, f32)> {
    let (n, d) = src.dim();
    for r0 in (0..n).step_by(SCAN_BLOCK_ROWS) {
        let r1 = (r0 + SCAN_BLOCK_ROWS).min(n);
        let b = src.block(r0, r1);
        if let Some((at, &v)) = b.iter().enumerate().find(|(_, v)| !v.is_finite()) {
            return Err((r0 + at / d.max(1), at % d.max(1), v));
        }
        each(&b.view());
        drop(b);
        src.release(r0, r1);
    }
    Ok(())
}

/// The whole source as one f32 matrix (a copy unless it is one borrowed block).
pub fn to_array(src: &dyn RowSource) -> ndarray::Array2<f32> {
    let (n, d) = src.dim();
    let mut out = ndarray::Array2::zeros((n, d));
    for r0 in (0..n).step_by(SCAN_BLOCK_ROWS) {
        let r1 = (r0 + SCAN_BLOCK_ROWS).min(n);
        out.slice_mut(s![r0..r1, ..]).assign(&src.block(r0, r1));
        src.release(r0, r1);
    }
    out
}
