//! Colours: a categorical palette for classes and a continuous colour map for numbers.
//!
//! Colours are sRGB bytes packed as RGBA8 little-endian `u32` (red in the low byte), the layout
//! the point shader unpacks. The alpha byte is a per-point style: [`STYLE_NORMAL`] draws the
//! point, [`STYLE_HIDDEN`] hides it, [`STYLE_DIM`] fades it (search and isolate use it).

/// Alpha byte of a normally drawn point.
pub const STYLE_NORMAL: u8 = 255;
/// Alpha byte of a hidden point.
pub const STYLE_HIDDEN: u8 = 0;
/// Alpha byte of a faded point.
pub const STYLE_DIM: u8 = 28;

/// Tableau-20-like categorical palette (strong colours first, then their light twins).
pub const PALETTE: [[u8; 3]; 20] = [
    [31, 119, 180],
    [255, 127, 14],
    [44, 160, 44],
    [214, 39, 40],
    [148, 103, 189],
    [140, 86, 75],
    [227, 119, 194],
    [127, 127, 127],
    [188, 189, 34],
    [23, 190, 207],
    [174, 199, 232],
    [255, 187, 120],
    [152, 223, 138],
    [255, 152, 150],
    [197, 176, 213],
    [196, 156, 148],
    [247, 182, 210],
    [199, 199, 199],
    [219, 219, 141],
    [158, 218, 229],
];

/// Colour of points when nothing colours them.
pub const DEFAULT_POINT: [u8; 3] = [31, 119, 180];

/// Background of the plot.
pub const BACKGROUND: [u8; 3] = [255, 255, 255];

/// The colour of class `i` (the palette repeats after 20 classes, slightly darkened each round).
pub fn class_color(i: u32) -> [u8; 3] {
    let base = PALETTE[(i % 20) as usize];
    let round = (i / 20).min(3) as u16;
    base.map(|c| (c as u16 * (4 - round) / 4) as u8)
}

/// Viridis colour map at `t` in [0, 1] (clamped; NaN gives grey).
pub fn viridis(t: f32) -> [u8; 3] {
    const STOPS: [[f32; 3]; 9] = [
        [68.0, 1.0, 84.0],
        [71.0, 44.0, 122.0],
        [59.0, 81.0, 139.0],
        [44.0, 113.0, 142.0],
        [33.0, 144.0, 141.0],
        [39.0, 173.0, 129.0],
        [92.0, 200.0, 99.0],
        [170.0, 220.0, 50.0],
        [253.0, 231.0, 37.0],
    ];
    if t.is_nan() {
        return [160, 160, 160];
    }
    let x = t.clamp(0.0, 1.0) * (STOPS.len() - 1) as f32;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    let f = x - i as f32;
    let a = STOPS[i];
    let b = STOPS[i + 1];
    [0, 1, 2].map(|k| (a[k] + (b[k] - a[k]) * f).round() as u8)
}

/// Packs an sRGB colour and a style byte.
pub fn pack(rgb: [u8; 3], style: u8) -> u32 {
    u32::from_le_bytes([rgb[0], rgb[1], rgb[2], style])
}

/// Finite minimum and maximum of `values` (None when none is finite).
pub fn finite_range(values: &[f32]) -> Option<(f32, f32)> {
    let mut lo = f32::INFINITY;
    let mut hi = f32::NEG_INFINITY;
    for &v in values.iter().filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo <= hi).then_some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viridis_ends_and_nan() {
        assert_eq!(viridis(0.0), [68, 1, 84]);
        assert_eq!(viridis(1.0), [253, 231, 37]);
        assert_eq!(viridis(f32::NAN), [160, 160, 160]);
    }

    #[test]
    fn classes_are_distinct_and_packing_is_little_endian() {
        assert_ne!(class_color(0), class_color(1));
        assert_ne!(class_color(0), class_color(20));
        assert_eq!(pack([1, 2, 3], 255), 0xff03_0201);
    }
}
