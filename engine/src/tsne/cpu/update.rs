//! CPU twin of `tsne_update.wgsl`: the gains/momentum step on every coordinate.

use rayon::prelude::*;

/// One optimiser step on every coordinate: gradient `attr − rep / Z`, per-coordinate gains
/// (+0.2 when the gradient turns against the last update, ×0.8 otherwise, at least `min_gain`),
/// momentum, position update. Mirrors `tsne_update.wgsl`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn update(
    y: &mut [f32],
    upd: &mut [f32],
    gains: &mut [f32],
    attr: &[f32],
    rep: &[f32],
    z: f32,
    lr: f32,
    momentum: f32,
    min_gain: f32,
) {
    let inv_z = 1.0 / z;
    y.par_iter_mut()
        .zip(upd.par_iter_mut())
        .zip(gains.par_iter_mut())
        .zip(attr.par_iter().zip(rep.par_iter()))
        .for_each(|(((y, u), g), (a, r))| {
            let grad = a - r * inv_z;
            let mut gain = if grad * *u < 0.0 { *g + 0.2 } else { *g * 0.8 };
            if gain < min_gain {
                gain = min_gain;
            }
            *g = gain;
            *u = momentum * *u - lr * gain * grad;
            *y += *u;
        });
}
