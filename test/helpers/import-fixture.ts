// Runs an importer into a fresh in-memory database and returns what landed, for importer tests.
import { Database } from '../../src/store/db.js';
import { runImporter } from '../../src/importers/engine.js';
import type { FileReport, Importer } from '../../src/importers/importer.js';
import { loadCountryResolver } from '../../src/importers/load-country-tables.js';
import type { CountryResolver } from '../../src/core/countries/resolver.js';

export interface QuarantineRow {
  file: string;
  line: number;
  field: string | null;
  reason: string;
}

export function countries(): Promise<CountryResolver> {
  return loadCountryResolver('data');
}

export async function withImport<T>(
  importer: Importer,
  inspect: (db: Database, reports: FileReport[], quarantine: QuarantineRow[]) => Promise<T>,
): Promise<T> {
  const db = await Database.open(':memory:');
  try {
    await db.applySchema();
    const reports = await runImporter(db, importer);
    const quarantine = await db.all<QuarantineRow & { [k: string]: unknown }>(
      'SELECT file, line, field, reason FROM quarantine ORDER BY file, line',
    );
    return await inspect(db, reports, quarantine);
  } finally {
    db.close();
  }
}
