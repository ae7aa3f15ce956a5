// IMF bilateral goods trade (IMTS, "International Trade in Goods by partner", which replaced DOTS when the IMF
// retired its old data services in 2025) from the IMF data API, SDMX 3.0:
// <base>/data/dataflow/IMF.STA/IMTS/+/<COUNTRY>.<INDICATOR>.<COUNTERPART_COUNTRY>.<FREQUENCY>?c[TIME_PERIOD]=ge:<from>+le:<to>
// (key parts joined with "+", "*" for all; COUNTRY and COUNTERPART_COUNTRY are ISO alpha-3, G001 World, G998 EU),
// asked for as SDMX-CSV 2.0. The response is kept as it came and read by the `dots` importer (its IMTS layout).
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { CountryResolver } from '../core/countries/resolver.js';
import { download } from './download.js';
import type { FetchContext, Prepared } from './fetch-source.js';

export const IMF_BASE_URL = 'https://api.imf.org/external/sdmx/3.0';
export const IMTS_INDICATORS = ['XG_FOB_USD', 'MG_CIF_USD'] as const;
const GROUPS: Readonly<Record<string, string>> = { WLD: 'G001', WORLD: 'G001', EU: 'G998', EUU: 'G998' };

export interface ImfRequest {
  /** Reporting states: names or codes of any scheme. */
  reporters: readonly string[];
  /** Partners (default: all); World and EU are the IMF groups. */
  partners?: readonly string[];
  from?: number;
  to?: number;
}

function codesOf(countries: CountryResolver, values: readonly string[], groups: boolean): string[] {
  return values.map((v) => (groups && GROUPS[v.trim().toUpperCase()]) || countries.resolve(v).code);
}

/** The SDMX key and query of a request (codes resolved). */
export function imtsQuery(countries: CountryResolver, request: ImfRequest): { key: string; query: string } {
  if (!request.reporters.length) throw new UsageError('name at least one --reporter (e.g. BLR)');
  if (request.from !== undefined && request.to !== undefined && request.to < request.from) {
    throw new UsageError(`--to ${request.to} is before --from ${request.from}`);
  }
  const reporters = codesOf(countries, request.reporters, false);
  const partners = request.partners?.length ? codesOf(countries, request.partners, true) : ['*'];
  const key = `${reporters.join('+')}.${IMTS_INDICATORS.join('+')}.${partners.join('+')}.A`;
  const range = [request.from !== undefined && `ge:${request.from}`, request.to !== undefined && `le:${request.to}`].filter(Boolean);
  // "+" joins the two bounds; encoded, so that no server reads it as a space.
  const query = range.length ? `?${encodeURIComponent('c[TIME_PERIOD]')}=${range.map((r) => encodeURIComponent(r as string)).join('%2B')}` : '';
  return { key, query };
}

export async function prepareImf(request: ImfRequest, countries: CountryResolver, fetch: FetchContext): Promise<Prepared> {
  const { key, query } = imtsQuery(countries, request);
  const reporters = key.split('.')[0]!.split('+');
  const name = `IMTS_${reporters.join('-')}.csv`;
  const d = await download(`${fetch.baseUrl}/data/dataflow/IMF.STA/IMTS/+/${key}${query}`, join(fetch.dir, name), {
    expected: fetch.expected(name),
    headers: { accept: 'application/vnd.sdmx.data+csv;version=2.0.0' },
    notFoundHint: 'no IMTS series for this key: check the reporter and partner codes (only IMF reporters have data)',
  }, name);
  const years = request.from === undefined && request.to === undefined ? '' : `, ${request.from ?? '…'}–${request.to ?? '…'}`;
  return {
    format: 'dots',
    dataset: `fetch:imf:IMTS:${reporters.join('+')}`,
    files: [{ path: d.path, label: name }],
    downloads: [d],
    provenance: {
      title: `IMF International Trade in Goods by partner (IMTS, IMF data API): ${reporters.join(', ')}${years}`,
      publisher: 'International Monetary Fund (IMF)',
      licence: 'IMF data are free to reuse with attribution under the IMF Copyright and Usage terms.',
      citation: 'International Monetary Fund, International Trade in Goods (by partner country) (IMTS), https://data.imf.org',
    },
  };
}
