// The test hook window.projector, read by test/browser.mjs and test/perf.mjs: `ready` (resolves
// once the points are first drawn), the number of points, where point i is on screen, the
// selection, and a summary of the page's state (status, run figures, draw timings).

import { densityState } from './density.js';
import { $ } from './dom.js';
import { plot } from './plot.js';
import { is3d, screenOf3d } from './plot3d.js';
import { S, ready } from './state.js';

export function installHook() {
  window.projector = {
    /** Resolves true once the points are first drawn (false when the page cannot draw). */
    ready,
    isReady: false,
    n: 0,
    /** Client (page) coordinates of point i as drawn now. */
    screenOf(i) {
      if (is3d()) return screenOf3d(i)?.slice(0, 2) ?? null;
      const r = $('canvas').getBoundingClientRect();
      const p = plot.getScreenPosition(i);
      return p ? [r.left + p[0], r.top + p[1]] : null;
    },
    /** Point i's position as the reducer wrote it (dims values). */
    position(i) {
      return Array.from(S.pos.subarray(i * S.dims, (i + 1) * S.dims));
    },
    /** Point i's colour as drawn now (#rrggbb). */
    colorOf(i) {
      return S.palette[S.codes[i]] ?? null;
    },
    /** Density contours and cluster labels as drawn now (labels: text and plot position). */
    density() {
      return densityState();
    },
    /** The selected indices. */
    selection() {
      return S.selection.slice();
    },
    state() {
      return {
        hovered: S.hovered,
        selected: S.selected,
        selection: S.selection.length,
        selectionKind: S.selectionKind,
        lassoCount: S.lassoCount,
        status: S.status,
        message: S.message,
        quality: S.quality,
        loss: S.loss,
        frames: S.frames,
        iteration: S.iteration ?? null,
        dims: S.dims,
        view3d: is3d(),
        draws3d: S.draws3d ?? 0,
        layout: S.layout,
        visible: S.visibleCount,
        color: S.color?.name ?? null,
        palette: S.color?.info.kind === 'categorical' ? S.palette.slice() : null,
        firstDrawMs: S.firstDrawMs,
        firstFrameMs: S.firstFrameMs,
        drawMs: S.drawMs ?? null,
        draws: S.draws ?? 0,
        neighbors: Array.isArray(S.neighbors) ? S.neighbors.map((x) => x.index) : [],
      };
    },
  };
}
