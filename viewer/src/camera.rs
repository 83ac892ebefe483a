//! Cameras: data space → screen pixels (x right, y down) as one homogeneous matrix, shared by
//! the point shader and by CPU picking.
//!
//! 2-D uses a flat camera (a centre and a zoom in pixels per data unit; y points up on screen).
//! 3-D uses an orbit camera around a target (yaw, pitch, distance) with a perspective projection;
//! the screen position of a point is `(M·p).xy / (M·p).w`.

use glam::{Mat4, Vec2, Vec3, Vec4};

/// The part of the target the plot occupies, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotRect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl PlotRect {
    /// Centre of the rectangle.
    pub fn center(&self) -> Vec2 {
        Vec2::new(self.x + self.w * 0.5, self.y + self.h * 0.5)
    }
    /// True when `p` lies inside.
    pub fn contains(&self, p: Vec2) -> bool {
        p.x >= self.x && p.y >= self.y && p.x <= self.x + self.w && p.y <= self.y + self.h
    }
}

/// The matrix from wgpu clip space (x, y in −1..1, y up) to the pixels of a `viewport` of
/// `[width, height]` (x right, y down), keeping w: `clip_to_screen(vp) · view_projection` is a
/// data → pixels matrix like [`Camera::matrix`], for a host's own camera.
pub fn clip_to_screen(viewport: [f32; 2]) -> Mat4 {
    let (w, h) = (viewport[0], viewport[1]);
    Mat4::from_cols(
        Vec4::new(w * 0.5, 0.0, 0.0, 0.0),
        Vec4::new(0.0, -h * 0.5, 0.0, 0.0),
        Vec4::new(0.0, 0.0, 1.0, 0.0),
        Vec4::new(w * 0.5, h * 0.5, 0.0, 1.0),
    )
}

/// A 2-D pan/zoom camera or a 3-D orbit camera.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Camera {
    /// 2-D: `center` (data units) at the plot centre, `scale` pixels per data unit.
    Flat {
        /// Data point at the centre of the plot.
        center: Vec2,
        /// Pixels per data unit.
        scale: f32,
    },
    /// 3-D: looks at `target` from `distance` away, turned by `yaw` and `pitch` (radians).
    Orbit {
        /// Point looked at.
        target: Vec3,
        /// Rotation about the vertical axis.
        yaw: f32,
        /// Elevation.
        pitch: f32,
        /// Distance from the target.
        distance: f32,
    },
}

const FOV_Y: f32 = 0.8;

impl Camera {
    /// The camera that shows every finite point of `positions` (`dims` 2 or 3) inside `rect`,
    /// with a small margin.
    pub fn fit(positions: &[f32], dims: usize, rect: PlotRect) -> Camera {
        let (lo, hi) = bounds(positions, dims);
        if dims == 3 {
            let target = (lo + hi) * 0.5;
            let radius = ((hi - lo).length() * 0.5).max(1e-6);
            let fov = FOV_Y.min(FOV_Y * rect.w / rect.h.max(1.0));
            Camera::Orbit {
                target,
                yaw: 0.6,
                pitch: 0.35,
                distance: radius / (fov * 0.5).sin() * 1.05,
            }
        } else {
            let size = (hi - lo).truncate().max(Vec2::splat(1e-6));
            let scale = (rect.w / size.x).min(rect.h / size.y) * 0.94;
            let scale = if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            };
            Camera::Flat {
                center: ((lo + hi) * 0.5).truncate(),
                scale,
            }
        }
    }

    /// Data → screen pixels for `rect`.
    pub fn matrix(&self, rect: PlotRect) -> Mat4 {
        match *self {
            Camera::Flat { center, scale } => {
                let c = rect.center();
                Mat4::from_cols(
                    Vec4::new(scale, 0.0, 0.0, 0.0),
                    Vec4::new(0.0, -scale, 0.0, 0.0),
                    Vec4::new(0.0, 0.0, 1.0, 0.0),
                    Vec4::new(c.x - center.x * scale, c.y + center.y * scale, 0.0, 1.0),
                )
            }
            Camera::Orbit {
                target,
                yaw,
                pitch,
                distance,
            } => {
                let dir = Vec3::new(
                    pitch.cos() * yaw.sin(),
                    pitch.sin(),
                    pitch.cos() * yaw.cos(),
                );
                let eye = target + dir * distance;
                let view = Mat4::look_at_rh(eye, target, Vec3::Y);
                let proj = Mat4::perspective_rh(
                    FOV_Y,
                    rect.w.max(1.0) / rect.h.max(1.0),
                    distance * 0.01,
                    distance * 100.0,
                );
                let c = rect.center();
                let to_px = Mat4::from_cols(
                    Vec4::new(rect.w * 0.5, 0.0, 0.0, 0.0),
                    Vec4::new(0.0, -rect.h * 0.5, 0.0, 0.0),
                    Vec4::new(0.0, 0.0, 1.0, 0.0),
                    Vec4::new(c.x, c.y, 0.0, 1.0),
                );
                to_px * proj * view
            }
        }
    }

    /// The camera's right axis in data space: the direction that runs across the screen
    /// (2-D: x; 3-D: the orbit's horizontal axis).
    pub fn right(&self) -> Vec3 {
        match *self {
            Camera::Flat { .. } => Vec3::X,
            Camera::Orbit { yaw, .. } => Vec3::new(yaw.cos(), 0.0, -yaw.sin()),
        }
    }

    /// Screen position of a data point (None behind the camera).
    pub fn project(m: &Mat4, p: &[f32]) -> Option<Vec2> {
        let v = Vec4::new(
            p[0],
            p.get(1).copied().unwrap_or(0.0),
            if p.len() > 2 { p[2] } else { 0.0 },
            1.0,
        );
        let s = *m * v;
        (s.w > 1e-6 && s.x.is_finite() && s.y.is_finite()).then(|| Vec2::new(s.x, s.y) / s.w)
    }

    /// Pans by a screen-pixel drag.
    pub fn pan(&mut self, delta: Vec2) {
        match self {
            Camera::Flat { center, scale } => {
                *center -= Vec2::new(delta.x, -delta.y) / *scale;
            }
            Camera::Orbit {
                target,
                yaw,
                pitch,
                distance,
            } => {
                let right = Vec3::new(yaw.cos(), 0.0, -yaw.sin());
                let up = Vec3::new(
                    -pitch.sin() * yaw.sin(),
                    pitch.cos(),
                    -pitch.sin() * yaw.cos(),
                );
                let k = *distance * 0.0015;
                *target += (-right * delta.x + up * delta.y) * k;
            }
        }
    }

    /// Orbits (3-D) by a screen-pixel drag; pans in 2-D.
    pub fn orbit(&mut self, delta: Vec2) {
        match self {
            Camera::Orbit { yaw, pitch, .. } => {
                *yaw -= delta.x * 0.008;
                *pitch = (*pitch + delta.y * 0.008).clamp(-1.5, 1.5);
            }
            Camera::Flat { .. } => self.pan(delta),
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the data under `cursor` fixed (2-D).
    pub fn zoom(&mut self, factor: f32, cursor: Vec2, rect: PlotRect) {
        if !(factor.is_finite() && factor > 0.0) {
            return;
        }
        match self {
            Camera::Flat { center, scale } => {
                let c = rect.center();
                let d = Vec2::new(cursor.x - c.x, c.y - cursor.y);
                let before = *center + d / *scale;
                *scale = (*scale * factor).clamp(1e-12, 1e12);
                *center = before - d / *scale;
            }
            Camera::Orbit { distance, .. } => {
                *distance = (*distance / factor).max(1e-9);
            }
        }
    }
}

/// Bounds of the finite rows of `positions` (zeros when none).
pub fn bounds(positions: &[f32], dims: usize) -> (Vec3, Vec3) {
    let mut lo = Vec3::splat(f32::INFINITY);
    let mut hi = Vec3::splat(f32::NEG_INFINITY);
    for p in positions.chunks_exact(dims.max(1)) {
        if p.iter().all(|v| v.is_finite()) {
            let v = Vec3::new(
                p[0],
                p.get(1).copied().unwrap_or(0.0),
                p.get(2).copied().unwrap_or(0.0),
            );
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if lo.x > hi.x {
        (Vec3::ZERO, Vec3::ZERO)
    } else {
        (lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_puts_the_data_inside_the_rect_and_zoom_keeps_the_cursor() {
        let pos = [0.0, 0.0, 10.0, 5.0, -2.0, 3.0];
        let rect = PlotRect {
            x: 10.0,
            y: 20.0,
            w: 400.0,
            h: 300.0,
        };
        let mut cam = Camera::fit(&pos, 2, rect);
        let m = cam.matrix(rect);
        for p in pos.chunks(2) {
            let s = Camera::project(&m, p).unwrap();
            assert!(rect.contains(s), "{p:?} → {s}");
        }
        let cursor = Camera::project(&m, &[10.0, 5.0]).unwrap();
        cam.zoom(2.0, cursor, rect);
        let after = Camera::project(&cam.matrix(rect), &[10.0, 5.0]).unwrap();
        assert!((after - cursor).length() < 1e-3, "{after} vs {cursor}");
    }

    #[test]
    fn orbit_fit_sees_every_point() {
        let pos = [0.0, 0.0, 0.0, 1.0, 2.0, 3.0, -1.0, 0.5, 2.0];
        let rect = PlotRect {
            x: 0.0,
            y: 0.0,
            w: 300.0,
            h: 200.0,
        };
        let cam = Camera::fit(&pos, 3, rect);
        let m = cam.matrix(rect);
        for p in pos.chunks(3) {
            let s = Camera::project(&m, p).unwrap();
            assert!(rect.contains(s), "{p:?} → {s}");
        }
    }
}
