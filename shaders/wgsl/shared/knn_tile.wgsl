// Shared by the storage-tile k-NN kernels (knn_exact_tile, knn_cell_tile): one 64-row tile of
// base rows against the 64 queries of a workgroup, by dot products. For each 16-dimension slice
// the tile is staged in workgroup memory transposed, as vec4s of four base rows; then for each
// dimension every invocation reads its own query value once and does 64 multiply-adds against
// the staged vec4s, whose address is the same for all invocations (a broadcast read on GPUs,
// one scalar load per SIMD batch on lavapipe). The 64 dot products live in sixteen named vec4
// registers, never in a dynamically indexed private array (software adapters turn those into
// per-lane scatter/gather memory). No subgroup width is assumed.
// The importing kernel defines `query_value(c)` (this invocation's query, dimension c),
// `base_value(row, c)` (0 outside its base rows and past dim), `base_norm(row)` (a base row's
// squared norm, read in bounds) and `consider(d2, row)` (offers one row, within its bound), and
// must call `tile_step` in workgroup-uniform control flow.

const TB: u32 = 64u;
const DC: u32 = 16u;

// tile[c * 16 + m] = dimension c0 + c of base rows tb + 4m .. tb + 4m + 3.
var<workgroup> tile: array<vec4<f32>, 256>;

// Compares this invocation's query (squared norm qn) with base rows tb .. tb + 63 and offers
// them; t is the local invocation index.
fn tile_step(t: u32, tb: u32, dim: u32, valid: bool, qn: f32) {
    // Staging: invocation t fills tile[c * 16 + m] for m = t % 16 and c = t / 16 + 4e.
    let sm = t % 16u;
    let sc = t / 16u;
    var acc0 = vec4<f32>(0.0);
    var acc1 = vec4<f32>(0.0);
    var acc2 = vec4<f32>(0.0);
    var acc3 = vec4<f32>(0.0);
    var acc4 = vec4<f32>(0.0);
    var acc5 = vec4<f32>(0.0);
    var acc6 = vec4<f32>(0.0);
    var acc7 = vec4<f32>(0.0);
    var acc8 = vec4<f32>(0.0);
    var acc9 = vec4<f32>(0.0);
    var acc10 = vec4<f32>(0.0);
    var acc11 = vec4<f32>(0.0);
    var acc12 = vec4<f32>(0.0);
    var acc13 = vec4<f32>(0.0);
    var acc14 = vec4<f32>(0.0);
    var acc15 = vec4<f32>(0.0);
    for (var c0 = 0u; c0 < dim; c0 += DC) {
        for (var e = 0u; e < 4u; e++) {
            let c = c0 + sc + 4u * e;
            let r = tb + 4u * sm;
            tile[(sc + 4u * e) * 16u + sm] = vec4<f32>(
                base_value(r, c),
                base_value(r + 1u, c),
                base_value(r + 2u, c),
                base_value(r + 3u, c),
            );
        }
        workgroupBarrier();
        let cn = min(DC, dim - c0);
        for (var c = 0u; c < cn; c++) {
            let a = query_value(c0 + c);
            acc0 += a * tile[c * 16u + 0u];
            acc1 += a * tile[c * 16u + 1u];
            acc2 += a * tile[c * 16u + 2u];
            acc3 += a * tile[c * 16u + 3u];
            acc4 += a * tile[c * 16u + 4u];
            acc5 += a * tile[c * 16u + 5u];
            acc6 += a * tile[c * 16u + 6u];
            acc7 += a * tile[c * 16u + 7u];
            acc8 += a * tile[c * 16u + 8u];
            acc9 += a * tile[c * 16u + 9u];
            acc10 += a * tile[c * 16u + 10u];
            acc11 += a * tile[c * 16u + 11u];
            acc12 += a * tile[c * 16u + 12u];
            acc13 += a * tile[c * 16u + 13u];
            acc14 += a * tile[c * 16u + 14u];
            acc15 += a * tile[c * 16u + 15u];
        }
        workgroupBarrier();
    }
    consider4(valid, qn, acc0, tb + 0u);
    consider4(valid, qn, acc1, tb + 4u);
    consider4(valid, qn, acc2, tb + 8u);
    consider4(valid, qn, acc3, tb + 12u);
    consider4(valid, qn, acc4, tb + 16u);
    consider4(valid, qn, acc5, tb + 20u);
    consider4(valid, qn, acc6, tb + 24u);
    consider4(valid, qn, acc7, tb + 28u);
    consider4(valid, qn, acc8, tb + 32u);
    consider4(valid, qn, acc9, tb + 36u);
    consider4(valid, qn, acc10, tb + 40u);
    consider4(valid, qn, acc11, tb + 44u);
    consider4(valid, qn, acc12, tb + 48u);
    consider4(valid, qn, acc13, tb + 52u);
    consider4(valid, qn, acc14, tb + 56u);
    consider4(valid, qn, acc15, tb + 60u);
}

// Offers base rows b .. b + 3 with dot products `dots` (knn_heap's offer4).
fn consider4(valid: bool, qn: f32, dots: vec4<f32>, b: u32) {
    let bn = vec4<f32>(base_norm(b), base_norm(b + 1u), base_norm(b + 2u), base_norm(b + 3u));
    offer4(valid, qn, dots, bn, b);
}
