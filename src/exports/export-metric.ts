// The export service: one metric's values (filtered like `interdep query`) as CSV, JSON or Parquet plus its manifest;
// used by `interdep export` (to files) and by the API's download route (in memory, CSV/JSON).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from '../store/db.js';
import { exportRows, type ExportFilter } from '../store/queries/api-export.js';
import { buildManifest, provenance, type Manifest } from './manifest.js';
import { toCsv } from './to-csv.js';
import { toJson } from './to-json.js';
import { toParquet } from './to-parquet.js';

export type ExportFormat = 'csv' | 'json' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'parquet'];
export const EXPORT_COLUMNS = ['metric', 'version', 'source', 'subject', 'counterpart', 'year', 'value', 'low', 'high', 'flags'] as const;

/** CSV or JSON text of the rows and its manifest (file is the name the download is offered under). */
export async function renderExport(db: Database, filter: ExportFilter, format: 'csv' | 'json', file: string): Promise<{ body: string; manifest: Manifest }> {
  const rows = await exportRows(db, filter);
  const body = format === 'csv' ? toCsv(rows, EXPORT_COLUMNS) : toJson(rows, EXPORT_COLUMNS);
  return { body, manifest: buildManifest(file, format, body, rows.length, { ...filter }, await provenance(db, [filter.metric])) };
}

/** Writes FILE and FILE.manifest.json; returns the manifest. */
export async function exportToFile(db: Database, filter: ExportFilter, format: ExportFormat, out: string): Promise<Manifest> {
  let manifest: Manifest;
  if (format === 'parquet') {
    const rows = await toParquet(db, filter, out);
    manifest = buildManifest(basename(out), format, readFileSync(out), rows, { ...filter }, await provenance(db, [filter.metric]));
  } else {
    const rendered = await renderExport(db, filter, format, basename(out));
    writeFileSync(out, rendered.body);
    manifest = rendered.manifest;
  }
  writeFileSync(`${out}.manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
