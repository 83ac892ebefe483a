// Shared by the UMAP kernels (umap_epoch, umap_apply): their one uniform, mirrored by
// `umap::gpu::Params` — edges of this chunk, points, output dimensions, epoch, seed, coordinates
// (n × dims), 1 / scale, the chunk's first edge, the curve's a and b, the learning rate of the
// epoch, and the fixed-point scale of the moves.
struct Params {
    n_edges: u32,
    n: u32,
    dims: u32,
    epoch: u32,
    seed: u32,
    n_coords: u32,
    inv_scale: f32,
    edge_offset: u32,
    a: f32,
    b: f32,
    alpha: f32,
    scale: f32,
}
