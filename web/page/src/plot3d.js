// The 3-D view: a layout with dims = 3 is drawn with three.js (THREE.Points, a colour per point)
// on its own canvas over the 2-D one, with OrbitControls (drag: orbit, right-drag: pan, wheel:
// zoom). It follows what the 2-D plot keeps (S.codes and S.palette, S.filtered, S.selection):
// hidden points are left out of the drawn index, selected ones get a dark ring. Hover projects
// the points to the screen and takes the nearest within a few pixels (the front one on ties);
// a click there selects the point and its neighbours. The lasso stays 2-D only.

import {
  BufferAttribute, BufferGeometry, ColorManagement, LinearSRGBColorSpace, PerspectiveCamera,
  Points, PointsMaterial, Scene, Vector3, WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { $ } from './dom.js';
import { S } from './state.js';

ColorManagement.enabled = false; // the palette's bytes go to the screen as they are

let view = null; // {renderer, scene, camera, controls, geometry, points, ring, canvas}
let seen = {}; // what the buffers were last filled from
let dirty = true;
let active = false;
const PICK_PX = 6;

function pointSize() {
  const n = S.n;
  return n <= 5000 ? 5 : n <= 50000 ? 3 : n <= 500000 ? 2 : 1;
}

function make() {
  const box = $('plot');
  const canvas = document.createElement('canvas');
  canvas.id = 'canvas3d';
  canvas.hidden = true;
  box.insertBefore(canvas, $('plot-tools'));
  const renderer = new WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true });
  renderer.outputColorSpace = LinearSRGBColorSpace;
  renderer.setClearColor(0xffffff, 1);
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  const camera = new PerspectiveCamera(45, 1, 0.01, 100);
  const controls = new OrbitControls(camera, canvas);
  controls.addEventListener('change', () => (dirty = true));
  const geometry = new BufferGeometry();
  const px = pointSize() * (window.devicePixelRatio || 1);
  const points = new Points(geometry, new PointsMaterial({ size: px, sizeAttenuation: false, vertexColors: true }));
  const ringGeometry = new BufferGeometry();
  const ring = new Points(ringGeometry, new PointsMaterial({ size: px + 4, sizeAttenuation: false, color: 0x111111, depthWrite: false }));
  ring.renderOrder = -1;
  const scene = new Scene();
  scene.add(ring, points);
  view = { renderer, scene, camera, controls, geometry, ringGeometry, points, ring, canvas };
  resetCamera();
  const resize = () => {
    const r = box.getBoundingClientRect();
    const w = Math.max(1, Math.floor(r.width));
    const h = Math.max(1, Math.floor(r.height));
    renderer.setSize(w, h, true);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    dirty = true;
  };
  new ResizeObserver(resize).observe(box);
  resize();
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerleave', () => hover(null));
  let down = null;
  canvas.addEventListener('pointerdown', (e) => (down = [e.clientX, e.clientY]));
  canvas.addEventListener('click', (e) => {
    if (!down || Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4) return;
    const i = pick(e.clientX, e.clientY);
    handlers.click?.(i);
  });
  $('reset-view').addEventListener('click', () => active && resetCamera());
  requestAnimationFrame(loop);
}

/** The camera looking down −z at the unit cube: the first view is x, y, as in 2-D. */
function resetCamera() {
  const { camera, controls } = view;
  camera.position.set(0, 0, 2.9);
  camera.up.set(0, 1, 0);
  controls.target.set(0, 0, 0);
  controls.update();
  dirty = true;
}

const handlers = {};
/** Where 3-D hover and click go: {over(i), out(), click(i | null)}. */
export function on3d(h) {
  Object.assign(handlers, h);
}

/** Whether the 3-D view is the one shown. */
export function is3d() {
  return active;
}

/** Called with every new layout: shows the 3-D view for dims = 3, the 2-D plot otherwise. */
export function update3d() {
  const want = S.dims === 3 && !!S.pos;
  if (want && !view) make();
  if (want !== active) {
    active = want;
    view.canvas.hidden = !want;
    $('canvas').style.visibility = want ? 'hidden' : '';
    if (!want) hover(null);
  }
  if (want) dirty = true;
}

/** Fills the buffers that changed since the last frame: positions, colours, visible, ring. */
function refresh() {
  const { geometry, ringGeometry } = view;
  const n = S.n;
  if (seen.pos !== S.pos) {
    seen.pos = S.pos;
    const xyz = normalise3(S.pos, n);
    const attr = new BufferAttribute(xyz, 3);
    geometry.setAttribute('position', attr);
    ringGeometry.setAttribute('position', attr);
    geometry.computeBoundingSphere();
    ringGeometry.boundingSphere = geometry.boundingSphere;
    view.xyz = xyz;
  }
  if (seen.palette !== S.palette || seen.color !== S.color) {
    seen.palette = S.palette;
    seen.color = S.color;
    const rgb = S.palette.map((h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16) / 255));
    const col = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      const c = rgb[S.codes[i]] || rgb[0] || [0.5, 0.5, 0.5];
      col[3 * i] = c[0];
      col[3 * i + 1] = c[1];
      col[3 * i + 2] = c[2];
    }
    geometry.setAttribute('color', new BufferAttribute(col, 3));
  }
  if (seen.filtered !== S.filtered) {
    seen.filtered = S.filtered;
    const f = S.filtered;
    if (!f) geometry.setIndex(null);
    else {
      const idx = [];
      for (let i = 0; i < n; i++) if (f[i]) idx.push(i);
      geometry.setIndex(new BufferAttribute(Uint32Array.from(idx), 1));
    }
  }
  if (seen.selection !== S.selection || seen.ringFilter !== S.filtered) {
    seen.selection = S.selection;
    seen.ringFilter = S.filtered;
    const sel = S.filtered ? S.selection.filter((i) => S.filtered[i]) : S.selection;
    ringGeometry.setIndex(new BufferAttribute(Uint32Array.from(sel), 1));
    ringGeometry.setDrawRange(0, sel.length);
  }
}

/** Positions n × 3, centred per axis and scaled (one scale for all three) into [-1, 1]. */
function normalise3(pos, n) {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n * 3; i++) {
    const v = pos[i];
    const a = i % 3;
    if (v < lo[a]) lo[a] = v;
    if (v > hi[a]) hi[a] = v;
  }
  const mid = lo.map((l, a) => (hi[a] >= l ? (l + hi[a]) / 2 : 0));
  const half = Math.max(...hi.map((h, a) => (h >= lo[a] ? (h - lo[a]) / 2 : 0))) || 1;
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n * 3; i++) {
    const v = (pos[i] - mid[i % 3]) / half;
    out[i] = Number.isFinite(v) ? v : 0;
  }
  return out;
}

function loop() {
  requestAnimationFrame(loop);
  if (!active) return;
  const changed = seen.pos !== S.pos || seen.palette !== S.palette || seen.color !== S.color || seen.filtered !== S.filtered || seen.selection !== S.selection;
  if (!changed && !dirty) return;
  refresh();
  view.renderer.render(view.scene, view.camera);
  dirty = false;
  S.draws3d = (S.draws3d || 0) + 1;
}

const v3 = new Vector3();

/** Client coordinates of point i in the 3-D view, and its depth (NDC z); null when behind. */
export function screenOf3d(i, r = view?.canvas.getBoundingClientRect()) {
  if (!view?.xyz) return null;
  const x = view.xyz;
  v3.set(x[3 * i], x[3 * i + 1], x[3 * i + 2]).project(view.camera);
  if (v3.z > 1) return null;
  return [r.left + ((v3.x + 1) / 2) * r.width, r.top + ((1 - v3.y) / 2) * r.height, v3.z];
}

/** The visible point nearest to client (cx, cy) within PICK_PX, the front one on ties. */
function pick(cx, cy) {
  if (!view?.xyz) return null;
  view.camera.updateMatrixWorld();
  let best = null;
  let bestD = PICK_PX * PICK_PX + 1e-6;
  let bestZ = Infinity;
  const f = S.filtered;
  const r = view.canvas.getBoundingClientRect();
  for (let i = 0; i < S.n; i++) {
    if (f && !f[i]) continue;
    const p = screenOf3d(i, r);
    if (!p) continue;
    const d = (p[0] - cx) ** 2 + (p[1] - cy) ** 2;
    if (d < bestD - 0.25 || (d <= bestD + 0.25 && p[2] < bestZ)) {
      best = i;
      bestD = Math.min(d, bestD);
      bestZ = p[2];
    }
  }
  return best;
}

let hovered = null;
let moveAt = null;

function hover(i) {
  if (i === hovered) return;
  hovered = i;
  if (i === null) handlers.out?.();
  else handlers.over?.(i);
}

function onMove(e) {
  if (e.buttons) return; // orbiting
  const first = moveAt === null;
  moveAt = [e.clientX, e.clientY];
  if (first)
    requestAnimationFrame(() => {
      const [x, y] = moveAt;
      moveAt = null;
      hover(pick(x, y));
    });
}
