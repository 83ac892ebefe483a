// Where the data comes from: the server (`projector serve`, web/API.md) or the data embedded in an
// exported HTML file (`<script type="application/json" id="projector-data">`).

/** Parses a /api/color body: u32 LE JSON length, the JSON, padding to 4 bytes, n values. */
export function parseColorBody(buffer, n) {
  const view = new DataView(buffer);
  const len = view.getUint32(0, true);
  const info = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, len)));
  const offset = 4 + Math.ceil(len / 4) * 4;
  const count = n ?? (buffer.byteLength - offset) / 4;
  const values =
    info.kind === 'categorical'
      ? new Uint32Array(buffer, offset, count)
      : new Float32Array(buffer, offset, count);
  return { info, values };
}

/** Base64 to an ArrayBuffer (a fresh one, so typed views on it are aligned). */
export function base64ToBuffer(text) {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function check(response) {
  if (!response.ok) {
    let text = '';
    try {
      text = (await response.text()).slice(0, 300);
    } catch {}
    throw new HttpError(response.status, `${response.url.replace(location.origin, '')}: ${response.status} ${text || response.statusText}`);
  }
  return response;
}

/** The server's API. */
export class ServerSource {
  constructor() {
    this.static = false;
    this.rows = new Map();
    this.nbrs = new Map();
  }
  async meta() {
    return (await check(await fetch('/api/meta'))).json();
  }
  async status() {
    return (await check(await fetch('/api/status', { cache: 'no-store' }))).json();
  }
  async positions() {
    const r = await check(await fetch('/api/positions', { cache: 'no-store' }));
    const dims = Number(r.headers.get('X-Dims')) || 2;
    return { dims, data: new Float32Array(await r.arrayBuffer()) };
  }
  async color(name, n) {
    const r = await check(await fetch(`/api/color?name=${encodeURIComponent(name)}`));
    return parseColorBody(await r.arrayBuffer(), n);
  }
  colorNames(meta) {
    return meta.columns.filter((c) => c.kind === 'categorical' || c.kind === 'numeric').map((c) => c.name);
  }
  async search(q) {
    const r = await check(await fetch(`/api/search?q=${encodeURIComponent(q)}`));
    return new Uint32Array(await r.arrayBuffer());
  }
  /** The row's fields and whether it has an image; cached. */
  row(i) {
    if (!this.rows.has(i)) {
      const p = fetch(`/api/row/${i}`).then(check).then((r) => r.json());
      p.catch(() => this.rows.delete(i));
      this.rows.set(i, p);
    }
    return this.rows.get(i);
  }
  imageUrl(i) {
    return `/api/image/${i}`;
  }
  neighbors(i, k = 10) {
    const key = `${i}:${k}`;
    if (!this.nbrs.has(key)) {
      const p = fetch(`/api/neighbors/${i}?k=${k}`).then(check).then((r) => r.json());
      p.catch(() => this.nbrs.delete(key));
      this.nbrs.set(key, p);
    }
    return this.nbrs.get(key);
  }
}

/** The data of an exported page. */
export class EmbeddedSource {
  constructor(data) {
    this.static = true;
    this.data = data;
    this.data.meta.static = true;
    this.colorCache = new Map();
  }
  async meta() {
    return this.data.meta;
  }
  async status() {
    return { state: 'ready', stage: '', done: 1, total: 1, layout: this.data.meta.algo, dims: this.data.dims, version: 0 };
  }
  async positions() {
    return { dims: this.data.dims || 2, data: new Float32Array(base64ToBuffer(this.data.positions)) };
  }
  async color(name, n) {
    if (!this.colorCache.has(name)) {
      const body = this.data.colors?.[name];
      if (!body) throw new HttpError(404, `colour column ${name} is not in this export`);
      this.colorCache.set(name, parseColorBody(base64ToBuffer(body), n));
    }
    return this.colorCache.get(name);
  }
  colorNames() {
    return Object.keys(this.data.colors || {});
  }
  /** Searches what the export holds: the class names of its colour columns and its rows' fields. */
  async search(q) {
    const needle = q.toLowerCase();
    const hits = new Set();
    for (const name of this.colorNames()) {
      const { info, values } = await this.color(name, this.data.meta.rows);
      if (info.kind !== 'categorical') continue;
      const match = new Uint8Array(info.classes.length);
      let any = false;
      info.classes.forEach((c, k) => {
        if (String(c).toLowerCase().includes(needle)) {
          match[k] = 1;
          any = true;
        }
      });
      if (!any) continue;
      for (let i = 0; i < values.length; i++) if (match[values[i]]) hits.add(i);
    }
    const searchable = new Set(this.data.meta.searchable || []);
    for (const [key, row] of Object.entries(this.data.rows || {})) {
      for (const [name, value] of row.fields) {
        if (searchable.has(name) && String(value).toLowerCase().includes(needle)) hits.add(Number(key));
      }
    }
    return Uint32Array.from([...hits].sort((a, b) => a - b));
  }
  row(i) {
    const row = this.data.rows?.[i];
    return row ? Promise.resolve(row) : Promise.reject(new Error('this row is not in the export'));
  }
  imageUrl(i) {
    return this.data.images?.[i] ?? null;
  }
  /** Whether the export holds row i's original-space neighbours. */
  hasNeighbors(i) {
    return !!this.data.neighbors?.[i];
  }
  neighbors(i) {
    const n = this.data.neighbors?.[i];
    return n ? Promise.resolve(n) : Promise.reject(new Error('neighbours of this row are not in the export'));
  }
}
