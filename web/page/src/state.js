// What the page knows, in one object shared by every module (S), and the promise the test
// hook exposes as `window.projector.ready`, settled once the points are first drawn.

export const T0 = performance.now();

/** Everything the page knows. */
export const S = {
  source: null,
  meta: null,
  n: 0,
  dims: 2,
  layout: null, // the reducer id of what is drawn
  pos: null, // Float32Array n × dims, as the reducer wrote it
  xs: null, // Float32Array n, normalised to [-1, 1]
  ys: null,
  rows: null, // [x, y, code] per point, what the library draws (updated in place)
  codes: null, // Float32Array n: colour codes (class, or numeric bin; BINS = missing)
  color: null, // {name, info, values}
  palette: [],
  hidden: new Set(), // hidden classes of the colour column
  range: null, // {name, lo, hi, values}
  filtered: null, // Uint8Array n of visible points, or null for all
  visibleCount: 0,
  hovered: null,
  selected: null, // the clicked point
  neighbors: [],
  neighborsInLayout: false, // the neighbours listed are the layout's (an export without them)
  selection: [], // indices selected (lasso, search, click and its neighbours)
  selectionKind: null, // 'lasso' | 'search' | 'point'
  lassoCount: 0,
  status: 'loading',
  message: '',
  quality: null,
  loss: null,
  frames: 0,
  firstFrameMs: null,
  firstDrawMs: null,
  runStartedAt: 0,
  running: false,
  version: null,
  embedding: null, // the current embedding columns
  rowFieldsShown: 16,
};

let resolveReady;
/** Resolves true once the points are first drawn (false when the page cannot draw). */
export const ready = new Promise((r) => {
  resolveReady = r;
});

/** Settles `ready`: true (drawn) also marks the test hook ready; false, the page cannot draw. */
export function settleReady(drawn) {
  if (drawn) window.projector.isReady = true;
  resolveReady(drawn);
}
