// Reference endpoints: health, countries, groups, the metric registry, data sources and provenance for downloads.
import { z } from 'zod';
import { describeMetric } from '../../metrics/describe.js';
import { readSources } from '../../importers/sources.js';
import { METRICS } from '../../metrics/registry.js';
import { listDatasetFiles } from '../../store/queries/provenance.js';
import { groupMemberships, listStates } from '../../store/queries/api-states.js';
import { provenance } from '../../exports/manifest.js';
import { resolveCountry, resolveMetric } from '../deps.js';
import { countryParam, metricParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';

export const health = defineRoute({
  method: 'get', path: '/health', tag: 'meta', summary: 'liveness check (no database access): {status: "ok"}',
  handler: () => ({ status: 'ok' }),
});

export const countries = defineRoute({
  method: 'get', path: '/api/countries', tag: 'reference', cache: true,
  summary: 'every entity of the state table: code, name, ISO3, ISO numeric (the world map ids), years, kind',
  query: z.object({ kind: z.enum(['state', 'territory', 'grouping']).optional().describe('only this kind of entity') }),
  handler: async ({ deps, query }) => (await listStates(deps.db)).filter((s) => !query.kind || s.kind === query.kind),
});

export const country = defineRoute({
  method: 'get', path: '/api/countries/{country}', tag: 'reference', cache: true,
  summary: 'resolve a name or code of any scheme to the state, its codes, predecessors and successors',
  params: z.object({ country: countryParam }),
  query: z.object({ year: yearParam.optional() }),
  handler: ({ deps, params, query }) => {
    const code = resolveCountry(deps, params.country, 'country', { year: query.year });
    return { ...deps.countries.get(code)!, predecessors: deps.countries.predecessors(code), successors: deps.countries.successors(code) };
  },
});

export const groups = defineRoute({
  method: 'get', path: '/api/groups', tag: 'reference', cache: true,
  summary: 'country groups (EU, CIS, EAEU, FSU15, NATO, WEST) with their membership spells, or their members in one year',
  query: z.object({ year: yearParam.optional() }),
  handler: async ({ deps, query }) => {
    const rows = await groupMemberships(deps.db, query.year ?? null);
    const byGroup = new Map<string, typeof rows>();
    for (const r of rows) byGroup.set(r.group_id, [...(byGroup.get(r.group_id) ?? []), r]);
    return [...byGroup].map(([id, spells]) => ({ id, members: spells.map(({ member, from_year, to_year }) => ({ member, from_year, to_year })) }));
  },
});

export const metrics = defineRoute({
  method: 'get', path: '/api/metrics', tag: 'reference', cache: true,
  summary: 'the metric registry: id, title, family, level, formula, unit, range, direction, version, citations',
  query: z.object({ family: z.string().regex(/^[a-z_]+$/, 'expected a family name such as trade').optional().describe('only this family') }),
  handler: ({ query }) => METRICS.filter((m) => !query.family || m.family === query.family).map(describeMetric),
});

export const metric = defineRoute({
  method: 'get', path: '/api/metrics/{metric}', tag: 'reference', cache: true,
  summary: 'one metric definition',
  params: z.object({ metric: metricParam }),
  handler: ({ params }) => describeMetric(resolveMetric(params.metric)),
});

export const sources = defineRoute({
  method: 'get', path: '/api/sources', tag: 'reference', cache: true,
  summary: 'the bundled datasets (data/sources.json) with the rows each file put in the database',
  handler: async ({ deps }) => {
    const loaded = new Map((await listDatasetFiles(deps.db)).map((f) => [f.path, f]));
    return readSources(deps.dataDir).map((s) => ({
      ...s,
      files: s.files.map((f) => ({ ...f, rows_loaded: loaded.get(f.path)?.rows_loaded ?? null, rows_quarantined: loaded.get(f.path)?.rows_quarantined ?? null })),
    }));
  },
});

export const manifest = defineRoute({
  method: 'get', path: '/api/provenance', tag: 'reference', cache: true,
  summary: 'provenance for a download: the stored versions of the given metrics and every dataset of the database',
  query: z.object({ metrics: z.string().max(2000).optional().describe('comma-separated metric ids') }),
  handler: async ({ deps, query }) => {
    const ids = (query.metrics ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const id of ids) resolveMetric(id, 'metrics');
    if (ids.length > 40) throw new HttpError(400, 'parameter "metrics": at most 40 metric ids');
    return provenance(deps.db, ids);
  },
});
