// Shared by the k-NN kernels (knn_exact_ubo, knn_exact_tile, knn_cell_tile): each invocation's
// top-k list as a binary max-heap in best_d / best_i (storage arrays the importing kernel
// declares), under the (d², index) order. Its root is the entry to beat; a winner replaces the root and sifts
// down, O(log k) steps (the host sorts the final lists).

// This invocation's list: its first slot, and its heap root (the bar a candidate must beat).
var<private> row0: u32;
var<private> thr_d: f32;
var<private> thr_i: u32;
var<private> self_index: u32;

fn before(d: f32, j: u32, e: f32, i: u32) -> bool {
    return d < e || (d == e && j < i);
}

// Offers global row gb at squared distance d2 to the k-entry heap (skips this invocation's own
// row and anything that does not beat the root).
fn heap_offer(d2: f32, gb: u32, k: u32) {
    if gb == self_index || !before(d2, gb, thr_d, thr_i) {
        return;
    }
    var p = 0u;
    loop {
        let l = 2u * p + 1u;
        if l >= k {
            break;
        }
        // The larger child under the (d², index) order.
        var ch = l;
        var cd = best_d[row0 + l];
        var ci = best_i[row0 + l];
        let r = l + 1u;
        if r < k {
            let rd = best_d[row0 + r];
            let ri = best_i[row0 + r];
            if before(cd, ci, rd, ri) {
                ch = r;
                cd = rd;
                ci = ri;
            }
        }
        if !before(d2, gb, cd, ci) {
            break;
        }
        best_d[row0 + p] = cd;
        best_i[row0 + p] = ci;
        p = ch;
    }
    best_d[row0 + p] = d2;
    best_i[row0 + p] = gb;
    thr_d = best_d[row0];
    thr_i = best_i[row0];
}

// Offers rows b .. b + 3 with dot products `dots` and squared norms `bn` through the importing
// kernel's `consider(d2, b)` (which applies its row bound), after one vector test against the
// heap root.
fn offer4(valid: bool, qn: f32, dots: vec4<f32>, bn: vec4<f32>, b: u32) {
    let d2 = max(vec4<f32>(qn) + bn - 2.0 * dots, vec4<f32>(0.0));
    if !valid || !any(d2 <= vec4<f32>(thr_d)) {
        return;
    }
    consider(d2.x, b);
    consider(d2.y, b + 1u);
    consider(d2.z, b + 2u);
    consider(d2.w, b + 3u);
}
