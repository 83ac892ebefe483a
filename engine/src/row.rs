//! What a front end shows for one row of a table: its fields ([`fields`]) and its image
//! ([`image`]), so the window's tooltip, the browser page and the HTML export show the same.
//!
//! The image of a row is, in this order: the first image column's cell (encoded bytes, or a
//! file resolved against the input's folder by the loader), or a greyscale picture built from
//! pixel columns, as the digits example logs them — `pixel_R_C` (row, column) or `pixel_I`
//! (row-major index of a square image). Pixel values are scaled to the row's maximum and drawn
//! dark on light, as ink on paper.
//!
//! ```
//! use projector_engine::{ColumnData, Table, row};
//! let mut t = Table::new();
//! for (i, v) in [0.0, 16.0, 8.0, 0.0].into_iter().enumerate() {
//!     t.add_column(format!("pixel_{i}"), ColumnData::Numeric(vec![v])).unwrap();
//! }
//! t.add_column("label", ColumnData::Text(vec!["a".into()])).unwrap();
//! let Some(row::RowImage::Pixels { width, height, grey }) = row::image(&t, 0) else { panic!() };
//! assert_eq!((width, height), (2, 2));
//! assert_eq!(grey, [255, 0, 127, 255]);
//! assert_eq!(row::fields(&t, 0, 12)[1], ("label".to_string(), "a".to_string()));
//! ```

use std::path::Path;

use crate::table::{ColumnData, ImageCell, Table, Value};

/// The largest picture built from pixel columns (side × side).
const MAX_PIXEL_SIDE: usize = 4096;

/// The image of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowImage<'a> {
    /// Encoded bytes (PNG, JPEG, WebP…) held in the table.
    Encoded(&'a [u8]),
    /// An image file on disk (resolved by the loader against the input's folder).
    File(&'a Path),
    /// Greyscale pixels, row-major, `width × height`.
    Pixels {
        /// Columns.
        width: usize,
        /// Rows.
        height: usize,
        /// One byte per pixel, 0 black.
        grey: Vec<u8>,
    },
}

/// The fields of table row `r` as `(name, text)`: `row` first, then up to `max` columns
/// (pixel columns left out: they are the image), text cut at 80 characters, vectors as their
/// length.
pub fn fields(table: &Table, r: usize, max: usize) -> Vec<(String, String)> {
    let mut out = vec![("row".to_string(), r.to_string())];
    for c in table
        .columns()
        .iter()
        .filter(|c| pixel_position(&c.name).is_none())
        .take(max)
    {
        let v = match c.data.get(r) {
            Some(Value::Number(x)) => format!("{x}"),
            Some(Value::Text(s)) => s.chars().take(80).collect(),
            Some(Value::Vector(v)) => format!("[{} values]", v.len()),
            Some(Value::Image(_)) => "(image)".into(),
            None => String::new(),
        };
        out.push((c.name.clone(), v));
    }
    out
}

/// Where a pixel column sits: `pixel_R_C` → `Some((Some(R), C))`, `pixel_I` → `Some((None, I))`.
fn pixel_position(name: &str) -> Option<(Option<usize>, usize)> {
    let rest = name.strip_prefix("pixel_")?;
    let mut it = rest.split('_');
    match (it.next(), it.next(), it.next()) {
        (Some(a), Some(b), None) => Some((Some(a.parse().ok()?), b.parse().ok()?)),
        (Some(a), None, None) => Some((None, a.parse().ok()?)),
        _ => None,
    }
}

/// Whether the table has something [`image`] can show.
pub fn has_images(table: &Table) -> bool {
    table.columns().iter().any(|c| {
        matches!(c.data, ColumnData::Image(_))
            || (pixel_position(&c.name).is_some() && matches!(c.data, ColumnData::Numeric(_)))
    })
}

/// The image of table row `r`, if it has one (see the module docs).
pub fn image(table: &Table, r: usize) -> Option<RowImage<'_>> {
    for c in table.columns() {
        if let ColumnData::Image(cells) = &c.data {
            match cells.get(r)? {
                ImageCell::Encoded(b) => return Some(RowImage::Encoded(b)),
                ImageCell::Path(p) => return Some(RowImage::File(p)),
                ImageCell::Unresolved(_) => {}
            }
        }
    }
    let mut pixels: Vec<(Option<usize>, usize, f64)> = Vec::new();
    for c in table.columns() {
        let (Some(pos), ColumnData::Numeric(v)) = (pixel_position(&c.name), &c.data) else {
            continue;
        };
        pixels.push((pos.0, pos.1, v.get(r).copied().unwrap_or(0.0)));
    }
    if pixels.is_empty() {
        return None;
    }
    // Either every column is `pixel_R_C` or every one is `pixel_I` (a square).
    let (width, height) = if pixels.iter().all(|p| p.0.is_some()) {
        let h = pixels.iter().filter_map(|p| p.0).max()? + 1;
        let w = pixels.iter().map(|p| p.1).max()? + 1;
        (w, h)
    } else if pixels.iter().all(|p| p.0.is_none()) {
        let count = pixels.iter().map(|p| p.1).max()? + 1;
        let side = (count as f64).sqrt().round() as usize;
        if side * side != count {
            return None;
        }
        (side, side)
    } else {
        return None;
    };
    if width > MAX_PIXEL_SIDE || height > MAX_PIXEL_SIDE {
        return None;
    }
    let max = pixels
        .iter()
        .map(|p| p.2)
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max)
        .max(1e-12);
    let mut grey = vec![255u8; width * height];
    for (y, x, v) in pixels {
        let at = match y {
            Some(y) => y * width + x,
            None => x,
        };
        let v = if v.is_finite() { v } else { 0.0 };
        grey[at] = (255.0 - (v / max).clamp(0.0, 1.0) * 255.0) as u8;
    }
    Some(RowImage::Pixels {
        width,
        height,
        grey,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixel_r_c_columns_make_a_picture() {
        let mut t = Table::new();
        for r in 0..2 {
            for c in 0..3 {
                t.add_column(
                    format!("pixel_{r}_{c}"),
                    ColumnData::Numeric(vec![(r * 3 + c) as f64]),
                )
                .unwrap();
            }
        }
        let Some(RowImage::Pixels {
            width,
            height,
            grey,
        }) = image(&t, 0)
        else {
            panic!("no image");
        };
        assert_eq!((width, height), (3, 2));
        assert_eq!(grey[0], 255);
        assert_eq!(grey[5], 0);
        assert!(has_images(&t));
        assert!(
            image(&t, 5).is_some(),
            "missing cells are blank, not a panic"
        );
    }

    #[test]
    fn non_square_pixel_i_and_no_pixels_give_none() {
        let mut t = Table::new();
        for i in 0..3 {
            t.add_column(format!("pixel_{i}"), ColumnData::Numeric(vec![1.0]))
                .unwrap();
        }
        assert!(image(&t, 0).is_none());
        let mut u = Table::new();
        u.add_column("pixels", ColumnData::Numeric(vec![1.0]))
            .unwrap();
        assert!(image(&u, 0).is_none() && !has_images(&u));
    }

    #[test]
    fn encoded_cells_come_first() {
        let mut t = Table::new();
        t.add_column("pixel_0", ColumnData::Numeric(vec![1.0]))
            .unwrap();
        t.add_column(
            "img",
            ColumnData::Image(vec![ImageCell::Encoded(vec![1, 2, 3])]),
        )
        .unwrap();
        assert_eq!(image(&t, 0), Some(RowImage::Encoded(&[1, 2, 3])));
        let f = fields(&t, 0, 12);
        assert_eq!(
            f,
            [("row".into(), "0".into()), ("img".into(), "(image)".into())]
        );
    }
}
