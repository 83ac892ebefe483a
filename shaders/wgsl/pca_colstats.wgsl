// pca_colstats: per-column statistics of one chunk of rows, the first PCA stage.
// mode 0 writes the column sums  out[c] = Σ_r x[r, c]           (the means come from them);
// mode 1 writes the centred squares out[c] = Σ_r (x[r, c] − mean[c])²  (the total variance).
// Each chunk writes its own `out` (no accumulation across chunks): the host adds the chunks in
// f64, so long inputs lose no precision to a single f32 running sum.
// The dispatch covers rows first .. first + rows of the chunk (the host splits a chunk into
// dispatches of at most 16384 rows: lavapipe ends an invocation's loops after 65535 iterations).
// Bindings: 0 uniform Params { rows, cols, mode, first }, 1 storage x: array<f32> (read, chunk
//           rows × cols, row-major), 2 storage mean: array<f32> (read, cols; unused in mode 0),
//           3 storage out: array<f32> (read_write, cols).
// Dispatch: ceil(cols / 256) workgroups of 256 (2-D grid above the per-dimension limit); one
//           invocation per column walks the chunk's rows.

struct Params {
    rows: u32,
    cols: u32,
    mode: u32,
    first: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> mean: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let c = gid.x + gid.y * groups.x * 256u;
    if c >= params.cols {
        return;
    }
    // Kahan-compensated sum over up to 16384 rows.
    var acc = 0.0;
    var comp = 0.0;
    var m = 0.0;
    if params.mode == 1u {
        m = mean[c];
    }
    for (var r = 0u; r < params.rows; r++) {
        var v = x[(params.first + r) * params.cols + c];
        if params.mode == 1u {
            let dv = v - m;
            v = dv * dv;
        }
        let y = v - comp;
        let t = acc + y;
        comp = (t - acc) - y;
        acc = t;
    }
    out[c] = acc;
}
