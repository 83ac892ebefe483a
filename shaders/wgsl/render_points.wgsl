// Point sprites for the projector's scatter plot (offscreen PNG and the window).
//
// No vertex buffers: each point is a quad of 6 vertices built in the vertex shader from
// `vertex_index` (point = vertex_index / 6, corner = vertex_index % 6). Positions come straight
// from the storage buffer the reducers write (n × dims f32), so a running reducer's output is
// drawn without a trip through the CPU. Sprites are round, anti-aliased and sized in screen
// pixels; colour is premultiplied (blend: One, OneMinusSrcAlpha).

struct Params {
    // Data space → screen pixels (x right, y down), homogeneous: perspective for 3-D.
    to_screen: mat4x4<f32>,
    // Target size in pixels.
    viewport: vec2<f32>,
    // Sprite diameter in pixels.
    point_size: f32,
    // Global opacity (adapts to density).
    alpha: f32,
    // 2 or 3 floats per point.
    dims: u32,
    // 1: point indices come from `ids` (a highlight pass); 0: point = vertex_index / 6.
    use_ids: u32,
    // 1: draw a dark outline ring (selection / neighbours).
    ring: u32,
    // Number of points in `positions`.
    n: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> positions: array<f32>;
// Packed RGBA8 per point (r in the low byte). The alpha byte is a style: 0 hidden, 255 normal,
// anything else scales opacity (dimmed points).
@group(0) @binding(2) var<storage, read> colors: array<u32>;
@group(0) @binding(3) var<storage, read> ids: array<u32>;

struct VsOut {
    @builtin(position) position: vec4<f32>,
    // Corner in units of the sprite radius incl. the anti-aliasing margin.
    @location(0) local: vec2<f32>,
    @location(1) color: vec4<f32>,
    @location(2) radius: f32,
}

// vs_main: one sprite corner. Bindings: 0 params, 1 positions, 2 colors, 3 ids.
// Draw: `draw(0..6 * count, 0..1)` where count = n (or ids length when use_ids = 1).
@vertex
fn vs_main(@builtin(vertex_index) vi: u32) -> VsOut {
    var out: VsOut;
    let slot = vi / 6u;
    let corner_id = vi % 6u;
    var point = slot;
    if (params.use_ids == 1u) {
        point = ids[slot];
    }
    var corners = array<vec2<f32>, 6>(
        vec2<f32>(-1.0, -1.0), vec2<f32>(1.0, -1.0), vec2<f32>(-1.0, 1.0),
        vec2<f32>(-1.0, 1.0), vec2<f32>(1.0, -1.0), vec2<f32>(1.0, 1.0),
    );
    let corner = corners[corner_id];
    let packed = colors[point];
    let style = (packed >> 24u) & 0xffu;
    let base = point * params.dims;
    var p = vec4<f32>(positions[base], positions[base + 1u], 0.0, 1.0);
    if (params.dims == 3u) {
        p.z = positions[base + 2u];
    }
    let s = params.to_screen * p;
    // Hidden, behind the camera or not finite: a degenerate triangle outside the view.
    let finite = s.x == s.x && s.y == s.y && abs(s.x) < 1e30 && abs(s.y) < 1e30;
    if (style == 0u || point >= params.n || s.w <= 1e-6 || !finite) {
        out.position = vec4<f32>(-2.0, -2.0, 0.0, 1.0);
        out.local = vec2<f32>(0.0);
        out.color = vec4<f32>(0.0);
        out.radius = 0.0;
        return out;
    }
    let screen = s.xy / s.w;
    // Half a pixel of margin on each side for the anti-aliased edge.
    let radius = params.point_size * 0.5 + 0.75;
    let px = screen + corner * radius;
    out.position = vec4<f32>(
        px.x / params.viewport.x * 2.0 - 1.0,
        1.0 - px.y / params.viewport.y * 2.0,
        0.0,
        1.0,
    );
    out.local = corner * radius;
    let rgb = vec3<f32>(
        f32(packed & 0xffu),
        f32((packed >> 8u) & 0xffu),
        f32((packed >> 16u) & 0xffu),
    ) / 255.0;
    var a = params.alpha;
    if (style != 255u) {
        a = a * f32(style) / 255.0;
    }
    out.color = vec4<f32>(rgb, a);
    out.radius = params.point_size * 0.5;
    return out;
}

// fs_main: disc coverage (1 inside, linear 1-pixel edge), premultiplied colour; a dark ring at
// the edge when params.ring = 1. Same bindings as vs_main.
@fragment
fn fs_main(in: VsOut) -> @location(0) vec4<f32> {
    let d = length(in.local);
    let coverage = clamp(in.radius + 0.5 - d, 0.0, 1.0);
    if (coverage <= 0.0) {
        discard;
    }
    var rgb = in.color.rgb;
    if (params.ring == 1u && d > in.radius - 1.5) {
        rgb = vec3<f32>(0.05, 0.05, 0.05);
    }
    let a = coverage * in.color.a;
    return vec4<f32>(rgb * a, a);
}
