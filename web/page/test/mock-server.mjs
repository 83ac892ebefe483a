// A small stand-in for `projector serve`, for developing the page without the Rust server: serves
// web/assets and the API of web/API.md over a numeric CSV with a categorical first column
// (data/digits.csv): PCA positions, colours, search, rows, 8×8 images of pixel_R_C columns,
// exact k-NN, and a WebSocket run that animates towards class clusters.
//
//   node test/mock-server.mjs [CSV] [--port 8051] [--synthetic N]   serve; prints the URL
//   node test/mock-server.mjs [CSV] --export OUT.html    write an exported page, as `projector export`

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, '..', '..', 'assets');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : dflt;
};
const port = Number(opt('--port', 8051));
const exportTo = opt('--export', null);
const csvPath = args[0] || join(here, '..', '..', '..', 'data', 'digits.csv');

// ---- the table (or, with --synthetic N, N points in 10 Gaussian clusters over 16 columns)
const synthetic = Number(opt('--synthetic', 0));
let header;
let labels;
let X;
if (synthetic) {
  header = ['label', ...Array.from({ length: 16 }, (_, j) => `f${j}`)];
  labels = Array.from({ length: synthetic }, (_, i) => `c${i % 10}`);
  X = new Float64Array(synthetic * 16);
  let seed = 7;
  const gauss = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const u = seed / 2147483648 + 1e-9;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos((2 * Math.PI * seed) / 2147483648);
  };
  for (let i = 0; i < synthetic; i++) for (let j = 0; j < 16; j++) X[i * 16 + j] = gauss() + (j === i % 10 ? 6 : 0);
} else {
  const lines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  header = lines[0].split(',');
  const cells = lines.slice(1).map((l) => l.split(','));
  labels = cells.map((r) => r[0]);
  X = new Float64Array(cells.length * (header.length - 1));
  cells.forEach((r, i) => {
    for (let j = 1; j < header.length; j++) X[i * (header.length - 1) + j - 1] = Number(r[j]);
  });
}
const n = labels.length;
const labelCol = header[0];
const numCols = header.slice(1);
const d = numCols.length;
const classes = [...new Set(labels)].sort();
const classIndex = new Map(classes.map((c, k) => [c, k]));
const codes = Uint32Array.from(labels, (c) => classIndex.get(c));

// ---- PCA by power iteration with deflation
function pca(k) {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += X[i * d + j] / n;
  const C = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++) {
      const xa = X[i * d + a] - mean[a];
      for (let b = 0; b < d; b++) C[a * d + b] += (xa * (X[i * d + b] - mean[b])) / n;
    }
  const comps = [];
  for (let c = 0; c < k; c++) {
    let v = Float64Array.from({ length: d }, (_, j) => Math.sin(j + 1 + c));
    for (let it = 0; it < 200; it++) {
      const w = new Float64Array(d);
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) w[a] += C[a * d + b] * v[b];
      for (const u of comps) {
        const dot = w.reduce((s, x, j) => s + x * u[j], 0);
        for (let j = 0; j < d; j++) w[j] -= dot * u[j];
      }
      const norm = Math.hypot(...w) || 1;
      v = w.map((x) => x / norm);
    }
    comps.push(v);
  }
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (X[i * d + j] - mean[j]) * comps[c][j];
      out[i * k + c] = s;
    }
  return out;
}

const pca3 = pca(3);
const take = (pos3, dims) => (dims === 3 ? pos3.slice() : Float32Array.from({ length: n * 2 }, (_, k) => pos3[Math.floor(k / 2) * 3 + (k % 2)]));
let layout = { algo: 'pca', dims: 2, positions: take(pca3, 2), version: 1 };
const startedAt = Date.now();
const INITIAL_MS = 1200;

// ---- API bodies
function colorBody(name) {
  let info;
  let values;
  if (name === labelCol) {
    info = { kind: 'categorical', classes };
    values = codes;
  } else {
    const j = numCols.indexOf(name);
    if (j < 0) return null;
    values = Float32Array.from({ length: n }, (_, i) => X[i * d + j]);
    info = { kind: 'numeric', min: values.reduce((a, b) => Math.min(a, b)), max: values.reduce((a, b) => Math.max(a, b)) };
  }
  const json = Buffer.from(JSON.stringify(info));
  const pad = Math.ceil(json.length / 4) * 4;
  const body = Buffer.alloc(4 + pad + 4 * n);
  body.writeUInt32LE(json.length, 0);
  json.copy(body, 4);
  Buffer.from(values.buffer, values.byteOffset, 4 * n).copy(body, 4 + pad);
  return body;
}

const row = (i) => ({ fields: [[labelCol, labels[i]], ...numCols.map((h, j) => [h, String(X[i * d + j])])], image: true });

function neighbors(i, k) {
  const dist = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (X[r * d + j] - X[i * d + j]) ** 2;
    dist[r] = Math.sqrt(s);
  }
  const best = [];
  for (let r = 0; r < n; r++) {
    if (r === i || (best.length === k && dist[r] >= best[k - 1].distance)) continue;
    best.push({ index: r, distance: dist[r] });
    best.sort((a, b) => a.distance - b.distance);
    if (best.length > k) best.pop();
  }
  return best;
}

const CRC = Int32Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let b = 0; b < 8; b++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const x of buf) c = CRC[(c ^ x) & 255] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** The 8×8 grey PNG of row i's pixel_R_C columns. */
function image(i) {
  const side = Math.round(Math.sqrt(d));
  const raw = Buffer.alloc(side * (side + 1));
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) raw[r * (side + 1) + 1 + c] = Math.round((X[i * d + r * side + c] * 255) / 16);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// The engine's parameter description, from the binary (`projector params`): never a copy.
const projectorBin = process.env.PROJECTOR_BIN || join(here, '../../../target/debug/projector');
const params = JSON.parse(execFileSync(projectorBin, ['params'], { encoding: 'utf8' }));
const meta = () => ({
  source: synthetic ? `synthetic-${n}` : basename(csvPath),
  rows: n,
  columns: [{ name: labelCol, kind: 'categorical', classes: classes.length }, ...numCols.map((name) => ({ name, kind: 'numeric' }))],
  embedding: { kind: 'numeric', columns: numCols },
  embeddable: { vector: [], numeric: numCols },
  color: labelCol,
  searchable: [labelCol],
  has_images: true,
  algos: [
    { id: 'pca', name: 'PCA' },
    { id: 'tsne', name: 't-SNE' },
    { id: 'umap', name: 'UMAP' },
  ],
  algo: 'pca',
  dims: 2,
  params,
  values: { layout: { dims: 2, seed: 0 } },
});

// ---- export
if (exportTo) {
  const b64 = (buf) => Buffer.from(buf.buffer ?? buf, buf.byteOffset ?? 0, buf.byteLength ?? buf.length).toString('base64');
  const data = {
    meta: { ...meta(), static: true },
    positions: b64(layout.positions),
    dims: 2,
    colors: { [labelCol]: colorBody(labelCol).toString('base64'), [numCols[20]]: colorBody(numCols[20]).toString('base64') },
    rows: {},
    images: {},
    neighbors: {},
    omitted: 'neighbours beyond the first 500 rows (mock export)',
  };
  for (let i = 0; i < n; i++) {
    data.rows[i] = row(i);
    data.images[i] = `data:image/png;base64,${image(i).toString('base64')}`;
    if (i < 500) data.neighbors[i] = neighbors(i, 10);
  }
  const html = readFileSync(join(here, '..', 'index.html'), 'utf8');
  const js = readFileSync(join(assets, 'app.js'), 'utf8');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const out = html.replace(
    '<script src="/app.js"></script>',
    () => `<script type="application/json" id="projector-data">${json}</script>\n<script>${js}</script>`,
  );
  writeFileSync(exportTo, out);
  console.log(`wrote ${exportTo} (${(out.length / 1e6).toFixed(2)} MB)`);
  process.exit(0);
}

// ---- HTTP
function send(res, status, body, type = 'application/json', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  const initialDone = Date.now() - startedAt > INITIAL_MS;
  if (p === '/') return send(res, 200, readFileSync(join(here, '..', 'index.html')), 'text/html; charset=utf-8');
  if (p === '/app.js') return send(res, 200, readFileSync(join(assets, 'app.js')), 'text/javascript; charset=utf-8');
  if (p === '/api/meta') return send(res, 200, JSON.stringify(meta()));
  if (p === '/api/status') {
    const done = Math.min(100, Math.floor(((Date.now() - startedAt) / INITIAL_MS) * 100));
    return send(
      res,
      200,
      JSON.stringify({ state: initialDone ? 'ready' : 'running', stage: 'PCA', done, total: 100, error: null, layout: layout.algo, dims: layout.dims, version: layout.version }),
    );
  }
  if (p === '/api/positions') {
    if (!initialDone) return send(res, 409, 'not ready', 'text/plain');
    return send(res, 200, Buffer.from(layout.positions.buffer, layout.positions.byteOffset, layout.positions.byteLength), 'application/octet-stream', { 'X-Dims': String(layout.dims) });
  }
  if (p === '/api/color') {
    const body = colorBody(url.searchParams.get('name'));
    return body ? send(res, 200, body, 'application/octet-stream') : send(res, 404, 'unknown column', 'text/plain');
  }
  if (p === '/api/search') {
    const q = (url.searchParams.get('q') || '').toLowerCase();
    const match = classes.map((c) => c.toLowerCase().includes(q));
    const hits = [];
    for (let i = 0; i < n; i++) if (match[codes[i]]) hits.push(i);
    return send(res, 200, Buffer.from(Uint32Array.from(hits).buffer), 'application/octet-stream');
  }
  let m = p.match(/^\/api\/(row|image|neighbors)\/(\d+)$/);
  if (m) {
    const i = Number(m[2]);
    if (i >= n) return send(res, 404, 'no such row', 'text/plain');
    if (m[1] === 'row') return send(res, 200, JSON.stringify(row(i)));
    if (m[1] === 'image') return send(res, 200, image(i), 'image/png');
    return send(res, 200, JSON.stringify(neighbors(i, Number(url.searchParams.get('k')) || 10)));
  }
  send(res, 404, 'not found', 'text/plain');
});

// ---- WebSocket /ws/run (just enough of RFC 6455)
function wsFrame(opcode, payload) {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126) {
    head[0] = 0x80 | opcode;
    if (len < 65536) {
      head[1] = 126;
      head.writeUInt16BE(len, 2);
    } else {
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
  }
  return Buffer.concat([head, payload]);
}

server.on('upgrade', (req, sock) => {
  if (!req.url.startsWith('/ws/run')) return sock.destroy();
  const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  const text = (obj) => sock.writable && sock.write(wsFrame(1, Buffer.from(JSON.stringify(obj))));
  let buf = Buffer.alloc(0);
  let run = null;
  const stop = (completed) => {
    if (!run) return;
    clearInterval(run.timer);
    const r = run;
    run = null;
    if (completed) layout = { algo: r.algo, dims: r.dims, positions: r.last, version: layout.version + 1 };
    text({ type: 'done', completed, iterations: r.it, ...(completed ? { quality: { trustworthiness: 0.9876, knn_accuracy: 0.9712 } } : {}) });
  };
  const start = (msg) => {
    const dims = Number(msg.params?.layout?.dims) || 2;
    const total = 40;
    const target = new Float32Array(n * dims);
    const start = new Float32Array(n * dims);
    let seed = Number(msg.params?.layout?.seed) || 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * codes[i]) / classes.length;
      const c = [Math.cos(a) * 10, Math.sin(a) * 10, codes[i] % 2 ? 3 : -3];
      for (let k = 0; k < dims; k++) {
        target[i * dims + k] = c[k] + pca3[i * 3 + k] * 0.08;
        start[i * dims + k] = rand() * 2;
      }
    }
    run = { algo: msg.algo, dims, it: 0, last: start, timer: null };
    text({ type: 'queued', ahead: 1 });
    setTimeout(() => {
      if (!run) return;
      text({ type: 'progress', stage: 'k-NN', done: n, total: n });
      run.timer = setInterval(() => {
        const r = run;
        r.it++;
        const t = r.it / total;
        const f = new Float32Array(n * dims);
        for (let k = 0; k < f.length; k++) f[k] = start[k] + (target[k] - start[k]) * t;
        r.last = f;
        const head = Buffer.alloc(8);
        head.writeUInt32LE(dims, 0);
        head.writeUInt32LE(r.it, 4);
        sock.write(wsFrame(2, Buffer.concat([head, Buffer.from(f.buffer)])));
        text({ type: 'progress', stage: msg.algo === 'tsne' ? 't-SNE' : 'UMAP', done: r.it, total });
        if (msg.algo === 'tsne') text({ type: 'loss', name: 'KL divergence', value: 3 / r.it, iteration: r.it });
        if (r.it >= total) stop(true);
      }, 60);
    }, 300);
  };
  sock.on('data', (data) => {
    buf = Buffer.concat([buf, data]);
    for (;;) {
      if (buf.length < 2) return;
      const opcode = buf[0] & 15;
      let len = buf[1] & 127;
      let off = 2;
      if (len === 126) {
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        len = Number(buf.readBigUInt64BE(2));
        off = 10;
      }
      const masked = buf[1] & 128;
      if (buf.length < off + (masked ? 4 : 0) + len) return;
      const mask = masked ? buf.subarray(off, off + 4) : null;
      off += masked ? 4 : 0;
      const payload = Buffer.from(buf.subarray(off, off + len));
      if (mask) for (let k = 0; k < len; k++) payload[k] ^= mask[k & 3];
      buf = buf.subarray(off + len);
      if (opcode === 8) {
        stop(false);
        sock.end(wsFrame(8, Buffer.alloc(0)));
        return;
      }
      if (opcode === 9) sock.write(wsFrame(10, payload));
      if (opcode !== 1) continue;
      const msg = JSON.parse(payload.toString());
      if (msg.type === 'run') {
        if (run) text({ type: 'error', message: 'a run is already going on this socket' });
        else start(msg);
      } else if (msg.type === 'stop') stop(false);
    }
  });
  sock.on('close', () => stop(false));
  sock.on('error', () => stop(false));
});

server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/?token=mock`));
