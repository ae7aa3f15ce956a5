// World Bank World Development Indicators through the Indicators API v2:
// <base>/country/all/indicator/<id>?format=json&date=<from>:<to>&per_page=<n>&page=<p>, which answers
// [ {page, pages, per_page, total, sourceid, lastupdated}, [ {indicator {id, value}, country {id, value},
// countryiso3code, date, value, unit, obs_status, decimal}, … ] ] page by page (or [ {message: [{id, key, value}]} ]
// for a bad request). Every page is checked (shape, page numbers, the row count against `total`) and the series is
// written as the CSV data.worldbank.org serves (Country Name, Country Code, Indicator Name, Indicator Code, one
// column per year), which the `wdi` importer reads: the same validation as a downloaded file.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FetchError, UsageError } from '../core/errors.js';
import { download, type Downloaded } from './download.js';
import type { FetchContext, Prepared } from './fetch-source.js';

export const WDI_BASE_URL = 'https://api.worldbank.org/v2';
export const WDI_PER_PAGE = 10_000;

export interface WdiRequest {
  indicators: readonly string[];
  from?: number;
  to?: number;
  perPage?: number;
}

const count = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);
const meta = z.object({ page: count, pages: count, per_page: count, total: count, lastupdated: z.string().nullish() });
const observation = z.object({
  indicator: z.object({ id: z.string(), value: z.string() }),
  country: z.object({ id: z.string(), value: z.string() }),
  countryiso3code: z.string(),
  date: z.string(),
  value: z.number().nullable(),
});
const page = z.tuple([meta, z.array(observation).nullable()]);
const apiError = z.tuple([z.object({ message: z.array(z.object({ id: z.string(), key: z.string(), value: z.string() })).min(1) })]);
type Observation = z.infer<typeof observation>;

export function checkWdiRequest(request: WdiRequest): void {
  if (!request.indicators.length) throw new UsageError('name at least one --indicator (e.g. NY.GDP.MKTP.CD)');
  const bad = request.indicators.find((i) => !/^[A-Za-z0-9._]+$/.test(i));
  if (bad) throw new UsageError(`--indicator "${bad}" is not a WDI indicator code (e.g. NY.GDP.MKTP.CD)`);
  if ((request.from === undefined) !== (request.to === undefined)) throw new UsageError('give --from and --to together, or neither (all years)');
  if (request.from !== undefined && request.to! < request.from) throw new UsageError(`--to ${request.to} is before --from ${request.from}`);
}

async function readPage(d: Downloaded, expectedPage: number): Promise<z.infer<typeof page>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(d.path, 'utf8'));
  } catch (err) {
    throw new FetchError(`${d.name}: not JSON (${(err as Error).message}) (${d.url})`, 'the World Bank API sent something else: try again later');
  }
  const error = apiError.safeParse(json);
  if (error.success) {
    const m = error.data[0].message[0]!;
    throw new FetchError(`${d.url}: the World Bank API refused the request: ${m.key}: ${m.value}`, 'check the indicator code and the years');
  }
  const parsed = page.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FetchError(`${d.name}: not a World Bank API page at [${issue.path.join('][')}]: ${issue.message} (${d.url})`);
  }
  if (parsed.data[0].page !== expectedPage) {
    throw new FetchError(`${d.name}: the API sent page ${parsed.data[0].page}, expected ${expectedPage} (${d.url})`, 'try again');
  }
  return parsed.data;
}

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The observations of one indicator as the wide CSV of data.worldbank.org. */
function toCsv(indicator: string, rows: readonly Observation[], source: string): string {
  const years = [...new Set(rows.map((r) => r.date))].sort();
  const notYear = years.find((y) => !/^\d{4}$/.test(y));
  if (notYear) throw new FetchError(`${source}: date "${notYear}" is not a year`, 'interdep reads annual WDI series');
  const byCountry = new Map<string, { name: string; title: string; values: Map<string, number | null> }>();
  for (const r of rows) {
    let c = byCountry.get(r.countryiso3code);
    if (!c) byCountry.set(r.countryiso3code, (c = { name: r.country.value, title: r.indicator.value, values: new Map() }));
    if (c.values.has(r.date)) throw new FetchError(`${source}: two values for ${r.countryiso3code || r.country.value} in ${r.date}`, 'the API sent a duplicate: try again');
    c.values.set(r.date, r.value);
  }
  const lines = [['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', ...years].map(csvField).join(',')];
  for (const [code, c] of byCountry) {
    const cells = years.map((y) => {
      const v = c.values.get(y);
      return csvField(v === undefined || v === null ? '' : String(v));
    });
    lines.push([c.name, code, c.title, indicator].map(csvField).concat(cells).join(','));
  }
  return lines.join('\n') + '\n';
}

export async function prepareWdi(request: WdiRequest, fetch: FetchContext): Promise<Prepared> {
  checkWdiRequest(request);
  const perPage = request.perPage ?? WDI_PER_PAGE;
  const downloads: Downloaded[] = [];
  const files: Prepared['files'] = [];
  const updated = new Set<string>();
  for (const indicator of request.indicators) {
    const rows: Observation[] = [];
    let pages = 1;
    let total = 0;
    for (let p = 1; p <= pages; p++) {
      const params = new URLSearchParams({ format: 'json', per_page: String(perPage), page: String(p) });
      if (request.from !== undefined) params.set('date', `${request.from}:${request.to}`);
      const name = `wdi_${indicator}_page${p}.json`;
      const d = await download(`${fetch.baseUrl}/country/all/indicator/${encodeURIComponent(indicator)}?${params}`, join(fetch.dir, name), {
        expected: fetch.expected(name),
        headers: { accept: 'application/json' },
        notFoundHint: `check the indicator code ${indicator}`,
      }, name);
      downloads.push(d);
      const [m, data] = await readPage(d, p);
      if (p === 1) {
        pages = m.pages;
        total = m.total;
      } else if (m.pages !== pages || m.total !== total) {
        throw new FetchError(`${name}: the series changed while it was read (pages ${m.pages}, total ${m.total}; page 1 said ${pages}, ${total})`, 'try again');
      }
      if (m.lastupdated) updated.add(m.lastupdated);
      const wrong = data?.find((r) => r.indicator.id !== indicator);
      if (wrong) throw new FetchError(`${name}: the API sent indicator ${wrong.indicator.id}, asked for ${indicator} (${d.url})`);
      rows.push(...(data ?? []));
    }
    if (rows.length !== total) {
      throw new FetchError(`WDI ${indicator}: ${rows.length} observations over ${pages} page(s), the API announced ${total}`, 'the download is incomplete: try again');
    }
    const label = `API_${indicator}_from_api.csv`;
    const path = join(fetch.dir, label);
    await writeFile(path, toCsv(indicator, rows, label));
    files.push({ path, label });
  }
  const ids = request.indicators.join(',');
  const years = request.from === undefined ? '' : `, ${request.from}–${request.to}`;
  return {
    format: 'wdi',
    dataset: `fetch:wdi:${ids}${request.from === undefined ? '' : `:${request.from}-${request.to}`}`,
    files,
    downloads,
    provenance: {
      title: `World Development Indicators (World Bank API): ${ids}${years}`,
      publisher: 'World Bank',
      version: updated.size ? `last updated ${[...updated].sort().join(', ')}` : null,
      licence: 'CC-BY-4.0',
      citation: 'World Bank, World Development Indicators (https://data.worldbank.org)',
    },
  };
}
