// Drives the notebook widget's ES module (projector/widget.js) the way a notebook front end
// does, in Debian's headless Chromium: a host page renders it with a model holding what the
// kernel sent, then this checks the viewer in its iframe: points drawn, the heading, and a
// hover that shows the row's fields and its image. Run by tests/test_widget_page.py:
//
//   node widget_check.mjs URL_OF_HOST_PAGE      (NODE_PATH: web/page/node_modules)
//
// Prints one JSON line: {"points", "heading", "hovered", "target", "image"}.
import { launchChromium, watch } from '../../web/page/test/chromium.mjs';

const url = process.argv[2];
const { browser, close } = await launchChromium();
try {
  const page = await browser.newPage();
  watch(page, 'host');
  await page.goto(url);
  const handle = await page.waitForSelector('iframe', { timeout: 30000 });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.projector && window.projector.isReady, { timeout: 60000 });
  const box = await handle.boundingBox();
  // A point far from the others, so the pointer rests on it alone.
  const pick = await frame.evaluate(() => {
    const p = window.projector;
    const pts = [];
    for (let i = 0; i < p.n; i++) pts.push([i, p.screenOf(i)]);
    let best = { index: -1, apart: -1 };
    for (const [i, a] of pts) {
      if (!a) continue;
      let near = Infinity;
      for (const [j, b] of pts) if (j !== i && b) near = Math.min(near, Math.hypot(a[0] - b[0], a[1] - b[1]));
      if (near > best.apart && a[0] > 360 && a[1] > 60) best = { index: i, apart: near, xy: a };
    }
    return { n: p.n, best, heading: document.querySelector('h1')?.textContent };
  });
  const [x, y] = [box.x + pick.best.xy[0], box.y + pick.best.xy[1]];
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 5 });
  await frame.waitForFunction(() => document.querySelector('#tooltip:not([hidden]) .fields'), { timeout: 10000 }).catch(() => {});
  await frame.waitForFunction(() => document.getElementById('tooltip-img')?.naturalWidth > 0, { timeout: 10000 }).catch(() => {});
  const tip = await frame.evaluate(() => {
    const t = document.getElementById('tooltip');
    const cells = [...t.querySelectorAll('.fields tr')].map((tr) => [tr.cells[0]?.textContent, tr.cells[1]?.textContent]);
    const img = document.getElementById('tooltip-img');
    return { hidden: t.hidden, cells, image: img ? [img.naturalWidth, img.naturalHeight] : null, hovered: window.projector.state().hovered };
  });
  if (process.env.WIDGET_SHOT) await page.screenshot({ path: process.env.WIDGET_SHOT });
  console.log(JSON.stringify({
    points: pick.n,
    heading: pick.heading,
    picked: pick.best.index,
    hovered: tip.hidden ? null : tip.hovered,
    target: tip.cells.find(([k]) => k === 'target')?.[1] ?? null,
    image: tip.image,
  }));
} finally {
  await close();
}
