// What is embedded: shows the current embedding (a vector column, or numeric columns) and, when
// served, lets the next run take another vector column or another set of numeric columns. It
// leaves S.showEmbedding (refreshes the "current" line) and S.embeddingChoice (the choice).

import { $, el } from './dom.js';
import { S } from './state.js';

export function setupEmbedding() {
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
