/// <reference lib="dom" />
// Scenario page: run a built-in scenario (issue 6's service through /api/scenarios), fix any of its uncertain
// parameters, and see sensitivity vs vulnerability by state with Monte Carlo intervals, the metric changes and the
// opportunity costs. The run is in the URL (name, runs, set), so a result is shareable.
import * as Plot from '@observablehq/plot';
import type { ScenarioResult } from '../../scenarios/run-scenario.js';
import { api, qs } from '../lib/api.js';
import { errorBox, h, input, num, select, table } from '../lib/dom.js';
import { panel } from '../lib/panel.js';
import { param, update } from '../lib/state.js';

interface Builtin { name: string; title: string; baseline_year: number; actors: string[] }
type Dist = { dist: string; value?: number; low?: number; high?: number; mode?: number; mean?: number; sd?: number; source: string };
interface ScenarioDoc { name: string; title: string; description?: string; parameters: Record<string, Dist> }

const describe = (d: Dist) => (d.dist === 'fixed' ? `fixed ${d.value}` : d.dist === 'normal' ? `normal(${d.mean}, ${d.sd})` : d.dist === 'triangular' ? `triangular(${d.low}, ${d.mode}, ${d.high})` : `uniform(${d.low}, ${d.high})`);

export async function scenarioPage(main: HTMLElement): Promise<void> {
  const list = await api<Builtin[]>('/api/scenarios');
  const country = param('country');
  const partner = param('partner');
  // from the dyad page: the first scenario that involves both states
  const suggested = list.find((b) => b.actors.includes(country) && b.actors.includes(partner)) ?? list.find((b) => b.actors.includes(country)) ?? list[0];
  const name = param('name', suggested?.name ?? '');
  const runs = param('runs', '20');
  const set = param('set');
  main.replaceChildren(h('h1', { 'data-testid': 'scenario-title' }, 'Scenario'));
  if (!name) {
    main.append(h('p', {}, 'No built-in scenarios in scenarios/.'));
    return;
  }
  const doc = await api<ScenarioDoc>(`/api/scenarios/${name}`);
  const fixed = new Map(set.split(',').filter(Boolean).map((p) => p.split(':') as [string, string]));
  const paramInputs = Object.entries(doc.parameters).map(([p, d]) => {
    const i = h('input', { name: `set-${p}`, value: fixed.get(p) ?? '', placeholder: describe(d), size: '14', 'data-param': p });
    return [h('code', {}, p), describe(d), i, h('span', { class: 'note' }, d.source)];
  });
  const runButton = h('button', { type: 'button', 'data-testid': 'run-scenario' }, 'Run');
  runButton.addEventListener('click', () => {
    const values = Array.from(main.querySelectorAll<HTMLInputElement>('input[data-param]')).filter((i) => i.value.trim() !== '').map((i) => `${i.dataset.param}:${i.value.trim()}`);
    update({ page: 'scenario', name, runs: (main.querySelector<HTMLInputElement>('input[name=runs]')?.value ?? runs), set: values.join(',') || undefined, country: undefined, partner: undefined });
  });
  main.append(
    h('div', { class: 'controls' },
      select('Built-in scenario', 'name', list.map((b) => [b.name, `${b.title} (${b.baseline_year})`]), name, (v) => update({ page: 'scenario', name: v })),
      input('Monte Carlo runs (≤ 200)', 'runs', runs, () => undefined, { size: '5' }),
      runButton,
    ),
    h('p', { class: 'note' }, doc.description ?? ''),
    panel('Parameters (blank = keep the distribution; a number fixes it)', table(['parameter', 'distribution', 'fix at', 'source'], paramInputs), null, undefined, 'panel-parameters'),
    h('div', { style: 'height:0.9rem' }),
  );
  const url = `/api/scenarios/${name}/run${qs({ runs, set })}`;
  let r: ScenarioResult;
  try {
    r = await api<ScenarioResult>(url);
  } catch (err) {
    main.append(errorBox(err));
    return;
  }
  const iv = (key: string) => r.intervals[key] ?? null;
  const grid = h('div', { class: 'grid' });
  main.append(h('p', { 'data-testid': 'scenario-run' }, `${r.scenario.title}: ${r.monte_carlo.runs} Monte Carlo runs, seed ${r.monte_carlo.seed}; intervals are the 5th–95th percentiles.`), grid);

  const sv = r.states.flatMap((s) => (['sensitivity', 'vulnerability'] as const).map((kind) => {
    const key = `state.${s.state}.${kind}_pct_gdp`;
    return { state: s.state, kind, pct_gdp: s[`${kind}_pct_gdp`], low: iv(key)?.low ?? null, high: iv(key)?.high ?? null };
  }));
  if (sv.length) {
    // an all-zero result still gets a readable axis (0 to 1 % of GDP)
    const xMax = Math.max(0, ...sv.map((d) => Math.max(d.pct_gdp ?? 0, d.high ?? 0)));
    const chart = Plot.plot({
      width: 620, height: 60 + 50 * r.states.length, marginLeft: 90, x: { grid: true, label: '% of GDP', domain: [Math.min(0, ...sv.map((d) => d.low ?? d.pct_gdp ?? 0)), xMax > 0 ? xMax : 1] }, y: { label: null }, fy: { label: null },
      color: { legend: true, domain: ['sensitivity', 'vulnerability'], range: ['#e15759', '#4e79a7'] },
      marks: [
        Plot.barX(sv, { x: 'pct_gdp', y: 'kind', fy: 'state', fill: 'kind', tip: true }),
        Plot.ruleY(sv.filter((d) => d.low !== null), { x1: 'low', x2: 'high', y: 'kind', fy: 'state', stroke: '#1d2330' }),
        Plot.ruleX([0]),
      ],
    });
    grid.append(panel('Sensitivity vs vulnerability (% of GDP)', chart, { name: `${name}-sensitivity-vulnerability`, rows: sv, metrics: [], sources: [url], parameters: { name, runs: Number(runs), set } },
      'Sensitivity: the cost before any adjustment; vulnerability: after the best adjustment the data allow (Keohane & Nye).', 'panel-sv'));
  } else {
    grid.append(panel('Sensitivity vs vulnerability', h('p', {}, 'This scenario has no shocks with a cost by state (see the tables below).'), null));
  }
  const changedMetrics = [...new Set(r.metrics.filter((m) => m.delta !== null && m.delta !== 0).map((m) => m.metric))].sort();
  const shown = param('changes', changedMetrics.includes('composite.dependence') ? 'composite.dependence' : changedMetrics[0] ?? '');
  const changes = r.metrics.filter((m) => m.metric === shown && m.delta !== null && m.delta !== 0).sort((a, b) => Math.abs(b.delta!) - Math.abs(a.delta!));
  const top = changes.slice(0, 15).map((m) => ({ ...m, pair: `${m.subject} on ${m.counterpart}` }));
  const changeChart = top.length
    ? Plot.plot({
      width: 620, height: 40 + 24 * top.length, marginLeft: 110, x: { grid: true, label: `${shown} (baseline ○ → scenario ●)` }, y: { label: null, domain: top.map((t) => t.pair) },
      marks: [Plot.link(top, { x1: 'baseline', x2: 'scenario', y1: 'pair', y2: 'pair', stroke: '#999' }), Plot.dot(top, { x: 'baseline', y: 'pair', stroke: '#2f5dab' }), Plot.dot(top, { x: 'scenario', y: 'pair', fill: '#2f5dab', tip: true })],
    })
    : h('p', {}, 'No metric changes.');
  const changeBox = h('div', {}, changedMetrics.length ? h('div', { class: 'controls' }, select('Metric', 'changes', changedMetrics.map((m) => [m, m]), shown, (v) => update({ changes: v }))) : null, changeChart);
  grid.append(panel(`Metric changes: ${changes.length} values of ${shown || 'any metric'} changed (the 15 largest)`, changeBox, { name: `${name}-metric-changes`, rows: r.metrics, metrics: [...new Set(r.metrics.map((m) => m.metric))], sources: [url], parameters: { name, runs: Number(runs), set } }, undefined, 'panel-metric-changes'));
  const chRows = r.channels.map((c) => ({ state: c.state, counterpart: c.counterpart, channel: c.channel, sensitivity_usd: c.sensitivity_usd, vulnerability_usd: c.vulnerability_usd }));
  grid.append(panel('Cost by channel (US$)', table(['state', 'from', 'channel', 'sensitivity', 'vulnerability'], chRows.map((c) => [c.state, c.counterpart, c.channel, num(c.sensitivity_usd), num(c.vulnerability_usd)]), [false, false, false, true, true]),
    { name: `${name}-channels`, rows: chRows, metrics: [], sources: [url], parameters: { name, runs: Number(runs), set } }, undefined, 'panel-channels'));
  if (r.opportunity_cost.length) {
    grid.append(panel('Opportunity cost of cutting the tie (Baldwin)', table(['subject', 'counterpart', 'OC % GDP', 'reverse OC', 'status', 'asymmetry'],
      r.opportunity_cost.map((o) => [o.subject, o.counterpart, num(o.oc_pct_gdp), num(o.reverse_oc_pct_gdp), o.status ?? '–', num(o.asymmetry)]), [false, false, true, true, false, true]),
    { name: `${name}-opportunity-cost`, rows: r.opportunity_cost, metrics: [], sources: [url], parameters: { name, runs: Number(runs), set } }, undefined, 'panel-opportunity-cost'));
  }
}
