// The status line, the progress bar and the heading (source · reducer · points × dims), and the
// reducers' names: the server names a layout by id or by name, the page shows the name.

import { $, fmt } from './dom.js';
import { S } from './state.js';

export function setStatus(status, message = '', kind = '') {
  S.status = status;
  S.message = message;
  const line = $('status');
  line.textContent = message;
  line.className = `status ${kind}`;
}

/** Shows the progress bar at done / total (a bare label when total is 0); null hides it. */
export function setProgress(label, done, total) {
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

export function updateTitle() {
  const m = S.meta;
  const algo = algoName(S.layout);
  const d = embeddingDims();
  const text = `${m.source} · ${algo} · ${fmt(S.n)} points × ${d} dims`;
  $('title').textContent = text;
  document.title = `projector · ${m.source}`;
  $('note3d').hidden = S.dims !== 3;
}

/** The reducer's name from its id (or name: /api/status names it). */
export function algoName(idOrName) {
  const a = S.meta.algos?.find((x) => x.id === idOrName || x.name === idOrName);
  return a ? a.name : (idOrName ?? '');
}

export function algoId(idOrName) {
  const t = String(idOrName ?? '');
  const a = S.meta.algos?.find((x) => x.id === t || x.name === t || t.startsWith(`${x.name} `));
  return a ? a.id : idOrName;
}

/** How many dimensions the current embedding has (its columns, or the vector column's dims). */
function embeddingDims() {
  const e = S.meta.embedding || {};
  const cur = S.embedding || e;
  if (cur.kind === 'numeric' && cur.columns) return cur.columns.length;
  const same = cur.kind === e.kind && cur.columns?.[0] === e.columns?.[0];
  if (same && e.dims) return e.dims;
  const col = S.meta.columns.find((c) => c.name === cur.columns?.[0]);
  return col?.dims ?? '?';
}
