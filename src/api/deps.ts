// What every handler needs: the read-only database, the country resolver, the group ids and the data directory;
// plus lookups that turn a user's country or metric text into a 400 naming the parameter when it does not resolve.
import type { CountryResolver } from '../core/countries/resolver.js';
import { InterdepError } from '../core/errors.js';
import { loadCountryResolver } from '../importers/load-country-tables.js';
import { METRIC_INDEX } from '../metrics/registry.js';
import type { MetricDefinition } from '../metrics/types.js';
import type { Database } from '../store/db.js';
import { countryGroupIds } from '../store/queries/country-groups.js';
import { HttpError } from './route.js';

export interface ApiDeps {
  db: Database;
  countries: CountryResolver;
  groups: ReadonlySet<string>;
  dataDir: string;
}

export async function loadDeps(db: Database, dataDir: string): Promise<ApiDeps> {
  return { db, countries: await loadCountryResolver(dataDir), groups: await countryGroupIds(db), dataDir };
}

/** Canonical code of a country parameter (or a group id when allowed), else 400 naming the parameter. */
export function resolveCountry(deps: ApiDeps, value: string, name: string, opts: { year?: number; allowGroups?: boolean } = {}): string {
  const group = value.trim().toUpperCase();
  if (opts.allowGroups && deps.groups.has(group)) return group;
  try {
    return deps.countries.resolve(value, { year: opts.year }).code;
  } catch (err) {
    if (err instanceof InterdepError) throw new HttpError(400, `parameter "${name}": ${err.message}`);
    throw err;
  }
}

export function resolveMetric(id: string, name = 'metric'): MetricDefinition {
  const m = METRIC_INDEX.get(id);
  if (!m) throw new HttpError(400, `parameter "${name}": unknown metric "${id}" (GET /api/metrics lists them)`);
  return m;
}
