/*
 * Sinus run dashboard: receives RunSnapshot JSON over Server-Sent Events and draws it.
 *
 * Charts are inline SVG built here with DOM calls rather than a charting library: the two charts are small
 * (a few dozen rectangles and lines), SVG text is crisp, printable and readable by screen readers, nothing has to
 * be vendored or licensed, and the page keeps a strict Content-Security-Policy (script and style from 'self' only;
 * element styles are set through the CSSOM, which that policy allows).
 */
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  // Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. Arm i always gets colour i.
  const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
  const MINUS = '\u2212';
  const INTEGER = new Intl.NumberFormat('en-US');

  const token = new URLSearchParams(window.location.search).get('token');
  let latest = null;
  let source = null;
  let retryMs = 1000;
  let lastUpdate = null;

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------- formatting

  /** Decimals for an endpoint: 1 for percentages, otherwise enough for about three significant figures. */
  function decimalsFor(snapshot) {
    if ((snapshot.unit || '').includes('%')) return 1;
    const m = Math.max(0, ...snapshot.arms.map((a) => Math.abs(a.mean ?? 0)));
    return m >= 10 ? 1 : m >= 1 ? 2 : 3;
  }

  /** A number with fixed decimals and a true minus sign; null (NaN on the server) shows as a dash. */
  function fmt(x, decimals) {
    if (x === null || x === undefined || !Number.isFinite(x)) return '—';
    let s = Math.abs(x).toFixed(decimals);
    if (x < 0 && Number(s) !== 0) s = MINUS + s;
    return s;
  }

  function fmtCi(low, high, d) {
    return low === null || high === null ? '—' : fmt(low, d) + ' to ' + fmt(high, d);
  }

  function fmtDuration(s) {
    if (s === null || s === undefined || !Number.isFinite(s)) return '—';
    s = Math.max(0, Math.round(s));
    if (s < 60) return s + ' s';
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    if (h > 0) return h + ' h ' + String(m).padStart(2, '0') + ' min';
    return m + ' min ' + String(sec).padStart(2, '0') + ' s';
  }

  function endpointLabel(snapshot) {
    let name = snapshot.endpointLabel;
    if (!name) {
      name = (snapshot.endpoint || 'endpoint').replace(/[-_]+/g, ' ');
      name = name.charAt(0).toUpperCase() + name.slice(1);
    }
    return name + (snapshot.unit ? ', ' + snapshot.unit : '');
  }

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function colourOf(snapshot, armName) {
    const i = snapshot.arms.findIndex((a) => a.arm === armName);
    return COLOURS[(i < 0 ? 0 : i) % COLOURS.length];
  }

  /** Round tick values covering [lo, hi], about `count` of them. */
  function ticks(lo, hi, count) {
    const span = hi - lo || 1;
    const raw = span / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) || 10 * mag;
    const out = [];
    for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
    return { values: out, step: step };
  }

  /** A tick label with as many decimals as the step needs (2.5 needs one, 2 needs none). */
  function tickText(v, step) {
    let d = 0;
    while (d < 4 && Math.abs(Math.round(step * Math.pow(10, d)) - step * Math.pow(10, d)) > 1e-6) d++;
    return fmt(v, d);
  }

  // ---------------------------------------------------------------- header and progress

  function renderHeader(s) {
    const run = s.run || {};
    $('scenario-name').textContent = run.scenarioName || 'Unnamed scenario';
    $('scenario-title').textContent = run.scenarioTitle || '';
    document.title = (s.finished ? 'Final · ' : '') + (run.scenarioName || 'Run') + ' · Sinus';
    $('seed').textContent = run.seed ?? '—';
    const sha = run.scenarioSha256 || '';
    $('sha').textContent = sha ? sha.slice(0, 12) : '—';
    $('sha').title = sha;
    $('code-version').textContent = run.codeVersion || '—';
  }

  function renderProgress(s) {
    const total = s.patientsTotal || 0;
    const done = s.patientsDone || 0;
    const pct = total > 0 ? Math.min(100, (100 * done) / total) : 0;
    $('progress-text').textContent = INTEGER.format(done) + ' / ' + INTEGER.format(total);
    $('progress-percent').textContent = '(' + (s.finished ? 100 : Math.floor(pct)) + '%)';
    $('progress-fill').style.width = (s.finished ? 100 : pct) + '%';
    const bar = $('progress-bar');
    bar.setAttribute('aria-valuenow', String(Math.round(s.finished ? 100 : pct)));
    bar.setAttribute('aria-valuetext', INTEGER.format(done) + ' of ' + INTEGER.format(total) + ' patients');
    bar.classList.toggle('done', !!s.finished);
    $('elapsed').textContent = fmtDuration(s.elapsedS);
    $('eta-label').textContent = s.finished ? 'Status' : 'Time remaining';
    $('eta').textContent = s.finished ? 'Finished' : s.etaS === null ? 'estimating…' : 'about ' + fmtDuration(s.etaS);
    const failures = $('failures');
    failures.textContent = INTEGER.format(s.failures || 0);
    failures.classList.toggle('has-failures', (s.failures || 0) > 0);
    const banner = $('final-banner');
    banner.hidden = !s.finished;
    if (s.finished) {
      $('final-text').textContent = INTEGER.format(done) + ' virtual patients, each simulated in every arm; run took '
        + fmtDuration(s.elapsedS) + (s.failures ? ', ' + INTEGER.format(s.failures) + ' failures.' : ', no failures.');
    }
  }

  // ---------------------------------------------------------------- cards

  function renderCards(s, d) {
    const cards = $('cards');
    cards.replaceChildren();
    const reference = s.differences.length ? s.differences[0].reference : (s.arms[0] || {}).arm;
    s.arms.forEach((a, i) => {
      const card = el('article', { class: 'panel card', 'data-arm': a.arm, 'aria-label': 'Arm ' + a.arm });
      card.style.setProperty('--arm', COLOURS[i % COLOURS.length]);
      const head = el('div', { class: 'card-head' });
      head.append(el('span', { class: 'card-name' }, a.arm));
      if (a.arm === reference) head.append(el('span', { class: 'tag' }, 'reference'));
      const main = el('div', { class: 'card-main' });
      main.append(el('span', { class: 'mean' }, fmt(a.mean, d)), el('span', { class: 'unit' }, s.unit || ''));
      const ci = el('div', { class: 'ci-line' }, '95% CI ');
      ci.append(el('span', { class: 'ci' }, fmtCi(a.ciLow, a.ciHigh, d)));
      const stats = el('dl', { class: 'card-stats' });
      stats.append(stat('n', INTEGER.format(a.n)), s.binary
        ? stat('events', INTEGER.format(Math.round((a.mean || 0) * a.n / 100)))
        : stat('SD', fmt(a.sd, d)));
      card.append(head, main, ci, stats);
      cards.append(card);
    });
    s.differences.forEach((x) => {
      const card = el('article', { class: 'panel card card-diff', 'data-difference': x.arm,
        'aria-label': 'Difference ' + x.arm + ' minus ' + x.reference });
      const head = el('div', { class: 'card-head' });
      head.append(el('span', { class: 'card-name' }, x.arm + ' ' + MINUS + ' ' + x.reference), el('span', { class: 'tag' }, 'paired'));
      const main = el('div', { class: 'card-main' });
      main.append(el('span', { class: 'mean' }, fmt(x.mean, d)), el('span', { class: 'unit' }, s.unit || ''));
      const ci = el('div', { class: 'ci-line' }, '95% CI ');
      ci.append(el('span', { class: 'ci' }, fmtCi(x.ciLow, x.ciHigh, d)));
      const stats = el('dl', { class: 'card-stats' });
      stats.append(stat('pairs', INTEGER.format(x.n)), stat('SD', fmt(x.sd, d)));
      card.append(head, main, ci, stats);
      cards.append(card);
    });
  }

  function stat(label, value) {
    const div = el('div');
    div.append(el('dt', {}, label), el('dd', {}, value));
    return div;
  }

  // ---------------------------------------------------------------- distribution chart

  function renderLegend(s) {
    const legend = $('legend');
    legend.replaceChildren();
    s.arms.forEach((a, i) => {
      const item = el('span', { class: 'legend-item' });
      const sw = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      sw.style.setProperty('--arm', COLOURS[i % COLOURS.length]);
      sw.style.setProperty('--arm-fill', COLOURS[i % COLOURS.length] + '33');
      item.append(sw, document.createTextNode(a.arm));
      legend.append(item);
    });
  }

  function renderHistogram(s, d) {
    const host = $('histogram');
    const arms = s.arms.filter((a) => a.histogram && a.histogram.counts.length);
    if (!arms.length) { host.replaceChildren(el('div', { class: 'empty' }, 'No patients yet.')); return; }
    const W = Math.max(320, host.clientWidth || 640), H = Math.round(Math.min(360, Math.max(240, W * 0.48)));
    const m = { left: 48, right: 14, top: 14 + 20 * arms.length, bottom: 44 };
    const pw = W - m.left - m.right, ph = H - m.top - m.bottom;
    const h0 = arms[0].histogram;
    const lo = Math.min(...arms.map((a) => a.histogram.lowerEdge));
    const hi = Math.max(...arms.map((a) => a.histogram.lowerEdge + a.histogram.binWidth * a.histogram.counts.length));
    const shares = arms.map((a) => {
      const total = a.histogram.counts.reduce((x, y) => x + y, 0) || 1;
      return a.histogram.counts.map((c) => (100 * c) / total);
    });
    const yMax = Math.max(1, ...shares.flat()) * 1.04;
    const step0 = ticks(0, yMax, 4).step;
    const top = Math.ceil(yMax / step0 - 1e-9) * step0;
    const yt = ticks(0, top, 4);
    const x = (v) => m.left + ((v - lo) / (hi - lo)) * pw;
    const y = (v) => m.top + ph - (v / top) * ph;

    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H,
      'aria-label': 'Distribution of ' + endpointLabel(s) + ' by arm. ' + arms.map((a) =>
        a.arm + ': mean ' + fmt(a.mean, d) + ', 95% CI ' + fmtCi(a.ciLow, a.ciHigh, d)).join('; ') + '.' });
    const axis = svg('g', { class: 'axis' });
    yt.values.forEach((v) => {
      axis.append(svg('line', { class: 'gridline', x1: m.left, x2: m.left + pw, y1: y(v), y2: y(v) }));
      axis.append(svg('text', { x: m.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, tickText(v, yt.step) + '%'));
    });
    const xt = ticks(lo, hi, Math.max(4, Math.min(12, Math.floor(pw / 60))));
    xt.values.forEach((v) => {
      axis.append(svg('line', { class: 'axis-line', x1: x(v), x2: x(v), y1: m.top + ph, y2: m.top + ph + 5 }));
      axis.append(svg('text', { x: x(v), y: m.top + ph + 19, 'text-anchor': 'middle' }, tickText(v, xt.step)));
    });
    axis.append(svg('line', { class: 'axis-line', x1: m.left, x2: m.left + pw, y1: m.top + ph, y2: m.top + ph }));
    axis.append(svg('text', { class: 'axis-title', x: m.left + pw / 2, y: H - 6, 'text-anchor': 'middle' }, endpointLabel(s)));
    axis.append(svg('text', { class: 'axis-title', transform: `translate(12 ${m.top + ph / 2}) rotate(-90)`,
      'text-anchor': 'middle' }, 'Patients, %'));
    root.append(axis);

    // CI bands first, under the distributions; at least 2 px wide so a narrow interval stays visible.
    arms.forEach((a) => {
      if (a.ciLow === null || a.ciHigh === null) return;
      const c = colourOf(s, a.arm);
      const x1 = x(a.ciLow), x2 = Math.max(x(a.ciHigh), x1 + 2);
      root.append(svg('rect', { x: x1, y: m.top, width: Math.max(3, x2 - x1), height: ph, fill: c, 'fill-opacity': 0.25 }));
    });
    // Each distribution as a filled step outline: overlaid outlines stay readable where filled bars would hide
    // each other.
    arms.forEach((a, i) => {
      const c = colourOf(s, a.arm), h = a.histogram;
      let path = `M${x(h.lowerEdge)},${y(0)}`;
      shares[i].forEach((v, k) => {
        const xa = x(h.lowerEdge + k * h.binWidth), xb = x(h.lowerEdge + (k + 1) * h.binWidth);
        path += `L${xa},${y(v)}L${xb},${y(v)}`;
      });
      path += `L${x(h.lowerEdge + h.counts.length * h.binWidth)},${y(0)}Z`;
      root.append(svg('path', { d: path, fill: c, 'fill-opacity': 0.10, stroke: c, 'stroke-width': 2,
        'stroke-linejoin': 'round' }));
    });
    // Mean lines and labels, one label row per arm so close means do not collide.
    arms.forEach((a, i) => {
      if (a.mean === null) return;
      const c = colourOf(s, a.arm), xm = x(a.mean), ly = 14 + 20 * i;
      root.append(svg('line', { x1: xm, x2: xm, y1: ly + 4, y2: m.top + ph, stroke: c, 'stroke-width': 2 }));
      const anchor = xm > m.left + pw * 0.75 ? 'end' : 'start';
      root.append(svg('text', { class: 'mean-label', x: xm + (anchor === 'end' ? -6 : 6), y: ly + 4,
        'text-anchor': anchor, fill: c }, a.arm + ' ' + fmt(a.mean, d)));
    });
    host.replaceChildren(root);
  }

  /** A binary endpoint: one bar per arm, the share of patients with the event, with its Wilson 95% interval. */
  function renderProportions(s, d) {
    const host = $('histogram');
    const arms = s.arms.filter((a) => a.mean !== null && a.mean !== undefined);
    if (!arms.length) { host.replaceChildren(el('div', { class: 'empty' }, 'No patients yet.')); return; }
    const W = Math.max(320, host.clientWidth || 640);
    const row = 34;
    const m = { left: Math.min(180, 16 + 8 * Math.max(...arms.map((a) => a.arm.length))), right: 70, top: 10, bottom: 44 };
    const H = m.top + m.bottom + row * arms.length;
    const pw = W - m.left - m.right;
    const top = Math.min(100, Math.max(5, ...arms.map((a) => a.ciHigh ?? a.mean)) * 1.1);
    const xt = ticks(0, top, Math.max(3, Math.min(10, Math.floor(pw / 70))));
    const x = (v) => m.left + (v / xt.values[xt.values.length - 1]) * pw;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H,
      'aria-label': endpointLabel(s) + ' by arm. ' + arms.map((a) =>
        a.arm + ': ' + fmt(a.mean, d) + '%, 95% CI ' + fmtCi(a.ciLow, a.ciHigh, d)).join('; ') + '.' });
    const axis = svg('g', { class: 'axis' });
    xt.values.forEach((v) => {
      axis.append(svg('line', { class: 'gridline', x1: x(v), x2: x(v), y1: m.top, y2: m.top + row * arms.length }));
      axis.append(svg('text', { x: x(v), y: m.top + row * arms.length + 18, 'text-anchor': 'middle' },
        tickText(v, xt.step) + '%'));
    });
    axis.append(svg('text', { class: 'axis-title', x: m.left + pw / 2, y: H - 6, 'text-anchor': 'middle' },
      endpointLabel(s)));
    root.append(axis);
    arms.forEach((a, i) => {
      const c = colourOf(s, a.arm), yc = m.top + row * i + row / 2;
      root.append(svg('text', { x: m.left - 8, y: yc + 4, 'text-anchor': 'end', class: 'bar-label' }, a.arm));
      root.append(svg('rect', { x: x(0), y: yc - 9, width: Math.max(1, x(a.mean) - x(0)), height: 18, fill: c,
        'fill-opacity': 0.35, stroke: c }));
      if (a.ciLow !== null && a.ciHigh !== null) {
        root.append(svg('line', { x1: x(a.ciLow), x2: x(a.ciHigh), y1: yc, y2: yc, stroke: c, 'stroke-width': 2 }));
        [a.ciLow, a.ciHigh].forEach((v) => root.append(svg('line', { x1: x(v), x2: x(v), y1: yc - 6, y2: yc + 6,
          stroke: c, 'stroke-width': 2 })));
      }
      root.append(svg('text', { class: 'mean-label', x: x(a.ciHigh ?? a.mean) + 6, y: yc + 4, fill: c },
        fmt(a.mean, d) + '%'));
    });
    host.replaceChildren(root);
  }

  // ---------------------------------------------------------------- forest plot

  function renderForest(s, d) {
    const host = $('forest');
    const note = $('forest-note');
    const rows = s.differences;
    if (!rows.length) {
      host.replaceChildren(el('div', { class: 'empty' }, 'One arm only: nothing to compare.'));
      note.replaceChildren();
      return;
    }
    // Each row: its label and numbers on one line, its interval on the full plot width below them.
    const W = Math.max(300, host.clientWidth || 480);
    const rowH = 78;
    const m = { left: 14, right: 14, top: 6, bottom: 46 };
    const H = m.top + rowH * rows.length + m.bottom;
    const pl = m.left, pw = W - m.left - m.right;
    const vals = [0];
    rows.forEach((r) => [r.mean, r.ciLow, r.ciHigh].forEach((v) => { if (v !== null) vals.push(v); }));
    let lo = Math.min(...vals), hi = Math.max(...vals);
    const pad = (hi - lo || 1) * 0.12;
    lo -= pad; hi += pad;
    const xt = ticks(lo, hi, Math.max(3, Math.min(9, Math.floor(pw / 60))));
    lo = Math.min(lo, xt.values[0]); hi = Math.max(hi, xt.values[xt.values.length - 1]);
    const x = (v) => pl + ((v - lo) / (hi - lo)) * pw;
    const bottom = m.top + rowH * rows.length;

    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H,
      'aria-label': 'Paired differences: ' + rows.map((r) => r.arm + ' minus ' + r.reference + ' '
        + fmt(r.mean, d) + ' ' + (s.unit || '') + ', 95% CI ' + fmtCi(r.ciLow, r.ciHigh, d)).join('; ') + '.' });
    const axis = svg('g', { class: 'axis' });
    xt.values.forEach((v) => {
      axis.append(svg('line', { class: 'gridline', x1: x(v), x2: x(v), y1: m.top + 30, y2: bottom }));
      axis.append(svg('text', { x: x(v), y: bottom + 18, 'text-anchor': 'middle' }, tickText(v, xt.step)));
    });
    axis.append(svg('line', { class: 'axis-line', x1: pl, x2: pl + pw, y1: bottom, y2: bottom }));
    axis.append(svg('text', { class: 'axis-title', x: pl + pw / 2, y: H - 6, 'text-anchor': 'middle' },
      'Difference, arm ' + MINUS + ' reference' + (s.unit ? ', ' + s.unit : '')));
    root.append(axis);
    root.append(svg('line', { class: 'zero-line', x1: x(0), x2: x(0), y1: m.top + 30, y2: bottom }));

    rows.forEach((r, i) => {
      const top = m.top + rowH * i, cy = top + 52, c = colourOf(s, r.arm);
      const label = svg('text', { class: 'row-label', x: m.left, y: top + 18 }, r.arm + ' ');
      label.append(svg('tspan', { class: 'row-sub' }, MINUS + ' ' + r.reference));
      root.append(label);
      const summary = fmt(r.mean, d) + ' (' + fmtCi(r.ciLow, r.ciHigh, d) + ')';
      root.append(svg('text', { class: 'row-value', x: W - m.right, y: top + 18, 'text-anchor': 'end',
        'data-difference': r.arm }, summary));
      // The square first and the interval over it, so an interval narrower than the square still shows.
      if (r.mean !== null) {
        root.append(svg('rect', { x: x(r.mean) - 6, y: cy - 6, width: 12, height: 12, fill: c, 'fill-opacity': 0.85 }));
      }
      if (r.ciLow !== null && r.ciHigh !== null) {
        root.append(svg('line', { x1: x(r.ciLow), x2: x(r.ciHigh), y1: cy, y2: cy, stroke: c, 'stroke-width': 2.5 }));
        [r.ciLow, r.ciHigh].forEach((v) => root.append(svg('line', { x1: x(v), x2: x(v), y1: cy - 10, y2: cy + 10,
          stroke: '#17202b', 'stroke-width': 2 })));
      }
    });
    host.replaceChildren(root);
    note.replaceChildren(...rows.map((r) => el('p', {}, readOut(r, s, d))));
  }

  /** The difference in words, direction stated and not judged: whether lower is better depends on the endpoint. */
  function readOut(r, s, d) {
    if (r.mean === null) return r.arm + ': no pairs yet.';
    const unit = s.binary ? ' percentage points' : s.unit ? ' ' + s.unit : '';
    const direction = r.mean < 0 ? 'lower' : 'higher';
    let text = 'With ' + r.arm + ', ' + endpointLabel(s).split(',')[0].toLowerCase() + ' is on average '
      + fmt(Math.abs(r.mean), d) + unit + ' ' + direction + ' than with ' + r.reference + ' in the same patients';
    if (r.ciLow === null || r.ciHigh === null) return text + '.';
    const excludes = r.ciLow > 0 || r.ciHigh < 0;
    return text + '; the 95% CI ' + (excludes ? 'excludes' : 'includes') + ' zero.';
  }

  // ---------------------------------------------------------------- simulated trials

  function renderTrials(s, d) {
    const rows = s.simulatedTrials || [];
    const section = $('trials');
    section.hidden = rows.length === 0;
    if (!rows.length) return;
    const first = rows[0];
    $('trials-note').textContent = INTEGER.format(first.trials) + ' parallel-group trials of ' + INTEGER.format(first.nPerArm)
      + ' patients per arm drawn from ' + INTEGER.format(first.pool) + ' virtual patients'
      + (first.withReplacement ? ' (with replacement)' : '') + '; two-sided ' + (first.test || 'Welch t-test')
      + ' at alpha ' + first.alpha
      + '. Power = share of trials that reject no difference.';
    const body = $('trials-table').tBodies[0];
    body.replaceChildren();
    rows.forEach((r) => {
      const tr = el('tr', { 'data-trial': r.arm });
      tr.append(el('th', { scope: 'row' }, r.arm + ' ' + MINUS + ' ' + r.reference));
      const power = el('td', { class: 'power', 'data-label': 'Power' });
      const bar = el('span', { class: 'power-bar', role: 'img',
        'aria-label': 'power ' + fmt(100 * r.power, 1) + ' percent' });
      const fill = el('span', { class: 'power-fill' });
      fill.style.width = Math.max(0, Math.min(100, 100 * r.power)) + '%';
      bar.append(fill);
      power.append(bar, el('span', { class: 'power-value' }, fmt(100 * r.power, 1) + '%'),
        el('span', { class: 'muted' }, ' \u00b1 ' + fmt(100 * r.powerSe, 1)));
      tr.append(power,
        el('td', { class: 'num', 'data-label': 'Estimate (mean)' }, fmt(r.meanEffect, d) + ' ' + (s.unit || '')),
        el('td', { class: 'num', 'data-label': '95% of trials' }, fmtCi(r.effectLow, r.effectHigh, d)),
        el('td', { class: 'num', 'data-label': 'Typical 95% CI' }, '\u00b1 ' + fmt(r.medianCiHalfWidth, d)));
      body.append(tr);
    });
  }

  // ---------------------------------------------------------------- render and connection

  /**
   * A binary endpoint (each patient 0 or 1; the snapshot's `binary`) is shown in percent of patients: the arms'
   * proportions, the paired risk differences and the simulated trials' estimates scaled by 100.
   */
  function asShown(s) {
    if (!s.binary) return s;
    const pct = (x) => (x === null || x === undefined ? x : 100 * x);
    const scale = (o, keys) => { const c = Object.assign({}, o); keys.forEach((k) => { c[k] = pct(o[k]); }); return c; };
    return Object.assign({}, s, {
      unit: '% of patients',
      arms: s.arms.map((a) => scale(a, ['mean', 'sd', 'ciLow', 'ciHigh'])),
      differences: s.differences.map((x) => scale(x, ['mean', 'sd', 'ciLow', 'ciHigh'])),
      simulatedTrials: (s.simulatedTrials || []).map((t) =>
        scale(t, ['meanEffect', 'effectLow', 'effectHigh', 'medianCiHalfWidth'])),
    });
  }

  function render(raw) {
    const s = asShown(raw);
    const d = decimalsFor(s);
    renderHeader(s);
    renderProgress(s);
    $('endpoint-heading').textContent = endpointLabel(s);
    renderCards(s, d);
    $('endpoint-note').textContent = s.binary
      ? 'Share of patients with the event, with Wilson\u2019s 95% confidence interval'
      : 'Mean with 95% confidence interval of the mean (Student t)';
    $('histogram-title').textContent = s.binary ? 'Share of patients by arm' : 'Distribution by arm';
    $('histogram-note').textContent = s.binary
      ? 'Bar = share of patients with the event; whiskers = Wilson\u2019s 95% interval'
      : 'Share of patients per bin; line = mean, shaded band = 95% CI of the mean';
    renderLegend(s);
    if (s.binary) renderProportions(s, d); else renderHistogram(s, d);
    renderForest(s, d);
    renderTrials(s, d);
    lastUpdate = new Date();
    updateFooter();
  }

  function updateFooter() {
    if (!lastUpdate) return;
    $('updated').textContent = 'Last update ' + lastUpdate.toLocaleTimeString('en-GB') + '.';
  }

  function setState(kind, text) {
    const state = $('state');
    state.className = 'state state-' + kind;
    $('state-text').textContent = text;
  }

  function connect() {
    source = new EventSource('/events' + (token ? '?token=' + encodeURIComponent(token) : ''));
    source.onopen = () => { retryMs = 1000; if (!latest || !latest.finished) setState('live', 'Live'); };
    source.addEventListener('snapshot', (e) => {
      latest = JSON.parse(e.data);
      render(latest);
      if (latest.finished) {
        // The run is over and its server will go away: stop listening so the page does not show a reconnect.
        source.close();
        setState('final', 'Final');
      } else {
        setState('live', 'Live');
      }
    });
    source.onerror = () => {
      if (latest && latest.finished) return;
      setState('reconnecting', 'Reconnecting…');
      // EventSource retries by itself after a network error; after an HTTP error it gives up, so retry here.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, retryMs);
        retryMs = Math.min(30000, retryMs * 2);
      }
    };
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (latest) render(latest); }, 150);
  });

  connect();
})();
