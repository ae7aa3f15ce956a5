// The database built once from the real bundled data for the whole test run (see test/global-setup.ts).
import { join, resolve } from 'node:path';
import { Database } from '../../src/store/db.js';

// INTERDEP_TEST_DB points the suite at another built database (e.g. a copy with work-in-progress metrics).
export const BUILT_DB = resolve(process.env.INTERDEP_TEST_DB ?? join('.tmp', 'test', 'interdep.duckdb'));

export function openBuiltDb(): Promise<Database> {
  return Database.open(BUILT_DB, { readOnly: true });
}
