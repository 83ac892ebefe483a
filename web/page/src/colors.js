// Colours, as the native viewer draws them (viewer/src/color.rs): a Tableau-20-like palette for
// classes (repeating darker after 20), and for numbers the engine's scale (/api/color's `scale`:
// linear, log or diverging) mapped to viridis or a blue–grey–red diverging map, grey for missing.

const PALETTE = [
  [31, 119, 180], [255, 127, 14], [44, 160, 44], [214, 39, 40], [148, 103, 189],
  [140, 86, 75], [227, 119, 194], [127, 127, 127], [188, 189, 34], [23, 190, 207],
  [174, 199, 232], [255, 187, 120], [152, 223, 138], [255, 152, 150], [197, 176, 213],
  [196, 156, 148], [247, 182, 210], [199, 199, 199], [219, 219, 141], [158, 218, 229],
];

/** The colour of class `i` as [r, g, b] bytes. */
export function classColor(i) {
  const base = PALETTE[i % 20];
  const round = Math.min(Math.floor(i / 20), 3);
  return base.map((c) => Math.floor((c * (4 - round)) / 4));
}

const VIRIDIS = [
  [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141],
  [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37],
];

/** Missing numbers. */
export const MISSING = [160, 160, 160];

/** The native viewer's diverging map: blue (negative), grey (zero), red (positive). */
const DIVERGING = [[33, 102, 172], [146, 197, 222], [215, 215, 215], [244, 165, 130], [178, 24, 43]];

function lerpStops(stops, t) {
  if (Number.isNaN(t)) return MISSING;
  const x = Math.min(Math.max(t, 0), 1) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const f = x - i;
  return [0, 1, 2].map((k) => Math.round(stops[i][k] + (stops[i + 1][k] - stops[i][k]) * f));
}

/** Viridis at t in [0, 1] (clamped; NaN gives grey). */
export function viridis(t) {
  return lerpStops(VIRIDIS, t);
}

/** The diverging map at t in [0, 1] (0.5 is zero; clamped; NaN gives grey). */
export function diverging(t) {
  return lerpStops(DIVERGING, t);
}

/** The map of a scale: the diverging one for `diverging`, viridis for linear and log. */
export function scaleMap(scale) {
  return scale?.kind === 'diverging' ? diverging : viridis;
}

/** A numeric column's scale: the engine's (`info.scale`), or linear over min..max. */
export function scaleOf(info) {
  return info.scale || { kind: 'linear', min: info.min, max: info.max };
}

/** Where v lies on `scale`, in [0, 1] as the engine computes it (clamped; NaN when missing). */
export function scalePosition(scale, v) {
  if (!Number.isFinite(v)) return NaN;
  let t;
  if (scale.kind === 'diverging') t = 0.5 + v / (2 * (scale.limit || 1));
  else if (scale.kind === 'log') {
    const a = Math.log10(scale.min);
    const b = Math.log10(scale.max);
    t = b > a ? (Math.log10(v) - a) / (b - a) : 0.5;
  } else t = scale.max > scale.min ? (v - scale.min) / (scale.max - scale.min) : 0.5;
  if (Number.isNaN(t)) return NaN; // log10 of a negative number
  return Math.min(Math.max(t, 0), 1);
}

/** The colour bar's ticks: [low, middle, high] values of the scale. */
export function scaleTicks(scale) {
  if (scale.kind === 'diverging') return [-scale.limit, 0, scale.limit];
  if (scale.kind === 'log') return [scale.min, Math.sqrt(scale.min * scale.max), scale.max];
  return [scale.min, (scale.min + scale.max) / 2, scale.max];
}

/** CSS gradient of a scale's map, for the colour bar. */
export function scaleGradient(scale) {
  const stops = scale?.kind === 'diverging' ? DIVERGING : VIRIDIS;
  return `linear-gradient(to right, ${stops.map((c, i) => `${hex(c)} ${((100 * i) / (stops.length - 1)).toFixed(1)}%`).join(', ')})`;
}

export function hex([r, g, b]) {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Numeric colouring quantises values to this many bins; code BINS is "missing". */
export const BINS = 255;
