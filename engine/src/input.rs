//! The rows a reducer works on, from wherever the caller keeps them.
//!
//! [`Input`] is what [`crate::pca::fit`], [`crate::knn::knn`], [`crate::tsne::run`],
//! [`crate::tsne::Tsne::new`], [`crate::umap::run`] and [`crate::umap::Umap::new`] accept (as
//! `impl Into<Input>`): an `n × d` matrix of f32, one row per point. It converts from
//!
//! - an ndarray view or array (`data.view()`, `&array`, `array`), borrowed without a copy when
//!   it is a view or a reference;
//! - a flat row-major slice with its shape: [`Input::from_slice`] (checks `n · d` = length);
//! - a [`Table`]: [`Input::from_table`] takes its default embedding (the numeric columns, or
//!   the vector column), [`Input::from_embedding`] one the caller resolved;
//! - a caller's `wgpu::Buffer` holding `n × d` f32 row-major: [`Input::from_buffer`] checks its
//!   usage (`STORAGE | COPY_SRC`) and size, and the reducer must then run on
//!   [`Compute::Gpu`] with the buffer's device.
//!
//! **How a buffer is consumed.** Every reducer needs the rows on the host at least once: PCA and
//! the k-NN search normalise or centre them before upload, t-SNE starts from a PCA of them, and
//! [`crate::umap::Umap`] keeps them for [`crate::umap::Umap::transform`]. So a buffer input is
//! read back **once**, when the reducer starts ([`Input::to_host`]), chunk by chunk when it is
//! larger than one binding; the GPU stages then upload the prepared copies they bind. The
//! read-back costs one copy of `n · d · 4` bytes over the bus, small next to any reducer. A buffer
//! from another device is not detected up front: wgpu's validation rejects the copy and the
//! reducer fails with [`Error::Gpu`].
//!
//! ```
//! use projector_engine::{Compute, Input, pca};
//!
//! // Four 2-D points in a flat row-major slice.
//! let flat = [0.0f32, 0.0, 1.0, 1.0, 2.0, 2.1, 3.0, 2.9];
//! let input = Input::from_slice(&flat, 4, 2).unwrap();
//! assert_eq!(input.shape(), (4, 2));
//! let fit = pca::fit(&Compute::Cpu, input, 1).unwrap();
//! assert!(fit.explained_variance_ratio[0] > 0.99);
//!
//! // A wrong shape is an error, not a panic.
//! assert!(Input::from_slice(&flat, 3, 2).is_err());
//! ```

use ndarray::{Array2, ArrayView2, CowArray, Ix2};

use crate::backend::Compute;
use crate::error::{Error, Result};
use crate::rows::RowSource;
use crate::table::{Embedding, Table};

/// An `n × d` f32 matrix, one row per point, on the host or in a caller's GPU buffer.
///
/// Build it with the `From` impls (ndarray views and arrays, [`Embedding`]) or the checked
/// constructors ([`Input::from_slice`], [`Input::from_table`], [`Input::from_buffer`]). New
/// sources may be added, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Input<'a> {
    /// Rows on the host, borrowed or owned.
    Host(CowArray<'a, f32, Ix2>),
    /// Rows in a storage buffer on the GPU (`n × d` f32, row-major, from offset 0).
    Buffer {
        /// The buffer (`STORAGE | COPY_SRC`, at least `n · d · 4` bytes).
        buffer: &'a wgpu::Buffer,
        /// Rows.
        n: usize,
        /// Columns.
        d: usize,
    },
    /// Rows read a block at a time ([`crate::rows`]; a memory-mapped `.npy` file): PCA and
    /// the PCA before t-SNE and UMAP stream them, so the whole f32 matrix is never made.
    Rows(std::sync::Arc<dyn RowSource>),
}

impl<'a> Input<'a> {
    /// A flat row-major slice of `n · d` values. Fails with [`Error::Invalid`] when the length
    /// is not `n · d`.
    pub fn from_slice(data: &'a [f32], n: usize, d: usize) -> Result<Input<'a>> {
        let want = n.checked_mul(d).ok_or_else(|| {
            Error::Invalid(format!("input shape {n} × {d} overflows the address space"))
        })?;
        if data.len() != want {
            return Err(Error::Invalid(format!(
                "input slice has {} values, but {n} rows × {d} columns need {want}",
                data.len()
            )));
        }
        let view = ArrayView2::from_shape((n, d), data)
            .map_err(|e| Error::Invalid(format!("input slice: {e}")))?;
        Ok(Input::Host(view.into()))
    }

    /// The rows of a caller's storage buffer: `n × d` f32, row-major, from offset 0, on the
    /// device of the [`crate::Gpu`] the reducer will run on.
    ///
    /// Fails with [`Error::Invalid`] when the buffer lacks `STORAGE` or `COPY_SRC` usage, or
    /// holds fewer than `n · d · 4` bytes. See the module docs for how it is consumed (read back
    /// once).
    pub fn from_buffer(buffer: &'a wgpu::Buffer, n: usize, d: usize) -> Result<Input<'a>> {
        let need = wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC;
        let usage = buffer.usage();
        if !usage.contains(need) {
            return Err(Error::Invalid(format!(
                "input buffer needs usage STORAGE | COPY_SRC, it has {usage:?} (missing {:?})",
                need - usage
            )));
        }
        let bytes = (n as u64)
            .checked_mul(d as u64)
            .and_then(|v| v.checked_mul(4))
            .ok_or_else(|| Error::Invalid(format!("input shape {n} × {d} overflows")))?;
        if buffer.size() < bytes {
            return Err(Error::Invalid(format!(
                "input buffer holds {} bytes, but {n} rows × {d} f32 columns need {bytes}",
                buffer.size()
            )));
        }
        Ok(Input::Buffer { buffer, n, d })
    }

    /// The default embedding of `table` ([`Table::default_embedding`]: its numeric columns, or
    /// its one vector column). A non-finite or invalid cell is an error naming row and column.
    pub fn from_table(table: &Table) -> Result<Input<'static>> {
        let spec = table.default_embedding(None)?;
        Ok(Input::from_embedding(table.embedding(&spec, false)?))
    }

    /// An embedding taken out of a table ([`Table::embedding`]).
    pub fn from_embedding(e: Embedding) -> Input<'static> {
        Input::Host(e.data.into())
    }

    /// `(rows, columns)`.
    pub fn shape(&self) -> (usize, usize) {
        match self {
            Input::Host(a) => a.dim(),
            Input::Buffer { n, d, .. } => (*n, *d),
            Input::Rows(src) => src.dim(),
        }
    }

    /// The rows on the host: borrowed as they are for host inputs; for a buffer, read back once
    /// through `compute`'s GPU context (in chunks of what one binding holds). Fails with
    /// [`Error::Invalid`] when a buffer input meets [`Compute::Cpu`], [`Error::Gpu`] when the
    /// copy fails (for example, a buffer of another device).
    pub fn to_host(&self, compute: &Compute) -> Result<CowArray<'_, f32, Ix2>> {
        match self {
            Input::Host(a) => Ok(a.view().into()),
            Input::Buffer { buffer, n, d } => {
                let Some(gpu) = compute.gpu() else {
                    return Err(Error::Invalid(
                        "a wgpu::Buffer input needs the GPU backend on the buffer's device (Compute::Gpu)"
                            .into(),
                    ));
                };
                let total = n * d;
                let chunk = gpu.max_binding_rows(4).max(1 << 16);
                let mut flat = Vec::with_capacity(total);
                let mut start = 0;
                while start < total {
                    let len = chunk.min(total - start);
                    flat.extend(gpu.read_back_range::<f32>(buffer, start, len)?);
                    start += len;
                }
                let a = Array2::from_shape_vec((*n, *d), flat)
                    .map_err(|e| Error::Gpu(format!("input buffer read-back: {e}")))?;
                Ok(a.into())
            }
            // One block of every row: borrowed when the source stores f32 (a mapped float32
            // file), else widened into one f32 copy.
            Input::Rows(src) => Ok(src.block(0, src.dim().0)),
        }
    }
}

impl<'a> From<ArrayView2<'a, f32>> for Input<'a> {
    fn from(v: ArrayView2<'a, f32>) -> Self {
        Input::Host(v.into())
    }
}

impl<'a> From<&'a Array2<f32>> for Input<'a> {
    fn from(a: &'a Array2<f32>) -> Self {
        Input::Host(a.view().into())
    }
}

impl From<Array2<f32>> for Input<'static> {
    fn from(a: Array2<f32>) -> Self {
        Input::Host(a.into())
    }
}

impl From<Embedding> for Input<'static> {
    fn from(e: Embedding) -> Self {
        Input::from_embedding(e)
    }
}

impl<'a> From<&'a Embedding> for Input<'a> {
    fn from(e: &'a Embedding) -> Self {
        Input::Host(e.data.view().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_shapes_are_checked() {
        let v = [1.0f32; 6];
        assert_eq!(Input::from_slice(&v, 3, 2).unwrap().shape(), (3, 2));
        assert_eq!(Input::from_slice(&v, 2, 3).unwrap().shape(), (2, 3));
        let e = Input::from_slice(&v, 4, 2).unwrap_err();
        assert!(matches!(e, Error::Invalid(_)), "{e}");
        assert!(Input::from_slice(&v, usize::MAX, 2).is_err());
    }

    #[test]
    fn host_rows_are_borrowed() {
        let a = Array2::from_shape_fn((4, 3), |(i, j)| (i * 3 + j) as f32);
        let input = Input::from(a.view());
        let host = input.to_host(&Compute::Cpu).unwrap();
        assert!(host.is_view());
        assert_eq!(host, a);
    }

    #[test]
    fn buffer_usage_size_and_backend_are_checked() {
        let Some(gpu) = crate::gpu::test_context() else {
            return;
        };
        let data: Vec<f32> = (0..12).map(|i| i as f32).collect();
        let buf = gpu.storage_init("input", &data);
        // Too few bytes for 4 × 4.
        assert!(matches!(
            Input::from_buffer(&buf, 4, 4),
            Err(Error::Invalid(_))
        ));
        // Missing usage.
        let uniform = gpu.uniform("u", &[0f32; 12]);
        let e = Input::from_buffer(&uniform, 3, 4).unwrap_err();
        assert!(e.to_string().contains("STORAGE"), "{e}");
        let input = Input::from_buffer(&buf, 4, 3).unwrap();
        // No GPU context to read it with.
        assert!(matches!(
            input.to_host(&Compute::Cpu),
            Err(Error::Invalid(_))
        ));
        let host = input.to_host(&Compute::Gpu(gpu.clone())).unwrap();
        assert_eq!(host.as_slice().unwrap(), &data[..]);
    }
}
