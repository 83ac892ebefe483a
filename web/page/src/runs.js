// Runs over the WebSocket /ws/run (web/API.md): Run sends the form's reducer, parameters and
// embedding; the server answers queued / progress / loss / done / error as JSON and the
// positions of each frame as binary ([dims u32][iteration u32][f32 × n × dims]), drawn live.
// Between runs the page polls /api/status and reloads the positions another tab's run made.

import { $, fmt, sleep } from './dom.js';
import { setupEmbedding } from './embedding-form.js';
import { readParams, setupParams } from './params-form.js';
import { loadPositions, requestDraw, setPositions } from './plot.js';
import { S } from './state.js';
import { algoName, setProgress, setStatus, updateTitle } from './status.js';

let socket = null;

/** The run section: the embedding, reducer and parameter forms, Run and Stop (served only). */
export function setupRun() {
  setupEmbedding();
  if (S.source.static) {
    $('sec-run').hidden = true;
    return;
  }
  setupParams();
  $('run').addEventListener('click', startRun);
  $('stop').addEventListener('click', () => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ type: 'stop' })));
}

function openSocket() {
  return new Promise((resolve, reject) => {
    if (socket && socket.readyState === WebSocket.OPEN) return resolve(socket);
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/run`);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      socket = ws;
      resolve(ws);
    };
    ws.onerror = () => reject(new Error('cannot open the run connection'));
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (S.running) {
        runEnded();
        setStatus('error', 'the run connection closed', 'error');
      }
    };
    ws.onmessage = (ev) => onRunMessage(ev.data);
  });
}

async function startRun() {
  const algo = $('algo').value;
  const { params, bad } = readParams(algo);
  if (bad) {
    setStatus(S.status, `cannot run: ${bad}`, 'error');
    $('run-error').textContent = `cannot run: ${bad}`;
    return;
  }
  const msg = { type: 'run', algo, params };
  const emb = S.embeddingChoice?.();
  if (emb) {
    if (!emb.columns.length) {
      setStatus(S.status, 'cannot run: tick at least one embedding column', 'error');
      $('run-error').textContent = 'cannot run: tick at least one embedding column';
      return;
    }
    const same = emb.kind === S.embedding.kind && emb.columns.length === S.embedding.columns.length && emb.columns.every((c, k) => c === S.embedding.columns[k]);
    if (!same) msg.embedding = emb.columns;
  }
  let ws;
  try {
    ws = await openSocket();
  } catch (e) {
    setStatus('error', e.message, 'error');
    $('run-error').textContent = e.message;
    return;
  }
  $('run-error').textContent = '';
  S.running = true;
  S.runAlgo = algo;
  S.runEmbedding = emb;
  S.runDims = Number(params.layout?.dims) || S.dims;
  S.frames = 0;
  S.firstFrameMs = null;
  S.quality = null;
  S.loss = null;
  S.runStartedAt = performance.now();
  $('quality').textContent = '';
  $('loss').textContent = '';
  $('run-error').textContent = '';
  $('run').disabled = true;
  $('stop').disabled = false;
  setStatus('running', `${algoName(algo)}: starting…`);
  setProgress('starting', 0, 0);
  ws.send(JSON.stringify(msg));
}

function runEnded() {
  S.running = false;
  $('run').disabled = false;
  $('stop').disabled = true;
  setProgress(null);
}

function onRunMessage(data) {
  if (typeof data !== 'string') {
    onFrame(data);
    return;
  }
  let m;
  try {
    m = JSON.parse(data);
  } catch {
    return;
  }
  const name = algoName(S.runAlgo);
  switch (m.type) {
    case 'queued':
      setStatus('queued', `${name}: queued, ${m.ahead} run${m.ahead === 1 ? '' : 's'} ahead`);
      setProgress(`queued (${m.ahead} ahead)`, 0, 0);
      break;
    case 'progress':
      setStatus('running', `${name}: running`);
      setProgress(m.stage, m.done, m.total);
      break;
    case 'loss':
      S.loss = { name: m.name, value: m.value, iteration: m.iteration };
      $('loss').textContent = `${m.name} ${fmt(m.value)} at iteration ${fmt(m.iteration)}`;
      break;
    case 'done': {
      runEnded();
      const secs = ((performance.now() - S.runStartedAt) / 1000).toFixed(1);
      if (m.completed) {
        S.quality = m.quality || null;
        setStatus('done', `${name}: done, ${fmt(m.iterations)} iteration${m.iterations === 1 ? '' : 's'} in ${secs} s`, 'ok');
        const q = m.quality || {};
        $('quality').textContent = `trustworthiness ${fmt(q.trustworthiness)} · k-NN accuracy ${q.knn_accuracy == null ? 'n/a (no classes)' : fmt(q.knn_accuracy)}`;
      } else {
        setStatus('stopped', `${name}: stopped at iteration ${fmt(m.iterations)}`);
      }
      if (S.frames > 0) {
        requestDraw(true); // the final positions, indexed for hover and lasso
        S.layout = S.runAlgo;
        if (S.runEmbedding) S.embedding = S.runEmbedding;
        S.showEmbedding?.();
        updateTitle();
      }
      syncVersion();
      break;
    }
    case 'error':
      runEnded();
      setStatus('error', `${name}: ${m.message}`, 'error');
      $('run-error').textContent = m.message;
      break;
    default:
  }
}

function onFrame(buf) {
  if (buf.byteLength < 8) return;
  const head = new DataView(buf, 0, 8);
  const dims = head.getUint32(0, true);
  const iteration = head.getUint32(4, true);
  const count = (buf.byteLength - 8) / 4;
  if (dims < 1 || count !== S.n * dims) {
    console.warn(`frame of ${count} values for ${S.n} × ${dims}`);
    return;
  }
  S.frames++;
  if (S.firstFrameMs === null) S.firstFrameMs = performance.now() - S.runStartedAt;
  S.iteration = iteration;
  setPositions(new Float32Array(buf, 8, count), dims, true);
  if (dims !== S.dims || S.layout !== S.runAlgo) {
    S.layout = S.runAlgo;
  }
  updateTitle();
}

/** After our own run, the server's version is ours: remember it so polling does not refetch. */
async function syncVersion() {
  try {
    const st = await S.source.status();
    S.version = st.version;
  } catch {}
}

/** Polls the server every 2 s; a new version (another tab's run) reloads the positions. */
export async function watchVersion() {
  if (S.source.static) return;
  for (;;) {
    await sleep(2000);
    if (S.running) continue;
    try {
      const st = await S.source.status();
      if (st.state === 'ready' && st.version !== S.version && !S.running) {
        S.version = st.version;
        S.layout = st.layout ?? S.layout;
        await loadPositions();
      }
    } catch {}
  }
}
