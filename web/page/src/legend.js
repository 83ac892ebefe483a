// Colour, legend and filters: colouring by a column (classes in the native viewer's palette,
// numbers in bins of the engine's scale: viridis, or the diverging map), the legend (counts, show/hide/only per class) or colour bar, and the
// filters (hidden classes, a numeric column's range) applied as the plot's filter.

import { BINS, MISSING, classColor, hex, scaleGradient, scaleMap, scaleOf, scalePosition, scaleTicks } from './colors.js';
import { $, el, fmt } from './dom.js';
import { plot, pointRows, requestDraw, whenDrawn } from './plot.js';
import { renderSelection } from './selection.js';
import { S } from './state.js';
import { setStatus } from './status.js';

let colorSeq = 0;

/** Colours the points by column `name` and shows its legend. */
export async function setColor(name) {
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
    const scale = scaleOf(info);
    for (let i = 0; i < S.n; i++) {
      const t = scalePosition(scale, values[i]);
      codes[i] = Number.isNaN(t) ? BINS : Math.round(t * (BINS - 1));
    }
    const map = scaleMap(scale);
    S.palette = [];
    for (let b = 0; b < BINS; b++) S.palette.push(hex(map(b / (BINS - 1))));
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
    const scale = scaleOf(info);
    const [lo, mid, hi] = scaleTicks(scale).map((v) => fmt(v));
    const kind = scale.kind === 'linear' ? '' : ` (${scale.kind})`;
    box.append(
      el('div', { class: 'colorbar', style: { background: scaleGradient(scale) }, 'data-scale': scale.kind }),
      el('div', { class: 'colorbar-labels' }, el('span', {}, lo), el('span', {}, mid), el('span', {}, hi)),
      el('div', { class: 'colorbar-name' }, `${name}${kind}`),
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
  whenDrawn(applyFilterNow);
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

/** The range filter's controls: a numeric column and its low and high bounds. */
export function setupRangeFilter() {
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
