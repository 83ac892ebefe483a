// Images as points: each point that has an image is drawn as its thumbnail, a square sized in
// data units (so it grows as the view zooms in), once that square would cover `min_px` pixels
// or more on screen; smaller ones are not drawn here (the round sprite of render_points.wgsl
// stays). Thumbnails come from one texture array, the atlas: square cells of `cell_px` pixels,
// `cells_per_row` × `cells_per_row` to a layer, the image scaled to fit its cell (transparent
// around it). A frame in the point's colour keeps its class visible.
//
// No vertex buffers, as in render_points.wgsl: a quad of 6 vertices per point from
// `vertex_index`; positions straight from the reducer's storage buffer.

struct Params {
    // Data space → screen pixels (x right, y down), homogeneous: perspective for 3-D.
    to_screen: mat4x4<f32>,
    // Target size in pixels.
    viewport: vec2<f32>,
    // Side of a thumbnail in data units.
    world_size: f32,
    // Thumbnails smaller than this on screen (pixels) are not drawn.
    min_px: f32,
    // The camera's right axis in data space (2-D: (1, 0, 0)); the side is measured along it.
    right: vec3<f32>,
    // Thumbnails are at most this many pixels across.
    max_px: f32,
    // 2 or 3 floats per point.
    dims: u32,
    // Number of points in `positions`.
    n: u32,
    // Cells along a layer's side.
    cells_per_row: u32,
    // Side of a cell in texels.
    cell_px: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> positions: array<f32>;
// Packed RGBA8 per point, as in render_points.wgsl (alpha byte: 0 hidden, 255 normal, else dim).
@group(0) @binding(2) var<storage, read> colors: array<u32>;
// The atlas cell of each point: layer · cells_per_row² + row · cells_per_row + column, or
// 0xffffffff for a point without an image.
@group(0) @binding(3) var<storage, read> slots: array<u32>;
@group(0) @binding(4) var atlas: texture_2d_array<f32>;
@group(0) @binding(5) var atlas_sampler: sampler;

const NO_IMAGE: u32 = 0xffffffffu;

struct VsOut {
    @builtin(position) position: vec4<f32>,
    // 0..1 across the quad (x right, y down).
    @location(0) uv: vec2<f32>,
    // Texture coordinates of the cell's top-left corner.
    @location(1) @interpolate(flat) cell: vec2<f32>,
    @location(2) @interpolate(flat) layer: u32,
    @location(3) color: vec4<f32>,
    // Side of the quad in pixels.
    @location(4) side: f32,
}

fn hidden() -> VsOut {
    var out: VsOut;
    out.position = vec4<f32>(-2.0, -2.0, 0.0, 1.0);
    out.uv = vec2<f32>(0.0);
    out.cell = vec2<f32>(0.0);
    out.layer = 0u;
    out.color = vec4<f32>(0.0);
    out.side = 0.0;
    return out;
}

// vs_main: one thumbnail corner. Bindings: 0 params, 1 positions, 2 colors, 3 slots, 4 atlas.
// Draw: `draw(0..6 * n, 0..1)`.
@vertex
fn vs_main(@builtin(vertex_index) vi: u32) -> VsOut {
    let point = vi / 6u;
    let corner_id = vi % 6u;
    if (point >= params.n) {
        return hidden();
    }
    let slot = slots[point];
    let packed = colors[point];
    let style = (packed >> 24u) & 0xffu;
    if (slot == NO_IMAGE || style == 0u) {
        return hidden();
    }
    let base = point * params.dims;
    var p = vec3<f32>(positions[base], positions[base + 1u], 0.0);
    if (params.dims == 3u) {
        p.z = positions[base + 2u];
    }
    let c = params.to_screen * vec4<f32>(p, 1.0);
    let e = params.to_screen * vec4<f32>(p + params.right * params.world_size, 1.0);
    if (c.w <= 1e-6 || e.w <= 1e-6) {
        return hidden();
    }
    let centre = c.xy / c.w;
    let side = min(length(e.xy / e.w - centre), params.max_px);
    let finite = centre.x == centre.x && centre.y == centre.y && abs(centre.x) < 1e30
        && abs(centre.y) < 1e30 && side == side;
    if (!finite || side < params.min_px) {
        return hidden();
    }
    var corners = array<vec2<f32>, 6>(
        vec2<f32>(0.0, 0.0), vec2<f32>(1.0, 0.0), vec2<f32>(0.0, 1.0),
        vec2<f32>(0.0, 1.0), vec2<f32>(1.0, 0.0), vec2<f32>(1.0, 1.0),
    );
    let uv = corners[corner_id];
    let px = centre + (uv - vec2<f32>(0.5)) * side;
    var out: VsOut;
    out.position = vec4<f32>(
        px.x / params.viewport.x * 2.0 - 1.0,
        1.0 - px.y / params.viewport.y * 2.0,
        0.0,
        1.0,
    );
    out.uv = uv;
    let per_layer = params.cells_per_row * params.cells_per_row;
    out.layer = slot / per_layer;
    let in_layer = slot % per_layer;
    let inv = 1.0 / f32(params.cells_per_row);
    out.cell = vec2<f32>(f32(in_layer % params.cells_per_row), f32(in_layer / params.cells_per_row)) * inv;
    let rgb = vec3<f32>(
        f32(packed & 0xffu),
        f32((packed >> 8u) & 0xffu),
        f32((packed >> 16u) & 0xffu),
    ) / 255.0;
    var a = 1.0;
    if (style != 255u) {
        a = f32(style) / 255.0;
    }
    out.color = vec4<f32>(rgb, a);
    out.side = side;
    return out;
}

// fs_main: the thumbnail's texel (premultiplied), inside a frame of the point's colour about
// 2 pixels wide. Same bindings as vs_main.
@fragment
fn fs_main(in: VsOut) -> @location(0) vec4<f32> {
    let frame = clamp(2.0 / max(in.side, 1.0), 0.0, 0.2);
    let edge = min(min(in.uv.x, in.uv.y), min(1.0 - in.uv.x, 1.0 - in.uv.y));
    if (edge < frame) {
        return vec4<f32>(in.color.rgb * in.color.a, in.color.a);
    }
    // Half a texel inside the cell, so linear filtering never reads the neighbouring cell.
    let half = 0.5 / f32(params.cell_px);
    let local = clamp(in.uv, vec2<f32>(half), vec2<f32>(1.0 - half));
    let uv = in.cell + local / f32(params.cells_per_row);
    let t = textureSampleLevel(atlas, atlas_sampler, uv, in.layer, 0.0);
    // The atlas holds straight alpha; around an image that does not fill its cell, nothing.
    let a = t.a * in.color.a;
    if (a <= 0.0) {
        discard;
    }
    return vec4<f32>(t.rgb * a, a);
}
