// Imports one file a user brings (Comtrade, BACI, DOTS, WDI, GSDB), or several files of one format (a fetched
// release), as its own dataset, in one transaction: either the whole dataset lands (rows, quarantine, dataset and
// dataset_file with each file's sha256) or the database is left exactly as it was. Re-importing into the same
// dataset id replaces its rows.
import { basename } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import type { Database } from '../store/db.js';
import type { ImportContext } from './context.js';
import { runImporter, type ImportOptions } from './engine.js';
import type { FileReport } from './importer.js';
import { sha256File } from './sources.js';
import { userFormat } from './user-formats.js';

export interface UserFileOptions {
  /** A key of USER_FORMATS: comtrade, baci, dots, wdi. */
  format: string;
  path: string;
  /** Dataset id; default `user:<format>:<file name>`. */
  dataset?: string;
  delimiter?: string;
}

export interface UserImportResult {
  dataset: string;
  sha256: string;
  reports: FileReport[];
}

async function sha256Of(path: string, label: string): Promise<string> {
  try {
    return await sha256File(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError({ file: label }, 'file not found', 'check the path');
    throw new InputError({ file: label }, `cannot read the file: ${(err as Error).message}`);
  }
}

/** Years covered by the dataset's rows, over the tables that have a year column. */
async function yearRange(db: Database, dataset: string, tables: readonly string[]): Promise<[number | null, number | null]> {
  let from: number | null = null;
  let to: number | null = null;
  for (const table of tables) {
    const hasYear = await db.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_name = ? AND column_name = 'year'`,
      [table],
    );
    if (!hasYear?.n) continue;
    const r = await db.one<{ lo: number | null; hi: number | null }>(
      `SELECT min(year)::INTEGER AS lo, max(year)::INTEGER AS hi FROM "${table}" WHERE dataset = ?`,
      [dataset],
    );
    if (r?.lo != null) from = from === null ? r.lo : Math.min(from, r.lo);
    if (r?.hi != null) to = to === null ? r.hi : Math.max(to, r.hi);
  }
  return [from, to];
}

export interface UserFilesOptions {
  /** A key of USER_FORMATS. */
  format: string;
  /** Files of one dataset, imported together; labels (default: the file name) must differ. */
  files: ReadonlyArray<{ path: string; label?: string }>;
  dataset: string;
  delimiter?: string;
  /** What the dataset row records instead of the user-file defaults (fetched data: title, version, origin). */
  provenance?: Partial<Record<'title' | 'publisher' | 'version' | 'licence' | 'citation' | 'origin', string | null>>;
}

export interface UserFilesResult {
  dataset: string;
  files: Array<{ label: string; sha256: string }>;
  reports: FileReport[];
}

export async function importUserFile(
  db: Database,
  options: UserFileOptions,
  ctx: ImportContext,
  importOptions: ImportOptions = {},
): Promise<UserImportResult> {
  const format = userFormat(options.format);
  const label = basename(options.path);
  const dataset = options.dataset ?? `user:${format.name}:${label}`;
  const result = await importUserFiles(
    db,
    { format: format.name, files: [{ path: options.path, label }], dataset, delimiter: options.delimiter },
    ctx,
    importOptions,
  );
  return { dataset: result.dataset, sha256: result.files[0]!.sha256, reports: result.reports };
}

/** As importUserFile, for several files of one format that make one dataset: all of them land, or none. */
export async function importUserFiles(
  db: Database,
  options: UserFilesOptions,
  ctx: ImportContext,
  importOptions: ImportOptions = {},
): Promise<UserFilesResult> {
  const format = userFormat(options.format);
  const dataset = options.dataset.trim();
  if (dataset === '') throw new UsageError('the dataset id is empty', 'pass --dataset with a name, or leave it out');
  const files = options.files.map((f) => ({ path: f.path, label: f.label ?? basename(f.path) }));
  if (!files.length) throw new UsageError(`no files to import into dataset "${dataset}"`);
  const labels = files.map((f) => f.label);
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice !== undefined) throw new UsageError(`two files named ${twice} in one dataset`, 'give each file its own name');
  const existing = await db.one<{ bundled: boolean }>('SELECT bundled FROM dataset WHERE id = ?', [dataset]);
  if (existing?.bundled) {
    throw new UsageError(`dataset "${dataset}" is a bundled dataset`, 'pass another --dataset id for your file');
  }

  const hashed: Array<{ label: string; sha256: string }> = [];
  for (const f of files) hashed.push({ label: f.label, sha256: await sha256Of(f.path, f.label) });
  const importers = [];
  for (const f of files) importers.push(await format.create(ctx, { ...f, dataset, delimiter: options.delimiter }));
  // One importer over every file: one format gives the same tables, and its finish works on the whole dataset.
  const importer = { dataset, tables: importers[0]!.tables, files: importers.flatMap((i) => i.files), finish: importers[0]!.finish };

  const reports = await db.transaction(async () => {
    // One dataset = one import: drop what an earlier import (possibly of other file names) left.
    await db.run('DELETE FROM quarantine WHERE dataset = ?', [dataset]);
    await db.run('DELETE FROM dataset_file WHERE dataset = ?', [dataset]);
    await db.run('DELETE FROM dataset WHERE id = ?', [dataset]);
    const out = await runImporter(db, importer, importOptions);
    if (importer.finish) {
      await importer.finish(db);
      // finish may fold partial rows together: report what the tables hold now.
      const written: Record<string, number> = {};
      for (const table of importer.tables) {
        const r = await db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${table}" WHERE dataset = ?`, [dataset]);
        if (r?.n) written[table] = r.n;
      }
      for (const report of out) report.written = written;
    }
    for (const { label, sha256 } of hashed) {
      await db.run('UPDATE dataset_file SET sha256 = ? WHERE dataset = ? AND path = ?', [sha256, dataset, label]);
    }
    const [yearFrom, yearTo] = await yearRange(db, dataset, importer.tables);
    const p = options.provenance ?? {};
    await db.run(
      `INSERT INTO dataset (id, title, publisher, version, licence, citation, origin, year_from, year_to, trimmed, bundled)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, false)`,
      [
        dataset, p.title ?? (labels.length === 1 ? labels[0]! : dataset), p.publisher ?? format.publisher, p.version ?? null,
        p.licence ?? null, p.citation ?? null, p.origin ?? `user file (${format.name})`, yearFrom, yearTo,
      ],
    );
    return out;
  });
  return { dataset, files: hashed, reports };
}
