// Runs an importer: read → check header → validate (zod) → check keys → map → append; bad rows go to
// the quarantine with file, line, field and reason. read = loaded + quarantined, always.
import { InputError } from '../core/errors.js';
import type { Database, Row, TableWriter } from '../store/db.js';
import { guessDelimiter, LIKELY_DELIMITERS, readCsv } from './csv-reader.js';
import type { FileReport, FileSpec, Importer, Rejection } from './importer.js';

export interface ImportOptions {
  /** Called every `every` rows with the rows read so far (for progress bars). */
  onProgress?: (file: string, rowsRead: number) => void;
}

function headerError(spec: FileSpec, header: string[], missing: string[], line: number): InputError {
  const delimiter = spec.delimiter ?? ',';
  const guess = guessDelimiter(header, delimiter);
  const hint = guess
    ? `the file seems to use ${JSON.stringify(guess)} as delimiter; pass --delimiter ${JSON.stringify(guess)}`
    : `expected columns: ${spec.columns.join(', ')}`;
  return new InputError({ file: spec.label, line, field: missing[0] }, `missing column(s) ${missing.join(', ')}`, hint);
}

/** Deletes this dataset's rows from the importer's tables so a re-import never duplicates. */
export async function clearDataset(db: Database, importer: Importer): Promise<void> {
  for (const table of importer.tables) await db.run(`DELETE FROM "${table}" WHERE dataset = ?`, [importer.dataset]);
  for (const { label } of importer.files) {
    await db.run('DELETE FROM quarantine WHERE dataset = ? AND file = ?', [importer.dataset, label]);
    await db.run('DELETE FROM dataset_file WHERE dataset = ? AND path = ?', [importer.dataset, label]);
  }
}

async function importFile(
  db: Database,
  dataset: string,
  spec: FileSpec,
  writers: Map<string, TableWriter>,
  quarantine: TableWriter,
  options: ImportOptions,
): Promise<FileReport> {
  const report: FileReport = { dataset, file: spec.label, read: 0, loaded: 0, quarantined: 0, written: {} };
  const seen = new Map<string, number>();
  let index: Map<string, number> | null = null;
  let width = 0;
  const pending: Array<[string, Row]> = [];
  const emit = (table: string, values: Row) => pending.push([table, values]);

  const quarantineRow = (line: number, raw: string, rejection: Rejection) => {
    quarantine.append({ dataset, file: spec.label, line, field: rejection.field, reason: rejection.reason, raw });
    report.quarantined++;
  };

  options.onProgress?.(spec.label, 0);
  for await (const record of readCsv(spec.path, { delimiter: spec.delimiter, label: spec.label })) {
    if (index === null) {
      const header = record.fields.map((f) => f.trim());
      if (spec.headerLine && !spec.headerLine(header)) continue;
      const missing = spec.columns.filter((c) => !header.includes(c));
      if (missing.length) throw headerError(spec, header, missing, record.line);
      index = new Map(header.map((h, i) => [h, i]));
      width = header.length;
      continue;
    }
    report.read++;
    if (options.onProgress && report.read % 50_000 === 0) options.onProgress(spec.label, report.read);
    if (record.fields.length !== width) {
      const sep = LIKELY_DELIMITERS.find((d) => record.fields.length === 1 && record.raw.includes(d));
      const reason = `expected ${width} fields, found ${record.fields.length}` + (sep ? ` (delimiter ${JSON.stringify(sep)}?)` : '');
      quarantineRow(record.line, record.raw, { field: null, reason });
      continue;
    }
    const obj: Record<string, string> = {};
    for (const col of spec.columns) obj[col] = record.fields[index.get(col)!]!;
    const parsed = spec.schema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? String(issue.path[0]) : null;
      quarantineRow(record.line, record.raw, { field, reason: issue.message });
      continue;
    }
    if (spec.key) {
      const key = spec.key.of(parsed.data);
      const first = seen.get(key);
      if (first !== undefined) {
        quarantineRow(record.line, record.raw, {
          field: spec.key.fields,
          reason: `duplicate key (${spec.key.fields}) = (${key}), first seen at line ${first}`,
        });
        continue;
      }
      seen.set(key, record.line);
    }
    pending.length = 0;
    const rejection = spec.map(parsed.data, emit);
    if (rejection) {
      quarantineRow(record.line, record.raw, rejection);
      continue;
    }
    for (const [table, values] of pending) {
      const writer = writers.get(table);
      if (!writer) throw new Error(`importers/engine: ${dataset} emitted to undeclared table ${table}`);
      writer.append(values);
      report.written[table] = (report.written[table] ?? 0) + 1;
    }
    report.loaded++;
  }
  if (index === null) {
    if (spec.headerLine) {
      throw new InputError({ file: spec.label }, 'header row not found', `expected a row with the columns ${spec.columns.join(', ')}`);
    }
    throw new InputError({ file: spec.label, line: 1 }, 'file is empty', 'a header row is required');
  }
  await db.run(
    'INSERT INTO dataset_file (dataset, path, rows_read, rows_loaded, rows_quarantined) VALUES (?, ?, ?, ?, ?)',
    [dataset, spec.label, report.read, report.loaded, report.quarantined],
  );
  return report;
}

/**
 * Replaces the importer's dataset in the database. The caller decides the transaction:
 * `interdep import` wraps this in one, a build writes a fresh file that only replaces the old one when complete.
 */
export async function runImporter(db: Database, importer: Importer, options: ImportOptions = {}): Promise<FileReport[]> {
  await clearDataset(db, importer);
  const writers = new Map<string, TableWriter>();
  const quarantine = await db.writer('quarantine');
  try {
    for (const table of importer.tables) writers.set(table, await db.writer(table));
    const reports: FileReport[] = [];
    for (const spec of importer.files) {
      reports.push(await importFile(db, importer.dataset, spec, writers, quarantine, options));
    }
    return reports;
  } finally {
    for (const w of writers.values()) w.close();
    quarantine.close();
  }
}
