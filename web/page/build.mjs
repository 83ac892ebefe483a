// npm run build: bundles src/main.js into ../assets/app.js (one minified IIFE), after checking
// that the page shell index.html holds the one `<script src="/app.js"></script>` line that
// `projector export` replaces with the inlined bundle. The Rust crate embeds the shell from here
// and the bundle from ../assets (web/src/lib.rs).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'assets');
mkdirSync(out, { recursive: true });

const TAG = '<script src="/app.js"></script>';
const html = readFileSync(join(here, 'index.html'), 'utf8');
if (html.split(TAG).length !== 2) throw new Error(`index.html must hold ${TAG} exactly once`);

const result = await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  outfile: join(out, 'app.js'),
  write: false,
  logLevel: 'warning',
});
let js = result.outputFiles[0].text;
// The bundle is inlined into a <script> by the export: it must not close that element.
if (/<\/script/i.test(js)) js = js.replace(/<\/script/gi, '<\\/script');
if (/<!--/.test(js)) js = js.replace(/<!--/g, '<\\!--');
writeFileSync(join(out, 'app.js'), js);
console.log(`web/assets/app.js ${(js.length / 1024).toFixed(1)} KiB (shell web/page/index.html ${(html.length / 1024).toFixed(1)} KiB)`);
