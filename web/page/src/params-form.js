// The run form's reducer and parameters, built from the engine's own description (meta.params:
// per group, each parameter's type, default, bounds, choices, `auto` and doc): one input per
// parameter, checked as typed; the values are kept as text, per group, across reducer changes.

import { $, el } from './dom.js';
import { S } from './state.js';

const paramValues = {}; // group → name → text

/** Fills the reducer choice and the parameters (the server's current values), and Defaults. */
export function setupParams() {
  const m = S.meta;
  const algoSel = $('algo');
  for (const a of m.algos || []) algoSel.append(el('option', { value: a.id }, a.name));
  algoSel.value = m.algo || m.algos?.[0]?.id;
  for (const [group, specs] of Object.entries(m.params || {})) {
    paramValues[group] = {};
    for (const spec of specs) {
      const v = m.values?.[group]?.[spec.name];
      paramValues[group][spec.name] = v === undefined || v === null ? String(spec.default) : String(v);
    }
  }
  algoSel.addEventListener('change', renderParams);
  renderParams();
  $('defaults').addEventListener('click', () => {
    for (const [group, specs] of Object.entries(m.params || {})) for (const spec of specs) paramValues[group][spec.name] = String(spec.default);
    renderParams();
  });
}

/**
 * The parameters of a run of `algo`, {group: {name: text}}, and the first invalid one as
 * "group.name: why" in `bad` (null when all are valid).
 */
export function readParams(algo) {
  const params = {};
  let bad = null;
  for (const group of groupsFor(algo)) {
    params[group] = {};
    for (const spec of S.meta.params[group]) {
      const text = paramValues[group][spec.name];
      const e = validate(spec, text);
      if (e) bad = bad || `${group}.${spec.name}: ${e}`;
      params[group][spec.name] = text.trim();
    }
  }
  return { params, bad };
}

/** The parameter groups a run of `algo` takes. */
function groupsFor(algo) {
  const p = S.meta.params || {};
  const groups = ['layout'];
  if (algo !== 'pca') groups.push('preprocess');
  if (p[algo]) groups.push(algo);
  return groups.filter((g) => p[g]);
}

/** Why `text` is not a value of `spec`, or null when it is. */
function validate(spec, text) {
  if (spec.type === 'choice') return spec.values?.includes(text) ? null : 'choose a value';
  if (spec.auto != null && text === 'auto') return null;
  const t = text.trim();
  if (t === '') return 'a value is needed';
  const v = Number(t);
  if (!Number.isFinite(v)) return 'not a number';
  if (spec.type === 'int' && !/^[-+]?\d+$/.test(t)) return 'a whole number is needed';
  if (spec.min != null && (spec.min_exclusive ? v <= spec.min : v < spec.min)) return `must be ${spec.min_exclusive ? '>' : '≥'} ${spec.min}`;
  if (spec.max != null && v > spec.max) return `must be ≤ ${spec.max}`;
  return null;
}

function renderParams() {
  const algo = $('algo').value;
  const box = $('params');
  box.textContent = '';
  for (const group of groupsFor(algo)) {
    const fs = el('fieldset', {}, el('legend', {}, group === 'layout' ? 'layout' : group === 'preprocess' ? 'preprocess' : S.meta.algos.find((a) => a.id === group)?.name ?? group));
    for (const spec of S.meta.params[group]) fs.append(paramInput(group, spec));
    box.append(fs);
  }
}

/** One parameter's row: a select (choices, small int ranges) or a number with its `auto` box. */
function paramInput(group, spec) {
  const values = paramValues[group];
  const id = `p-${group}-${spec.name}`;
  const row = el('div', { class: 'param', title: spec.doc || '' });
  const err = el('div', { class: 'param-error' });
  const check = () => {
    const e = validate(spec, values[spec.name]);
    err.textContent = e || '';
    row.classList.toggle('invalid', !!e);
  };
  row.append(el('label', { for: id }, spec.name.replace(/_/g, ' ')));
  let input;
  const small = spec.type === 'int' && spec.min != null && spec.max != null && spec.max - spec.min <= 4;
  if (spec.type === 'choice' || small) {
    const opts = spec.type === 'choice' ? spec.values : Array.from({ length: spec.max - spec.min + 1 }, (_, k) => String(spec.min + k));
    input = el('select', { id, 'data-param': `${group}.${spec.name}` }, ...opts.map((v) => el('option', { value: v }, v)));
    input.value = values[spec.name];
    input.addEventListener('change', () => ((values[spec.name] = input.value), check()));
    row.append(input);
  } else {
    const isAuto = spec.auto != null && values[spec.name] === 'auto';
    input = el('input', {
      id,
      type: 'number',
      step: spec.type === 'int' ? '1' : 'any',
      'data-param': `${group}.${spec.name}`,
      placeholder: spec.default === 'auto' ? '' : String(spec.default),
    });
    if (spec.min != null) input.min = String(spec.min);
    if (spec.max != null) input.max = String(spec.max);
    input.value = isAuto ? '' : values[spec.name];
    input.disabled = isAuto;
    input.addEventListener('input', () => ((values[spec.name] = input.value), check()));
    row.append(input);
    if (spec.auto != null) {
      const box = el('input', { type: 'checkbox', checked: isAuto, 'data-auto': `${group}.${spec.name}` });
      box.addEventListener('change', () => {
        input.disabled = box.checked;
        if (box.checked) values[spec.name] = 'auto';
        else {
          values[spec.name] = input.value || '';
          input.focus();
        }
        check();
      });
      row.append(el('label', { class: 'auto', title: spec.auto }, box, 'auto'));
    }
  }
  row.append(el('div', { class: 'param-default' }, `default ${spec.default}${spec.auto ? ` (${spec.auto})` : ''}`), err);
  check();
  return row;
}
