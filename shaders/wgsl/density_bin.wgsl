// density_bin: the first step of the density estimate (`engine/src/density/`): every point adds
// 1 to the count of the grid cell it falls in, cell (cx, cy) = (⌊(x − x0)·inv_cell⌋,
// ⌊(y − y0)·inv_cell⌋), row-major at cy · gw + cx. Counts are integers added with atomicAdd, so
// the grid is exact and independent of the order the points run in (the CPU twin,
// `density::cpu::bin`, computes the same cell the same way, in f32). The host uploads only
// finite points and sizes the grid to cover them; a point outside it is skipped.
// One invocation per point: each does a fixed amount of work, however crowded a cell is.
// Bindings: 0 uniform Params, 1 storage pts: array<f32> (n × 2, read), 2 storage counts:
// array<atomic<u32>> (gw × gh, zeroed before; read_write).
// Dispatch: ceil(n / 256) workgroups of 256, as a 2-D grid when above the per-dimension limit;
// inputs larger than one storage binding are binned in chunks, one dispatch each.

struct Params {
    n: u32,
    gw: u32,
    gh: u32,
    _pad: u32,
    x0: f32,
    y0: f32,
    inv_cell: f32,
    _pad1: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> pts: array<f32>;
@group(0) @binding(2) var<storage, read_write> counts: array<atomic<u32>>;

const WG: u32 = 256u;

@compute @workgroup_size(WG)
fn main(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let i = gid.x + gid.y * groups.x * WG;
    if i >= params.n {
        return;
    }
    let fx = (pts[2u * i] - params.x0) * params.inv_cell;
    let fy = (pts[2u * i + 1u] - params.y0) * params.inv_cell;
    if fx < 0.0 || fy < 0.0 || fx >= f32(params.gw) || fy >= f32(params.gh) {
        return;
    }
    let cx = min(u32(fx), params.gw - 1u);
    let cy = min(u32(fy), params.gh - 1u);
    atomicAdd(&counts[cy * params.gw + cx], 1u);
}
