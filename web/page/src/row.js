// How one data row is shown, in the tooltip and in the selection panel: its value of the
// colour column, and a table of its fields (long values cut) with its image above, if any.

import { el, fmt } from './dom.js';
import { S } from './state.js';

/** Row i's value of the colour column, as text: its class, or its number. */
export function classLabel(i) {
  const c = S.color;
  if (!c) return '';
  if (c.info.kind === 'categorical') return String(c.info.classes[c.values[i]]);
  return fmt(c.values[i]);
}

/** The first `limit` fields of `row` (a /api/row answer) as a table, with row i's image. */
export function renderFields(row, i, limit) {
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
