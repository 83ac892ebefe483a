// Drives the page in Debian's headless Chromium (software WebGL) against a running
// `projector serve data/digits.csv` (or test/mock-server.mjs), and optionally an exported file.
//
//   node test/browser.mjs URL [--export FILE] [--skip-run] [--shots DIR]
//
// Checks on the digits demo (1797 points coloured by `target`, 10 classes, 8×8 images):
// WebGL is there; the plot shows the ten legend colours; hovering a point shows its fields and
// image; UMAP runs with live frames and ends with quality figures; a lasso selects exactly the
// points drawn inside it; a click lists 10 neighbours; search selects; PNG and CSV export;
// a second tab's run waits in the queue, Stop stops; t-SNE shows its KL divergence; a 3-D run is drawn in 3-D (an orbit turns x, z onto the
// screen; hover and click work there); numeric colours follow the engine's scale (linear, and a
// diverging one put in a second tab's answer); and with --export, the
// exported file draws the same colours offline, with no network, also in a one-shot
// `chromium --screenshot` (virtual time, no worker). Exit 0 when all pass.
// --skip-run leaves out the runs.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installPixels, launchChromium, watch, webGlRenderer } from './chromium.mjs';
import { check3d, checkNumeric, layoutNeighbours, oneShotScreenshot, useContext } from './view-checks.mjs';

const argv = process.argv.slice(2);
const flag = (name) => {
  const k = argv.indexOf(name);
  return k >= 0 ? (argv.splice(k, 1), true) : false;
};
const option = (name) => {
  const k = argv.indexOf(name);
  return k >= 0 ? argv.splice(k, 2)[1] : null;
};
const exportFile = option('--export');
const shots = option('--shots');
const skipRun = flag('--skip-run');
const url = argv[0];
if (!url && !exportFile) {
  console.error('usage: node test/browser.mjs URL [--export FILE] [--skip-run] [--shots DIR]');
  process.exit(2);
}

const N = 1797;
const CLASSES = 10;
const results = [];
const timings = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Fail extends Error {}
const assert = (cond, msg) => {
  if (!cond) throw new Fail(msg);
};

async function check(name, fn) {
  const t = performance.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
    return true;
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e instanceof Fail ? e.message : e.stack || e}`);
    return false;
  }
}

const downloads = mkdtempSync(join(tmpdir(), 'projector-downloads-'));
const { browser, close } = await launchChromium();
useContext({ browser, assert, sleep, downloads, CLASSES, openAndWait, countColours, checkHover, checkClick, runAndWait, setParam });

let exitCode = 1;
try {
  if (url) await server(url);
  if (exportFile) await exported(resolve(exportFile));
  const failed = results.filter((r) => !r.ok).length;
  console.log('');
  for (const t of timings) console.log(`time: ${t}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  exitCode = failed ? 1 : 0;
} catch (e) {
  console.log(`FAIL ${e instanceof Fail ? e.message : e.stack || e}`);
  const failed = results.filter((r) => !r.ok).length + 1;
  console.log(`${results.length - failed + 1} passed, ${failed} failed`);
} finally {
  await close();
  rmSync(downloads, { recursive: true, force: true });
}
process.exit(exitCode);

// ---------------------------------------------------------------------------------------------

/** Fails unless the page can make a WebGL context; says which renderer it got. */
async function requireWebGl(page) {
  const gl = await webGlRenderer(page);
  if (!gl) throw new Fail('no WebGL context: Chromium made none (is SwiftShader there?), so nothing can be drawn');
  return gl;
}

async function openAndWait(page, target, label) {
  const t0 = performance.now();
  await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const gl = await requireWebGl(page);
  await page.waitForFunction(() => window.projector, { timeout: 30000 });
  const ok = await page.evaluate(() => Promise.race([window.projector.ready, new Promise((r) => setTimeout(() => r('timeout'), 240000))]));
  if (ok !== true) {
    const st = await page.evaluate(() => window.projector.state?.());
    throw new Fail(`${label}: the plot never drew (${ok}; status ${JSON.stringify(st)})`);
  }
  const wall = performance.now() - t0;
  const st = await page.evaluate(() => window.projector.state());
  timings.push(`${label}: first frame ${(st.firstDrawMs / 1000).toFixed(2)} s after the script started, ${(wall / 1000).toFixed(2)} s after navigation (WebGL: ${gl})`);
  return st;
}

/** Screenshots the plot canvas and counts its pixels of each legend colour. */
async function countColours(page, colours = null, selector = '#canvas') {
  await sleep(600); // let pending draws land
  const canvas = await page.$(selector);
  const png = await canvas.screenshot({ encoding: 'base64' });
  if (shots) {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(shots, { recursive: true });
    writeFileSync(join(shots, `plot-${Date.now()}.png`), Buffer.from(png, 'base64'));
  }
  await installPixels(page);
  return page.evaluate(async (b64, colours) => {
    const palette = colours || [...document.querySelectorAll('#legend .legend-row .swatch')].map((s) => s.dataset.color);
    const c = await window.__pixels(b64);
    const px = c.data;
    const rgb = palette.map((h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16)));
    const counts = new Array(rgb.length).fill(0);
    for (let p = 0; p < px.length; p += 4) {
      for (let k = 0; k < rgb.length; k++) {
        const [r, g, b] = rgb[k];
        if (Math.abs(px[p] - r) <= 3 && Math.abs(px[p + 1] - g) <= 3 && Math.abs(px[p + 2] - b) <= 3) {
          counts[k]++;
          break;
        }
      }
    }
    return { palette, counts, width: c.width, height: c.height, png: b64 };
  }, png, colours);
}

/** Contours and cluster labels: tick both, wait for the labels, look at their pixels, untick. */
async function checkDensity(page, minDigits) {
  await page.click('#show-contours');
  await page.click('#show-labels');
  await page.waitForFunction(() => window.projector.density().placed.length > 0, { timeout: 60000, polling: 100 }).catch(() => {});
  const d = await page.evaluate(() => window.projector.density());
  assert(d.supported === true, `density not supported: ${d.note}`);
  assert(d.lines > 0, 'no contour line');
  const digits = new Set(d.placed.map((l) => l.text).filter((t) => /^[0-9]$/.test(t)));
  assert(digits.size >= minDigits, `labels ${d.placed.map((l) => l.text)}: ${digits.size} digits, expected ≥ ${minDigits}`);
  // Dark text pixels on the label canvas at each label; grey lines on the contour canvas.
  const ink = await page.evaluate((placed) => {
    const dpr = window.devicePixelRatio || 1;
    const over = document.getElementById('density-labels').getContext('2d');
    const dark = placed.map((l) => {
      const img = over.getImageData(Math.round((l.x - 8) * dpr), Math.round((l.y - 8) * dpr), Math.round(16 * dpr), Math.round(16 * dpr)).data;
      let k = 0;
      for (let p = 0; p < img.length; p += 4) if (img[p + 3] > 200 && img[p] < 80) k++;
      return k;
    });
    const u = document.getElementById('density-under');
    const all = u.getContext('2d').getImageData(0, 0, u.width, u.height).data;
    let lines = 0;
    for (let p = 3; p < all.length; p += 4) if (all[p] > 0) lines++;
    return { dark, lines };
  }, d.placed);
  assert(ink.dark.every((k) => k > 3), `label pixels: ${ink.dark}`);
  assert(ink.lines > 100, `contour pixels: ${ink.lines}`);
  // The labels follow the view: after a zoom they are placed again elsewhere.
  const before = d.placed.map((l) => `${l.x.toFixed(0)},${l.y.toFixed(0)}`).join(' ');
  const box = await (await page.$('#canvas')).boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.wheel({ deltaY: -300 });
  await sleep(800);
  const after = (await page.evaluate(() => window.projector.density())).placed.map((l) => `${l.x.toFixed(0)},${l.y.toFixed(0)}`).join(' ');
  assert(after !== before, 'labels did not move with the view');
  await page.click('#reset-view');
  await page.click('#show-contours');
  await page.click('#show-labels');
  await sleep(300);
  return `${d.lines} contour lines; labels ${d.placed.map((l) => l.text).join(' ')}`;
}

async function checkColours(page) {
  const { palette, counts } = await countColours(page);
  assert(palette.length === CLASSES, `the legend has ${palette.length} classes, not ${CLASSES}`);
  assert(new Set(palette).size === CLASSES, `the legend colours are not distinct: ${palette}`);
  const present = counts.filter((c) => c >= 10).length;
  assert(present === CLASSES, `only ${present} of ${CLASSES} class colours drawn (pixels per colour: ${counts})`);
  return `${present} distinct class colours drawn (pixels: ${counts.join(' ')})`;
}

/** A point well apart from the others (ideally none within 8 px), inside the plot. */
async function isolatedPoint(page) {
  return page.evaluate(() => {
    const p = window.projector;
    const r = document.getElementById('canvas').getBoundingClientRect();
    const tools = document.getElementById('plot-tools').getBoundingClientRect();
    const pts = Array.from({ length: p.n }, (_, i) => p.screenOf(i));
    const cell = 8;
    const grid = new Map();
    pts.forEach(([x, y], i) => {
      const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(i);
    });
    let best = -1;
    let bestD = 0;
    pts.forEach(([x, y], i) => {
      if (x < r.left + 20 || x > r.right - 20 || y < r.top + 20 || y > r.bottom - 20) return;
      if (x > tools.left - 10 && y < tools.bottom + 10) return;
      let dmin = Infinity;
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      for (let a = -1; a <= 1; a++)
        for (let b = -1; b <= 1; b++)
          for (const j of grid.get(`${cx + a},${cy + b}`) || []) {
            if (j !== i) dmin = Math.min(dmin, Math.hypot(pts[j][0] - x, pts[j][1] - y));
          }
      const d = Math.min(dmin, cell);
      if (d > bestD) {
        best = i;
        bestD = d;
      }
    });
    return { index: best, xy: pts[best], apart: bestD };
  });
}

async function checkHover(page, expectedRow) {
  const pt = await isolatedPoint(page);
  assert(pt.index >= 0, 'no point to hover');
  const [x, y] = pt.xy;
  await page.mouse.move(x - 30, y - 30);
  await sleep(100);
  await page.mouse.move(x, y, { steps: 5 });
  await page.waitForFunction((i) => window.projector.state().hovered === i, { timeout: 5000 }, pt.index).catch(() => {});
  const hovered = await page.evaluate(() => window.projector.state().hovered);
  assert(hovered === pt.index, `hovering point ${pt.index} at (${x.toFixed(1)}, ${y.toFixed(1)}) hovered ${hovered}`);
  const row = await expectedRow(pt.index);
  const target = row.fields.find(([k]) => k === 'target');
  assert(target, `row ${pt.index} has no target field`);
  await page.waitForFunction(() => document.querySelector('#tooltip:not([hidden]) .fields'), { timeout: 10000 }).catch(() => {});
  const tip = await page.evaluate(() => {
    const t = document.getElementById('tooltip');
    const cells = [...t.querySelectorAll('.fields tr')].map((tr) => [tr.cells[0]?.textContent, tr.cells[1]?.textContent]);
    return { hidden: t.hidden, text: t.textContent, cells };
  });
  assert(!tip.hidden, 'the tooltip is hidden');
  const shown = tip.cells.find(([k]) => k === 'target');
  assert(shown && shown[1] === String(target[1]), `tooltip target ${JSON.stringify(shown)} ≠ row's ${JSON.stringify(target)}`);
  await page.waitForFunction(() => document.getElementById('tooltip-img')?.complete && document.getElementById('tooltip-img').naturalWidth > 0, { timeout: 10000 }).catch(() => {});
  const img = await page.evaluate(() => {
    const i = document.getElementById('tooltip-img');
    return i ? { w: i.naturalWidth, h: i.naturalHeight, cw: i.clientWidth, rendering: getComputedStyle(i).imageRendering } : null;
  });
  assert(img, 'the tooltip shows no image');
  assert(img.w === 8 && img.h === 8, `the image is ${img.w}×${img.h}, not 8×8`);
  return `point ${pt.index} (${pt.apart.toFixed(0)} px from the next): target ${target[1]}, ${tip.cells.length} fields, image ${img.w}×${img.h} shown at ${img.cw} px (${img.rendering})`;
}

async function checkRun(page) {
  await page.select('#algo', 'umap');
  const params = await page.$$eval('#params [data-param]', (els) => els.map((e) => e.dataset.param));
  assert(params.includes('umap.neighbors') && params.includes('umap.min_dist'), `UMAP's parameters are not shown: ${params}`);
  const t0 = performance.now();
  await page.click('#run');
  await page.waitForFunction(() => ['done', 'error', 'stopped'].includes(window.projector.state().status), { timeout: 300000, polling: 200 });
  const wall = performance.now() - t0;
  const st = await page.evaluate(() => window.projector.state());
  assert(st.status === 'done', `the run ended ${st.status}: ${st.message}`);
  assert(st.frames >= 2, `only ${st.frames} position frames arrived`);
  assert(st.quality && typeof st.quality.trustworthiness === 'number', `no quality figures: ${JSON.stringify(st.quality)}`);
  const text = await page.$eval('#quality', (e) => e.textContent);
  assert(/trustworthiness \d/.test(text) && /accuracy/.test(text), `quality not shown: "${text}"`);
  const title = await page.$eval('#title', (e) => e.textContent);
  assert(title.includes('UMAP'), `the heading does not name UMAP: ${title}`);
  timings.push(`UMAP run: first position frame ${(st.firstFrameMs / 1000).toFixed(2)} s after Run, ${st.frames} frames, done in ${(wall / 1000).toFixed(1)} s`);
  return `${st.frames} frames, ${text}`;
}

async function setParam(page, name, value) {
  await page.$eval(
    `[data-param="${name}"]`,
    (e, v) => {
      e.value = v;
      e.dispatchEvent(new Event(e.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    },
    value,
  );
}

async function runAndWait(page) {
  const t0 = performance.now();
  await page.click('#run');
  await page.waitForFunction(() => window.projector.state().status === 'running', { timeout: 30000, polling: 50 }).catch(() => {});
  await page.waitForFunction(() => ['done', 'error', 'stopped'].includes(window.projector.state().status), { timeout: 300000, polling: 200 });
  const st = await page.evaluate(() => window.projector.state());
  assert(st.status === 'done', `the run ended ${st.status}: ${st.message}`);
  return { st, secs: (performance.now() - t0) / 1000 };
}

async function checkTsne(page) {
  await page.select('#algo', 'tsne');
  await setParam(page, 'tsne.iterations', '300');
  await setParam(page, 'tsne.exaggeration_iterations', '100');
  const { st, secs } = await runAndWait(page);
  assert(st.loss && st.loss.name && Number.isFinite(st.loss.value), `no loss reported: ${JSON.stringify(st.loss)}`);
  const text = await page.$eval('#loss', (e) => e.textContent);
  assert(text.includes(st.loss.name), `loss not shown: "${text}"`);
  return `${text}; ${st.frames} frames in ${secs.toFixed(1)} s`;
}

/** A run in a second tab waits in the queue behind this tab's, which Stop ends early. */
async function checkQueueAndStop(page, target) {
  // Its own context opens in its own window, so neither tab is a hidden (frozen) one.
  const context = await browser.createBrowserContext();
  const other = await context.newPage();
  watch(other, 'second tab');
  try {
    await other.goto(target, { waitUntil: 'domcontentloaded' });
    await other.waitForFunction(() => window.projector?.isReady, { timeout: 120000 });
    await page.select('#algo', 'tsne');
    await setParam(page, 'tsne.iterations', '100000');
    await page.click('#run');
    await page.waitForFunction(() => window.projector.state().frames >= 1, { timeout: 120000, polling: 100 });
    await other.select('#algo', 'pca');
    await other.click('#run');
    let queued = null;
    try {
      await other.waitForFunction(() => window.projector.state().status === 'queued', { timeout: 20000, polling: 50 });
      queued = await other.$eval('#status', (e) => e.textContent);
    } catch {}
    await page.click('#stop');
    await page.waitForFunction(() => window.projector.state().status !== 'running', { timeout: 60000, polling: 100 });
    const st = await page.evaluate(() => window.projector.state());
    assert(st.status === 'stopped', `Stop left the run ${st.status}: ${st.message}`);
    await other.waitForFunction(() => ['done', 'error'].includes(window.projector.state().status), { timeout: 120000, polling: 100 });
    const st2 = await other.evaluate(() => window.projector.state());
    assert(queued, 'the second tab never showed its place in the queue');
    assert(st2.status === 'done', `the queued run ended ${st2.status}: ${st2.message}`);
    await setParam(page, 'tsne.iterations', '1000');
    return `"${queued}"; stopped: "${st.message}"`;
  } finally {
    await context.close();
  }
}

function inside(poly, [x, y]) {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

async function checkLasso(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const pts = await page.evaluate(() => Array.from({ length: window.projector.n }, (_, i) => window.projector.screenOf(i)));
  const r = await page.$eval('#canvas', (e) => {
    const b = e.getBoundingClientRect();
    return { left: b.left, top: b.top, width: b.width, height: b.height };
  });
  // An octagon around the middle of the points on screen, a quarter of the plot across, with
  // whole-pixel vertices and 45° edges, so every mouse position along it is a whole pixel on it.
  const c = 8 * Math.round(Math.min(r.width, r.height) / 80);
  const a = c + 4 * Math.round(Math.min(r.width, r.height) / 48);
  // Centred on the point with the most others within the octagon's box (sampled when large).
  let best = 0;
  let cx = 0;
  let cy = 0;
  const step = Math.max(1, Math.floor(pts.length / 2000));
  for (let i = 0; i < pts.length; i += step) {
    const [x, y] = pts[i];
    if (x - a < r.left + 4 || x + a > r.left + r.width - 4 || y - a < r.top + 4 || y + a > r.top + r.height - 4) continue;
    let k = 0;
    for (let j = 0; j < pts.length; j += step) if (Math.abs(pts[j][0] - x) < a && Math.abs(pts[j][1] - y) < a) k++;
    if (k > best) [best, cx, cy] = [k, Math.round(x), Math.round(y)];
  }
  const poly = [
    [cx - a + c, cy - a], [cx + a - c, cy - a], [cx + a, cy - a + c], [cx + a, cy + a - c],
    [cx + a - c, cy + a], [cx - a + c, cy + a], [cx - a, cy + a - c], [cx - a, cy - a + c],
  ];
  const expected = pts.filter((p) => inside(poly, p)).length;
  // Press on the closing edge just before the first vertex, then go vertex to vertex in
  // recorded 8 px steps, and let go at the last vertex: the lasso is the polygon itself.
  const [x0, y0] = poly[0];
  await page.mouse.move(x0 - 2, y0 + 2);
  await page.keyboard.down('Shift');
  await page.mouse.down();
  await sleep(30);
  await page.mouse.move(x0, y0);
  await sleep(30);
  for (let k = 1; k < poly.length; k++) {
    const [ax, ay] = poly[k - 1];
    const [bx, by] = poly[k];
    const steps = Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / 8;
    for (let s = 1; s <= steps; s++) {
      await page.mouse.move(ax + ((bx - ax) * s) / steps, ay + ((by - ay) * s) / steps);
      await sleep(25);
    }
    await sleep(30);
  }
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.waitForFunction(() => window.projector.state().selectionKind === 'lasso', { timeout: 5000 }).catch(() => {});
  await sleep(200);
  const st = await page.evaluate(() => window.projector.state());
  assert(st.selectionKind === 'lasso', `no lasso selection (state ${JSON.stringify({ kind: st.selectionKind, lassoCount: st.lassoCount, selected: st.selected })})`);
  assert(expected > 0, 'the lasso polygon holds no points');
  if (st.lassoCount !== expected) {
    const got = new Set(await page.evaluate(() => window.projector.selection()));
    const want = pts.map((p, i) => (inside(poly, p) ? i : -1)).filter((i) => i >= 0);
    const extra = [...got].filter((i) => !want.includes(i)).map((i) => `${i}@${pts[i].map((v) => v.toFixed(2))}`);
    const missing = want.filter((i) => !got.has(i)).map((i) => `${i}@${pts[i].map((v) => v.toFixed(2))}`);
    throw new Fail(`the lasso selected ${st.lassoCount} points, ${expected} lie inside ${JSON.stringify(poly)}; extra ${extra}, missing ${missing}`);
  }
  const head = await page.$eval('#selection', (e) => e.textContent);
  const bars = await page.$$eval('#selection .hist-row', (e) => e.length);
  assert(head.includes(`${expected.toLocaleString('en-US')} selected`) && bars > 0, `the selection panel says "${head.slice(0, 80)}" with ${bars} histogram rows`);
  return `${st.lassoCount} points inside the octagon, ${bars} classes in the histogram`;
}

async function checkClick(page) {
  await page.keyboard.press('Escape');
  const pt = await isolatedPoint(page);
  await page.mouse.move(pt.xy[0], pt.xy[1]);
  await sleep(50);
  await page.mouse.click(pt.xy[0], pt.xy[1]);
  await page.waitForFunction(() => window.projector.state().neighbors.length === 10, { timeout: 10000 }).catch(() => {});
  const st = await page.evaluate(() => window.projector.state());
  assert(st.selected === pt.index, `clicking point ${pt.index} selected ${st.selected}`);
  assert(st.neighbors.length === 10, `${st.neighbors.length} neighbours listed`);
  const rows = await page.$$eval('#selection table.neighbors tr', (e) => e.length - 1);
  assert(rows === 10, `${rows} neighbour rows shown`);
  assert(st.selection === 11, `${st.selection} points highlighted, not the point and its 10 neighbours`);
  return `point ${pt.index}: neighbours ${st.neighbors.join(' ')}`;
}

async function checkSearch(page, expected) {
  await page.click('#search', { clickCount: 3 });
  await page.type('#search', '7');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /match/.test(document.getElementById('search-count').textContent), { timeout: 10000 });
  const text = await page.$eval('#search-count', (e) => e.textContent);
  const st = await page.evaluate(() => window.projector.state());
  const count = Number(text.replace(/[^\d].*$/, '').replace(/,/g, ''));
  assert(count > 0 && st.selectionKind === 'search' && st.selection === count, `search "7": "${text}", selection ${st.selection} (${st.selectionKind})`);
  if (expected !== undefined) assert(count === expected, `search "7" found ${count}, expected ${expected}`);
  await page.click('#search', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  return text;
}

async function checkFilter(page) {
  // "only" on the first class, then show all again.
  await page.evaluate(() => document.querySelector('#legend .legend-row .only').click());
  await sleep(200);
  const st = await page.evaluate(() => window.projector.state());
  const first = await page.$eval('#legend .legend-row .count', (e) => Number(e.textContent.replace(/,/g, '')));
  assert(st.visible === first, `"only" left ${st.visible} points, the class has ${first}`);
  await page.evaluate(() => [...document.querySelectorAll('#legend .legend-tools button')].find((b) => b.textContent === 'show all').click());
  await sleep(200);
  const all = await page.evaluate(() => window.projector.state().visible);
  assert(all === N, `show all left ${all} points`);
  return `only class 0: ${first} points shown; all: ${all}`;
}

async function checkExports(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.click('#export-png');
  await page.click('#export-csv');
  let files = [];
  for (let t = 0; t < 50; t++) {
    files = readdirSync(downloads).filter((f) => !f.endsWith('.crdownload'));
    if (files.some((f) => f.endsWith('.png')) && files.some((f) => f.endsWith('.csv'))) break;
    await sleep(200);
  }
  const png = files.find((f) => f.endsWith('.png'));
  const csv = files.find((f) => f.endsWith('.csv'));
  assert(png && csv, `downloads: ${files.join(', ') || 'none'}`);
  const head = readFileSync(join(downloads, png)).subarray(0, 8);
  assert(head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47, 'the PNG is not a PNG');
  const lines = readFileSync(join(downloads, csv), 'utf8').trim().split('\n');
  const st = await page.evaluate(() => window.projector.state());
  const rows = st.selection || N;
  assert(lines[0].startsWith('index,x,y'), `CSV header: ${lines[0]}`);
  assert(lines.length === rows + 1, `CSV has ${lines.length - 1} rows, expected ${rows}`);
  return `${png} (${statSync(join(downloads, png)).size} bytes), ${csv}: ${lines[0]} + ${lines.length - 1} rows`;
}

async function server(target) {
  const page = await browser.newPage();
  watch(page, 'server');
  const st = await openAndWait(page, target, 'served page');
  await check('page loads and draws', async () => {
    const n = await page.evaluate(() => window.projector.n);
    assert(n === N, `n = ${n}, expected ${N}`);
    const title = await page.$eval('#title', (e) => e.textContent);
    assert(title.includes(`${N.toLocaleString('en-US')} points`), `heading: ${title}`);
    return `${title}; status ${st.status}`;
  });
  await check('ten class colours drawn', () => checkColours(page));
  await check('contours and cluster labels (/api/density)', () => checkDensity(page, 3));
  const rowOf = (i) => page.evaluate((k) => fetch(`/api/row/${k}`).then((r) => r.json()), i);
  await check('hover shows the row and its image', () => checkHover(page, rowOf));
  await check('legend filter (only / show all)', () => checkFilter(page));
  await check('numeric colours on the engine\'s scale (linear; diverging)', async () => {
    const note = await checkNumeric(page, target);
    await page.select('#color-by', 'target');
    await page.waitForFunction(() => window.projector.state().color === 'target', { timeout: 10000 });
    return note;
  });
  await check('search selects matches', async () => {
    const codes = await page.evaluate(async () => {
      const buf = await (await fetch('/api/color?name=target')).arrayBuffer();
      const len = new DataView(buf).getUint32(0, true);
      const info = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, len)));
      const vals = new Uint32Array(buf, 4 + Math.ceil(len / 4) * 4);
      return Array.from(vals, (v) => String(info.classes[v]));
    });
    return checkSearch(page, codes.filter((c) => c.includes('7')).length);
  });
  if (!skipRun) await check('UMAP run animates and reports quality', () => checkRun(page));
  await check('lasso selects the points inside it', () => checkLasso(page));
  await check('CSV of the selection and PNG export', () => checkExports(page));
  await check('click selects a point and lists 10 neighbours', () => checkClick(page));
  if (!skipRun) {
    await check('a second tab queues; Stop stops', () => checkQueueAndStop(page, target));
    await check('t-SNE reports its KL divergence', () => checkTsne(page));
    await check('a 3-D layout is drawn in 3-D: orbit, hover, click', () => check3d(page, rowOf));
  }
  if (shots) await page.screenshot({ path: join(shots, 'served.png') });
  await page.close();
}

async function exported(file) {
  const page = await browser.newPage();
  watch(page, 'export');
  const blocked = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) req.continue();
    else {
      blocked.push(u);
      req.abort();
    }
  });
  await openAndWait(page, `file://${file}`, 'exported file');
  await check('export: draws offline, no Run', async () => {
    const hidden = await page.$eval('#sec-run', (e) => e.hidden);
    assert(hidden, 'Run is shown in the exported page');
    const st = await page.evaluate(() => window.projector.state());
    assert(st.status === 'ready', `status ${st.status}: ${st.message}`);
    const n = await page.evaluate(() => window.projector.n);
    assert(n === N, `n = ${n}`);
    // Its numeric colour columns carry the engine's scale, as /api/color does.
    const scales = await page.evaluate(() => {
      const { colors } = JSON.parse(document.getElementById('projector-data').textContent);
      return Object.values(colors).map((b64) => {
        const bin = atob(b64.slice(0, 2000));
        const len = bin.charCodeAt(0) | (bin.charCodeAt(1) << 8);
        return JSON.parse(bin.slice(4, 4 + len));
      }).filter((h) => h.kind === 'numeric').map((h) => h.scale?.kind ?? 'none');
    });
    assert(scales.length && scales.every((k) => k !== 'none'), `numeric colour headers without a scale: ${scales}`);
    return `${n} points; ${scales.length} numeric colour columns, scales ${[...new Set(scales)]}`;
  });
  await check('export: ten class colours drawn', () => checkColours(page));
  await check('export: contours and ≥ 9 digit labels', () => checkDensity(page, 9));
  const data = await page.evaluate(() => JSON.parse(document.getElementById('projector-data').textContent).rows);
  await check('export: hover shows the row and its image', () =>
    checkHover(page, async (i) => {
      assert(data[i], `row ${i} is not in the export`);
      return data[i];
    }),
  );
  await check('export: no network request', async () => {
    assert(blocked.length === 0, `requests outside the file: ${blocked.slice(0, 5).join(', ')}`);
  });
  if (shots) await page.screenshot({ path: join(shots, 'export.png') });
  const palette = await page.evaluate(() => [...document.querySelectorAll('#legend .legend-row .swatch')].map((s) => s.dataset.color));
  await check('export: a one-shot chromium --screenshot shows the points', () => oneShotScreenshot(page, file, palette, 9));
  await page.close();
  await check('export without neighbours: a click lists the 10 nearest in the layout', () => layoutNeighbours(file, readFileSync(file, 'utf8')));
}
