// Metric values with the filters of `interdep query`, and a group ranked on a metric (interdep compare) with intervals.
import { z } from 'zod';
import { cdiCoverage } from '../../metrics/families/composite.js';
import { queryMetricValues } from '../../store/queries/metric-values.js';
import { groupMembers, memberValues } from '../../store/queries/group-ranking.js';
import type { MetricDefinition } from '../../metrics/types.js';
import { resolveCountry, resolveMetric } from '../deps.js';
import { countParam, countryParam, groupParam, metricParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';

/** Non-trade metrics are stored under source 'default' whatever the request says. */
export const storedSource = (m: MetricDefinition, source: string) => (m.usesTradeSource ? source : 'default');

export function yearRange(q: { year?: number; from?: number; to?: number }): { from?: number; to?: number } {
  if (q.year !== undefined && (q.from !== undefined || q.to !== undefined)) throw new HttpError(400, 'parameter "year": use year or from/to, not both');
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw new HttpError(400, 'parameter "from": must not be after "to"');
  return q.year !== undefined ? { from: q.year, to: q.year } : { from: q.from, to: q.to };
}

export const values = defineRoute({
  method: 'get', path: '/api/values', tag: 'metrics', cache: true,
  summary: 'computed values of one metric: {metric, version, source, subject, counterpart, year, value, low, high, flags}',
  query: z.object({
    metric: metricParam,
    subject: countryParam.optional(),
    counterpart: countryParam.optional().describe('a state or a country group id'),
    year: yearParam.optional(),
    from: yearParam.optional(),
    to: yearParam.optional(),
    source: sourceParam,
    limit: countParam(50_000, 5_000),
  }),
  handler: async ({ deps, query }) => {
    const m = resolveMetric(query.metric);
    const range = yearRange(query);
    const subject = query.subject === undefined ? undefined : resolveCountry(deps, query.subject, 'subject', { year: range.from });
    const counterpart = query.counterpart === undefined ? undefined : resolveCountry(deps, query.counterpart, 'counterpart', { year: range.from, allowGroups: true });
    if (counterpart !== undefined && m.level === 'monadic') throw new HttpError(400, `parameter "counterpart": ${m.id} is monadic: it has no counterpart`);
    return queryMetricValues(deps.db, { metric: m.id, subject, counterpart, ...range, source: storedSource(m, query.source), limit: query.limit });
  },
});

export const compare = defineRoute({
  method: 'get', path: '/api/compare', tag: 'metrics', cache: true,
  summary: 'the members of a country group in a year ranked by a metric (on a counterpart for dyadic metrics), with low/high; for composite.dependence, the domains missing for each member',
  query: z.object({
    group: groupParam,
    metric: metricParam,
    year: yearParam,
    counterpart: countryParam.optional().describe('for directed and undirected metrics: the state or group depended on'),
    source: sourceParam,
  }),
  handler: async ({ deps, query }) => {
    const m = resolveMetric(query.metric);
    if (!deps.groups.has(query.group)) throw new HttpError(400, `parameter "group": unknown country group "${query.group}" (groups: ${[...deps.groups].join(', ')})`);
    const monadic = m.level === 'monadic';
    if (monadic && query.counterpart !== undefined) throw new HttpError(400, `parameter "counterpart": ${m.id} is monadic: it has no counterpart`);
    if (!monadic && query.counterpart === undefined) throw new HttpError(400, `parameter "counterpart": required for ${m.level} metric ${m.id}`);
    const counterpart = query.counterpart === undefined ? null : resolveCountry(deps, query.counterpart, 'counterpart', { year: query.year, allowGroups: true });
    const values = new Map((await memberValues(deps.db, m, storedSource(m, query.source), query.group, query.year, counterpart)).map((v) => [v.subject, v]));
    // members without a value are listed last, unranked (as `interdep compare` does)
    const rows = (await groupMembers(deps.db, query.group, query.year))
      .filter((member) => member !== counterpart)
      .map((member) => ({ subject: member, value: values.get(member)?.value ?? null, low: values.get(member)?.low ?? null, high: values.get(member)?.high ?? null, flags: values.get(member)?.flags ?? null }))
      .sort((a, b) => Number(a.value === null) - Number(b.value === null) || (b.value ?? 0) - (a.value ?? 0) || a.subject.localeCompare(b.subject));
    let rank = 0;
    // a member without a stored row has no known coverage (null), unlike one whose row names every domain missing
    const coverage = (r: (typeof rows)[number]) => (m.id !== 'composite.dependence' ? {} : r.flags === null ? { missing_domains: null, coverage: null } : cdiCoverage(r.flags));
    return {
      group: query.group, metric: m.id, version: m.version, direction: m.direction, year: query.year, counterpart,
      rows: rows.map((r) => ({ rank: r.value === null ? null : ++rank, ...r, ...coverage(r) })),
    };
  },
});
