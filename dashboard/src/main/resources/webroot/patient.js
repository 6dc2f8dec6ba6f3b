/*
 * Sinus patient page: one virtual patient's beat-resolved traces under every arm (/api/patient, written by
 * `sinus patient --serve`), drawn as a clinician reads haemodynamics: pressure tracings, the LV pressure-volume
 * loop, the coronary sinus pressure over an occlusion cycle and the at-risk layer flows.
 *
 * Hand-written SVG like dashboard.js (same reasons: a strict Content-Security-Policy, nothing vendored); the few
 * helpers below are copied from it so that either page stands alone. Over 500 lines because it is one page's four
 * charts, each a screenful, that share their data helpers and frame.
 */
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  // The main page's palette, in the same order: arm i of the scenario has colour i on both pages.
  const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
  const MINUS = '\u2212';
  const token = new URLSearchParams(window.location.search).get('token');
  const $ = (id) => document.getElementById(id);
  let data = null;
  let selected = null;

  // ---------------------------------------------------------------- helpers (as in dashboard.js)

  function fmt(x, decimals) {
    if (x === null || x === undefined || !Number.isFinite(x)) return '—';
    let s = Math.abs(x).toFixed(decimals);
    if (x < 0 && Number(s) !== 0) s = MINUS + s;
    return s;
  }

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

  function ticks(lo, hi, count) {
    const span = hi - lo || 1;
    const raw = span / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) || 10 * mag;
    const out = [];
    for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
    return { values: out, step: step };
  }

  function tickText(v, step) {
    let d = 0;
    while (d < 4 && Math.abs(Math.round(step * Math.pow(10, d)) - step * Math.pow(10, d)) > 1e-6) d++;
    return fmt(v, d);
  }

  /** A domain padded and widened to round ticks. */
  function niceDomain(lo, hi, count, padFraction) {
    const pad = (hi - lo || Math.abs(hi) || 1) * (padFraction || 0);
    const low = lo >= 0 && lo - pad < 0 ? 0 : lo - pad; // a quantity that cannot go below zero starts at zero
    const t = ticks(low, hi + pad, count);
    return [Math.floor(low / t.step + 1e-9) * t.step, Math.ceil((hi + pad) / t.step - 1e-9) * t.step];
  }

  // ---------------------------------------------------------------- data

  const colourOf = (arm) => COLOURS[Math.max(0, data.arms.indexOf(arm)) % COLOURS.length];
  const controlArm = () => data.arms.find((a) => a.device === 'none') || null;

  /** Samples of `arm` as {t, v} arrays for the named series, restricted to [from, to]. */
  function slice(arm, name, from, to) {
    const t = arm.series.time_s, v = arm.series[name], ts = [], vs = [];
    for (let k = 0; k < t.length; k++) {
      if (t[k] >= from - 1e-9 && t[k] <= to + 1e-9 && v[k] !== null) { ts.push(t[k]); vs.push(v[k]); }
    }
    return { t: ts, v: vs };
  }

  /** Control's steady state: the end of the warm-up and the control run, which continues it. */
  function controlTrace() {
    const c = controlArm();
    if (!c) return data.warmup;
    const series = {};
    Object.keys(c.series).forEach((k) => { series[k] = data.warmup.series[k].concat(c.series[k]); });
    return { arm: c.arm, device: 'none', series: series };
  }

  /** Occlusion periods [on, off] of an arm; off is null while the balloon is still up at the trace's end. */
  function occlusions(arm) {
    const t = arm.series.time_s, o = arm.series.cs_occluded, out = [];
    for (let k = 0; k < t.length; k++) {
      const up = o[k] > 0.5, wasUp = k > 0 && o[k - 1] > 0.5;
      if (up && !wasUp) out.push([t[k], null]);
      if (!up && wasUp) out[out.length - 1][1] = t[k];
    }
    return out;
  }

  const timeRange = (arm) => [arm.series.time_s[0], arm.series.time_s[arm.series.time_s.length - 1]];
  const summary = (arm, name) => { const q = arm.summary.find((s) => s.name === name); return q ? q.value : null; };

  /** Mean of a series over each whole beat of [from, to]: [{t0, t1, mean}]. */
  function beatMeans(arm, name, from, to) {
    const P = data.periodS, out = [];
    for (let b = Math.ceil(from / P - 1e-9); (b + 1) * P <= to + 1e-9; b++) {
      const s = slice(arm, name, b * P, (b + 1) * P - 1e-6);
      if (s.v.length) out.push({ t0: b * P, t1: (b + 1) * P, mean: s.v.reduce((x, y) => x + y, 0) / s.v.length });
    }
    return out;
  }

  /**
   * The windows every chart shows for the selected arm: the last completed occlusion (balloon up, then released)
   * when the arm has one, else the arm's last beats.
   */
  function windows(arm) {
    const P = data.periodS, [t0, t1] = timeRange(arm);
    const done = occlusions(arm).filter((o) => o[1] !== null);
    const last = done.length ? done[done.length - 1] : null;
    const anchor = last ? last[1] : t1; // release, or the trace's end
    let beat = Math.floor(anchor / P + 1e-9);
    const pressure = [Math.max(t0, (beat - 3) * P), Math.min(t1, (beat + 2) * P)];
    if (!last) { pressure[0] = Math.max(t0, (beat - 5) * P); pressure[1] = beat * P; }
    const loopBeat = [(beat - 1) * P, beat * P];
    const cycle = last ? [Math.max(t0, last[0] - 3), Math.min(t1, last[1] + 3)] : [Math.max(t0, t1 - 12), t1];
    return { pressure: pressure, loopBeat: loopBeat, cycle: cycle, occlusion: last };
  }

  // ---------------------------------------------------------------- chart frame

  /**
   * An SVG with axes: x and y domains, tick labels, gridlines and axis titles. Returns the root and the scales.
   */
  function frame(host, o) {
    const W = Math.max(300, host.clientWidth || 560), H = o.height || Math.round(Math.min(380, Math.max(260, W * 0.6)));
    const m = { left: 56, right: o.right || 16, top: o.top || 12, bottom: 46 };
    const pw = W - m.left - m.right, ph = H - m.top - m.bottom;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H, 'aria-label': o.label });
    const x = (v) => m.left + ((v - o.x[0]) / (o.x[1] - o.x[0])) * pw;
    const panels = o.panels || [{ y: o.y, title: o.yTitle, top: 0, height: 1 }];
    const axis = svg('g', { class: 'axis' });
    const scales = panels.map((p) => {
      const top = m.top + p.top * ph, h = p.height * ph;
      const y = (v) => top + h - ((v - p.y[0]) / (p.y[1] - p.y[0])) * h;
      const yt = ticks(p.y[0], p.y[1], Math.max(2, Math.round(h / 45)));
      yt.values.forEach((v) => {
        axis.append(svg('line', { class: 'gridline', x1: m.left, x2: m.left + pw, y1: y(v), y2: y(v) }));
        axis.append(svg('text', { x: m.left - 7, y: y(v) + 4, 'text-anchor': 'end' }, tickText(v, yt.step)));
      });
      axis.append(svg('line', { class: 'axis-line', x1: m.left, x2: m.left, y1: top, y2: top + h }));
      axis.append(svg('text', { class: 'axis-title', transform: `translate(13 ${top + h / 2}) rotate(-90)`,
        'text-anchor': 'middle' }, p.title));
      return { y: y, top: top, h: h };
    });
    const xt = ticks(o.x[0], o.x[1], Math.max(3, Math.min(10, Math.floor(pw / 70))));
    xt.values.forEach((v) => {
      if (v < o.x[0] - 1e-9 || v > o.x[1] + 1e-9) return;
      axis.append(svg('line', { class: 'gridline', x1: x(v), x2: x(v), y1: m.top, y2: m.top + ph }));
      axis.append(svg('text', { x: x(v), y: m.top + ph + 18, 'text-anchor': 'middle' }, tickText(v, xt.step)));
    });
    axis.append(svg('line', { class: 'axis-line', x1: m.left, x2: m.left + pw, y1: m.top + ph, y2: m.top + ph }));
    axis.append(svg('text', { class: 'axis-title', x: m.left + pw / 2, y: H - 6, 'text-anchor': 'middle' }, o.xTitle));
    root.append(axis);
    return { root: root, x: x, panels: scales, m: m, pw: pw, ph: ph, W: W, H: H };
  }

  function path(f, y, ts, vs, attrs) {
    let d = '';
    for (let k = 0; k < ts.length; k++) d += (k ? 'L' : 'M') + f.x(ts[k]).toFixed(1) + ',' + y(vs[k]).toFixed(1);
    return svg('path', Object.assign({ d: d, fill: 'none', 'stroke-linejoin': 'round' }, attrs));
  }

  /** Grey bands over the occlusion periods within [from, to], with a label on the first. */
  function shadeOcclusions(f, arm, from, to, label) {
    let labelled = false;
    occlusions(arm).forEach(([on, off]) => {
      const a = Math.max(on, from), b = Math.min(off === null ? to : off, to);
      if (b <= a) return;
      f.root.append(svg('rect', { class: 'occlusion-band', x: f.x(a), y: f.m.top, width: f.x(b) - f.x(a), height: f.ph }));
      if (label && !labelled && f.x(b) - f.x(a) > 70) {
        f.root.append(svg('text', { class: 'band-label', x: f.x(a) + 5, y: f.m.top + 13 }, 'CS occluded'));
        labelled = true;
      }
    });
  }

  function legend(host, items) {
    host.replaceChildren(...items.map((it) => {
      const item = el('span', { class: 'legend-item' });
      const sw = el('span', { class: it.band ? 'band-swatch' : 'line-swatch' + (it.dashed ? ' dashed' : '')
        + (it.thin ? ' thin' : '') + (it.halo ? ' halo' : ''), 'aria-hidden': 'true' });
      if (it.colour) sw.style.setProperty('--arm', it.colour);
      item.append(sw, document.createTextNode(it.text));
      return item;
    }));
  }

  // ---------------------------------------------------------------- (a) pressure tracings

  function renderPressures(arm, w) {
    const host = $('pressures'), control = controlArm(), ctl = controlTrace(), P = data.periodS;
    const [from, to] = w.pressure;
    const showControl = control && arm !== control;
    // Control's last whole beats, moved by whole beats onto the window: same phase, steady state.
    const beats = Math.round((to - from) / P);
    const cEnd = Math.floor(timeRange(ctl)[1] / P + 1e-9) * P, cFrom = cEnd - beats * P, shift = from - cFrom;
    const moved = (s) => ({ t: s.t.map((t) => t + shift), v: s.v });
    const lines = [];
    const add = (s, panel, colour, style) => lines.push({ s: s, panel: panel, colour: colour, style: style });
    // Control first, as a broad pale halo: where the arm leaves a pressure unchanged, its line runs inside it.
    if (showControl) {
      add(moved(slice(ctl, 'aortic_pressure_mmhg', cFrom, cEnd)), 0, colourOf(control), 'ctl');
      add(moved(slice(ctl, 'lv_pressure_mmhg', cFrom, cEnd)), 0, colourOf(control), 'ctl');
      add(moved(slice(ctl, 'cs_pressure_mmhg', cFrom, cEnd)), 1, colourOf(control), 'ctl');
    }
    add(slice(arm, 'aortic_pressure_mmhg', from, to), 0, colourOf(arm), 'dash');
    add(slice(arm, 'lv_pressure_mmhg', from, to), 0, colourOf(arm), 'solid');
    add(slice(arm, 'cs_pressure_mmhg', from, to), 1, colourOf(arm), 'solid');
    const range = (panel) => {
      const v = lines.filter((l) => l.panel === panel).flatMap((l) => l.s.v);
      return [Math.min(0, ...v), Math.max(...v)];
    };
    const r0 = range(0), r1 = range(1);
    const f = frame(host, { x: [from, to], xTitle: 'Time, s', height: 400,
      label: 'Aortic, LV and coronary sinus pressure over ' + beats + ' beats of ' + arm.arm
        + (showControl ? ', with control' : ''),
      panels: [{ y: niceDomain(0, r0[1], 4, 0.04), title: 'LV and aortic, mmHg', top: 0, height: 0.6 },
        { y: niceDomain(0, r1[1], 3, 0.08), title: 'CS, mmHg', top: 0.68, height: 0.32 }] });
    shadeOcclusions(f, arm, from, to, true);
    lines.forEach((l) => {
      const ctlStyle = l.style.startsWith('ctl');
      f.root.append(path(f, f.panels[l.panel].y, l.s.t, l.s.v, { stroke: l.colour,
        'stroke-width': ctlStyle ? 6 : 2, 'stroke-opacity': ctlStyle ? 0.28 : 1, 'stroke-linecap': 'round',
        'stroke-dasharray': l.style.endsWith('dash') ? '6 4' : 'none' }));
    });
    f.root.append(svg('text', { class: 'panel-label', x: f.m.left + 6, y: f.panels[1].top + 12 },
      'Coronary sinus'));
    host.replaceChildren(f.root);
    const items = [{ text: arm.arm + ' LV', colour: colourOf(arm) }, { text: arm.arm + ' aortic', colour: colourOf(arm), dashed: true }];
    if (showControl) items.push({ text: control.arm + ', same beat phase (broad pale line)', colour: colourOf(control), halo: true });
    if (occlusions(arm).length) items.push({ text: 'balloon up (CS occluded)', band: true });
    legend($('pressure-legend'), items);
    $('pressure-note').textContent = w.occlusion
      ? 'The last beats of the final complete occlusion and the release that ends it'
      : 'The last ' + beats + ' beats of the measured window';
  }

  // ---------------------------------------------------------------- (b) pressure-volume loop

  function loopOf(arm, beat) {
    const v = slice(arm, 'lv_volume_ml', beat[0], beat[1]), p = slice(arm, 'lv_pressure_mmhg', beat[0], beat[1]);
    return { v: v.v, p: p.v };
  }

  function renderLoop(arm) {
    const host = $('loop');
    const loops = data.arms.filter((a) => a.series.time_s.length > 0).map((a) => ({ arm: a, l: loopOf(a, windows(a).loopBeat) }))
      .filter((x) => x.l.v.length > 2);
    // The other arms first as broad pale loops, the selected arm over them: identical loops stay visible.
    loops.sort((a, b) => (a.arm === arm) - (b.arm === arm));
    const vs = loops.flatMap((x) => x.l.v), ps = loops.flatMap((x) => x.l.p);
    const f = frame(host, { x: niceDomain(Math.min(...vs), Math.max(...vs), 5, 0.08), y: niceDomain(0, Math.max(...ps), 5, 0.04),
      xTitle: 'LV volume, ml', yTitle: 'LV pressure, mmHg', height: 400,
      label: 'LV pressure-volume loop of one beat in each arm: ' + loops.map((x) => x.arm.arm + ' stroke volume '
        + fmt(summary(x.arm, 'stroke_volume_ml'), 0) + ' ml').join('; ') });
    const y = f.panels[0].y;
    loops.forEach((x) => {
      const on = x.arm === arm, c = colourOf(x.arm);
      const p = path(f, y, x.l.v, x.l.p, { stroke: c, 'stroke-width': on ? 2.2 : 7, 'stroke-opacity': on ? 1 : 0.28,
        fill: on ? c : 'none', 'fill-opacity': on ? 0.07 : 0 });
      p.setAttribute('d', p.getAttribute('d') + 'Z');
      f.root.append(p);
    });
    // End-diastole (largest volume) and end-systole (smallest volume) of the selected arm's loop.
    const sel = loops.find((x) => x.arm === arm);
    if (sel) {
      // Volume is flat in the isovolumic phases: end-diastole is the lowest pressure at the largest volume,
      // end-systole the highest pressure at the smallest.
      const vMax = Math.max(...sel.l.v), vMin = Math.min(...sel.l.v), tol = 0.01 * (vMax - vMin);
      const pick = (nearV, better) => sel.l.v.reduce((best, v, k) => (Math.abs(v - nearV) <= tol
        && (best < 0 || better(sel.l.p[k], sel.l.p[best])) ? k : best), -1);
      const iEd = pick(vMax, (a, b) => a < b), iEs = pick(vMin, (a, b) => a > b);
      [[iEd, 'end-diastole', 'start', 8], [iEs, 'end-systole', 'start', 8]].forEach(([i, text, anchor, dx]) => {
        const cx = f.x(sel.l.v[i]), cy = y(sel.l.p[i]);
        f.root.append(svg('circle', { cx: cx, cy: cy, r: 4, fill: '#fff', stroke: colourOf(arm), 'stroke-width': 2 }));
        const right = cx + 110 > f.m.left + f.pw;
        f.root.append(svg('text', { class: 'annotation', x: right ? cx - dx : cx + dx, y: cy - 8,
          'text-anchor': right ? 'end' : anchor }, text));
      });
    }
    host.replaceChildren(f.root);
    legend($('loop-legend'), loops.slice().reverse().map((x) => ({ colour: colourOf(x.arm), halo: x.arm !== arm,
      text: x.arm.arm + ': SV ' + fmt(summary(x.arm, 'stroke_volume_ml'), 0) + ' ml, LVEDP '
        + fmt(summary(x.arm, 'lvedp_mmhg'), 1) + ' mmHg' })));
    $('loop-note').textContent = 'One beat per arm, counter-clockwise: filling along the bottom, ejection across'
      + ' the top (for a device arm, the last beat before its final release)';
  }

  // ---------------------------------------------------------------- (c) CS pressure over an occlusion cycle

  function renderCycle(arm, w) {
    const host = $('cycle'), control = controlArm(), ctl = controlTrace(), P = data.periodS;
    const [from, to] = w.cycle;
    const cs = slice(arm, 'cs_pressure_mmhg', from, to);
    // Each beat's systolic sinus pressure: what the PICSO controller watches for its plateau.
    const peaks = [];
    for (let b = Math.ceil(from / P - 1e-9); (b + 1) * P <= to + 1e-9; b++) {
      const s = slice(arm, 'cs_pressure_mmhg', b * P, (b + 1) * P - 1e-6);
      if (!s.v.length) continue;
      const k = s.v.indexOf(Math.max(...s.v));
      peaks.push({ t: s.t[k], v: s.v[k] });
    }
    const cEnd = timeRange(ctl)[1], cRef = slice(ctl, 'cs_pressure_mmhg', cEnd - 5 * P, cEnd);
    const cLo = Math.min(...cRef.v), cHi = Math.max(...cRef.v);
    const cMean = cRef.v.reduce((a, b) => a + b, 0) / cRef.v.length;
    const f = frame(host, { x: [from, to], y: niceDomain(0, Math.max(...cs.v, cHi), 5, 0.08), height: 400, right: 96,
      xTitle: 'Time, s', yTitle: 'CS pressure, mmHg',
      label: 'Coronary sinus pressure of ' + arm.arm + ' from ' + fmt(from, 1) + ' to ' + fmt(to, 1) + ' s'
        + (w.occlusion ? ', one occlusion of ' + fmt(w.occlusion[1] - w.occlusion[0], 1) + ' s' : '') });
    const y = f.panels[0].y;
    shadeOcclusions(f, arm, from, to, true);
    if (control && arm !== control) {
      f.root.append(svg('rect', { x: f.m.left, y: y(cHi), width: f.pw, height: Math.max(1, y(cLo) - y(cHi)),
        fill: colourOf(control), 'fill-opacity': 0.13 }));
      f.root.append(svg('line', { x1: f.m.left, x2: f.m.left + f.pw, y1: y(cMean), y2: y(cMean), stroke: colourOf(control),
        'stroke-width': 1.5, 'stroke-dasharray': '6 4' }));
      f.root.append(svg('text', { class: 'annotation', x: f.m.left + f.pw + 6, y: y(cMean) + 4, fill: colourOf(control) },
        control.arm + ' ' + fmt(cMean, 0)));
    }
    f.root.append(path(f, y, cs.t, cs.v, { stroke: colourOf(arm), 'stroke-width': 1.6 }));
    peaks.forEach((p) => f.root.append(svg('circle', { cx: f.x(p.t), cy: y(p.v), r: 3, fill: colourOf(arm),
      stroke: '#fff', 'stroke-width': 1 })));
    if (w.occlusion) {
      const plateau = peaks.filter((p) => p.t < w.occlusion[1]).pop();
      if (plateau) {
        f.root.append(svg('line', { x1: f.x(plateau.t) + 4, x2: f.m.left + f.pw + 2, y1: y(plateau.v), y2: y(plateau.v),
          stroke: colourOf(arm), 'stroke-width': 1, 'stroke-dasharray': '2 3' }));
        f.root.append(svg('text', { class: 'annotation', x: f.m.left + f.pw + 6, y: y(plateau.v) + 4, fill: colourOf(arm) },
          'plateau ' + fmt(plateau.v, 0)));
      }
      const mid = (Math.max(from, w.occlusion[0]) + w.occlusion[1]) / 2;
      f.root.append(svg('text', { class: 'band-label', x: f.x(mid), y: f.m.top + f.ph - 8, 'text-anchor': 'middle' },
        'occlusion ' + fmt(w.occlusion[1] - w.occlusion[0], 1) + ' s'));
    }
    host.replaceChildren(f.root);
    const items = [{ text: arm.arm + ' CS pressure; dots: each beat\u2019s systolic peak', colour: colourOf(arm) }];
    if (control && arm !== control) items.push({ text: control.arm + ' mean (band: its beat range)', colour: colourOf(control), dashed: true });
    legend($('cycle-legend'), items);
    $('cycle-note').textContent = w.occlusion
      ? 'Beat by beat the systolic CS pressure rises to a plateau; then the balloon is released'
      : 'No occlusion in this arm: its last seconds';
  }

  // ---------------------------------------------------------------- (d) layer flows

  function renderFlows(arm) {
    const host = $('flows'), control = controlArm(), ctl = controlTrace();
    const [t0, t1] = timeRange(arm);
    const endo = beatMeans(arm, 'risk_endo_flow_ml_per_min_per_g', t0, t1);
    const epi = beatMeans(arm, 'risk_epi_flow_ml_per_min_per_g', t0, t1);
    const ce = timeRange(ctl)[1];
    const mean = (xs) => xs.reduce((a, b) => a + b.mean, 0) / xs.length;
    const cEndo = mean(beatMeans(ctl, 'risk_endo_flow_ml_per_min_per_g', ce - 8 * data.periodS, ce));
    const cEpi = mean(beatMeans(ctl, 'risk_epi_flow_ml_per_min_per_g', ce - 8 * data.periodS, ce));
    const all = endo.concat(epi).map((b) => b.mean).concat([cEndo, cEpi]);
    const f = frame(host, { x: [t0, t1], y: niceDomain(0, Math.max(...all), 5, 0.1), height: 400, right: 96,
      xTitle: 'Time, s', yTitle: 'Flow, ml/min per g of layer',
      label: 'Beat-averaged arterial inflow of the at-risk subendocardium and subepicardium of ' + arm.arm
        + '; control ' + fmt(cEndo, 2) + ' and ' + fmt(cEpi, 2) + ' ml/min/g' });
    const y = f.panels[0].y;
    shadeOcclusions(f, arm, t0, t1, true);
    const step = (beats, attrs) => {
      let d = '';
      beats.forEach((b, k) => { d += (k ? 'L' : 'M') + f.x(b.t0).toFixed(1) + ',' + y(b.mean).toFixed(1) + 'L' + f.x(b.t1).toFixed(1) + ',' + y(b.mean).toFixed(1); });
      f.root.append(svg('path', Object.assign({ d: d, fill: 'none' }, attrs)));
    };
    const showControl = control && arm !== control;
    if (showControl) {
      [[cEndo, 'endo'], [cEpi, 'epi']].forEach(([v, name]) => {
        f.root.append(svg('line', { x1: f.m.left, x2: f.m.left + f.pw, y1: y(v), y2: y(v), stroke: colourOf(control),
          'stroke-width': 1.5, 'stroke-dasharray': name === 'endo' ? 'none' : '6 4', 'stroke-opacity': 0.8 }));
      });
    }
    step(epi, { stroke: colourOf(arm), 'stroke-width': 2, 'stroke-dasharray': '6 4' });
    step(endo, { stroke: colourOf(arm), 'stroke-width': 2.4 });
    // Right-hand labels, nudged apart when close.
    const lastOf = (beats, other) => (beats.length ? beats[beats.length - 1].mean : other);
    const labels = [[lastOf(endo, cEndo), 'endo'], [lastOf(epi, cEpi), 'epi']].map(([v, n]) => [v, n + ' ' + fmt(v, 2), colourOf(arm)]);
    if (showControl) labels.push([cEndo, 'endo ' + fmt(cEndo, 2), colourOf(control)], [cEpi, 'epi ' + fmt(cEpi, 2), colourOf(control)]);
    labels.map((l) => ({ y: y(l[0]), text: l[1], c: l[2] })).sort((a, b) => a.y - b.y).forEach((l, i, arr) => {
      if (i > 0 && l.y - arr[i - 1].y < 14) l.y = arr[i - 1].y + 14;
      f.root.append(svg('text', { class: 'annotation', x: f.m.left + f.pw + 6, y: l.y + 4, fill: l.c }, l.text));
    });
    host.replaceChildren(f.root);
    const items = [{ text: arm.arm + ' subendocardium', colour: colourOf(arm) },
      { text: arm.arm + ' subepicardium', colour: colourOf(arm), dashed: true }];
    if (showControl) items.push({ text: control.arm + ' steady state (endo solid, epi dashed)', colour: colourOf(control), thin: true });
    legend($('flow-legend'), items);
    $('flow-note').textContent = 'Arterial inflow averaged over each beat, the whole simulated therapy of the arm';
  }

  // ---------------------------------------------------------------- page

  const COVARIATE_LABELS = {
    age_years: ['Age', 0, 'years'], female: ['Sex', -1], heart_rate_bpm: ['Heart rate', 0, 'bpm'],
    systolic_pressure_mmhg: ['Systolic BP', 0, 'mmHg'], diastolic_pressure_mmhg: ['Diastolic BP', 0, 'mmHg'],
    ejection_fraction_percent: ['LVEF', 0, '%'], end_diastolic_volume_ml: ['LVEDV', 0, 'ml'],
    lv_mass_g: ['LV mass', 0, 'g'], area_at_risk_percent_lv: ['Area at risk', 0, '% LV'],
    collateral_flow_index: ['Collateral flow index', 2, ''], ischaemia_time_min: ['Ischaemia time', 0, 'min'],
    wedge_pressure_mmhg: ['Wedge pressure', 0, 'mmHg'], right_atrial_pressure_mmhg: ['Right atrial pressure', 0, 'mmHg'],
    microvascular_obstruction: ['Microvascular obstruction', -2],
  };

  function covariateText(q) {
    const l = COVARIATE_LABELS[q.name];
    if (!l) return [q.name.replace(/_/g, ' '), fmt(q.value, 2) + (q.unit && q.unit !== '1' ? ' ' + q.unit : '')];
    if (l[1] === -1) return [l[0], q.value > 0.5 ? 'female' : 'male'];
    if (l[1] === -2) return [l[0], q.value > 0.5 ? 'yes' : 'no'];
    return [l[0], fmt(q.value, l[1]) + (l[2] ? ' ' + l[2] : '')];
  }

  const SUMMARY = [['cs_mean_mmhg', 'CS mean', 'mmHg', 1, 1], ['cs_systolic_mmhg', 'CS systolic', 'mmHg', 1, 1],
    ['mean_aortic_mmhg', 'Aortic mean', 'mmHg', 1, 0], ['lvedp_mmhg', 'LVEDP', 'mmHg', 1, 1],
    ['stroke_volume_ml', 'Stroke volume', 'ml', 1, 1], ['ejection_fraction', 'LVEF', '%', 100, 0],
    ['risk_endo_flow_ml_per_min_per_g', 'At-risk endo flow', 'ml/min/g', 1, 2],
    ['risk_epi_flow_ml_per_min_per_g', 'At-risk epi flow', 'ml/min/g', 1, 2],
    ['occlusion_fraction', 'CS occluded', '% of time', 100, 0]];

  function renderHeader() {
    const run = data.run;
    $('patient-name').textContent = 'Patient ' + data.patientId;
    $('scenario-title').textContent = run.scenarioName;
    document.title = 'Patient ' + data.patientId + ' · ' + run.scenarioName + ' · Sinus';
    $('seed').textContent = run.seed;
    $('sha').textContent = run.scenarioSha256.slice(0, 12);
    $('sha').title = run.scenarioSha256;
    $('code-version').textContent = run.codeVersion;
    $('selection').textContent = 'Patient ' + data.patientId + ': ' + data.selection + '. Heart rate '
      + fmt(60 / data.periodS, 0) + ' bpm; traces sampled every 5 ms.';
    $('covariates').replaceChildren(...data.covariates.map((q) => {
      const [label, value] = covariateText(q);
      const div = el('div');
      div.append(el('dt', {}, label), el('dd', {}, value));
      return div;
    }));
  }

  function renderSummary() {
    const table = $('summary');
    const head = el('thead'), names = el('tr'), units = el('tr', { class: 'unit-row' });
    names.append(el('th', { scope: 'col' }, 'Arm'));
    units.append(el('th'));
    SUMMARY.forEach((s) => { names.append(el('th', { scope: 'col' }, s[1])); units.append(el('th', {}, s[2])); });
    head.append(names, units);
    const body = el('tbody');
    data.arms.forEach((a) => {
      const tr = el('tr', { 'data-arm': a.arm });
      if (a === selected) tr.classList.add('selected');
      const name = el('th', { scope: 'row' });
      const tag = el('span', { class: 'arm-name' });
      const dot = el('span', { class: 'arm-dot', 'aria-hidden': 'true' });
      dot.style.setProperty('--arm', colourOf(a));
      tag.append(dot, document.createTextNode(a.arm));
      name.append(tag);
      if (a.failure) name.append(el('div', { class: 'failure' }, a.failure));
      tr.append(name);
      SUMMARY.forEach((s) => {
        const v = summary(a, s[0]);
        tr.append(el('td', {}, v === null ? '—' : fmt(v * s[3], s[4])));
      });
      body.append(tr);
    });
    table.replaceChildren(head, body);
  }

  function renderTabs() {
    $('arm-tabs').replaceChildren(...data.arms.map((a) => {
      const b = el('button', { type: 'button', class: 'tab', role: 'tab', 'aria-selected': String(a === selected),
        'data-arm': a.arm }, a.arm);
      b.style.setProperty('--arm', colourOf(a));
      b.addEventListener('click', () => { selected = a; render(); });
      return b;
    }));
  }

  function render() {
    renderHeader();
    renderSummary();
    renderTabs();
    const w = windows(selected);
    renderPressures(selected, w);
    renderLoop(selected);
    renderCycle(selected, w);
    renderFlows(selected);
  }

  function load() {
    fetch('/api/patient', { headers: token ? { 'X-Sinus-Token': token } : {}, cache: 'no-store' })
      .then((r) => {
        if (r.status === 204) { setTimeout(load, 2000); return null; }
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then((json) => {
        if (!json) return;
        data = json;
        selected = data.arms.find((a) => a.device !== 'none' && a.series.time_s.length) || data.arms[0];
        render();
      })
      .catch((e) => { $('patient-name').textContent = 'Cannot load the traces (' + e.message + ')'; });
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (data) render(); }, 150);
  });

  load();
})();
