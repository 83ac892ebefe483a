// The checks of what the page draws beyond the 2-D plot, for test/browser.mjs (which hands them
// its browser and helpers through useContext): numeric colours on the engine's scale (a real
// linear column, and a diverging one put in a second tab's /api/color answer); a 3-D layout
// drawn in 3-D (an orbit turns the layout's z onto the screen's x, hover and click work); and
// an export without neighbours listing the layout's 10 nearest.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPixels, watch } from './chromium.mjs';

let browser;
let assert;
let sleep;
let downloads;
let CLASSES;
let openAndWait;
let countColours;
let checkHover;
let checkClick;
let runAndWait;
let setParam;

/** browser.mjs's browser, assert, sleep, download folder and check helpers. */
export function useContext(c) {
  ({ browser, assert, sleep, downloads, CLASSES, openAndWait, countColours, checkHover, checkClick, runAndWait, setParam } = c);
}

// The page's colour maps, restated here so the check does not trust the page's own.
const VIRIDIS = [[68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141], [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37]];
const DIVERGING = [[33, 102, 172], [146, 197, 222], [215, 215, 215], [244, 165, 130], [178, 24, 43]];
const lerpHex = (stops, t) => {
  const x = Math.min(Math.max(t, 0), 1) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  return `#${[0, 1, 2].map((k) => Math.round(stops[i][k] + (stops[i + 1][k] - stops[i][k]) * (x - i)).toString(16).padStart(2, '0')).join('')}`;
};
const rgbOf = (h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16));
const near = (a, b, tol = 3) => rgbOf(a).every((c, k) => Math.abs(c - rgbOf(b)[k]) <= tol);

/** Colours by `name` and checks the colour bar, its legend and every point against the scale. */
async function checkScale(page, name, stops, position, expectKind) {
  await page.select('#color-by', name);
  await page.waitForFunction((n) => window.projector.state().color === n, { timeout: 10000 }, name);
  await sleep(300);
  const bar = await page.$eval('#legend', (e) => ({
    kind: e.querySelector('.colorbar')?.dataset.scale,
    css: e.querySelector('.colorbar')?.style.background,
    ticks: [...e.querySelectorAll('.colorbar-labels span')].map((s) => s.textContent),
    name: e.querySelector('.colorbar-name')?.textContent,
  }));
  assert(bar.kind === expectKind, `colour bar scale ${bar.kind}, expected ${expectKind}`);
  const rgbs = [...bar.css.matchAll(/rgb\((\d+), (\d+), (\d+)\)/g)].map((m) => m.slice(1).map(Number));
  const ends = [rgbs[0], rgbs[rgbs.length - 1]];
  assert(rgbs.length === stops.length && ends.every((c, k) => c.join() === stops[k ? stops.length - 1 : 0].join()), `colour bar gradient ${bar.css}`);
  const label = expectKind === 'linear' ? name : `${name} (${expectKind})`;
  assert(bar.name === label, `colour bar says "${bar.name}", expected "${label}"`);
  const { values, scale } = await page.evaluate(async (n) => {
    const buf = await (await fetch(`/api/color?name=${encodeURIComponent(n)}`)).arrayBuffer();
    const len = new DataView(buf).getUint32(0, true);
    const info = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, len)));
    return { values: Array.from(new Float32Array(buf, 4 + Math.ceil(len / 4) * 4)), scale: info.scale };
  }, name);
  assert(scale && scale.kind === expectKind, `the server's scale for ${name}: ${JSON.stringify(scale)}`);
  const drawn = await page.evaluate(() => Array.from({ length: window.projector.n }, (_, i) => window.projector.colorOf(i)));
  // Colours are quantised to 255 bins: within a bin's step of the exact map colour.
  const bad = values.map((v, i) => [i, v]).filter(([i, v]) => !near(drawn[i], lerpHex(stops, position(scale, v)), 4));
  assert(bad.length === 0, `${bad.length} points off the scale, e.g. row ${bad[0]?.[0]} = ${bad[0]?.[1]}: ${drawn[bad[0]?.[0]]}`);
  const ticks = bar.ticks.join(' / ');
  return `${name}: ${JSON.stringify(scale)}, ticks ${ticks}, ${values.length} point colours on the map`;
}

/** Numeric colours: a real linear column of the server, then a signed (diverging) one. */
export async function checkNumeric(page, target) {
  const linear = await checkScale(page, 'pixel_2_2', VIRIDIS, (s, v) => (v - s.min) / (s.max - s.min), 'linear');
  // The digits have no signed column: a second tab gets pixel_3_3 − 8 with a diverging scale
  // (as the engine sends for a signed column) in place of the server's answer.
  const other = await browser.newPage();
  watch(other, 'diverging tab');
  try {
    await other.setRequestInterception(true);
    other.on('request', async (req) => {
      if (!req.url().includes('/api/color?name=pixel_3_3')) return req.continue();
      const r = await fetch(req.url(), { headers: req.headers() });
      const buf = Buffer.from(await r.arrayBuffer());
      const len = buf.readUInt32LE(0);
      const vals = new Float32Array(buf.buffer.slice(buf.byteOffset + 4 + Math.ceil(len / 4) * 4, buf.byteOffset + buf.length)).map((v) => v - 8);
      const head = Buffer.from(JSON.stringify({ kind: 'numeric', min: Math.min(...vals), max: Math.max(...vals), scale: { kind: 'diverging', limit: 8 } }));
      const pad = Buffer.alloc(Math.ceil(head.length / 4) * 4 - head.length, 0x20);
      const size = Buffer.alloc(4);
      size.writeUInt32LE(head.length);
      req.respond({ status: 200, contentType: 'application/octet-stream', body: Buffer.concat([size, head, pad, Buffer.from(vals.buffer)]) });
    });
    await other.goto(target, { waitUntil: 'domcontentloaded' });
    await other.waitForFunction(() => window.projector?.isReady, { timeout: 120000 });
    const div = await checkScale(other, 'pixel_3_3', DIVERGING, (s, v) => 0.5 + v / (2 * s.limit), 'diverging');
    const { counts } = await countColours(other, [DIVERGING[0], DIVERGING[4]].map((c) => lerpHex([c, c], 0)));
    assert(counts[0] >= 10 && counts[1] >= 10, `the diverging ends drawn: ${counts} pixels of blue, red`);
    return `${linear}; ${div}; pixels of the blue / red ends: ${counts.join(' / ')}`;
  } finally {
    await other.close();
  }
}

/** Of the pixels coloured (not white) in PNG a, the share also coloured in PNG b; and a's count. */
async function overlap(page, a, b) {
  await installPixels(page);
  return page.evaluate(async (pa, pb) => {
    const load = async (b64) => (await window.__pixels(b64)).data;
    const [x, y] = [await load(pa), await load(pb)];
    const ink = (d, p) => d[p] < 245 || d[p + 1] < 245 || d[p + 2] < 245;
    let inA = 0;
    let both = 0;
    for (let p = 0; p < Math.min(x.length, y.length); p += 4) {
      if (!ink(x, p)) continue;
      inA++;
      if (ink(y, p)) both++;
    }
    return { inA, share: inA ? both / inA : 1 };
  }, a, b);
}

function corr(a, b) {
  const m = (v) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [m(a), m(b)];
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb || 1);
}

/** How the screen's x follows the layout's x and z: [corr(screen x, x), corr(screen x, z)]. */
async function screenAxes(page) {
  const { pts, pos } = await page.evaluate(() => {
    const p = window.projector;
    return { pts: Array.from({ length: p.n }, (_, i) => p.screenOf(i)), pos: Array.from({ length: p.n }, (_, i) => p.position(i)) };
  });
  const sx = pts.map((q) => q[0]);
  return [corr(sx, pos.map((q) => q[0])), corr(sx, pos.map((q) => q[2]))];
}

export async function check3d(page, rowOf) {
  await page.select('#algo', 'pca');
  await setParam(page, 'layout.dims', '3');
  const { st } = await runAndWait(page);
  assert(st.dims === 3, `dims ${st.dims} after a 3-D run`);
  assert(st.view3d, 'a 3-D layout is not drawn by the 3-D view');
  const note = await page.$eval('#note3d', (e) => (e.hidden ? null : e.textContent));
  assert(note && /orbit/.test(note) && /lasso is 2-D only/.test(note), `the 3-D note says ${JSON.stringify(note)}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.projector.state().selection === 0, { timeout: 5000 }).catch(() => {});
  await page.mouse.move(5, 5);
  const before = await countColours(page, null, '#canvas3d');
  assert(before.counts.filter((c) => c >= 10).length === CLASSES, `the 3-D view draws colours ${before.counts}`);
  const [x0, z0] = await screenAxes(page);
  assert(Math.abs(x0) > 0.9, `before orbiting, the screen's x follows the layout's x by ${x0.toFixed(2)}`);
  // Orbit a quarter turn about the vertical axis (OrbitControls: 2π per plot height dragged).
  const r = await page.$eval('#canvas3d', (e) => e.getBoundingClientRect().toJSON());
  const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
  const dx = r.height / 4;
  await page.mouse.move(cx - dx / 2, cy);
  await page.mouse.down();
  for (let s = 1; s <= 10; s++) {
    await page.mouse.move(cx - dx / 2 + (dx * s) / 10, cy);
    await sleep(20);
  }
  await page.mouse.up();
  await page.mouse.move(5, 5);
  const after = await countColours(page, null, '#canvas3d');
  const [x1, z1] = await screenAxes(page);
  assert(Math.abs(z1) > 0.9 && Math.abs(x1) < 0.5, `after a quarter-turn orbit the screen's x follows x by ${x1.toFixed(2)}, z by ${z1.toFixed(2)}`);
  const { inA, share } = await overlap(page, before.png, after.png);
  assert(share < 0.7, `the orbit left ${(100 * share).toFixed(0)}% of ${inA} coloured pixels coloured`);
  assert(after.counts.filter((c) => c >= 10).length === CLASSES, `after the orbit the 3-D view draws colours ${after.counts}`);
  const hover = await checkHover(page, rowOf);
  const click = await checkClick(page);
  // The legend's "only" leaves one class drawn in 3-D, "show all" brings the others back.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('#legend .legend-row .only').click());
  await page.mouse.move(5, 5);
  const only = await countColours(page, null, '#canvas3d');
  await page.evaluate(() => [...document.querySelectorAll('#legend .legend-tools button')].find((b) => b.textContent === 'show all').click());
  const all = await countColours(page, null, '#canvas3d');
  assert(all.counts.filter((c) => c >= 10).length === CLASSES, `"show all" in 3-D draws ${all.counts}`);
  // (The screenshot holds the overlays too: the note, the buttons, a few grey pixels.)
  const gone = only.counts.every((c, k) => (k === 0 ? c >= 0.5 * all.counts[0] : c < 0.1 * all.counts[k]));
  assert(gone, `"only" the first class in 3-D draws ${only.counts}, all classes ${all.counts}`);
  await setParam(page, 'layout.dims', '2');
  return `screen x ~ x ${x0.toFixed(2)}, ~ z ${z0.toFixed(2)}; after the orbit ~ x ${x1.toFixed(2)}, ~ z ${z1.toFixed(2)}; ${(100 * share).toFixed(0)}% of ${inA} coloured pixels still coloured; hover: ${hover}; click: ${click}; "only" class 0 in 3-D: ${only.counts.join(' ')}`;
}

/** The export with its neighbours taken out: a click lists the layout's 10 nearest instead. */
export async function layoutNeighbours(file, html) {
  const re = /(<script type="application\/json" id="projector-data">)([\s\S]*?)(<\/script>)/;
  const m = html.match(re);
  assert(m, 'no projector-data in the export');
  const data = JSON.parse(m[2]);
  data.neighbors = {};
  const copy = join(downloads, 'no-neighbours.html');
  const json = JSON.stringify(data).replace(/<\//g, '<\\/');
  writeFileSync(copy, html.replace(re, (_, a, _b, c) => `${a}${json}${c}`));
  const page = await browser.newPage();
  watch(page, 'export without neighbours');
  try {
    await openAndWait(page, `file://${copy}`, 'export without neighbours');
    const click = await checkClick(page);
    const text = await page.$eval('#neighbors-space', (e) => e.textContent);
    assert(text.includes('(nearest in the layout: the export holds no original-space neighbours)'), `the panel says "${text}"`);
    const { got, want } = await page.evaluate(() => {
      const p = window.projector;
      const i = p.state().selected;
      const pos = Array.from({ length: p.n }, (_, j) => p.position(j));
      const d = pos.map((q, j) => [q.reduce((s, v, a) => s + (v - pos[i][a]) ** 2, 0), j]).filter(([, j]) => j !== i);
      d.sort((a, b) => a[0] - b[0]);
      return { got: p.state().neighbors, want: d.slice(0, 10).map(([, j]) => j) };
    });
    assert(got.join() === want.join(), `listed ${got}, the layout's nearest are ${want}`);
    return `${click}; "${text}"`;
  } finally {
    await page.close();
  }
}

/**
 * A one-shot screenshot of the exported file by `chromium --screenshot` (virtual time: no worker
 * runs, no page script waits on the shot), as `look-at-page` and report scripts take it: the
 * plot area right of the panel holds pixels of at least `minClasses` legend colours.
 */
export async function oneShotScreenshot(page, file, palette, minClasses) {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'projector-shot-'));
  const png = join(dir, 'shot.png');
  try {
    execFileSync('/usr/bin/chromium', [
      '--headless', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
      `--user-data-dir=${join(dir, 'profile')}`, '--host-resolver-rules=MAP * ~NOTFOUND',
      '--window-size=1400,900', '--virtual-time-budget=20000', `--screenshot=${png}`, `file://${file}`,
    ], { stdio: 'ignore', timeout: 120000 });
    const b64 = readFileSync(png).toString('base64');
    await installPixels(page);
    const counts = await page.evaluate(async (b64, palette) => {
      const c = await window.__pixels(b64);
      const rgb = palette.map((h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16)));
      const counts = new Array(rgb.length).fill(0);
      const x0 = Math.floor(c.width * 0.3); // right of the panel
      for (let y = 60; y < c.height; y++) {
        for (let x = x0; x < c.width; x++) {
          const p = 4 * (y * c.width + x);
          const k = rgb.findIndex(([r, g, b]) => Math.abs(c.data[p] - r) <= 3 && Math.abs(c.data[p + 1] - g) <= 3 && Math.abs(c.data[p + 2] - b) <= 3);
          if (k >= 0) counts[k]++;
        }
      }
      return counts;
    }, b64, palette);
    const seen = counts.filter((c) => c > 20).length;
    assert(seen >= minClasses, `chromium --screenshot shows ${seen} legend colours in the plot (pixels per colour ${counts})`);
    return `${seen} legend colours in the plot of a one-shot screenshot`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
