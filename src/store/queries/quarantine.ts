// The quarantine: rows an importer rejected, with where (dataset, file, line, field) and why, and the raw text.
import type { Database } from '../db.js';

export interface QuarantinedRow {
  dataset: string;
  file: string;
  line: number;
  field: string | null;
  reason: string;
  raw: string;
}

export interface QuarantineFilter {
  /** Only this dataset's rows. */
  dataset?: string;
  /** At most this many rows (in dataset, file, line order); all when absent. */
  limit?: number;
}

export function listQuarantine(db: Database, filter: QuarantineFilter = {}): Promise<QuarantinedRow[]> {
  const dataset = filter.dataset ?? null;
  const limit = filter.limit ?? null;
  return db.all<QuarantinedRow & Record<string, unknown>>(
    `SELECT dataset, file, line::INTEGER AS line, field, reason, raw FROM quarantine
      WHERE (?::VARCHAR IS NULL OR dataset = ?)
      ORDER BY dataset, file, line, field, reason
      LIMIT coalesce(?::INTEGER, 2147483647)`,
    [dataset, dataset, limit],
  );
}

export interface QuarantineCount {
  dataset: string;
  rows: number;
}

/** Quarantined rows per dataset (only datasets that have some), by dataset id. */
export function countQuarantine(db: Database, dataset?: string): Promise<QuarantineCount[]> {
  return db.all<QuarantineCount & Record<string, unknown>>(
    `SELECT dataset, count(*)::INTEGER AS rows FROM quarantine
      WHERE (?::VARCHAR IS NULL OR dataset = ?)
      GROUP BY dataset ORDER BY dataset`,
    [dataset ?? null, dataset ?? null],
  );
}
