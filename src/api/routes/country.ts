// The country view: a state's summary (top partners, composite scores with intervals), its partners over time, the
// domain heatmap on one partner, and the two world maps (its dependence on each state; each state's on it).
import { z } from 'zod';
import { CDI_BASES, cdiCoverage } from '../../metrics/families/composite.js';
import { METRICS } from '../../metrics/registry.js';
import { counterpartSeries, dependentsOn, dyadSeries, metricYears, monadicOf, subjectValues } from '../../store/queries/api-country.js';
import { stateName } from '../../store/queries/country-summary.js';
import { resolveCountry, resolveMetric } from '../deps.js';
import { countParam, countryParam, metricParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';
import { topWithOther } from '../series.js';
import { storedSource, yearRange } from './values.js';

const pathCountry = z.object({ country: countryParam });
const TRADE = 'trade.share_turnover';
const CDI = 'composite.dependence';
const NET = 'power.net';
const MONADIC = METRICS.filter((m) => m.level === 'monadic').map((m) => m.id);

/** Domain → the metric behind it in composite.dependence (energy's fallback and security's alliance part included). */
export const DOMAIN_METRICS: ReadonlyArray<{ domain: string; metric: string }> = [
  { domain: 'composite', metric: CDI },
  ...Object.entries(CDI_BASES).map(([domain, metric]) => ({ domain, metric })),
];

export const countrySummary = defineRoute({
  method: 'get', path: '/api/country/{country}/summary', tag: 'country', cache: true,
  summary: "a state's top trade partners, composite dependence (with 5–95% interval, the domains missing for the pair-year and the share of weight present) and net power of each top partner, and monadic metrics in one year",
  params: pathCountry,
  query: z.object({ year: yearParam.optional().describe('default: the latest year with trade shares'), top: countParam(50, 10), source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const subject = resolveCountry(deps, params.country, 'country', { year: query.year });
    const years = await metricYears(deps.db, TRADE, subject);
    const year = query.year ?? years.to ?? (await metricYears(deps.db, CDI, subject)).to;
    if (year === null) throw new HttpError(404, `no metric values for ${subject}`);
    const rows = await subjectValues(deps.db, [TRADE, CDI, NET], subject, year, query.source);
    const of = (metric: string) => rows.filter((r) => r.metric === metric);
    const net = new Map(of(NET).map((r) => [r.counterpart, r]));
    const pick = ({ counterpart, value, low, high, flags }: (typeof rows)[number]) => ({ counterpart, value, low, high, flags });
    return {
      subject, name: await stateName(deps.db, subject), year, trade_years: years,
      trade_partners: of(TRADE).filter((r) => r.value !== null).slice(0, query.top).map(pick),
      composite: of(CDI).filter((r) => r.value !== null).slice(0, query.top).map((r) => ({
        ...pick(r), ...cdiCoverage(r.flags), power_net: net.get(r.counterpart)?.value ?? null, power_net_low: net.get(r.counterpart)?.low ?? null, power_net_high: net.get(r.counterpart)?.high ?? null,
      })),
      monadic: (await monadicOf(deps.db, MONADIC, subject, year, query.source)).map(({ metric, value, low, high, flags }) => ({ metric, value, low, high, flags })),
    };
  },
});

export const countryPartners = defineRoute({
  method: 'get', path: '/api/country/{country}/partners', tag: 'country', cache: true,
  summary: "a directed metric of the state on its top partners over time, the others summed as OTHER (the stacked area of partner shares)",
  params: pathCountry,
  query: z.object({ metric: metricParam.default(TRADE), top: countParam(30, 8), from: yearParam.optional(), to: yearParam.optional(), source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const m = resolveMetric(query.metric);
    if (m.level !== 'directed') throw new HttpError(400, `parameter "metric": ${m.id} is ${m.level}; partner series need a directed metric`);
    const range = yearRange(query);
    const subject = resolveCountry(deps, params.country, 'country');
    const points = await counterpartSeries(deps.db, m.id, subject, storedSource(m, query.source), range.from ?? null, range.to ?? null);
    return { subject, metric: m.id, version: m.version, ...topWithOther(points, query.top) };
  },
});

export const countryDomains = defineRoute({
  method: 'get', path: '/api/country/{country}/domains', tag: 'country', cache: true,
  summary: "the state's dependence on one counterpart in each domain of the composite index, every year (the domain heatmap)",
  params: pathCountry,
  query: z.object({ counterpart: countryParam, source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const subject = resolveCountry(deps, params.country, 'country');
    const counterpart = resolveCountry(deps, query.counterpart, 'counterpart');
    if (subject === counterpart) throw new HttpError(400, 'parameter "counterpart": must differ from the country');
    const rows = await dyadSeries(deps.db, subject, counterpart, DOMAIN_METRICS.map((d) => d.metric), query.source);
    const domainOf = new Map(DOMAIN_METRICS.map((d) => [d.metric, d.domain]));
    return {
      subject, counterpart,
      cells: rows.filter((r) => r.subject === subject).map((r) => ({ domain: domainOf.get(r.metric)!, metric: r.metric, year: r.year, value: r.value, flags: r.flags })),
    };
  },
});

export const countryMap = defineRoute({
  method: 'get', path: '/api/country/{country}/map', tag: 'country', cache: true,
  summary: "for the world maps: the state's value on every counterpart (on) and every state's value on it (by), one directed metric and year",
  params: pathCountry,
  query: z.object({ metric: metricParam.default(CDI), year: yearParam, source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const m = resolveMetric(query.metric);
    if (m.level !== 'directed') throw new HttpError(400, `parameter "metric": ${m.id} is ${m.level}; the maps need a directed metric`);
    const code = resolveCountry(deps, params.country, 'country', { year: query.year });
    const source = storedSource(m, query.source);
    const on = await subjectValues(deps.db, [m.id], code, query.year, source);
    const by = (await dependentsOn(deps.db, m.id, code, query.year, source)).filter((r) => !r.flags.startsWith('group'));
    return {
      country: code, metric: m.id, version: m.version, year: query.year,
      on: on.map((r) => ({ counterpart: r.counterpart, value: r.value })),
      by: by.map((r) => ({ subject: r.subject, value: r.value })),
    };
  },
});
