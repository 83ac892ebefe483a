//! Images as points: the thumbnail atlas and the size a thumbnail takes in the layout.
//!
//! When a table has images (an image column, or `pixel_R_C` columns: [`projector_engine::row`]),
//! points are drawn as their thumbnails once a thumbnail would cover about
//! [`MIN_THUMB_PX`] pixels on screen, as TensorBoard's sprites are. Two things make that work:
//! - [`ThumbAtlas::build`] decodes every row's image once and scales it to fit a square cell
//!   (nearest-neighbour when it grows, so small pixel images stay crisp; a triangle filter when
//!   it shrinks), packing the cells into square layers of up to [`LAYER_SIDE`]² RGBA texels:
//!   one texture array, at most [`ATLAS_BUDGET`] bytes. The cell is the largest power of two from
//!   [`MIN_CELL`] to [`MAX_CELL`] texels that keeps every image within the budget (64 for up to
//!   16k images, 8 for a million); more images than the smallest cell holds get no atlas, and
//!   the reason says so.
//! - [`spacing`] is a thumbnail's side in layout units: the median distance from a point to its
//!   nearest neighbour, so neighbouring thumbnails about touch. The renderer
//!   ([`crate::component::ThumbRenderer`]) draws a thumbnail only where that side, seen through
//!   the camera, is at least [`MIN_THUMB_PX`] pixels: zooming in turns dots into pictures.
//!
//! ```
//! use projector_engine::{ColumnData, Table};
//! use projector_viewer::thumbs::{ThumbAtlas, spacing};
//! // Two rows with a 2×2 picture each, in pixel columns.
//! let mut t = Table::new();
//! for (name, v) in [("pixel_0_0", [0.0, 9.0]), ("pixel_0_1", [9.0, 0.0]), ("pixel_1_0", [0.0, 9.0]), ("pixel_1_1", [9.0, 0.0])] {
//!     t.add_column(name, ColumnData::Numeric(v.to_vec())).unwrap();
//! }
//! let atlas = ThumbAtlas::build(&t, &[0, 1], &Default::default()).unwrap().unwrap();
//! assert_eq!((atlas.images, atlas.cell, atlas.side), (2, 64, 128));
//! assert_eq!(atlas.slots, [0, 1]);
//! // Points one unit apart: a thumbnail is one unit across.
//! assert_eq!(spacing(&[0.0, 0.0, 1.0, 0.0, 2.0, 0.0], 2), Some(1.0));
//! ```

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use image::RgbaImage;
use image::imageops::FilterType;
use projector_engine::Table;
use projector_engine::row::{self, RowImage};
use rayon::prelude::*;

/// The atlas's size limit in bytes (RGBA8 texels of every layer).
pub const ATLAS_BUDGET: usize = 256 << 20;
/// Side of one atlas layer in texels (every wgpu device takes 2D textures this large).
pub const LAYER_SIDE: u32 = 2048;
/// The largest cell, in texels: thumbnails are never stored larger.
pub const MAX_CELL: u32 = 64;
/// The smallest cell: below it a thumbnail shows nothing worth the memory.
pub const MIN_CELL: u32 = 4;
/// A thumbnail is drawn once it would be at least this many pixels across.
pub const MIN_THUMB_PX: f32 = 24.0;
/// Nor is it drawn larger than this.
pub const MAX_THUMB_PX: f32 = 256.0;

/// The slot of a point without an image.
pub const NO_IMAGE: u32 = u32::MAX;

/// Every row's thumbnail, packed for one texture array.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbAtlas {
    /// Side of a cell in texels (a power of two dividing [`LAYER_SIDE`]).
    pub cell: u32,
    /// Side of a layer in texels: a whole number of cells, at most [`LAYER_SIDE`] (smaller
    /// when a few images fill less than one layer).
    pub side: u32,
    /// The layers, `side`² RGBA8 texels each (straight alpha), row-major.
    pub layers: Vec<Vec<u8>>,
    /// The cell of each point (`layer · cells_per_layer + row · cells_per_row + column`), or
    /// [`NO_IMAGE`].
    pub slots: Vec<u32>,
    /// Points with an image.
    pub images: usize,
}

/// Progress and cancellation of a [`ThumbAtlas::build`] running on another thread.
#[derive(Debug, Default)]
pub struct BuildControl {
    /// Rows decoded so far.
    pub done: AtomicUsize,
    /// Set to stop: the build returns `Ok(None)` soon after.
    pub stop: AtomicBool,
}

impl ThumbAtlas {
    /// Cells along a layer's side.
    pub fn cells_per_row(&self) -> u32 {
        self.side / self.cell
    }

    /// Bytes the layers take.
    pub fn bytes(&self) -> usize {
        self.layers.iter().map(Vec::len).sum()
    }

    /// The thumbnails of table rows `rows` (point `i` is row `rows[i]`). `Ok(None)` when no row
    /// has an image, or when stopped through `control`; `Err` (a sentence for the user) when
    /// there are more images than the smallest cell fits in [`ATLAS_BUDGET`]. A row whose
    /// image cannot be read keeps its dot.
    pub fn build(
        table: &Table,
        rows: &[usize],
        control: &BuildControl,
    ) -> Result<Option<ThumbAtlas>, String> {
        if !row::has_images(table) {
            return Ok(None);
        }
        // Which rows have something to decode, before choosing the cell size.
        let has: Vec<bool> = rows
            .par_iter()
            .map(|&r| row::image(table, r).is_some())
            .collect();
        let images = has.iter().filter(|&&h| h).count();
        if images == 0 {
            return Ok(None);
        }
        let Some(cell) = cell_for(images) else {
            return Err(format!(
                "images as points: {images} images do not fit the {} MB atlas even at {MIN_CELL}×{MIN_CELL} texels",
                ATLAS_BUDGET >> 20
            ));
        };
        // As many cells to a row as a square of all the images needs, up to a full layer.
        let per_row =
            ((images as f64).sqrt().ceil() as usize).clamp(1, (LAYER_SIDE / cell) as usize);
        let per_layer = per_row * per_row;
        let mut slots = vec![NO_IMAGE; rows.len()];
        for (next, (s, _)) in slots.iter_mut().zip(&has).filter(|(_, h)| **h).enumerate() {
            *s = next as u32;
        }
        let side = per_row * cell as usize;
        let mut layers = vec![vec![0u8; side * side * 4]; images.div_ceil(per_layer)];
        // One layer at a time: its rows decoded in parallel, then copied into their cells.
        for (l, layer) in layers.iter_mut().enumerate() {
            let first = (l * per_layer) as u32;
            let last = first + per_layer as u32;
            let members: Vec<(usize, u32)> = slots
                .iter()
                .enumerate()
                .filter(|(_, s)| (first..last).contains(*s))
                .map(|(i, &s)| (i, s))
                .collect();
            let thumbs: Vec<Option<RgbaImage>> = members
                .par_iter()
                .map(|&(i, _)| {
                    if control.stop.load(Ordering::Relaxed) {
                        return None;
                    }
                    let t = decode(table, rows[i]).map(|img| fit(&img, cell));
                    control.done.fetch_add(1, Ordering::Relaxed);
                    t
                })
                .collect();
            if control.stop.load(Ordering::Relaxed) {
                return Ok(None);
            }
            for (&(i, s), thumb) in members.iter().zip(thumbs) {
                let Some(thumb) = thumb else {
                    slots[i] = NO_IMAGE;
                    continue;
                };
                let at = (s - first) as usize;
                let (cx, cy) = (
                    (at % per_row) * cell as usize,
                    (at / per_row) * cell as usize,
                );
                // Centred in the cell (an image that is not square leaves a transparent band).
                let ox = cx + (cell as usize - thumb.width() as usize) / 2;
                let oy = cy + (cell as usize - thumb.height() as usize) / 2;
                let w = thumb.width() as usize * 4;
                for (y, src) in thumb.as_raw().chunks_exact(w).enumerate() {
                    let o = ((oy + y) * side + ox) * 4;
                    layer[o..o + w].copy_from_slice(src);
                }
            }
        }
        let images = slots.iter().filter(|&&s| s != NO_IMAGE).count();
        Ok(Some(ThumbAtlas {
            cell,
            side: side as u32,
            layers,
            slots,
            images,
        }))
    }
}

/// The largest power-of-two cell from [`MAX_CELL`] down to [`MIN_CELL`] with which `images`
/// cells, in whole layers, stay within [`ATLAS_BUDGET`].
pub fn cell_for(images: usize) -> Option<u32> {
    let layer_bytes = (LAYER_SIDE as usize).pow(2) * 4;
    let mut cell = MAX_CELL;
    while cell >= MIN_CELL {
        let per_layer = ((LAYER_SIDE / cell) as usize).pow(2);
        if images.div_ceil(per_layer) * layer_bytes <= ATLAS_BUDGET {
            return Some(cell);
        }
        cell /= 2;
    }
    None
}

/// The image of table row `r` ([`row::image`]), decoded to RGBA; `None` when it has none or it
/// cannot be read. The tooltip shows the same picture.
pub fn decode(table: &Table, r: usize) -> Option<RgbaImage> {
    match row::image(table, r)? {
        RowImage::Encoded(b) => image::load_from_memory(b).ok().map(|i| i.to_rgba8()),
        RowImage::File(p) => image::open(p).ok().map(|i| i.to_rgba8()),
        RowImage::Pixels {
            width,
            height,
            grey,
        } => {
            let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
            RgbaImage::from_raw(width as u32, height as u32, rgba)
        }
    }
}

/// `img` scaled to fit a `cell`² square, aspect kept: grown by nearest neighbour (crisp pixels),
/// shrunk with a triangle filter.
pub fn fit(img: &RgbaImage, cell: u32) -> RgbaImage {
    let (w, h) = (img.width().max(1), img.height().max(1));
    let s = cell as f32 / w.max(h) as f32;
    let (nw, nh) = (
        ((w as f32 * s).round() as u32).clamp(1, cell),
        ((h as f32 * s).round() as u32).clamp(1, cell),
    );
    if (nw, nh) == (img.width(), img.height()) {
        return img.clone();
    }
    let filter = if s >= 1.0 {
        FilterType::Nearest
    } else {
        FilterType::Triangle
    };
    image::imageops::resize(img, nw, nh, filter)
}

/// A thumbnail's side in layout units: the median distance from a point to its nearest other
/// point (positive distances only, so duplicates do not make it zero). Up to 512 points are
/// asked, against up to 16,384 points sampled evenly (the distance found is then scaled by
/// `(sampled / n)^(1/dims)`, how nearest-neighbour distances shrink with density); `None`
/// for fewer than two distinct finite points.
pub fn spacing(positions: &[f32], dims: usize) -> Option<f32> {
    if dims == 0 {
        return None;
    }
    let n = positions.len() / dims;
    let finite: Vec<usize> = (0..n)
        .filter(|&i| {
            positions[i * dims..(i + 1) * dims]
                .iter()
                .all(|v| v.is_finite())
        })
        .collect();
    let m = finite.len();
    if m < 2 {
        return None;
    }
    let pool: Vec<usize> = (0..m.min(16_384))
        .map(|k| finite[k * m / m.min(16_384)])
        .collect();
    let asked: Vec<usize> = (0..pool.len().min(512))
        .map(|k| pool[k * pool.len() / pool.len().min(512)])
        .collect();
    let point = |i: usize| &positions[i * dims..(i + 1) * dims];
    let mut nearest: Vec<f32> = asked
        .par_iter()
        .filter_map(|&a| {
            let pa = point(a);
            pool.iter()
                .filter(|&&b| b != a)
                .map(|&b| {
                    pa.iter()
                        .zip(point(b))
                        .map(|(x, y)| (x - y) * (x - y))
                        .sum::<f32>()
                })
                .filter(|&d| d > 0.0)
                .min_by(f32::total_cmp)
        })
        .collect();
    if nearest.is_empty() {
        return None;
    }
    let mid = nearest.len() / 2;
    let (_, d2, _) = nearest.select_nth_unstable_by(mid, f32::total_cmp);
    let scale = (pool.len() as f32 / m as f32).powf(1.0 / dims as f32);
    Some(d2.sqrt() * scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use projector_engine::{ColumnData, ImageCell};

    #[test]
    fn cells_shrink_with_the_number_of_images_and_stay_in_budget() {
        assert_eq!(cell_for(1), Some(64));
        assert_eq!(cell_for(16_384), Some(64));
        assert_eq!(cell_for(16_385), Some(32));
        assert_eq!(cell_for(1_000_000), Some(8));
        assert_eq!(cell_for(4 << 20), Some(4));
        assert_eq!(cell_for((4 << 20) + 1), None);
        for n in [1, 1000, 70_000, 1_000_000, 4 << 20] {
            let cell = cell_for(n).unwrap() as usize;
            let per_layer = (LAYER_SIDE as usize / cell).pow(2);
            assert!(n.div_ceil(per_layer) * (LAYER_SIDE as usize).pow(2) * 4 <= ATLAS_BUDGET);
        }
    }

    #[test]
    fn images_are_scaled_to_fit_their_cell_and_rows_without_one_keep_no_slot() {
        // Row 0: a 4×2 red PNG; row 1: nothing; row 2: a 100×50 blue PNG; row 3: bad bytes.
        let png = |w: u32, h: u32, c: [u8; 4]| {
            let img = RgbaImage::from_pixel(w, h, image::Rgba(c));
            let mut out = std::io::Cursor::new(Vec::new());
            img.write_to(&mut out, image::ImageFormat::Png).unwrap();
            out.into_inner()
        };
        let cells = vec![
            ImageCell::Encoded(png(4, 2, [255, 0, 0, 255])),
            ImageCell::Unresolved("Image".into()),
            ImageCell::Encoded(png(100, 50, [0, 0, 255, 255])),
            ImageCell::Encoded(vec![1, 2, 3]),
        ];
        let mut t = Table::new();
        t.add_column("img", ColumnData::Image(cells)).unwrap();
        let atlas = ThumbAtlas::build(&t, &[0, 1, 2, 3], &BuildControl::default())
            .unwrap()
            .unwrap();
        assert_eq!(atlas.cell, 64);
        assert_eq!(atlas.slots, [0, NO_IMAGE, 1, NO_IMAGE]);
        assert_eq!(atlas.images, 2);
        assert_eq!(atlas.layers.len(), 1);
        assert_eq!(atlas.side, 128, "two cells to a row");
        let side = atlas.side as usize;
        let at = |x: usize, y: usize| &atlas.layers[0][(y * side + x) * 4..(y * side + x) * 4 + 4];
        // Cell 0: red, 64 × 32, centred vertically (rows 16..48); transparent above.
        assert_eq!(at(0, 16), [255, 0, 0, 255]);
        assert_eq!(at(63, 47), [255, 0, 0, 255]);
        assert_eq!(at(10, 5), [0, 0, 0, 0]);
        // Cell 1 (x 64..128): blue, shrunk to 64 × 32.
        assert_eq!(at(64 + 30, 30), [0, 0, 255, 255]);
        assert_eq!(at(64 + 30, 60), [0, 0, 0, 0]);
        // A table without images has no atlas.
        let mut plain = Table::new();
        plain
            .add_column("x", ColumnData::Numeric(vec![1.0]))
            .unwrap();
        assert!(
            ThumbAtlas::build(&plain, &[0], &BuildControl::default())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn a_stopped_build_returns_nothing() {
        let mut t = Table::new();
        t.add_column("pixel_0", ColumnData::Numeric(vec![1.0; 100]))
            .unwrap();
        let control = BuildControl::default();
        control.stop.store(true, Ordering::Relaxed);
        let rows: Vec<usize> = (0..100).collect();
        assert!(ThumbAtlas::build(&t, &rows, &control).unwrap().is_none());
    }

    #[test]
    fn spacing_is_the_median_nearest_neighbour_distance() {
        // A 100 × 100 grid of step 0.5 (plus duplicates and a NaN): spacing 0.5.
        let mut pos = Vec::new();
        for i in 0..100 {
            for j in 0..100 {
                pos.extend([i as f32 * 0.5, j as f32 * 0.5]);
            }
        }
        pos.extend([0.0, 0.0, f32::NAN, 1.0]);
        let s = spacing(&pos, 2).unwrap();
        assert!((s - 0.5).abs() < 0.05, "{s}");
        assert_eq!(spacing(&[1.0, 1.0], 2), None);
        assert_eq!(spacing(&[1.0, 1.0, 1.0, 1.0], 2), None);
    }
}
