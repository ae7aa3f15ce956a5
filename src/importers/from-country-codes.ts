// Writes the state system (state, state_alias, state_succession) from the country resolver, which is built
// from countrycode v1.8.0 (Arel-Bundock et al. 2018), the COW v2016 and Gleditsch–Ward (1999) state lists,
// and the IMF DOTS and World Bank code lists.
import type { Database } from '../store/db.js';
import type { ImportContext } from './context.js';
import type { FileReport } from './importer.js';
import { COUNTRY_TABLE_FILES, loadCountryTables } from './load-country-tables.js';

export const COUNTRY_CODES = 'country_codes';

export async function writeStates(db: Database, ctx: ImportContext): Promise<FileReport[]> {
  const states = await db.writer('state');
  const aliases = await db.writer('state_alias');
  const successions = await db.writer('state_succession');
  try {
    for (const s of ctx.countries.all()) {
      states.append({
        code: s.code, name: s.name, iso3: s.iso3, iso_numeric: s.isoNumeric, cow: s.cow, gw: s.gw, imf: s.imf,
        wb: s.wb, un: s.un, start_year: s.startYear, end_year: s.endYear, historical: s.historical, kind: s.kind,
        region: s.region, continent: s.continent,
      });
      for (const alias of new Set(s.aliases)) aliases.append({ code: s.code, alias });
      for (const next of ctx.countries.successors(s.code)) {
        successions.append({ predecessor: s.code, successor: next.code, year: next.year });
      }
    }
  } finally {
    states.close();
    aliases.close();
    successions.close();
  }
  // The resolver consumed every row of these files (its loader rejects a malformed table outright).
  const tables = await loadCountryTables(ctx.dataDir);
  const reports: FileReport[] = [];
  for (const [key, label] of Object.entries(COUNTRY_TABLE_FILES)) {
    const rows = tables[key as keyof typeof tables].length;
    const dataset = label.split('/')[0]!;
    await db.run(
      'INSERT INTO dataset_file (dataset, path, rows_read, rows_loaded, rows_quarantined) VALUES (?, ?, ?, ?, 0)',
      [dataset, label, rows, rows],
    );
    reports.push({ dataset, file: label, read: rows, loaded: rows, quarantined: 0, written: { state: 0 } });
  }
  return reports;
}
