// Provenance queries: what each bundled or imported dataset is and how many of its rows landed.
import type { Database } from '../db.js';

export interface DatasetRow {
  id: string;
  title: string | null;
  publisher: string | null;
  version: string | null;
  licence: string | null;
  citation: string | null;
  year_from: number | null;
  year_to: number | null;
  bundled: boolean;
}

export interface DatasetFileRow {
  dataset: string;
  path: string;
  sha256: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
}

export function listDatasets(db: Database): Promise<DatasetRow[]> {
  return db.all<DatasetRow & Record<string, unknown>>(
    `SELECT id, title, publisher, version, licence, citation, year_from, year_to, bundled FROM dataset ORDER BY id`,
  );
}

export function listDatasetFiles(db: Database): Promise<DatasetFileRow[]> {
  return db.all<DatasetFileRow & Record<string, unknown>>(
    `SELECT dataset, path, sha256, rows_read, rows_loaded, rows_quarantined FROM dataset_file ORDER BY dataset, path`,
  );
}

export interface QuarantineSummary {
  dataset: string;
  file: string;
  field: string | null;
  reason: string;
  n: number;
  first_line: number;
}

/** Quarantined rows grouped by file, field and reason (reasons carry values, so group on a prefix). */
export function summariseQuarantine(db: Database, dataset?: string): Promise<QuarantineSummary[]> {
  return db.all<QuarantineSummary & Record<string, unknown>>(
    `SELECT dataset, file, field, regexp_replace(reason, '".*"|\\(.*\\)|[0-9]+', '…', 'g') AS reason,
            count(*)::INTEGER AS n, min(line)::INTEGER AS first_line
       FROM quarantine WHERE (? IS NULL OR dataset = ?)
      GROUP BY ALL ORDER BY dataset, file, n DESC`,
    [dataset ?? null, dataset ?? null],
  );
}
