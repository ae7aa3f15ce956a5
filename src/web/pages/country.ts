/// <reference lib="dom" />
// Country page: who the state depends on by domain over time (stacked partner shares, domain heatmap), its composite
// scores with intervals, who depends on it, and two world maps (its dependence on each state; each state's on it).
import * as Plot from '@observablehq/plot';
import { api, metricList, qs, stateIndex, type StateInfo } from '../lib/api.js';
import { errorBox, h, input, num, pct, select, table } from '../lib/dom.js';
import { missingNote, missingText } from '../lib/coverage.js';
import { panel } from '../lib/panel.js';
import { href, param, update } from '../lib/state.js';
import { countryUrls, DEFAULT_MAP_METRIC, DEFAULT_PARTNER_METRIC } from '../../api/urls.js';
import { worldMap } from '../lib/world-map.js';

interface Summary {
  subject: string;
  name: string;
  year: number;
  trade_years: { from: number | null; to: number | null };
  trade_partners: Array<{ counterpart: string; value: number; flags: string }>;
  composite: Array<{
    counterpart: string; value: number; low: number | null; high: number | null; power_net: number | null; power_net_low: number | null; power_net_high: number | null; flags: string;
    /** Domains of the composite without data for this pair and year, and the share of the weight present. */
    missing_domains: string[]; coverage: number;
  }>;
  monadic: Array<{ metric: string; value: number | null }>;
}
interface Partners { partners: string[]; series: Array<{ year: number; counterpart: string; value: number }> }
interface Domains { cells: Array<{ domain: string; metric: string; year: number; value: number | null }> }
interface MapData { on: Array<{ counterpart: string; value: number | null }>; by: Array<{ subject: string; value: number | null }> }

const DOMAIN_LABELS: Record<string, string> = {
  composite: 'composite index', energyFallback: 'energy (gas share)', security: 'security (arms imports)', securityAlliance: "security (allies' capabilities)", finance: 'finance (remittances)', mobility: 'mobility (migrants)',
};

const nameOf = (states: Map<string, StateInfo>, code: string) => (code === 'OTHER' ? 'Other' : states.get(code)?.name ?? code);

export async function countryPage(main: HTMLElement): Promise<void> {
  const country = param('country', 'BLR');
  const yearParam = param('year');
  const metric = param('metric', DEFAULT_PARTNER_METRIC);
  const mapMetric = param('map', DEFAULT_MAP_METRIC);
  const [states, metrics] = await Promise.all([stateIndex(), metricList()]);
  const summaryUrl = countryUrls.summary(country, yearParam);
  const s = await api<Summary>(summaryUrl);
  const year = s.year;
  const counterpart = param('on', s.trade_partners[0]?.counterpart ?? s.composite[0]?.counterpart ?? 'RUS');
  const directed = metrics.filter((m) => m.level === 'directed');
  const years: Array<[string, string]> = [];
  for (let y = s.trade_years.to ?? year; y >= (s.trade_years.from ?? year); y--) years.push([String(y), String(y)]);
  if (!years.some(([y]) => Number(y) === year)) years.unshift([String(year), String(year)]);

  main.replaceChildren(
    h('h1', { 'data-testid': 'country-title' }, `${s.name} (${s.subject}) — who it depends on, ${year}`),
    h('div', { class: 'controls' },
      input('Country', 'country', country, (v) => update({ country: v, on: undefined })),
      select('Year', 'year', years, String(year), (v) => update({ year: v })),
      select('Partner series metric', 'metric', directed.map((m) => [m.id, `${m.id} — ${m.title}`]), metric, (v) => update({ metric: v })),
    ),
  );
  const top = s.trade_partners[0];
  const cdi = s.composite[0];
  main.append(h('div', { class: 'tiles' },
    h('div', { class: 'tile' }, h('div', { class: 'k' }, `top trade partner ${year}`), h('div', { class: 'v', 'data-testid': 'top-partner' }, top ? `${nameOf(states, top.counterpart)} (${top.counterpart})` : '–')),
    h('div', { class: 'tile' }, h('div', { class: 'k' }, 'share of trade (trade.share_turnover)'), h('div', { class: 'v', 'data-testid': 'top-share' }, top ? pct(top.value) : '–')),
    h('div', { class: 'tile' }, h('div', { class: 'k' }, 'highest composite dependence'),
      h('div', { class: 'v', 'data-testid': 'top-cdi' }, cdi ? `${cdi.counterpart} ${num(cdi.value, 2)} [${num(cdi.low, 2)}, ${num(cdi.high, 2)}]` : '–'),
      cdi ? missingNote(cdi.missing_domains, 'top-cdi-missing') : null),
    h('div', { class: 'tile' }, h('div', { class: 'k' }, 'country report'), h('div', { class: 'v' }, h('a', { href: `/api/report/${s.subject}${qs({ year })}`, target: '_blank' }, 'HTML'))),
    top ? h('div', { class: 'tile' }, h('div', { class: 'k' }, 'dyad view'), h('div', { class: 'v' }, h('a', { href: href({ page: 'dyad', a: s.subject, b: top.counterpart }), 'data-testid': 'dyad-link' }, `${s.subject} ↔ ${top.counterpart}`))) : null,
  ));
  const grid = h('div', { class: 'grid' });
  main.append(grid);

  const sections: Array<() => Promise<HTMLElement>> = [
    async () => {
      const url = countryUrls.partners(s.subject, metric);
      const p = await api<Partners>(url);
      const rows = p.series.map((r) => ({ ...r, name: nameOf(states, r.counterpart) }));
      const chart = Plot.plot({
        width: 640, height: 320, marginLeft: 45, y: { label: metric, grid: true }, x: { label: null, tickFormat: 'd' },
        color: { legend: true, domain: [...p.partners, 'OTHER'].map((c) => nameOf(states, c)), scheme: 'tableau10' },
        marks: [Plot.areaY(rows, { x: 'year', y: 'value', fill: 'name', order: [...p.partners, 'OTHER'].map((c) => nameOf(states, c)), tip: true }), Plot.ruleY([0])],
      });
      return panel(`Partners over time: ${metric}`, chart, { name: `${s.subject}-partners-${metric}`, rows: p.series, metrics: [metric], sources: [url], parameters: { country: s.subject, metric, top: 8 } },
        `Top 8 partners by ${metric}, the rest summed as Other. Read: ${s.subject} depends on the partner.`, 'panel-partners');
    },
    async () => {
      const rows = s.composite.map((c) => ({
        counterpart: c.counterpart, name: nameOf(states, c.counterpart), cdi: c.value, cdi_low: c.low, cdi_high: c.high,
        missing_domains: missingText(c.missing_domains), coverage: c.coverage, power_net: c.power_net, power_net_low: c.power_net_low, power_net_high: c.power_net_high,
      }));
      const chart = Plot.plot({
        width: 640, height: 40 + 26 * rows.length, marginLeft: 130, x: { domain: [-1, 1], grid: true, label: 'composite.dependence (dot, 5–95% interval) · power.net (diamond)' }, y: { label: null, domain: rows.map((r) => r.name) },
        marks: [
          Plot.ruleX([0]),
          Plot.ruleY(rows, { y: 'name', x1: 'cdi_low', x2: 'cdi_high', stroke: '#2f5dab', strokeWidth: 3, strokeOpacity: 0.45 }),
          Plot.dot(rows, { y: 'name', x: 'cdi', fill: '#2f5dab', r: 4, tip: true }),
          Plot.ruleY(rows, { y: 'name', x1: 'power_net_low', x2: 'power_net_high', stroke: '#c2571a', strokeWidth: 1.5 }),
          Plot.dot(rows, { y: 'name', x: 'power_net', symbol: 'diamond', fill: '#c2571a', r: 4 }),
        ],
      });
      // every composite value sits next to the domains it lacks for that pair and year
      const t = table(['partner', 'composite', '5–95%', 'domains missing', 'net power'], rows.map((r) => [
        h('a', { href: href({ page: 'dyad', a: s.subject, b: r.counterpart }) }, r.name), num(r.cdi, 3), `${num(r.cdi_low, 2)}–${num(r.cdi_high, 2)}`,
        h('span', { class: 'missing', 'data-testid': `cdi-missing-${r.counterpart}` }, r.missing_domains), num(r.power_net, 3),
      ]), [false, true, true, false, true]);
      return panel(`Composite dependence with intervals, ${year}`, h('div', {}, chart, t), { name: `${s.subject}-composite-${year}`, rows, metrics: ['composite.dependence', 'power.net'], sources: [summaryUrl], parameters: { country: s.subject, year } },
        'composite.dependence: weighted mean of six domain dependences over the domains with data (interval: 5th–95th percentile over 1000 draws of the weights and the formula variant); "domains missing" names those without data for the pair that year, whose weight goes to the others. power.net > 0: the partner holds the advantage.', 'panel-composite');
    },
    async () => {
      const url = countryUrls.domains(s.subject, counterpart);
      const d = await api<Domains>(url);
      const label = (c: (typeof d.cells)[number]) => DOMAIN_LABELS[c.domain] ?? c.domain;
      const partnerOptions = [...new Set([...s.trade_partners.map((p) => p.counterpart), ...s.composite.map((c) => c.counterpart), counterpart])];
      const chart = Plot.plot({
        width: 640, height: 300, marginLeft: 150, x: { label: null, tickFormat: (y: number) => (y % 5 === 0 ? String(y) : '') }, y: { label: null },
        color: { scheme: 'ylorrd', domain: [0, 1], legend: true, label: 'dependence' },
        marks: [Plot.cell(d.cells.filter((c) => c.value !== null), { x: 'year', y: label, fill: 'value', tip: true, inset: 0.3 })],
      });
      const box = h('div', {}, h('div', { class: 'controls' }, select('Partner', 'on', partnerOptions.map((c) => [c, nameOf(states, c)]), counterpart, (v) => update({ on: v }))), chart);
      return panel(`Dependence on ${nameOf(states, counterpart)} by domain`, box, { name: `${s.subject}-${counterpart}-domains`, rows: d.cells, metrics: [...new Set(d.cells.map((c) => c.metric))], sources: [url], parameters: { country: s.subject, counterpart } },
        'Each row is a domain of the composite index (composite = the index itself); empty = no data, never zero.', 'panel-domains');
    },
    async () => {
      const url = countryUrls.map(s.subject, 'trade.share_turnover', year);
      const m = await api<MapData>(url);
      const rows = m.by.filter((r) => r.value !== null).slice(0, 12).map((r) => ({ subject: r.subject, name: nameOf(states, r.subject), value: r.value }));
      const t = table(['state', `share of its trade with ${s.subject}`, ''], rows.map((r) => [r.name, pct(r.value), h('a', { href: href({ page: 'dyad', a: r.subject, b: s.subject }) }, 'dyad')]), [false, true, false]);
      return panel(`Who depends on ${s.name} (trade), ${year}`, t, { name: `${s.subject}-dependents-${year}`, rows, metrics: ['trade.share_turnover'], sources: [url], parameters: { country: s.subject, year } }, undefined, 'panel-dependents');
    },
    async () => {
      const rows = s.trade_partners.map((p) => ({ counterpart: p.counterpart, name: nameOf(states, p.counterpart), share: p.value, flags: p.flags }));
      const t = table(['partner', 'share of trade', 'flags', ''], rows.map((r) => [r.name, pct(r.share), r.flags, h('a', { href: href({ page: 'dyad', a: s.subject, b: r.counterpart }) }, 'dyad')]), [false, true, false, false]);
      return panel(`Top trade partners, ${year}`, t, { name: `${s.subject}-trade-partners-${year}`, rows, metrics: ['trade.share_turnover'], sources: [summaryUrl], parameters: { country: s.subject, year } }, undefined, 'panel-trade-partners');
    },
    async () => {
      const url = countryUrls.map(s.subject, mapMetric, year);
      const m = await api<MapData>(url);
      const toValues = (rows: Array<{ code: string; value: number | null }>) =>
        rows.flatMap((r) => { const st = states.get(r.code); return st?.iso_numeric ? [{ isoNumeric: st.iso_numeric, label: st.name, value: r.value }] : []; });
      const self = states.get(s.subject)?.iso_numeric ?? null;
      const on = toValues(m.on.map((r) => ({ code: r.counterpart, value: r.value })));
      const by = toValues(m.by.map((r) => ({ code: r.subject, value: r.value })));
      const box = h('div', {},
        h('div', { class: 'controls' }, select('Map metric', 'map', directed.map((x) => [x.id, x.id]), mapMetric, (v) => update({ map: v }))),
        h('div', { class: 'maps' },
          h('div', {}, h('div', { class: 'map-title' }, `${s.name}'s dependence on each state`), worldMap(on, { highlight: self, width: 520, title: `${s.name} on each state` })),
          h('div', {}, h('div', { class: 'map-title' }, `Each state's dependence on ${s.name}`), worldMap(by, { highlight: self, width: 520, title: `each state on ${s.name}` })),
        ));
      const rows = [...m.on.map((r) => ({ direction: `${s.subject} on partner`, partner: r.counterpart, value: r.value })), ...m.by.map((r) => ({ direction: `partner on ${s.subject}`, partner: r.subject, value: r.value }))];
      const wide = panel(`World maps: ${mapMetric}, ${year}`, box, { name: `${s.subject}-maps-${mapMetric}-${year}`, rows, metrics: [mapMetric], sources: [url], parameters: { country: s.subject, metric: mapMetric, year } }, 'Dark: the state itself; grey: no value.', 'panel-maps');
      wide.classList.add('wide');
      return wide;
    },
  ];
  // panels load independently: one failing view shows its error and leaves the others
  const slots = sections.map(() => grid.appendChild(h('section', { class: 'panel' }, h('p', { class: 'loading' }, 'loading…'))));
  await Promise.all(sections.map(async (make, i) => {
    try {
      slots[i]!.replaceWith(await make());
    } catch (err) {
      slots[i]!.replaceChildren(errorBox(err));
    }
  }));
}
