/// <reference lib="dom" />
// Compare page: the members of a country group ranked on any metric in a year (on a counterpart for dyadic metrics),
// with each value's 5–95% interval where the metric has one.
import * as Plot from '@observablehq/plot';
import { api, metricList, qs, stateIndex } from '../lib/api.js';
import { h, input, num, select, table } from '../lib/dom.js';
import { missingText } from '../lib/coverage.js';
import { panel } from '../lib/panel.js';
import { href, param, update } from '../lib/state.js';

/** missing_domains: composite.dependence only (null when the member has no stored row). */
interface Row { rank: number | null; subject: string; value: number | null; low: number | null; high: number | null; flags: string | null; missing_domains?: string[] | null }
interface Compare { group: string; metric: string; version: string; direction: string; year: number; counterpart: string | null; rows: Row[] }

export async function comparePage(main: HTMLElement): Promise<void> {
  const group = param('group', 'EAEU');
  const metric = param('metric', 'composite.dependence');
  const year = param('year', '2019');
  const [metrics, states, groups] = await Promise.all([metricList(), stateIndex(), api<Array<{ id: string }>>('/api/groups')]);
  const def = metrics.find((m) => m.id === metric);
  const counterpart = def?.level === 'monadic' ? '' : param('counterpart', 'RUS');
  main.replaceChildren(
    h('h1', {}, 'Compare a group on a metric'),
    h('div', { class: 'controls' },
      select('Group', 'group', groups.map((g) => [g.id, g.id]), group, (v) => update({ group: v })),
      select('Metric', 'metric', metrics.map((m) => [m.id, `${m.id} (${m.level})`]), metric, (v) => update({ metric: v })),
      def?.level === 'monadic' ? null : input('Counterpart', 'counterpart', counterpart, (v) => update({ counterpart: v })),
      input('Year', 'year', year, (v) => update({ year: v }), { size: '5' }),
    ),
  );
  const url = `/api/compare${qs({ group, metric, year, counterpart })}`;
  const c = await api<Compare>(url);
  const name = (code: string) => states.get(code)?.name ?? code;
  const composite = c.metric === 'composite.dependence';
  const rows = c.rows.map((r) => ({ ...r, name: name(r.subject), ...(composite ? { missing_domains: missingText(r.missing_domains) } : {}) }));
  const valued = rows.filter((r) => r.value !== null);
  const chart = Plot.plot({
    width: 760, height: 40 + 24 * Math.max(valued.length, 1), marginLeft: 150, x: { grid: true, zero: true, label: `${metric}${c.counterpart ? ` on ${c.counterpart}` : ''}` },
    y: { label: null, domain: valued.map((r) => r.name) },
    marks: [
      Plot.ruleY(valued.filter((r) => r.low !== null), { y: 'name', x1: 'low', x2: 'high', stroke: '#2f5dab', strokeWidth: 3, strokeOpacity: 0.4 }),
      Plot.dot(valued, { y: 'name', x: 'value', fill: '#2f5dab', r: 4, tip: true }),
    ],
  });
  const data = { name: `${group}-${metric}-${year}`, rows, metrics: [metric], sources: [url], parameters: { group, metric, year: Number(year), counterpart: c.counterpart } };
  main.append(
    panel(`${group} members in ${year} by ${metric}${c.counterpart ? ` on ${name(c.counterpart)}` : ''}`, chart, data, `${c.direction}. Bars: 5–95% interval where the metric has one.`, 'panel-compare'),
    h('div', { style: 'height:0.9rem' }),
    // a composite value is listed with the domains it lacks for that member and year
    panel('Ranking', table(['rank', 'state', 'value', 'low', 'high', ...(composite ? ['domains missing'] : []), 'flags'],
      rows.map((r) => [r.rank === null ? '–' : String(r.rank), h('a', { href: href({ page: 'country', country: r.subject }) }, r.name), num(r.value), num(r.low), num(r.high),
        ...(composite ? [h('span', { class: 'missing', 'data-testid': `missing-${r.subject}` }, String(r.missing_domains))] : []), r.flags ?? 'no value']),
      [true, false, true, true, true, ...(composite ? [false] : []), false]), data, undefined, 'panel-ranking'),
  );
}
