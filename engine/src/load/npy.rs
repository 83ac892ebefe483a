//! NumPy `.npy` files, parsed by hand (the format is a magic string, a version, a Python dict
//! literal as header, then the raw array).
//!
//! The data is read straight into one `Vec<f32>`: little-endian float32 with one `read_exact`
//! into the vector's bytes, every other dtype through a fixed 1 MiB buffer converted chunk by
//! chunk, so loading never holds more than the output plus that buffer (Fortran order adds one
//! transposed copy). The file length is checked against the header before anything is read.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use crate::error::{Error, Result};
use crate::table::{ColumnData, Table};

/// The vector column a `.npy` matrix loads as.
pub(super) const COLUMN: &str = "embedding";

/// Element type of an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpyKind {
    /// IEEE float (`f`).
    Float,
    /// Signed integer (`i`).
    Int,
    /// Unsigned integer (`u`), or bool (`b`).
    Uint,
    /// Fixed-width unicode string (`U`, 4 bytes per character).
    Unicode,
    /// Fixed-width byte string (`S`).
    Bytes,
}

/// The parsed header of a `.npy` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NpyHeader {
    /// Element type.
    pub kind: NpyKind,
    /// Bytes per element.
    pub size: usize,
    /// True for big-endian data.
    pub big_endian: bool,
    /// True when the array is stored column-major.
    pub fortran_order: bool,
    /// The shape.
    pub shape: Vec<usize>,
    /// Byte offset of the data in the file.
    pub data_offset: usize,
}

impl NpyHeader {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }
    /// True when the array has no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads and parses the header of the `.npy` file at `path` (magic, version 1–3, the dict with
/// `descr`, `fortran_order` and `shape`).
pub fn read_npy_header(path: &Path) -> Result<NpyHeader> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    parse_header(path, &mut f)
}

pub(super) fn parse_header(path: &Path, f: &mut impl Read) -> Result<NpyHeader> {
    let bad = |reason: String| Error::format(path, reason);
    let mut pre = [0u8; 10];
    f.read_exact(&mut pre)
        .map_err(|_| bad("not a .npy file: shorter than the 10-byte preamble".into()))?;
    if &pre[..6] != b"\x93NUMPY" {
        return Err(bad(
            "not a .npy file: it does not start with the NumPy magic string".into(),
        ));
    }
    let (header_len, pre_len) = match pre[6] {
        1 => (u16::from_le_bytes([pre[8], pre[9]]) as usize, 10),
        2 | 3 => {
            let mut more = [0u8; 2];
            f.read_exact(&mut more)
                .map_err(|_| bad("truncated .npy header".into()))?;
            (
                u32::from_le_bytes([pre[8], pre[9], more[0], more[1]]) as usize,
                12,
            )
        }
        v => return Err(bad(format!("unsupported .npy version {v}"))),
    };
    if header_len > 1 << 20 {
        return Err(bad(format!("implausible header length {header_len}")));
    }
    let mut h = vec![0u8; header_len];
    f.read_exact(&mut h).map_err(|_| {
        bad(format!(
            "truncated .npy header: {header_len} bytes expected"
        ))
    })?;
    let h = String::from_utf8_lossy(&h).into_owned();
    let descr =
        dict_value(&h, "descr").ok_or_else(|| bad(format!("the header has no 'descr': {h}")))?;
    let descr = descr.trim_start();
    let Some(quote) = descr.chars().next().filter(|c| *c == '\'' || *c == '"') else {
        return Err(bad(format!(
            "structured dtype {} is not supported; save a plain 2-D array",
            descr.split('}').next().unwrap_or_default()
        )));
    };
    let descr = descr[1..].split(quote).next().unwrap_or_default();
    let (order, rest) = match descr.chars().next() {
        Some(c @ ('<' | '>' | '|' | '=')) => (c, &descr[1..]),
        _ => ('=', descr),
    };
    let mut chars = rest.chars();
    let kind_char = chars.next().unwrap_or('?');
    let size: usize = chars.as_str().parse().unwrap_or(0);
    let kind = match kind_char {
        'f' if matches!(size, 2 | 4 | 8) => NpyKind::Float,
        'i' if matches!(size, 1 | 2 | 4 | 8) => NpyKind::Int,
        'u' if matches!(size, 1 | 2 | 4 | 8) => NpyKind::Uint,
        'b' if size == 1 => NpyKind::Uint,
        'U' if size > 0 => NpyKind::Unicode,
        'S' if size > 0 => NpyKind::Bytes,
        'O' => {
            return Err(bad(
                "object arrays (pickled Python objects) are not supported; save a numeric or \
                 fixed-width string array"
                    .into(),
            ));
        }
        _ => {
            return Err(bad(format!(
                "unsupported dtype '{descr}' (supported: float16/32/64, int8..64, uint8..64)"
            )));
        }
    };
    let size = if kind == NpyKind::Unicode {
        size * 4
    } else {
        size
    };
    let big_endian = order == '>' || (order == '=' && cfg!(target_endian = "big"));
    let fortran_order = match dict_value(&h, "fortran_order").map(str::trim) {
        Some(v) if v.starts_with("True") => true,
        Some(v) if v.starts_with("False") => false,
        _ => return Err(bad(format!("the header has no 'fortran_order': {h}"))),
    };
    let shape_text =
        dict_value(&h, "shape").ok_or_else(|| bad(format!("the header has no 'shape': {h}")))?;
    let shape_text = shape_text.trim();
    let inner = shape_text
        .strip_prefix('(')
        .and_then(|s| s.find(')').map(|e| &s[..e]))
        .ok_or_else(|| bad(format!("cannot read the shape {shape_text}")))?;
    let shape = inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('L').parse::<usize>())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|_| bad(format!("cannot read the shape ({inner})")))?;
    let total = shape
        .iter()
        .try_fold(size, |acc, &d| acc.checked_mul(d))
        .filter(|&b| b <= isize::MAX as usize);
    if total.is_none() {
        return Err(bad(format!("shape {shape:?} is too large")));
    }
    Ok(NpyHeader {
        kind,
        size,
        big_endian,
        fortran_order,
        shape,
        data_offset: pre_len + header_len,
    })
}

/// The text after `'key':` in a Python dict literal (up to the end of the dict).
fn dict_value<'a>(h: &'a str, key: &str) -> Option<&'a str> {
    let at = h
        .find(&format!("'{key}'"))
        .or_else(|| h.find(&format!("\"{key}\"")))?;
    let rest = &h[at + key.len() + 2..];
    let colon = rest.find(':')?;
    Some(&rest[colon + 1..])
}

/// Checks that the file holds all the data the header announces.
pub(super) fn check_length(path: &Path, h: &NpyHeader) -> Result<()> {
    let have = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len() as u128;
    let need = h.len() as u128 * h.size as u128;
    let found = have.saturating_sub(h.data_offset as u128);
    if found < need {
        return Err(Error::format(
            path,
            format!(
                "truncated file: the header announces shape {:?} ({need} bytes of data) but \
                 only {found} bytes follow it",
                h.shape
            ),
        ));
    }
    Ok(())
}

/// Converts raw elements to f32 (numbers only).
pub(super) fn convert(h: &NpyHeader, raw: &[u8], out: &mut Vec<f32>) {
    macro_rules! conv {
        ($t:ty) => {
            out.extend(raw.chunks_exact(std::mem::size_of::<$t>()).map(|b| {
                let b = b.try_into().unwrap_or_default();
                (if h.big_endian {
                    <$t>::from_be_bytes(b)
                } else {
                    <$t>::from_le_bytes(b)
                }) as f32
            }))
        };
    }
    match (h.kind, h.size) {
        // float16, as ML pipelines often store embeddings: widened to f32 exactly.
        (NpyKind::Float, 2) => out.extend(raw.chunks_exact(2).map(|b| {
            let b = [b[0], b[1]];
            if h.big_endian {
                half::f16::from_be_bytes(b)
            } else {
                half::f16::from_le_bytes(b)
            }
            .to_f32()
        })),
        (NpyKind::Float, 4) => conv!(f32),
        (NpyKind::Float, 8) => conv!(f64),
        (NpyKind::Int, 1) => conv!(i8),
        (NpyKind::Int, 2) => conv!(i16),
        (NpyKind::Int, 4) => conv!(i32),
        (NpyKind::Int, 8) => conv!(i64),
        (NpyKind::Uint, 1) => conv!(u8),
        (NpyKind::Uint, 2) => conv!(u16),
        (NpyKind::Uint, 4) => conv!(u32),
        (NpyKind::Uint, 8) => conv!(u64),
        _ => {}
    }
}

/// Reads all `h.len()` numeric elements after the header as f32.
fn read_f32(path: &Path, f: &mut File, h: &NpyHeader) -> Result<Vec<f32>> {
    let n = h.len();
    let io = |e| Error::io(path, e);
    if h.kind == NpyKind::Float && h.size == 4 {
        // Straight into the output: one copy of the data in memory.
        let mut out = vec![0f32; n];
        f.read_exact(bytemuck::cast_slice_mut(&mut out))
            .map_err(io)?;
        if h.big_endian != cfg!(target_endian = "big") {
            for x in &mut out {
                *x = f32::from_bits(x.to_bits().swap_bytes());
            }
        }
        return Ok(out);
    }
    let mut out = Vec::with_capacity(n);
    let mut reader = BufReader::with_capacity(64 * 1024, f);
    let per_chunk = (1 << 20) / h.size;
    let mut buf = vec![0u8; per_chunk * h.size];
    let mut left = n;
    while left > 0 {
        let k = left.min(per_chunk);
        let raw = &mut buf[..k * h.size];
        reader.read_exact(raw).map_err(io)?;
        convert(h, raw, &mut out);
        left -= k;
    }
    Ok(out)
}

/// `(rows, dimensions)` of a header that describes a matrix the loader reads: 2-D, numeric,
/// with at least one row and one column; otherwise the error naming the file and why.
pub(super) fn matrix_shape(path: &Path, h: &NpyHeader) -> Result<(usize, usize)> {
    if !matches!(h.kind, NpyKind::Float | NpyKind::Int | NpyKind::Uint) {
        return Err(Error::format(
            path,
            "a string array cannot be an embedding (expected numbers)",
        ));
    }
    let (rows, dim) = match h.shape.as_slice() {
        [r, d] => (*r, *d),
        s => {
            return Err(Error::format(
                path,
                format!(
                    "expected a 2-D array (rows × dimensions), found shape {s:?} ({} dimensions)",
                    s.len()
                ),
            ));
        }
    };
    if rows == 0 {
        return Err(Error::format(
            path,
            format!("the table is empty: shape ({rows}, {dim}) has no rows"),
        ));
    }
    if dim == 0 {
        return Err(Error::format(
            path,
            format!("shape ({rows}, {dim}): vectors of width 0"),
        ));
    }
    Ok((rows, dim))
}

/// Loads a 2-D numeric array as the vector column `embedding`.
pub(super) fn load(path: &Path) -> Result<Table> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    let h = parse_header(path, &mut f)?;
    let (rows, dim) = matrix_shape(path, &h)?;
    check_length(path, &h)?;
    let mut values = read_f32(path, &mut f, &h)?;
    if h.fortran_order {
        // Stored column-major: element (r, c) is at c * rows + r.
        let mut t = Vec::with_capacity(values.len());
        for r in 0..rows {
            t.extend((0..dim).map(|c| values[c * rows + r]));
        }
        values = t;
    }
    let mut table = Table::new();
    table
        .add_column(COLUMN, ColumnData::Vector { dim, values })
        .map_err(|e| Error::format(path, e.to_string()))?;
    Ok(table)
}

/// Reads a 1-D (or `n × 1`) array of labels as text: integers print without a decimal point,
/// floats as Rust prints them (`3` for 3.0), strings with trailing NULs removed.
pub(super) fn read_labels(path: &Path) -> Result<Vec<String>> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    let h = parse_header(path, &mut f)?;
    let n = match h.shape.as_slice() {
        [n] | [n, 1] | [1, n] => *n,
        s => {
            return Err(Error::format(
                path,
                format!("labels must be a 1-D array, found shape {s:?}"),
            ));
        }
    };
    check_length(path, &h)?;
    let mut raw = vec![0u8; n * h.size];
    f.read_exact(&mut raw).map_err(|e| Error::io(path, e))?;
    let word = |b: &[u8]| -> u64 {
        let mut w = [0u8; 8];
        if h.big_endian {
            w[8 - b.len()..].copy_from_slice(b);
            u64::from_be_bytes(w)
        } else {
            w[..b.len()].copy_from_slice(b);
            u64::from_le_bytes(w)
        }
    };
    let labels = raw
        .chunks_exact(h.size)
        .map(|b| match (h.kind, h.size) {
            (NpyKind::Uint, _) => word(b).to_string(),
            (NpyKind::Int, s) => {
                let shift = 64 - 8 * s as u32;
                (((word(b) << shift) as i64) >> shift).to_string()
            }
            (NpyKind::Float, 4) => f32::from_bits(word(b) as u32).to_string(),
            (NpyKind::Float, _) => f64::from_bits(word(b)).to_string(),
            (NpyKind::Unicode, _) => b
                .chunks_exact(4)
                .map(|c| {
                    let cp = if h.big_endian {
                        u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                    } else {
                        u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                    };
                    char::from_u32(cp).unwrap_or('\u{fffd}')
                })
                .collect::<String>()
                .trim_end_matches('\0')
                .to_string(),
            (NpyKind::Bytes, _) => String::from_utf8_lossy(b)
                .trim_end_matches('\0')
                .to_string(),
        })
        .collect();
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version-1 header around `dict`, unpadded.
    fn header_bytes(dict: &str) -> Vec<u8> {
        let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
        bytes.extend_from_slice(&(dict.len() as u16).to_le_bytes());
        bytes.extend_from_slice(dict.as_bytes());
        bytes
    }

    #[test]
    fn float16_arrays_are_read_as_their_f32_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.npy");
        let dict = "{'descr': '<f2', 'fortran_order': False, 'shape': (2, 3), }";
        let mut bytes = header_bytes(dict);
        for v in [0.5f32, -2.0, 65504.0, 1.0e-3, 0.0, 3.25] {
            bytes.extend_from_slice(&half::f16::from_f32(v).to_le_bytes());
        }
        std::fs::write(&path, bytes).unwrap();
        let t = load(&path).unwrap();
        let spec = t.default_embedding(None).unwrap();
        let e = t.embedding(&spec, false).unwrap();
        let want: Vec<f32> = [0.5f32, -2.0, 65504.0, 1.0e-3, 0.0, 3.25]
            .iter()
            .map(|&v| half::f16::from_f32(v).to_f32())
            .collect();
        assert_eq!(e.data.iter().copied().collect::<Vec<_>>(), want);
    }

    #[test]
    fn header_parsing() {
        let dict = "{'descr': '>i2', 'fortran_order': True, 'shape': (3, 4), }";
        let bytes = header_bytes(dict);
        let h = parse_header(Path::new("a.npy"), &mut bytes.as_slice()).unwrap();
        assert_eq!(h.kind, NpyKind::Int);
        assert_eq!(h.size, 2);
        assert!(h.big_endian);
        assert!(h.fortran_order);
        assert_eq!(h.shape, vec![3, 4]);
        assert_eq!(h.data_offset, 10 + dict.len());
    }

    #[test]
    fn bad_magic() {
        let e = parse_header(Path::new("a.npy"), &mut &b"hello world, not npy"[..]).unwrap_err();
        assert!(e.to_string().contains("magic"), "{e}");
    }
}
