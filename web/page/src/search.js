// Search: the box's text goes to the source's search (typing waits 250 ms, Enter goes at once);
// the matches still shown under the filters become the selection.

import { $, fmt } from './dom.js';
import { plot } from './plot.js';
import { setSelection } from './selection.js';
import { S } from './state.js';

export function setupSearch() {
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
