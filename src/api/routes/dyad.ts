// The dyad view: both directions of a pair over time for a set of metrics, with the pair's events when the database
// has an event table.
import { z } from 'zod';
import { cdiCoverage } from '../../metrics/families/composite.js';
import { METRIC_INDEX } from '../../metrics/registry.js';
import { dyadSeries } from '../../store/queries/api-country.js';
import { listEvents } from '../../store/queries/api-events.js';
import { resolveCountry, resolveMetric } from '../deps.js';
import { countParam, countryParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';

export const DYAD_METRICS = [
  'composite.dependence', 'power.net', 'trade.share_turnover', 'trade.asymmetry', 'trade.dependence_gdp', 'energy.supply_dependence',
  'igo.shared_share', 'igo.comember_capability_share', 'security.arms_import_share', 'security.ally_capability_share', 'migration.stock_share', 'power.cinc_ratio',
] as const;

export const dyad = defineRoute({
  method: 'get', path: '/api/dyad/{a}/{b}', tag: 'dyad', cache: true,
  summary: 'both directions of a pair over time (a_on_b: a depends on b), per metric, with the events between them; composite.dependence points name the domains missing that year',
  params: z.object({ a: countryParam, b: countryParam }),
  query: z.object({
    metrics: z.string().max(1000).optional().describe(`comma-separated metric ids (default: ${DYAD_METRICS.join(',')})`),
    source: sourceParam,
  }),
  handler: async ({ deps, params, query }) => {
    const a = resolveCountry(deps, params.a, 'a');
    const b = resolveCountry(deps, params.b, 'b');
    if (a === b) throw new HttpError(400, 'parameter "b": a dyad needs two different states');
    const ids = query.metrics === undefined ? [...DYAD_METRICS] : query.metrics.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0 || ids.length > 12) throw new HttpError(400, 'parameter "metrics": give 1 to 12 metric ids');
    for (const id of ids) resolveMetric(id, 'metrics');
    const rows = await dyadSeries(deps.db, a, b, ids, query.source);
    const point = ({ year, value, low, high, flags }: (typeof rows)[number]) => ({ year, value, low, high, flags });
    const cdiPoint = (r: (typeof rows)[number]) => ({ ...point(r), ...cdiCoverage(r.flags) });
    return {
      a, b,
      metrics: ids.map((id) => {
        const m = METRIC_INDEX.get(id)!;
        const mine = rows.filter((r) => r.metric === id);
        const toPoint = id === 'composite.dependence' ? cdiPoint : point;
        return {
          metric: id, title: m.title, level: m.level, unit: m.unit, version: m.version, direction: m.direction,
          a_on_b: mine.filter((r) => r.subject === a).map(toPoint),
          b_on_a: mine.filter((r) => r.subject === b).map(toPoint),
        };
      }),
      events: await listEvents(deps.db, a, b, null, null, 2000),
    };
  },
});

export const events = defineRoute({
  method: 'get', path: '/api/events', tag: 'dyad', cache: true,
  summary: 'dated events of a state (or between two states), oldest first; available=false when the database has no event table',
  query: z.object({ a: countryParam, b: countryParam.optional(), from: yearParam.optional(), to: yearParam.optional(), limit: countParam(10_000, 1_000) }),
  handler: async ({ deps, query }) => {
    const a = resolveCountry(deps, query.a, 'a');
    const b = query.b === undefined ? null : resolveCountry(deps, query.b, 'b');
    const rows = await listEvents(deps.db, a, b, query.from ?? null, query.to ?? null, query.limit);
    return { available: rows !== null, events: rows ?? [] };
  },
});
