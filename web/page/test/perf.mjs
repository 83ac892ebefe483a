// Times the page in headless Chromium (software WebGL, so the figures are a floor for real GPUs):
// a served page (`projector serve`, or test/proxy.mjs in front of it) or an exported file.
//
//   node test/perf.mjs URL|FILE.html [--pan-seconds 3] [--timeout 600] [--shot PNG]   prints one JSON line
//
// Figures: time to the first frame (from the page's script start, and from navigation), whether
// the points show (the plot's pixels other than its white background), the frame time while
// dragging the plot for --pan-seconds (the intervals between the plot's frames, median, p95 and
// max; the time each frame's copy to the screen waited; requestAnimationFrame intervals), the JS
// heap (CDP Performance.getMetrics), and the resident memory (VmRSS) of the renderer and GPU
// processes (Linux /proc, under the browser's pid). The exported file's size too, for a FILE.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { installPixels, launchChromium, watch, webGlRenderer } from './chromium.mjs';

const argv = process.argv.slice(2);
const option = (name, dflt) => {
  const k = argv.indexOf(name);
  return k >= 0 ? argv.splice(k, 2)[1] : dflt;
};
const panSeconds = Number(option('--pan-seconds', 3));
const timeoutS = Number(option('--timeout', 600));
const shot = option('--shot', null);
const target = argv[0];
if (!target) {
  console.error('usage: node test/perf.mjs URL|FILE.html [--pan-seconds 3] [--timeout 600] [--shot PNG]');
  process.exit(2);
}
const isFile = !/^https?:/.test(target);
const url = isFile ? `file://${resolve(target.replace(/^file:\/\//, ''))}` : target;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (v, d = 1) => (v == null ? null : Number(v.toFixed(d)));

/**
 * The resident memory (VmRSS, MiB) of the browser's processes, by kind (--type=...): `renderer`
 * is the renderer that used the most CPU (the page's; the others are idle spares), `gpu` the GPU
 * process (where software WebGL keeps the buffers), `all` every process's.
 */
function memory(root) {
  const procs = [];
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))[1]);
      procs.push({ pid: Number(p), ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]), cmd, mb: kb / 1024 });
    } catch {}
  }
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const under = (p) => {
    for (let q = p; q && q > 1; q = byPid.get(q)?.ppid) if (q === root) return true;
    return false;
  };
  const ours = procs.filter((p) => under(p.pid));
  const kind = (p) => (/--type=([\w-]+)/.exec(p.cmd) || [null, p.pid === root ? 'browser' : 'other'])[1];
  const all = {};
  for (const p of ours) (all[kind(p)] ||= []).push(round(p.mb));
  const top = (k) => ours.filter((p) => kind(p) === k).sort((a, b) => b.cpu - a.cpu)[0];
  return { rendererMB: round(top('renderer')?.mb), gpuMB: round(top('gpu-process')?.mb), all };
}

/** Pixels of the plot canvas that are not its white background (are the points drawn?). */
async function inkedPixels(page) {
  const png = await (await page.$('#canvas')).screenshot({ encoding: 'base64' });
  await installPixels(page);
  return page.evaluate(async (b64) => {
    const c = await window.__pixels(b64);
    const px = c.data;
    let ink = 0;
    for (let p = 0; p < px.length; p += 4) if (px[p] < 245 || px[p + 1] < 245 || px[p + 2] < 245) ink++;
    return { ink, of: c.width * c.height };
  }, png);
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f) => s[Math.min(s.length - 1, Math.floor(f * s.length))];
  return s.length ? { median: round(q(0.5)), p95: round(q(0.95)), max: round(s.at(-1)), count: s.length } : null;
}

/**
 * Before the page's scripts: records each frame the plot draws. regl-scatterplot renders into
 * its own WebGL canvas and copies every frame onto #canvas with one 2D drawImage, which waits
 * for the (software) GPU: its start and duration are the frame's.
 */
function recordFrames() {
  const frames = [];
  window.__plotFrames = frames;
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    if (this.canvas.id !== 'canvas') return drawImage.apply(this, args);
    const t = performance.now();
    const out = drawImage.apply(this, args);
    frames.push([t, performance.now() - t]);
    return out;
  };
}

/**
 * Drags the plot in a circle for `seconds`: the intervals between the plot's frames (ms), the
 * time the copy of each frame waited (ms), and the requestAnimationFrame intervals meanwhile.
 */
async function pan(page, seconds) {
  const box = await page.$eval('#canvas', (e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.min(r.width, r.height) / 6 };
  });
  await page.evaluate(() => {
    const t = [];
    window.__perf = { t, on: true, from: window.__plotFrames.length };
    const tick = (now) => {
      t.push(now);
      if (window.__perf.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(box.x + box.r, box.y);
  await page.mouse.down();
  const t0 = performance.now();
  let moves = 0;
  while (performance.now() - t0 < seconds * 1000) {
    const a = ((performance.now() - t0) / 1000) * 2 * Math.PI;
    await page.mouse.move(box.x + box.r * Math.cos(a), box.y + box.r * Math.sin(a));
    moves++;
    await sleep(8);
  }
  await page.mouse.up();
  const wall = performance.now() - t0;
  await sleep(300);
  const { raf, frames } = await page.evaluate(() => {
    window.__perf.on = false;
    return { raf: window.__perf.t, frames: window.__plotFrames.slice(window.__perf.from) };
  });
  const gaps = (ts) => ts.slice(1).map((t, k) => t - ts[k]);
  return {
    seconds: round(wall / 1000, 2),
    moves,
    plotFrames: frames.length,
    frameMs: stats(gaps(frames.map((f) => f[0]))),
    copyMs: stats(frames.map((f) => f[1])),
    rafMs: stats(gaps(raf)),
  };
}

const { browser, close } = await launchChromium();
let result = { target: isFile ? resolve(target) : target };
try {
  const page = await browser.newPage();
  watch(page, 'page');
  await page.evaluateOnNewDocument(recordFrames);
  if (isFile) result.fileMB = round(statSync(resolve(target.replace(/^file:\/\//, ''))).size / 1e6);
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutS * 1000 });
  result.webgl = await webGlRenderer(page);
  await page.waitForFunction(() => window.projector, { timeout: timeoutS * 1000 });
  const ok = await page.evaluate((ms) => Promise.race([window.projector.ready, new Promise((r) => setTimeout(() => r('timeout'), ms))]), timeoutS * 1000);
  const wall = performance.now() - t0;
  const st = await page.evaluate(() => window.projector.state());
  Object.assign(result, {
    n: await page.evaluate(() => window.projector.n),
    ready: ok,
    status: st.status,
    message: st.message,
    firstDrawS: round(st.firstDrawMs / 1000, 2),
    firstDrawFromNavigationS: round(wall / 1000, 2),
    drawMs: round(st.drawMs),
  });
  // Until the status says ready (colours and positions in), then a moment for the last draw.
  await page.waitForFunction(() => ['ready', 'error'].includes(window.projector.state().status), { timeout: timeoutS * 1000, polling: 100 }).catch(() => {});
  result.readyFromNavigationS = round((performance.now() - t0) / 1000, 2);
  await sleep(1000);
  result.drawn = await inkedPixels(page);
  if (shot) await page.screenshot({ path: shot });
  result.pan = await pan(page, panSeconds);
  await sleep(500);
  result.drawnAfterPan = await inkedPixels(page);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await cdp.send('Performance.enable');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  result.jsHeapUsedMB = round(metrics.JSHeapUsedSize / 2 ** 20);
  result.jsHeapTotalMB = round(metrics.JSHeapTotalSize / 2 ** 20);
  result.rss = memory(browser.process().pid);
} catch (e) {
  result.error = e.stack || String(e);
} finally {
  await close();
}
console.log(JSON.stringify(result));
process.exit(result.error || result.ready !== true ? 1 : 0);
