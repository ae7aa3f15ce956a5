/// <reference lib="dom" />
// Dyad page: both directions of a pair side by side over time (with intervals where the metric has them), asymmetry
// and net power, and the pair's events overlaid as vertical rules when the database has an event table.
import * as Plot from '@observablehq/plot';
import { api, stateIndex } from '../lib/api.js';
import { errorBox, h, input, num, table } from '../lib/dom.js';
import { missingText } from '../lib/coverage.js';
import { panel } from '../lib/panel.js';
import { href, param, update } from '../lib/state.js';

/** missing_domains: composite.dependence points only (the domains without data that year). */
interface Point { year: number; value: number | null; low: number | null; high: number | null; flags: string; missing_domains?: string[] }
interface DyadMetric { metric: string; title: string; level: string; unit: string; version: string; direction: string; a_on_b: Point[]; b_on_a: Point[] }
interface EventRow { date: string; year: number; type: string; weight: number | null; description: string | null; actor_a: string; actor_b: string | null; source: string | null }
interface Dyad { a: string; b: string; metrics: DyadMetric[]; events: EventRow[] | null }

export async function dyadPage(main: HTMLElement): Promise<void> {
  const a = param('a', 'BLR');
  const b = param('b', 'RUS');
  const url = `/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const [d, states] = await Promise.all([api<Dyad>(url), stateIndex()]);
  const name = (c: string) => states.get(c)?.name ?? c;
  const na = name(d.a);
  const nb = name(d.b);
  const events = d.events ?? [];
  main.replaceChildren(
    h('h1', { 'data-testid': 'dyad-title' }, `${na} (${d.a}) and ${nb} (${d.b})`),
    h('div', { class: 'controls' },
      input('State A', 'a', d.a, (v) => update({ a: v })),
      input('State B', 'b', d.b, (v) => update({ b: v })),
      h('a', { href: href({ page: 'dyad', a: d.b, b: d.a }) }, 'swap'),
      h('a', { href: href({ page: 'country', country: d.a }) }, `${na} country page`),
      h('a', { href: href({ page: 'scenario', country: d.a, partner: d.b }), 'data-testid': 'scenario-link' }, `scenarios for ${d.a}–${d.b}`),
    ),
  );
  const latest = (pts: Point[]) => [...pts].reverse().find((p) => p.value !== null) ?? null;
  const summaryRows = d.metrics.map((m) => {
    const ab = latest(m.a_on_b);
    const ba = latest(m.b_on_a);
    return {
      metric: m.metric, title: m.title, year_a_on_b: ab?.year ?? null, a_on_b: ab?.value ?? null, year_b_on_a: ba?.year ?? null, b_on_a: ba?.value ?? null,
      missing_a_on_b: ab?.missing_domains === undefined ? null : missingText(ab.missing_domains),
      missing_b_on_a: ba?.missing_domains === undefined ? null : missingText(ba.missing_domains),
    };
  });
  // the composite's value is shown with the domains it lacks for that pair and year
  const missingCell = (r: (typeof summaryRows)[number]) => (r.missing_a_on_b === null && r.missing_b_on_a === null ? ''
    : h('span', { class: 'missing', 'data-testid': `missing-${r.metric}` },
      `${d.a} on ${d.b} (${r.year_a_on_b ?? '–'}): ${r.missing_a_on_b ?? '–'}; ${d.b} on ${d.a} (${r.year_b_on_a ?? '–'}): ${r.missing_b_on_a ?? '–'}`));
  const grid = h('div', { class: 'grid' });
  main.append(
    panel('Latest values, both directions', table(['metric', `${d.a} on ${d.b}`, `${d.b} on ${d.a}`, 'year', 'domains missing'],
      summaryRows.map((r) => [r.metric, num(r.a_on_b), num(r.b_on_a), String(r.year_a_on_b ?? r.year_b_on_a ?? '–'), missingCell(r)]), [false, true, true, true, false]),
    { name: `${d.a}-${d.b}-latest`, rows: summaryRows, metrics: d.metrics.map((m) => m.metric), sources: [url], parameters: { a: d.a, b: d.b } },
    'Directed metrics read "row state depends on column state"; power.net > 0 means the second state holds the advantage.', 'panel-dyad-latest'),
    h('div', { style: 'height:0.9rem' }),
    grid,
  );
  const eventNote = d.events === null ? 'No event table in this database yet.' : `${events.length} events between them (vertical rules; hover for the description).`;
  // one year axis for every chart, so the panels line up
  const allYears = d.metrics.flatMap((m) => [...m.a_on_b, ...m.b_on_a]).filter((p) => p.value !== null).map((p) => p.year);
  const xDomain = [Math.min(...allYears), Math.max(...allYears)];
  for (const m of d.metrics) {
    const rows = [
      ...m.a_on_b.map((p) => ({ ...p, direction: `${d.a} on ${d.b}` })),
      ...(m.level === 'directed' ? m.b_on_a.map((p) => ({ ...p, direction: `${d.b} on ${d.a}` })) : []),
    ];
    if (rows.every((r) => r.value === null)) continue;
    const withBand = rows.filter((r) => r.low !== null && r.high !== null && r.low !== r.high);
        try {
      const chart = Plot.plot({
        width: 600, height: 240, marginLeft: 50, x: { tickFormat: 'd', label: null, domain: xDomain }, y: { grid: true, label: m.unit },
        color: { legend: true, domain: [`${d.a} on ${d.b}`, `${d.b} on ${d.a}`], range: ['#2f5dab', '#c2571a'] },
        marks: [
          Plot.ruleX(events.filter((e) => e.year >= xDomain[0]! && e.year <= xDomain[1]!), { x: 'year', stroke: '#999', strokeOpacity: 0.35, title: (e: EventRow) => `${e.date} ${e.type}: ${e.description ?? ''}` }),
          Plot.areaY(withBand, { x: 'year', y1: 'low', y2: 'high', fill: 'direction', fillOpacity: 0.15 }),
          Plot.lineY(rows.filter((r) => r.value !== null), { x: 'year', y: 'value', stroke: 'direction', marker: rows.length < 40 ? 'dot' : null, tip: true }),
          ...(m.metric === 'power.net' ? [Plot.ruleY([0])] : []),
        ],
      });
      const ab = latest(m.a_on_b);
      const ba = latest(m.b_on_a);
      const missing = m.metric === 'composite.dependence'
        ? ` Domains missing (latest year): ${d.a} on ${d.b} ${ab ? `${ab.year}: ${missingText(ab.missing_domains)}` : '–'}; ${d.b} on ${d.a} ${ba ? `${ba.year}: ${missingText(ba.missing_domains)}` : '–'}.`
        : '';
      const csvRows = rows.map((r) => (r.missing_domains === undefined ? r : { ...r, missing_domains: missingText(r.missing_domains) }));
      grid.append(panel(`${m.metric} — ${m.title}`, chart, { name: `${d.a}-${d.b}-${m.metric}`, rows: csvRows, metrics: [m.metric], sources: [url], parameters: { a: d.a, b: d.b, metric: m.metric } }, `${m.direction}.${missing} ${eventNote}`, `panel-${m.metric}`));
    } catch (err) {
      grid.append(errorBox(err));
    }
  }
  if (events.length) {
    const t = table(['date', 'type', 'weight', 'description', 'source'], events.slice(0, 200).map((e) => [e.date, e.type, num(e.weight), e.description ?? '', e.source ?? '']));
    main.append(h('div', { style: 'height:0.9rem' }), panel('Events', t, { name: `${d.a}-${d.b}-events`, rows: events, metrics: [], sources: [url], parameters: { a: d.a, b: d.b } }, undefined, 'panel-events'));
  }
}
