// The spatial index (KDBush, as regl-scatterplot reads it) built from typed arrays in a worker, so
// a frame of a million points neither blocks the page nor goes through the library's own worker,
// which clones an array of a million [x, y] arrays.

import createKDBushClass from 'regl-scatterplot/src/kdbush-class.js';

/**
 * Up to this many points the first index is built on the main thread (a few milliseconds), so
 * the first frame does not wait for a worker to start: a screenshot taken by a headless browser
 * on virtual time (`chromium --screenshot`), which runs no worker, shows the points too.
 */
export const MAIN_THREAD_FIRST_INDEX = 100000;

let worker = null;
let failed = false;
let seq = 0;
const waiting = new Map();

// Sent to the worker as its source text: it may use nothing but its arguments.
function build(KDBush, x, y) {
  const index = new KDBush(x.length, 16);
  for (let i = 0; i < x.length; i++) index.add(x[i], y[i]);
  index.finish();
  return index.data;
}

function getWorker() {
  if (worker || failed) return worker;
  try {
    const src = `const KDBush = (${createKDBushClass.toString()})();
const build = ${build.toString()};
onmessage = (e) => {
  const data = build(KDBush, e.data.x, e.data.y);
  postMessage({ id: e.data.id, data }, [data]);
};`;
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'projector-index' });
    URL.revokeObjectURL(url);
    worker.onmessage = (e) => {
      const done = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      done?.(e.data.data);
    };
    worker.onerror = () => {
      failed = true;
      worker = null;
      for (const [id, done] of waiting) {
        waiting.delete(id);
        done(null);
      }
    };
  } catch {
    failed = true;
    worker = null;
  }
  return worker;
}

let MainKDBush = null;

/**
 * Resolves to the index (an ArrayBuffer) of points (x[i], y[i]); the arrays are copied.
 * `first`: no index exists yet, so a small set is indexed at once on the main thread.
 */
export function buildIndex(x, y, first = false) {
  const w = first && x.length <= MAIN_THREAD_FIRST_INDEX ? null : getWorker();
  if (!w) {
    MainKDBush ||= createKDBushClass();
    return Promise.resolve(build(MainKDBush, x, y));
  }
  const xs = x.slice();
  const ys = y.slice();
  const id = ++seq;
  return new Promise((resolve) => {
    waiting.set(id, (data) => resolve(data ?? build((MainKDBush ||= createKDBushClass()), xs, ys)));
    w.postMessage({ id, x: xs, y: ys }, [xs.buffer, ys.buffer]);
  });
}
