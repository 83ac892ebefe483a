// The page from web/assets on disk, everything else (API, WebSocket) from a running
// `projector serve`: tries a fresh `npm run build` before the Rust binary embeds it.
//
//   node test/proxy.mjs 'http://localhost:8050/?token=T' [--port 8051]     prints the URL

import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');
const args = process.argv.slice(2);
const k = args.indexOf('--port');
const port = k >= 0 ? Number(args.splice(k, 2)[1]) : 8051;
if (!args[0]) {
  console.error("usage: node test/proxy.mjs 'http://localhost:PORT/?token=T' [--port 8051]");
  process.exit(2);
}
const target = new URL(args[0]);
const token = target.searchParams.get('token') || '';
const withToken = (path) => `${path}${path.includes('?') ? '&' : '?'}token=${token}`;
// The server refuses a page of another origin: to it, the page comes from its own address.
const upstream = (headers) => ({ ...headers, host: target.host, ...(headers.origin ? { origin: target.origin } : {}) });
const srv = createServer((req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  if (p === '/' || p === '/app.js') {
    res.writeHead(200, { 'Content-Type': p === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    return res.end(readFileSync(p === '/' ? join(assets, '..', 'page', 'index.html') : join(assets, 'app.js')));
  }
  const up = request({ host: target.hostname, port: target.port, path: withToken(req.url), method: req.method, headers: upstream(req.headers) }, (r) => {
    res.writeHead(r.statusCode, r.headers);
    r.pipe(res);
  });
  up.on('error', (e) => (res.writeHead(502), res.end(String(e))));
  req.pipe(up);
});
srv.on('upgrade', (req, sock, head) => {
  const up = connect(Number(target.port), target.hostname, () => {
    const headers = Object.entries(upstream(req.headers)).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    up.write(`${req.method} ${withToken(req.url)} HTTP/1.1\r\n${headers}\r\n\r\n`);
    up.write(head);
    up.pipe(sock);
    sock.pipe(up);
  });
  up.on('error', () => sock.destroy());
  sock.on('error', () => up.destroy());
});
srv.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/ (page from web/assets, the rest from ${target.host})`));
