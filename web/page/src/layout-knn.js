// Nearest neighbours in the layout itself (2-D or 3-D positions as the reducer wrote them), for
// an exported page that holds no original-space neighbours of a row: a brute-force scan over the
// typed positions, keeping the k best in a small sorted list (a million points: a few ms).

/** The k rows nearest to row i in `pos` (n × dims), nearest first: [{index, distance}]. */
export function nearestInLayout(pos, dims, n, i, k = 10) {
  const best = []; // [d², index], ascending, at most k
  const base = i * dims;
  for (let j = 0, o = 0; j < n; j++, o += dims) {
    if (j === i) continue;
    let d2 = 0;
    for (let a = 0; a < dims; a++) {
      const t = pos[o + a] - pos[base + a];
      d2 += t * t;
    }
    if (!(d2 === d2)) continue; // NaN positions
    if (best.length === k && d2 >= best[k - 1][0]) continue;
    let p = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push(null);
    while (p > 0 && best[p - 1][0] > d2) {
      best[p] = best[p - 1];
      p--;
    }
    best[p] = [d2, j];
  }
  return best.map(([d2, index]) => ({ index, distance: Math.sqrt(d2) }));
}
