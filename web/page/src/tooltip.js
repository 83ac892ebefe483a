// The hover tooltip: the plot's pointover shows the row's head at once and its fields and image
// when the source answers; it follows the mouse and stays inside the plot.

import { $, el } from './dom.js';
import { classLabel, renderFields } from './row.js';
import { S } from './state.js';

let mouse = [0, 0];

export function onPointOver(i) {
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

export function onPointOut() {
  S.hovered = null;
  $('tooltip').hidden = true;
}

/** The plot's mousemove: the tooltip follows the mouse. */
export function onMouseMove(e) {
  mouse = [e.clientX, e.clientY];
  placeTooltip();
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
