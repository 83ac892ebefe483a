//! Colours: a categorical palette for classes, and for numbers viridis or a diverging map on
//! the engine's [`Scale`] (linear, diverging around zero, or log).
//!
//! Colours are sRGB bytes packed as RGBA8 little-endian `u32` (red in the low byte), the layout
//! the point shader unpacks. The alpha byte is a per-point style: [`STYLE_NORMAL`] draws the
//! point, [`STYLE_HIDDEN`] hides it, [`STYLE_DIM`] fades it (search and isolate use it).

pub use projector_engine::color_scale::Scale;

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
    interpolate(&STOPS, t)
}

/// A blue–grey–red diverging map at `t` in [0, 1] for columns that straddle zero (0.5 is a
/// light grey that shows on the white background; NaN gives a darker grey).
pub fn diverging(t: f32) -> [u8; 3] {
    const STOPS: [[f32; 3]; 5] = [
        [33.0, 102.0, 172.0],
        [146.0, 197.0, 222.0],
        [215.0, 215.0, 215.0],
        [244.0, 165.0, 130.0],
        [178.0, 24.0, 43.0],
    ];
    interpolate(&STOPS, t)
}

/// The colour of value `v` on `scale`: the diverging map for a diverging scale, else viridis.
pub fn scaled(scale: &Scale, v: f32) -> [u8; 3] {
    map_of(scale)(scale.position(v))
}

/// The colour map a scale is read with.
pub fn map_of(scale: &Scale) -> fn(f32) -> [u8; 3] {
    if scale.is_diverging() {
        diverging
    } else {
        viridis
    }
}

/// The scale of a continuous colouring ([`Scale::choose`]; linear 0..1 when nothing is finite).
pub fn scale_of(values: &[f32]) -> Scale {
    Scale::choose(values).unwrap_or(Scale::Linear { min: 0.0, max: 1.0 })
}

/// The colour at `t` in [0, 1] (clamped) between evenly spaced `stops`; NaN gives grey.
fn interpolate(stops: &[[f32; 3]], t: f32) -> [u8; 3] {
    if t.is_nan() {
        return [160, 160, 160];
    }
    let x = t.clamp(0.0, 1.0) * (stops.len() - 1) as f32;
    let i = (x.floor() as usize).min(stops.len() - 2);
    let f = x - i as f32;
    let (a, b) = (stops[i], stops[i + 1]);
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
    fn signed_columns_diverge_around_white_and_skewed_ones_go_log() {
        let values = [-2.0f32, 0.0, 2.0];
        let s = scale_of(&values);
        assert!(s.is_diverging());
        assert_eq!(scaled(&s, 0.0), [215, 215, 215]);
        let (lo, hi) = (scaled(&s, -2.0), scaled(&s, 2.0));
        assert!(
            lo[2] > lo[0] && hi[0] > hi[2],
            "blue below zero, red above: {lo:?} {hi:?}"
        );
        let skewed = [1.0f32, 2.0, 3.0, 1e5];
        let s = scale_of(&skewed);
        assert!(matches!(s, Scale::Log { .. }));
        // On a log scale 3 is a third of the way up, not at the bottom as on a linear one.
        assert!(s.position(3.0) > 0.05);
        assert_eq!(scale_of(&[f32::NAN]), Scale::Linear { min: 0.0, max: 1.0 });
    }

    #[test]
    fn classes_are_distinct_and_packing_is_little_endian() {
        assert_ne!(class_color(0), class_color(1));
        assert_ne!(class_color(0), class_color(20));
        assert_eq!(pack([1, 2, 3], 255), 0xff03_0201);
    }
}
