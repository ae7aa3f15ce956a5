// Reads the five code tables the country resolver is built from (countrycode, COW and G-W state lists, IMF DOTS
// names, World Bank codes) out of the data directory, checking headers and row widths.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { CountryResolver } from '../core/countries/resolver.js';
import { COUNTRY_TABLE_FILES, REQUIRED_COLUMNS, type CountryTables, type CsvRow } from '../core/countries/types.js';
import { readCsv } from './csv-reader.js';

export { COUNTRY_TABLE_FILES } from '../core/countries/types.js';

async function readTable(dataDir: string, key: keyof CountryTables): Promise<CsvRow[]> {
  const label = COUNTRY_TABLE_FILES[key];
  const path = join(dataDir, label);
  // Checked first: readCsv opens its stream before it can report a missing file, which surfaces as an unhandled error.
  if (!existsSync(path)) {
    throw new InputError({ file: path }, 'country code table not found', 'pass the data directory of the repository (default "data")');
  }
  const rows: CsvRow[] = [];
  let header: string[] | undefined;
  for await (const record of readCsv(path, { label })) {
    if (!header) {
      header = record.fields.map((f) => f.trim());
      const missing = REQUIRED_COLUMNS[key].filter((c) => !header!.includes(c));
      if (missing.length) {
        throw new InputError({ file: label, line: record.line, field: missing[0] }, `missing column(s) ${missing.join(', ')}`, 'restore the file listed in data/sources.json');
      }
      continue;
    }
    if (record.fields.length !== header.length) {
      throw new InputError({ file: label, line: record.line }, `${record.fields.length} fields, header has ${header.length}`, 'check quoting in this row');
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = record.fields[i]!));
    rows.push(row);
  }
  if (!header) throw new InputError({ file: label }, 'file is empty', 'restore the file listed in data/sources.json');
  return rows;
}

/** Reads the country tables from `dataDir` (relative to the working directory, default the repository's `data`). */
export async function loadCountryTables(dataDir = 'data'): Promise<CountryTables> {
  const keys = Object.keys(COUNTRY_TABLE_FILES) as (keyof CountryTables)[];
  const tables = await Promise.all(keys.map((k) => readTable(dataDir, k)));
  return Object.fromEntries(keys.map((k, i) => [k, tables[i]!])) as unknown as CountryTables;
}

const cache = new Map<string, Promise<CountryResolver>>();

/** The resolver for `dataDir`, built once per directory and process. */
export function loadCountryResolver(dataDir = 'data'): Promise<CountryResolver> {
  const key = resolve(dataDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = loadCountryTables(dataDir).then((tables) => CountryResolver.fromTables(tables));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
