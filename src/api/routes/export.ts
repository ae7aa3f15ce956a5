// Downloads: one metric's values as CSV or JSON with the provenance manifest (the same service as `interdep export`).
import { z } from 'zod';
import { renderExport } from '../../exports/export-metric.js';
import type { ExportFilter } from '../../store/queries/api-export.js';
import type { ApiDeps } from '../deps.js';
import { resolveCountry, resolveMetric } from '../deps.js';
import { countryParam, metricParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';
import { storedSource, yearRange } from './values.js';

const exportQuery = z.object({
  metric: metricParam,
  format: z.enum(['csv', 'json']).default('csv'),
  subject: countryParam.optional(),
  counterpart: countryParam.optional(),
  year: yearParam.optional(),
  from: yearParam.optional(),
  to: yearParam.optional(),
  source: sourceParam,
});
type ExportQuery = z.infer<typeof exportQuery>;

function filterOf(deps: ApiDeps, q: ExportQuery): { filter: ExportFilter; file: string } {
  const m = resolveMetric(q.metric);
  const range = yearRange(q);
  const subject = q.subject === undefined ? undefined : resolveCountry(deps, q.subject, 'subject');
  const counterpart = q.counterpart === undefined ? undefined : resolveCountry(deps, q.counterpart, 'counterpart', { allowGroups: true });
  // a whole dyadic panel is millions of rows: the CLI exports it to a file, the API wants a selection
  if (m.level !== 'monadic' && subject === undefined && counterpart === undefined) {
    throw new HttpError(400, 'parameter "subject": give subject or counterpart for a dyadic metric (or use `interdep export` for the whole panel)');
  }
  const filter: ExportFilter = { metric: m.id, source: storedSource(m, q.source), subject, counterpart, ...range };
  const file = [m.id, subject, counterpart, range.from, range.to].filter((x) => x !== undefined).join('_') + `.${q.format}`;
  return { filter, file };
}

export const exportFile = defineRoute({
  method: 'get', path: '/api/export', tag: 'downloads', produces: 'text/csv',
  summary: "one metric's values as a CSV or JSON download (the manifest: /api/export/manifest with the same parameters)",
  query: exportQuery,
  handler: async ({ deps, query }) => {
    const { filter, file } = filterOf(deps, query);
    const { body } = await renderExport(deps.db, filter, query.format, file);
    return new Response(body, {
      headers: {
        'content-type': query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${file}"`,
      },
    });
  },
});

export const exportManifest = defineRoute({
  method: 'get', path: '/api/export/manifest', tag: 'downloads', cache: true,
  summary: 'the provenance manifest of /api/export with the same parameters: rows, sha256, metric versions, datasets',
  query: exportQuery,
  handler: async ({ deps, query }) => {
    const { filter, file } = filterOf(deps, query);
    return (await renderExport(deps.db, filter, query.format, file)).manifest;
  },
});
