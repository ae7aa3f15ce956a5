// Where the database lives and how commands open it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreError } from '../core/errors.js';
import { Database } from './db.js';

export const DEFAULT_DB = 'interdep.duckdb';

/** --db, else INTERDEP_DB, else interdep.duckdb in the working directory. */
export function resolveDbPath(flag?: string): string {
  return resolve(flag ?? process.env.INTERDEP_DB ?? DEFAULT_DB);
}

export function openStore(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
  return Database.open(path, options);
}

/** Opens a database that must already have been built. */
export async function openBuilt(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
  if (!existsSync(path)) {
    throw new StoreError(`database ${path} not found`, 'run `interdep build` first (or pass --db)');
  }
  const db = await openStore(path, options);
  if (!(await db.tableExists('meta'))) {
    db.close();
    throw new StoreError(`${path} is not an interdep database`, 'run `interdep build --db FILE` to create one');
  }
  return db;
}
