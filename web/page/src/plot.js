// The plot (one regl-scatterplot on #canvas) and the points it draws: the positions normalised
// to [-1, 1], the [x, y, colour code] rows the library takes, the spatial index (hover, lasso)
// built in a worker, and a draw loop that skips frames coming faster than they can be drawn.
// A 3-D layout is drawn by plot3d.js over it; this plot keeps its x, y (filter and selection).

import createScatterplot, { createRenderer } from 'regl-scatterplot';
import { classColor, hex } from './colors.js';
import { $ } from './dom.js';
import { update3d } from './plot3d.js';
import { buildIndex } from './spatial.js';
import { S, T0, settleReady } from './state.js';
import { updateTitle } from './status.js';

/** The scatter plot, once createPlot made it. */
export let plot = null;

/** Makes the plot, sized to #plot (and following its size), points sized for their number. */
export function createPlot() {
  const box = $('plot');
  const canvas = $('canvas');
  const n = S.n;
  const pointSize = n <= 5000 ? 5 : n <= 50000 ? 3 : n <= 500000 ? 2 : 1;
  // Our own renderer, sized to the plot: the default one sizes its canvas to the window, capped
  // at the screen, and crops a plot larger than that (as in headless browsers, whose screen is
  // 800 × 600).
  const renderer = createRenderer({ canvas: document.createElement('canvas') });
  const size = () => {
    const r = box.getBoundingClientRect();
    return [Math.max(1, Math.floor(r.width)), Math.max(1, Math.floor(r.height))];
  };
  renderer.resize(...size());
  plot = createScatterplot({
    renderer,
    canvas,
    width: size()[0],
    height: size()[1],
    pointSize,
    pointSizeSelected: 2,
    pointOutlineWidth: 1,
    opacity: n > 200000 ? 0.6 : 1,
    opacityInactiveScale: 0.4,
    backgroundColor: '#ffffff',
    pointColor: [hex(classColor(0))],
    pointColorHover: '#000000',
    pointColorActive: '#111111',
    lassoColor: [0.1, 0.1, 0.1, 1],
    lassoMinDelay: 10,
    lassoMinDist: 2,
    lassoOnLongPress: true,
    colorBy: 'valueA',
    performanceMode: n > 2000000,
  });
  new ResizeObserver(() => {
    const [w, h] = size();
    renderer.resize(w, h);
    renderer.refresh();
    plot.set({ width: w, height: h });
  }).observe(box);
  $('reset-view').addEventListener('click', () => plot.reset());
  return plot;
}

/** Normalises x, y of `pos` (n × dims) into S.xs, S.ys: centred, one scale for both axes. */
function normalise(pos, dims) {
  const n = S.n;
  if (!S.xs || S.xs.length !== n) {
    S.xs = new Float32Array(n);
    S.ys = new Float32Array(n);
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0, k = 0; i < n; i++, k += dims) {
    const x = pos[k];
    const y = pos[k + 1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (!(x1 >= x0)) {
    x0 = x1 = y0 = y1 = 0;
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const half = Math.max(x1 - x0, y1 - y0) / 2 || 1;
  const s = 0.95 / half;
  S.norm = { cx, cy, s }; // layout → the normalised coordinates drawn (density.js)
  const xs = S.xs;
  const ys = S.ys;
  const rows = pointRows();
  for (let i = 0, k = 0; i < n; i++, k += dims) {
    let x = (pos[k] - cx) * s;
    let y = (pos[k + 1] - cy) * s;
    if (!Number.isFinite(x)) x = 0;
    if (!Number.isFinite(y)) y = 0;
    xs[i] = x;
    ys[i] = y;
    const r = rows[i];
    r[0] = x;
    r[1] = y;
  }
}

/**
 * The points as the library takes them, [x, y, colour code] each: made once and updated in
 * place, so a frame of a million points allocates no million arrays (the library would make
 * them from columns on every draw).
 */
export function pointRows() {
  if (!S.rows || S.rows.length !== S.n) {
    S.rows = new Array(S.n);
    for (let i = 0; i < S.n; i++) S.rows[i] = [0, 0, S.codes ? S.codes[i] : 0];
  }
  return S.rows;
}

/** New positions (n × dims) to draw; `live`: a frame of a run (see requestDraw). */
export function setPositions(data, dims, live = false) {
  S.pos = data;
  S.dims = dims;
  S.serverLayout = false; // loadPositions says when they are the server's
  normalise(data, dims);
  update3d();
  posVersion++;
  requestDraw(true, live);
  document.dispatchEvent(new CustomEvent('projector:positions', { detail: { live } }));
}

/** Fetches the current layout's positions from the source and draws them. */
export async function loadPositions() {
  const { dims, data } = await S.source.positions();
  if (data.length !== S.n * dims) throw new Error(`positions: ${data.length} values for ${S.n} × ${dims}`);
  setPositions(data, dims);
  S.serverLayout = true;
  updateTitle();
}

// The spatial index (hover, lasso) of the positions of version `v`, built off the main thread.
let posVersion = 0;
let spatial = null; // {buf, v, n}
let job = null; // {v, promise}

function indexJob() {
  const v = posVersion;
  const n = S.n;
  const promise = buildIndex(S.xs, S.ys, !spatial).then((buf) => {
    if (!spatial || spatial.v < v) spatial = { buf, v, n };
    if (job?.v === v) job = null;
    return spatial;
  });
  job = { v, promise };
  return promise;
}

/** The index of the current positions. */
function freshIndex() {
  if (spatial && spatial.v === posVersion) return Promise.resolve(spatial);
  if (job && job.v === posVersion) return job.promise;
  return indexJob();
}

let drawing = false;
let pending = null;
let afterDraw = null; // a step that waits for the draw in flight (see whenDrawn)

/**
 * Draws the current points; while a draw is in flight the latest request waits for it, so
 * frames that come faster than they can be drawn are skipped, not queued.
 * `reindex`: the positions changed; `live`: a frame of a run, drawn with the latest index there
 * is while a fresh one is built (hover and lasso lag the animation by an index build).
 */
export function requestDraw(reindex, live = false) {
  // A draw the library rejects leaves it refusing every later one: draw only complete points.
  if (!S.xs || !S.codes || !S.rows || S.xs.length !== S.n || S.codes.length !== S.n || S.rows.length !== S.n) return;
  pending = pending || { reindex: false, live: true };
  pending.reindex ||= reindex;
  pending.live &&= live;
  if (!drawing) pump();
}

/**
 * Runs `step` now when the points are drawn and no draw is in flight, else after the next draw
 * (the library filters only points it has drawn); a later step replaces one still waiting.
 */
export function whenDrawn(step) {
  if (drawing || !plot.get('isPointsDrawn')) afterDraw = step;
  else step();
}

async function pump() {
  drawing = true;
  while (pending) {
    const { reindex, live } = pending;
    pending = null;
    let index = spatial && spatial.n === S.n ? spatial : null;
    if (!index || (reindex && !live)) index = await freshIndex();
    else if (reindex && !job && index.v !== posVersion) indexJob();
    const t = performance.now();
    try {
      await plot.draw(
        S.rows,
        { zDataType: 'categorical', preventFilterReset: true, spatialIndex: index.buf },
      );
    } catch (e) {
      console.error('draw', e);
    }
    S.drawMs = performance.now() - t;
    S.draws = (S.draws || 0) + 1;
    if (S.firstDrawMs === null) {
      S.firstDrawMs = performance.now() - T0;
      settleReady(true);
    }
    if (afterDraw) {
      const step = afterDraw;
      afterDraw = null;
      step();
    }
  }
  drawing = false;
}
