// The projector page: the plot (regl-scatterplot), colouring, legend and filters, search,
// hover and selection, runs over the WebSocket, and exports. web/API.md is the contract.

import createScatterplot, { createRenderer } from 'regl-scatterplot';
import { BINS, MISSING, classColor, hex, viridis, viridisGradient } from './colors.js';
import { $, download, el, fmt, sleep } from './dom.js';
import { EmbeddedSource, ServerSource } from './source.js';
import { buildIndex } from './spatial.js';

const T0 = performance.now();

/** Everything the page knows. */
const S = {
  source: null,
  meta: null,
  n: 0,
  dims: 2,
  layout: null, // the reducer id of what is drawn
  pos: null, // Float32Array n × dims, as the reducer wrote it
  xs: null, // Float32Array n, normalised to [-1, 1]
  ys: null,
  rows: null, // [x, y, code] per point, what the library draws (updated in place)
  codes: null, // Float32Array n: colour codes (class, or numeric bin; BINS = missing)
  color: null, // {name, info, values}
  palette: [],
  hidden: new Set(), // hidden classes of the colour column
  range: null, // {name, lo, hi, values}
  filtered: null, // Uint8Array n of visible points, or null for all
  visibleCount: 0,
  hovered: null,
  selected: null, // the clicked point
  neighbors: [],
  selection: [], // indices selected (lasso, search, click and its neighbours)
  selectionKind: null, // 'lasso' | 'search' | 'point'
  lassoCount: 0,
  status: 'loading',
  message: '',
  quality: null,
  loss: null,
  frames: 0,
  firstFrameMs: null,
  firstDrawMs: null,
  runStartedAt: 0,
  running: false,
  version: null,
  embedding: null, // the current embedding columns
  rowFieldsShown: 16,
};

let plot = null;
let resolveReady;
const ready = new Promise((r) => {
  resolveReady = r;
});

// ---------------------------------------------------------------------------------------------
// Status line and progress bar

function setStatus(status, message = '', kind = '') {
  S.status = status;
  S.message = message;
  const line = $('status');
  line.textContent = message;
  line.className = `status ${kind}`;
}

function setProgress(label, done, total) {
  const box = $('progress');
  if (label === null) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const frac = total > 0 ? Math.min(done / total, 1) : 0;
  box.querySelector('.fill').style.width = `${(100 * frac).toFixed(1)}%`;
  box.querySelector('.label').textContent = total > 0 ? `${label} ${fmt(done)} / ${fmt(total)}` : label;
}

function updateTitle() {
  const m = S.meta;
  const algo = algoName(S.layout);
  const d = embeddingDims();
  const text = `${m.source} · ${algo} · ${fmt(S.n)} points × ${d} dims`;
  $('title').textContent = text;
  document.title = `projector · ${m.source}`;
  $('note3d').hidden = S.dims !== 3;
}

/** The reducer's name from its id (or name: /api/status names it). */
function algoName(idOrName) {
  const a = S.meta.algos?.find((x) => x.id === idOrName || x.name === idOrName);
  return a ? a.name : (idOrName ?? '');
}

function algoId(idOrName) {
  const t = String(idOrName ?? '');
  const a = S.meta.algos?.find((x) => x.id === t || x.name === t || t.startsWith(`${x.name} `));
  return a ? a.id : idOrName;
}

function embeddingDims() {
  const e = S.meta.embedding || {};
  const cur = S.embedding || e;
  if (cur.kind === 'numeric' && cur.columns) return cur.columns.length;
  const same = cur.kind === e.kind && cur.columns?.[0] === e.columns?.[0];
  if (same && e.dims) return e.dims;
  const col = S.meta.columns.find((c) => c.name === cur.columns?.[0]);
  return col?.dims ?? '?';
}

// ---------------------------------------------------------------------------------------------
// Positions and drawing

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
function pointRows() {
  if (!S.rows || S.rows.length !== S.n) {
    S.rows = new Array(S.n);
    for (let i = 0; i < S.n; i++) S.rows[i] = [0, 0, S.codes ? S.codes[i] : 0];
  }
  return S.rows;
}

function setPositions(data, dims, live = false) {
  S.pos = data;
  S.dims = dims;
  normalise(data, dims);
  posVersion++;
  requestDraw(true, live);
}

// The spatial index (hover, lasso) of the positions of version `v`, built off the main thread.
let posVersion = 0;
let spatial = null; // {buf, v, n}
let job = null; // {v, promise}

function indexJob() {
  const v = posVersion;
  const n = S.n;
  const promise = buildIndex(S.xs, S.ys).then((buf) => {
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
let filterDirty = false;

/**
 * Draws the current points; while a draw is in flight the latest request waits for it, so
 * frames that come faster than they can be drawn are skipped, not queued.
 * `reindex`: the positions changed; `live`: a frame of a run, drawn with the latest index there
 * is while a fresh one is built (hover and lasso lag the animation by an index build).
 */
function requestDraw(reindex, live = false) {
  // A draw the library rejects leaves it refusing every later one: draw only complete points.
  if (!S.xs || !S.codes || !S.rows || S.xs.length !== S.n || S.codes.length !== S.n || S.rows.length !== S.n) return;
  pending = pending || { reindex: false, live: true };
  pending.reindex ||= reindex;
  pending.live &&= live;
  if (!drawing) pump();
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
      window.projector.isReady = true;
      resolveReady(true);
    }
    if (filterDirty) {
      filterDirty = false;
      applyFilterNow();
    }
  }
  drawing = false;
}

async function loadPositions() {
  const { dims, data } = await S.source.positions();
  if (data.length !== S.n * dims) throw new Error(`positions: ${data.length} values for ${S.n} × ${dims}`);
  setPositions(data, dims);
  updateTitle();
}

// ---------------------------------------------------------------------------------------------
// Colour, legend, filters

let colorSeq = 0;

async function setColor(name) {
  const my = ++colorSeq;
  let color;
  try {
    color = await S.source.color(name, S.n);
  } catch (e) {
    setStatus(S.status, `colour ${name}: ${e.message}`, 'error');
    return;
  }
  if (my !== colorSeq) return; // a later choice won
  const { info, values } = color;
  S.color = { name, info, values };
  S.hidden = new Set();
  const codes = S.codes && S.codes.length === S.n ? S.codes : new Float32Array(S.n);
  if (info.kind === 'categorical') {
    for (let i = 0; i < S.n; i++) codes[i] = values[i];
    S.palette = info.classes.map((_, k) => hex(classColor(k)));
    if (S.palette.length === 0) S.palette = [hex(classColor(0))];
  } else {
    const lo = info.min;
    const hi = info.max;
    const span = hi > lo ? hi - lo : 1;
    for (let i = 0; i < S.n; i++) {
      const v = values[i];
      codes[i] = Number.isFinite(v) ? Math.min(BINS - 1, Math.max(0, Math.round(((v - lo) / span) * (BINS - 1)))) : BINS;
    }
    S.palette = [];
    for (let b = 0; b < BINS; b++) S.palette.push(hex(viridis(b / (BINS - 1))));
    S.palette.push(hex(MISSING));
  }
  S.codes = codes;
  const rows = pointRows();
  for (let i = 0; i < S.n; i++) rows[i][2] = codes[i];
  plot.set({ pointColor: S.palette });
  renderLegend();
  requestDraw(false);
  applyFilter();
  renderSelection();
}

function classCounts() {
  const { info, values } = S.color;
  const counts = new Uint32Array(info.classes.length);
  for (let i = 0; i < S.n; i++) counts[values[i]]++;
  return counts;
}

const LEGEND_MAX = 300;

function renderLegend() {
  const box = $('legend');
  box.textContent = '';
  const { info, name } = S.color;
  if (info.kind === 'numeric') {
    box.append(
      el('div', { class: 'colorbar', style: { background: viridisGradient() } }),
      el('div', { class: 'colorbar-labels' }, el('span', {}, fmt(info.min)), el('span', {}, name), el('span', {}, fmt(info.max))),
      el('div', { class: 'hint' }, el('span', { class: 'swatch', style: { background: hex(MISSING) } }), ' missing'),
    );
    return;
  }
  const counts = classCounts();
  let order = info.classes.map((_, k) => k);
  if (order.length > LEGEND_MAX) order = order.sort((a, b) => counts[b] - counts[a]).slice(0, LEGEND_MAX);
  box.append(
    el(
      'div',
      { class: 'legend-tools' },
      el('button', { type: 'button', onclick: () => setHidden([]) }, 'show all'),
      el('button', { type: 'button', onclick: () => setHidden(info.classes.map((_, k) => k)) }, 'hide all'),
      info.classes.length > LEGEND_MAX ? el('span', { class: 'hint' }, `${LEGEND_MAX} largest of ${info.classes.length} classes`) : null,
    ),
  );
  const list = el('div', { class: 'legend-list' });
  for (const k of order) {
    list.append(
      el(
        'label',
        { class: 'legend-row', 'data-class': k },
        el('input', { type: 'checkbox', checked: !S.hidden.has(k), onchange: (e) => toggleClass(k, e.target.checked) }),
        el('span', { class: 'swatch', style: { background: S.palette[k] }, 'data-color': S.palette[k] }),
        el('span', { class: 'cls', title: String(info.classes[k]) }, String(info.classes[k])),
        el('span', { class: 'count' }, fmt(counts[k])),
        el('button', { type: 'button', class: 'only', onclick: (e) => (e.preventDefault(), setHidden(info.classes.map((_, j) => j).filter((j) => j !== k))) }, 'only'),
      ),
    );
  }
  box.append(list);
}

function toggleClass(k, shown) {
  if (shown) S.hidden.delete(k);
  else S.hidden.add(k);
  applyFilter();
}

function setHidden(classes) {
  S.hidden = new Set(classes);
  for (const row of $('legend').querySelectorAll('.legend-row')) {
    row.querySelector('input').checked = !S.hidden.has(Number(row.dataset.class));
  }
  applyFilter();
}

function applyFilter() {
  if (drawing || !plot.get('isPointsDrawn')) filterDirty = true;
  else applyFilterNow();
}

function applyFilterNow() {
  const n = S.n;
  const categorical = S.color?.info.kind === 'categorical' && S.hidden.size > 0;
  const range = S.range;
  if (!categorical && !range) {
    S.filtered = null;
    S.visibleCount = n;
    if (plot.get('isPointsFiltered')) plot.unfilter({ preventEvent: true });
  } else {
    const keep = new Uint8Array(n);
    const idx = [];
    const codes = S.color?.values;
    const hidden = new Uint8Array(S.color?.info.classes?.length || 0);
    for (const k of S.hidden) hidden[k] = 1;
    for (let i = 0; i < n; i++) {
      if (categorical && hidden[codes[i]]) continue;
      if (range) {
        const v = range.values[i];
        if (!(v >= range.lo && v <= range.hi)) continue;
      }
      keep[i] = 1;
      idx.push(i);
    }
    S.filtered = keep;
    S.visibleCount = idx.length;
    plot.filter(idx, { preventEvent: true });
  }
  $('filter-count').textContent = S.visibleCount === n ? `all ${fmt(n)} points shown` : `${fmt(S.visibleCount)} of ${fmt(n)} points shown`;
  // Filtering drops filtered-out points from the selection.
  const sel = plot.get('selectedPoints');
  if (sel.length !== S.selection.length) {
    S.selection = [...sel];
    if (S.selectionKind === 'lasso') S.lassoCount = S.selection.length;
    renderSelection();
  }
}

function setupRangeFilter() {
  const numeric = S.meta.columns.filter((c) => c.kind === 'numeric' && S.source.colorNames(S.meta).includes(c.name));
  const sel = $('range-col');
  sel.append(el('option', { value: '' }, '(no range filter)'), ...numeric.map((c) => el('option', { value: c.name }, c.name)));
  const lo = $('range-lo');
  const hi = $('range-hi');
  const apply = async () => {
    const name = sel.value;
    if (!name) {
      S.range = null;
      lo.value = hi.value = '';
      lo.disabled = hi.disabled = true;
      applyFilter();
      return;
    }
    const { info, values } = await S.source.color(name, S.n);
    if (!S.range || S.range.name !== name) {
      lo.value = fmt(info.min, 6).replace(/,/g, '');
      hi.value = fmt(info.max, 6).replace(/,/g, '');
      lo.min = hi.min = info.min;
      lo.max = hi.max = info.max;
      lo.step = hi.step = 'any';
    }
    lo.disabled = hi.disabled = false;
    const a = lo.value === '' ? -Infinity : Number(lo.value);
    const b = hi.value === '' ? Infinity : Number(hi.value);
    S.range = { name, lo: a, hi: b, values };
    applyFilter();
  };
  sel.addEventListener('change', () => {
    S.range = null;
    apply();
  });
  lo.addEventListener('change', apply);
  hi.addEventListener('change', apply);
  $('range-clear').addEventListener('click', () => {
    sel.value = '';
    apply();
  });
  lo.disabled = hi.disabled = true;
}

// ---------------------------------------------------------------------------------------------
// Search

function setupSearch() {
  const input = $('search');
  let timer = 0;
  let seq = 0;
  const go = async () => {
    const q = input.value.trim();
    const my = ++seq;
    if (!q) {
      $('search-count').textContent = '';
      if (S.selectionKind === 'search') plot.deselect();
      return;
    }
    let hits;
    try {
      hits = await S.source.search(q);
    } catch (e) {
      $('search-count').textContent = e.message;
      return;
    }
    if (my !== seq) return;
    const visible = S.filtered ? Array.from(hits).filter((i) => S.filtered[i]) : Array.from(hits);
    $('search-count').textContent = `${fmt(hits.length)} match${hits.length === 1 ? '' : 'es'}${visible.length !== hits.length ? ` (${fmt(visible.length)} shown)` : ''}`;
    setSelection(visible, 'search');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, 250);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      go();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Selection: click (and its neighbours), lasso, search

function setSelection(indices, kind) {
  S.selectionKind = indices.length ? kind : null;
  if (kind !== 'point') {
    S.selected = null;
    S.neighbors = [];
  }
  if (indices.length) plot.select(indices, { preventEvent: true });
  else plot.deselect({ preventEvent: true });
  S.selection = [...plot.get('selectedPoints')];
  if (kind === 'lasso') S.lassoCount = S.selection.length;
  renderSelection();
}

let lassoing = false;

function onSelect({ points }) {
  if (lassoing) {
    lassoing = false;
    S.selected = null;
    S.neighbors = [];
    S.selectionKind = 'lasso';
    S.selection = [...points];
    S.lassoCount = points.length;
    renderSelection();
    return;
  }
  if (points.length === 1) {
    selectPoint(points[0]);
    return;
  }
  S.selection = [...points];
  renderSelection();
}

function onDeselect() {
  S.selected = null;
  S.neighbors = [];
  S.selection = [];
  S.selectionKind = null;
  S.lassoCount = 0;
  renderSelection();
}

async function selectPoint(i) {
  S.selected = i;
  S.neighbors = [];
  S.selectionKind = 'point';
  S.selection = [i];
  renderSelection();
  try {
    const nb = await S.source.neighbors(i, 10);
    if (S.selected !== i) return;
    S.neighbors = nb;
    plot.select([i, ...nb.map((x) => x.index)], { preventEvent: true });
    S.selection = [...plot.get('selectedPoints')];
  } catch (e) {
    S.neighbors = { error: e.message };
  }
  renderSelection();
}

function classLabel(i) {
  const c = S.color;
  if (!c) return '';
  if (c.info.kind === 'categorical') return String(c.info.classes[c.values[i]]);
  return fmt(c.values[i]);
}

function renderSelection() {
  const box = $('selection');
  box.textContent = '';
  if (S.selectionKind === 'point' && S.selected !== null) {
    const i = S.selected;
    box.append(el('div', { class: 'sel-head' }, `point ${i}`, S.color ? ` · ${S.color.name} ${classLabel(i)}` : ''));
    const fields = el('div', { class: 'fields' }, 'loading…');
    box.append(fields);
    S.source
      .row(i)
      .then((row) => {
        if (S.selected !== i) return;
        fields.replaceWith(renderFields(row, i, Infinity));
      })
      .catch((e) => (fields.textContent = e.message));
    if (S.neighbors.error) box.append(el('div', { class: 'hint' }, S.neighbors.error));
    else if (S.neighbors.length) {
      box.append(el('div', { class: 'sub' }, `${S.neighbors.length} nearest neighbours (embedding space)`));
      const t = el('table', { class: 'neighbors' });
      t.append(el('tr', {}, el('th', {}, 'row'), el('th', {}, S.color?.name ?? ''), el('th', {}, 'distance')));
      for (const { index, distance } of S.neighbors) {
        t.append(
          el(
            'tr',
            { onclick: () => (plot.select([index], { preventEvent: true }), selectPoint(index)), title: 'select this row' },
            el('td', {}, String(index)),
            el('td', {}, el('span', { class: 'swatch', style: { background: S.palette[S.codes[index]] } }), ' ', classLabel(index)),
            el('td', {}, fmt(distance)),
          ),
        );
      }
      box.append(t);
    }
    return;
  }
  const sel = S.selection;
  if (!sel.length) {
    box.append(el('div', { class: 'hint' }, 'click a point, shift+drag (or long-press and drag) to lasso'));
    return;
  }
  box.append(el('div', { class: 'sel-head', id: 'selection-count' }, `${fmt(sel.length)} selected`, S.selectionKind === 'lasso' ? ' (lasso)' : S.selectionKind === 'search' ? ' (search)' : ''));
  box.append(histogram(sel));
}

function histogram(sel) {
  const c = S.color;
  if (!c) return el('div');
  if (c.info.kind === 'numeric') {
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    let k = 0;
    for (const i of sel) {
      const v = c.values[i];
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
      k++;
    }
    return el('div', { class: 'sub' }, k ? `${c.name}: mean ${fmt(sum / k)}, min ${fmt(lo)}, max ${fmt(hi)}` : `${c.name}: all missing`);
  }
  const counts = new Map();
  for (const i of sel) {
    const k = c.values[i];
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const max = rows[0]?.[1] || 1;
  const t = el('div', { class: 'hist' });
  for (const [k, count] of rows.slice(0, 30)) {
    t.append(
      el(
        'div',
        { class: 'hist-row' },
        el('span', { class: 'cls' }, String(c.info.classes[k])),
        el('span', { class: 'bar' }, el('span', { style: { width: `${(100 * count) / max}%`, background: S.palette[k] } })),
        el('span', { class: 'count' }, fmt(count)),
      ),
    );
  }
  if (rows.length > 30) t.append(el('div', { class: 'hint' }, `and ${rows.length - 30} more classes`));
  return t;
}

function renderFields(row, i, limit) {
  const box = el('div', { class: 'fields' });
  const t = el('table');
  const fields = row.fields || [];
  for (const [name, value] of fields.slice(0, limit)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    t.append(el('tr', {}, el('th', {}, name), el('td', {}, text.length > 120 ? `${text.slice(0, 117)}…` : text)));
  }
  box.append(t);
  if (fields.length > limit) box.append(el('div', { class: 'hint' }, `and ${fields.length - limit} more fields`));
  const url = row.image ? S.source.imageUrl(i) : null;
  if (url) box.prepend(el('img', { class: 'thumb', src: url, alt: `row ${i}` }));
  return box;
}

// ---------------------------------------------------------------------------------------------
// Hover

let mouse = [0, 0];

function onPointOver(i) {
  S.hovered = i;
  const tip = $('tooltip');
  tip.textContent = '';
  tip.append(el('div', { class: 'tip-head' }, `row ${i}`, S.color ? ` · ${classLabel(i)}` : ''));
  tip.hidden = false;
  placeTooltip();
  S.source
    .row(i)
    .then((row) => {
      if (S.hovered !== i) return;
      const fields = renderFields(row, i, S.rowFieldsShown);
      const img = fields.querySelector('img');
      if (img) {
        img.id = 'tooltip-img';
        img.addEventListener('load', placeTooltip);
      }
      tip.append(fields);
      placeTooltip();
    })
    .catch((e) => {
      if (S.hovered === i) tip.append(el('div', { class: 'hint' }, e.message));
    });
}

function onPointOut() {
  S.hovered = null;
  $('tooltip').hidden = true;
}

function placeTooltip() {
  const tip = $('tooltip');
  if (tip.hidden) return;
  const box = $('plot').getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let x = mouse[0] - box.left + 16;
  let y = mouse[1] - box.top + 16;
  if (x + w > box.width) x = Math.max(0, mouse[0] - box.left - w - 16);
  if (y + h > box.height) y = Math.max(0, box.height - h - 4);
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}

// ---------------------------------------------------------------------------------------------
// Runs over the WebSocket

let socket = null;
const paramValues = {}; // group → name → text

function setupRun() {
  const m = S.meta;
  setupEmbedding();
  if (S.source.static) {
    $('sec-run').hidden = true;
    return;
  }
  const algoSel = $('algo');
  for (const a of m.algos || []) algoSel.append(el('option', { value: a.id }, a.name));
  algoSel.value = m.algo || m.algos?.[0]?.id;
  for (const [group, specs] of Object.entries(m.params || {})) {
    paramValues[group] = {};
    for (const spec of specs) {
      const v = m.values?.[group]?.[spec.name];
      paramValues[group][spec.name] = v === undefined || v === null ? String(spec.default) : String(v);
    }
  }
  algoSel.addEventListener('change', renderParams);
  renderParams();
  $('run').addEventListener('click', startRun);
  $('stop').addEventListener('click', () => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ type: 'stop' })));
  $('defaults').addEventListener('click', () => {
    for (const [group, specs] of Object.entries(m.params || {})) for (const spec of specs) paramValues[group][spec.name] = String(spec.default);
    renderParams();
  });
}

function groupsFor(algo) {
  const p = S.meta.params || {};
  const groups = ['layout'];
  if (algo !== 'pca') groups.push('preprocess');
  if (p[algo]) groups.push(algo);
  return groups.filter((g) => p[g]);
}

function validate(spec, text) {
  if (spec.type === 'choice') return spec.values?.includes(text) ? null : 'choose a value';
  if (spec.auto != null && text === 'auto') return null;
  const t = text.trim();
  if (t === '') return 'a value is needed';
  const v = Number(t);
  if (!Number.isFinite(v)) return 'not a number';
  if (spec.type === 'int' && !/^[-+]?\d+$/.test(t)) return 'a whole number is needed';
  if (spec.min != null && (spec.min_exclusive ? v <= spec.min : v < spec.min)) return `must be ${spec.min_exclusive ? '>' : '≥'} ${spec.min}`;
  if (spec.max != null && v > spec.max) return `must be ≤ ${spec.max}`;
  return null;
}

function renderParams() {
  const algo = $('algo').value;
  const box = $('params');
  box.textContent = '';
  for (const group of groupsFor(algo)) {
    const fs = el('fieldset', {}, el('legend', {}, group === 'layout' ? 'layout' : group === 'preprocess' ? 'preprocess' : S.meta.algos.find((a) => a.id === group)?.name ?? group));
    for (const spec of S.meta.params[group]) fs.append(paramInput(group, spec));
    box.append(fs);
  }
}

function paramInput(group, spec) {
  const values = paramValues[group];
  const id = `p-${group}-${spec.name}`;
  const row = el('div', { class: 'param', title: spec.doc || '' });
  const err = el('div', { class: 'param-error' });
  const check = () => {
    const e = validate(spec, values[spec.name]);
    err.textContent = e || '';
    row.classList.toggle('invalid', !!e);
  };
  row.append(el('label', { for: id }, spec.name.replace(/_/g, ' ')));
  let input;
  const small = spec.type === 'int' && spec.min != null && spec.max != null && spec.max - spec.min <= 4;
  if (spec.type === 'choice' || small) {
    const opts = spec.type === 'choice' ? spec.values : Array.from({ length: spec.max - spec.min + 1 }, (_, k) => String(spec.min + k));
    input = el('select', { id, 'data-param': `${group}.${spec.name}` }, ...opts.map((v) => el('option', { value: v }, v)));
    input.value = values[spec.name];
    input.addEventListener('change', () => ((values[spec.name] = input.value), check()));
    row.append(input);
  } else {
    const isAuto = spec.auto != null && values[spec.name] === 'auto';
    input = el('input', {
      id,
      type: 'number',
      step: spec.type === 'int' ? '1' : 'any',
      'data-param': `${group}.${spec.name}`,
      placeholder: spec.default === 'auto' ? '' : String(spec.default),
    });
    if (spec.min != null) input.min = String(spec.min);
    if (spec.max != null) input.max = String(spec.max);
    input.value = isAuto ? '' : values[spec.name];
    input.disabled = isAuto;
    input.addEventListener('input', () => ((values[spec.name] = input.value), check()));
    row.append(input);
    if (spec.auto != null) {
      const box = el('input', { type: 'checkbox', checked: isAuto, 'data-auto': `${group}.${spec.name}` });
      box.addEventListener('change', () => {
        input.disabled = box.checked;
        if (box.checked) values[spec.name] = 'auto';
        else {
          values[spec.name] = input.value || '';
          input.focus();
        }
        check();
      });
      row.append(el('label', { class: 'auto', title: spec.auto }, box, 'auto'));
    }
  }
  row.append(el('div', { class: 'param-default' }, `default ${spec.default}${spec.auto ? ` (${spec.auto})` : ''}`), err);
  check();
  return row;
}

function setupEmbedding() {
  const m = S.meta;
  const e = m.embedding || {};
  S.embedding = { kind: e.kind, columns: [...(e.columns || [])] };
  const vec = m.embeddable?.vector || [];
  const num = m.embeddable?.numeric || [];
  const box = $('embedding');
  box.textContent = '';
  const cur = $('embedding-current');
  const showCurrent = () => {
    const c = S.embedding;
    cur.textContent = c.kind === 'vector' ? `the vector column ${c.columns[0]}` : `${c.columns.length} numeric columns: ${c.columns.length > 6 ? `${c.columns.slice(0, 3).join(', ')} … ${c.columns.at(-1)}` : c.columns.join(', ')}`;
    cur.title = c.columns.join(', ');
  };
  showCurrent();
  S.showEmbedding = showCurrent;
  if (S.source.static) return;
  const kind = el('select', { id: 'emb-kind' });
  if (vec.length) kind.append(el('option', { value: 'vector' }, 'a vector column'));
  if (num.length) kind.append(el('option', { value: 'numeric' }, 'numeric columns'));
  kind.value = e.kind === 'vector' && vec.length ? 'vector' : num.length ? 'numeric' : 'vector';
  const vecSel = el('select', { id: 'emb-vector' }, ...vec.map((v) => el('option', { value: v }, v)));
  if (e.kind === 'vector') vecSel.value = e.columns?.[0];
  const chosen = new Set(e.kind === 'numeric' ? e.columns : num);
  const list = el('div', { class: 'emb-list' });
  const count = el('span', { class: 'hint' });
  const recount = () => (count.textContent = `${chosen.size} of ${num.length} ticked`);
  for (const c of num) {
    list.append(
      el(
        'label',
        {},
        el('input', { type: 'checkbox', checked: chosen.has(c), value: c, onchange: (ev) => (ev.target.checked ? chosen.add(c) : chosen.delete(c), recount()) }),
        c,
      ),
    );
  }
  const setAll = (on) => {
    for (const b of list.querySelectorAll('input')) {
      b.checked = on;
      on ? chosen.add(b.value) : chosen.delete(b.value);
    }
    recount();
  };
  const numBox = el(
    'div',
    {},
    el('div', { class: 'legend-tools' }, el('button', { type: 'button', onclick: () => setAll(true) }, 'all'), el('button', { type: 'button', onclick: () => setAll(false) }, 'none'), count),
    list,
  );
  const showKind = () => {
    vecSel.hidden = kind.value !== 'vector';
    numBox.hidden = kind.value !== 'numeric';
  };
  kind.addEventListener('change', showKind);
  showKind();
  recount();
  box.append(el('div', { class: 'row' }, 'next run uses ', kind), vecSel, numBox);
  S.embeddingChoice = () => {
    if (kind.value === 'vector') return vecSel.value ? { kind: 'vector', columns: [vecSel.value] } : null;
    return { kind: 'numeric', columns: num.filter((c) => chosen.has(c)) };
  };
}

function openSocket() {
  return new Promise((resolve, reject) => {
    if (socket && socket.readyState === WebSocket.OPEN) return resolve(socket);
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/run`);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      socket = ws;
      resolve(ws);
    };
    ws.onerror = () => reject(new Error('cannot open the run connection'));
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (S.running) {
        runEnded();
        setStatus('error', 'the run connection closed', 'error');
      }
    };
    ws.onmessage = (ev) => onRunMessage(ev.data);
  });
}

async function startRun() {
  const algo = $('algo').value;
  const params = {};
  let bad = null;
  for (const group of groupsFor(algo)) {
    params[group] = {};
    for (const spec of S.meta.params[group]) {
      const text = paramValues[group][spec.name];
      const e = validate(spec, text);
      if (e) bad = bad || `${group}.${spec.name}: ${e}`;
      params[group][spec.name] = text.trim();
    }
  }
  if (bad) {
    setStatus(S.status, `cannot run: ${bad}`, 'error');
    $('run-error').textContent = `cannot run: ${bad}`;
    return;
  }
  const msg = { type: 'run', algo, params };
  const emb = S.embeddingChoice?.();
  if (emb) {
    if (!emb.columns.length) {
      setStatus(S.status, 'cannot run: tick at least one embedding column', 'error');
      $('run-error').textContent = 'cannot run: tick at least one embedding column';
      return;
    }
    const same = emb.kind === S.embedding.kind && emb.columns.length === S.embedding.columns.length && emb.columns.every((c, k) => c === S.embedding.columns[k]);
    if (!same) msg.embedding = emb.columns;
  }
  let ws;
  try {
    ws = await openSocket();
  } catch (e) {
    setStatus('error', e.message, 'error');
    $('run-error').textContent = e.message;
    return;
  }
  $('run-error').textContent = '';
  S.running = true;
  S.runAlgo = algo;
  S.runEmbedding = emb;
  S.runDims = Number(params.layout?.dims) || S.dims;
  S.frames = 0;
  S.firstFrameMs = null;
  S.quality = null;
  S.loss = null;
  S.runStartedAt = performance.now();
  $('quality').textContent = '';
  $('loss').textContent = '';
  $('run-error').textContent = '';
  $('run').disabled = true;
  $('stop').disabled = false;
  setStatus('running', `${algoName(algo)}: starting…`);
  setProgress('starting', 0, 0);
  ws.send(JSON.stringify(msg));
}

function runEnded() {
  S.running = false;
  $('run').disabled = false;
  $('stop').disabled = true;
  setProgress(null);
}

function onRunMessage(data) {
  if (typeof data !== 'string') {
    onFrame(data);
    return;
  }
  let m;
  try {
    m = JSON.parse(data);
  } catch {
    return;
  }
  const name = algoName(S.runAlgo);
  switch (m.type) {
    case 'queued':
      setStatus('queued', `${name}: queued, ${m.ahead} run${m.ahead === 1 ? '' : 's'} ahead`);
      setProgress(`queued (${m.ahead} ahead)`, 0, 0);
      break;
    case 'progress':
      setStatus('running', `${name}: running`);
      setProgress(m.stage, m.done, m.total);
      break;
    case 'loss':
      S.loss = { name: m.name, value: m.value, iteration: m.iteration };
      $('loss').textContent = `${m.name} ${fmt(m.value)} at iteration ${fmt(m.iteration)}`;
      break;
    case 'done': {
      runEnded();
      const secs = ((performance.now() - S.runStartedAt) / 1000).toFixed(1);
      if (m.completed) {
        S.quality = m.quality || null;
        setStatus('done', `${name}: done, ${fmt(m.iterations)} iteration${m.iterations === 1 ? '' : 's'} in ${secs} s`, 'ok');
        const q = m.quality || {};
        $('quality').textContent = `trustworthiness ${fmt(q.trustworthiness)} · k-NN accuracy ${q.knn_accuracy == null ? 'n/a (no classes)' : fmt(q.knn_accuracy)}`;
      } else {
        setStatus('stopped', `${name}: stopped at iteration ${fmt(m.iterations)}`);
      }
      if (S.frames > 0) {
        requestDraw(true); // the final positions, indexed for hover and lasso
        S.layout = S.runAlgo;
        if (S.runEmbedding) S.embedding = S.runEmbedding;
        S.showEmbedding?.();
        updateTitle();
      }
      syncVersion();
      break;
    }
    case 'error':
      runEnded();
      setStatus('error', `${name}: ${m.message}`, 'error');
      $('run-error').textContent = m.message;
      break;
    default:
  }
}

function onFrame(buf) {
  if (buf.byteLength < 8) return;
  const head = new DataView(buf, 0, 8);
  const dims = head.getUint32(0, true);
  const iteration = head.getUint32(4, true);
  const count = (buf.byteLength - 8) / 4;
  if (dims < 1 || count !== S.n * dims) {
    console.warn(`frame of ${count} values for ${S.n} × ${dims}`);
    return;
  }
  S.frames++;
  if (S.firstFrameMs === null) S.firstFrameMs = performance.now() - S.runStartedAt;
  S.iteration = iteration;
  setPositions(new Float32Array(buf, 8, count), dims, true);
  if (dims !== S.dims || S.layout !== S.runAlgo) {
    S.layout = S.runAlgo;
  }
  updateTitle();
}

/** After our own run, the server's version is ours: remember it so polling does not refetch. */
async function syncVersion() {
  try {
    const st = await S.source.status();
    S.version = st.version;
  } catch {}
}

async function watchVersion() {
  if (S.source.static) return;
  for (;;) {
    await sleep(2000);
    if (S.running) continue;
    try {
      const st = await S.source.status();
      if (st.state === 'ready' && st.version !== S.version && !S.running) {
        S.version = st.version;
        S.layout = st.layout ?? S.layout;
        await loadPositions();
      }
    } catch {}
  }
}

// ---------------------------------------------------------------------------------------------
// Exports

function exportPng() {
  const src = $('canvas');
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, 0);
  out.toBlob((blob) => download(blob, `${baseName()}.png`), 'image/png');
}

function baseName() {
  const name = `${String(S.meta.source).replace(/\.[^.]+$/, '')}-${algoId(S.layout) || 'layout'}`;
  return name.replace(/[^\w.-]+/g, '_');
}

function csvCell(s) {
  const t = String(s);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function exportCsv() {
  const sel = S.selection.length ? [...S.selection].sort((a, b) => a - b) : null;
  const dims = S.dims;
  const axes = ['x', 'y', 'z'].slice(0, dims);
  const c = S.color;
  const chunks = [`index,${axes.join(',')}${c ? `,${csvCell(c.name)}` : ''}\n`];
  const m = sel ? sel.length : S.n;
  let lines = [];
  for (let k = 0; k < m; k++) {
    const i = sel ? sel[k] : k;
    let line = String(i);
    for (let d = 0; d < dims; d++) line += `,${S.pos[i * dims + d]}`;
    if (c) {
      if (c.info.kind === 'categorical') line += `,${csvCell(c.info.classes[c.values[i]])}`;
      else line += `,${Number.isFinite(c.values[i]) ? c.values[i] : ''}`;
    }
    lines.push(line);
    if (lines.length === 10000) {
      chunks.push(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length) chunks.push(`${lines.join('\n')}\n`);
  download(new Blob(chunks, { type: 'text/csv' }), `${baseName()}${sel ? '-selection' : ''}.csv`);
}

// ---------------------------------------------------------------------------------------------
// Start

function hasWebGl() {
  const c = document.createElement('canvas');
  return !!c.getContext('webgl');
}

function createPlot() {
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
  plot.subscribe('pointover', onPointOver);
  plot.subscribe('pointout', onPointOut);
  plot.subscribe('select', onSelect);
  plot.subscribe('deselect', onDeselect);
  plot.subscribe('lassoStart', () => {
    lassoing = true;
  });
  plot.subscribe('lassoEnd', () => {
    setTimeout(() => {
      lassoing = false;
    }, 0);
  });
  new ResizeObserver(() => {
    const [w, h] = size();
    renderer.resize(w, h);
    renderer.refresh();
    plot.set({ width: w, height: h });
  }).observe(box);
  box.addEventListener('mousemove', (e) => {
    mouse = [e.clientX, e.clientY];
    placeTooltip();
  });
  box.addEventListener('mouseleave', onPointOut);
  $('reset-view').addEventListener('click', () => plot.reset());
}

async function waitForInitial() {
  for (;;) {
    let st;
    try {
      st = await S.source.status();
    } catch (e) {
      setStatus('error', e.message, 'error');
      await sleep(1000);
      continue;
    }
    if (st.state === 'ready') {
      S.version = st.version;
      S.layout = st.layout ?? S.meta.algo;
      S.dims = st.dims || S.dims;
      setProgress(null);
      return;
    }
    if (st.state === 'failed') {
      setProgress(null);
      throw new Error(`the initial layout failed: ${st.error || 'unknown error'}`);
    }
    setStatus('loading', `computing the initial layout: ${st.stage || ''}`);
    setProgress(st.stage || 'starting', st.done || 0, st.total || 0);
    await sleep(300);
  }
}

async function main() {
  const data = document.getElementById('projector-data');
  S.source = data ? new EmbeddedSource(JSON.parse(data.textContent)) : new ServerSource();
  window.projector.static = S.source.static;
  if (!hasWebGl()) {
    setStatus('error', 'this browser made no WebGL context: the plot cannot be drawn', 'error');
    window.projector.error = 'no WebGL';
    resolveReady(false);
    return;
  }
  S.meta = await S.source.meta();
  S.n = S.meta.rows;
  window.projector.n = S.n;
  S.layout = S.meta.algo;
  S.dims = S.meta.dims || 2;
  S.codes = new Float32Array(S.n);
  updateTitle();
  if (S.meta.omitted) $('omitted').textContent = `This export left out: ${S.meta.omitted}`;
  if (data && JSON.parse(data.textContent).omitted) $('omitted').textContent = `This export left out: ${JSON.parse(data.textContent).omitted}`;
  createPlot();
  const colorSel = $('color-by');
  const names = S.source.colorNames(S.meta);
  colorSel.append(...names.map((c) => el('option', { value: c }, `${c} (${S.meta.columns.find((x) => x.name === c)?.kind ?? ''})`)));
  colorSel.addEventListener('change', () => setColor(colorSel.value));
  setupRangeFilter();
  setupSearch();
  setupRun();
  $('export-png').addEventListener('click', exportPng);
  $('export-csv').addEventListener('click', exportCsv);
  renderSelection();

  setStatus('loading', 'computing the initial layout…');
  await waitForInitial();
  const colorName = S.meta.color && names.includes(S.meta.color) ? S.meta.color : names[0];
  const colorReady = colorName ? ((colorSel.value = colorName), setColor(colorName)) : Promise.resolve();
  await Promise.all([loadPositions(), colorReady]);
  setStatus('ready', `${fmt(S.n)} points${S.source.static ? ' (exported page)' : ''}`, 'ok');
  watchVersion();
}

window.projector = {
  /** Resolves true once the points are first drawn (false when the page cannot draw). */
  ready,
  isReady: false,
  n: 0,
  /** Client (page) coordinates of point i as drawn now. */
  screenOf(i) {
    const r = $('canvas').getBoundingClientRect();
    const p = plot.getScreenPosition(i);
    return p ? [r.left + p[0], r.top + p[1]] : null;
  },
  /** The selected indices. */
  selection() {
    return S.selection.slice();
  },
  state() {
    return {
      hovered: S.hovered,
      selected: S.selected,
      selection: S.selection.length,
      selectionKind: S.selectionKind,
      lassoCount: S.lassoCount,
      status: S.status,
      message: S.message,
      quality: S.quality,
      loss: S.loss,
      frames: S.frames,
      iteration: S.iteration ?? null,
      dims: S.dims,
      layout: S.layout,
      visible: S.visibleCount,
      color: S.color?.name ?? null,
      palette: S.color?.info.kind === 'categorical' ? S.palette.slice() : null,
      firstDrawMs: S.firstDrawMs,
      firstFrameMs: S.firstFrameMs,
      drawMs: S.drawMs ?? null,
      draws: S.draws ?? 0,
      neighbors: Array.isArray(S.neighbors) ? S.neighbors.map((x) => x.index) : [],
    };
  },
};

function start() {
  main().catch((e) => {
    console.error(e);
    setStatus('error', e.message || String(e), 'error');
    resolveReady(false);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
