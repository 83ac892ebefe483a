// Shared by the t-SNE grid kernels (tsne_grid_*): their parameters, mirrored by `GridParams` in
// engine/src/tsne/gpu/grid.rs — points n, boxes per side nb, nodes per side m = 3·nb, boxes = nb²,
// the grid's low corner lo, box width h and node spacing h / 3 — the box of a coordinate (as
// tsne::grid::box_of), the 3-node Lagrange weights in a box (nodes at 1/6, 1/2 and 5/6 of
// it) and the scale of the charges' fixed-point sums (an override set from tsne::grid::FIXED_ONE).
struct Params {
    n: u32,
    nb: u32,
    m: u32,
    boxes: u32,
    lo: f32,
    h: f32,
    spacing: f32,
    _pad: u32,
}

override FIXED_ONE: f32;

fn box_of(v: f32) -> u32 {
    let t = (v - params.lo) / params.h;
    return min(u32(max(floor(t), 0.0)), params.nb - 1u);
}

fn lagrange(u: f32) -> vec3<f32> {
    let a = 1.0 / 6.0;
    let b = 0.5;
    let c = 5.0 / 6.0;
    return vec3<f32>(
        (u - b) * (u - c) / ((a - b) * (a - c)),
        (u - a) * (u - c) / ((b - a) * (b - c)),
        (u - a) * (u - b) / ((c - a) * (c - b)),
    );
}
