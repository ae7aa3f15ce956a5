// Builds the database from the bundled data into a temporary file and renames it into place only
// when complete, so a failed or killed build (even kill -9) leaves the previous database usable.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from '../store/db.js';
import { openStore } from '../store/open.js';
import { bundledImporters } from './bundled.js';
import type { ImportContext } from './context.js';
import { runImporter, type ImportOptions } from './engine.js';
import type { FileReport } from './importer.js';
import { COUNTRY_TABLE_FILES, loadCountryResolver } from './load-country-tables.js';
import { readSources, verifyBundledFile, type SourceEntry } from './sources.js';
import { writeStates } from './from-country-codes.js';

export const SCHEMA_VERSION = '1';

export interface BuildOptions extends ImportOptions {
  dataDir: string;
  dbPath: string;
  /** Called once per dataset before it is imported. */
  onDataset?: (dataset: string, index: number, total: number) => void;
  /** Test hook: called after each dataset; throwing aborts the build like a crash would. */
  afterDataset?: (dataset: string) => void;
  /** Runs on the new database before it replaces the old one (the CLI computes the metrics here). */
  afterImport?: (db: Database) => Promise<void>;
}

export interface BuildReport {
  dbPath: string;
  files: FileReport[];
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes temporary files left by builds whose process is gone (e.g. after kill -9). */
function removeStaleBuilds(dbPath: string): void {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}.building-`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && !pidAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}

async function recordDatasets(db: Database, sources: SourceEntry[]): Promise<void> {
  for (const s of sources) {
    await db.run(
      `INSERT INTO dataset (id, title, publisher, version, licence, citation, origin, year_from, year_to, trimmed, bundled)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)`,
      [s.id, s.title, s.publisher, s.version, s.licence, s.citation, s.origin ? JSON.stringify(s.origin) : null, s.years?.from ?? null, s.years?.to ?? null, s.trimmed],
    );
  }
}

/** Every bundled file must be read by exactly one importer: nothing shipped is silently ignored. */
function checkCoverage(sources: SourceEntry[], labels: Set<string>): void {
  const unread = sources.flatMap((s) => s.files.map((f) => f.path)).filter((p) => !labels.has(p));
  if (unread.length) throw new Error(`importers/build-database: no importer reads ${unread.join(', ')}`);
}

export async function buildDatabase(options: BuildOptions): Promise<BuildReport> {
  const dbPath = resolve(options.dbPath);
  const dataDir = resolve(options.dataDir);
  const sources = readSources(dataDir);
  for (const s of sources) for (const f of s.files) await verifyBundledFile(dataDir, f);

  removeStaleBuilds(dbPath);
  const tmpPath = `${dbPath}.building-${process.pid}`;
  rmSync(tmpPath, { force: true });
  rmSync(`${tmpPath}.wal`, { force: true });

  const countries = await loadCountryResolver(dataDir);
  const ctx: ImportContext = { dataDir, countries };
  const importers = bundledImporters(ctx);
  const shaByPath = new Map(sources.flatMap((s) => s.files.map((f) => [f.path, f.sha256] as const)));
  const labels = new Set<string>(Object.values(COUNTRY_TABLE_FILES));
  for (const imp of importers) for (const f of imp.files) labels.add(f.label);

  const db = await openStore(tmpPath);
  const files: FileReport[] = [];
  try {
    checkCoverage(sources, labels);
    await db.applySchema();
    await recordDatasets(db, sources);
    files.push(...(await writeStates(db, ctx)));
    for (const [i, importer] of importers.entries()) {
      options.onDataset?.(importer.dataset, i, importers.length);
      files.push(...(await runImporter(db, importer, options)));
      options.afterDataset?.(importer.dataset);
    }
    for (const [path, sha] of shaByPath) await db.run('UPDATE dataset_file SET sha256 = ? WHERE path = ?', [sha, path]);
    await db.run('INSERT INTO meta VALUES (?, ?), (?, ?)', ['schema_version', SCHEMA_VERSION, 'data_dir', basename(dataDir)]);
    await options.afterImport?.(db);
    await db.checkpoint();
    db.close();
  } catch (err) {
    db.close();
    rmSync(tmpPath, { force: true });
    rmSync(`${tmpPath}.wal`, { force: true });
    throw err;
  }
  rmSync(`${dbPath}.wal`, { force: true });
  renameSync(tmpPath, dbPath);
  return { dbPath, files };
}

export function databaseExists(dbPath: string): boolean {
  return existsSync(resolve(dbPath));
}
