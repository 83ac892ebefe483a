// The selection: a click (the point and its 10 nearest neighbours in embedding space), a lasso
// (shift+drag or long press), or a search; and the selection panel: the point's fields and its
// neighbours, or the count of a lasso/search with a histogram of the colour column. An export
// without a row's neighbours lists the nearest in the layout instead (layout-knn.js).

import { $, el, fmt } from './dom.js';
import { nearestInLayout } from './layout-knn.js';
import { plot } from './plot.js';
import { is3d } from './plot3d.js';
import { classLabel, renderFields } from './row.js';
import { S } from './state.js';

/** Selects `indices` as a selection of `kind` ('lasso' | 'search' | 'point'). */
export function setSelection(indices, kind) {
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

/** The plot's lassoStart: the next select event is the lasso's. */
export function onLassoStart() {
  lassoing = true;
}

/** The plot's lassoEnd: a select event after this task is a click's again. */
export function onLassoEnd() {
  setTimeout(() => {
    lassoing = false;
  }, 0);
}

/** The plot's select event: a lasso's points, or a clicked point. */
export function onSelect({ points }) {
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

export function onDeselect() {
  S.selected = null;
  S.neighbors = [];
  S.selection = [];
  S.selectionKind = null;
  S.lassoCount = 0;
  renderSelection();
}

/** Selects point i, then it and its 10 neighbours once the source lists them. */
export async function selectPoint(i) {
  S.selected = i;
  S.neighbors = [];
  S.selectionKind = 'point';
  S.selection = [i];
  S.neighborsInLayout = S.source.hasNeighbors?.(i) === false;
  renderSelection();
  try {
    const nb = S.neighborsInLayout ? nearestInLayout(S.pos, S.dims, S.n, i, 10) : await S.source.neighbors(i, 10);
    if (S.selected !== i) return;
    S.neighbors = nb;
    plot.select([i, ...nb.map((x) => x.index)], { preventEvent: true });
    S.selection = [...plot.get('selectedPoints')];
  } catch (e) {
    S.neighbors = { error: e.message };
  }
  renderSelection();
}

/** Fills the selection panel from S. */
export function renderSelection() {
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
      const space = S.neighborsInLayout ? '(nearest in the layout: the export holds no original-space neighbours)' : '(embedding space)';
      box.append(el('div', { class: 'sub', id: 'neighbors-space' }, `${S.neighbors.length} nearest neighbours ${space}`));
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
    box.append(el('div', { class: 'hint' }, is3d() ? 'click a point (the lasso is 2-D only)' : 'click a point, shift+drag (or long-press and drag) to lasso'));
    return;
  }
  box.append(el('div', { class: 'sel-head', id: 'selection-count' }, `${fmt(sel.length)} selected`, S.selectionKind === 'lasso' ? ' (lasso)' : S.selectionKind === 'search' ? ' (search)' : ''));
  box.append(histogram(sel));
}

/** The selection's colour column: class bars (30 largest), or mean, min and max of numbers. */
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
