// The country report (the report service of `interdep report`) as an HTML page or Markdown text, built by the job
// runner (a second or more of queries, hypothesis tests and chart rendering) off the request thread.
import { z } from 'zod';
import { InterdepError } from '../../core/errors.js';
import { resolveCountry } from '../deps.js';
import { countryParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';

export const report = defineRoute({
  method: 'get', path: '/api/report/{country}', tag: 'reports', produces: 'text/html', job: true,
  summary: "a state's country report (the five research questions with numbers, charts and a methods appendix) as HTML or Markdown",
  params: z.object({ country: countryParam }),
  query: z.object({ year: yearParam.optional(), format: z.enum(['html', 'md']).default('html') }),
  handler: async ({ deps, jobs, signal, params, query }) => {
    const code = resolveCountry(deps, params.country, 'country', { year: query.year });
    let text;
    try {
      text = await jobs.run('report', { country: code, year: query.year, format: query.format, analysesDir: 'analyses' }, { signal });
    } catch (err) {
      if (err instanceof InterdepError) throw new HttpError(422, err.toLine());
      throw err;
    }
    const html = query.format === 'html';
    return new Response(text, {
      headers: { 'content-type': html ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8' },
    });
  },
});
