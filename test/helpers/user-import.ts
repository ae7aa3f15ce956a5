// Imports a user file into a fresh in-memory database through importUserFile, for the user-format tests.
import { join } from 'node:path';
import type { ImportContext } from '../../src/importers/context.js';
import { importUserFile, type UserFileOptions, type UserImportResult } from '../../src/importers/import-user-file.js';
import { Database } from '../../src/store/db.js';
import { countries, type QuarantineRow } from './import-fixture.js';

export const USER_FIXTURES = join('test', 'fixtures', 'user-files');

let context: Promise<ImportContext> | undefined;

/** The real country resolver, loaded once per test file. */
export function userContext(): Promise<ImportContext> {
  context ??= countries().then((c) => ({ dataDir: 'data', countries: c }));
  return context;
}

export async function emptyDb(): Promise<Database> {
  const db = await Database.open(':memory:');
  await db.applySchema();
  return db;
}

export function quarantineOf(db: Database): Promise<QuarantineRow[]> {
  return db.all<QuarantineRow & Record<string, unknown>>('SELECT file, line, field, reason FROM quarantine ORDER BY file, line');
}

/** Imports one file into a fresh database and hands it to `inspect`; the database is closed afterwards. */
export async function withUserImport<T>(
  options: UserFileOptions,
  inspect: (db: Database, result: UserImportResult, quarantine: QuarantineRow[]) => Promise<T>,
): Promise<T> {
  const db = await emptyDb();
  try {
    const result = await importUserFile(db, options, await userContext());
    return await inspect(db, result, await quarantineOf(db));
  } finally {
    db.close();
  }
}
