// Colours, as the native viewer draws them (viewer/src/color.rs): a Tableau-20-like palette for
// classes (repeating darker after 20) and viridis for numbers, grey for missing values.

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

/** Viridis at t in [0, 1] (clamped; NaN gives grey). */
export function viridis(t) {
  if (Number.isNaN(t)) return MISSING;
  const x = Math.min(Math.max(t, 0), 1) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(x), VIRIDIS.length - 2);
  const f = x - i;
  return [0, 1, 2].map((k) => Math.round(VIRIDIS[i][k] + (VIRIDIS[i + 1][k] - VIRIDIS[i][k]) * f));
}

/** CSS gradient of the viridis map, for the colour bar. */
export function viridisGradient() {
  return `linear-gradient(to right, ${VIRIDIS.map((c, i) => `${hex(c)} ${((100 * i) / (VIRIDIS.length - 1)).toFixed(1)}%`).join(', ')})`;
}

export function hex([r, g, b]) {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Numeric colouring quantises values to this many bins; code BINS is "missing". */
export const BINS = 255;
