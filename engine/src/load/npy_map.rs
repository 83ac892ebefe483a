//! A `.npy` matrix read through a memory map, a block of rows at a time: the
//! [`RowSource`] behind `projector project FILE.npy`.
//!
//! Nothing is copied when the file is opened. A block of little-endian float32 rows is a
//! slice of the mapping itself; float16 (kept half-size on disk and in the page cache) and
//! integer rows are widened to f32 one block at a time. After a block is used,
//! [`RowSource::release`] drops its whole pages from the process (`madvise(MADV_DONTNEED)`):
//! the kernel keeps them in its page cache while memory allows, so the next pass reads them
//! back without disk traffic, but they are not the process's to hold. A million 384-d rows
//! reduced to PCA-50 this way peak at the reduced matrix plus a few blocks per thread.
//!
//! Fortran-ordered arrays (a row is strided over the file) are not mapped: [`MappedNpy::open`]
//! says so with `None`, and the loader reads them.

use std::fs::File;
use std::path::{Path, PathBuf};

use ndarray::{Array2, ArrayView2, CowArray, Ix2};

use super::npy::{NpyHeader, NpyKind, check_length, convert, matrix_shape, parse_header};
use crate::error::{Error, Result};
use crate::rows::RowSource;

/// A 2-D numeric `.npy` file, memory-mapped and read as f32 rows.
pub struct MappedNpy {
    path: PathBuf,
    map: memmap2::Mmap,
    header: NpyHeader,
    rows: usize,
    dim: usize,
}

impl std::fmt::Debug for MappedNpy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MappedNpy")
            .field("path", &self.path)
            .field("rows", &self.rows)
            .field("dim", &self.dim)
            .finish_non_exhaustive()
    }
}

impl MappedNpy {
    /// Maps `path`: its header is parsed and its shape and length checked as the loader checks
    /// them (the same errors). `Ok(None)` for an array stored in Fortran order, which the
    /// loader reads instead.
    ///
    /// The file must not be changed while it is mapped (as with any memory map, a writer
    /// truncating it under a reader ends the reader).
    pub fn open(path: &Path) -> Result<Option<MappedNpy>> {
        let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
        let header = parse_header(path, &mut f)?;
        let (rows, dim) = matrix_shape(path, &header)?;
        check_length(path, &header)?;
        if header.fortran_order {
            return Ok(None);
        }
        // SAFETY: the mapping is only read. A file changed by another process while mapped
        // would change what is read (as for every mapped reader); it is documented above.
        let map = unsafe { memmap2::Mmap::map(&f) }.map_err(|e| Error::io(path, e))?;
        Ok(Some(MappedNpy {
            path: path.to_path_buf(),
            map,
            header,
            rows,
            dim,
        }))
    }

    /// The mapped file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Bytes per stored element (2 for float16, 4 for float32…).
    pub fn element_size(&self) -> usize {
        self.header.size
    }

    /// Byte range of rows `r0..r1` in the mapping.
    fn bytes(&self, r0: usize, r1: usize) -> std::ops::Range<usize> {
        let row = self.dim * self.header.size;
        self.header.data_offset + r0 * row..self.header.data_offset + r1 * row
    }
}

impl RowSource for MappedNpy {
    fn dim(&self) -> (usize, usize) {
        (self.rows, self.dim)
    }

    fn block(&self, r0: usize, r1: usize) -> CowArray<'_, f32, Ix2> {
        let raw = &self.map[self.bytes(r0, r1)];
        let h = &self.header;
        let native_f32 =
            h.kind == NpyKind::Float && h.size == 4 && h.big_endian == cfg!(target_endian = "big");
        if native_f32
            && let Ok(values) = bytemuck::try_cast_slice::<u8, f32>(raw)
            && let Ok(view) = ArrayView2::from_shape((r1 - r0, self.dim), values)
        {
            return view.into();
        }
        let mut values = Vec::with_capacity((r1 - r0) * self.dim);
        convert(h, raw, &mut values);
        values.resize((r1 - r0) * self.dim, 0.0);
        Array2::from_shape_vec((r1 - r0, self.dim), values)
            .unwrap_or_else(|_| Array2::zeros((r1 - r0, self.dim)))
            .into()
    }

    /// Drops the pages that lie wholly inside rows `r0..r1` from the process (never a page
    /// shared with a neighbouring block, which another thread may be reading).
    fn release(&self, r0: usize, r1: usize) {
        #[cfg(target_os = "linux")]
        {
            let page = page_size();
            let range = self.bytes(r0, r1);
            let start = range.start.div_ceil(page) * page;
            let end = range.end / page * page;
            if end > start {
                // SAFETY: the mapping is read-only and never written, so a dropped page reads
                // back (from the page cache or the file) as the same bytes; no page outside
                // these rows, which the caller is done with, is touched.
                let _ = unsafe {
                    self.map.unchecked_advise_range(
                        memmap2::UncheckedAdvice::DontNeed,
                        start,
                        end - start,
                    )
                };
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = (r0, r1);
    }
}

/// The page size the release rounds to. On a system with larger pages, a range not aligned to
/// them makes `madvise` fail, which only means those rows stay mapped.
#[cfg(target_os = "linux")]
fn page_size() -> usize {
    4096
}
