// Density contours and cluster labels (web/API.md, /api/density): the engine's result for the
// layout drawn, fetched from the server (GET for the server's layout, POST with the positions
// for a run of this tab) or read from an exported page's data; refetched when the layout or the
// colour column changes (after the positions settle, never per frame). Contours go on a canvas
// under the plot (the plot's background is made transparent while they show), labels on one
// over it; both are redrawn in screen space whenever the view moves, the labels placed
// greedily by cluster size so none overlaps another (a label with no free spot is left out).

import { $, el } from './dom.js';
import { plot } from './plot.js';
import { S } from './state.js';

const D = {
  contours: false,
  labels: false,
  map: null, // the answer: {supported, contours, clusters, color}
  forColor: undefined, // the colour column the map was asked for
  timer: null,
  seq: 0,
  placed: [], // labels drawn: {text, x, y} (plot CSS pixels)
  under: null,
  over: null,
  note: null,
  refs: null, // indices of the points with the extreme normalised x and y
};

function canvasOf(id, before) {
  const c = el('canvas', { id });
  c.style.cssText = 'position:absolute;inset:0;pointer-events:none;display:block;';
  const box = $('plot');
  if (before) box.insertBefore(c, $('canvas'));
  else $('canvas').after(c);
  return c;
}

/** The checkboxes (in "Colour by") and the two canvases. */
export function setupDensity() {
  const box = el('div', { class: 'row' });
  const tick = (id, text, key) => {
    const input = el('input', { type: 'checkbox', id });
    input.addEventListener('change', () => {
      D[key] = input.checked;
      if (key === 'contours') plot.set({ backgroundColor: D.contours ? [0, 0, 0, 0] : '#ffffff' });
      if (!D.map || D.forColor !== colorName()) schedule(0);
      redraw();
    });
    return el('label', {}, input, ` ${text} `);
  };
  box.append(tick('show-contours', 'contours', 'contours'), tick('show-labels', 'cluster labels', 'labels'));
  D.note = el('div', { class: 'hint' });
  $('sec-color').append(box, D.note);
  D.under = canvasOf('density-under', true);
  D.over = canvasOf('density-labels', false);
  plot.subscribe('view', redraw);
  document.addEventListener('projector:positions', () => {
    D.map = null;
    D.refs = null;
    redraw();
    schedule(400);
  });
  $('color-by').addEventListener('change', () => schedule(300));
  new ResizeObserver(redraw).observe($('plot'));
}

function colorName() {
  return S.color?.name ?? '';
}

/** Fetches the map `ms` from now (a later call moves it). */
function schedule(ms) {
  clearTimeout(D.timer);
  if (!(D.contours || D.labels)) return;
  D.timer = setTimeout(load, ms);
}

async function load() {
  const my = ++D.seq;
  const color = colorName();
  let map;
  try {
    if (S.source.static) {
      map = S.source.data.density ?? { supported: false, message: 'this export has no density' };
    } else if (S.serverLayout) {
      map = await (await fetch(`/api/density?color=${encodeURIComponent(color)}`)).json();
    } else {
      const r = await fetch(`/api/density?color=${encodeURIComponent(color)}`, {
        method: 'POST',
        headers: { 'X-Dims': String(S.dims), 'Content-Type': 'application/octet-stream' },
        body: S.pos,
      });
      map = r.ok ? await r.json() : { supported: false, message: await r.text() };
    }
  } catch (e) {
    map = { supported: false, message: e.message };
  }
  if (my !== D.seq) return;
  D.map = map;
  D.forColor = color;
  D.note.textContent = map.supported ? '' : map.message || '';
  redraw();
}

/** The affine map from layout coordinates to plot CSS pixels, as the plot draws now. */
function toScreen() {
  if (!S.norm || !S.xs || !plot?.get('isPointsDrawn')) return null;
  if (!D.refs) {
    let [x0, x1, y0, y1] = [0, 0, 0, 0];
    for (let i = 1; i < S.n; i++) {
      if (S.xs[i] < S.xs[x0]) x0 = i;
      if (S.xs[i] > S.xs[x1]) x1 = i;
      if (S.ys[i] < S.ys[y0]) y0 = i;
      if (S.ys[i] > S.ys[y1]) y1 = i;
    }
    D.refs = [x0, x1, y0, y1];
  }
  const [x0, x1, y0, y1] = D.refs;
  if (S.xs[x1] === S.xs[x0] || S.ys[y1] === S.ys[y0]) return null;
  const p = (i) => plot.getScreenPosition(i);
  const [a, b, c, d] = [p(x0), p(x1), p(y0), p(y1)];
  if (!a || !b || !c || !d) return null;
  const ax = (b[0] - a[0]) / (S.xs[x1] - S.xs[x0]);
  const bx = a[0] - ax * S.xs[x0];
  const ay = (d[1] - c[1]) / (S.ys[y1] - S.ys[y0]);
  const by = c[1] - ay * S.ys[y0];
  const { cx, cy, s } = S.norm;
  return (x, y) => [ax * (x - cx) * s + bx, ay * (y - cy) * s + by];
}

function sized(canvas) {
  const r = $('plot').getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.floor(r.width * dpr));
  const h = Math.max(1, Math.floor(r.height * dpr));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, r.width, r.height);
  return [ctx, r.width, r.height];
}

/** Greedy placement: by priority, the anchor or a spot shifted by a box, else dropped. */
export function placeLabels(items, margin, bounds) {
  const order = items.map((_, i) => i).sort((a, b) => items[b].priority - items[a].priority || a - b);
  const placed = [];
  const out = new Array(items.length).fill(null);
  for (const i of order) {
    const { x, y, w, h } = items[i];
    const shifts = [[0, 0], [0, -h], [0, h], [-w / 2, 0], [w / 2, 0], [0, -2 * h], [0, 2 * h]];
    for (const [dx, dy] of shifts) {
      const c = [x + dx, y + dy];
      const inside = c[0] - w / 2 >= bounds[0] && c[0] + w / 2 <= bounds[2] && c[1] - h / 2 >= bounds[1] && c[1] + h / 2 <= bounds[3];
      const free = placed.every((p) => Math.abs(p.x - c[0]) * 2 >= p.w + w + 2 * margin || Math.abs(p.y - c[1]) * 2 >= p.h + h + 2 * margin);
      if (inside && free) {
        placed.push({ x: c[0], y: c[1], w, h });
        out[i] = c;
        break;
      }
    }
  }
  return out;
}

/** Draws the contours and the labels of the current map for the current view. */
export function redraw() {
  if (!D.under) return;
  const [uctx, w, h] = sized(D.under);
  const [octx] = sized(D.over);
  D.placed = [];
  const map = D.map;
  if (!map?.supported || S.dims !== 2 || !(D.contours || D.labels)) return;
  const f = toScreen();
  if (!f) return;
  if (D.contours) {
    uctx.strokeStyle = 'rgba(120, 120, 120, 0.7)';
    uctx.lineJoin = 'round';
    map.contours.forEach((c, k) => {
      uctx.lineWidth = 0.8 + 0.4 * (1 - k / Math.max(1, map.contours.length));
      uctx.beginPath();
      for (const line of c.lines) {
        for (let j = 0; j < line.length; j += 2) {
          const [x, y] = f(line[j], line[j + 1]);
          if (j === 0) uctx.moveTo(x, y);
          else uctx.lineTo(x, y);
        }
      }
      uctx.stroke();
    });
  }
  if (D.labels) {
    octx.font = '600 14px system-ui, sans-serif';
    octx.textAlign = 'center';
    octx.textBaseline = 'middle';
    const items = [];
    for (const c of map.clusters) {
      if (!c.label) continue;
      const [x, y] = f(c.centre[0], c.centre[1]);
      if (!(x >= 0 && y >= 0 && x <= w && y <= h)) continue;
      items.push({ text: c.label, x, y, w: octx.measureText(c.label).width + 6, h: 18, priority: c.points });
    }
    const at = placeLabels(items, 2, [0, 0, w, h]);
    octx.lineJoin = 'round';
    items.forEach((it, i) => {
      if (!at[i]) return;
      const [x, y] = at[i];
      octx.lineWidth = 4;
      octx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      octx.strokeText(it.text, x, y);
      octx.fillStyle = '#191919';
      octx.fillText(it.text, x, y);
      D.placed.push({ text: it.text, x, y });
    });
  }
}

/** For the test hook: what is drawn now. */
export function densityState() {
  return {
    contours: D.contours,
    labels: D.labels,
    supported: D.map?.supported ?? null,
    lines: D.map?.contours?.reduce((k, c) => k + c.lines.length, 0) ?? 0,
    placed: D.placed.slice(),
    note: D.note?.textContent ?? '',
  };
}
