// PNG and CSV export: the plot canvas (the 3-D one when shown) on white as PNG; the positions (x, y[, z] as the reducer
// wrote them) and the colour column of the selection, or of every point, as CSV, written in
// chunks of 10,000 lines; both named after the source and the layout.

import { $, download } from './dom.js';
import { is3d } from './plot3d.js';
import { S } from './state.js';
import { algoId } from './status.js';

export function exportPng() {
  const src = is3d() ? $('canvas3d') : $('canvas');
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

export function exportCsv() {
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
