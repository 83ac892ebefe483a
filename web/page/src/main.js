// The projector page (web/API.md is its contract with the server): picks the source (the
// server's API, or the data of an exported page), makes the plot and wires its events to the
// tooltip and the selection, sets up the side panel's sections, waits for the initial layout,
// then draws its positions in the first colour column and follows the server's later versions.
//
// The modules: state.js (S, what the page knows), status.js (status line, progress, heading),
// plot.js (the plot, positions, drawing), plot3d.js (a 3-D layout, three.js), legend.js (colour, legend, filters), search.js,
// tooltip.js (hover), selection.js (click, neighbours, lasso, the selection panel), row.js (a
// row's fields), params-form.js and embedding-form.js (the run form), runs.js (/ws/run),
// export.js (PNG, CSV), hook.js (window.projector, for the tests); source.js, spatial.js,
// layout-knn.js, colors.js and dom.js below them; density.js (contours and cluster labels).

import { createPlot, loadPositions } from './plot.js';
import { setupDensity } from './density.js';
import { $, el, fmt, sleep } from './dom.js';
import { exportCsv, exportPng } from './export.js';
import { installHook } from './hook.js';
import { setColor, setupRangeFilter } from './legend.js';
import { setupRun, watchVersion } from './runs.js';
import { setupSearch } from './search.js';
import { on3d } from './plot3d.js';
import { onDeselect, onLassoEnd, onLassoStart, onSelect, renderSelection, selectPoint, setSelection } from './selection.js';
import { EmbeddedSource, ServerSource } from './source.js';
import { S, settleReady } from './state.js';
import { setProgress, setStatus, updateTitle } from './status.js';
import { onMouseMove, onPointOut, onPointOver } from './tooltip.js';

function hasWebGl() {
  const c = document.createElement('canvas');
  return !!c.getContext('webgl');
}

/** The plot, its events going to the tooltip and the selection. */
function setupPlot() {
  const plot = createPlot();
  plot.subscribe('pointover', onPointOver);
  plot.subscribe('pointout', onPointOut);
  plot.subscribe('select', onSelect);
  plot.subscribe('deselect', onDeselect);
  plot.subscribe('lassoStart', onLassoStart);
  plot.subscribe('lassoEnd', onLassoEnd);
  on3d({ over: onPointOver, out: onPointOut, click: (i) => (i === null ? setSelection([], 'click') : selectPoint(i)) });
  const box = $('plot');
  box.addEventListener('mousemove', onMouseMove);
  box.addEventListener('mouseleave', onPointOut);
}

/** Waits, showing its progress, until the server's initial layout is ready. */
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
  // An exported page's data, parsed once (a million points' export is tens of MB of JSON).
  const script = document.getElementById('projector-data');
  const data = script ? JSON.parse(script.textContent) : null;
  S.source = data ? new EmbeddedSource(data) : new ServerSource();
  window.projector.static = S.source.static;
  if (!hasWebGl()) {
    setStatus('error', 'this browser made no WebGL context: the plot cannot be drawn', 'error');
    window.projector.error = 'no WebGL';
    settleReady(false);
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
  if (data?.omitted) $('omitted').textContent = `This export left out: ${data.omitted}`;
  setupPlot();
  const colorSel = $('color-by');
  const names = S.source.colorNames(S.meta);
  colorSel.append(...names.map((c) => el('option', { value: c }, `${c} (${S.meta.columns.find((x) => x.name === c)?.kind ?? ''})`)));
  colorSel.addEventListener('change', () => setColor(colorSel.value));
  setupRangeFilter();
  setupDensity();
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

function start() {
  main().catch((e) => {
    console.error(e);
    setStatus('error', e.message || String(e), 'error');
    settleReady(false);
  });
}

installHook();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
