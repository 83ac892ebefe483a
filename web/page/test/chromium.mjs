// Debian's headless Chromium (`apt-get install chromium`) with software WebGL (SwiftShader), as
// the page's tests drive it: test/browser.mjs (the checks) and test/perf.mjs (the timings).
//
//   const { browser, close } = await launchChromium();   ...   await close();
//
// PROJECTOR_CHROMIUM_ARGS adds flags (space-separated), e.g. --disable-webgl to see the failure.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Launches Chromium on a fresh profile; `close` ends it and removes the profile. */
export async function launchChromium({ args = [] } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'projector-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu-sandbox',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      ...args,
      ...(process.env.PROJECTOR_CHROMIUM_ARGS || '').split(' ').filter(Boolean),
    ],
    defaultViewport: { width: 1400, height: 900 },
    protocolTimeout: 330000,
  });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/** Prints the page's console errors and warnings and its uncaught errors, labelled. */
export function watch(page, label) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`  [${label} console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`  [${label} page error] ${e.message}`));
}

/**
 * Defines `window.__pixels(b64)` in the page: the RGBA bytes of a base64 PNG (a screenshot),
 * decoded by the page's own canvas, for checks that count colours without a PNG library.
 */
export function installPixels(page) {
  return page.evaluate(() => {
    window.__pixels = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return { width: c.width, height: c.height, data: ctx.getImageData(0, 0, c.width, c.height).data };
    };
  });
}

/** The WebGL renderer the page gets (e.g. SwiftShader's), or null when it makes no context. */
export function webGlRenderer(page) {
  return page.evaluate(() => {
    const c = document.createElement('canvas');
    const ctx = c.getContext('webgl');
    if (!ctx) return null;
    const info = ctx.getExtension('WEBGL_debug_renderer_info');
    return info ? ctx.getParameter(info.UNMASKED_RENDERER_WEBGL) : ctx.getParameter(ctx.RENDERER);
  });
}
